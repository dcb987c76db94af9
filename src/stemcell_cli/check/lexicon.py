"""The word lists `check` reads adverts with (data/check/advert_words.yaml): shared
phrase lists, guards (wordings that are not a claim), wordings of conditions that are
not names, and other diseases by body system for the many-conditions red flag.

The file sits in a folder of its own so that data/*.yaml stays the catalog's files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from stemcell_cli.core.errors import DataError

if TYPE_CHECKING:  # read only on a cache miss: `check` does not import it otherwise
    from stemcell_cli.core.problems import Problem

FILENAME = "check/advert_words.yaml"
#: Largest word-list file read (it is ours and small; this only bounds a bad one).
MAX_BYTES = 1024 * 1024


class Lexicon(NamedTuple):
    groups: dict[str, tuple[str, ...]]
    #: body system -> phrases naming its diseases
    other_conditions: dict[str, tuple[str, ...]]
    #: entry id -> wordings that are not its claim (a claim they overlap is dropped)
    guards: dict[str, tuple[str, ...]]
    #: condition id -> wordings of it that are not names ("injuries of tendons")
    condition_phrases: dict[str, tuple[str, ...]]
    #: words so frequent in adverts that the matcher does not look phrases up by them
    #: (speed only: what is found does not change)
    common: tuple[str, ...] = ()
    #: wordings after which nothing in the sentence is the advert's own claim: a
    #: warning, a claim reported as someone else's, a question researched
    not_asserting: tuple[str, ...] = ()
    #: wordings that say a warning sign is not what it seems ("testimonials are not
    #: evidence"): nothing in their clause is the advert's own claim
    debunking: tuple[str, ...] = ()


def load(path: Path) -> Lexicon:
    """Read and check the word lists; every problem is reported with the file name."""
    import yaml

    from stemcell_cli.core.problems import Problem

    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise DataError([Problem(str(path), 0, 0, "", "larger than 1 MiB")])
        data = yaml.load(raw, Loader=loader)
    except OSError as exc:
        raise DataError(
            [Problem(str(path), 0, 0, "", f"cannot be read ({exc.strerror})")]
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        raise DataError([Problem(str(path), line, column, "", f"not valid YAML: {exc}")]) from None
    problems: list[Problem] = []
    groups = _lists(data, "groups", path, problems)
    other = _lists(data, "other_conditions", path, problems)
    guards = _lists(data, "guards", path, problems, required=False)
    conditions = _lists(data, "condition_phrases", path, problems, required=False)
    cues = _texts(data, "not_asserting", path, problems)
    debunking = _texts(data, "debunking", path, problems)
    common = _texts(data, "common_words", path, problems)
    if problems:
        raise DataError(problems)
    return Lexicon(groups, other, guards, conditions, common, cues, debunking)


def _texts(data: Any, key: str, path: Path, problems: list[Problem]) -> tuple[str, ...]:
    """An optional list of text."""
    from stemcell_cli.core.problems import Problem

    found = data.get(key, []) if isinstance(data, dict) else []
    if not isinstance(found, list) or not all(isinstance(w, str) for w in found):
        problems.append(Problem(str(path), 0, 0, key, "expected a list of text"))
        return ()
    return tuple(found)


def _lists(
    data: Any, key: str, path: Path, problems: list[Problem], required: bool = True
) -> dict[str, tuple[str, ...]]:
    from stemcell_cli.core.problems import Problem

    section = data.get(key) if isinstance(data, dict) else None
    if section is None and not required:
        return {}
    if not isinstance(section, dict):
        problems.append(Problem(str(path), 0, 0, key, "expected a mapping of named lists"))
        return {}
    found: dict[str, tuple[str, ...]] = {}
    for name, members in section.items():
        if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            problems.append(Problem(str(path), 0, 0, f"{key}.{name}", "expected a list of text"))
            continue
        found[str(name)] = tuple(members)
    return found
