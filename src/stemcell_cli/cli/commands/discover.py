"""`stemcell search`, `stemcell matrix` and `stemcell compare`: finding and weighing entries."""

from typing import Annotated

import typer

from stemcell_cli.cli.options import FormatOption, catalog, complete_any, emit, examples

EPILOGS = {
    "search": examples(
        "stemcell search cartilage",
        'stemcell search "knee pain" placebo       # all the words; quotes keep a phrase',
        "stemcell search stem cell -f json | jq '.hits[].command'",
    ),
    "matrix": examples("stemcell matrix", "stemcell matrix -f markdown >> notes.md"),
    "compare": examples(
        "stemcell compare oa ra",
        'stemcell compare oa "rotator cuff" hip-and-knee-pain',
        "stemcell compare fewer-side-effects avoid-surgery",
    ),
}


def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(help='Words that must all appear; "quoted words" are one phrase.'),
    ],
    fmt: FormatOption = "auto",
) -> None:
    """Search conditions, benefits, terms and references; best matches first.

    Exit 1 when nothing matches, like grep.
    """
    from stemcell_cli.core.search import search as run_search
    from stemcell_cli.core.textclean import clean
    from stemcell_cli.views.search import search_view

    # Cleaned as all words from outside (attack17): the query is the page's heading and
    # JSON's `query`, where NEL, U+2028 or a C0 separator after a word that matched went
    # as typed; and a soft hyphen pasted inside a word found nothing.
    text = clean(" ".join(query), one_line=True)
    emit(ctx, search_view(text, run_search(catalog(ctx), text)), fmt)


def matrix(ctx: typer.Context, fmt: FormatOption = "auto") -> None:
    """The grade of each claimed benefit for each condition, as one grid."""
    from stemcell_cli.views.matrix import matrix_view

    emit(ctx, matrix_view(catalog(ctx)), fmt)


def compare(
    ctx: typer.Context,
    names: Annotated[
        list[str],
        typer.Argument(
            help="Two or more conditions, or two or more benefits.", autocompletion=complete_any
        ),
    ],
    fmt: FormatOption = "auto",
) -> None:
    """Put two or more conditions (or benefits) side by side."""
    from stemcell_cli.views.compare import compare_view, resolve

    found = catalog(ctx)
    emit(ctx, compare_view(found, resolve(found, names)), fmt)
