"""Short names a patient meets unexplained: every capitalised short name (2 to 6
capitals, digits allowed, a plural "s" kept) in what `check` and `explain` show, and
whether its first use on each page says what it is (acronym1).

    python benchmarks/short_names.py [--pages] [--full] [ADVERT ...]

Pages read: `stemcell check` on the seed (/work/shared/seed.txt, else
tests/fixtures/seed.txt) and on the train adverts named (five by default), and the
default (short) `explain` page of every condition, benefit and topic (`--full`: the
full page). Only our own words count: headings, the advert's words quoted in a
report, code, links and the list of sources are skipped, and a name in bold counts
only where it holds the long form (plainlang.page_short_names). A first use says what
it is when it sits inside brackets, is followed by one ("FDA (the US ...)") or opens
its own definition ("MSCs are ..."), or is in the row of the entry's own names ("Also
called").

Prints each short name with the number of pages where its first use is explained and
where it is not, then the totals: the first uses not explained, which
tests/test_readability.py fails on (README: none), and apart the first uses of the names
it leaves as they are (`SHORT_NAMES_LEFT`: US, UK, EU, trial names, phase numbers and the
NAME of a short page's last line, `--section NAME`); `--pages` lists the pages where a
name is not explained.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from plainlang import page_short_names
from test_readability import SHORT_NAMES_LEFT

from stemcell_cli.check.page.source import decode
from stemcell_cli.check.report import build_report
from stemcell_cli.check.view import check_view
from stemcell_cli.core.cache import open_catalog
from stemcell_cli.core.catalog import Catalog
from stemcell_cli.views.document import Page
from stemcell_cli.views.entries import entry_view
from stemcell_cli.views.layout import Layout

ROOT = Path(__file__).resolve().parents[1]
SEEDS = (Path("/work/shared/seed.txt"), ROOT / "tests" / "fixtures" / "seed.txt")
ADVERTS = (
    "a01-knee-bmac-aokc",
    "a02-mexico-knee-oa-placidway",
    "a05-lipogems-joints-boston",
    "a11-svf-orthopedic-csn",
    "a16-ra-cure-mexico",
)


def pages(catalog: Catalog, adverts: list[str], full: bool = False) -> Iterator[tuple[str, Page]]:
    seed = next(path for path in SEEDS if path.exists())
    texts = {"check seed": seed.read_text(encoding="utf-8")}
    for name in adverts:
        name = Path(name).name.removesuffix(".yaml")  # (a path works too)
        data = yaml.safe_load((ROOT / "benchmarks" / "adverts" / f"{name}.yaml").read_text())
        assert data["split"] == "train", name
        texts[f"check {name}"] = data["text"]
    for label, text in texts.items():
        report = build_report(catalog, decode(label, text.encode(), None, False))
        yield label, check_view(report, catalog).page
    for kind in ("conditions", "benefits", "topics"):
        for entry in getattr(catalog, kind).values():
            page = entry_view(catalog, entry, layout=Layout(full, ())).page
            yield f"explain {entry.id}", page


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", action="store_true", help="list the pages per name")
    parser.add_argument("--full", action="store_true", help="read the full explain pages")
    parser.add_argument(
        "adverts",
        nargs="*",
        default=list(ADVERTS),
        metavar="ADVERT",
        help="train pages of benchmarks/adverts/ to check, by name (a01-knee-bmac-aokc) "
        "or path; five by default. Names left as they are (NAME, US, ...) are in "
        "tests/test_readability.py, SHORT_NAMES_LEFT",
    )
    args = parser.parse_args()
    catalog = open_catalog(None)
    good: dict[str, list[str]] = defaultdict(list)
    bad: dict[str, list[str]] = defaultdict(list)
    count = 0
    for label, page in pages(catalog, args.adverts, args.full):
        count += 1
        for name, explained in page_short_names(page):
            (good if explained else bad)[name].append(label)
    print(f"{count} pages; first uses explained / not explained, per short name")
    for name in sorted(set(good) | set(bad), key=lambda n: (-len(bad[n]), n)):
        print(f"  {name:8} {len(good[name]):3} {len(bad[name]):3}")
        if args.pages and bad[name]:
            print("           not: " + ", ".join(bad[name]))
    total_good = sum(map(len, good.values()))
    total_bad = sum(len(bad[n]) for n in bad if n not in SHORT_NAMES_LEFT)
    names_bad = sum(1 for n in bad if bad[n] and n not in SHORT_NAMES_LEFT)
    left = sorted((n for n in bad if bad[n] and n in SHORT_NAMES_LEFT), key=lambda n: -len(bad[n]))
    print(
        f"total: {total_good} explained, {total_bad} not ({names_bad} names unexplained somewhere)"
    )
    print(
        f"left as they are (tests/test_readability.py, SHORT_NAMES_LEFT): "
        f"{sum(len(bad[n]) for n in left)} first uses of {', '.join(left) or 'none'}"
    )
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    sys.exit(main())
