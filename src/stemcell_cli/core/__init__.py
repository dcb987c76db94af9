"""The content and everything that knows it, nothing of terminals or formats:
model, errors and problems, safe YAML reading, schema and validator, loader,
dataset cache, catalog, search, the completion index, bounded reading and atomic
writing of files, and the cleaning of text from outside."""
