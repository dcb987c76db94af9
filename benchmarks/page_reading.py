"""How `check`'s page reading does on the train split: `python benchmarks/page_reading.py`.

`check` reads a whole page as a warning about such offers (`report.reads_as_warning`)
when it holds enough page cues, or words the genre model reads as a careful page's, and
no offer of its own; then its claims and warning signs are discussed, not made. This
prints, for the TRAIN split only, how many careful pages (ids with `careful`) and how
many other pages it reads so, per series and for the old series (a to cj, on which the
cues of `page_cues:` were chosen) against the new ones (ck to eh and later, whose first
runs in `adverts/first-runs/` read them blind).

The cue lists and their threshold are chosen by hand: the gap between the old and the
new series stands in for a cross-validation of them. The genre model asked when the cues
do not say warning (check/rules/page_genre.py) is fitted, and benchmarks/train_genre.py
cross-validates it, leaving one series out at a time.

    python benchmarks/page_reading.py            # per group, then per series
    python benchmarks/page_reading.py --list     # also each careful page not read as a
                                                 # warning and each other page read so,
                                                 # with its cues and offers (train only)
    python benchmarks/page_reading.py --pages ck,cl   # only these series

The test split is never read here.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from check_quality import careful, load_pages, series  # noqa: E402

#: The last series of the old group: the page cues were chosen on series up to it.
LAST_OLD = "cj"


class Reading(NamedTuple):
    page: str
    careful: bool
    warning: bool
    cues: tuple[str, ...]
    offers: tuple[str, ...]


def is_new(name: str) -> bool:
    """A series labelled after the page cues were chosen (ck onward)."""
    return (len(name), name) > (len(LAST_OLD), LAST_OLD)


def readings(ids: set[str] | None = None) -> list[Reading]:
    """The page reading of each train page (of the series `ids`, or all)."""
    os.environ.setdefault("STEMCELL_NO_CACHE", "1")
    from stemcell_cli.check.matching.findings import CUE, OFFER
    from stemcell_cli.check.matching.wordings import matcher_for
    from stemcell_cli.check.page.source import AdText
    from stemcell_cli.check.report import build_report
    from stemcell_cli.core.cache import open_catalog

    catalog = open_catalog()
    matcher = matcher_for(catalog)
    found = []
    for page in load_pages():
        if page.split != "train" or (ids is not None and series(page.id) not in ids):
            continue
        text = AdText("page", page.text.splitlines(), [])
        matches = matcher.scan(text.lines, text.numbers)
        cues = tuple(dict.fromkeys(m.phrase for m in matches if m.kind == CUE))
        offers = tuple(m.text for m in matches if m.kind == OFFER)
        warning = build_report(catalog, text, matcher).warning
        found.append(Reading(page.id, careful(page), warning, cues, offers))
    return found


def line(name: str, group: Sequence[Reading]) -> str:
    mine = [r for r in group if r.careful]
    others = [r for r in group if not r.careful]
    return (
        f"  {name:<10} careful read as warnings {sum(r.warning for r in mine):4d} of "
        f"{len(mine):4d}   others read as warnings {sum(r.warning for r in others):3d} of "
        f"{len(others):4d}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list the pages misread")
    parser.add_argument("--pages", metavar="SERIES", help="only these series (a,b or ck)")
    args = parser.parse_args(argv)
    ids = set(args.pages.split(",")) if args.pages else None
    found = readings(ids)
    print(f"train ({len(found)} pages): the page reading")
    print(line("all", found))
    print(line(f"a to {LAST_OLD}", [r for r in found if not is_new(series(r.page))]))
    print(line("ck onward", [r for r in found if is_new(series(r.page))]))
    print("per series:")
    names = sorted({series(r.page) for r in found}, key=lambda s: (len(s), s))
    for name in names:
        print(line(name, [r for r in found if series(r.page) == name]))
    if args.list:
        print("\ncareful pages not read as warnings (cues, offers):")
        for r in found:
            if r.careful and not r.warning:
                print(f"  {r.page}: {len(r.cues)} cues, {len(r.offers)} offers {list(r.offers)}")
        print("\nother pages read as warnings:")
        for r in found:
            if not r.careful and r.warning:
                print(f"  {r.page}: {len(r.cues)} cues")
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    raise SystemExit(main())
