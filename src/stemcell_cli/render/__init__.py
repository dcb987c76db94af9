"""Output formats: one renderer per module, chosen by name; `auto` picks by the terminal."""

from __future__ import annotations

import importlib
from enum import Enum

from stemcell_cli.render.base import PIPE, Renderer, Terminal


class OutputFormat(str, Enum):
    AUTO = "auto"
    RICH = "rich"
    MARKDOWN = "markdown"
    TEXT = "text"
    JSON = "json"


#: format name -> "module:class", imported only when that format is used.
RENDERERS = {
    "rich": "stemcell_cli.render.rich:RichRenderer",
    "markdown": "stemcell_cli.render.markdown:MarkdownRenderer",
    "text": "stemcell_cli.render.text:TextRenderer",
    "json": "stemcell_cli.render.json:JsonRenderer",
}


#: Formats whose output depends on the terminal; their renderer says how (`variant`).
TERMINAL_FORMATS = frozenset({"rich"})


def resolve(name: str, is_terminal: bool) -> str:
    """The concrete format for `name`: `auto` is rich on a terminal, markdown otherwise."""
    if name == OutputFormat.AUTO.value:
        return OutputFormat.RICH.value if is_terminal else OutputFormat.MARKDOWN.value
    return name


def get_renderer(name: str, terminal: Terminal = PIPE) -> Renderer:
    """The renderer of format `name`, for output going to `terminal`."""
    module_name, class_name = RENDERERS[name].split(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    renderer: Renderer = cls(terminal)
    return renderer


__all__ = [
    "PIPE",
    "RENDERERS",
    "TERMINAL_FORMATS",
    "OutputFormat",
    "Renderer",
    "Terminal",
    "get_renderer",
    "resolve",
]
