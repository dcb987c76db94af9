"""Safe, line-aware YAML reading: plain values plus the position of every node.

Only the composer runs (the C one when PyYAML has it), so no tag can construct an
object. The node tree is then turned into plain values here, which lets us refuse
unknown tags, anchors and aliases (so an alias bomb costs nothing), and duplicate
keys, each with its position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from stemcell_cli.core.problems import Problem

#: Larger files are refused before parsing; documented in the README.
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64
#: Plain scalars that PyYAML (YAML 1.1) reads as text but YAML 1.2, which editors and
#: the JSON Schema tools use, reads as numbers: `1e3`, `1.0e3`, `0o17`. Read as numbers
#: here too, so a field that wants text reports them.
_YAML12_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_YAML12_OCTAL = re.compile(r"0o[0-7]+")

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_SCALAR_TAGS = {
    _STR,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


@dataclass
class Document:
    """The plain value of a file and the (line, column) of each node by field path."""

    file: str
    value: Any = None
    marks: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: The source text of scalars that YAML read as something other than text.
    literals: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def at(self, path: str) -> tuple[int, int]:
        """Position of `path`, or of its nearest ancestor that has one."""
        while True:
            if path in self.marks:
                return self.marks[path]
            cut = max(path.rfind("."), path.rfind("["))
            if cut <= 0:
                return self.marks.get(path, (1, 1))
            path = path[:cut]

    def problem_at(self, path: str, message: str) -> Problem:
        line, column = self.at(path)
        return Problem(self.file, line, column, path, message)

    def problem(self, path: str, message: str) -> None:
        self.problems.append(self.problem_at(path, message))


def read_document(path: Path, display: str) -> Document:
    """Read and parse one YAML file; every failure becomes a Problem, never an exception."""
    doc = Document(display)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            doc.problems.append(
                Problem(
                    display,
                    0,
                    0,
                    "",
                    f"file is {size // (1024 * 1024)} MiB; the limit is "
                    f"{MAX_FILE_BYTES // (1024 * 1024)} MiB",
                )
            )
            return doc
        raw = path.read_bytes()
    except IsADirectoryError:
        doc.problems.append(Problem(display, 0, 0, "", "is a directory, not a file"))
        return doc
    except OSError as exc:
        doc.problems.append(Problem(display, 0, 0, "", f"cannot read: {exc.strerror or exc}"))
        return doc
    parse_text(doc, raw)
    return doc


def parse_text(doc: Document, raw: bytes) -> None:
    """Decode (UTF-8, BOM allowed) and parse `raw` into `doc`."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        doc.problems.append(
            Problem(doc.file, line, column, "", f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})")
        )
        return
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        reason = exc.problem or exc.context or "invalid YAML"
        start = exc.context_mark
        if exc.problem and exc.context and start is not None and start.line + 1 != line:
            # Such as an unclosed quote: the end of the file is found, the quote is the cause.
            where = f"line {start.line + 1}, column {start.column + 1}"
            reason += f" ({exc.context} started at {where})"
        doc.problems.append(Problem(doc.file, line, column, "", f"YAML syntax error: {reason}"))
        return
    except yaml.YAMLError as exc:
        doc.problems.append(Problem(doc.file, 0, 0, "", f"YAML error: {exc}"))
        return
    except RecursionError:
        doc.problems.append(Problem(doc.file, 0, 0, "", "nesting is too deep"))
        return
    if node is None:
        doc.problems.append(Problem(doc.file, 1, 1, "", "file is empty (no YAML document)"))
        return
    _Converter(doc, text).run(node)


def _first_alias(text: str) -> tuple[int, int]:
    """Position of the first alias (`*name`) in `text`; only called when there is one."""
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) and event.start_mark is not None:
            return event.start_mark.line + 1, event.start_mark.column + 1
    return 1, 1


def _yaml12_number(node: yaml.ScalarNode) -> float | int | None:
    if node.style:  # quoted or block scalars are always text (plain is None or "")
        return None
    if _YAML12_OCTAL.fullmatch(node.value):
        return int(node.value[2:], 8)
    if _YAML12_FLOAT.fullmatch(node.value):
        return float(node.value)
    return None


class _Converter:
    def __init__(self, doc: Document, text: str) -> None:
        self.doc = doc
        self.text = text
        self.alias_reported = False
        self.seen: set[int] = set()
        self.constructor = yaml.constructor.SafeConstructor()

    def run(self, node: yaml.Node) -> None:
        self.doc.value = self.convert(node, "", 0)

    def _mark(self, node: yaml.Node, path: str) -> None:
        self.doc.marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)

    def convert(self, node: yaml.Node, path: str, depth: int) -> Any:
        self._mark(node, path)
        if id(node) in self.seen:
            # The composer shares one node between an anchor and its aliases, so a node
            # met twice is an alias. Report the first one, where it is written, once.
            if not self.alias_reported:
                self.alias_reported = True
                line, column = _first_alias(self.text)
                message = "anchors and aliases (&, *) are not supported"
                self.doc.problems.append(Problem(self.doc.file, line, column, path, message))
            return None
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            self.doc.problem(path, f"nesting is deeper than {MAX_DEPTH} levels")
            return None
        if isinstance(node, yaml.ScalarNode):
            if node.tag not in _SCALAR_TAGS:
                self.doc.problem(path, f"unsupported tag {node.tag!r}")
                return None
            if node.tag == _STR:
                number = _yaml12_number(node)
                if number is None:
                    return node.value
                self.doc.literals[path] = node.value
                return number
            self.doc.literals[path] = node.value
            try:
                return self.constructor.construct_object(node)
            except (yaml.YAMLError, ValueError, OverflowError):
                # Such as the date 2026-13-45: the field's own check reports it, quoting it.
                return node.value
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ:
                self.doc.problem(path, f"unsupported tag {node.tag!r}")
                return None
            return [
                self.convert(item, f"{path}[{index}]", depth + 1)
                for index, item in enumerate(node.value)
            ]
        if isinstance(node, yaml.MappingNode):
            if node.tag != _MAP:
                self.doc.problem(path, f"unsupported tag {node.tag!r}")
                return None
            return self._mapping(node, path, depth)
        self.doc.problem(path, "unsupported YAML node")
        return None

    def _mapping(self, node: yaml.MappingNode, path: str, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != _STR:
                where = (key_line, key_node.start_mark.column + 1)
                shown = getattr(key_node, "value", "?")
                label = f"{path}.{shown}" if path else str(shown)
                self.doc.problems.append(
                    Problem(self.doc.file, *where, label, "keys must be plain text")
                )
                continue
            key = key_node.value
            child = f"{path}.{key}" if path else key
            if key in result:
                self.doc.problems.append(
                    Problem(
                        self.doc.file,
                        key_line,
                        key_node.start_mark.column + 1,
                        child,
                        f"duplicate key '{key}' (first at line {first_line[key]})",
                    )
                )
                continue
            first_line[key] = key_line
            result[key] = self.convert(value_node, child, depth + 1)
            # Point a field at its key, where a reader looks for it.
            self.doc.marks[child] = (key_line, key_node.start_mark.column + 1)
        return result
