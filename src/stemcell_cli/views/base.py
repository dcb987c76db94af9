"""What every view shares: the View itself, the disclaimer, and the small pieces
(grades, citations) that entry pages, lists and other views all show."""

from collections.abc import Callable, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple

from stemcell_cli.core.datadirs import SHIPPED
from stemcell_cli.core.model import (
    Entry,
    Grade,
    Reference,
)
from stemcell_cli.views.document import (
    Block,
    Bullets,
    Heading,
    Inline,
    Page,
    Span,
)

if TYPE_CHECKING:
    from stemcell_cli.core.catalog import Catalog

#: Gives the address of another entry's page, when the output has one (an exported
#: vault does); names of other entries then become links.
Linker = Callable[[Entry], str]

#: The note that ends every page: what it is not, and whom to ask. `check` gives only
#: the first part where its first screen has already said whom to ask (patient5).
NOT_ADVICE = "Educational information, not medical advice."
DISCLAIMER = (
    f"{NOT_ADVICE} Talk to a doctor you trust, one who is not selling the treatment, "
    "before you decide."
)


class View(NamedTuple):
    """What a command shows: `page` for the text formats, `data` for JSON.

    `data` may be a function returning the data, so text output never pays for it.
    """

    page: Page
    data: Any

    def json_data(self) -> Any:
        return self.data() if callable(self.data) else self.data


def marked(view: View, catalog: "Catalog", since: int = 0) -> View:
    """`view`, its page marked `outside` when it was built while entries of a data
    directory of the user's were read (more than `since` of them: the catalog counts
    them, `Catalog.outside_reads`).

    Words from the user's data are the user's, not ours: in Markdown a web or e-mail
    address in them is written inert, as an advert's are, never as a live link. The
    rule follows where the words came from, not what they say, and errs towards inert:
    a page that reads a user's entry has every address on it inert, ours too (our
    sources and a reference's `url` stay links). A page read from shipped data only
    is written as it always was.

    Why a count of reads, and not each view saying where its words came from: a page
    shows the user's words in many ways besides the entry asked for (a term of theirs
    among a page's hard words, a "see a doctor" line of theirs, a name in a list or a
    match), and each view would have to report every one, so a view that forgot would
    leak a live link. Every such word is read through the catalog (`Records`, `find`),
    so counting there catches them all, with nothing for a view to remember. The cost
    is the other way round: a catalog helper that reads the user's entries only to
    look for something (`Records.holding`, `Catalog.citing`) must skip those that
    cannot hold it, or a shipped page that merely looked is marked too (safe, but no
    longer byte-identical; tests/test_user_data_links.py holds this).

    The count lives on the catalog, and a command line opens a catalog of its own
    (`State`) and writes one page, so the command marks with `since` 0. Code that
    builds several pages from one catalog (the vault, a test that keeps one) passes
    the count from before each page as `since`."""
    if catalog.outside_reads <= since:
        return view
    return view._replace(page=view.page._replace(outside=True))


def to_json(value: Any) -> Any:
    """Records as plain JSON values: records to objects, tuples to arrays, enums to text."""
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return {
            name: origin_value(field) if name == "origin" else to_json(field)
            for name, field in zip(value._fields, value, strict=True)
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    return value


def grade_name(catalog: "Catalog", grade: Grade) -> str:
    """A grade's name in words, wherever a page names it (`check`, `explain`, `compare`,
    the lists): its `label` in data/grades.yaml ("early studies only"), which a data
    directory of your own may change; a grade without one is its id with spaces."""
    words = catalog.evidence_grades
    return words[grade.value].named if grade.value in words else grade.value.replace("-", " ")


def grade_span(catalog: "Catalog", grade: Grade) -> Span:
    """A grade named in words, styled as its grade (JSON keeps the id)."""
    return grade_named(grade, grade_name(catalog, grade))


def grade_line(catalog: "Catalog", grade: Grade) -> Inline:
    """A grade in words and what it stands for (data/grades.yaml, `meaning`)."""
    return (grade_span(catalog, grade), Span(f" ({catalog.grade_meaning(grade)})"))


def origin_value(origin: str) -> str:
    """An entry's `origin` as JSON gives it: a folder's name cleaned as in `origin_text`
    (its escape sequences and line separators went into every JSON value: attack17),
    a byte that is not UTF-8 (a lone surrogate) kept as U+FFFD, as JSON writes it
    (attack7)."""
    if origin == SHIPPED:
        return origin
    from stemcell_cli.core.textclean import clean

    whole = origin.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return clean(whole, one_line=True)


def origin_text(origin: str) -> str:
    """Where an entry came from; a folder's name is cleaned like any text from outside."""
    if origin == SHIPPED:
        return "data shipped with stemcell"
    from stemcell_cli.core.textclean import clean

    return f"your data in {clean(origin, one_line=True)}"


#: The label of the row of an entry's other names (its aliases).
ALSO_CALLED = "Also called"
#: The heading over the numbered list of sources a page cites.
SOURCES = "Sources"


def grade_named(grade: Grade, name: str) -> Span:
    """A grade named in words ("early studies only"), styled as its grade."""
    return Span(name, "grade", grade.value)


def numbered_sources(refs: Sequence[Reference], short: bool = False) -> list[Block]:
    """The "Sources" heading and the references as one numbered list, a citation each:
    how a page that cites ends (`explain`'s entry pages, `check`'s report). `short`
    gives each its `short_citation` (`check`'s report)."""
    if not refs:
        return []
    cite = short_citation if short else citation
    return [Heading(SOURCES), Bullets(tuple(cite(ref) for ref in refs), numbered=True)]


def short_citation(ref: Reference) -> Inline:
    """One reference in a few words, for a patient: its first author ("et al." when
    there are others; an organisation in full), year ("n.d." when none is known), title,
    journal, link and id (for `stemcell sources ID`, which gives it in full)."""
    from stemcell_cli.views.authors import split_authors

    parts: list[Span] = []
    names, others, _ = split_authors(ref.authors)
    if names:
        family, given, literal = names[0]
        if literal:
            named = literal.rstrip(".")
        else:
            initials = "".join(c for c in given if c.isalpha() and c.isupper())
            named = f"{family} {initials}".strip()
            if len(names) > 1 or others:
                named += " et al"
        parts.append(Span(named + ". "))
    # ("n.d.": no date, where none was seen)
    parts.append(Span(f"({ref.year or 'n.d.'}). "))
    title = ref.title.rstrip(".")
    parts.append(Span(title if title.endswith(("?", "!")) else title + ".", "em"))
    if ref.journal.strip():
        parts.append(Span(f" {ref.journal.strip().rstrip('.')}."))
    if ref.link:
        parts.append(Span(" "))
        parts.append(Span(ref.link, "link", ref.link))
    parts.append(Span(f" [{ref.id}]", "code"))
    return tuple(parts)


def citation(ref: Reference) -> Inline:
    """One reference as a citation line, identifiers included; its year "n.d." when none
    is known, as in `short_citation` (never in BibTeX or CSL-JSON: `views.citations`)."""
    parts: list[Span] = []
    if ref.authors:
        parts.append(Span(ref.authors.rstrip(".") + ". "))
    parts.append(Span(f"({ref.year or 'n.d.'}). "))
    title = ref.title.rstrip(".")
    # A title that ends in its own mark ("Are we there yet?") takes no full stop.
    parts.append(Span(title if title.endswith(("?", "!")) else title + ".", "em"))
    where = ref.journal
    if ref.volume:
        where += f" {ref.volume}"
        if ref.issue:
            where += f"({ref.issue})"
        if ref.pages:
            where += f":{ref.pages}"
    elif ref.volume_pages:
        where += f" {ref.volume_pages}"
    if where.strip():
        parts.append(Span(f" {where.strip()}."))
    ids = [
        label + value
        for label, value in (("DOI ", ref.doi), ("PMID ", ref.pmid), ("PMCID ", ref.pmcid))
        if value
    ]
    if ids:
        parts.append(Span(" " + ", ".join(ids) + "."))
    if ref.link:
        parts.append(Span(" "))
        parts.append(Span(ref.link, "link", ref.link))
    parts.append(Span(f" [{ref.id}]", "code"))
    return tuple(parts)
