"""Score `stemcell check` on the labelled advert corpus: `python benchmarks/check_quality.py`.

Each page in benchmarks/adverts/*.yaml carries hand labels (benefits, conditions,
red flags), each `clear` or `borderline` (spec: benchmarks/adverts/README.md). The
matcher runs in process on every page; the SET of ids it finds per page is compared
with the labels:

- a found id labelled `clear` is a true positive; a `clear` label not found is a miss;
- a found id labelled `borderline` counts neither way (never a false positive);
- a found id not labelled at all is a false positive.

Precision, recall and F1 are summed over pages (micro-averaged), per category and
overall, for the train and test splits separately. The exit status is 1 when a target
is missed in either split: recall >= 0.90 and precision >= 0.95 overall, and no
category below 0.85 recall.

    python benchmarks/check_quality.py                 # the scores
    python benchmarks/check_quality.py --misses        # also each miss and false alarm (train only)
    python benchmarks/check_quality.py --split train   # score the train split only (while working)
    python benchmarks/check_quality.py --pages a,b     # only series a and b (not aa: a series
                                                       # is the letters before the number)
    python benchmarks/check_quality.py --html SHELL    # each page wrapped in a web page shell
                                                       # and read as HTML (see extract_quality.py)
    python benchmarks/check_quality.py --stemmer snowball  # Porter2 (pip install snowballstemmer)
                                                       # in place of the matcher's own stemmer

The test split is for scoring only: `--misses` never lists its pages, so nobody tunes
the matcher on them.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import yaml

HERE = Path(__file__).resolve().parent
ADVERTS = HERE / "adverts"
CATEGORIES = ("benefits", "conditions", "red_flags")
#: The kind of finding `check` reports for each label category.
KIND = {"benefits": "benefit", "conditions": "condition", "red_flags": "red_flag"}
TARGET_RECALL = 0.90
TARGET_PRECISION = 0.95
TARGET_CATEGORY_RECALL = 0.85
#: Ids the data used before the corpus vocabulary was fixed, mapped to the label id.
RENAMED = {"revolution-language": "miracle-language"}
#: The tally of claims and warning signs on careful pages, kept beside the categories,
#: and of every category on the other pages.
CAREFUL = "careful pages"
OTHER_PAGES = "other pages"
#: Beside the categories, a finder says whether the page reads as a warning about such
#: offers (`{"warning"}`), and the tallies count such pages (as `tp`), careful or not.
READING = "reading"
WARNED = {True: "careful pages read as a warning", False: "other pages read as a warning"}


class Page(NamedTuple):
    id: str
    split: str
    text: str
    labels: dict[str, dict[str, str]]


class Tally(NamedTuple):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: object) -> Tally:
        assert isinstance(other, Tally)
        return Tally(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def page_fields(path: Path, *fields: str) -> dict[str, Any]:
    """A corpus page's YAML, or a one-line error naming the file and the field that is not
    text (a page is a contributor's file: an alias can make `text:` a list)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: a page is a mapping of fields, not {type(data).__name__}")
    for field in fields:
        if not isinstance(data.get(field), str):
            found = type(data.get(field)).__name__
            raise SystemExit(f"{path}: field '{field}' must be text, not {found}")
    return data


def load_pages(folder: Path = ADVERTS) -> list[Page]:
    pages = []
    for path in sorted(folder.glob("*.yaml")):
        data = page_fields(path, "id", "split", "text")
        labels = {c: dict(data["labels"].get(c) or {}) for c in CATEGORIES}
        pages.append(Page(data["id"], data["split"], data["text"], labels))
    return pages


Finder = Callable[[str], dict[str, set[str]]]


def in_process_finder(wrap: Callable[[str, str], str] | None = None) -> Finder:
    """The ids `check` finds in a text, per category, run in this process.

    With `wrap`, the text is first put into a web page (wrap(title, text) -> HTML) and
    read back the way `check` reads a saved page.
    """
    os.environ.setdefault("STEMCELL_NO_CACHE", "1")
    from stemcell_cli.check.matching.wordings import matcher_for
    from stemcell_cli.check.page.source import AdText, read_text
    from stemcell_cli.check.report import build_report
    from stemcell_cli.core.cache import open_catalog

    catalog = open_catalog()
    matcher = matcher_for(catalog)

    def find(text: str) -> dict[str, set[str]]:
        if wrap is None:
            advert = AdText("page", text.splitlines(), [])
        else:
            import tempfile

            with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as page:
                page.write(wrap("Clinic", text))
                page.flush()
                advert = read_text(page.name)
        report = build_report(catalog, advert, matcher)
        found = {
            category: {RENAMED.get(i, i) for i in report.made(KIND[category])}
            for category in CATEGORIES
        }
        found[READING] = {"warning"} if report.warning else set()
        return found

    return find


def series(page_id: str) -> str:
    """The series a page belongs to: the letters its id starts with ("aa" of "aa03-...")."""
    return page_id[: len(page_id) - len(page_id.lstrip("abcdefghijklmnopqrstuvwxyz"))]


def score(found: set[str], labels: dict[str, str]) -> Tally:
    clear = {i for i, call in labels.items() if call == "clear"}
    return Tally(len(found & clear), len(found - set(labels)), len(clear - found))


def careful(page: Page) -> bool:
    """A careful page (a regulator, a hospital, news, a critic): its id says so."""
    return "careful" in page.id.split("-")


def evaluate(
    pages: Sequence[Page], find: Finder
) -> tuple[dict[str, dict[str, Tally]], list[str], float]:
    """Tallies per split and category (and, under CAREFUL, the careful pages' claims and
    warning signs), the misses (train only) and the seconds taken."""
    tallies: dict[str, dict[str, Tally]] = {}
    misses: list[str] = []
    start = time.perf_counter()
    for page in pages:
        found = find(page.text)
        split = tallies.setdefault(page.split, {c: Tally() for c in CATEGORIES})
        if found.get(READING):
            warned = WARNED[careful(page)]
            split[warned] = split.get(warned, Tally()) + Tally(tp=1)
        for category in CATEGORIES:
            labels = page.labels[category]
            tally = score(found[category], labels)
            split[category] += tally
            if careful(page) and category != "conditions":
                split[CAREFUL] = split.get(CAREFUL, Tally()) + tally
            if not careful(page):
                split[OTHER_PAGES] = split.get(OTHER_PAGES, Tally()) + tally
            if page.split != "train":
                continue
            clear = {i for i, call in labels.items() if call == "clear"}
            for missed in sorted(clear - found[category]):
                misses.append(f"{page.id}: missed {category[:-1]} {missed}")
            for extra in sorted(found[category] - set(labels)):
                misses.append(f"{page.id}: false alarm {category[:-1]} {extra}")
    return tallies, misses, time.perf_counter() - start


def failures(split: str, tallies: dict[str, Tally]) -> list[str]:
    by_category = {c: tallies[c] for c in CATEGORIES}
    total = sum(by_category.values(), Tally())
    problems = []
    if total.recall < TARGET_RECALL:
        problems.append(f"{split}: recall {total.recall:.2f} < {TARGET_RECALL}")
    if total.precision < TARGET_PRECISION:
        problems.append(f"{split}: precision {total.precision:.2f} < {TARGET_PRECISION}")
    for category, tally in by_category.items():
        if tally.recall < TARGET_CATEGORY_RECALL:
            problems.append(
                f"{split}: {category} recall {tally.recall:.2f} < {TARGET_CATEGORY_RECALL}"
            )
    return problems


def table(split: str, pages: Sequence[Page], tallies: dict[str, Tally]) -> Iterable[str]:
    yield f"{split} ({len(pages)} pages)"
    yield "  category    precision recall    F1   TP   FP   FN"
    by_category = [(c, tallies[c]) for c in CATEGORIES]
    rows = [*by_category, ("overall", sum((t for _, t in by_category), Tally()))]
    for name, t in rows:
        yield (
            f"  {name:<11} {t.precision:9.2f} {t.recall:6.2f} {t.f1:5.2f} "
            f"{t.tp:4d} {t.fp:4d} {t.fn:4d}"
        )
    on_careful = tallies.get(CAREFUL, Tally())
    how_many = sum(1 for p in pages if careful(p))
    yield (
        f"  of the false alarms of benefits and red flags, {on_careful.fp} are on the "
        f"{how_many} careful pages (ids with 'careful')"
    )
    rest = tallies.get(OTHER_PAGES, Tally())
    yield (
        f"  overall on the {len(pages) - how_many} other pages: precision "
        f"{rest.precision:.2f}, recall {rest.recall:.2f}"
    )
    careful_warned, other_warned = (tallies.get(WARNED[c], Tally()).tp for c in (True, False))
    yield (
        f"  read as a warning about such offers: {careful_warned} of the careful pages, "
        f"{other_warned} of the others"
    )


def use_snowball() -> None:
    """Swap the matcher's stemmer for snowballstemmer's English (Porter2) stemmer."""
    from snowballstemmer import stemmer

    from stemcell_cli.check.rules import negation
    from stemcell_cli.check.words import phrases, sentences

    porter2 = stemmer("english")

    def folded_stem(lowered: str) -> str:
        return str(porter2.stemWord(lowered.removesuffix("'s")))

    def stem(word: str) -> str:
        return folded_stem(word.casefold().replace("\u2019", "'"))

    for module in (negation, phrases, sentences):
        module.stem = stem  # type: ignore[attr-defined]
    sentences.folded_stem = folded_stem  # type: ignore[attr-defined]
    sentences._keys_of.clear()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list misses (train split only)")
    parser.add_argument(
        "--html",
        metavar="SHELL",
        help="wrap each page in a web page shell (a name from extract_quality.SHELLS)",
    )
    parser.add_argument(
        "--stemmer", choices=["own", "snowball"], default="own", help="which stemmer to use"
    )
    parser.add_argument(
        "--split",
        choices=["train", "test"],
        action="append",
        help="score only this split (repeatable; default both)",
    )
    parser.add_argument(
        "--pages",
        metavar="SERIES",
        help="only the pages of these series, the letters before a page's number (a,b or aa)",
    )
    args = parser.parse_args(argv)
    if args.stemmer == "snowball":
        try:
            use_snowball()
        except ImportError:
            parser.error("--stemmer snowball needs snowballstemmer: pip install snowballstemmer")
    wrap = None
    if args.html:
        sys.path.insert(0, str(HERE))
        from extract_quality import SHELLS

        wrap = SHELLS[args.html]
    splits = tuple(args.split or ("train", "test"))
    pages = [p for p in load_pages() if p.split in splits]
    if args.pages:
        chosen = set(args.pages.split(","))
        pages = [p for p in pages if series(p.id) in chosen]
    tallies, misses, seconds = evaluate(pages, in_process_finder(wrap))
    problems: list[str] = []
    for split in splits:
        in_split = [p for p in pages if p.split == split]
        if not in_split:  # (--pages may pick pages of one split only)
            continue
        print("\n".join(table(split, in_split, tallies[split])))
        problems += failures(split, tallies[split])
    print(f"({len(pages)} pages in {seconds:.2f} s)")
    if args.misses:
        print("\n".join(["", "train misses and false alarms:", *misses]))
    if problems:
        print("\nTARGET MISSED: " + "; ".join(problems))
        return 1
    print("\nall targets met")
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    raise SystemExit(main())
