SELECT id FROM files WHERE sha256 = ? AND status = 'loaded'
