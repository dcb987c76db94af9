"""The page of `stemcell config`: where the config file is, and the settings in effect.

The config file's path and every value come from outside (the environment, the config
file, the command line): they are cleaned as all outside text is (`textclean.clean`), so
an escape sequence or a bidirectional override in `STEMCELL_CONFIG`, `XDG_CONFIG_HOME` or
a setting never reaches the terminal (attack13)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from stemcell_cli.core.textclean import clean
from stemcell_cli.views.base import View
from stemcell_cli.views.document import Fields, Heading, Page, Paragraph, Span, plain

ORDER = "command line > environment > config file > built-in"


class Setting(NamedTuple):
    name: str
    value: str
    #: Where the value comes from: "command line", "environment (NAME)", "config file"
    #: or "built-in".
    source: str


def settings_view(path: str, exists: bool, settings: Sequence[Setting]) -> View:
    path = clean(path, one_line=True)
    settings = [Setting(*(clean(field, one_line=True) for field in s)) for s in settings]
    state = "" if exists else " (not there: every setting is from elsewhere)"
    page = Page(
        (
            Heading("stemcell settings", 1),
            Paragraph((Span("Config file: "), Span(path, "code"), Span(state))),
            Paragraph(plain(f"Settings in effect, first found wins: {ORDER}.")),
            Fields(
                tuple((s.name, (Span(s.value, "code"), Span(f"  ({s.source})"))) for s in settings)
            ),
        )
    )
    data = {
        "config_file": path,
        "exists": exists,
        "order": ORDER.split(" > "),
        "settings": {s.name: {"value": s.value, "source": s.source} for s in settings},
    }
    return View(page, data)
