"""`stemcell sources [NAME]`: the references, with the entries that cite them; also BibTeX."""

from typing import Annotated, Literal

import typer

from stemcell_cli.cli.options import catalog, complete_source, emit, examples, format_option
from stemcell_cli.render import FormatName

EPILOGS = {
    "sources": examples(
        "stemcell sources osteoarthritis",
        "stemcell sources ma-2020-knee-oa-meta       # one reference in full",
        "stemcell sources -f bibtex > stemcell.bib",
    )
}


def sources(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(
            help="A condition, benefit, topic or term (its references), or a reference id.",
            autocompletion=complete_source,
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        Literal[FormatName, "bibtex"],
        format_option("Output format: json is CSL-JSON (Zotero, pandoc); bibtex is BibTeX."),
    ] = "auto",
) -> None:
    """List the references, all or one entry's, with the entries that cite them."""
    from stemcell_cli.views.sources import select, sources_view

    found = catalog(ctx)
    selection = select(found, name)
    if fmt == "bibtex":
        from stemcell_cli.cli.output import write
        from stemcell_cli.render.bibtex import bibliography
        from stemcell_cli.views.citations import citation_of

        write(bibliography(citation_of(ref) for ref in selection.references))
        return
    from stemcell_cli.render.csl import csl_item

    emit(ctx, sources_view(found, selection, csl_item), fmt)
