"""Replay every stored first-run error: `python benchmarks/first_run_replay.py`.

Each series' first-run train errors are kept with their sentences in
benchmarks/adverts/first-runs/XX-misses.txt, one entry per missed or falsely raised
label of a train page (the page's sentence, often the original's, and a diagnosis).
This script reads every entry, runs its page sentence(s) alone through today's matcher
in this process, and counts, per label and category, for the warning signs and overall:
of the stored false alarms, how many today's matcher still raises on the sentence alone;
of the stored misses, how many it now finds. It asks whether the rules made since carry
to the errors of the series they were not built from (issue 14; rounds signs1, signs2).

A sentence alone is not its page: a page-level reading (a careful page read as a
warning, many-conditions counted over a page) cannot be replayed so, and the script says
how many entries are of such kinds. Read-only; train entries only (the files hold no
test page). An entry it cannot read is counted and named, never a traceback.

    python benchmarks/first_run_replay.py                  # series ck to the latest
    python benchmarks/first_run_replay.py --since a        # every series
    python benchmarks/first_run_replay.py --since ck --until gf
    python benchmarks/first_run_replay.py --sign promised-results   # its entries still wrong
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

import yaml
from first_runs import SERIES_NAME, Unreadable, run_text, series_key, series_names_valid

#: Ids the data used before the corpus vocabulary was fixed (as check_quality.py has).
RENAMED = {"revolution-language": "miracle-language"}

FIRST_RUNS = Path(__file__).resolve().parent / "adverts" / "first-runs"
DATA = Path(__file__).resolve().parent.parent / "data"
#: How an entry names its category, and the category check_quality.py's finder reports.
CATEGORY = {"benefit": "benefits", "condition": "conditions", "red_flag": "red_flags"}
KINDS = ("false alarm", "miss")
_LABEL = r"(benefit|condition|red[_ ]flag)s?:?\s+([a-z][a-z0-9]*(?:-[a-z0-9]+)*)"
_KIND = r"(miss(?:ed)?|false[ -]alarm)"
#: An entry's heading line starting with its page: "3. ck01 false alarm red_flag X",
#: "MISS aa01 condition X", "h01-some-slug: benefit X (clear)", "- bw01 red_flag X, on ...".
PAGE_HEADING = re.compile(
    r"^ {0,3}(\d+[.)]\s+|[-*]\s+)?(?:(MISS(?:ED)?|FALSE ALARM|FN|FP)\s+)?"
    r"([a-z]{1,2}\d{2})(?:-[a-z0-9.-]+)?(?=[\s:,(]|$)",
    re.IGNORECASE,
)
#: An entry under a page heading of its own (series ag, cb): "  false alarm benefit X: ...".
KIND_HEADING = re.compile(r"^\s+" + _KIND + r",?\s+" + _LABEL, re.IGNORECASE)
KIND = re.compile(_KIND, re.IGNORECASE)
#: Every (kind, category, label) a heading names: one heading may hold two entries.
KIND_LABEL = re.compile(_KIND + r",?\s+" + _LABEL, re.IGNORECASE)
#: More entries of the same kind numbered on in one heading: "..., 9. fda-status-claim".
MORE_LABELS = re.compile(r"(?:,|\band)\s+\d+\.\s+([a-z]+(?:-[a-z]+)+)")
#: A label named with no kind or category before it: "1. bq01 own-cells-so-safe (clear)".
BARE_LABEL = re.compile(r"(?<![\w-])([a-z]+(?:-[a-z]+)+|[a-z]+)(?![\w-])")
#: A section heading that gives the kind of the entries below it: "MISSES (7)".
SECTION = re.compile(r"^(MISSES|FALSE ALARMS|Misses|False alarms)\b")
#: A section of notes, not entries: a heading there names its kind or is no entry.
NOTES = re.compile(r"^(Not misses|Not scored|Also noted|Not counted)\b", re.IGNORECASE)
#: Where a line stops giving the page's sentence and starts the original's, a finding's
#: words or the diagnosis.
NOT_THE_PAGE = re.compile(
    r"\((?:matched|finding text|found as|original)\b|^\s*(?:original|diagnosis)\b",
    re.IGNORECASE,
)
THE_PAGE = re.compile(r"^\s*(?:paraphrase|sentences?|page)\b[^:]*:", re.IGNORECASE)
QUOTE = re.compile(r'"((?:[^"\\]|\\.)+)"')
#: Entries a sentence alone cannot stand for: a careful page's reading, a count over a page.
PAGE_LEVEL_LABELS = frozenset({"many-conditions"})
CAREFUL = re.compile(r"\bcareful\b", re.IGNORECASE)
UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e]")


class Entry(NamedTuple):
    source: str  # "ck-misses.txt:12"
    page: str
    kind: str  # "false alarm" or "miss"
    category: str  # "benefits", "conditions", "red_flags"
    label: str
    sentences: tuple[str, ...]
    careful: bool


class Replay(NamedTuple):
    entries: list[tuple[Entry, bool]]  # each entry and whether it is still wrong
    unparsed: list[str]  # "file:line: why"
    files: list[Path]


def misses_files(since: str, until: str | None, folder: Path = FIRST_RUNS) -> list[Path]:
    found = []
    for path in folder.glob("*-misses.txt"):
        name = path.name[: -len("-misses.txt")]
        if not SERIES_NAME.fullmatch(name):
            continue  # copies kept under older names (firstrun-bm)
        if series_key(name) < series_key(since):
            continue
        if until is not None and series_key(name) > series_key(until):
            continue
        found.append(path)
    return sorted(found, key=lambda path: series_key(path.name[: -len("-misses.txt")]))


def label_categories(folder: Path = DATA) -> dict[str, str]:
    """Each label id of the shipped data and its category ("benefits", ...)."""
    ids = {}
    for category in CATEGORY.values():
        data = yaml.safe_load((folder / f"{category}.yaml").read_text(encoding="utf-8"))
        ids.update({entry["id"]: category for entry in data[category]})
    ids.update({old: ids[new] for old, new in RENAMED.items() if new in ids})
    return ids


def _kind(word: str) -> str:
    return "miss" if word.lower().startswith("miss") else "false alarm"


def _quotes(text: str) -> list[str]:
    pieces = []
    for quoted in QUOTE.findall(text):
        for piece in re.split(r"\s*(?:\.\.\.|…)\s*", quoted.replace('\\"', '"')):
            if len(piece.split()) >= 2:  # a sentence, not a single matched word
                pieces.append(piece.strip())
    return pieces


def _page_text(heading_rest: str, body: list[str]) -> list[str]:
    """The page's sentences of one entry: the quotes of its heading and its body before
    the original's and the diagnosis; unquoted, what follows "sentence:"."""
    kept: list[str] = []
    plain: list[str] = []
    keeping = True
    for line in [heading_rest, *body]:
        labelled = THE_PAGE.match(line)
        if labelled:
            keeping = True
        cut = NOT_THE_PAGE.search(line)
        text = line[: cut.start()] if cut else line
        if keeping:
            kept.append(text.strip())
            if labelled or plain:
                plain.append(text[labelled.end() :] if labelled else text.strip())
        if cut:
            keeping = False
    pieces = _quotes(" ".join(kept))
    if pieces:
        return pieces
    unquoted = " ".join(" ".join(plain).split())
    return [unquoted] if len(unquoted.split()) >= 2 else []


class _Heading(NamedTuple):
    number: int
    page: str
    named: list[tuple[str, str]]  # (kind, label)
    rest: str


def _headings(
    name: str, lines: list[str], known: dict[str, str]
) -> tuple[list[_Heading], list[str]]:
    """The entry headings of one file, each with its page and (kind, label)s, and each
    numbered heading that names no label or no kind ("file:line: why")."""
    headings: list[_Heading] = []
    unparsed: list[str] = []
    section = ""
    page = ""
    for number, line in enumerate(lines):
        if line.startswith("#"):
            continue
        if NOTES.match(line):
            section = "notes"
            continue
        if SECTION.match(line):
            section = "miss" if line.lower().startswith("miss") else "false alarm"
            continue
        heading = PAGE_HEADING.match(line)
        under = None if heading else KIND_HEADING.match(line)
        if heading is None and under is None:
            continue
        if heading:
            page = heading.group(3).lower()
        rest = line[heading.end() :] if heading else line
        wrapped = heading and KIND.search(rest) and not KIND_LABEL.search(rest)
        if wrapped and number + 1 < len(lines):
            after = lines[number + 1]
            if after[:1].isspace() and KIND_LABEL.search(f"{rest} {after.strip()}"):
                rest = f"{rest} {after.strip()}"  # a heading wrapped onto two lines (ab)
        named = [(_kind(k), lab) for k, _, lab in KIND_LABEL.findall(rest) if lab in known]
        if named:
            more = MORE_LABELS.findall(rest.split('"', 1)[0])
            named += [(named[-1][0], label) for label in more if label in known]
        prefix = heading.group(2) if heading else None
        before = re.split(r'"|, on\b', rest, maxsplit=1)[0]
        bare = [lab for lab in BARE_LABEL.findall(before) if lab in known]
        if not named and bare:
            kind = _kind(prefix) if prefix else section
            if kind in KINDS:
                named = [(kind, label) for label in bare]
        if not named:
            numbered = heading is not None and ((heading.group(1) or "")[:1].isdigit() or prefix)
            if section == "notes" or not numbered:
                continue  # a page's own heading, or a note naming a page
            why = "no kind (missed or false alarm)" if bare else "no label"
            unparsed.append(f"{name}:{number + 1}: {why}: {line.strip()[:60]}")
            continue
        headings.append(_Heading(number, page, named, rest))
    return headings, unparsed


def parse(name: str, text: str, known: dict[str, str]) -> tuple[list[Entry], list[str]]:
    """The entries of one misses file, and each heading it could not read ("file:line:
    why"); `known` gives each label id its category."""
    lines = text.splitlines()
    headings, unparsed = _headings(name, lines, known)
    entries: list[Entry] = []
    shared: tuple[str, ...] = ()
    for at in reversed(range(len(headings))):
        number, page, named, rest = headings[at]
        end = headings[at + 1].number if at + 1 < len(headings) else len(lines)
        body = []
        for line in lines[number + 1 : end]:
            if line.strip() and not line[0].isspace():
                break  # the entry's indented body has ended
            body.append(line)
        sentences = tuple(_page_text(rest, body))
        if not sentences and end == number + 1:
            sentences = shared  # two headings over one body (series cb)
        shared = sentences
        if not sentences:
            why = f"{name}:{number + 1}: no quoted sentence: {lines[number].strip()[:60]}"
            unparsed.append(why)
            continue
        careful = bool(CAREFUL.search(lines[number]))
        for kind, label in named:
            label = RENAMED.get(label, label)
            source = f"{name}:{number + 1}"
            entries.append(Entry(source, page, kind, known[label], label, sentences, careful))
    entries.reverse()
    return entries, sorted(unparsed, key=lambda why: int(why.split(":")[1]))


def read_entries(files: Iterable[Path]) -> tuple[list[Entry], list[str]]:
    """Every entry of the files, and every heading or file that could not be read."""
    all_entries: list[Entry] = []
    unparsed: list[str] = []
    known = label_categories()
    for path in files:
        try:
            text = run_text(path)
        except Unreadable as err:
            unparsed.append(f"{err}")
            continue
        found, bad = parse(path.name, text, known)
        all_entries += found
        unparsed += bad
    return all_entries, unparsed


Finder = Callable[[str], dict[str, set[str]]]


def still_wrong(entry: Entry, find: Finder) -> bool:
    """A false alarm still raised, or a miss still not found, on the entry's sentences
    read alone (together, one a line, so a list spread over two is read as one)."""
    found = entry.label in find("\n".join(entry.sentences)).get(entry.category, set())
    return found if entry.kind == "false alarm" else not found


def replay(files: list[Path], find: Finder) -> Replay:
    entries, unparsed = read_entries(files)
    return Replay([(entry, still_wrong(entry, find)) for entry in entries], unparsed, files)


def page_level(entry: Entry) -> bool:
    return entry.careful or entry.label in PAGE_LEVEL_LABELS


def _row(name: str, results: list[tuple[Entry, bool]]) -> str:
    alarms = [wrong for entry, wrong in results if entry.kind == "false alarm"]
    misses = [wrong for entry, wrong in results if entry.kind == "miss"]
    raised, found = sum(alarms), len(misses) - sum(misses)
    return f"  {name:<32} {len(alarms):>6} {raised:>6} {len(misses):>6} {found:>6}"


def table(result: Replay) -> list[str]:
    first = result.files[0].name.split("-")[0]
    last = result.files[-1].name.split("-")[0]
    entries = result.entries
    lines = [
        f"first-run errors replayed: {len(entries)} entries of the {len(result.files)} "
        f"series {first} to {last}, each sentence alone; {len(result.unparsed)} not parsed",
        f"  {'label':<32} {'false':>6} {'still':>6} {'missed':>6} {'now':>6}",
        f"  {'':<32} {'alarms':>6} {'raised':>6} {'':>6} {'found':>6}",
    ]
    for category in CATEGORY.values():
        in_category = [(e, w) for e, w in entries if e.category == category]
        for label in sorted({entry.label for entry, _ in in_category}):
            lines.append(_row(label, [(e, w) for e, w in in_category if e.label == label]))
        lines.append(_row(f"all {category}", in_category))
    lines.append(_row("overall", entries))
    levels = [(e, w) for e, w in entries if page_level(e)]
    lines += [
        _row("page-level (careful, many-cond.)", levels),
        f"page-level entries: {len(levels)} (on a careful page "
        f"{sum(e.careful for e, _ in levels)}, many-conditions "
        f"{sum(e.label in PAGE_LEVEL_LABELS for e, _ in levels)}): a sentence alone is not "
        "their page",
    ]
    lines += [f"not parsed: {why}" for why in result.unparsed]
    return lines


def wrong_for(result: Replay, label: str) -> list[str]:
    lines = []
    for entry, wrong in result.entries:
        if entry.label != label or not wrong:
            continue
        state = "still raised" if entry.kind == "false alarm" else "still missed"
        lines.append(f"{entry.source} {entry.page} {state}: {' / '.join(entry.sentences)}")
    of_label = sum(entry.label == label for entry, _ in result.entries)
    lines.append(f"{label}: {len(lines)} of {of_label} entries still wrong")
    return [UNPRINTABLE.sub("?", line) for line in lines]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--since", default="ck", help="first series to replay (default ck)")
    parser.add_argument("--until", default=None, help="last series (default: latest)")
    parser.add_argument("--sign", default=None, help="list the entries of this label still wrong")
    args = parser.parse_args(argv)
    if not series_names_valid("first_run_replay.py", args.since, args.until):
        return 2
    files = misses_files(args.since, args.until)
    if not files:
        print(
            f"first_run_replay.py: no misses file in {FIRST_RUNS} for those series", file=sys.stderr
        )
        return 1
    from check_quality import in_process_finder

    result = replay(files, in_process_finder())
    if args.sign is None:
        lines = table(result)
    else:
        lines = wrong_for(result, args.sign)
        if not any(entry.label == args.sign for entry, _ in result.entries):
            print(f"first_run_replay.py: no entry for {args.sign!r}", file=sys.stderr)
            return 1
    print("\n".join(UNPRINTABLE.sub("?", line) for line in lines))
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    raise SystemExit(main())
