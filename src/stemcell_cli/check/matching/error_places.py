"""Where a wording the matcher cannot build was written: the file, the line and column
and the field, for a one-line problem (`wordings.matcher_for`).

A wording comes from a section of the word lists (data/check/advert_words.yaml, a user
data directory's laid over it: the last file whose section holds it wrote it) or from a
catalog entry's own fields (a red flag's `phrases:` in the red_flags.yaml of the
directory the entry came from). The files are read again, with `core.yamlsource`, only
when there is such a problem to place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from stemcell_cli.core.catalog import Catalog
    from stemcell_cli.core.problems import Problem

#: The sources that are catalog entries: their `section` is the entry's kind.
ENTRY_KINDS = ("benefit", "condition", "red_flag")


class Source(NamedTuple):
    """Where a wording was given: a section of the word lists and the name of its list
    ("linked", "my-flag"; "" for a plain list such as `not_asserting:`), or an entry's
    kind and id ("red_flag", "my-flag")."""

    section: str
    key: str = ""


def problem(
    catalog: Catalog, word_files: Sequence[Path], source: Source, text: str | None, message: str
) -> Problem:
    """The problem `message` about `text` (None: the list as a whole), placed."""
    if source.section in ENTRY_KINDS:
        found = _in_entry(catalog, source, text, message)
    else:
        found = _in_word_lists(word_files, source, text, message)
    if found is not None:
        if text is not None and _comment_took_hash(Path(found.file), text):
            return found._replace(message=f"{found.message} ({HASH_HINT})")
        return found
    from stemcell_cli.core.problems import Problem

    field = f"{source.section}.{source.key}" if source.key else source.section
    return Problem("phrases", 0, 0, field, message)


#: The hint for a phrase left ending in a gap by YAML, which took its " #" for a comment.
HASH_HINT = "quote a phrase with #: unquoted, YAML reads ' #' as a comment"


def _comment_took_hash(path: Path, text: str) -> bool:
    """Whether `text` ends in a gap (`...`) because it is written unquoted in `path` with
    a comment after it ("fee ... #% off" is read "fee ..."): the hint to quote it
    applies then only."""
    from stemcell_cli.check.words.phrases import ends_in_gap

    if not ends_in_gap(text):
        return False
    from stemcell_cli.core.yamlsource import MAX_FILE_BYTES

    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        return False
    # unquoted: at the start of a line's value, of an item ("- ") or of a flow item
    unquoted = rf"(?:^|[\s\[,]){re.escape(text)}\s+#"
    return re.search(unquoted, raw.decode("utf-8", "replace"), re.MULTILINE) is not None


def _in_word_lists(
    files: Sequence[Path], source: Source, text: str | None, message: str
) -> Problem | None:
    """In the last of `files` whose section holds the named list (the key's place) or,
    in a plain list, the wording (the wording's place)."""
    from stemcell_cli.core.problems import Problem

    for path in reversed(files):
        value, marks = _read(path)
        section = value.get(source.section) if isinstance(value, dict) else None
        if source.key:
            if isinstance(section, dict) and source.key in section:
                field = f"{source.section}.{source.key}"
                return Problem(str(path), *marks.get(field, (0, 0)), field, message)
        elif isinstance(section, list) and text in section:
            where = marks.get(f"{source.section}[{section.index(text)}]", (0, 0))
            return Problem(str(path), *where, source.section, message)
    return None


def _in_entry(catalog: Catalog, source: Source, text: str | None, message: str) -> Problem | None:
    """In the data file the entry came from, at the name, alias or phrase of `text`."""
    from stemcell_cli.core.datadirs import SHIPPED, shipped_dir
    from stemcell_cli.core.kinds import kind
    from stemcell_cli.core.problems import Problem

    records: dict[str, Any] = {
        "benefit": catalog.benefits,
        "condition": catalog.conditions,
        "red_flag": catalog.red_flags,
    }
    entry = records[source.section][source.key]
    spec = kind(source.section)
    folder = shipped_dir() if entry.origin == SHIPPED else Path(entry.origin)
    path = folder / spec.filename
    value, marks = _read(path)
    items = value.get(spec.key) if isinstance(value, dict) else None
    for index, item in enumerate(items if isinstance(items, list) else ()):
        if not (isinstance(item, dict) and item.get("id") == source.key):
            continue
        at = f"{spec.key}[{index}]"
        for name in ("name", "aliases", "phrases"):
            field = item.get(name)
            if field == text:
                at = f"{at}.{name}"
                break
            if isinstance(field, list) and text in field:
                at = f"{at}.{name}[{field.index(text)}]"
                break
        return Problem(str(path), *marks.get(at, (0, 0)), at, message)
    return None


def _read(path: Path) -> tuple[Any, dict[str, tuple[int, int]]]:
    """The plain value of a YAML file and the place of each field (None when it cannot
    be read: the problem is then left where it is)."""
    from stemcell_cli.core.yamlsource import MAX_FILE_BYTES, Document, parse_text

    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError:
        return None, {}
    if len(raw) > MAX_FILE_BYTES:
        return None, {}
    document = Document(str(path))
    parse_text(document, raw)
    return document.value, document.marks
