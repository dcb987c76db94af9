"""`stemcell explain NAME`: a condition, a benefit, a topic or a glossary term."""

from typing import Annotated

import typer

from stemcell_cli.options import FormatOption, catalog, complete_any, emit
from stemcell_cli.render import OutputFormat


def explain(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            help="A condition, benefit, topic (msc) or glossary term.", autocompletion=complete_any
        ),
    ],
    fmt: FormatOption = OutputFormat.AUTO,
) -> None:
    """Explain a condition, a claimed benefit, MSCs (msc) or a glossary term."""
    from stemcell_cli.views import entry_view

    found = catalog(ctx)
    emit(entry_view(found, found.find(name)), fmt)
