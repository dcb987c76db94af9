"""The reading rules: one module per idea, each named for what it finds (a reference
list's entries, a famous person as proof, a trip told rather than offered, ...)."""
