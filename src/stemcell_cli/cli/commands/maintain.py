"""`stemcell validate` and `stemcell schema`: for people who write their own data."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from stemcell_cli.cli.options import FormatOption, emit, examples, state

if TYPE_CHECKING:
    from stemcell_cli.core.datadirs import Dataset

EPILOGS = {
    "validate": examples(
        "stemcell validate",
        "stemcell validate ./my-data",
        "stemcell validate ./my-data -f json",
    ),
    "schema": examples(
        "stemcell schema > stemcell.schema.json",
        "stemcell schema | jq '.properties | keys'",
    ),
}


def validate(
    ctx: typer.Context,
    directory: Annotated[
        Path | None,
        typer.Argument(
            help="A data directory to check over the shipped data.",
            readable=False,  # the loader says what is wrong in one line, and exits 3
        ),
    ] = None,
    fmt: FormatOption = "auto",
) -> None:
    """Check the data files: print a summary and exit 0, or every problem
    (file:line:col: field: message) and exit 3. The phrases `check` reads adverts
    with are compiled too, so a phrase `check` would refuse is a problem here."""
    from stemcell_cli.cli.output import stdout_is_terminal
    from stemcell_cli.core.errors import EXIT_DATA, DataError
    from stemcell_cli.core.loader import data_dirs, load_dataset
    from stemcell_cli.core.problems import Problem
    from stemcell_cli.views.validation import validation_view

    target = directory if directory is not None else state(ctx).data_dir
    dirs = data_dirs(target)
    where = str(target) if target is not None else "shipped data"
    try:
        dataset = load_dataset(dirs)
        _compile_phrases(dataset, [d.path for d in dirs if not d.shipped])
        problems: tuple[Problem, ...] = ()
        more = 0
        counts = {kind.replace("_", " "): len(items) for kind, items in dataset.items()}
    except DataError as exc:
        problems, more, counts = exc.problems, exc.more, {}
    if fmt == "auto" and not stdout_is_terminal():
        fmt = "text"  # diagnostics in a pipe stay one per line, grep-able
    emit(ctx, validation_view(problems, counts, where, more), fmt)
    if problems:
        raise typer.Exit(EXIT_DATA)


def _compile_phrases(dataset: "Dataset", user_dirs: list[Path]) -> None:
    """Raise DataError when a phrase or word list of `check` does not compile."""
    from stemcell_cli.check.matching.wordings import lexicon_for, matcher_for
    from stemcell_cli.core.catalog import Catalog

    catalog = Catalog.from_dataset(dataset, user_dirs)
    matcher_for(catalog, lexicon_for(catalog))


def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of the data files, for editors."""
    import json

    from stemcell_cli.cli.output import write
    from stemcell_cli.core.schema import json_schema

    write(json.dumps(json_schema(), indent=2) + "\n")
