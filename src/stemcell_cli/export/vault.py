"""The notes vault `stemcell export` writes: one Markdown note per entry and per
reference, plus index.md and references.bib.

Layout: `conditions/ID.md`, `benefits/ID.md`, `topics/ID.md`, `terms/ID.md`,
`references/ID.md`, `references.bib` and `index.md`. Each note starts with YAML front
matter that Obsidian and similar tools read (title, aliases, tags, grade and category
where the entry has them, reviewed, id, kind; a reference's authors, journal, year,
doi, pmid, url); the body is the entry's explanation as `stemcell explain -f markdown`
writes it, except that names of other entries are relative links to their notes
(terms are linked, not defined again), so the vault works in any Markdown viewer.
"""

from __future__ import annotations

import json
import posixpath
import re
from typing import TYPE_CHECKING, Any

from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.datadirs import SHIPPED
from stemcell_cli.core.kinds import KINDS, kind, kind_of
from stemcell_cli.core.model import Benefit, Condition, Entry, Reference, Term
from stemcell_cli.core.textclean import clean
from stemcell_cli.render.markdown import render_page
from stemcell_cli.views.base import DISCLAIMER, View, grade_span, marked
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
from stemcell_cli.views.entries import entry_view

if TYPE_CHECKING:
    from pathlib import Path

    from stemcell_cli.export.files import FileResult
    from stemcell_cli.views.sources import Citer

INDEX = "index.md"
BIBLIOGRAPHY = "references.bib"

# Characters YAML does not allow raw in a document (C1 controls, DEL, line and
# paragraph separators, BOM, non-characters); JSON leaves them unescaped.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def note_path(entry: Entry | Reference) -> str:
    return f"{kind(kind_of(entry)).folder}/{entry.id}.md"


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


def _note_page(catalog: Catalog, record: Entry | Reference, since: int, page: Page) -> Page:
    """A note's page, marked as the user's words (views/base.py, `marked`) when the
    record is from a data directory of the user's or building it read one."""
    if record.origin != SHIPPED:
        return page._replace(outside=True)
    return marked(View(page, None), catalog, since).page


def entry_note(catalog: Catalog, entry: Entry) -> str:
    path = note_path(entry)
    since = catalog.outside_reads
    view = entry_view(catalog, entry, links=lambda other: relative_link(path, note_path(other)))
    page = _note_page(catalog, entry, since, _link_citations(view.page, path, catalog))
    return front_matter(entry_fields(entry)) + render_page(page)


def _link_citations(page: Page, path: str, catalog: Catalog) -> Page:
    """The page with each citation's `[reference-id]` linked to that reference's note."""

    def linked(spans: Inline) -> Inline:
        return tuple(_citation_link(span, path, catalog) for span in spans)

    blocks: list[Block] = []
    for block in page.blocks:
        if isinstance(block, Bullets):
            block = block._replace(items=tuple(linked(item) for item in block.items))
        elif isinstance(block, Paragraph):
            block = Paragraph(linked(block.spans))
        blocks.append(block)
    return page._replace(blocks=tuple(blocks))


def _citation_link(span: Span, path: str, catalog: Catalog) -> Span:
    key = span.text.strip()[1:-1] if span.style == "code" else ""
    if key and span.text.strip() == f"[{key}]" and key in catalog.references:
        target = relative_link(path, note_path(catalog.references[key]))
        return Span(span.text, "link", target)
    return span


def reference_fields(ref: Reference) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "title": ref.title,
        "tags": ["stemcell", "stemcell/reference", f"type/{_tag(ref.type)}"],
    }
    for key in ("authors", "journal", "year", "doi", "pmid", "url"):
        value = getattr(ref, key)
        if value:
            fields[key] = value
    fields["id"] = ref.id
    fields["kind"] = "reference"
    return fields


def reference_note(catalog: Catalog, ref: Reference) -> str:
    """A reference: its citation, type, who cites it (linked), and what it found."""
    from stemcell_cli.views.sources import citer_spans, citers, reference_blocks

    path = note_path(ref)
    since = catalog.outside_reads
    entries = {(kind_of(entry), entry.id): entry for entry in catalog.citing(ref.id)}

    def link(citer: Citer) -> str:
        return relative_link(path, note_path(entries[citer.kind, citer.id]))

    cited_by = citer_spans(citers(catalog, ref), link)
    blocks: list[Block] = [Heading(ref.title, 1), *reference_blocks(ref, cited_by)]
    blocks.append(Paragraph(plain(f"Cite it as [{ref.id}] from {BIBLIOGRAPHY}.")))
    page = _note_page(catalog, ref, since, Page(tuple(blocks)))
    return front_matter(reference_fields(ref)) + render_page(page)


def bibliography(catalog: Catalog) -> str:
    from stemcell_cli.render.bibtex import bibliography as bibtex
    from stemcell_cli.views.citations import citation_of

    refs = sorted(catalog.references.values(), key=lambda ref: ref.id)
    return bibtex(citation_of(ref) for ref in refs)


def _index_item(catalog: Catalog, record: Entry | Reference) -> Inline:
    if isinstance(record, Reference):
        return (Span(record.title, "link", note_path(record)), Span(f" [{record.id}]", "code"))
    link = Span(record.name, "link", note_path(record))
    if isinstance(record, (Condition, Benefit)):
        return (
            link,
            Span(" ("),
            grade_span(catalog, record.evidence.grade),
            Span("): " + record.summary),
        )
    summary = getattr(record, "summary", "")
    return (link, Span(": " + summary)) if summary and not isinstance(record, Term) else (link,)


def _exported(catalog: Catalog, name: str) -> list[Entry | Reference]:
    records: list[Entry | Reference] = list(catalog.of_kind(name).values())
    if name == "reference":
        records.sort(key=lambda ref: ref.id)
    return records


def index_note(catalog: Catalog) -> str:
    since = catalog.outside_reads
    blocks: list[Block] = [
        Heading("Stem cell therapy for chronic pain", 1),
        Paragraph(
            plain(
                "Notes exported by stemcell: what clinics claim, what the evidence shows, "
                "the risks, the regulation and what to ask."
            )
        ),
    ]
    for exported in KINDS:
        records = _exported(catalog, exported.name) if exported.folder else []
        if records:
            blocks += [
                Heading(exported.title),
                Bullets(tuple(_index_item(catalog, r) for r in records)),
            ]
    blocks.append(
        Paragraph(plain(f"Every reference as BibTeX, for a reference manager: {BIBLIOGRAPHY}."))
    )
    blocks.append(Note((Span(DISCLAIMER),)))
    fields = {"title": "Stem cell therapy for chronic pain", "tags": ["stemcell"]}
    page = marked(View(Page(tuple(blocks)), None), catalog, since).page
    return front_matter(fields) + render_page(page)


def build_vault(catalog: Catalog) -> dict[str, str]:
    """Every file of the vault: vault-relative path -> text; index.md comes last, so
    that it is written after every note it links."""
    notes = {note_path(entry): entry_note(catalog, entry) for entry in catalog.entries()}
    for ref in _exported(catalog, "reference"):
        assert isinstance(ref, Reference)
        notes[note_path(ref)] = reference_note(catalog, ref)
    notes[BIBLIOGRAPHY] = bibliography(catalog)
    notes[INDEX] = index_note(catalog)
    return notes


def kept_lines(results: list[FileResult]) -> list[str]:
    """What stderr says about files left as they were because they are not ours."""
    kept = [result.path for result in results if result.status == "kept"]
    if not kept:
        return []
    one = len(kept) == 1
    return [
        f"kept {len(kept)} {'file' if one else 'files'} as you left "
        f"{'it' if one else 'them'} (edited, or not written by stemcell); "
        f"--force overwrites {'it' if one else 'them'}:",
        *(f"  {path}" for path in kept),
    ]


def export_view(directory: Path, results: list[FileResult]) -> View:
    """What an export did, file by file: written, unchanged, kept or removed."""
    counts = {status: 0 for status in ("written", "unchanged", "kept", "removed")}
    for result in results:
        counts[result.status] = counts.get(result.status, 0) + 1
    summary = ", ".join(f"{count} {status}" for status, count in counts.items() if count)
    shown = clean(str(directory), one_line=True)
    page = Page(
        (
            Heading(f"Notes vault: {shown}", 1),
            Table(("File", "Status"), tuple((plain(r.path), plain(r.status)) for r in results)),
            Paragraph(plain(f"{summary}. Open {clean(str(directory / INDEX), True)} to start.")),
        )
    )
    data = {
        "directory": str(directory),
        "files": [{"path": r.path, "status": r.status} for r in results],
        "counts": counts,
    }
    return View(page, data)
