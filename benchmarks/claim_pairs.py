"""Claim lines whose note says again what the verdict said (patient6).

    python benchmarks/claim_pairs.py [--at 0.5]

On a condition's full page each graded claim reads "Name (grade): verdict note". The
verdict says what the studies found; the note's first sentence, a plain lead, says
what that means for the reader, and the rest gives the detail. `repeats.py` counts
sentences that say nearly the same thing (0.6 of their content stems shared); a
verdict and its note overlap less and still say one thing twice ("Joint damage eased
in animals, but no study in people has shown joints being repaired." / "Only animal
studies have looked at joint repair."). This lists, for every graded claim of every
condition, each note sentence whose stems overlap the verdict's by `--at` or more
(Dice, `plainlang.content_stems`), the lead first. An `untested` claim is left out: the
full page shows its note alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from plainlang import content_stems, sentences  # noqa: E402

from stemcell_cli.core.cache import open_catalog  # noqa: E402


def overlap(a: str, b: str) -> float:
    """Dice overlap of two sentences' content stems (0 when either has none)."""
    sa, sb = content_stems(a), content_stems(b)
    return 2 * len(sa & sb) / (len(sa) + len(sb)) if sa and sb else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--at", type=float, default=0.5, help="the least overlap listed")
    args = parser.parse_args()
    catalog = open_catalog(None)
    claims = listed = 0
    leads: list[float] = []
    for condition in catalog.conditions.values():
        for link in condition.benefits:
            if link.grade.value == "untested" or not link.verdict:
                continue
            claims += 1
            scores = [(s, overlap(link.verdict, s)) for s in sentences(link.note)]
            leads.append(scores[0][1] if scores else 0.0)
            found = [(n, x, s) for n, (s, x) in enumerate(scores) if x >= args.at]
            for n, score, sentence in found:
                where = "lead" if n == 0 else f"sentence {n + 1}"
                print(f"{score:.2f} {condition.id} / {link.id}, {where}")
                print(f"  verdict: {link.verdict}\n  note:    {sentence}")
            listed += bool(found)
    print(f"\ngraded claims: {claims}; with a note sentence at {args.at} or more: {listed}")
    if leads:
        print(f"lead overlap: highest {max(leads):.2f}, average {sum(leads) / len(leads):.2f}")
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    raise SystemExit(main())
