"""Long sentences on the full pages of `explain`: `python benchmarks/long_sentences.py`.

For each condition's, benefit's and topic's full page (`stemcell explain ID --full`, as
the text renderer's page is built, short names spelled out where first used), prints per
section the sentences over 25 words (tests/plainlang.py's limit for what a patient reads
first, and its sentence splitter) and the longest sentence's words; then the totals, on
all pages and as distinct sentences (a glossary definition under "Terms used" or a "See
a doctor" line is on many pages). A list item's label ("Name (grade): ", "United
States: ", "Why this grade: ") is not counted as part of its first sentence; the
Sources, the page's fields ("Also called") and the closing note are left out.

    python benchmarks/long_sentences.py           # per page and section
    python benchmarks/long_sentences.py --list    # also each long sentence, once
    python benchmarks/long_sentences.py --data-dir OLD/data   # an older copy of data/
    python benchmarks/long_sentences.py --sections [--top N]  # each section's grade

`--sections` measures each section of each full page on its own instead: its grade (the
section's paragraphs and list items taken together, each a unit, `measure_units`), its long
words (three syllables or more, tests/plainlang.py's counter) per hundred words, and its
figures (words with a digit: "2026", "1.2", "$5,156") per sentence; the sections are
listed hardest first (`--top N`, 20 unless told; 0 for all), then the sentences that
carry three figures or more, once each, and the count of sections above grade 8.

Each page's row also gives its prose's words per sentence and Flesch-Kincaid grade
(tests/plainlang.py's `measure`, the page's paragraphs and list items taken together).
Each paragraph and list item is a unit split into sentences on its own (`measure_units`):
a unit always ends a sentence, whatever it ends with. Until patient11 the units were
joined into one text, with a full stop added to those without one, and an item ending in
")" ran into the next: osteoarthritis's care options read as one 69-word sentence.
Run on 2026-11-28 (patient8): before the rewrite, 347 sentences over 25 words on the 14
full pages (193 distinct), the longest 62 words, 17.7 words a sentence and grade 9.1 on
average (the hardest page 10.0, msc); after it, none over 25, 14.8 words a sentence and
grade 7.9 (the hardest 8.7, msc: its Regulation and the conditions' regulatory status
and standard care, 10 to 13, are the hardest sections left).
Run on 2026-11-28 (patient9, `--sections`): before the rewrite, 52 of the 158 sections
above grade 8 (the hardest 13.0, osteoarthritis's standard care), 7.4 on average; after
it none above 8, 6.7 on average, and full pages at grade 7.2 (the hardest 7.4); see
docs/content.md, "Plain language, measured".
Run on 2026-11-28 (patient11, each unit on its own): 3 sections had run list items
together; their grades fall, osteoarthritis's standard care 8.0 to 7.2, the disc's 8.0
to 7.7, hip and knee's 7.9 to 7.4. Still 0 sentences over 25 words (the longest 25) and
0 of 158 sections above grade 8; a section's grade 6.7 on average and a full page's 7.2
(the hardest 7.5, msc), as before. The right measure also showed a page broken inside a
sentence (personalized treatment's evidence: a line of data/benefits.yaml indented one
space more, "36 quoted success rates" then a new paragraph); it is one paragraph again.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from plainlang import (  # noqa: E402
    GRADE_LIMIT,
    SENTENCE_WORD_LIMIT,
    Measure,
    measure,
    sentences,
    syllables,
    words,
)

from stemcell_cli.core.cache import open_catalog  # noqa: E402
from stemcell_cli.views.document import Bullets, Heading, Inline, Paragraph  # noqa: E402
from stemcell_cli.views.entries import entry_view  # noqa: E402
from stemcell_cli.views.layout import FULL_PAGE  # noqa: E402

#: Sections of a page that are not our prose.
SKIPPED = ("Sources",)


def _prose(spans: Inline) -> str:
    """The words of a paragraph or list item, without a leading label in bold or a link
    ("Name (grade): ", "Why this grade: ")."""
    text = "".join(span.text for span in spans)
    if len(spans) > 1 and spans[0].style in ("strong", "link") and ": " in text:
        return text.split(": ", 1)[1]
    return text


def page_texts(page: object) -> Iterator[tuple[str, str]]:
    """(section heading, text) for each paragraph and list item of a page's prose."""
    heading = "(top)"
    for block in getattr(page, "blocks", ()):
        if isinstance(block, Heading):
            heading = block.text
        elif heading in SKIPPED:
            continue
        elif isinstance(block, Paragraph):
            yield heading, _prose(block.spans)
        elif isinstance(block, Bullets):
            for item in block.items:
                yield heading, _prose(item)


def measure_units(texts: list[str]) -> Measure:
    """`measure` of prose made of units (a page's or a section's paragraphs and list
    items): each unit is split into sentences on its own, so a unit always ends a
    sentence, whatever it ends with (")", "%", a digit or no mark at all) and however the
    next one starts, and a list is never read as one long sentence. Within a unit, the
    splitter's rules hold ("e.g." and "1.2" do not end a sentence)."""
    parts = [measure(text) for text in texts if words(text)]
    return Measure(
        words=sum(m.words for m in parts),
        sentences=max(1, sum(m.sentences for m in parts)),
        syllables=sum(m.syllables for m in parts),
        longest_sentence=max((m.longest_sentence for m in parts), default=0),
    )


def long_sentences(text: str) -> list[tuple[int, str]]:
    """(words, sentence) for each sentence of `text` over the limit."""
    found = []
    for sentence in sentences(text):
        n = len(words(sentence))
        if n > SENTENCE_WORD_LIMIT:
            found.append((n, sentence))
    return found


#: A long word has this many syllables or more (the "polysyllables" of readability
#: formulas).
LONG_WORD_SYLLABLES = 3
#: A sentence carrying this many figures or more is listed by `--sections`.
MANY_FIGURES = 3


def figures(text: str) -> int:
    """The words of `text` that hold a digit ("2026", "1.2", "5,156", "NG59")."""
    return sum(any(ch.isdigit() for ch in word) for word in words(text))


@dataclass(frozen=True)
class SectionMeasure:
    page: str
    section: str
    grade: float
    words: int
    long_words: int
    sentences: int
    figures: int

    @property
    def long_per_hundred(self) -> float:
        return 100 * self.long_words / self.words if self.words else 0.0

    @property
    def figures_per_sentence(self) -> float:
        return self.figures / self.sentences


def section_measures(page_id: str, page: object) -> list[SectionMeasure]:
    """Each prose section of a page measured on its own."""
    by_section: dict[str, list[str]] = {}
    for heading, text in page_texts(page):
        by_section.setdefault(heading, []).append(text)
    found = []
    for heading, texts in by_section.items():
        m = measure_units(texts)
        if not m.words:
            continue
        text = " ".join(texts)
        every = words(text)
        found.append(
            SectionMeasure(
                page=page_id,
                section=heading,
                grade=m.grade,
                words=m.words,
                long_words=sum(syllables(w) >= LONG_WORD_SYLLABLES for w in every),
                sentences=m.sentences,
                figures=figures(text),
            )
        )
    return found


def print_sections(catalog: object, entries: list[Any], top: int) -> None:
    """`--sections`: the hardest sections first, then the sentences with many figures."""
    measured: list[SectionMeasure] = []
    crowded: Counter[str] = Counter()
    for entry in entries:
        page = entry_view(catalog, entry, layout=FULL_PAGE).page
        measured.extend(section_measures(entry.id, page))
        for _, text in page_texts(page):
            for sentence in sentences(text):
                if figures(sentence) >= MANY_FIGURES:
                    crowded[sentence] += 1
    measured.sort(key=lambda m: -m.grade)
    shown = measured[:top] if top else measured
    print(f"{'page / section':60} {'grade':>5} {'words':>5} {'long/100':>8} {'fig/sent':>8}")
    for m in shown:
        name = f"{m.page} / {m.section}"[:60]
        print(
            f"{name:60} {m.grade:5.1f} {m.words:5} {m.long_per_hundred:8.1f}"
            f" {m.figures_per_sentence:8.2f}"
        )
    over = sum(m.grade > GRADE_LIMIT for m in measured)
    print(f"\nsections above grade {GRADE_LIMIT:g}: {over} of {len(measured)}")
    print(
        f"section grade {statistics.mean(m.grade for m in measured):.1f} on average;"
        f" long words {statistics.mean(m.long_per_hundred for m in measured):.1f} per 100;"
        f" figures {statistics.mean(m.figures_per_sentence for m in measured):.2f} a sentence"
    )
    print(f"sentences with {MANY_FIGURES} figures or more: {len(crowded)} distinct")
    for sentence, seen in sorted(crowded.items(), key=lambda kv: -figures(kv[0])):
        print(f"{figures(sentence):3} x{seen:<2} {sentence}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list each long sentence once")
    parser.add_argument(
        "--data-dir", type=Path, help="a data directory over the shipped data (an older copy)"
    )
    parser.add_argument("--sections", action="store_true", help="each section's grade")
    parser.add_argument("--top", type=int, default=20, help="sections to list (0: all)")
    args = parser.parse_args()
    catalog = open_catalog(args.data_dir)
    entries = [*catalog.conditions.values(), *catalog.benefits.values(), *catalog.topics.values()]
    if args.sections:
        print_sections(catalog, entries, args.top)
        return 0
    total = 0
    distinct: Counter[str] = Counter()
    longest_all = 0
    grades: list[float] = []
    lengths: list[float] = []
    print(f"{'page / section':46} {'>25 w':>6} {'longest':>7} {'w/sent':>6} {'grade':>5}")
    for entry in entries:
        page = entry_view(catalog, entry, layout=FULL_PAGE).page
        by_section: dict[str, list[int]] = {}
        long_by_section: Counter[str] = Counter()
        for heading, text in page_texts(page):
            counts = [len(words(s)) for s in sentences(text)]
            by_section.setdefault(heading, []).extend(counts)
            for _, sentence in long_sentences(text):
                long_by_section[heading] += 1
                distinct[sentence] += 1
        page_long = sum(long_by_section.values())
        page_max = max((max(c, default=0) for c in by_section.values()), default=0)
        total += page_long
        longest_all = max(longest_all, page_max)
        whole = measure_units([text for _, text in page_texts(page)])
        grades.append(whole.grade)
        lengths.append(whole.words / whole.sentences)
        print(f"{entry.id:46} {page_long:6} {page_max:7} {lengths[-1]:6.1f} {whole.grade:5.1f}")
        for heading, counts in by_section.items():
            if long_by_section[heading]:
                name = f"  {heading}"[:46]
                print(f"{name:46} {long_by_section[heading]:6} {max(counts):7}")
    print(f"\nsentences over {SENTENCE_WORD_LIMIT} words on the {len(entries)} full pages: {total}")
    print(f"distinct: {len(distinct)}; the longest: {longest_all} words")
    print(
        f"words per sentence {statistics.mean(lengths):.1f}, grade of a full page's prose"
        f" {statistics.mean(grades):.1f} on average (the hardest {max(grades):.1f})"
    )
    if args.list:
        print()
        for sentence, seen in sorted(distinct.items(), key=lambda kv: -len(words(kv[0]))):
            print(f"{len(words(sentence)):3} x{seen:<2} {sentence}")
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    raise SystemExit(main())
