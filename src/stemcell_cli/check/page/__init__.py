"""The page: a file, stdin or a web address read into clean lines (its host shown safely,
a UTF-16 text without a byte-order mark told from a binary file)."""
