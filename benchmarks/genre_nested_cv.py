"""Round genre3's check of genre2: NESTED cross-validation of the page genre's model
(`python benchmarks/genre_nested_cv.py`).

Needs numpy, installed by hand (`pip install numpy`), as genre_lr_cv.py does: nothing
here is shipped. The TRAIN split's series are dealt into OUTER groups (the largest series
first, each to the group with the fewest pages so far; the test split is never read).
Each outer group is held out in turn; on the other groups' pages alone, the series are
dealt again into INNER groups, each inner group is scored by models trained on the other
inner groups, and from those pooled inner scores each setting gets its threshold
(train_genre.threshold_for: the lowest that misreads no other page beyond the cue rule's)
and the setting that then reads the most careful pages is chosen (ties: fewer features,
then the order of the list). The chosen setting, trained on all the outer training
pages, scores the held-out group at the chosen threshold. Pooled over the outer groups,
the careful pages and others read are an estimate that the choice never saw.

Compared: genre1's naive Bayes setting (only its threshold chosen inside), the logistic
regression settings genre2 tried (genre_lr_cv.TRIES; setting and threshold chosen
inside), those trained on all pages only, and each setting alone (threshold inside).

`--margin` (round genre4): only genre1's naive Bayes and logistic regression on all pages
(200 stems, L2 0.01), both fixed in advance, each under today's rule and under the
MARGIN rule: the threshold is the top other page's pooled score (no offer, not careful,
not read by the cue rule) plus m standard deviations of the no-offer pages' pooled
scores, m the smallest of MARGINS at which, each inner group read in turn at the
threshold set from the other inner groups' scores alone, no other page is misread.

    python benchmarks/genre_nested_cv.py [--outer 10] [--inner 10]   # long: many minutes
    python benchmarks/genre_nested_cv.py --margin                     # round genre4

Prints each outer group as it is done, the cue rule alone, the careful and other pages
read by each method pooled over the outer groups, each method's choices per outer group,
and the seconds taken. Without numpy it prints one line saying so and exits 2.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import genre_lr_cv as lr  # noqa: E402
import train_genre as tg  # noqa: E402


def groups(docs: Sequence[tg.Doc], rows: Sequence[int], k: int) -> list[list[int]]:
    """The rows dealt into k groups of whole series, the largest series first."""
    size = Counter(docs[i].series for i in rows)
    order = sorted(size, key=lambda s: (-size[s], len(s), s))
    load = [0] * k
    where: dict[str, int] = {}
    for name in order:
        g = min(range(k), key=lambda j: (load[j], j))
        where[name] = g
        load[g] += size[name]
    return [[i for i in rows if where[docs[i].series] == g] for g in range(k)]


def choose(docs: Sequence[tg.Doc], scores: dict[lr.Try, list[float]], among: Sequence[lr.Try]
           ) -> tuple[lr.Try, float]:  # fmt: skip
    """The setting and threshold that read the most careful `docs` from their pooled
    `scores`, misreading no other page beyond the cue rule's (ties: fewer features, then
    the order of `among`)."""
    allowed = tg.reading(docs, None, 0.0, False).other
    best: tuple[tuple[int, int, int], lr.Try, float] | None = None
    for order, s in enumerate(among):
        t = tg.threshold_for(docs, scores[s], False)
        got = tg.reading(docs, scores[s], t, False)
        rank = (got.careful, -s.features, -order)
        if got.other <= allowed and (best is None or rank > best[0]):
            best = (rank, s, t)
    assert best is not None
    return best[1], best[2]


#: The margins tried by the margin rule, in standard deviations (the smallest that holds
#: in the inner folds is chosen; if none holds, the largest).
MARGINS = tuple(k / 20 for k in range(21))
#: The two settings round genre4 compares, fixed before measuring.
GENRE4 = (lr.Try("nb", 200, 0.5, "no-offer"), lr.Try("lr", 200, 0.01, "all"))


def _others(docs: Sequence[tg.Doc]) -> list[int]:
    """The rows of the pages a model could misread: no offer, not careful, and not read
    by the cue rule already."""
    cues = tg._warning_cues()
    return [i for i, d in enumerate(docs) if not d.offer and not d.careful and d.cues < cues]


def margin_threshold(docs: Sequence[tg.Doc], scores: Sequence[float], rows: Sequence[int],
                     margin: float) -> float:  # fmt: skip
    """The top other page's score among `rows` plus `margin` standard deviations of the
    no-offer pages' scores among them (a page is read at or above it)."""
    import statistics

    among = set(rows)
    top = max(scores[i] for i in _others(docs) if i in among)
    spread = statistics.pstdev([scores[i] for i in rows if not docs[i].offer])
    return top + margin * spread + 1e-9


def choose_margin(docs: Sequence[tg.Doc], scores: Sequence[float],
                  parts: Sequence[Sequence[int]]) -> float:  # fmt: skip
    """The smallest margin of MARGINS at which each of `parts` (rows of `docs`), read at
    the threshold set from the other parts' scores alone, has no other page misread."""
    others = set(_others(docs))
    held = [set(part) for part in parts]
    rests = [[i for i in range(len(docs)) if i not in h] for h in held]
    for margin in MARGINS:
        misread = 0
        for part, rest in zip(parts, rests, strict=True):
            t = margin_threshold(docs, scores, rest, margin)
            misread += sum(1 for i in part if i in others and scores[i] >= t)
        if not misread:
            return margin
    return MARGINS[-1]


def _named(ids: Sequence[str]) -> str:
    return f" ({' '.join(ids)})" if ids else ""


def margin_main(args: argparse.Namespace) -> int:
    """Round genre4's run: genre1 and logistic regression, today's rule and the margin
    rule, nested; careful pages and others read, pooled over the outer groups."""
    start = time.perf_counter()
    loaded = lr.numpy_and_pages("genre_nested_cv.py --margin")
    if loaded is None:
        return 2
    np, docs, shapes = loaded
    tries = GENRE4
    rules = ("today", "margin")
    pooled = {(s, r): [0, 0] for s in tries for r in rules}
    picks: dict[tuple[lr.Try, str], list[str]] = {(s, r): [] for s in tries for r in rules}
    all_rows = list(range(len(docs)))
    outer = groups(docs, all_rows, args.outer)
    sizes = [len(g) for g in outer]
    print(f"{len(docs)} train pages, {len({d.series for d in docs})} series; "
          f"{args.outer} outer groups ({sizes} pages), {args.inner} inner")  # fmt: skip
    for k, held in enumerate(outer):
        out_rows = set(held)
        train = [i for i in all_rows if i not in out_rows]
        inner_docs = [docs[i] for i in train]
        pos = {i: r for r, i in enumerate(train)}
        inner: dict[lr.Try, list[float]] = {s: [0.0] * len(train) for s in tries}
        parts = groups(docs, train, args.inner)
        for part in parts:
            in_part = set(part)
            rest = [i for i in train if i not in in_part]
            got = lr.fold_scores(np, docs, shapes, tries, rest, part)
            for s in tries:
                for i, v in zip(part, got[s], strict=True):
                    inner[s][pos[i]] = v
        inner_parts = [[pos[i] for i in part] for part in parts]
        final = lr.fold_scores(np, docs, shapes, tries, train, held)
        held_docs = [docs[i] for i in held]
        for s in tries:
            today = tg.threshold_for(inner_docs, inner[s], False)
            m = choose_margin(inner_docs, inner[s], inner_parts)
            margin = margin_threshold(inner_docs, inner[s], range(len(train)), m)
            for r, t, shown in (("today", today, f"@{today:.2f}"),
                                ("margin", margin, f"m{m:.2f} @{margin:.2f}")):  # fmt: skip
                got = tg.reading(held_docs, final[s], t, False)
                pooled[(s, r)][0] += got.careful
                pooled[(s, r)][1] += got.other
                wrong = [held_docs[i].id for i in _others(held_docs) if final[s][i] >= t]
                picks[(s, r)].append(f"{shown} {got.careful}/{got.other}{_named(wrong)}")
        print(f"  outer {k + 1}/{args.outer} done, {time.perf_counter() - start:.0f} s", flush=True)
    n1 = sum(d.careful for d in docs)
    cue = tg.reading(docs, None, 0.0, False)
    print(f"cue rule alone: careful read {cue.careful} of {n1}, others read {cue.other}")
    print("nested, pooled over the outer groups: careful read / others read")
    for s in tries:
        for r in rules:
            print(f"  {s!s:<28} {r:<7} {pooled[(s, r)][0]:4d} / {pooled[(s, r)][1]:2d}")
    print("per outer fold (threshold, careful/others read in the held-out group, and the")
    print("others the model reads beyond the cue rule):")
    for s in tries:
        for r in rules:
            print(f"  {s!s} {r}: " + "; ".join(picks[(s, r)]))
    print(f"{time.perf_counter() - start:.0f} s")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outer", type=int, default=10, help="outer groups of series")
    parser.add_argument("--inner", type=int, default=10, help="inner groups of series")
    parser.add_argument("--margin", action="store_true", help="round genre4: the margin rule")
    args = parser.parse_args(argv)
    if args.margin:
        return margin_main(args)
    start = time.perf_counter()
    loaded = lr.numpy_and_pages("genre_nested_cv.py")
    if loaded is None:
        return 2
    np, docs, shapes = loaded
    tries = lr.TRIES
    nb1 = tries[0]  # genre1's setting
    lrs = [s for s in tries if s.model == "lr"]
    methods: dict[str, list[lr.Try]] = {
        "nb genre1 (threshold inside)": [nb1],
        "lr, all genre2 settings": lrs,
        "lr, population all only": [s for s in lrs if s.population == "all"],
        "nb genre1 + all lr settings": [nb1, *lrs],
        **{f"  fixed {s!s}": [s] for s in tries},
    }
    pooled = {m: [0, 0] for m in methods}
    picks: dict[str, Counter[str]] = {m: Counter() for m in methods}
    all_rows = list(range(len(docs)))
    outer = groups(docs, all_rows, args.outer)
    sizes = [len(g) for g in outer]
    print(f"{len(docs)} train pages, {len({d.series for d in docs})} series; "
          f"{args.outer} outer groups ({sizes} pages), {args.inner} inner")  # fmt: skip
    for k, held in enumerate(outer):
        out_rows = set(held)
        train = [i for i in all_rows if i not in out_rows]
        inner_docs = [docs[i] for i in train]
        pos = {i: r for r, i in enumerate(train)}
        inner: dict[lr.Try, list[float]] = {s: [0.0] * len(train) for s in tries}
        for part in groups(docs, train, args.inner):
            in_part = set(part)
            rest = [i for i in train if i not in in_part]
            got = lr.fold_scores(np, docs, shapes, tries, rest, part)
            for s in tries:
                for i, v in zip(part, got[s], strict=True):
                    inner[s][pos[i]] = v
        final = lr.fold_scores(np, docs, shapes, tries, train, held)
        held_docs = [docs[i] for i in held]
        for m, among in methods.items():
            s, t = choose(inner_docs, inner, among)
            got = tg.reading(held_docs, final[s], t, False)
            pooled[m][0] += got.careful
            pooled[m][1] += got.other
            picks[m][f"{s} @{t:.2f}"] += 1
        print(f"  outer {k + 1}/{args.outer} done, {time.perf_counter() - start:.0f} s", flush=True)
    n1 = sum(d.careful for d in docs)
    cue = tg.reading(docs, None, 0.0, False)
    print(f"cue rule alone: careful read {cue.careful} of {n1}, others read {cue.other}")
    print("nested, pooled over the outer groups: careful read / others read")
    for m in methods:
        print(f"  {m:<44} {pooled[m][0]:4d} / {pooled[m][1]:2d}")
    print("choices (setting @threshold: outer folds), for the chosen methods:")
    for m in list(methods)[:4]:
        print(f"  {m}: " + "; ".join(f"{c} x{n}" for c, n in picks[m].most_common()))
    print(f"{time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    raise SystemExit(main())
