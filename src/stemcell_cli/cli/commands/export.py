"""`stemcell export DIR [--force]`: the whole catalog as a cross-linked notes vault."""

from pathlib import Path
from typing import Annotated

import typer

from stemcell_cli.cli.options import FormatOption, catalog, emit, examples

EPILOGS = {
    "export": examples(
        "stemcell export ~/notes/stemcell",
        "stemcell --data-dir my-data export ~/notes/stemcell -f json",
    )
}


def export(
    ctx: typer.Context,
    directory: Annotated[
        Path,
        typer.Argument(
            metavar="DIR",
            help="The vault directory (created if missing), such as an Obsidian vault folder.",
        ),
    ],
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Overwrite files stemcell did not write, or that changed since."
        ),
    ] = False,
    fmt: FormatOption = "auto",
) -> None:
    """Write one Markdown note per condition, benefit, topic and term, plus index.md."""
    from stemcell_cli.export.files import export_files
    from stemcell_cli.export.vault import build_vault, export_view

    results = export_files(directory, build_vault(catalog(ctx)), force=force)
    emit(export_view(directory, results), fmt)
