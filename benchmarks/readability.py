"""Readability of the shipped content: the Flesch-Kincaid grade of what a patient reads first.

    python benchmarks/readability.py [--all] [--check]

Prints, per entry, the grade of its patient-first text taken together (summary,
verdicts, regulatory_summary, cost.summary and the first sentence of every
section), the hardest single field, the number of words in each condition's
fields, and the averages. `--all` lists every field. `--check` measures `stemcell
check`'s own words instead (`plainlang.check_first`: each warning sign's explanation,
each claim's and condition's answer line, the verdict, the closing note, and every
question to ask a clinic, `plainlang.questions`): the grade and longest sentence of each
field, and the average of each kind. Formula and limits:
tests/plainlang.py (grade = 0.39 x words/sentences + 11.8 x syllables/words - 15.59).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from plainlang import (  # noqa: E402
    GRADE_LIMIT,
    SENTENCE_WORD_LIMIT,
    check_first,
    measure,
    patient_first,
    questions,
    words,
)

from stemcell_cli.core.cache import open_catalog  # noqa: E402


def _condition_words(condition: object) -> dict[str, int]:
    from stemcell_cli.core.model import Condition

    assert isinstance(condition, Condition)
    c = condition
    fields: dict[str, str] = {
        "summary": c.summary,
        "verdicts": " ".join(link.verdict for link in c.benefits),
        "regulatory": c.regulatory_summary,
        "cost": c.cost.summary if c.cost else "",
        "risks 1-3": " ".join(c.risks[:3]),
        "questions1-5": " ".join(c.questions[:5]),
        "see_a_doctor": " ".join(c.see_a_doctor),
        "overview": c.overview,
        "evidence": c.evidence.summary + " " + c.evidence.justification,
    }
    return {name: len(words(text)) for name, text in fields.items()}


def _check_kind(where: str) -> str:
    """The kind of a `check_first` field: "red flag why", "benefit summary", "verdict",
    "question to ask"."""
    head, _, field = where.partition(": ")
    if head in ("verdict", "closing note"):
        return head
    if head.startswith("question "):
        return "question to ask"
    return " ".join([*head.split()[:-1], field.split()[0]])


def check_fields(catalog: object) -> int:
    """Grade and longest sentence of each of `check`'s own fields and of each question to
    ask a clinic, averages per kind."""
    by_kind: dict[str, list[tuple[str, float, int]]] = defaultdict(list)
    for where, text in [*check_first(catalog), *questions(catalog)]:
        m = measure(text)
        by_kind[_check_kind(where)].append((where, m.grade, m.longest_sentence))
    print(f"{'field':66} {'grade':>5} {'longest':>7}")
    for rows in by_kind.values():
        for where, grade, longest in rows:
            mark = " !" if grade > GRADE_LIMIT or longest > SENTENCE_WORD_LIMIT else ""
            print(f"{where:66} {grade:5.1f} {longest:7}{mark}")
    print(f"\n{'kind':30} {'fields':>6} {'average':>7} {'hardest':>7} {'over 8':>6} {'>25 w':>6}")
    grades = []
    for kind, rows in by_kind.items():
        kind_grades = [g for _, g, _ in rows]
        grades.extend(kind_grades)
        over = sum(g > GRADE_LIMIT for g in kind_grades)
        long = sum(n > SENTENCE_WORD_LIMIT for _, _, n in rows)
        print(
            f"{kind:30} {len(rows):6} {statistics.mean(kind_grades):7.1f}"
            f" {max(kind_grades):7.1f} {over:6} {long:6}"
        )
    print(f"\naverage grade per field: {statistics.mean(grades):.1f}")
    over = sum(g > GRADE_LIMIT for g in grades)
    print(f"fields above grade {GRADE_LIMIT:g}: {over} of {len(grades)}")
    return 0


#: An end mark, then any closing quotes or brackets: "... (DMARD)" has none, and would
#: run into the next field.
_ENDS_A_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")


def _as_sentence(text: str) -> str:
    """`text` as a sentence of its own: a field without an end mark (a term's hint, shown
    as a list item's words) starts with a capital and ends with a full stop."""
    if _ENDS_A_SENTENCE.search(text.rstrip()):
        return text
    return text[:1].upper() + text[1:] + "."


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="list every field")
    parser.add_argument("--check", action="store_true", help="measure check's own words")
    args = parser.parse_args()
    catalog = open_catalog(None)
    if args.check:
        return check_fields(catalog)
    by_entry: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for where, text in patient_first(catalog):
        entry, _, field = where.partition(": ")
        by_entry[entry].append((field, text))
    print(f"{'entry':42} {'grade':>5} {'hardest field':>13} {'fields':>6}")
    entry_grades = []
    field_grades = []
    for entry, fields in by_entry.items():
        # A field without an end mark (a term's hint) is shown as a unit of its own.
        whole = measure(" ".join(_as_sentence(text) for _, text in fields))
        grades = [(measure(text).grade, field) for field, text in fields]
        field_grades.extend(g for g, _ in grades)
        worst = max(grade for grade, _ in grades)
        entry_grades.append(whole.grade)
        mark = " !" if worst > GRADE_LIMIT else ""
        print(f"{entry:42} {whole.grade:5.1f} {worst:13.1f} {len(fields):6}{mark}")
        if args.all:
            for grade, field in sorted(grades, reverse=True):
                print(f"    {grade:5.1f}  {field}")
    print(f"\naverage grade per entry: {statistics.mean(entry_grades):.1f}")
    print(f"average grade per field: {statistics.mean(field_grades):.1f}")
    over = sum(g > GRADE_LIMIT for g in field_grades)
    print(f"fields above grade {GRADE_LIMIT:g}: {over} of {len(field_grades)}")
    print("\nwords per condition field (the short page shows the first six columns)")
    rows = {c.id: _condition_words(c) for c in catalog.conditions.values()}
    names = list(next(iter(rows.values())))
    print(f"{'condition':30} " + " ".join(f"{n:>12}" for n in names))
    for cid, counts in rows.items():
        print(f"{cid:30} " + " ".join(f"{counts[n]:>12}" for n in names))
    means = {n: statistics.mean(r[n] for r in rows.values()) for n in names}
    print(f"{'average':30} " + " ".join(f"{means[n]:>12.0f}" for n in names))
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    raise SystemExit(main())
