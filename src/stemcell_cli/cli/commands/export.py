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
            readable=False,  # export says what it cannot write, in one line, exit 4
        ),
    ],
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Also overwrite notes you edited, and files stemcell did not write.",
        ),
    ] = False,
    fmt: FormatOption = "auto",
) -> None:
    """Write one Markdown note per condition, benefit, topic, term and reference, plus
    index.md and references.bib. Run it again to update the vault: notes you edited are
    kept (and listed on stderr) unless --force."""
    from stemcell_cli.cli.app import PREFIX
    from stemcell_cli.cli.output import error
    from stemcell_cli.export.files import export_files
    from stemcell_cli.export.vault import build_vault, export_view, kept_lines

    results = export_files(directory, build_vault(catalog(ctx)), force=force)
    emit(ctx, export_view(directory, results), fmt)
    kept = kept_lines(results)
    if kept:
        error([PREFIX + kept[0], *kept[1:]])
