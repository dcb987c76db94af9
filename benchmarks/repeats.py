"""Sentences of our own that say the same thing twice on one page (dedupe1).

    python benchmarks/repeats.py [--pairs] [--seed FILE]

For each `explain` page (every condition, benefit and topic; the short page and
`--full`) and for `check`'s report on the seed advert, the pairs of sentences of our
own words that say nearly the same thing: content words (stems, `check.words.stemmer`) that
overlap by 0.6 or more (Dice: twice the shared stems over the stems of both), or the
same first four words (`plainlang.says_again`). Advert quotes (“...”), the sources
and the list of terms are not our sentences and are left out. Prints the count per
page and the total; `--pairs` lists each pair once, with the pages it is on.
Sentences are split as tests/plainlang.py splits them.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from plainlang import says_again, sentences, words  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from stemcell_cli.cli.app import app  # noqa: E402
from stemcell_cli.core.cache import open_catalog  # noqa: E402

#: Sections whose lines are not sentences of ours.
SKIPPED = ("Sources", "Terms used", "Also called")
_QUOTE = re.compile(r"\u201c[^\u201d]*\u201d")
_WHERE = re.compile(r"\((?:the words [^)]*, )?(?:from )?lines? \d[^)]*\)")
_HEADING_RULE = re.compile(r"^[-=]{3,}$")
_LABEL = re.compile(r"\*?\*?(Also called|Evidence grade)")
#: A report line's source numbers and the name and grade it gives a quote.
_SOURCES = re.compile(r"Sources?: \[\d+\](?:, \[\d+\])*")
_ANSWER = re.compile(r"\u2192 [^(]*\(evidence: [^)]*\)\.?")


def page_text(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--format", "text"], env={"COLUMNS": "400"})
    return result.output


def our_sentences(text: str) -> Iterator[str]:
    """The sentences of our own words on a page shown as text."""
    lines = text.splitlines()
    skipping = False
    paragraph: list[str] = []

    def flush() -> Iterator[str]:
        joined = " ".join(paragraph)
        paragraph.clear()
        joined = _WHERE.sub("", _QUOTE.sub("", joined))
        joined = _ANSWER.sub("", _SOURCES.sub("", joined))
        for sentence in sentences(joined):
            if len(words(sentence)) >= 4:
                yield sentence

    for n, line in enumerate(lines):
        following = lines[n + 1] if n + 1 < len(lines) else ""
        stripped = line.strip()
        if _HEADING_RULE.match(following.strip()) and stripped:
            yield from flush()
            skipping = stripped.startswith(SKIPPED)
            continue
        if _HEADING_RULE.match(stripped):
            continue
        if stripped.startswith(("* ", "- ", "•")) or not stripped:
            yield from flush()
        if skipping or not stripped:
            continue
        if stripped.startswith(SKIPPED) or re.match(
            r"\*?\*?(Also called|Evidence grade)", stripped
        ):
            continue
        paragraph.append(stripped.lstrip("*-• "))
    yield from flush()


def repeats(text: str) -> list[tuple[str, str, str]]:
    found = list(dict.fromkeys(our_sentences(text)))
    pairs = []
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            why = says_again(a, b)
            if why:
                pairs.append((a, b, why))
    return pairs


def pages(seed: Path) -> Iterator[tuple[str, str]]:
    catalog = open_catalog(None)
    ids = [*catalog.conditions, *catalog.benefits, *catalog.topics]
    for entry in ids:
        yield f"explain {entry}", page_text("explain", entry)
        yield f"explain {entry} --full", page_text("explain", entry, "--full")
    yield f"check {seed.name}", page_text("check", str(seed))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", action="store_true", help="list each pair once")
    parser.add_argument("--seed", type=Path, default=Path("/work/shared/seed.txt"))
    args = parser.parse_args()
    on_pages: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    total = 0
    for name, text in pages(args.seed):
        found = repeats(text)
        total += len(found)
        print(f"{name:60} {len(found):3}")
        for pair in found:
            on_pages[pair].append(name)
    print(f"\npairs on all pages: {total}; different pairs: {len(on_pages)}")
    if args.pairs:
        for (a, b, why), names in on_pages.items():
            print(f"\n[{why}] on {len(names)} page(s): {', '.join(names[:3])}")
            print(f"  1. {a}\n  2. {b}")
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    raise SystemExit(main())
