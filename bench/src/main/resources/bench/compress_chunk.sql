SELECT compress_chunk(CAST(? AS regclass))
