"""CSL-JSON, the citation format of Zotero, pandoc and other reference managers:
one item per reference, built from its structured citation (views.citations)."""

from __future__ import annotations

from typing import Any

from stemcell_cli.core.model import Reference
from stemcell_cli.views.citations import Name, citation_of


def csl_item(ref: Reference, custom: dict[str, Any]) -> dict[str, Any]:
    """One CSL-JSON item; `custom` holds what CSL has no field for (it is CSL's own key)."""
    c = citation_of(ref)
    item: dict[str, Any] = {"id": c.id, "type": c.csl_type, "title": c.title}
    names = [_csl_name(name) for name in c.authors.names]
    if names:
        item["author"] = names
    fields = {
        "container-title": c.container,
        "volume": c.volume,
        "issue": c.issue,
        "page": c.pages,
        "DOI": c.doi,
        "PMID": c.pmid,
        "PMCID": c.pmcid,
        "URL": c.url,
        "note": c.note,
    }
    item.update({key: value for key, value in fields.items() if value})
    if c.date_parts:
        item["issued"] = {"date-parts": [list(c.date_parts)]}
    extra = {"source_type": ref.type, "authors_as_written": ref.authors, **custom}
    item["custom"] = {key: value for key, value in extra.items() if value not in ("", None)}
    return item


def _csl_name(name: Name) -> dict[str, str]:
    if name.literal:
        return {"literal": name.literal}
    return {"family": name.family, "given": name.given}
