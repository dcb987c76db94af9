"""Train the genre model of `check`'s page reading: `python benchmarks/train_genre.py`.

`check` reads a page that offers nothing of its own as a warning about such offers when
it holds WARNING_CUES page cues (report.reads_as_warning), or when the genre model
(check/rules/page_genre.py, data/check/genre.yaml) scores its words as a careful page's. This
script learns that model from the TRAIN split only (the test split is never read) and
chooses its settings by leave-series-out cross-validation: each series (the letters of
an id before its number) is scored by a model trained on all the other series, and the
scores of all folds are pooled.

The model is binarized naive Bayes over word stems (`page_genre.stems_of`): a page is the set
of its different stems; a stem's weight is the log ratio of its share of the careful
pages' stems to its share of the others' (Laplace smoothing `alpha`), or, as `bernoulli`,
the Bernoulli model's log odds of holding it. Only the `features` stems that tell the two
apart best (mutual information of holding the stem and being careful) and that occur in
at least `min_series` series (so a clinic's name or one regulator's house words are never
a feature) are kept. Pure Python, fixed order, no randomness: the same corpus gives the
same file, byte for byte.

The threshold is the lowest at which the pooled cross-validated reading (no offer, and
the cue rule or the model) misreads no more other pages than the cue rule alone; an
advert read as a warning mutes its warning signs for a patient, which costs far more than
a careful page missed. Among the settings, the one that then catches the most careful
pages wins (ties: fewer features, then the order of GRID).

    python benchmarks/train_genre.py              # the cross-validation, per setting
    python benchmarks/train_genre.py --folds      # also the chosen setting per fold
    python benchmarks/train_genre.py --write      # and write data/check/genre.yaml
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

OUT = HERE.parent / "data" / "check" / "genre.yaml"
#: Stems in fewer pages than this are never features.
MIN_PAGES = 3


class Doc(NamedTuple):
    id: str
    series: str
    careful: bool
    stems: frozenset[str]
    #: different page cues, and whether the page offers something of its own
    cues: int = 0
    offer: bool = False


class Setting(NamedTuple):
    model: str  # "nb" (binarized multinomial) or "bernoulli"
    features: int
    min_series: int
    alpha: float
    #: "all" train pages, or only those with no offer of their own (the ones it reads)
    population: str


GRID = tuple(
    Setting(model, features, min_series, alpha, population)
    for population in ("no-offer", "all")
    for min_series in (3, 6)
    for model in ("nb", "bernoulli")
    for features in (100, 200, 300, 500)
    for alpha in (1.0, 0.5)
)


class Model(NamedTuple):
    bias: float
    weights: dict[str, float]

    def score(self, stems: Iterable[str]) -> float:
        return self.bias + math.fsum(self.weights.get(s, 0.0) for s in stems)


def _entropy(*counts: float) -> float:
    total = sum(counts)
    return -sum(c / total * math.log(c / total) for c in counts if c)


def information(a: int, b: int, n1: int, n0: int) -> float:
    """Mutual information of holding a stem (in `a` of the n1 careful pages and `b` of
    the n0 others) and being careful."""
    n = n1 + n0
    with_it, without = a + b, n - a - b
    return _entropy(n1, n0) - (
        with_it / n * _entropy(a, b) + without / n * _entropy(n1 - a, n0 - b)
    )


class Counts(NamedTuple):
    """How many careful pages and other pages hold each stem, and in how many series."""

    careful: Counter[str]
    other: Counter[str]
    series: Counter[str]
    n_careful: int
    n_other: int


def counts(docs: Sequence[Doc]) -> Counts:
    careful: Counter[str] = Counter()
    other: Counter[str] = Counter()
    seen: dict[str, set[str]] = {}
    for doc in docs:
        (careful if doc.careful else other).update(doc.stems)
        for s in doc.stems:
            seen.setdefault(s, set()).add(doc.series)
    series = Counter({s: len(names) for s, names in seen.items()})
    n1 = sum(d.careful for d in docs)
    return Counts(careful, other, series, n1, len(docs) - n1)


def ranked(found: Counts, min_series: int) -> list[str]:
    """The stems that may be features, best first (ties in the stems' order)."""
    kept = [
        s
        for s in sorted(found.series)
        if found.series[s] >= min_series and found.careful[s] + found.other[s] >= MIN_PAGES
    ]
    gain = {s: information(found.careful[s], found.other[s], found.n_careful, found.n_other)
            for s in kept}  # fmt: skip
    return sorted(kept, key=lambda s: (-gain[s], s))


def fit(found: Counts, stems: Sequence[str], setting: Setting) -> Model:
    """The weights of `stems` (the features) from the counts."""
    alpha, n1, n0 = setting.alpha, found.n_careful, found.n_other
    bias = math.log(n1 / n0) if n1 and n0 else 0.0
    weights: dict[str, float] = {}
    if setting.model == "nb":
        total1 = sum(found.careful[s] for s in stems) + alpha * len(stems)
        total0 = sum(found.other[s] for s in stems) + alpha * len(stems)
        for s in stems:
            weights[s] = math.log((found.careful[s] + alpha) / total1) - math.log(
                (found.other[s] + alpha) / total0
            )
    else:
        for s in stems:
            p1 = (found.careful[s] + alpha) / (n1 + 2 * alpha)
            p0 = (found.other[s] + alpha) / (n0 + 2 * alpha)
            weights[s] = math.log(p1 / p0) - math.log((1 - p1) / (1 - p0))
            bias += math.log((1 - p1) / (1 - p0))
    return Model(bias, weights)


def train(docs: Sequence[Doc], setting: Setting) -> Model:
    """The model of `setting` learned from `docs`."""
    if setting.population == "no-offer":
        docs = [d for d in docs if not d.offer]
    found = counts(docs)
    return fit(found, ranked(found, setting.min_series)[: setting.features], setting)


def cross_validated(docs: Sequence[Doc], settings: Sequence[Setting]) -> dict[Setting, list[float]]:
    """For each setting, each page's score by the model trained without its series."""
    names = sorted({d.series for d in docs}, key=lambda s: (len(s), s))
    scores: dict[Setting, dict[str, float]] = {s: {} for s in settings}
    for name in names:
        held = [d for d in docs if d.series == name]
        rest = [d for d in docs if d.series != name]
        by_population: dict[tuple[str, int], list[str]] = {}
        found_by: dict[str, Counts] = {}
        for setting in settings:
            population = setting.population
            if population not in found_by:
                pool = [d for d in rest if not d.offer] if population == "no-offer" else rest
                found_by[population] = counts(pool)
            found = found_by[population]
            key = (population, setting.min_series)
            if key not in by_population:
                by_population[key] = ranked(found, setting.min_series)
            model = fit(found, by_population[key][: setting.features], setting)
            for doc in held:
                scores[setting][doc.id] = model.score(doc.stems)
    return {s: [scores[s][d.id] for d in docs] for s in settings}


class Reading(NamedTuple):
    careful: int
    other: int


def reading(docs: Sequence[Doc], scores: Sequence[float] | None, threshold: float, alone: bool
            ) -> Reading:  # fmt: skip
    """Careful pages and other pages read as warnings: no offer, and the cue rule or
    (with `scores`) the model; `alone`: the model without the cue rule."""
    careful = other = 0
    for i, doc in enumerate(docs):
        if doc.offer:
            continue
        cue = doc.cues >= _warning_cues() and not alone
        model = scores is not None and scores[i] >= threshold
        if cue or model:
            careful += doc.careful
            other += not doc.careful
    return Reading(careful, other)


def _warning_cues() -> int:
    from stemcell_cli.check.report import WARNING_CUES

    return WARNING_CUES


def threshold_for(docs: Sequence[Doc], scores: Sequence[float], alone: bool) -> float:
    """The lowest threshold (a score of a page, rounded up to 0.01) at which the reading
    misreads no more other pages than the cue rule alone."""
    allowed = reading(docs, None, 0.0, False).other
    best = math.inf
    for candidate in sorted({math.ceil(s * 100) / 100 for s in scores}, reverse=True):
        if reading(docs, scores, candidate, alone).other > allowed:
            break
        best = candidate
    return best


def pages(ids: Sequence[str] | None = None) -> list[Doc]:
    """The TRAIN pages as the model and the page reading see them."""
    from check_quality import careful, load_pages, series
    from page_reading import readings

    from stemcell_cli.check.rules.page_genre import stems_of

    read = {r.page: r for r in readings(set(ids) if ids else None)}
    docs = []
    for page in load_pages():
        found = read.get(page.id)
        if page.split != "train" or found is None:
            continue
        stems = frozenset(stems_of(page.text.splitlines()))
        docs.append(
            Doc(page.id, series(page.id), careful(page), stems, len(found.cues), bool(found.offers))
        )
    return docs


def rendered(model: Model, setting: Setting, threshold: float, pages: int) -> str:
    """The text of data/check/genre.yaml: how it was made, then the numbers."""
    lines = [
        "# The genre model of `check`'s page reading (src/stemcell_cli/check/rules/page_genre.py):",
        "# a page that offers nothing of its own reads as a warning about such offers when",
        "# the bias plus the weights of its different word stems reach the threshold.",
        f"# Made by `python benchmarks/train_genre.py --write` from the {pages} TRAIN pages",
        "# of benchmarks/adverts/ (never the test split); settings and threshold chosen by",
        "# leave-series-out cross-validation (benchmarks/adverts/ROUNDS.md, round genre1).",
        "# Do not edit by hand: train again.",
        f'made: "benchmarks/train_genre.py, {pages} train pages"',
        f'model: "{setting.model}, {setting.features} features, min_series '
        f'{setting.min_series}, alpha {setting.alpha}, population {setting.population}"',
        f"bias: {round(model.bias, 4)!r}",
        f"threshold: {round(threshold, 4)!r}",
        "weights:",
    ]
    lines += [f'  "{s}": {round(w, 4)!r}' for s, w in sorted(model.weights.items())]
    return "\n".join(lines) + "\n"


def per_fold(docs: Sequence[Doc], scores: Sequence[float], threshold: float, alone: bool
             ) -> Iterable[str]:  # fmt: skip
    names = sorted({d.series for d in docs}, key=lambda s: (len(s), s))
    yield "  series  careful  caught before -> after   others  misread before -> after"
    for name in names:
        at = [i for i, d in enumerate(docs) if d.series == name]
        mine = [docs[i] for i in at]
        before = reading(mine, None, 0.0, False)
        after = reading(mine, [scores[i] for i in at], threshold, alone)
        n1 = sum(d.careful for d in mine)
        yield (
            f"  {name:<6} {n1:8d} {before.careful:12d} -> {after.careful:<5d}"
            f" {len(mine) - n1:7d} {before.other:13d} -> {after.other}"
        )


class Choice(NamedTuple):
    setting: Setting
    threshold: float
    #: each setting's cross-validated scores, in the order of the pages
    scores: dict[Setting, list[float]]


def choose(docs: Sequence[Doc], grid: Sequence[Setting] = GRID, show: bool = False) -> Choice:
    """The setting and threshold that catch the most careful pages in the pooled
    leave-series-out cross-validation, read as `check` reads (no offer, and the cue rule
    or the model), without misreading more other pages than the cue rule alone (ties:
    fewer features, then the order of `grid`). The model alone is shown beside it, for
    the record: it caught fewer at every setting (ROUNDS.md, round genre1)."""
    allowed = reading(docs, None, 0.0, False).other
    cv = cross_validated(docs, grid)
    best: tuple[tuple[int, int, int], Setting, float] | None = None
    if show:
        print("leave-series-out, pooled: careful read / others read, at the threshold")
        print("  setting                                   | cue OR model         | model alone")
    for order, setting in enumerate(grid):
        shown = []
        for alone in (False, True):
            t = threshold_for(docs, cv[setting], alone)
            got = reading(docs, cv[setting], t, alone)
            shown.append(f"{got.careful:3d} / {got.other:2d} at {t:6.2f}")
            rank = (got.careful, -setting.features, -order)
            if not alone and got.other <= allowed and (best is None or rank > best[0]):
                best = (rank, setting, t)
        if show:
            name = (f"{setting.model} {setting.features} ms{setting.min_series} "
                    f"a{setting.alpha} {setting.population}")  # fmt: skip
            print(f"  {name:<41} | {shown[0]:<20} | {shown[1]}")
    assert best is not None
    _, setting, threshold = best
    return Choice(setting, threshold, cv)


def made(docs: Sequence[Doc], grid: Sequence[Setting] = GRID) -> str:
    """The text of the model file that `docs` give: the same docs, the same text."""
    chosen = choose(docs, grid)
    model = train(docs, chosen.setting)
    return rendered(model, chosen.setting, chosen.threshold, len(docs))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", action="store_true", help="the chosen setting per fold")
    parser.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    args = parser.parse_args(argv)
    docs = pages()
    n1 = sum(d.careful for d in docs)
    before = reading(docs, None, 0.0, False)
    print(f"train: {len(docs)} pages, {n1} careful, {len({d.series for d in docs})} series")
    print(f"cue rule alone: careful read {before.careful} of {n1}, "
          f"others read {before.other} of {len(docs) - n1}")  # fmt: skip
    chosen = choose(docs, GRID, show=True)
    setting, threshold, alone = chosen.setting, chosen.threshold, False
    scores = chosen.scores[setting]
    got = reading(docs, scores, threshold, alone)
    print(f"chosen: {setting}, threshold {threshold}, the cue rule OR the model")
    print(f"  cross-validated: careful read {got.careful} of {n1}, others read {got.other}")
    if args.folds:
        print("per fold (series held out):")
        for line in per_fold(docs, scores, threshold, alone):
            print(line)
    model = train(docs, setting)
    fitted = reading(docs, [model.score(d.stems) for d in docs], threshold, alone)
    print(f"  the model of all train pages: careful read {fitted.careful}, others read "
          f"{fitted.other} (fitted on them: not an estimate)")  # fmt: skip
    if args.write:
        OUT.write_text(rendered(model, setting, threshold, len(docs)), encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    raise SystemExit(main())
