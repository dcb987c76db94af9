"""`stemcell validate` and `stemcell schema`: for people who write their own data."""

from pathlib import Path
from typing import Annotated

import typer

from stemcell_cli.cli.options import FormatOption, emit, state
from stemcell_cli.render import OutputFormat


def validate(
    ctx: typer.Context,
    directory: Annotated[
        Path | None,
        typer.Argument(help="A data directory to check over the shipped data."),
    ] = None,
    fmt: FormatOption = OutputFormat.AUTO,
) -> None:
    """Check the data files; print every problem (file:line:col: field: message), then exit 3."""
    from stemcell_cli.cli.output import stdout_is_terminal
    from stemcell_cli.core.errors import EXIT_DATA, DataError
    from stemcell_cli.core.loader import data_dirs, load_dataset
    from stemcell_cli.core.problems import Problem
    from stemcell_cli.views.entries import validation_view

    target = directory if directory is not None else state(ctx).data_dir
    dirs = data_dirs(target)
    where = str(target) if target is not None else "shipped data"
    try:
        dataset = load_dataset(dirs)
        problems: tuple[Problem, ...] = ()
        counts = {kind.replace("_", " ") + "s": len(items) for kind, items in dataset.items()}
    except DataError as exc:
        problems, counts = exc.problems, {}
    if fmt is OutputFormat.AUTO and not stdout_is_terminal():
        fmt = OutputFormat.TEXT  # diagnostics in a pipe stay one per line, grep-able
    emit(validation_view(problems, counts, where), fmt)
    if problems:
        raise typer.Exit(EXIT_DATA)


def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the data files, for editors."""
    import json

    from stemcell_cli.cli.output import write
    from stemcell_cli.core.schema import json_schema

    write(json.dumps(json_schema(), indent=2) + "\n")
