"""The notes vault `stemcell export` writes: one Markdown note per entry, plus index.md.

Layout: `conditions/ID.md`, `benefits/ID.md`, `topics/ID.md`, `terms/ID.md` and
`index.md`. Each note starts with YAML front matter (title, aliases, tags, grade,
reviewed) that Obsidian and similar tools read; the body is the entry's explanation
as `stemcell explain -f markdown` writes it, except that names of other entries are
relative links to their notes, so the vault works in any Markdown viewer.
"""

from __future__ import annotations

import json
import posixpath
import re
from typing import TYPE_CHECKING, Any

from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.model import Benefit, Condition, Entry, Term, kind_of
from stemcell_cli.render.markdown import render_page
from stemcell_cli.views.document import (
    Block,
    Bullets,
    Heading,
    Inline,
    Note,
    Page,
    Paragraph,
    Span,
    Table,
    plain,
)
from stemcell_cli.views.entries import DISCLAIMER, View, entry_view, grade_span

if TYPE_CHECKING:
    from pathlib import Path

    from stemcell_cli.export.files import FileResult

INDEX = "index.md"
FOLDERS = {"condition": "conditions", "benefit": "benefits", "topic": "topics", "term": "terms"}
SECTIONS = {
    "condition": "Conditions",
    "benefit": "Claimed benefits",
    "topic": "Topics",
    "term": "Glossary",
}

# Characters YAML does not allow raw in a document (C1 controls, DEL, line and
# paragraph separators, BOM, non-characters); JSON leaves them unescaped.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def note_path(entry: Entry) -> str:
    return f"{FOLDERS[kind_of(entry)]}/{entry.id}.md"


def relative_link(source: str, target: str) -> str:
    """The address of `target` as seen from the note at `source` (both vault-relative)."""
    return posixpath.relpath(target, posixpath.dirname(source) or ".")


def yaml_value(value: Any) -> str:
    """A value as JSON, which is also YAML: strings quoted, nothing left to interpret."""
    text = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def front_matter(fields: dict[str, Any]) -> str:
    lines = [f"{key}: {yaml_value(value)}" for key, value in fields.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def _tag(text: str) -> str:
    return re.sub(r"[^\w/-]+", "-", text.casefold()).strip("-")


def entry_fields(entry: Entry) -> dict[str, Any]:
    kind = kind_of(entry)
    tags = ["stemcell", f"stemcell/{kind}"]
    fields: dict[str, Any] = {
        "title": entry.name,
        "aliases": list(entry.aliases),
        "tags": tags,
    }
    if isinstance(entry, (Condition, Benefit)):
        grade = entry.evidence.grade.value
        fields["grade"] = grade
        tags.append(f"grade/{grade}")
    if isinstance(entry, Condition):
        fields["category"] = entry.category
        tags.append(f"category/{_tag(entry.category)}")
    fields["reviewed"] = entry.reviewed
    fields["id"] = entry.id
    fields["kind"] = kind
    return fields


def entry_note(catalog: Catalog, entry: Entry) -> str:
    path = note_path(entry)
    view = entry_view(catalog, entry, links=lambda other: relative_link(path, note_path(other)))
    return front_matter(entry_fields(entry)) + render_page(view.page)


def _index_item(entry: Entry) -> Inline:
    link = Span(entry.name, "link", note_path(entry))
    if isinstance(entry, (Condition, Benefit)):
        return (link, Span(" ("), grade_span(entry.evidence.grade), Span("): " + entry.summary))
    if isinstance(entry, Term):
        return (link,)
    return (link, Span(": " + entry.summary))


def index_note(catalog: Catalog) -> str:
    blocks: list[Block] = [
        Heading("Stem cell therapy for chronic pain", 1),
        Paragraph(
            plain(
                "Notes exported by stemcell: what clinics claim, what the evidence shows, "
                "the risks, the regulation and what to ask."
            )
        ),
    ]
    for kind, title in SECTIONS.items():
        entries = catalog.entries((kind,))
        if entries:
            blocks += [Heading(title), Bullets(tuple(_index_item(e) for e in entries))]
    blocks.append(Note((Span(DISCLAIMER),)))
    fields = {"title": "Stem cell therapy for chronic pain", "tags": ["stemcell"]}
    return front_matter(fields) + render_page(Page(tuple(blocks)))


def build_vault(catalog: Catalog) -> dict[str, str]:
    """Every note of the vault: vault-relative path -> Markdown text."""
    notes = {INDEX: index_note(catalog)}
    for entry in catalog.entries():
        notes[note_path(entry)] = entry_note(catalog, entry)
    return notes


def export_view(directory: Path, results: list[FileResult]) -> View:
    """What an export did, file by file: written, unchanged or removed."""
    counts = {status: 0 for status in ("written", "unchanged", "removed")}
    for result in results:
        counts[result.status] = counts.get(result.status, 0) + 1
    summary = ", ".join(f"{count} {status}" for status, count in counts.items() if count)
    page = Page(
        (
            Heading(f"Notes vault: {directory}", 1),
            Table(("File", "Status"), tuple((plain(r.path), plain(r.status)) for r in results)),
            Paragraph(plain(f"{summary}. Open {directory / INDEX} to start.")),
        )
    )
    data = {
        "directory": str(directory),
        "files": [{"path": r.path, "status": r.status} for r in results],
        "counts": counts,
    }
    return View(page, data)
