"""Round sentflag1: can a per-sign word model find the warning signs `check`'s phrase
lists miss? NESTED leave-series-out cross-validation on the TRAIN split
(`python benchmarks/sentflag_cv.py`; benchmarks/adverts/ROUNDS.md, round sentflag1).

For each warning sign with at least MIN_CLEAR clear labels on train pages, a binarized
naive Bayes model over word stems (train_genre.py's counts, ranking and fit;
`page_genre.stems_of`) is trained to tell the pages labelled `clear` for that sign from the
pages that do not carry it at all (a `borderline` label is left out of training and
counted neither way). The model is asked only of pages where the matcher does NOT
already find the sign: a page it fires on is a HIT when the sign is labelled `clear`
there and a FALSE ALARM when the sign is not labelled.

Nested: the train split's series are dealt into OUTER groups (genre_nested_cv.groups:
whole series, the largest first). Each outer group is held out in turn; on the other
groups' pages alone the series are dealt again into INNER groups, each inner group is
scored by models trained on the other inner groups, and from those pooled inner scores
each setting gets its threshold (the lowest at which the additions' precision on the
inner pages reaches PRECISION) and the setting that then adds the most hits is chosen
(ties: fewer features, then the order of the grid). The chosen setting, trained on all the
outer training pages, scores the held-out group at the chosen threshold. Pooled over the
outer groups, the hits and false alarms are an estimate the choice never saw. The test
split is never read.

Decision bar (fixed before measuring, task brief sentflag1): a sign's model is wired in
only if, nested, it adds at least 8 clear hits and its additions' precision is at least
0.75 (and it adds no warning sign on the careful texts).

The settings (GRIDS): "page" (the planned grid: 100/200/400 stems by mutual information
in at least 3 series, smoothing 0.5 or 1, trained on all pages or on the pages where the
matcher does not find the sign; a page scored by its different stems) and "sentence"
(the same weights, a page scored by its best sentence, or its best run of three
sentences: the quote a user would see). `--alone` asks the model of every page, the
matcher's findings ignored: not what it would add, but whether the wording carries the
sign at all (a proxy, never the decision).

Pure Python; the matcher runs once in process on each train page (a few seconds), then
the nested cross-validation takes longer (over 3 minutes on the shared 2-CPU machine,
2026-11-28; the signs' rows are printed as each is done).

    python benchmarks/sentflag_cv.py                  # counts, nested figures per sign
    python benchmarks/sentflag_cv.py --folds          # also each outer group's choice
    python benchmarks/sentflag_cv.py --grid sentence  # the best sentence's score
    python benchmarks/sentflag_cv.py --precision 0.85 --grid both   # a stricter target
    python benchmarks/sentflag_cv.py --alone --grid both            # the proxy
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import genre_nested_cv as nested  # noqa: E402
import train_genre as tg  # noqa: E402

#: A sign is modelled when it has at least this many clear labels on train pages.
MIN_CLEAR = 25
#: The additions' precision a threshold must reach on the inner pages.
PRECISION = 0.75
#: The decision bar: nested hits and precision a sign's model must reach.
BAR_HITS = 8
BAR_PRECISION = 0.75


class Page(NamedTuple):
    id: str
    series: str
    careful: bool
    stems: frozenset[str]
    #: sign -> "clear" or "borderline"
    labels: dict[str, str]
    #: the signs the matcher finds on the page
    found: frozenset[str]
    #: the different stems of each sentence (a line cut at `sentences.SENTENCE_END`)
    sentences: tuple[frozenset[str], ...] = ()


class Setting(NamedTuple):
    features: int
    alpha: float
    #: "all" pages, or only those where the matcher does not find the sign ("unfound")
    population: str
    #: how a page is scored: "page" (its different stems), "sentence" (its best
    #: sentence's stems) or "window" (its best run of three sentences)
    reading: str = "page"

    def __str__(self) -> str:
        return f"nb {self.features} a{self.alpha} {self.population} {self.reading}"


PAGE_GRID = tuple(
    Setting(features, alpha, population)
    for population in ("all", "unfound")
    for features in (100, 200, 400)
    for alpha in (0.5, 1.0)
)
SENTENCE_GRID = tuple(
    Setting(features, 0.5, "all", reading)
    for reading in ("sentence", "window")
    for features in (100, 200, 400)
)
GRIDS = {"page": PAGE_GRID, "sentence": SENTENCE_GRID, "both": PAGE_GRID + SENTENCE_GRID}
GRID = PAGE_GRID


def train_pages() -> list[Page]:
    """The TRAIN pages, their stems, red flag labels and the signs `check` finds."""
    from check_quality import careful, in_process_finder, load_pages, series

    from stemcell_cli.check.rules.page_genre import stems_of
    from stemcell_cli.check.words.sentences import SENTENCE_END

    find = in_process_finder()
    out = []
    for page in load_pages():
        if page.split != "train":
            continue
        stems = frozenset(stems_of(page.text.splitlines()))
        found = frozenset(find(page.text)["red_flags"])
        cut = (
            "".join(piece)
            for line in page.text.splitlines()
            for piece in _pairs(SENTENCE_END.split(line))
        )
        sentences = tuple(frozenset(stems_of([c])) for c in cut if c.strip())
        out.append(
            Page(page.id, series(page.id), careful(page), stems, page.labels["red_flags"], found,
                 tuple(x for x in sentences if x))
        )  # fmt: skip
    return out


def _pairs(parts: list[str]) -> list[tuple[str, ...]]:
    """A line split at SENTENCE_END (text, end, text, end, ...) as sentences."""
    return [tuple(parts[i : i + 2]) for i in range(0, len(parts), 2)]


def scored(model: tg.Model, page: Page, reading: str) -> float:
    """The page's score: its stems', or its best sentence's (or run of three's)."""
    if reading == "page" or not page.sentences:
        return model.score(page.stems)
    w = model.weights
    sums = [math.fsum(w.get(x, 0.0) for x in sent) for sent in page.sentences]
    if reading == "window":
        sums = [math.fsum(sums[i : i + 3]) for i in range(max(len(sums) - 2, 1))]
    return model.bias + max(sums)


def docs_for(pages: Sequence[Page], sign: str) -> list[tg.Doc]:
    """The pages as train_genre's documents, `careful` standing for "labelled clear for
    `sign`" and `offer` for "the matcher finds it"."""
    return [
        tg.Doc(p.id, p.series, p.labels.get(sign) == "clear", p.stems, 0, sign in p.found)
        for p in pages
    ]


def fold_scores(docs: Sequence[tg.Doc], pages: Sequence[Page], sign: str,
                settings: Sequence[Setting], train: Sequence[int], held: Sequence[int]
                ) -> dict[Setting, list[float]]:  # fmt: skip
    """Each setting's scores of the `held` rows, by its model trained on `train` rows
    (borderline pages left out of training)."""
    out: dict[Setting, list[float]] = {}
    for population in sorted({s.population for s in settings}):
        rows = [
            i
            for i in train
            if pages[i].labels.get(sign) != "borderline"
            and (population == "all" or not docs[i].offer)
        ]
        found = tg.counts([docs[i] for i in rows])
        ranked = tg.ranked(found, 3)
        for s in (s for s in settings if s.population == population):
            model = tg.fit(
                found, ranked[: s.features], tg.Setting("nb", s.features, 3, s.alpha, "all")
            )
            out[s] = [scored(model, pages[i], s.reading) for i in held]
    return out


class Added(NamedTuple):
    hits: int
    false: int
    #: false alarms on careful pages
    careful: int = 0

    @property
    def precision(self) -> float:
        return self.hits / (self.hits + self.false) if self.hits + self.false else 1.0


#: With ALONE["on"], the model is asked of every page, the matcher's findings ignored:
#: not what it would add, but whether the wording carries the sign (a proxy, --alone).
ALONE = {"on": False}


def asked(page: Page, sign: str) -> bool:
    return ALONE["on"] or sign not in page.found


def added(pages: Sequence[Page], sign: str, scores: Sequence[float], threshold: float) -> Added:
    """What the model adds at `threshold` on the pages where the matcher misses `sign`."""
    hits = false = on_careful = 0
    for page, score in zip(pages, scores, strict=True):
        if not asked(page, sign) or score < threshold:
            continue
        call = page.labels.get(sign)
        if call == "clear":
            hits += 1
        elif call is None:
            false += 1
            on_careful += page.careful
    return Added(hits, false, on_careful)


def threshold_for(pages: Sequence[Page], sign: str, scores: Sequence[float], target: float
                  ) -> float:  # fmt: skip
    """The lowest threshold (a page's score) at which the additions' precision reaches
    `target` with at least one hit; infinity (the model off) when none does."""
    rows = sorted(
        (
            (score, page.labels.get(sign))
            for page, score in zip(pages, scores, strict=True)
            if asked(page, sign) and page.labels.get(sign) != "borderline"
        ),
        key=lambda r: -r[0],
    )
    best, hits, false = math.inf, 0, 0
    for k, (score, call) in enumerate(rows):
        hits += call == "clear"
        false += call is None
        if k + 1 < len(rows) and rows[k + 1][0] == score:
            continue
        if hits and hits / (hits + false) >= target:
            best = score
    return best


def choose(pages: Sequence[Page], sign: str, scores: dict[Setting, list[float]], target: float
           ) -> tuple[Setting, float]:  # fmt: skip
    """The setting and threshold that add the most hits at `target` precision on the
    pooled `scores` (ties: fewer features, then the order of the grid)."""
    best: tuple[tuple[int, int, int], Setting, float] | None = None
    for order, s in enumerate(scores):
        t = threshold_for(pages, sign, scores[s], target)
        got = added(pages, sign, scores[s], t)
        rank = (got.hits, -s.features, -order)
        if best is None or rank > best[0]:
            best = (rank, s, t)
    assert best is not None
    return best[1], best[2]


class Nested(NamedTuple):
    added: Added
    picks: Counter[str]
    per_fold: list[str]


def nested_cv(pages: Sequence[Page], sign: str, outer_k: int, inner_k: int, target: float,
              grid: Sequence[Setting] = GRID) -> Nested:  # fmt: skip
    docs = docs_for(pages, sign)
    everything = list(range(len(pages)))
    total = Added(0, 0, 0)
    picks: Counter[str] = Counter()
    lines = []
    for k, held in enumerate(nested.groups(docs, everything, outer_k)):
        out_rows = set(held)
        train = [i for i in everything if i not in out_rows]
        pos = {i: r for r, i in enumerate(train)}
        inner = {s: [0.0] * len(train) for s in grid}
        for part in nested.groups(docs, train, inner_k):
            in_part = set(part)
            rest = [i for i in train if i not in in_part]
            for s, got in fold_scores(docs, pages, sign, grid, rest, part).items():
                for i, v in zip(part, got, strict=True):
                    inner[s][pos[i]] = v
        s, t = choose([pages[i] for i in train], sign, inner, target)
        final = fold_scores(docs, pages, sign, [s], train, held)[s]
        got = added([pages[i] for i in held], sign, final, t)
        total = Added(total.hits + got.hits, total.false + got.false, total.careful + got.careful)
        picks[f"{s} @{t:.2f}"] += 1
        lines.append(f"    outer {k + 1}: {s} @{t:.2f}: {got.hits} hits, {got.false} false alarms")
    return Nested(total, picks, lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outer", type=int, default=10, help="outer groups of series")
    parser.add_argument("--inner", type=int, default=10, help="inner groups of series")
    parser.add_argument("--precision", type=float, default=PRECISION, help="inner target")
    parser.add_argument("--folds", action="store_true", help="each outer group's choice")
    parser.add_argument("--sign", action="append", help="only this sign (repeatable)")
    parser.add_argument("--grid", choices=sorted(GRIDS), default="page", help="the settings")
    parser.add_argument(
        "--alone",
        action="store_true",
        help="ask every page, the matcher ignored (does the wording carry it?)",
    )
    args = parser.parse_args(argv)
    ALONE["on"] = args.alone
    grid = GRIDS[args.grid]
    start = time.perf_counter()
    pages = train_pages()
    clear: Counter[str] = Counter()
    borderline: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for p in pages:
        for sign, call in p.labels.items():
            (clear if call == "clear" else borderline)[sign] += 1
            missed[sign] += call == "clear" and sign not in p.found
    print(f"train: {len(pages)} pages, {len({p.series for p in pages})} series "
          f"({time.perf_counter() - start:.0f} s to read and match)")  # fmt: skip
    print("  sign                        clear  borderline  clear missed by the matcher")
    for sign, n in clear.most_common():
        print(f"  {sign:<27} {n:5d} {borderline[sign]:11d} {missed[sign]:8d}")
    signs = [s for s, n in clear.most_common() if n >= MIN_CLEAR]
    if args.sign:
        signs = [s for s in signs if s in args.sign]
    print(f"\nnested: {args.outer} outer x {args.inner} inner groups of series; inner "
          f"precision target {args.precision}; {len(grid)} {args.grid} settings chosen "
          f"inside{'; ALONE: every page asked' if args.alone else ''}")  # fmt: skip
    print("  sign                        hits  false  precision  (careful)  passes the bar")
    for sign in signs:
        got = nested_cv(pages, sign, args.outer, args.inner, args.precision, grid)
        a = got.added
        passes = a.hits >= BAR_HITS and a.precision >= BAR_PRECISION
        print(f"  {sign:<27} {a.hits:4d} {a.false:6d} {a.precision:10.2f} {a.careful:10d}"
              f"  {'yes' if passes else 'no'}", flush=True)  # fmt: skip
        if args.folds:
            print("\n".join(got.per_fold))
            print("    choices: " + "; ".join(f"{c} x{n}" for c, n in got.picks.most_common()))
    print(f"({time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    raise SystemExit(main())
