"""The link and image addresses a Markdown reader would make of a text (tests only)."""

from __future__ import annotations

from markdown_it import MarkdownIt


def autolinking_reader() -> MarkdownIt:
    """A reader as note apps and VS Code read Markdown: GitHub's flavour, with bare
    addresses made links (linkify), and every address a link, whatever its scheme."""
    parser = MarkdownIt("gfm-like", {"linkify": True})
    parser.validateLink = lambda url: True
    return parser


def link_addresses(parser: MarkdownIt, markdown: str) -> list[str]:
    """Every link and image address `parser` makes of `markdown`, nested ones included."""
    found: list[str] = []
    tokens = parser.parse(markdown)
    while tokens:
        token = tokens.pop()
        if token.type in ("link_open", "image"):
            found.append(str(token.attrs.get("href") or token.attrs.get("src")))
        tokens.extend(token.children or ())
    return found
