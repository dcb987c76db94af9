"""Round genre2's exploration: logistic regression against genre1's naive Bayes, under
train_genre.py's leave-series-out cross-validation (`python benchmarks/genre_lr_cv.py`).

Needs numpy, installed by hand (`pip install numpy`): it is no dependency of the
project, and nothing here is shipped; the genre model `check` reads is still made by
train_genre.py (pure Python). Each series of the TRAIN split is scored by a model
trained on the other series (the test split is never read); the pooled scores are read
as train_genre.py reads them (no offer, and the cue rule or the model), at the lowest
threshold that misreads no other page beyond the cue rule's, and at that threshold
raised by a margin of 0.1, 0.25 and 0.5 standard deviations of the no-offer pages'
scores above the highest-scoring other page (benchmarks/adverts/ROUNDS.md, genre2).

A setting: the model ("nb" or "lr"), the number of stems (best by mutual information in
the training folds, in at least `min_series` series), the L2 weight (lr) or smoothing
(nb), the population trained on ("no-offer" or "all" train pages) and whether four
numbers of the page's shape are added (share of first and second person words, of
sentences with a year, of sentences with a name-like pair of capitalised words, of
question lines; standardised on the training folds).

    python benchmarks/genre_lr_cv.py     # no options; minutes, one setting a line

Prints, per setting, the careful pages and other pages read at the lowest threshold,
then the careful pages read at each margin, and the seconds taken. Without numpy it
prints one line saying so and exits 2.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import train_genre as tg  # noqa: E402

PERSON = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "ours",
        "you",
        "your",
        "yours",
        "i'm",
        "we're",
        "you're",
        "we've",
        "i've",
        "you'll",
        "we'll",
    ]
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
NAME = re.compile(r"(?<=[a-z,;] )(?:Dr\.? )?[A-Z][a-z]+ [A-Z][a-z]+")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


class Try(NamedTuple):
    model: str
    features: int
    strength: float
    population: str
    shape: bool = False
    min_series: int = 3

    def __str__(self) -> str:
        extra = (" +shape" if self.shape else "") + f" ms{self.min_series}"
        return f"{self.model} {self.features} {self.strength} {self.population}{extra}"


TRIES = (
    Try("nb", 200, 0.5, "no-offer"),  # genre1's chosen setting
    Try("nb", 200, 0.5, "all"),
    *(Try("lr", n, lam, "no-offer") for n in (100, 200, 300) for lam in (0.001, 0.01, 0.03, 0.1)),
    Try("lr", 500, 0.01, "no-offer"),
    Try("lr", 200, 0.01, "no-offer", shape=True),
    Try("lr", 500, 0.01, "no-offer", shape=True),
    Try("lr", 0, 0.01, "no-offer", shape=True),
    *(
        Try("lr", n, lam, "all")
        for n, lam in (
            (100, 0.01),
            (200, 0.003),
            (200, 0.01),
            (200, 0.03),
            (300, 0.01),
            (500, 0.01),
        )
    ),
    Try("lr", 200, 0.01, "all", shape=True),
    Try("lr", 200, 0.01, "all", min_series=6),
)


def shape(text: str) -> tuple[float, float, float, float]:
    words = WORD.findall(text.casefold().replace("\u2019", "'"))
    person = sum(w in PERSON for w in words) / max(len(words), 1)
    sentences = [s for s in SENTENCE_END.split(text.replace("\n", " ")) if s.strip()]
    n = max(len(sentences), 1)
    year = sum(bool(YEAR.search(s)) for s in sentences) / n
    name = sum(bool(NAME.search(s)) for s in sentences) / n
    lines = [line for line in text.splitlines() if line.strip()]
    questions = sum(line.rstrip().endswith("?") for line in lines) / max(len(lines), 1)
    return person, year, name, questions


def fit_lr(np: Any, x: Any, y: Any, lam: float, steps: int = 250) -> tuple[Any, float]:
    """L2 logistic regression by Nesterov's accelerated gradient descent, the step one
    over the gradient's Lipschitz bound (power iteration)."""
    n, d = x.shape
    v = np.ones(d) / math.sqrt(max(d, 1))
    for _ in range(30):
        v = x.T @ (x @ v)
        v /= np.linalg.norm(v)
    step = 1.0 / (float(v @ (x.T @ (x @ v))) / (4 * n) + lam + 0.25)
    w, b, wz, bz, t = np.zeros(d), 0.0, np.zeros(d), 0.0, 1.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ wz + bz)))
        w_new = wz - step * (x.T @ (p - y) / n + lam * wz)
        b_new = bz - step * float(np.mean(p - y))
        t_new = (1 + math.sqrt(1 + 4 * t * t)) / 2
        wz = w_new + (t - 1) / t_new * (w_new - w)
        bz = b_new + (t - 1) / t_new * (b_new - b)
        w, b, t = w_new, b_new, t_new
    return w, b


def fold_scores(np: Any, docs: Sequence[tg.Doc], shapes: Any, tries: Sequence[Try],
                train: Sequence[int], held: Sequence[int]
                ) -> dict[Try, list[float]]:  # fmt: skip
    """Each setting's scores of the `held` rows, by its model trained on `train` rows."""
    out: dict[Try, list[float]] = {}
    for population in sorted({s.population for s in tries}):
        rest = [i for i in train if population == "all" or not docs[i].offer]
        found = tg.counts([docs[i] for i in rest])
        ranked: dict[int, list[str]] = {}
        for s in (s for s in tries if s.population == population):
            if s.min_series not in ranked:
                ranked[s.min_series] = tg.ranked(found, s.min_series)
            stems = ranked[s.min_series][: s.features]
            if s.model == "nb":
                setting = tg.Setting("nb", s.features, s.min_series, s.strength, population)
                model = tg.fit(found, stems, setting)
                out[s] = [model.score(docs[i].stems) for i in held]
                continue
            index = {stem: k for k, stem in enumerate(stems)}

            def matrix(rows: Sequence[int], index: dict[str, int] = index, s: Try = s) -> Any:
                x = np.zeros((len(rows), len(index)))
                for r, i in enumerate(rows):
                    for stem in docs[i].stems & index.keys():
                        x[r, index[stem]] = 1.0
                return np.hstack([x, shapes[list(rows)]]) if s.shape else x

            x, y = matrix(rest), np.array([docs[i].careful for i in rest], float)
            xh = matrix(held)
            if s.shape:
                mu, sd = x[:, len(stems) :].mean(0), x[:, len(stems) :].std(0) + 1e-9
                x[:, len(stems) :] = (x[:, len(stems) :] - mu) / sd
                xh[:, len(stems) :] = (xh[:, len(stems) :] - mu) / sd
            w, b = fit_lr(np, x, y, s.strength)
            out[s] = [float(v) for v in xh @ w + b]
    return out


def cross_validated(np: Any, docs: list[tg.Doc], shapes: Any, tries: tuple[Try, ...]
                    ) -> dict[Try, list[float]]:  # fmt: skip
    """Leave-series-out: each series scored by models trained on all the others."""
    scores = {s: [0.0] * len(docs) for s in tries}
    for name in sorted({d.series for d in docs}, key=lambda s: (len(s), s)):
        held = [i for i, d in enumerate(docs) if d.series == name]
        train = [i for i, d in enumerate(docs) if d.series != name]
        for s, found in fold_scores(np, docs, shapes, tries, train, held).items():
            for i, score in zip(held, found, strict=True):
                scores[s][i] = score
    return scores


def numpy_and_pages(script: str) -> tuple[Any, list[tg.Doc], Any] | None:
    """numpy, the train pages as documents and their shape numbers; None (after one line
    saying so) without numpy, which is no dependency of stemcell."""
    try:
        import numpy as np
    except ImportError:
        print(f"{script} needs numpy (pip install numpy): it is no dependency of stemcell")
        return None
    from check_quality import load_pages

    docs = tg.pages()
    text = {p.id: p.text for p in load_pages() if p.split == "train"}
    return np, docs, np.array([shape(text[d.id]) for d in docs])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=" ".join((__doc__ or "").split("\n\n")[0].split()))
    parser.parse_args(argv)  # no options: `--help` answers without numpy
    start = time.perf_counter()
    loaded = numpy_and_pages("genre_lr_cv.py")
    if loaded is None:
        return 2
    np, docs, shapes = loaded
    found = cross_validated(np, docs, shapes, TRIES)
    cues = tg._warning_cues()
    print("leave-series-out, pooled: careful read / others read at the lowest threshold;")
    print("then careful read with the threshold 0.1 / 0.25 / 0.5 sd above the top other page")
    for s in TRIES:
        scores = found[s]
        t = tg.threshold_for(docs, scores, False)
        got = tg.reading(docs, scores, t, False)
        spread = float(np.std([scores[i] for i, d in enumerate(docs) if not d.offer]))
        top = max(scores[i] for i, d in enumerate(docs)
                  if not d.offer and not d.careful and d.cues < cues)  # fmt: skip
        margins = [tg.reading(docs, scores, top + m * spread + 1e-9, False).careful
                   for m in (0.1, 0.25, 0.5)]  # fmt: skip
        print(f"  {s!s:<32} {got.careful:4d} / {got.other:2d}   margins {margins}")
    print(f"{time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    raise SystemExit(main())
