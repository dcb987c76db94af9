"""What `validate` shows: one line per problem and a count, or a one-line summary."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from stemcell_cli.core.words import plural
from stemcell_cli.views.document import (
    Lines,
    Page,
)

if TYPE_CHECKING:
    from stemcell_cli.core.problems import Problem

from stemcell_cli.views.base import View


def validation_view(problems: Sequence[Problem], counts: dict[str, int], where: str) -> View:
    """`validate`: one line per problem and a count, or a one-line summary."""
    if problems:
        lines = [str(p) for p in problems] + [
            f"{plural(len(problems), 'problem')} found in {where}"
        ]
    else:
        summary = ", ".join(plural(count, kind) for kind, count in counts.items())
        lines = [f"Data is valid ({where}): {summary}."]
    return View(Page((Lines(tuple(lines)),)), [p.to_json() for p in problems])
