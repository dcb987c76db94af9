"""A one-term user data dir, for the cache tests: `write_term(dir, "Definition.")`."""

from __future__ import annotations

from pathlib import Path

TERM = """terms:
  - id: my-term
    name: My term
    definition: {definition}
    reviewed: "2026-01-01"
"""


def write_term(directory: Path, definition: str) -> Path:
    """Write (or rewrite) the glossary of `directory` with one term; returns the file."""
    directory.mkdir(exist_ok=True)
    path = directory / "glossary.yaml"
    path.write_text(TERM.format(definition=definition), encoding="utf-8")
    return path
