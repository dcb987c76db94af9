"""The content and everything that knows it, nothing of terminals or formats:
model, errors and problems, safe YAML reading, schema and validator, loader,
dataset cache, catalog."""
