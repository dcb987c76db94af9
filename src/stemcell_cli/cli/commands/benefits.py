"""`stemcell benefits list|show` (a bare `stemcell benefits` lists)."""

from typing import TYPE_CHECKING, Annotated

import typer

from stemcell_cli.cli.options import (
    FormatOption,
    FullOption,
    SectionOption,
    complete_benefit,
    examples,
    layout_of,
    show,
)

if TYPE_CHECKING:
    from stemcell_cli.core.catalog import Catalog
    from stemcell_cli.views.base import View

app = typer.Typer(
    help="List the claimed benefits (the default), or show one.",
    epilog=examples(
        "stemcell benefits                          # the list",
        "stemcell benefits show fewer-side-effects",
    ),
)


@app.command(
    "list",
    epilog=examples("stemcell benefits list", "stemcell benefits list -f json | jq '.[].grade'"),
)
def list_benefits(ctx: typer.Context, fmt: FormatOption = "auto") -> None:
    """List the six claimed benefits with their evidence grade."""

    def page(found: "Catalog") -> "View":
        from stemcell_cli.views.lists import benefit_list_view

        return benefit_list_view(found)

    show(ctx, fmt, page)


@app.command(
    "show",
    epilog=examples(
        "stemcell benefits show fewer-side-effects",
        "stemcell benefits show 'no side effects' --full",
        "stemcell benefits show avoid-surgery --section conditions",
    ),
)
def show_benefit(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            help="Benefit id, name, or a wording of the claim.", autocompletion=complete_benefit
        ),
    ],
    full: FullOption = None,
    section: SectionOption = None,
    fmt: FormatOption = "auto",
) -> None:
    """Explain one claimed benefit, and every condition it is claimed for."""

    def page(found: "Catalog") -> "View":
        from stemcell_cli.views.entries import benefit_view

        return benefit_view(found, found.benefit(name), layout=layout_of(full, section))

    show(ctx, fmt, page)
