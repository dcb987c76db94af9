"""Words on each short page of `explain`: `python benchmarks/page_words.py`.

Counts each condition's, benefit's and topic's short page as `stemcell explain ID -f
text` prints it, without its Sources section (the 700-word limit of a condition page,
`tests/test_pages.py`, does not count it), and, apart, the words of its "Terms used"
section. Built in process from the shipped data, so it needs no installed command.
"""

from __future__ import annotations

import sys

from stemcell_cli.core.cache import open_catalog
from stemcell_cli.render.text import TextRenderer
from stemcell_cli.views.entries import entry_view
from stemcell_cli.views.layout import Layout


def without_sources(page: str) -> str:
    """The page without its Sources section, as tests/test_pages.py counts it."""
    if "Sources\n-------" not in page:
        return page
    start = page.index("Sources\n-------")
    return page[:start] + page[page.index("Note: ", start) :]


def terms_words(page: str) -> int:
    """The words of the "Terms used" section, its heading included (0 without one)."""
    if "Terms used\n----------" not in page:
        return 0
    part = page.split("Terms used\n----------", 1)[1].split("\n\n", 2)
    return 2 + len(part[1].split()) if len(part) > 1 else 2


def main() -> int:
    catalog = open_catalog()
    renderer = TextRenderer()
    entries = [*catalog.conditions.values(), *catalog.benefits.values(), *catalog.topics.values()]
    print(f"{'page':32} {'words':>6} {'terms':>6}")
    for entry in entries:
        page = renderer.render(entry_view(catalog, entry, layout=Layout()))
        counted = without_sources(page)
        print(f"{entry.id:32} {len(counted.split()):6} {terms_words(counted):6}")
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    sys.exit(main())
