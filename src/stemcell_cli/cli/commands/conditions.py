"""`stemcell conditions list|show` (a bare `stemcell conditions` lists)."""

from typing import TYPE_CHECKING, Annotated

import typer

from stemcell_cli.cli.options import (
    FormatOption,
    FullOption,
    SectionOption,
    complete_benefit,
    complete_condition,
    examples,
    layout_of,
    show,
)
from stemcell_cli.core.grades import Grade

if TYPE_CHECKING:
    from stemcell_cli.core.catalog import Catalog
    from stemcell_cli.views.base import View

app = typer.Typer(
    help="List the conditions (the default), or show one.",
    epilog=examples(
        "stemcell conditions                        # the list",
        "stemcell conditions list --grade early",
        "stemcell conditions show 'rotator cuff'",
    ),
)


@app.command(
    "list",
    epilog=examples(
        "stemcell conditions list",
        "stemcell conditions list --category spine",
        "stemcell conditions list --benefit avoid-surgery -f json",
    ),
)
def list_conditions(
    ctx: typer.Context,
    category: Annotated[
        str | None, typer.Option("--category", "-c", help="Only this category (joint, spine, ...).")
    ] = None,
    benefit: Annotated[
        str | None,
        typer.Option(
            "--benefit",
            "-b",
            help="Only conditions this benefit is claimed for.",
            autocompletion=complete_benefit,
        ),
    ] = None,
    grade: Annotated[
        Grade | None, typer.Option("--grade", "-g", help="Only this evidence grade.")
    ] = None,
    fmt: FormatOption = "auto",
) -> None:
    """List the conditions with their evidence grade."""

    def page(found: "Catalog") -> "View":
        from stemcell_cli.views.lists import condition_list_view

        return condition_list_view(
            found, found.filter_conditions(category, benefit, grade), "Conditions"
        )

    show(ctx, fmt, page)


@app.command(
    "show",
    epilog=examples(
        "stemcell conditions show osteoarthritis",
        "stemcell conditions show 'back pain' --full",
        "stemcell conditions show ra --section regulation",
    ),
)
def show_condition(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Argument(help="Condition id, name or alias.", autocompletion=complete_condition)
    ],
    full: FullOption = None,
    section: SectionOption = None,
    fmt: FormatOption = "auto",
) -> None:
    """Explain one condition: the short page, --full, or --section NAME."""

    def page(found: "Catalog") -> "View":
        from stemcell_cli.views.entries import condition_view

        return condition_view(found, found.condition(name), layout=layout_of(full, section))

    show(ctx, fmt, page)
