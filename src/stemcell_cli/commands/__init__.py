"""Typer sub-apps and commands: parse arguments, ask the catalog, hand a view to a renderer."""
