"""Safe, line-aware YAML reading: plain values plus the position of every node.

Only the parser runs (the C one when PyYAML has it), and its events are turned into
plain values here, one at a time, so no tag can construct an object and no node tree
is ever held: unknown tags, anchors and aliases (so an alias bomb costs nothing),
merge keys and duplicate keys are refused, each with its position. A file is read
with limits: at most MAX_FILE_BYTES, MAX_VALUES values and MAX_DEPTH levels of
nesting, and at most MAX_PROBLEMS problems are kept (the rest are counted).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from stemcell_cli.core.datadirs import MAX_DATA_FILE_BYTES
from stemcell_cli.core.problems import MAX_PROBLEMS, Problem
from stemcell_cli.core.textclean import quoted

#: Larger files are refused before parsing; documented in docs/security.md.
MAX_FILE_BYTES = MAX_DATA_FILE_BYTES
#: More values (texts, numbers, lists and mappings) than this in one file are refused:
#: entries take about 16 bytes a value, so 16 MiB of them hold about this many, and it
#: bounds the time and memory of a file of millions of tiny values (`[1,1,1,...]`).
MAX_VALUES = 1_000_000
MAX_DEPTH = 64
#: Plain scalars that PyYAML (YAML 1.1) reads as text but YAML 1.2, which editors and
#: the JSON Schema tools use, reads as numbers: `1e3`, `1.0e3`, `0o17`. Read as numbers
#: here too, so a field that wants text reports them.
_YAML12_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_YAML12_OCTAL = re.compile(r"0o[0-7]+")

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: first character of a plain scalar -> [(tag, pattern)], as the loader resolves them.
_RESOLVERS: dict[Any, list[tuple[str, re.Pattern[str]]]] = _Loader.yaml_implicit_resolvers

_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_MERGE = "tag:yaml.org,2002:merge"
_SCALAR_TAGS = {
    _STR,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_INT = "tag:yaml.org,2002:int"
_NUMBER_TAGS = {_INT, "tag:yaml.org,2002:float"}
#: The first characters of plain scalars that may be something other than text: the
#: YAML 1.1 resolvers' (numbers, booleans, null, dates, merge) and YAML 1.2 numbers'.
_SPECIAL_START = frozenset(
    [key for key in _RESOLVERS if isinstance(key, str)] + [""] + list("0123456789+-.")
)


@dataclass
class Document:
    """The plain value of a file and the (line, column) of each node by field path."""

    file: str
    value: Any = None
    marks: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: The source text of scalars that YAML read as something other than text.
    literals: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: Problems found beyond MAX_PROBLEMS: counted, not kept.
    more: int = 0
    #: The SHA-256 of the bytes parsed and the file's status as it was read
    #: (files.stamp); `changed` when it changed while being read.
    digest: str = ""
    stamp: list[int] | None = None
    changed: bool = False

    def at(self, path: str) -> tuple[int, int]:
        """Position of `path`, or of its nearest ancestor that has one."""
        while True:
            if path in self.marks:
                return self.marks[path]
            cut = max(path.rfind("."), path.rfind("["))
            if cut <= 0:
                return self.marks.get(path, (1, 1))
            path = path[:cut]

    def add(self, problem: Problem) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)
        else:
            self.more += 1

    def problem_at(self, path: str, message: str) -> Problem:
        line, column = self.at(path)
        return Problem(self.file, line, column, path, message)

    def problem(self, path: str, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(self.problem_at(path, message))
        else:
            self.more += 1  # not even placed: a file of a million problems stays quick

    def whole_file(self, message: str, line: int = 0, column: int = 0) -> None:
        self.add(Problem(self.file, line, column, "", message))


def read_document(path: Path, display: str) -> Document:
    """Read and parse one YAML file; every failure becomes a Problem, never an exception."""
    import hashlib  # only when data files are read: a cached run never imports it

    from stemcell_cli.core.files import NotAFile, TooLarge, read_bounded

    doc = Document(display)
    try:
        read = read_bounded(path, MAX_FILE_BYTES)
    except TooLarge as exc:
        doc.whole_file(f"file {exc}")
        return doc
    except NotAFile as exc:
        doc.whole_file(f"{exc}")
        return doc
    except OSError as exc:
        doc.whole_file(f"cannot read: {exc.strerror or exc}")
        return doc
    from stemcell_cli.core.files import stamp

    doc.digest = hashlib.sha256(read.data).hexdigest()
    doc.stamp = stamp(read.info)
    doc.changed = read.changed
    parse_text(doc, read.data)
    return doc


def parse_text(doc: Document, raw: bytes) -> None:
    """Decode (UTF-8, BOM allowed) and parse `raw` into `doc`."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        doc.whole_file(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})", line, column)
        return
    try:
        _Converter(doc, _Loader(text)).run()
    except yaml.reader.ReaderError as exc:
        # The C reader counts bytes of the UTF-8 text; the pure one counts characters.
        encoded = text.encode("utf-8")
        offset = (
            exc.position
            if _Loader is not yaml.SafeLoader
            else len(text[: exc.position].encode("utf-8"))
        )
        line = encoded.count(b"\n", 0, offset) + 1
        line_start = encoded.rfind(b"\n", 0, offset) + 1
        column = len(encoded[line_start:offset].decode("utf-8", "replace")) + 1
        doc.whole_file(f"{_character(exc.character)} is not allowed in YAML", line, column)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        reason = exc.problem or exc.context or "invalid YAML"
        start = exc.context_mark
        if exc.problem and exc.context and start is not None and start.line + 1 != line:
            # Such as an unclosed quote: the end of the file is found, the quote is the cause.
            where = f"line {start.line + 1}, column {start.column + 1}"
            reason += f" ({exc.context} started at {where})"
        doc.whole_file(f"YAML syntax error: {reason}", line, column)
    except yaml.YAMLError as exc:
        doc.whole_file(f"YAML error: {exc}")
    except _Refused as exc:
        doc.whole_file(exc.message, exc.line, exc.column)


class _Refused(Exception):
    """The whole file is refused (too many values, too deep, more than one document)."""

    def __init__(self, message: str, mark: Any) -> None:
        super().__init__(message)
        self.message = message
        self.line = mark.line + 1
        self.column = mark.column + 1


def _character(character: Any) -> str:
    code = character if isinstance(character, int) else ord(str(character)[:1] or "?")
    if code == 0:
        return "a NUL character (\\x00)"
    return f"the control character \\x{code:02x}" if code < 0x100 else f"the character U+{code:04X}"


def _resolve(value: str) -> str:
    """The tag of a plain scalar, as the loader would resolve it (YAML 1.1)."""
    for tag, pattern in _RESOLVERS.get(value[:1], ()):
        if pattern.match(value):
            return tag
    return _STR


def _yaml12_number(value: str) -> float | int | None:
    if _YAML12_OCTAL.fullmatch(value):
        return int(value[2:], 8)
    if _YAML12_FLOAT.fullmatch(value):
        return float(value)
    return None


class _Converter:
    """Plain values from the parser's events, with the position of every node."""

    def __init__(self, doc: Document, loader: Any) -> None:
        self.doc = doc
        self.next = loader.get_event
        self.marks = doc.marks
        self.alias_reported = False
        self.values = 0
        self.constructor = yaml.constructor.SafeConstructor()

    def run(self) -> None:
        self.next()  # the stream starts
        event = self.next()
        if isinstance(event, yaml.StreamEndEvent):
            self.doc.whole_file("file is empty (no YAML document)", 1, 1)
            return
        value = self.convert(self.next(), "", 0)
        self.next()  # the document ends
        event = self.next()
        if not isinstance(event, yaml.StreamEndEvent):
            raise _Refused(
                "YAML syntax error: expected a single document in the stream, "
                "but found another document",
                event.start_mark,
            )
        if value is None and not (self.doc.problems or self.doc.more):
            self.doc.whole_file("the file holds no data (an empty document or null)", 1, 1)
            return
        self.doc.value = value

    def convert(self, event: Any, path: str, depth: int) -> Any:
        self.values += 1
        if self.values > MAX_VALUES:
            raise _Refused(f"file holds more than {MAX_VALUES:,} values", event.start_mark)
        mark = event.start_mark
        self.marks[path] = (mark.line + 1, mark.column + 1)
        kind = type(event)
        if kind is yaml.ScalarEvent:
            if event.tag is None and not event.style and event.value[:1] not in _SPECIAL_START:
                return event.value  # the usual plain text: nothing to resolve
            return self._scalar(event, path)
        if kind is yaml.AliasEvent:
            if not self.alias_reported:
                self.alias_reported = True
                self.doc.problem(path, "anchors and aliases (&, *) are not supported")
            return None
        if depth >= MAX_DEPTH:
            raise _Refused(f"nesting is deeper than {MAX_DEPTH} levels", event.start_mark)
        if kind is yaml.SequenceStartEvent:
            if event.tag not in (None, "!", _SEQ):
                self.doc.problem(path, f"unsupported tag {quoted(event.tag)}")
                self._skip()
                return None
            items: list[Any] = []
            event = self.next()
            while type(event) is not yaml.SequenceEndEvent:
                items.append(self.convert(event, f"{path}[{len(items)}]", depth + 1))
                event = self.next()
            return items
        if event.tag not in (None, "!", _MAP):
            self.doc.problem(path, f"unsupported tag {quoted(event.tag)}")
            self._skip()
            return None
        return self._mapping(path, depth)

    def _scalar(self, event: Any, path: str) -> Any:
        tag = event.tag
        value: str = event.value
        tagged = tag is not None and tag != "!"  # `!!str 123` asks for text
        if not tagged:
            tag = _resolve(value) if event.implicit[0] else _STR
        if tag == _STR:
            if event.style or tagged:  # quoted, block or tagged scalars are always text
                return value
            number = _yaml12_number(value)
            if number is None:
                return value
            self.doc.literals[path] = value
            return number
        if tag not in _SCALAR_TAGS:
            self.doc.problem(path, f"unsupported tag {quoted(tag)}")
            return None
        self.doc.literals[path] = value
        if tag == _INT and value.isascii() and value.isdigit():
            try:
                return int(value)
            except ValueError:  # more digits than Python turns into an int: still a number
                return math.inf
        node = yaml.ScalarNode(tag, value, event.start_mark, event.end_mark, event.style)
        try:
            return self.constructor.yaml_constructors[tag](self.constructor, node)
        except (yaml.YAMLError, ValueError, OverflowError):
            if tag in _NUMBER_TAGS:
                return -math.inf if value.startswith("-") else math.inf
            # Such as the date 2026-13-45: the field's own check reports it, quoting it.
            return value

    def _skip(self) -> None:
        """Pass over the rest of the collection whose start was just read."""
        open_collections = 1
        while open_collections:
            kind = type(self.next())
            if kind is yaml.SequenceStartEvent or kind is yaml.MappingStartEvent:
                open_collections += 1
            elif kind is yaml.SequenceEndEvent or kind is yaml.MappingEndEvent:
                open_collections -= 1

    def _skip_node(self, event: Any) -> None:
        kind = type(event)
        if kind is yaml.SequenceStartEvent or kind is yaml.MappingStartEvent:
            self._skip()

    def _mapping(self, path: str, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        event = self.next()
        while type(event) is not yaml.MappingEndEvent:
            key_event = event
            mark = key_event.start_mark
            where = (mark.line + 1, mark.column + 1)
            key = self._key(key_event, path, where)
            if key is None:
                self._skip_node(self.next())
                event = self.next()
                continue
            child = f"{path}.{key}" if path else key
            if key in result:
                message = f"duplicate key {quoted(key)} (first at line {first_line[key]})"
                self.doc.add(Problem(self.doc.file, *where, child, message))
                self._skip_node(self.next())
                event = self.next()
                continue
            first_line[key] = where[0]
            result[key] = self.convert(self.next(), child, depth + 1)
            # Point a field at its key, where a reader looks for it.
            self.marks[child] = where
            event = self.next()
        return result

    def _key(self, event: Any, path: str, where: tuple[int, int]) -> str | None:
        """The key `event` starts, or None after reporting why it cannot be one."""
        from stemcell_cli.core.textclean import shortened

        if type(event) is yaml.ScalarEvent:
            tag = event.tag
            if tag is None and event.implicit[0]:
                tag = _resolve(event.value)
            if tag in (None, "!", _STR):
                return str(event.value)
            shown = shortened(str(event.value), 40)
            message = (
                "merge keys (<<) are not supported; write the fields out"
                if tag == _MERGE
                else "keys must be plain text"
            )
        else:
            self._skip_node(event)
            if type(event) is yaml.AliasEvent:
                shown, message = "*", "anchors and aliases (&, *) are not supported"
            else:
                shown, message = "?", "keys must be plain text"
        label = f"{path}.{shown}" if path else shown
        self.doc.add(Problem(self.doc.file, *where, label, message))
        return None


def read_shaped(path: Path, display: str, check: Callable[[Document], None]) -> Any:
    """The value of one YAML file of ours whose shape `check` tests (adding its first
    problem to the document); DataError with the first problem (file, line, field) when
    the file cannot be read, is not YAML, or is not of that shape."""
    from stemcell_cli.core.errors import DataError

    doc = read_document(path, display)
    if not doc.problems:
        check(doc)
    if doc.problems:
        raise DataError(doc.problems[:1])
    return doc.value
