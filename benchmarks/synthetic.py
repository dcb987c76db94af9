"""Write a large, valid data directory for benchmarks and scale tests.

The entries are made up and say so; they reuse a shipped reference and glossary
term so that every cross-reference resolves against the shipped data.

    python benchmarks/synthetic.py DIR [--conditions N] [--benefits N]   # 5,000 and 500

Writes DIR/conditions.yaml and DIR/benefits.yaml and prints nothing; `stemcell validate
DIR` then reports no problem. `run.py`'s scale group makes its own with it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

REFERENCE = "fda-2021-regenerative-consumer"
TERM = "autologous"


def _condition(i: int, benefits: int) -> str:
    return f"""  - id: synthetic-condition-{i:05d}
    name: Synthetic condition {i:05d}
    aliases: [sc{i:05d}]
    category: synthetic-{i % 7}
    summary: A made-up condition number {i} for benchmarks, not a real disease.
    overview: >-
      Generated text for a benchmark. It exists only to make the data large.
    symptoms: [Made-up symptom {i}]
    standard_care:
      summary: Generated standard care.
      options: [Exercise, Rest]
      references: [{REFERENCE}]
    stem_cell_approach:
      summary: Generated approach.
      cell_sources: [bone marrow]
      routes: [injection]
    benefits:
      - id: synthetic-benefit-{i % benefits:04d}
        grade: early
        note: Generated note for condition {i}.
        references: [{REFERENCE}]
    evidence:
      grade: early
      summary: Generated evidence summary {i}.
      justification: Generated justification.
      references: [{REFERENCE}]
    risks: [Generated risk]
    regulatory:
      - region: Nowhere
        status: Generated status.
        references: [{REFERENCE}]
    questions: [Is this generated?]
    see_a_doctor: [Always]
    terms: [{TERM}]
    references: [{REFERENCE}]
    reviewed: "2026-11-25"
"""


def _benefit(i: int) -> str:
    return f"""  - id: synthetic-benefit-{i:04d}
    name: Synthetic benefit {i:04d}
    aliases: [sb{i:04d}]
    summary: A made-up benefit number {i} for benchmarks.
    claim: Generated claim {i}.
    mechanism: Generated mechanism.
    evidence:
      grade: early
      summary: Generated evidence.
      references: [{REFERENCE}]
    caveats: [Generated caveat]
    phrases: [synthetic phrase {i}]
    terms: [{TERM}]
    reviewed: "2026-11-25"
"""


def write_dataset(directory: Path, conditions: int = 5000, benefits: int = 500) -> Path:
    """Write conditions.yaml and benefits.yaml into `directory` and return it."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "conditions.yaml").write_text(
        "conditions:\n" + "".join(_condition(i, benefits) for i in range(conditions)),
        encoding="utf-8",
    )
    (directory / "benefits.yaml").write_text(
        "benefits:\n" + "".join(_benefit(i) for i in range(benefits)), encoding="utf-8"
    )
    return directory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--conditions", type=int, default=5000)
    parser.add_argument("--benefits", type=int, default=500)
    args = parser.parse_args()
    write_dataset(args.directory, args.conditions, args.benefits)


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    main()
