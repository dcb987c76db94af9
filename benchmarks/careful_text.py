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

It also reads the careful pages of other people kept in `benchmarks/careful/` (one
YAML file each, `id`, `address`, `kind` and an own-words `text`; see its README):
regulators, medical centres, societies, patient guides and health news. Every warning
sign found on them is a false alarm too.

    python benchmarks/careful_text.py            # the count per page and in all
    python benchmarks/careful_text.py --list     # also each warning sign with its text
    python benchmarks/careful_text.py --only ours|theirs

It prints the warning signs per page, and in all for each set (target: none;
docs/quality.md gives today's figure). Claims and conditions are not counted: careful pages
name the claims they answer.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
CAREFUL = HERE / "careful"


def entry_ids() -> list[str]:
    from stemcell_cli.core.cache import open_catalog

    catalog = open_catalog()
    return [*catalog.conditions, *catalog.benefits, *catalog.topics]


def page_text(entry_id: str) -> str:
    """The entry's full page as plain text, from the installed command."""
    command = [sys.executable, "-m", "stemcell_cli", "explain", entry_id, "--full", "-f", "text"]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return done.stdout


def their_pages(folder: Path = CAREFUL) -> dict[str, str]:
    """The careful pages kept in `folder`: id -> text."""
    from check_quality import page_fields

    pages = {}
    for path in sorted(folder.glob("*.yaml")):
        data = page_fields(path, "id", "text")
        pages[data["id"]] = data["text"]
    return pages


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list each warning sign found")
    parser.add_argument("--only", choices=("ours", "theirs"), help="one set of pages")
    args = parser.parse_args(argv)
    os.environ.setdefault("STEMCELL_NO_CACHE", "1")
    from stemcell_cli.check.matching.wordings import matcher_for
    from stemcell_cli.check.page.source import AdText
    from stemcell_cli.check.report import build_report
    from stemcell_cli.core.cache import open_catalog

    catalog = open_catalog()
    matcher = matcher_for(catalog)
    sets = {
        "pages of our own": lambda: {i: page_text(i) for i in entry_ids()},
        "careful pages of others": their_pages,
    }
    if args.only:
        ours = args.only == "ours"
        sets = {k: v for k, v in sets.items() if k.startswith("pages of our") == ours}
    totals = []
    for name, read in sets.items():
        pages = read()
        total = 0
        print(f"{name}:")
        for page_id, text in pages.items():
            lines = text.splitlines()
            flags = build_report(catalog, AdText(page_id, lines, []), matcher).red_flags
            total += len(flags)
            print(f"  {page_id:40} {len(lines):4} lines  {len(flags):2} warning sign(s)")
            if args.list:
                for finding in flags:
                    match = finding.match
                    print(f"      {match.entry_id:26} line {match.line}: {match.text[:90]}")
        totals.append(f"{total} warning signs in {len(pages)} {name}")
    print()
    for line in totals:
        print(f"{line} (target: none)")
    return 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    sys.exit(main())
