"""`stemcell check FILE|-`: read a clinic's advertisement and answer each claim."""

from typing import Annotated

import typer

from stemcell_cli.cli.options import FormatOption, catalog, emit_as, examples, output_for

#: Exit status when red flags are found, like a linter's "problems found".
EXIT_RED_FLAGS = 1

EPILOGS = {
    "check": examples(
        "stemcell check leaflet.txt",
        "pbpaste | stemcell check -",
        "stemcell check saved-page.html -f json --no-fail",
    )
}


def check(
    ctx: typer.Context,
    source: Annotated[
        str,
        typer.Argument(
            help="A text or HTML file, an http(s) address, or - for stdin.",
            metavar="FILE|URL|-",
        ),
    ],
    no_fail: Annotated[
        bool,
        typer.Option("--no-fail", help="Exit 0 even when red flags are found."),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", "-q", help="Print no report: the exit code alone tells (like grep -q)."
        ),
    ] = False,
    fmt: FormatOption = "auto",
) -> None:
    """Answer a clinic's advert: a verdict, its warning signs, each claim against the evidence.

    Exit 0 when nothing needs a warning, 1 when the text shows red flags (unless
    --no-fail; a text that reads as a warning only discusses them), 3 when the input
    cannot be read or fetched. With --quiet nothing is printed but errors and warnings.
    """
    from stemcell_cli.check.page.source import read_text
    from stemcell_cli.check.report import build_report
    from stemcell_cli.check.view import check_view
    from stemcell_cli.cli.output import error

    text = read_text(source)
    if text.warnings:  # (error() loads core.textclean, which check needs only for this)
        error(f"stemcell: warning: {warning}" for warning in text.warnings)
    found = catalog(ctx)
    if quiet:
        report = build_report(found, text, every_quote=False)
    else:
        resolved, terminal = output_for(fmt)
        report = build_report(found, text, every_quote=resolved == "json")
        emit_as(ctx, check_view(report, found), resolved, terminal)
    if report.made("red_flag") and not no_fail:
        raise typer.Exit(EXIT_RED_FLAGS)
