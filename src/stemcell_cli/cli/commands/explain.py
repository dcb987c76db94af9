"""`stemcell explain NAME`: a condition, a benefit, a topic or a glossary term."""

from typing import TYPE_CHECKING, Annotated

import typer

from stemcell_cli.cli.options import (
    FormatOption,
    FullOption,
    SectionOption,
    complete_any,
    examples,
    layout_of,
    show,
)

if TYPE_CHECKING:
    from stemcell_cli.core.catalog import Catalog
    from stemcell_cli.views.base import View

EPILOGS = {
    "explain": examples(
        "stemcell explain osteoarthritis             # the short page",
        "stemcell explain oa --full >> notes.md      # everything, as Markdown",
        "stemcell explain oa -s risks -s questions   # only those sections",
    )
}


def explain(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            help="A condition, benefit, topic (msc) or glossary term: id, name or alias.",
            autocompletion=complete_any,
        ),
    ],
    full: FullOption = None,
    section: SectionOption = None,
    fmt: FormatOption = "auto",
) -> None:
    """Explain a condition, a claimed benefit, MSCs (msc) or a glossary term.

    The short page comes first: the bottom line, when to see a doctor, each claim
    against the evidence, the main risks, cost, regulation, the questions to ask and
    the sources. --full shows everything; --section NAME only the parts named.
    """

    def page(found: "Catalog") -> "View":
        from stemcell_cli.views.entries import entry_view

        return entry_view(found, found.find(name), layout=layout_of(full, section))

    show(ctx, fmt, page)
