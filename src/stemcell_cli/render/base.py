"""The renderer interface: a view in, the complete output text out."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from stemcell_cli.views.base import View


class Terminal(NamedTuple):
    """What the command line found out about where the output goes, handed to the
    renderer so that no renderer asks the process itself."""

    #: stdout is a terminal (so Rich may colour and size it as one).
    is_terminal: bool = False
    #: The locale cannot show more than ASCII: rules, bullets and boxes are drawn in it.
    ascii: bool = False
    #: The widest a page is laid out (prose is hard to read in longer lines); a table
    #: that needs more may take the terminal's whole width.
    max_width: int = 100


#: Output that goes to a file or a pipe.
PIPE = Terminal()


class Renderer(ABC):
    """Turns a View into the text written to stdout (ANSI included only for rich)."""

    def __init__(self, terminal: Terminal = PIPE) -> None:
        self.terminal = terminal

    @abstractmethod
    def render(self, view: View) -> str:
        """The whole output, ending with a newline."""

    def variant(self) -> tuple[object, ...]:
        """What besides the command, its arguments and the data decides the output, such
        as the terminal's width for Rich: a kept page is reused only for the same."""
        return ()
