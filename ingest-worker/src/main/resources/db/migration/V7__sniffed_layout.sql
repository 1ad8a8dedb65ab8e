-- A file read by generic-sniffed keeps the layout the sniffer established (encoding, delimiter, header rows,
-- timestamp pattern and zone, missing markers, columns left out), so that a person can check what was guessed.
ALTER TABLE files ADD COLUMN layout text;
