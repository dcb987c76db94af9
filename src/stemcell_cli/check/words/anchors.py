"""What is wrong with the anchors (`&name`) and aliases (`*name`) of a word-list file,
said so that whoever edits it can mend it: the alias or anchor by its name, and the
field it stands in (`groups.danger`), with its line and column.

The word lists write a wording two lists share once, as an anchor, and read it again
by its name with an alias (the file's header says how). Renaming an anchor and not its
aliases, or moving a list below one that reads it, leaves an alias naming nothing, and
YAML's reader says only "found undefined alias"; an anchor renamed to a name already
given is "second occurrence". Read only when the file fails to load.
"""

from dataclasses import dataclass
from typing import Any, NamedTuple


class AnchorProblem(NamedTuple):
    """An alias naming no anchor above it, or an anchor given twice."""

    line: int
    column: int
    #: the keys down to where it stands, joined by dots (`groups.danger`)
    field: str
    message: str


@dataclass
class _Level:
    """A mapping or a sequence being read."""

    mapping: bool
    #: the mapping's key whose value is being read
    key: str = ""
    #: the mapping's next node is a key
    wants_key: bool = True


def anchor_problem(raw: bytes) -> AnchorProblem | None:
    """The first alias in `raw` whose anchor is not written above it, or the first
    anchor written twice; None when there is neither, or YAML fails before either."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    anchors: dict[str, int] = {}
    levels: list[_Level] = []
    try:
        for event in yaml.parse(raw, Loader=loader):
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                levels.pop()
                _after_node(levels)
                continue
            if not isinstance(event, yaml.NodeEvent):
                continue
            mark = event.start_mark
            line, column = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
            amiss = _amiss(event, anchors, line, yaml)
            if amiss is not None:  # the field is joined here only: joined at every
                # node, keys of 400 KB made a file's every node cost that much (attack8)
                field = ".".join(level.key for level in levels if level.mapping)
                return AnchorProblem(line, column, field, amiss)
            _read_node(levels, event, yaml)
    except yaml.YAMLError:
        return None
    return None


def _amiss(event: Any, anchors: dict[str, int], line: int, yaml: Any) -> str | None:
    """What is amiss with the node's alias or anchor, if anything; an anchor is kept
    with its line."""
    from stemcell_cli.core.textclean import quoted

    name = event.anchor
    if isinstance(event, yaml.AliasEvent):
        if name in anchors:
            return None
        return (
            f"the alias {quoted('*' + str(name))} names no anchor written above it in this"
            " file: was its anchor renamed, or moved below it?"
        )
    if name is None:
        return None
    if name in anchors:
        return (
            f"the anchor {quoted('&' + name)} is given twice (first on line {anchors[name]}):"
            " give each anchor a name of its own"
        )
    anchors[name] = line
    return None


def _read_node(levels: list[_Level], event: Any, yaml: Any) -> None:
    """Follow one node: a key of a mapping, or a value that opens a level or ends one."""
    top = levels[-1] if levels else None
    if top is not None and top.mapping and top.wants_key:
        # A key: a scalar in our files (a key that is a list or a mapping is named "?",
        # and the place of what follows it is then only roughly told).
        top.key = event.value if isinstance(event, yaml.ScalarEvent) else "?"
        top.wants_key = False
        if isinstance(event, yaml.CollectionStartEvent):
            levels.append(_Level(isinstance(event, yaml.MappingStartEvent)))
        return
    if isinstance(event, yaml.CollectionStartEvent):
        levels.append(_Level(isinstance(event, yaml.MappingStartEvent)))
    else:
        _after_node(levels)


def _after_node(levels: list[_Level]) -> None:
    """A whole node was read: a mapping's next node is a key."""
    if levels and levels[-1].mapping:
        levels[-1].wants_key = True
