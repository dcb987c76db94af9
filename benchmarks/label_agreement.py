"""How far a blind second reader agrees with the labels of the advert corpus.

    python benchmarks/label_agreement.py SECOND_DIR [--group red_flags] [--list]

SECOND_DIR holds one `<page id>.yaml` per page the second reader labelled, with the
same groups as the corpus (`red_flags: {cure-claim: clear, ...}`). Only pages found
there whose file has the group (`conditions: {}` counts, a missing key does not) are
compared, so pages read for some groups only are left out of the others. Each page x
label id of the group's vocabulary (read from benchmarks/adverts/README.md) is one
decision, present (clear or borderline) or absent; the script prints, per split, the
share of decisions both readers made alike, Cohen's kappa over present/absent, and how
many disagreements involve a clear label (the ones that change scores). It never runs
the matcher.

    python benchmarks/label_agreement.py SECOND_DIR --as-finder

scores the second reader the way `check_quality.py` scores `check`: the reader's clear
labels are the findings, and each page's labels as its labeller first committed them
(read from git, before any second reading changed them) are the truth; a finding on a
borderline label counts neither way. It prints precision and recall per split and
category: how well a careful person, reading blind, meets the targets `check` is held to.
It runs two git commands a page, so over the whole second reader it takes minutes (about
4 on the shared 2-CPU machine, 2026-11-28).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ADVERTS = Path(__file__).resolve().parent / "adverts"
Labels = dict[str, dict[str, str]]


@dataclass(frozen=True)
class Page:
    id: str
    split: str
    labels: Labels


@dataclass(frozen=True)
class Agreement:
    decisions: int
    alike: int
    kappa: float
    clear_disagreements: int
    disagreements: list[tuple[str, str, str, str]]  # page, label, first, second
    strength: list[tuple[str, str, str, str]]  # both present, one clear, one borderline


def vocabulary(readme: Path) -> dict[str, list[str]]:
    """Label ids per group, from the "### group" lists of the corpus README."""
    groups: dict[str, list[str]] = {}
    current: str | None = None
    for line in readme.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"### (\w+)", line)
        if heading:
            current = heading.group(1)
            groups[current] = []
        elif line.startswith("## "):
            current = None
        elif current is not None:
            item = re.match(r"- ([a-z0-9-]+):", line)
            if item:
                groups[current].append(item.group(1))
    return groups


def _groups(raw: object) -> Labels:
    if not isinstance(raw, dict):
        return {}
    return {
        str(group): {str(k): str(v) for k, v in (ids or {}).items()}
        for group, ids in raw.items()
        if isinstance(ids, dict) or ids is None
    }


def load_corpus(folder: Path) -> dict[str, Page]:
    pages: dict[str, Page] = {}
    for path in sorted(folder.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        pages[doc["id"]] = Page(doc["id"], doc["split"], _groups(doc.get("labels")))
    return pages


def load_second(folder: Path) -> dict[str, Labels]:
    return {
        path.stem: _groups(yaml.safe_load(path.read_text(encoding="utf-8")))
        for path in sorted(folder.glob("*.yaml"))
    }


def compared_pages(
    corpus: dict[str, Page], second: dict[str, Labels], group: str, split: str
) -> list[Page]:
    """The pages of one split that the second reader labelled for this group."""
    return [
        page for page in corpus.values() if page.split == split and group in second.get(page.id, {})
    ]


def compare(pages: list[Page], second: dict[str, Labels], group: str, ids: list[str]) -> Agreement:
    both = first_only = second_only = neither = clear = 0
    disagreements: list[tuple[str, str, str, str]] = []
    strength: list[tuple[str, str, str, str]] = []
    for page in pages:
        mine = page.labels.get(group, {})
        theirs = second[page.id].get(group, {})
        for label in ids:
            a, b = mine.get(label, ""), theirs.get(label, "")
            if a and b:
                both += 1
            elif a:
                first_only += 1
            elif b:
                second_only += 1
            else:
                neither += 1
            if bool(a) != bool(b):
                disagreements.append((page.id, label, a or "-", b or "-"))
                clear += "clear" in (a, b)
            elif a != b:
                strength.append((page.id, label, a, b))
    n = both + first_only + second_only + neither
    observed = (both + neither) / n if n else 1.0
    p_first, p_second = (both + first_only) / n if n else 0, (both + second_only) / n if n else 0
    expected = p_first * p_second + (1 - p_first) * (1 - p_second)
    kappa = (observed - expected) / (1 - expected) if expected < 1 else 1.0
    return Agreement(n, both + neither, kappa, clear, disagreements, strength)


def first_labels(page_id: str) -> Labels | None:
    """A page's labels as first committed (following renames), from git; None when git
    does not show where it was added (a page that came in by a merge)."""
    path = next(ADVERTS.glob(f"{page_id}.yaml"))
    log = subprocess.run(
        ["git", "log", "--follow", "--diff-filter=A", "--name-only", "--format=%H", "--", path],
        capture_output=True, text=True, check=True, cwd=ADVERTS,
    ).stdout.split()  # fmt: skip
    if len(log) < 2:
        return None
    commit, name = log[-2], log[-1]
    shown = subprocess.run(
        ["git", "show", f"{commit}:{name}"], capture_output=True, text=True, check=True, cwd=ADVERTS
    ).stdout
    return _groups(yaml.safe_load(shown).get("labels"))


def as_finder(corpus: dict[str, Page], second: dict[str, Labels]) -> None:
    """Print the second reader's clear labels scored as findings against the first labels."""
    tallies: dict[tuple[str, str], list[int]] = {}
    unknown = []
    for page_id, theirs in second.items():
        split, truth = corpus[page_id].split, first_labels(page_id)
        if truth is None:
            unknown.append(page_id)
            continue
        for group, ids in theirs.items():
            labels = truth.get(group, {})
            found = {label for label, call in ids.items() if call == "clear"}
            clear = {label for label, call in labels.items() if call == "clear"}
            tally = tallies.setdefault((split, group), [0, 0, 0])
            tally[0] += len(found & clear)
            tally[1] += len(found - set(labels))
            tally[2] += len(clear - found)
    print(
        f"second reader's clear labels scored as findings, against the first labels"
        f" ({len(second) - len(unknown)} pages; left out, first labels not in git: {len(unknown)})"
    )
    for (split, group), (tp, fp, fn) in sorted(tallies.items(), key=lambda item: item[0]):
        precision, recall = tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0
        print(
            f"  {split:5} {group:10} precision {precision:.2f} recall {recall:.2f}"
            f"  ({tp} found, {fp} false alarms, {fn} missed)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("second_dir", type=Path)
    parser.add_argument("--group", default="red_flags")
    parser.add_argument("--list", action="store_true", help="print every disagreement")
    parser.add_argument(
        "--as-finder", action="store_true", help="score the second reader as `check` is scored"
    )
    args = parser.parse_args(argv)
    ids = vocabulary(ADVERTS / "README.md").get(args.group)
    if not ids:
        print(f"label_agreement: no group {args.group!r} in the corpus README", file=sys.stderr)
        return 2
    corpus = load_corpus(ADVERTS)
    second = load_second(args.second_dir)
    unknown = sorted(set(second) - set(corpus))
    if unknown:
        print(f"label_agreement: not in the corpus: {', '.join(unknown)}", file=sys.stderr)
        return 2
    if args.as_finder:
        as_finder(corpus, second)
        return 0
    print(f"{args.group}: first labels vs second reader ({args.second_dir})")
    for split in ("train", "test"):
        pages = compared_pages(corpus, second, args.group, split)
        result = compare(pages, second, args.group, ids)
        share = result.alike / result.decisions if result.decisions else 1.0
        print(
            f"  {split:5} {len(pages):2} pages, {result.decisions} decisions: "
            f"agreement {share:.3f}, kappa {result.kappa:.2f}, "
            f"{len(result.disagreements)} disagreements "
            f"({result.clear_disagreements} with a clear label), "
            f"{len(result.strength)} clear/borderline differences"
        )
        if args.list:
            for page_id, label, a, b in result.disagreements + result.strength:
                print(f"    {page_id:50} {label:26} first {a:10} second {b}")
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    raise SystemExit(main())
