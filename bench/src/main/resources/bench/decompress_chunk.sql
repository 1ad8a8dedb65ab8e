SELECT decompress_chunk(CAST(? AS regclass), if_compressed => true)
