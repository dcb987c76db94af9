"""Warning signs `stemcell check` finds in careful text: `python benchmarks/careful_text.py`.

Our own pages (`stemcell explain ID --full`, as plain text, for every condition,
benefit and topic) speak of the same
things adverts do (own cells, FDA, trials, travel abroad, success rates, many
diseases), but as careful text: what is proven, what is only claimed, the risks and a
reference list. None of them is an advert, so every warning sign `check` finds in
them is a false alarm of a kind a careful page (a regulator, a review, a patient
guide) can meet too. (The glossary's term pages are left out: a page that defines
"HCT/P" or "clinicaltrials.gov" names the very words a warning sign looks for.) This
is a second measure of precision, on text that is not in
the labelled corpus and that nobody tunes the corpus on.

    python benchmarks/careful_text.py            # the count per page and in all
    python benchmarks/careful_text.py --list     # also each warning sign with its text

It prints the warning signs per page, and in all (target: none; the README gives
today's figure). Claims and conditions are not counted: our pages name every claim
they answer.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent


def entry_ids() -> list[str]:
    from stemcell_cli.core.cache import open_catalog

    catalog = open_catalog()
    return [*catalog.conditions, *catalog.benefits, *catalog.topics]


def page_text(entry_id: str) -> str:
    """The entry's full page as plain text, from the installed command."""
    command = [sys.executable, "-m", "stemcell_cli", "explain", entry_id, "--full", "-f", "text"]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return done.stdout


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list each warning sign found")
    args = parser.parse_args(argv)
    os.environ.setdefault("STEMCELL_NO_CACHE", "1")
    from stemcell_cli.check.advert import AdText
    from stemcell_cli.check.report import build_report, matcher_for
    from stemcell_cli.core.cache import open_catalog

    catalog = open_catalog()
    matcher = matcher_for(catalog)
    total = 0
    ids = entry_ids()
    for entry_id in ids:
        lines = page_text(entry_id).splitlines()
        report = build_report(catalog, AdText(entry_id, lines, []), matcher)
        flags = report.red_flags
        total += len(flags)
        print(f"{entry_id:30} {len(lines):4} lines  {len(flags):2} warning sign(s)")
        if args.list:
            for finding in flags:
                match = finding.match
                print(f"    {match.entry_id:26} line {match.line}: {match.text[:90]}")
    print(f"\n{total} warning signs in {len(ids)} careful pages (target: none)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
