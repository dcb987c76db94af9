"""BibTeX for the references: one entry per reference, keyed by its id.

Every field value is brace-delimited and escaped for LaTeX, and braces inside
values are always balanced (BibTeX counts `\\{` as a brace too, so literal braces
become `\\textbraceleft{}`). Text stays UTF-8, which biber, Zotero and modern
BibTeX setups read as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from stemcell_cli.views.citations import Citation, Name

_LATEX = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_SPECIAL = re.compile("|".join(re.escape(char) for char in _LATEX))
_UNSAFE_IN_URL = re.compile(r"[{}\\\s]")
_SINGLE_DASH = re.compile(r"(?<!-)-(?!-)")  # page ranges take an en dash in BibTeX


def escape(text: str) -> str:
    """Text as a LaTeX-safe BibTeX value (without the delimiting braces)."""
    return _SPECIAL.sub(lambda match: _LATEX[match.group()], " ".join(text.split()))


def _url(text: str) -> str:
    # URLs and DOIs are read verbatim by \url and biblatex: only what would break
    # the BibTeX syntax itself (braces, backslashes, spaces) is percent-encoded.
    return _UNSAFE_IN_URL.sub(lambda match: f"%{ord(match.group()):02X}", text.strip())


def _name(name: Name) -> str:
    if name.literal:
        return "{" + escape(name.literal) + "}"
    family = escape(name.family)
    if " " in family:
        family = "{" + family + "}"  # "Canquerini da Silva" is one family name
    return f"{family}, {escape(name.given)}" if name.given else family


def _authors(citation: Citation) -> str:
    names = [_name(name) for name in citation.authors.names]
    if citation.authors.others and names:
        names.append("others")
    return " and ".join(names)


def entry(citation: Citation) -> str:
    """One BibTeX entry: @article when it appeared in a journal, else @misc."""
    kind = "article" if citation.container else "misc"
    fields = [
        ("author", _authors(citation)),
        ("title", "{" + escape(citation.title) + "}" if citation.title else ""),
        ("journal", escape(citation.container)),
        ("year", str(citation.year) if citation.year else ""),
        ("volume", escape(citation.volume)),
        ("number", escape(citation.issue)),
        ("pages", _SINGLE_DASH.sub("--", escape(citation.pages))),
        ("doi", _url(citation.doi)),
        ("pmid", escape(citation.pmid)),
        ("pmcid", escape(citation.pmcid)),
        ("url", _url(citation.url)),
        ("note", escape(citation.note)),
    ]
    body = ",\n".join(f"  {key} = {{{value}}}" for key, value in fields if value)
    return f"@{kind}{{{citation.id},\n{body}\n}}\n"


def bibliography(citations: Iterable[Citation]) -> str:
    return "\n".join(entry(citation) for citation in citations)
