"""Entry pages: what `explain` shows for a condition, a benefit, a topic or a term.

Each page is a list of named sections (layout.py): `explain` shows the short page
by default, `--full` everything, `--section NAME` the parts asked for. An exported
vault, which is for reading at length, gets the full page (the default here).
Views read the Catalog and never format for a terminal; renderers do that.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import partial
from typing import Any

from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.datadirs import normalize
from stemcell_cli.core.grades import Grade
from stemcell_cli.core.kinds import kind_of
from stemcell_cli.core.model import (
    Benefit,
    BenefitLink,
    Condition,
    Entry,
    Evidence,
    Term,
    Topic,
)
from stemcell_cli.views.base import (
    ALSO_CALLED,
    DISCLAIMER,
    NOT_ADVICE,
    Linker,
    View,
    grade_line,
    grade_span,
    numbered_sources,
    origin_text,
    to_json,
)
from stemcell_cli.views.document import (
    Block,
    Bullets,
    Fields,
    Heading,
    Inline,
    Note,
    Page,
    Paragraph,
    Span,
    paragraphs,
    plain,
)
from stemcell_cli.views.layout import (
    FULL_PAGE,
    Layout,
    Section,
    assemble,
    gist,
    more_line,
    opening,
    same,
    section,
    slug,
)
from stemcell_cli.views.short_names import said_texts, short_names_of, spell_out

#: How many of each list the short page shows (the data puts the most important first).
SHORT_RISKS = 3
SHORT_QUESTIONS = 5
SHORT_CAVEATS = 3
#: The most words of a claim's line on the short page when the data has no verdict.
SHORT_CLAIM = 20

#: The short page of a condition, in the order a patient needs it: when to see a
#: doctor comes right after the bottom line, as on the full page (fullpage1).
CONDITION_SHORT = (
    "summary",
    "doctor",
    "claims",
    "risks",
    "cost",
    "regulation",
    "questions",
    "terms",
    "sources",
)
#: The short page of a topic: when to see a doctor right after the bottom line, as on a
#: condition's (patient6); its parts follow in the data's order.
TOPIC_SHORT = ("summary", "doctor")
#: The short page of a benefit, the same way (patient7).
BENEFIT_SHORT = ("summary", "doctor")


def sources_blocks(catalog: Catalog, entry: Entry) -> list[Block]:
    return numbered_sources(catalog.references_for(entry))


def terms_blocks(catalog: Catalog, entry: Entry, links: Linker | None = None) -> list[Block]:
    """Each term the entry uses, with its definition."""
    linked = catalog.linked_terms(entry)
    if not linked:
        return []
    if links is not None:  # each term has a page of its own: link it, do not define it again
        return [Heading("Terms used"), Bullets(tuple((entry_name(t, links),) for t in linked))]
    items = tuple((*_named(t, links), Span(": " + _gist(t))) for t in linked)
    return [Heading("Terms used"), Bullets(items)]


def terms_used(
    catalog: Catalog, entry: Entry, shown: Sequence[Block], links: Linker | None = None
) -> list[Block]:
    """The glossary terms of the entry that our own words in `shown` use, each named
    with its id (`stemcell explain ID`) and its hint: the short page's "Terms used".

    The full page lists every term the entry names, with its definition; the short one
    only those a patient meets on it (patient7). A topic the entry links (msc) has a page
    of its own and no hint, so it is left to the full page.
    """
    said = [" ".join(text.split()) for text, _ in said_texts(Page(tuple(shown)))]
    text = "\n".join(said)
    folded = text.casefold()
    used = [
        term
        for term in catalog.linked_terms(entry)
        if isinstance(term, Term) and uses(term, text, folded)
    ]
    if not used:
        return []
    items = tuple(
        (*_name_with_id(term, links), *((Span(": " + term.hint),) if term.hint else ()))
        for term in used
    )
    return [Heading("Terms used"), Bullets(items)]


def term_forms(term: Term) -> list[str]:
    """Every way a page may write a term: its name, each part of a name with a short name
    in brackets ("Platelet-rich plasma", "PRP"), and its other names."""
    forms = [term.name, *term.aliases]
    bracketed = re.fullmatch(r"(.+?) \((.+)\)", term.name)
    if bracketed:
        forms += [bracketed[1], bracketed[2]]
    return [" ".join(form.split()) for form in forms if form.strip()]


#: What may follow a form and still be the same word: a plural or a possessive.
_ENDINGS = ("", "s", "es", "'s", "\u2019s")


def uses(term: Term, text: str, folded: str | None = None) -> bool:
    """Whether `text` uses one of the term's forms as a word of its own: not inside a
    word (nor after "-" or "/"), with a plural or possessive ending or a hyphen after it
    allowed ("sham shots", "placebo-controlled"). A form in capitals ("HA", "AE") is
    found as written, others ignoring case. `folded`: `text.casefold()`, when known.

    Plain string searches, not a pattern a term: a page names some 25 terms, and
    compiling their patterns cost more than building the page (patient7).
    """
    folded = text.casefold() if folded is None else folded
    for form in term_forms(term):
        where, wanted = (text, form) if form.upper() == form else (folded, form.casefold())
        if _found(where, wanted):
            return True
    return False


def _found(text: str, form: str) -> bool:
    at = text.find(form)
    while at >= 0:
        if at == 0 or not _in_word(text[at - 1], "-"):
            end = at + len(form)
            for ending in _ENDINGS:
                if text.startswith(ending, end) and (
                    end + len(ending) == len(text) or not _in_word(text[end + len(ending)])
                ):
                    return True
        at = text.find(form, at + 1)
    return False


def _in_word(char: str, more: str = "") -> bool:
    """Whether `char` would join a form to the word beside it."""
    return char.isalnum() or char in "_'\u2019/" + more


def _with_terms_used(
    catalog: Catalog, entry: Entry, sections: list[Section], links: Linker | None
) -> list[Section]:
    """`sections` with the short form of "terms" made from what the other sections show
    on the short page (the sources, with their titles, left out)."""
    shown = [
        block
        for part in sections
        if part.name not in ("terms", "sources")
        for block in part.short or ()
    ]
    short = terms_used(catalog, entry, shown, links)
    return [part._replace(short=short) if part.name == "terms" else part for part in sections]


def _name_with_id(entry: Entry, links: Linker | None = None) -> Inline:
    """A name with its id, unless the name is the id spelled out ("Placebo")."""
    if normalize(entry.name) == normalize(entry.id):
        return (entry_name(entry, links),)
    return _named(entry, links)


def _name_list(entries: Sequence[Entry], links: Linker | None = None) -> Inline:
    """Names, each with its id unless the name is the id spelled out ("Placebo")."""
    spans: list[Span] = []
    for n, entry in enumerate(entries):
        if n:
            spans.append(Span(", "))
        spans += _name_with_id(entry, links)
    spans.append(Span("."))
    return tuple(spans)


#: How many other names the short page gives ("also called").
SHORT_ALIASES = 5


def _some(aliases: Sequence[str]) -> str:
    shown = ", ".join(aliases[:SHORT_ALIASES])
    more = len(aliases) - SHORT_ALIASES
    return shown + (f" and {more} more" if more > 0 else "")


def entry_name(entry: Entry, links: Linker | None = None) -> Span:
    """An entry's name: a link when `links` gives it an address, else strong text."""
    if links is not None:
        return Span(entry.name, "link", links(entry))
    return Span(entry.name, "strong")


def _named(entry: Entry, links: Linker | None = None) -> Inline:
    return (entry_name(entry, links), Span(" ("), Span(entry.id, "code"), Span(")"))


def _gist(entry: Term | Topic) -> str:
    return entry.definition if isinstance(entry, Term) else entry.summary


def closing_blocks(entry: Entry) -> list[Block]:
    return [
        Note(
            (
                Span(f"Reviewed {entry.reviewed}. ", "strong"),
                Span(DISCLAIMER),
                Span(f" Source: {origin_text(entry.origin)}."),
            )
        )
    ]


#: What a condition's own grade grades: the evidence for the treatment as a whole for the
#: condition (its `evidence`), not one claim; each claim below it has its own grade. The
#: short page says it in fewer words, and its grade without the `meaning` (700 words).
CONDITION_GRADE = "Overall evidence for stem cell therapy"
CONDITION_GRADE_SHORT = "Overall evidence"
#: What a benefit's own grade grades: the best grade any condition gives the claim
#: (docs/content.md, "The one re-grading rule", 3).
BENEFIT_GRADE = "Best evidence for any condition"


def evidence_blocks(catalog: Catalog, evidence: Evidence, label: str) -> list[Block]:
    """The evidence in detail, under its grade named by `label` (what the grade grades)."""
    blocks: list[Block] = [Fields(((label, grade_line(catalog, evidence.grade)),))]
    blocks += paragraphs(evidence.summary)
    if evidence.justification:
        blocks.append(Paragraph((Span("Why this grade: ", "strong"), Span(evidence.justification))))
    return blocks


def bullets(items: Iterable[str]) -> Bullets:
    return Bullets(tuple(plain(item) for item in items))


def listed(title: str, items: Sequence[str]) -> list[Block]:
    return [Heading(title), bullets(items)] if items else []


def reviewed_field(entry: Entry) -> tuple[str, Inline]:
    """The full page's "Reviewed" field, the not-medical-advice note beside the date, so
    the first screen says what the page is not (fullpage1): the closing note, at the end
    of a long page, says it again with whom to ask. The short page shows no date."""
    return ("Reviewed", plain(f"{entry.reviewed}. {NOT_ADVICE}"))


def header_fields(entry: Entry, extra: Sequence[tuple[str, Inline]] = ()) -> Fields:
    rows: list[tuple[str, Inline]] = []
    if entry.aliases:
        rows.append((ALSO_CALLED, plain(", ".join(entry.aliases))))
    rows.extend(extra)
    rows.append(reviewed_field(entry))
    return Fields(tuple(rows))


def resolved_json(
    catalog: Catalog, entry: Entry, layout: Layout = FULL_PAGE, shown: Sequence[str] = ()
) -> dict[str, Any]:
    """The entry's own keys (all of them, whatever the page showed), its kind, its
    cross-references resolved, and which page and sections were shown."""
    data: dict[str, Any] = {"kind": kind_of(entry), **to_json(entry)}
    resolved: dict[str, Any] = {
        "references": [to_json(ref) for ref in catalog.references_for(entry)],
        "terms": [
            {
                "id": t.id,
                "name": t.name,
                "kind": kind_of(t),
                **({"hint": t.hint} if isinstance(t, Term) and t.hint else {}),
            }
            for t in catalog.linked_terms(entry)
        ],
    }
    if isinstance(entry, Condition):
        resolved["benefits"] = [
            {
                "id": link.id,
                "name": catalog.benefits[link.id].name,
                "grade": link.grade.value,
                "verdict": _verdict(link),
            }
            for link in entry.benefits
        ]
    if isinstance(entry, Benefit):
        resolved["conditions"] = [
            {
                "id": c.id,
                "name": c.name,
                "grade": link.grade.value,
                "note": link.note,
                "verdict": _verdict(link),
            }
            for c, link in catalog.conditions_claiming(entry.id)
        ]
        # Not the benefit's own data: the topics' lines, as its page shows them.
        resolved["see_a_doctor"] = catalog.see_a_doctor()
    if isinstance(entry, Term):
        resolved["see_also"] = [
            {"id": e.id, "name": e.name, "kind": kind_of(e)}
            for e in catalog.linked_entries(entry.see_also)
        ]
    data["resolved"] = resolved
    data["shown"] = {"page": layout.name, "sections": list(shown)}
    data["disclaimer"] = DISCLAIMER
    return data


def _page(
    catalog: Catalog,
    entry: Entry,
    sections: Sequence[Section],
    layout: Layout,
    what: str,
    short_order: Sequence[str] = (),
) -> View:
    """The title, the sections the layout picks, the closing note and the last line."""
    # (not when --section was asked: "-s ," lists the sections in the page's order, as
    # an unknown name does, not the short page's: attack17)
    if short_order and not layout.full and not layout.asked:
        rank = {name: n for n, name in enumerate(short_order)}
        sections = sorted(sections, key=lambda s: rank.get(s.name, len(rank)))
    picked = assemble(sections, layout, what)
    blocks: list[Block] = [
        Heading(entry.name, 1),
        *picked.blocks,
        *closing_blocks(entry),
        *more_line(entry.id, layout, picked.omitted),
    ]
    return View(Page(tuple(blocks)), partial(resolved_json, catalog, entry, layout, picked.shown))


# -- conditions ----------------------------------------------------------------


def _verdict(link: BenefitLink) -> str:
    """A claim's answer in one sentence: the verdict, else the gist of the note."""
    return link.verdict or gist(link.note, SHORT_CLAIM)


def _told(link: BenefitLink) -> str:
    """A claim's answer at length: the verdict, then the note.

    An untested claim's note opens by saying which study in our sources measured nothing
    (tests/test_content_rules.py, `test_untested_means_the_note_says_nothing_measured_it`),
    which is its verdict's reason in other words, and the grade's label beside it already
    says "no trial in people": there the note alone is the answer, said once. The short
    page, which shows no note, keeps the verdict.
    """
    if not link.verdict or link.grade is Grade.UNTESTED or link.note.startswith(link.verdict):
        return link.note
    return f"{link.verdict} {link.note}"


def _claim_line(catalog: Catalog, name: Span, link: BenefitLink, text: str) -> Inline:
    return (name, Span(" ("), grade_span(catalog, link.grade), Span("): " + text))


def _regulation_short(c: Condition) -> list[Block]:
    if c.regulatory_summary:
        return [Heading("Regulatory status"), *paragraphs(c.regulatory_summary)]
    # Without a summary in the data: the first sentence of the first two regions.
    rows = tuple((Span(r.region + ": ", "strong"), Span(gist(r.status))) for r in c.regulatory[:2])
    return [Heading("Regulatory status"), Bullets(rows)] if rows else []


def condition_sections(
    catalog: Catalog, c: Condition, links: Linker | None = None
) -> list[Section]:
    grade = (CONDITION_GRADE, grade_line(catalog, c.evidence.grade))
    bottom_line = Paragraph((Span(c.summary, "em"),))
    aliases = [(ALSO_CALLED, plain(", ".join(c.aliases)))] if c.aliases else []
    some_aliases = [(ALSO_CALLED, plain(_some(c.aliases)))] if c.aliases else []
    approach = c.stem_cell_approach
    how: list[tuple[str, Inline]] = []
    if approach.cell_sources:
        how.append(("Cell sources", plain("; ".join(approach.cell_sources))))
    if approach.routes:
        how.append(("How it is given", plain("; ".join(approach.routes))))
    care: list[Block] = [Heading("Standard care"), *paragraphs(c.standard_care.summary)]
    if c.standard_care.options:
        care.append(bullets(c.standard_care.options))
    claims_title = Heading("Claimed benefits and what the evidence says")

    def claim(link: BenefitLink, full: bool) -> Inline:
        name = entry_name(catalog.benefits[link.id], links)
        return _claim_line(catalog, name, link, _told(link) if full else _verdict(link))

    regions = tuple((Span(r.region + ": ", "strong"), Span(r.status)) for r in c.regulatory)
    regulation: list[Block] = [Heading("Regulatory status")]
    regulation += paragraphs(c.regulatory_summary)
    regulation.append(Bullets(regions))
    cost = [Heading("Cost"), *paragraphs(c.cost.summary)] if c.cost else []
    sections = [
        section(
            "summary",
            [
                bottom_line,
                Fields(
                    (
                        *aliases,
                        ("Category", plain(c.category)),
                        grade,
                        reviewed_field(c),
                    )
                ),
            ],
            [
                bottom_line,
                Fields(
                    (
                        *some_aliases,
                        (CONDITION_GRADE_SHORT, (grade_span(catalog, c.evidence.grade),)),
                    )
                ),
            ],
        ),
        # Right after the bottom line on every page (fullpage1), as on the short page.
        same("doctor", listed("When to see a doctor", c.see_a_doctor)),
        section("overview", [Heading("Overview"), *paragraphs(c.overview)]),
        section("symptoms", listed("Symptoms", c.symptoms)),
        section("care", care),
        section(
            "approach",
            [
                Heading("Stem cell therapy: what is tried"),
                *paragraphs(approach.summary),
                *([Fields(tuple(how))] if how else []),
            ],
        ),
        section(
            "claims",
            [claims_title, Bullets(tuple(claim(link, True) for link in c.benefits))],
            [claims_title, Bullets(tuple(claim(link, False) for link in c.benefits))],
        ),
        section(
            "evidence",
            [
                Heading("What the evidence shows"),
                *evidence_blocks(catalog, c.evidence, CONDITION_GRADE),
            ],
        ),
        section(
            "risks",
            listed("Risks", c.risks),
            listed("Main risks", [gist(risk) for risk in c.risks[:SHORT_RISKS]]),
        ),
        same("cost", cost),
        section("regulation", regulation, _regulation_short(c)),
        section(
            "questions",
            listed("Questions to ask a clinic", c.questions),
            listed("Questions to ask a clinic", c.questions[:SHORT_QUESTIONS]),
        ),
        section("terms", terms_blocks(catalog, c, links)),
        same("sources", sources_blocks(catalog, c)),
    ]
    return _with_terms_used(catalog, c, sections, links)


def condition_view(
    catalog: Catalog, condition: Condition, links: Linker | None = None, layout: Layout = FULL_PAGE
) -> View:
    sections = condition_sections(catalog, condition, links)
    return _page(catalog, condition, sections, layout, "a condition page", CONDITION_SHORT)


# -- benefits ------------------------------------------------------------------


def benefit_sections(catalog: Catalog, b: Benefit, links: Linker | None = None) -> list[Section]:
    claimed_by = catalog.conditions_claiming(b.id)
    # The aliases of a benefit are the words clinics use to make the claim.
    wordings = [("Claimed as", plain(", ".join(f"\u201c{a}\u201d" for a in b.aliases)))]
    grade = (BENEFIT_GRADE, grade_line(catalog, b.evidence.grade))
    head: list[Block] = [Paragraph((Span(b.summary, "em"),))]
    verdict = [Paragraph((Span("In short: ", "strong"), Span(b.verdict)))] if b.verdict else []
    rows = (*(wordings if b.aliases else []), grade)

    def by_condition(full: bool) -> list[Block]:
        if not claimed_by:
            return []
        items = tuple(
            _claim_line(
                catalog,
                entry_name(c, links),
                link,
                _told(link) if full else _verdict(link),
            )
            for c, link in claimed_by
        )
        return [Heading("By condition"), Bullets(items)]

    sections = [
        section(
            "summary",
            [*head, Fields((*rows, reviewed_field(b))), *verdict],
            [*head, Fields(rows), *verdict],
        ),
        # When to see a doctor now, whatever the condition: the topics' lines, as the MSC
        # page and `check` show them (patient7), right after the summary (fullpage1).
        same("doctor", listed("When to see a doctor", catalog.see_a_doctor())),
        same("claim", [Heading("The claim"), *paragraphs(b.claim)]),
        section("mechanism", [Heading("Proposed mechanism"), *paragraphs(b.mechanism)]),
        section(
            "evidence",
            [
                Heading("What the evidence shows"),
                *evidence_blocks(catalog, b.evidence, BENEFIT_GRADE),
            ],
        ),
        section("conditions", by_condition(True), by_condition(False)),
        section(
            "caveats",
            listed("Caveats", b.caveats),
            listed("Main caveats", [gist(caveat) for caveat in b.caveats[:SHORT_CAVEATS]]),
        ),
        # As on a condition's page: the questions to ask a clinic that makes this claim.
        section(
            "questions",
            listed("Questions to ask a clinic", b.questions),
            listed("Questions to ask a clinic", b.questions[:SHORT_QUESTIONS]),
        ),
        section("terms", terms_blocks(catalog, b, links)),
        same("sources", sources_blocks(catalog, b)),
    ]
    return _with_terms_used(catalog, b, sections, links)


def benefit_view(
    catalog: Catalog, benefit: Benefit, links: Linker | None = None, layout: Layout = FULL_PAGE
) -> View:
    sections = benefit_sections(catalog, benefit, links)
    return _page(catalog, benefit, sections, layout, "a benefit page", BENEFIT_SHORT)


# -- topics and terms ----------------------------------------------------------


def topic_sections(catalog: Catalog, topic: Topic, links: Linker | None = None) -> list[Section]:
    head: list[Block] = [Paragraph((Span(topic.summary, "em"),))]
    aliases = [(ALSO_CALLED, plain(", ".join(topic.aliases)))] if topic.aliases else []
    sections = [
        section(
            "summary",
            [*head, Fields((*aliases, reviewed_field(topic)))],
            [*head, *([Fields(tuple(aliases))] if aliases else [])],
        ),
        # When to see a doctor now, whatever the condition, which `check` lists under its
        # verdict: right after the summary (fullpage1).
        same("doctor", listed("When to see a doctor", topic.see_a_doctor)),
    ]
    for part in topic.sections:
        body = paragraphs(part.body)
        # The short page keeps the opening of each part, in the data's order.
        lead = [Paragraph(plain(opening(part.body)))] if body else []
        sections.append(
            section(
                slug(part.heading),
                [Heading(part.heading), *body],
                [Heading(part.heading), *lead],
            )
        )
    sections += [
        # The general questions, which `check` asks when a page names no condition.
        # (`before_you_decide`, `check`'s one line of what to do, is said at length by the
        # topic's own section.)
        same("questions", listed("Questions to ask a clinic", topic.questions)),
        section("terms", terms_blocks(catalog, topic, links)),
        same("sources", sources_blocks(catalog, topic)),
    ]
    return _with_terms_used(catalog, topic, sections, links)


def topic_view(
    catalog: Catalog, topic: Topic, links: Linker | None = None, layout: Layout = FULL_PAGE
) -> View:
    sections = topic_sections(catalog, topic, links)
    return _page(catalog, topic, sections, layout, "a topic page", TOPIC_SHORT)


def term_sections(catalog: Catalog, term: Term, links: Linker | None = None) -> list[Section]:
    aliases = [(ALSO_CALLED, plain(", ".join(term.aliases)))] if term.aliases else []
    body = paragraphs(term.definition)
    linked = catalog.linked_entries(term.see_also)
    see_also: list[Block] = (
        [Heading("See also"), Paragraph(_name_list(linked, links))] if linked else []
    )
    users = catalog.using_term(term.id)
    used_by: list[Block] = (
        [Heading("Used by"), Paragraph(_name_list(users, links))] if users else []
    )
    return [
        section(
            "definition",
            [Fields((*aliases, reviewed_field(term))), *body],
            [*([Fields(tuple(aliases))] if aliases else []), *body],
        ),
        same("see-also", see_also),
        section("used-by", used_by),
        same("sources", sources_blocks(catalog, term)),
    ]


def term_view(
    catalog: Catalog, term: Term, links: Linker | None = None, layout: Layout = FULL_PAGE
) -> View:
    return _page(catalog, term, term_sections(catalog, term, links), layout, "a term page")


def entry_view(
    catalog: Catalog, entry: Entry, links: Linker | None = None, layout: Layout = FULL_PAGE
) -> View:
    """An entry's page, each short name said where the page first uses it (acronym1)."""
    view = _entry_view(catalog, entry, links, layout)
    return view._replace(page=spell_out(view.page, short_names_of(catalog)))


def _entry_view(catalog: Catalog, entry: Entry, links: Linker | None, layout: Layout) -> View:
    if isinstance(entry, Condition):
        return condition_view(catalog, entry, links, layout)
    if isinstance(entry, Benefit):
        return benefit_view(catalog, entry, links, layout)
    if isinstance(entry, Topic):
        return topic_view(catalog, entry, links, layout)
    if isinstance(entry, Term):
        return term_view(catalog, entry, links, layout)
    return generic_view(catalog, entry, links, layout)


#: Fields every page shows in its own place, not as a section of their own.
_PLACED = {"id", "name", "aliases", "reviewed", "origin", "references", "terms", "maintainer_notes"}


def generic_view(
    catalog: Catalog, entry: Entry, links: Linker | None = None, layout: Layout = FULL_PAGE
) -> View:
    """A kind without a page of its own (kinds.KINDS): each text field a section."""
    sections = [same("summary", [header_fields(entry)])]
    for field in entry._fields:
        value = getattr(entry, field)
        if field in _PLACED or not value:
            continue
        title = Heading(field.replace("_", " ").capitalize())
        if isinstance(value, str):
            sections.append(same(slug(field), [title, *paragraphs(value)]))
        elif isinstance(value, tuple) and all(isinstance(item, str) for item in value):
            sections.append(same(slug(field), [title, bullets(value)]))
    sections += [
        same("terms", terms_blocks(catalog, entry, links)),
        same("sources", sources_blocks(catalog, entry)),
    ]
    return _page(catalog, entry, sections, layout, f"a {kind_of(entry)} page")
