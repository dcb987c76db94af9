"""References as structured citations, the common ground of the CSL-JSON and BibTeX outputs.

The data's `authors` field is free text written the way the source shows it:
Vancouver lists ("Turner L, Knoepfler P."), given-name-first lists ("Ajay E.
Kuriyan, Thomas A. Albini"), or an organisation ("U.S. Food and Drug
Administration"). Only lists in which every name has one of the two personal
shapes are split into names; anything else stays one literal (institutional)
author, so nothing is ever split wrongly into people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stemcell_cli.core.model import Reference
from stemcell_cli.views.authors import split_authors

#: Our reference types -> CSL item types. CSL's "review" means a review *of a work*
#: (a book review), so review articles are journal articles like the rest.
CSL_TYPES = {
    "guideline": "report",
    "news": "article-newspaper",
    "regulator": "webpage",
}
_JOURNAL_TYPE = "article-journal"
_FALLBACK_TYPE = "document"

_VOLUME_PAGES = re.compile(
    r"^(?:[^;]*;)?\s*(?P<volume>[^\s():;]+)(?:\((?P<issue>[^)]+)\))?:(?P<pages>\S+)$"
)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Name:
    """A person (family and given names) or, with `literal`, an organisation."""

    family: str = ""
    given: str = ""
    literal: str = ""


@dataclass(frozen=True)
class Authors:
    names: tuple[Name, ...] = ()
    others: bool = False  # the list ended in "et al."
    remark: str = ""  # a trailing "(...)" remark, such as "(last author ...)"


@dataclass(frozen=True)
class Citation:
    """One reference with its parts separated, ready for any bibliography format."""

    id: str
    csl_type: str
    title: str
    authors: Authors
    container: str = ""
    year: int | None = None
    date_parts: tuple[int, ...] = ()
    volume: str = ""
    issue: str = ""
    pages: str = ""
    doi: str = ""
    pmid: str = ""
    pmcid: str = ""
    url: str = ""
    note: str = ""


def parse_authors(text: str) -> Authors:
    """Split a free-text author line into names where that is unambiguous
    (`authors.split_authors`)."""
    names, others, remark = split_authors(text)
    return Authors(tuple(Name(*parts) for parts in names), others, remark)


def volume_issue_pages(ref: Reference) -> tuple[str, str, str]:
    """Volume, issue and pages, split out of `volume_pages` ("32(10):1207-1219") if needed."""
    if ref.volume or ref.pages or not ref.volume_pages:
        return ref.volume, ref.issue, ref.pages
    match = _VOLUME_PAGES.match(ref.volume_pages.strip())
    if match:
        return match.group("volume"), match.group("issue") or "", match.group("pages")
    if " " not in ref.volume_pages.strip():
        return "", "", ref.volume_pages.strip()  # an article number such as "e0284828"
    return "", "", ""


def _date_parts(ref: Reference) -> tuple[int, ...]:
    match = _ISO_DATE.match(ref.date)
    if match and (ref.year is None or int(match.group(1)) == ref.year):
        return tuple(int(part) for part in match.groups())
    return (ref.year,) if ref.year else ()


def citation_of(ref: Reference) -> Citation:
    volume, issue, pages = volume_issue_pages(ref)
    csl_type = _JOURNAL_TYPE if ref.journal else CSL_TYPES.get(ref.type, _FALLBACK_TYPE)
    notes = [ref.note] if ref.note else []
    if ref.registration:
        notes.insert(0, f"Trial registration: {ref.registration}")
    if ref.volume_pages and not (volume or pages):
        notes.insert(0, ref.volume_pages)
    authors = parse_authors(ref.authors)
    if authors.remark:
        notes.append(f"Authors: {authors.remark}.")
    date_parts = _date_parts(ref)
    return Citation(
        id=ref.id,
        csl_type=csl_type,
        title=ref.title,
        authors=authors,
        container=ref.journal,
        year=date_parts[0] if date_parts else None,
        date_parts=date_parts,
        volume=volume,
        issue=issue,
        pages=pages,
        doi=ref.doi,
        pmid=ref.pmid,
        pmcid=ref.pmcid,
        url=ref.url or ref.link,
        note=" ".join(notes),
    )
