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


def validation_view(
    problems: Sequence[Problem], counts: dict[str, int], where: str, more: int = 0
) -> View:
    """`validate`: one line per problem and a count, or a one-line summary. `more`
    problems were found beyond those given (which are the first MAX_PROBLEMS)."""
    from stemcell_cli.core.textclean import clean

    where = clean(where, one_line=True)
    if problems:
        total = len(problems) + more
        lines = [str(p) for p in problems]
        if more:
            lines.append(f"... and {more:,} more, not shown")
        lines.append(f"{total:,} problem{'' if total == 1 else 's'} found in {where}")
    else:
        summary = ", ".join(plural(count, kind) for kind, count in counts.items())
        lines = [f"Data is valid ({where}): {summary}."]
    return View(Page((Lines(tuple(lines)),)), [p.to_json() for p in problems])
