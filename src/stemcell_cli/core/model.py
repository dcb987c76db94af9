"""Typed, immutable records of the content: conditions, benefits, topics, terms, references."""

from typing import NamedTuple

from stemcell_cli.core.grades import Grade


class Question(str):
    """A question to ask a clinic: its text, and the topic it asks about, if any.

    In data a question is plain text, or a mapping `{ask: TEXT, topic: SLUG}`. The topic
    names what the question asks, whatever its words, so that `check` asks it once for a
    page naming several conditions: two conditions' questions that share a topic ask the
    same thing ("has a surgeon said whether the tear should be repaired first"), and the
    first condition's wording is kept. A question is its text everywhere else (`explain`
    prints it as before): the topic is only read by `check.report._questions`.
    """

    topic: str

    def __new__(cls, text: str, topic: str = "") -> "Question":
        question = super().__new__(cls, text)
        question.topic = topic
        return question


def topic_of(question: str) -> str:
    """The topic of a question; "" for a plain one."""
    return getattr(question, "topic", "")


class Evidence(NamedTuple):
    grade: Grade
    summary: str
    justification: str = ""
    references: tuple[str, ...] = ()


class StandardCare(NamedTuple):
    summary: str
    options: tuple[str, ...] = ()
    references: tuple[str, ...] = ()


class Approach(NamedTuple):
    summary: str
    cell_sources: tuple[str, ...] = ()
    routes: tuple[str, ...] = ()


class BenefitLink(NamedTuple):
    """A claimed benefit as it applies to one condition."""

    id: str
    grade: Grade
    note: str
    verdict: str = ""
    references: tuple[str, ...] = ()


class Cost(NamedTuple):
    summary: str
    references: tuple[str, ...] = ()


class Regulatory(NamedTuple):
    region: str
    status: str
    references: tuple[str, ...] = ()


class Condition(NamedTuple):
    id: str
    name: str
    category: str
    summary: str
    overview: str
    symptoms: tuple[str, ...]
    standard_care: StandardCare
    stem_cell_approach: Approach
    benefits: tuple[BenefitLink, ...]
    evidence: Evidence
    risks: tuple[str, ...]
    regulatory: tuple[Regulatory, ...]
    questions: tuple[Question, ...]
    see_a_doctor: tuple[str, ...]
    reviewed: str
    aliases: tuple[str, ...] = ()
    regulatory_summary: str = ""
    cost: Cost | None = None
    terms: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    maintainer_notes: tuple[str, ...] = ()
    origin: str = ""


class Benefit(NamedTuple):
    id: str
    name: str
    summary: str
    claim: str
    mechanism: str
    evidence: Evidence
    caveats: tuple[str, ...]
    reviewed: str
    aliases: tuple[str, ...] = ()
    verdict: str = ""
    #: Questions to ask a clinic that makes this claim: `explain` shows them, and `check`
    #: asks them for a page that makes it (`check.report._questions`).
    questions: tuple[Question, ...] = ()
    phrases: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    maintainer_notes: tuple[str, ...] = ()
    origin: str = ""


class Section(NamedTuple):
    heading: str
    body: str


class Topic(NamedTuple):
    id: str
    name: str
    summary: str
    sections: tuple[Section, ...]
    reviewed: str
    aliases: tuple[str, ...] = ()
    #: General questions to ask a clinic, whatever the condition: `check` fills its
    #: five with them when the page names too few conditions (`check.report._questions`).
    questions: tuple[Question, ...] = ()
    #: What to do before deciding on an offer, whatever the condition: `check` says it
    #: right after its verdict on an advert (patient5).
    before_you_decide: str = ""
    #: When to get medical help now, whatever the condition (after any injection, ...):
    #: `check` lists them right after its verdict, `explain` as the topic's "doctor".
    see_a_doctor: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    maintainer_notes: tuple[str, ...] = ()
    origin: str = ""


class Term(NamedTuple):
    id: str
    name: str
    definition: str
    reviewed: str
    hint: str = ""
    aliases: tuple[str, ...] = ()
    see_also: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    origin: str = ""


class Reference(NamedTuple):
    id: str
    type: str
    title: str
    authors: str = ""
    journal: str = ""
    year: int | None = None
    date: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    volume_pages: str = ""
    doi: str = ""
    pmid: str = ""
    pmcid: str = ""
    url: str = ""
    registration: str = ""
    also_published: str = ""
    seen_at: str = ""
    note: str = ""
    summary: str = ""
    origin: str = ""

    @property
    def link(self) -> str:
        """The best address for a reader: the DOI, else the URL, else PubMed."""
        if self.doi:
            return f"https://doi.org/{self.doi}"
        scheme = self.url.partition(":")[0].lower()
        if scheme == "doi":
            return f"https://doi.org/{self.url[4:]}"
        if scheme in ("http", "https"):  # never a javascript:, file: or data: link
            return self.url
        if self.pmid:
            return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/"
        if self.pmcid:
            return f"https://pmc.ncbi.nlm.nih.gov/articles/{self.pmcid}/"
        return ""


class RedFlag(NamedTuple):
    id: str
    name: str
    phrases: tuple[str, ...]
    why: str
    references: tuple[str, ...] = ()
    origin: str = ""


class EvidenceGrade(NamedTuple):
    """What a grade of the evidence scale means: `meaning` in the evidence's own terms
    (`explain`, `matrix`'s JSON), `plain` in plain words (`check`, `matrix`'s legend),
    `label` its name in a few plain words wherever a page names the grade (`check`'s
    "(evidence: early studies only)", `explain`, `compare`, the lists, `matrix`)."""

    id: str
    meaning: str
    plain: str
    label: str = ""
    origin: str = ""

    @property
    def named(self) -> str:
        """The grade's name in words: its `label`, else its id with spaces for hyphens."""
        return self.label or self.id.replace("-", " ")


class ShortName(NamedTuple):
    """A short name ("FDA", "ISSCR") and what it is, in a few plain words: a page that
    `check` or `explain` shows says it in brackets the first time it uses the name
    (views/short_names.py)."""

    id: str
    name: str
    says: str
    origin: str = ""


class OtherCondition(NamedTuple):
    """A condition people ask about that stemcell does not explain ("frozen shoulder"):
    `explain` says so by its name or an alias, rather than guess a spelling, and names
    the entries in `unlike` as ones that are not about it (data/other_conditions.yaml)."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    unlike: tuple[str, ...] = ()
    origin: str = ""


Entry = Condition | Benefit | Topic | Term

__all__ = [
    "Approach",
    "Benefit",
    "BenefitLink",
    "Condition",
    "Cost",
    "Entry",
    "Evidence",
    "EvidenceGrade",
    "Grade",
    "OtherCondition",
    "RedFlag",
    "Reference",
    "Regulatory",
    "Section",
    "ShortName",
    "StandardCare",
    "Term",
    "Topic",
]
