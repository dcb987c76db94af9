"""The renderer interface: a view in, the complete output text out."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stemcell_cli.views.entries import View


class Renderer(ABC):
    """Turns a View into the text written to stdout (ANSI included only for rich)."""

    @abstractmethod
    def render(self, view: View) -> str:
        """The whole output, ending with a newline."""

    def variant(self) -> tuple[object, ...]:
        """What besides the command, its arguments and the data decides the output, such
        as the terminal's width for Rich: a kept page is reused only for the same."""
        return ()
