"""The one definition of the data files.

Validation and the JSON Schema printed by `stemcell schema` are both derived from
the specs below, so they cannot drift; typed records are built by `records.py` from
the model's own field types, and a test checks that specs and records have the same
fields.
A hand-written spec (rather than a validation library) because the validator must
report every problem at once, each with its file, line and column.
"""

from __future__ import annotations

import datetime as dt
import re
from abc import ABC, abstractmethod
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple

from stemcell_cli.core import model
from stemcell_cli.core.kinds import KINDS, resolve

if TYPE_CHECKING:
    from stemcell_cli.core.yamlsource import Document

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: The only addresses a link may have: web pages and DOIs (never javascript:, file:,
#: data: or any other scheme a viewer might act on).
URL = re.compile(r"^(?:https?://[^\s/?#]+\S*|doi:\S+)$", re.IGNORECASE)
_URL_SCHEMA = "^(?:[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+\\S*|[Dd][Oo][Ii]:\\S+)$"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: A short name as a page writes it, in capitals: capital letters and digits, "/" and
#: "-" between them, at least one capital ("FDA", "ACR/AF", "NG59"). `views/short_names.py`
#: finds it as written, with a plural "s" after it: in small letters ("pain") it would
#: explain ordinary words (idn1).
SHORT_NAME_PATTERN = r"^(?=[^A-Z]*[A-Z])[A-Z0-9](?:[A-Z0-9/-]*[A-Z0-9])?$"
INVALID: Any = object()


class RefUse(NamedTuple):
    """A cross-reference seen while validating, resolved once every file is read."""

    doc: Document
    path: str
    target: str
    value: str
    owner: str


class Context:
    """What a check needs besides the value: the document, and where to collect references."""

    def __init__(self, doc: Document, refs: list[RefUse] | None = None, owner: str = "") -> None:
        self.doc = doc
        self.refs: list[RefUse] = [] if refs is None else refs
        self.owner = owner

    def problem(self, path: str, message: str) -> None:
        self.doc.problem(path, message)


def quoted(text: str) -> str:
    """Text as a message quotes it: in quotes, cut to 80 characters."""
    from stemcell_cli.core.textclean import quoted as cut

    return cut(text)


def describe(value: Any, ctx: Context, path: str) -> str:
    literal = ctx.doc.literals.get(path)
    shown = f" {quoted(literal)}" if literal is not None else ""
    if isinstance(value, bool):
        return f"a YAML boolean{shown or ' ' + str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"a number{shown or ' ' + repr(value)}"
    if isinstance(value, (dt.date, dt.datetime)):
        return f"a date{shown}"
    if value is None:
        return "nothing (an empty value or null)"
    if isinstance(value, str):
        return quoted(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


class Kind(ABC):
    """A value type of the data model."""

    @abstractmethod
    def check(self, value: Any, path: str, ctx: Context) -> Any:
        """Return the normalised value, or INVALID after reporting a problem."""

    @abstractmethod
    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        """The JSON Schema of this kind; records add themselves to `defs`."""


class Text(Kind):
    def check(self, value: Any, path: str, ctx: Context) -> Any:
        if not isinstance(value, str):
            hint = (
                "; put it in quotes if you mean the text"
                if value is not None and not isinstance(value, (list, dict))
                else ""
            )
            ctx.problem(path, f"expected text, got {describe(value, ctx, path)}{hint}")
            return INVALID
        from stemcell_cli.core.textclean import clean  # validation only, not a cached start-up

        text = clean(value).strip()
        if not text:
            ctx.problem(path, "must not be empty")
            return INVALID
        return text

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "minLength": 1, "pattern": "\\S"}


class Line(Text):
    """Text on one line: a name, a title, an identifier."""

    def check(self, value: Any, path: str, ctx: Context) -> Any:
        text = super().check(value, path, ctx)
        if text is not INVALID and "\n" in text:
            ctx.problem(path, "must be on one line (it holds a line break)")
            return INVALID
        return text

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "minLength": 1, "pattern": "^[^\\n\\r]*\\S[^\\n\\r]*$"}


class _Matching(Line):
    """A line that must match `pattern`; `refusal` says why one does not, after the text."""

    pattern: re.Pattern[str]
    refusal: str

    def check(self, value: Any, path: str, ctx: Context) -> Any:
        text = super().check(value, path, ctx)
        if text is not INVALID and not self.pattern.match(text):
            ctx.problem(path, f"{quoted(text)} {self.refusal}")
            return INVALID
        return text

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "pattern": self.pattern.pattern}


class Url(_Matching):
    """A web address (http or https) or a DOI (doi:10.1000/182); nothing else links."""

    pattern = URL
    refusal = "is not an http://, https:// or doi: address (no other kind of link is allowed)"

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "format": "uri", "pattern": _URL_SCHEMA}


#: The most characters of an id. An id names a note's file in an exported vault (`ID.md`,
#: written through `.ID.md.<12 hex digits>.tmp`), and a file name holds at most 255 bytes
#: on common file systems: an id of 300 made `export` fail half-way, and the manifest it
#: left stopped every later export to that folder (attack9). Twice the longest shipped id.
ID_CHARS = 100


class Slug(_Matching):
    pattern = SLUG
    refusal = "is not a lowercase-hyphen id (like 'rotator-cuff-tears')"

    def check(self, value: Any, path: str, ctx: Context) -> Any:
        text = super().check(value, path, ctx)
        if text is not INVALID and len(text) > ID_CHARS:
            ctx.problem(path, f"{quoted(text)} is longer than {ID_CHARS} characters")
            return INVALID
        return text

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {**super().json_schema(defs), "maxLength": ID_CHARS}


class ShortNameText(_Matching):
    """A short name, in capitals (SHORT_NAME_PATTERN)."""

    pattern = re.compile(SHORT_NAME_PATTERN)
    refusal = (
        "is not in capitals (like 'FDA', 'ACR/AF' or 'NG59'): a short name is found as "
        "written, so small letters would explain ordinary words"
    )


#: The most words of a glossary term's `hint` (a few plain words beside its name).
HINT_WORDS = 8


class Hint(Line):
    """A few plain words on one line: at most HINT_WORDS words."""

    def check(self, value: Any, path: str, ctx: Context) -> Any:
        text = super().check(value, path, ctx)
        if text is not INVALID and len(text.split()) > HINT_WORDS:
            ctx.problem(
                path,
                f"must be at most {HINT_WORDS} words (it has {len(text.split())}): "
                "the definition says the rest",
            )
            return INVALID
        return text

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        pattern = f"^[ \\t]*\\S+(?:[ \\t]+\\S+){{0,{HINT_WORDS - 1}}}[ \\t]*$"
        return {"type": "string", "pattern": pattern}


class Ref(Slug):
    """The id of another entry; resolved after every file has been read."""

    def __init__(self, target: str) -> None:
        self.target = target

    def check(self, value: Any, path: str, ctx: Context) -> Any:
        text = super().check(value, path, ctx)
        if text is not INVALID:
            ctx.refs.append(RefUse(ctx.doc, path, self.target, text, ctx.owner))
        return text


class Choice(Line):
    def __init__(self, enum: type[Enum], label: str) -> None:
        self.enum = enum
        self.label = label

    def check(self, value: Any, path: str, ctx: Context) -> Any:
        text = super().check(value, path, ctx)
        allowed = [member.value for member in self.enum]
        if text is not INVALID and text not in allowed:
            ctx.problem(
                path, f"unknown {self.label} {quoted(text)} (expected one of: {', '.join(allowed)})"
            )
            return INVALID
        return text

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "enum": [member.value for member in self.enum]}


class Date(Kind):
    def check(self, value: Any, path: str, ctx: Context) -> Any:
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value.isoformat()
        if isinstance(value, str) and ISO_DATE.match(value.strip()):
            try:
                return dt.date.fromisoformat(value.strip()).isoformat()
            except ValueError:
                pass
        ctx.problem(path, f"expected a date like 2026-11-25, got {describe(value, ctx, path)}")
        return INVALID

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "format": "date", "pattern": ISO_DATE.pattern}


class Year(Kind):
    def check(self, value: Any, path: str, ctx: Context) -> Any:
        if isinstance(value, int) and not isinstance(value, bool) and 1800 <= value <= 2200:
            return value
        ctx.problem(path, f"expected a year like 2021, got {describe(value, ctx, path)}")
        return INVALID

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "integer", "minimum": 1800, "maximum": 2200}


class ListOf(Kind):
    """A list of `item`s. A `unique` one names each item once: a list of entries that
    a message joins (`unlike`) holds at most one of each, so a data file cannot make
    that message a line of 20,000 repeats (attack10)."""

    def __init__(self, item: Kind, min_items: int = 0, unique: bool = False) -> None:
        self.item = item
        self.min_items = min_items
        self.unique = unique

    def check(self, value: Any, path: str, ctx: Context) -> Any:
        if not isinstance(value, list):
            ctx.problem(path, f"expected a list, got {describe(value, ctx, path)}")
            return INVALID
        if len(value) < self.min_items:
            ctx.problem(path, f"needs at least {self.min_items} item(s), has {len(value)}")
        items = [self.item.check(item, f"{path}[{i}]", ctx) for i, item in enumerate(value)]
        if self.unique:
            first: dict[Any, int] = {}
            for i, item in enumerate(items):
                if item is INVALID or not isinstance(item, str):
                    continue
                if item in first:
                    message = f"{quoted(item)} is given twice (first at {path}[{first[item]}])"
                    ctx.problem(f"{path}[{i}]", message)
                    items[i] = INVALID
                else:
                    first[item] = i
        return [item for item in items if item is not INVALID]

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "array", "items": self.item.json_schema(defs)}
        if self.min_items:
            schema["minItems"] = self.min_items
        if self.unique:
            schema["uniqueItems"] = True
        return schema


class Field(NamedTuple):
    name: str
    kind: Kind
    required: bool = True
    description: str = ""


class Record(Kind):
    def __init__(self, name: str, cls: type[Any], fields: list[Field], description: str) -> None:
        self.name = name
        self.cls = cls
        self.fields = {f.name: f for f in fields}
        self.description = description

    def check(self, value: Any, path: str, ctx: Context) -> Any:
        if not isinstance(value, dict):
            ctx.problem(
                path, f"expected a {self.name} (a mapping), got {describe(value, ctx, path)}"
            )
            return INVALID
        result: dict[str, Any] = {}
        for key, item in value.items():
            child = f"{path}.{key}" if path else key
            spec = self.fields.get(key)
            if spec is None:
                ctx.problem(
                    child,
                    f"unknown field {quoted(str(key))} (expected one of: {', '.join(self.fields)})",
                )
                continue
            checked = spec.kind.check(item, child, ctx)
            if checked is not INVALID:
                result[key] = checked
        for name, spec in self.fields.items():
            if spec.required and name not in value:
                ctx.problem(path, f"missing required field '{name}'")
        return result

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        if self.name not in defs:
            defs[self.name] = {}  # placeholder against recursion
            properties = {}
            for name, spec in self.fields.items():
                prop = spec.kind.json_schema(defs)
                if spec.description:
                    prop = {**prop, "description": spec.description}
                properties[name] = prop
            defs[self.name] = {
                "type": "object",
                "description": self.description,
                "properties": properties,
                "required": [n for n, s in self.fields.items() if s.required],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{self.name}"}


class QuestionKind(Kind):
    """A question to ask a clinic: plain text, or `{ask: TEXT, topic: SLUG}` naming what it
    asks, so that `check` asks the questions of one topic once (`model.Question`)."""

    record = Record(
        "question",
        model.Question,
        [
            Field("ask", Text(), description="The question."),
            Field(
                "topic",
                Slug(),
                description="What it asks, whatever the words (like 'repair-first'): "
                "`check` asks the questions of one topic once, the first condition's.",
            ),
        ],
        "A question with the topic it asks about.",
    )

    def check(self, value: Any, path: str, ctx: Context) -> Any:
        if isinstance(value, dict):
            return self.record.check(value, path, ctx)
        return TEXT.check(value, path, ctx)

    def json_schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [TEXT.json_schema(defs), self.record.json_schema(defs)]}


class Questions(ListOf):
    """An entry's questions: each topic asked by one question only (`check` asks a topic
    once, so a second question of it would be dropped without a word)."""

    def __init__(self) -> None:
        super().__init__(QuestionKind(), 1)

    def check(self, value: Any, path: str, ctx: Context) -> Any:
        checked = super().check(value, path, ctx)
        if checked is INVALID:
            return checked
        first: dict[str, int] = {}
        for i, item in enumerate(value):
            topic = item.get("topic") if isinstance(item, dict) else None
            if not isinstance(topic, str):
                continue
            if topic in first:
                ctx.problem(
                    f"{path}[{i}].topic",
                    f"topic {quoted(topic)} is already asked by {path}[{first[topic]}]",
                )
            else:
                first[topic] = i
        return checked


def _refs(target: str) -> ListOf:
    return ListOf(Ref(target))


TEXT = Text()
TEXTS = ListOf(Text())
LINE = Line()
LINES = ListOf(Line())
ID = Field("id", Slug())
NAME = Field("name", LINE)
ALIASES = Field("aliases", LINES, False, 'Other names people use ("also called").')
TERMS = Field("terms", ListOf(Ref("term")), False, "Glossary terms the entry uses.")
REFERENCES = Field("references", ListOf(Ref("reference")), False)
REVIEWED = Field("reviewed", Date(), description="When the entry was last reviewed.")
VERDICT = "The answer to the claim in one plain sentence, shown on the short page."
MAINTAINER_NOTES = Field(
    "maintainer_notes",
    TEXTS,
    False,
    "Notes for reviewers (caveats about the sources); kept by validate and JSON, "
    "never shown on pages.",
)
GRADE = Choice(model.Grade, "grade")

EVIDENCE = Record(
    "evidence",
    model.Evidence,
    [
        Field("grade", GRADE, description="The evidence grade."),
        Field("summary", TEXT, description="What the evidence actually shows."),
        Field("justification", TEXT, False, "Why this grade."),
        REFERENCES,
    ],
    "The state of the evidence, graded.",
)

CONDITION = Record(
    "condition",
    model.Condition,
    [
        ID,
        NAME,
        ALIASES,
        Field("category", Slug(), description="joint, spine, tendon, ..."),
        Field("summary", TEXT, description="One sentence for lists."),
        Field("overview", TEXT, description="What it is and why it hurts."),
        Field("symptoms", ListOf(Text(), 1)),
        Field(
            "standard_care",
            Record(
                "standard_care",
                model.StandardCare,
                [
                    Field("summary", TEXT),
                    Field("options", TEXTS, False),
                    REFERENCES,
                ],
                "First-line care that guidelines recommend.",
            ),
        ),
        Field(
            "stem_cell_approach",
            Record(
                "stem_cell_approach",
                model.Approach,
                [
                    Field("summary", TEXT),
                    Field("cell_sources", TEXTS, False),
                    Field("routes", TEXTS, False),
                ],
                "How stem cell therapy is being tried for the condition.",
            ),
        ),
        Field(
            "benefits",
            ListOf(
                Record(
                    "benefit_link",
                    model.BenefitLink,
                    [
                        Field("id", Ref("benefit")),
                        Field("grade", GRADE),
                        Field("note", TEXT),
                        Field("verdict", TEXT, False, VERDICT),
                        REFERENCES,
                    ],
                    "A claimed benefit as it applies to this condition.",
                )
            ),
        ),
        Field("evidence", EVIDENCE),
        Field("risks", ListOf(Text(), 1), description="Most important first."),
        Field(
            "cost",
            Record(
                "cost",
                model.Cost,
                [Field("summary", TEXT), REFERENCES],
                "What the treatment costs, where a source gives a figure.",
            ),
            False,
        ),
        Field(
            "regulatory_summary",
            TEXT,
            False,
            "The regulatory position in one or two plain sentences, for the short page.",
        ),
        Field(
            "regulatory",
            ListOf(
                Record(
                    "regulatory",
                    model.Regulatory,
                    [
                        Field("region", LINE),
                        Field("status", TEXT),
                        REFERENCES,
                    ],
                    "Regulatory status in one region.",
                ),
                1,
            ),
        ),
        Field(
            "questions",
            Questions(),
            description="Questions to ask a clinic; the five that matter most first.",
        ),
        Field("see_a_doctor", ListOf(Text(), 1)),
        TERMS,
        REFERENCES,
        REVIEWED,
        MAINTAINER_NOTES,
    ],
    "A condition the stem cell offer is made for.",
)

BENEFIT = Record(
    "benefit",
    model.Benefit,
    [
        ID,
        NAME,
        ALIASES,
        Field("summary", TEXT),
        Field("verdict", TEXT, False, VERDICT),
        Field("claim", TEXT, description="The claim as proponents make it."),
        Field("mechanism", TEXT, description="The proposed mechanism."),
        Field("evidence", EVIDENCE),
        Field("caveats", ListOf(Text(), 1)),
        Field(
            "questions",
            Questions(),
            False,
            "Questions to ask a clinic that makes this claim: `check` asks them for a page "
            "that makes it.",
        ),
        Field("phrases", LINES, False, "Phrases in adverts that make this claim."),
        TERMS,
        REFERENCES,
        REVIEWED,
        MAINTAINER_NOTES,
    ],
    "A benefit claimed for stem cell therapy.",
)

TOPIC = Record(
    "topic",
    model.Topic,
    [
        ID,
        NAME,
        ALIASES,
        Field("summary", TEXT),
        Field(
            "sections",
            ListOf(
                Record(
                    "section",
                    model.Section,
                    [Field("heading", LINE), Field("body", TEXT)],
                    "A headed section of text.",
                ),
                1,
            ),
        ),
        Field(
            "questions",
            Questions(),
            False,
            "General questions to ask a clinic, whatever the condition: `check` asks them "
            "after the conditions' own, to make up its five.",
        ),
        Field(
            "before_you_decide",
            TEXT,
            False,
            "What to do before deciding on an offer, whatever the condition: `check` says "
            "it right after its verdict on an advert.",
        ),
        Field(
            "see_a_doctor",
            ListOf(Text(), 1),
            False,
            "When to get medical help now, whatever the condition: `check` lists them "
            "right after its verdict.",
        ),
        TERMS,
        REFERENCES,
        REVIEWED,
        MAINTAINER_NOTES,
    ],
    "An overview topic, such as what MSCs are.",
)

TERM = Record(
    "term",
    model.Term,
    [
        ID,
        NAME,
        Field(
            "hint",
            Hint(),
            False,
            f"What the term is in a few plain words (at most {HINT_WORDS}), beside its name "
            "where a short page lists the terms its own words use: Autologous: cells "
            "taken from your own body.",
        ),
        ALIASES,
        Field("definition", TEXT),
        Field("see_also", _refs("entry"), False),
        REFERENCES,
        REVIEWED,
    ],
    "A glossary term.",
)

REFERENCE = Record(
    "reference",
    model.Reference,
    [
        ID,
        Field("type", Slug(), description="meta-analysis, rct, review, guideline, regulator, ..."),
        Field("title", LINE),
        Field("authors", LINE, False),
        Field("journal", LINE, False),
        Field("year", Year(), False),
        Field("date", LINE, False),
        Field("volume", LINE, False),
        Field("issue", LINE, False),
        Field("pages", LINE, False),
        Field("volume_pages", LINE, False),
        Field("doi", LINE, False),
        Field("pmid", LINE, False),
        Field("pmcid", LINE, False),
        Field("url", Url(), False, "A web address (http, https) or a DOI (doi:10...)."),
        Field("registration", LINE, False),
        Field("also_published", TEXT, False),
        Field("seen_at", TEXT, False, "Where the identifier was seen and checked."),
        Field(
            "note",
            TEXT,
            False,
            "A remark about the source (such as 'descriptive citation'); never its title.",
        ),
        Field("summary", TEXT, False),
    ],
    "A publication or regulator page.",
)

RED_FLAG = Record(
    "red_flag",
    model.RedFlag,
    [
        ID,
        NAME,
        Field("phrases", ListOf(Line(), 1)),
        Field("why", TEXT),
        REFERENCES,
    ],
    "A warning sign in stem cell marketing.",
)

EVIDENCE_GRADE = Record(
    "evidence_grade",
    model.EvidenceGrade,
    [
        Field("id", GRADE, description="The grade, as the evidence scale spells it."),
        Field(
            "meaning",
            LINE,
            description="What the grade stands for, in the evidence's own terms "
            "(explain's evidence grade line, the matrix legend).",
        ),
        Field(
            "plain",
            TEXT,
            description="What the grade means, in plain words (grade-8 reading level).",
        ),
        Field(
            "label",
            LINE,
            required=False,
            description="The grade's name in a few plain words, in check's report "
            '("evidence: early studies only"); without it, the id with spaces.',
        ),
    ],
    "What an evidence grade means; every grade of the scale has one.",
)

SHORT_NAME = Record(
    "short_name",
    model.ShortName,
    [
        ID,
        Field(
            "name",
            ShortNameText(),
            description="The short name as a page spells it, in capitals: FDA, ISSCR, "
            "ACR/AF, NG59 (capital letters and digits, / and - between them).",
        ),
        Field(
            "says",
            LINE,
            description="What it is, in a few plain words; a page adds it in brackets "
            "after the first use: FDA (the US drug agency).",
        ),
    ],
    "A short name and what it is, said where a page first uses it.",
)

OTHER_CONDITION = Record(
    "other_condition",
    model.OtherCondition,
    [
        ID,
        Field("name", LINE, description="The condition's name, as people ask for it."),
        Field(
            "aliases",
            LINES,
            False,
            "Its other names; none may be a name of an entry (one name, one meaning).",
        ),
        Field(
            "unlike",
            ListOf(Ref("condition"), unique=True),
            False,
            "The conditions it may be taken for, which the answer says are not about it.",
        ),
    ],
    "A condition stemcell does not explain: `explain` says so by name, with no spelling guess.",
)


class FileSpec(NamedTuple):
    """One data file: its name, its top-level key and the record each item is."""

    filename: str
    key: str
    kind: str
    record: Record


def files() -> tuple[FileSpec, ...]:
    """Every data file with the spec of its entries, in reading order (kinds.KINDS)."""
    return tuple(FileSpec(k.filename, k.key, k.name, resolve(k.schema)) for k in KINDS)


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) that every data file satisfies."""
    defs: dict[str, Any] = {}
    properties = {
        spec.key: {"type": "array", "items": spec.record.json_schema(defs)} for spec in files()
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "stemcell data file",
        "description": "One of: " + ", ".join(f"{s.filename} ({s.key})" for s in files()),
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
        "minProperties": 1,
        "maxProperties": 1,
        "$defs": defs,
    }
