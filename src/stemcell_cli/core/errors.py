"""Exceptions the library raises; the CLI maps each to a message and an exit code."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stemcell_cli.core.problems import Problem

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
EXIT_DATA = 3
EXIT_OUTPUT = 4


class StemcellError(Exception):
    """Base class: carries the exit code and the lines to print on stderr."""

    exit_code = EXIT_NOT_FOUND

    def lines(self) -> list[str]:
        return [str(self)]


class NotFound(StemcellError):
    """A name matched no entry."""

    exit_code = EXIT_NOT_FOUND

    def __init__(self, kind: str, name: str, suggestions: Sequence[str] = ()) -> None:
        self.kind = kind
        self.name = name
        self.suggestions = tuple(suggestions)
        message = f"Unknown {kind} '{name}'."
        if self.suggestions:
            message += f" Did you mean: {', '.join(self.suggestions)}?"
        else:
            message += " Try 'stemcell conditions list' or 'stemcell search'."
        super().__init__(message)


class NoMatch(StemcellError):
    """A query or filter found nothing (exit 1, like grep)."""

    exit_code = EXIT_NOT_FOUND


class UsageError(StemcellError):
    """Arguments that parse but make no sense together."""

    exit_code = EXIT_USAGE


class DataError(StemcellError):
    """Data files that cannot be read or do not validate."""

    exit_code = EXIT_DATA

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(sorted(problems))
        super().__init__(f"{len(self.problems)} problem(s) in the data files")

    def lines(self) -> list[str]:
        count = len(self.problems)
        return [str(p) for p in self.problems] + [
            f"stemcell: {count} problem{'s' if count != 1 else ''} in the data files"
        ]


class InputError(StemcellError):
    """An input file (not a data file) that cannot be read."""

    exit_code = EXIT_DATA


class OutputError(StemcellError):
    """Output that cannot be written (disk full, unwritable directory)."""

    exit_code = EXIT_OUTPUT
