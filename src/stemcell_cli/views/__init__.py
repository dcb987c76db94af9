"""Format-free view models: the document model and what each command shows."""
