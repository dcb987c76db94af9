"""Exceptions the library raises; the CLI maps each to a message and an exit code."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from stemcell_cli.core.problems import Problem

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
EXIT_DATA = 3
EXIT_OUTPUT = 4


class StemcellError(Exception):
    """Base class: carries the exit code and what to say, in plain words.

    The command line (cli/) turns it into lines on stderr: it alone adds the
    program's name in front ("stemcell: ...") where `prefixed` says so, and the
    hint of what to run next.
    """

    exit_code = EXIT_NOT_FOUND
    #: Whether the message is the program's own complaint ("stemcell: ..."), rather
    #: than an answer to the question asked ("Unknown name 'x'.").
    prefixed = True

    def __init__(self, message: str = "", details: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.details = tuple(details)

    def lines(self, prefix: str = "") -> list[str]:
        """The message (after `prefix` when `prefixed`), then any detail lines."""
        return [(prefix if self.prefixed else "") + self.message, *self.details]


def _cut(name: str) -> str:
    """A name as quoted in a message: cut to 80 characters, as core.textclean's `quoted`
    cuts a value (not imported: this module is loaded by every run), so a name of
    100,000 characters is not a line of 100,000 (attack6)."""
    return name if len(name) <= 80 else name[:79] + "\u2026"


class NotFound(StemcellError):
    """A name matched no entry. `reference` is set when the name is a reference's id
    (which `sources` shows, not `explain`)."""

    exit_code = EXIT_NOT_FOUND
    prefixed = False

    def __init__(
        self, kind: str, name: str, suggestions: Sequence[str] = (), reference: str = ""
    ) -> None:
        self.kind = kind
        self.name = name
        self.suggestions = tuple(suggestions)
        self.reference = reference
        name = _cut(name)
        if reference:
            what = "an entry" if kind == "name" else f"a {kind}"
            message = f"'{name}' is a reference, not {what}."
        else:
            message = f"Unknown {kind} '{name}'."
        if self.suggestions:
            message += f" Did you mean: {', '.join(self.suggestions)}?"
        super().__init__(message)


class NotCovered(StemcellError):
    """A name of a condition stemcell does not explain (data/other_conditions.yaml): said so,
    with the entries it may be taken for (`unlike`), never a spelling guess that would
    lead to one of them. Exits as an unknown name does."""

    exit_code = EXIT_NOT_FOUND
    prefixed = False

    def __init__(self, name: str, entry_id: str, unlike: Sequence[str] = ()) -> None:
        self.name = name
        #: The id of its entry in data/other_conditions.yaml.
        self.id = entry_id
        self.unlike = tuple(unlike)
        message = f"'{_cut(name)}' is not one of the conditions stemcell explains"
        if len(self.unlike) == 1:
            message += f"; the entry {self.unlike[0]} is not about it"
        elif self.unlike:
            message += f"; the entries {' and '.join(self.unlike)} are not about it"
        super().__init__(message + ".", ["See what it explains: stemcell conditions list"])


class Match(NamedTuple):
    """An entry a word matched, and why (for the list an ambiguous word gets)."""

    kind: str
    id: str
    name: str
    why: str


#: The most entries an ambiguous word lists, closest first (the shipped data's most is
#: about a dozen); the rest are counted.
MOST_LISTED = 20


class Ambiguous(StemcellError):
    """A word that matches several entries: each is listed with why it matched."""

    exit_code = EXIT_NOT_FOUND
    prefixed = False

    def __init__(self, name: str, matches: Sequence[Match], first_closest: bool = False) -> None:
        self.name = name
        self.matches = tuple(matches)
        #: Whether the first match is closer than the second (a name before an alias),
        #: not only listed first among matches as close as it (review14: "pain" is the
        #: name of two conditions).
        self.first_closest = first_closest
        # (cut: a word that matches 5,000 entries of a data dir was 5,000 lines, and a
        # name of 10,000 characters a line of 10,000: attack15)
        details = [f"  {_cut(m.name)} ({m.id}): {_cut(m.why)}" for m in self.matches[:MOST_LISTED]]
        if len(self.matches) > MOST_LISTED:
            more = len(self.matches) - MOST_LISTED
            details.append(f"  ... and {more:,} more: add a word to narrow it down")
        count = f"{len(self.matches):,}"
        super().__init__(f"'{_cut(name)}' matches {count} entries:", details)


class NoMatch(StemcellError):
    """A query or filter found nothing (exit 1, like grep)."""

    exit_code = EXIT_NOT_FOUND

    def __init__(self, message: str, prefixed: bool = False) -> None:
        super().__init__(message)
        self.prefixed = prefixed


class UsageError(StemcellError):
    """Arguments that parse but make no sense together."""

    exit_code = EXIT_USAGE


class DataError(StemcellError):
    """Data files that cannot be read or do not validate."""

    exit_code = EXIT_DATA

    def __init__(self, problems: Sequence[Problem], more: int = 0) -> None:
        from stemcell_cli.core.problems import MAX_PROBLEMS

        ordered = sorted(problems)
        #: The problems shown (at most MAX_PROBLEMS), and how many more were found.
        self.problems = tuple(ordered[:MAX_PROBLEMS])
        self.more = more + len(ordered) - len(self.problems)
        total = len(self.problems) + self.more
        super().__init__(f"{total:,} problem{'' if total == 1 else 's'} in the data files")

    def lines(self, prefix: str = "") -> list[str]:
        """The problems, one per line (the first MAX_PROBLEMS), how many more, the count."""
        lines = [str(p) for p in self.problems]
        if self.more:
            lines.append(f"... and {self.more:,} more, not shown")
        return [*lines, prefix + self.message]


class InputError(StemcellError):
    """An input file (not a data file) that cannot be read."""

    exit_code = EXIT_DATA


class OutputError(StemcellError):
    """Output that cannot be written (disk full, unwritable directory)."""

    exit_code = EXIT_OUTPUT
