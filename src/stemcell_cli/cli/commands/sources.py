"""`stemcell sources [NAME]`: the references, with the entries that cite them; also BibTeX."""

from enum import Enum
from typing import Annotated

import typer

from stemcell_cli.cli.options import catalog, complete_source, emit
from stemcell_cli.render import OutputFormat


class SourcesFormat(str, Enum):
    """The shared formats plus BibTeX, which only a bibliography can be written as."""

    AUTO = "auto"
    RICH = "rich"
    MARKDOWN = "markdown"
    TEXT = "text"
    JSON = "json"
    BIBTEX = "bibtex"


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
        SourcesFormat,
        typer.Option(
            "--format",
            "-f",
            envvar="STEMCELL_FORMAT",
            case_sensitive=False,
            help="Output format: json is CSL-JSON (Zotero, pandoc); bibtex is BibTeX.",
        ),
    ] = SourcesFormat.AUTO,
) -> None:
    """List the references, all or one entry's, with the entries that cite them."""
    from stemcell_cli.views.sources import select, sources_view

    found = catalog(ctx)
    selection = select(found, name)
    if fmt is SourcesFormat.BIBTEX:
        from stemcell_cli.cli.output import write
        from stemcell_cli.render.bibtex import bibliography
        from stemcell_cli.views.citations import citation_of

        write(bibliography(citation_of(ref) for ref in selection.references))
        return
    from stemcell_cli.render.csl import csl_item

    emit(sources_view(found, selection, csl_item), OutputFormat(fmt.value))
