"""Pool the first runs of the labelled series: `python benchmarks/first_runs.py`.

Each series of benchmarks/adverts/ is scored once on arrival, before any rule is made
for it (`python benchmarks/check_quality.py --pages XX`), and that output is kept as
benchmarks/adverts/first-runs/XX.txt. Those first runs are the honest figure for a page
`check` has never seen. This script adds up their hits, false alarms and misses (both
splits of each series) per category and prints precision, recall and F1, the figure the
README's "How well it works" quotes as "first runs".

By default it pools series ck to the latest: from ck on, every series was scored on
arrival after all the rounds before it (benchmarks/adverts/HISTORY.md); the series
before ck were partly scored later, after rounds made from them.

    python benchmarks/first_runs.py                 # series ck to the latest
    python benchmarks/first_runs.py --since ff      # series ff to the latest
    python benchmarks/first_runs.py --since ck --until fg
"""

from __future__ import annotations

import argparse
import os
import re
import stat
import sys
from collections import Counter
from pathlib import Path

FIRST_RUNS = Path(__file__).resolve().parent / "adverts" / "first-runs"
CATEGORIES = ("benefits", "conditions", "red_flags", "overall")
SERIES_NAME = re.compile(r"[a-z]{1,2}")
#: A category's row in check_quality.py's table: name, precision, recall, F1, TP, FP, FN.
ROW = re.compile(r"^\s+(\w+)\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+(\d+)\s+(\d+)\s+(\d+)\s*$")
#: A split's heading: "train (8 pages)".
SPLIT = re.compile(r"^(train|test) \((\d+) pages?\)")
#: A first run is check_quality.py's table, a few KB; a file past this is not one.
MAX_BYTES = 1024 * 1024


class Unreadable(Exception):
    """A first run that cannot be read as one: said in one line, never a traceback."""


def run_text(path: Path) -> str:
    """A first run's text: a regular file (a folder, a FIFO, a device or a broken link
    is refused, and a FIFO is never waited on), at most MAX_BYTES, in UTF-8 (attack10:
    each was a traceback, the FIFO a hang)."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as err:
        raise Unreadable(f"{path.name}: {err.strerror}") from None
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise Unreadable(f"{path.name}: not a regular file")
        raw = b""
        while len(raw) <= MAX_BYTES and (chunk := os.read(handle, MAX_BYTES + 1 - len(raw))):
            raw += chunk
    except OSError as err:
        raise Unreadable(f"{path.name}: {err.strerror}") from None
    finally:
        os.close(handle)
    if len(raw) > MAX_BYTES:
        raise Unreadable(f"{path.name}: larger than {MAX_BYTES} bytes")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise Unreadable(f"{path.name}: not UTF-8 (byte {err.start})") from None


def series_key(name: str) -> tuple[int, str]:
    """Series are named a to z, then aa to zz: shorter names came first."""
    return (len(name), name)


def series_names_valid(script: str, *names: str | None) -> bool:
    """Whether each of `--since` and `--until` given is a series name (one or two small
    letters); if not, one line on stderr naming `script` and the bad name."""
    for name in names:
        if name is not None and not SERIES_NAME.fullmatch(name):
            print(f"{script}: {name!r} is no series name (one or two letters)", file=sys.stderr)
            return False
    return True


def first_run_files(since: str, until: str | None) -> list[Path]:
    runs = []
    for path in FIRST_RUNS.glob("*.txt"):
        name = path.stem
        if not SERIES_NAME.fullmatch(name):
            continue  # the misses files, and first runs kept under older names
        if series_key(name) < series_key(since):
            continue
        if until is not None and series_key(name) > series_key(until):
            continue
        runs.append(path)
    return sorted(runs, key=lambda path: series_key(path.stem))


def counts_of(path: Path) -> tuple[dict[str, Counter[str]], int]:
    """One first run's TP/FP/FN per category, over its splits, and its page count
    (Unreadable when it is no first run)."""
    counts: dict[str, Counter[str]] = {name: Counter() for name in CATEGORIES}
    pages = 0
    for line in run_text(path).splitlines():
        split = SPLIT.match(line)
        if split:
            pages += int(split.group(2))
            continue
        row = ROW.match(line)
        if row and row.group(1) in counts:
            tp, fp, fn = (int(group) for group in row.group(2, 3, 4))
            counts[row.group(1)].update({"tp": tp, "fp": fp, "fn": fn})
    if not pages:  # (a truncated or stray file would add nothing, unseen)
        raise Unreadable(f"{path.name}: no split heading like 'train (8 pages)'")
    return counts, pages


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--since", default="ck", help="first series to pool (default ck)")
    parser.add_argument("--until", default=None, help="last series to pool (default: latest)")
    args = parser.parse_args(argv)
    if not series_names_valid("first_runs.py", args.since, args.until):
        return 2
    runs = first_run_files(args.since, args.until)
    if not runs:
        print(f"first_runs.py: no first run in {FIRST_RUNS} for those series", file=sys.stderr)
        return 1
    totals: dict[str, Counter[str]] = {name: Counter() for name in CATEGORIES}
    pages = 0
    for path in runs:
        try:
            counts, run_pages = counts_of(path)
        except Unreadable as err:
            print(f"first_runs.py: cannot read the first run {err}", file=sys.stderr)
            return 1
        pages += run_pages
        for name in CATEGORIES:
            totals[name].update(counts[name])
    first, last = runs[0].stem, runs[-1].stem
    print(f"first runs of the {len(runs)} series {first} to {last} ({pages} pages)")
    print("  category    precision recall    F1   TP   FP   FN")
    for name in CATEGORIES:
        tp, fp, fn = totals[name]["tp"], totals[name]["fp"], totals[name]["fn"]
        precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
        f1 = ratio(2 * precision * recall, precision + recall) if precision + recall else 0.0
        print(f"  {name:<11} {precision:>9.2f} {recall:>6.2f} {f1:>5.2f} {tp:>4} {fp:>4} {fn:>4}")
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    sys.exit(main())
