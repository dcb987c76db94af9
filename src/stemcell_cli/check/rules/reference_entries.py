"""Entries of a reference list: a study's title quoted there is not the page's claim,
and the diseases it names are not the page's conditions.

"Centeno C, et al. Efficacy of autologous bone marrow concentrate for knee
osteoarthritis. Int Orthop. 2014;38(9):1889-93" quotes a study's title; the title's
"regenerates cartilage" or "cure" is not the clinic's claim, nor its "knee
osteoarthritis" a condition the clinic offers to treat (the label spec keeps a condition
named only in a cited paper's title borderline). Two readings, one outcome
(`matcher.Matcher.scan` drops a block's claims, warning signs and conditions alike):

- `is_numbered_or_identified`: a numbered entry ("12.", "[12]") with one mark of a
  citation (authors, a year of publication, an identifier), or any block with two such
  marks of which one is an identifier (a DOI, a PMID, a web address).
- `is_citation`: an entry with no number and no identifier, known by its structure
  (Vancouver, APA, Harvard, "et al." forms, and a title line with a journal-and-year line
  after it), and (`is_title`, `opens_with_entry`) a title of its own block right before
  one.

A block is such an entry when a line of it opens one: authors first ("Koh YG, Jo SB",
"Smith, J. B.,", "Gobbi et al.") or a journal then its year ("Arthroscopy. 2013
Apr;29(4):748-55."), with, from that line to the next such line, at least three marks
of a citation (the authors, a year in brackets or after a journal, a volume with its
issue or pages, a journal's name); or with two marks, when two such entries are in the
block. Prose that cites ("Gobbi et al. (2011) found that 12 of 15 healed", "A 2019
study in the Journal of Orthopaedic Research showed ...") opens with no such line or
has two marks only; a block in the page's own voice ("our", "we", "you") is prose
whatever it cites; and a block of more words than CITATION_WORDS for each entry is
prose with a citation in it.
"""

import re
from functools import cache

#: A block of more words than this for each entry it holds is prose that cites.
CITATION_WORDS = 60
#: A title before a citation block has at most this many words.
TITLE_WORDS = 30

#: A surname: a capital, then a small letter (so "OA" is none) or an apostrophe and a
#: capital ("O'Brien"), maybe joined by hyphens ("Al-Sayegh") or after a particle ("De
#: la Fuente"), or two names ("Ghorbani Liastani"). (The patterns here are written
#: without sets that mix `\w` or a character past ASCII with others: such a set costs
#: `re` half a million instructions or more to compile.)
_SURNAME = (
    r"(?:(?:[Dd]e|[Dd]el|[Dd]i|[Dd]u|[Ll]a|[Vv]an|[Vv]on|[Dd]er) )*"
    r"[A-Z](?:[a-z]|'[A-Z])\w*(?:['-]\w+)*"
)
#: Initials that are a title or a common short name, not a person's initials.
_NOT_INITIALS = r"(?!(?:MD|DO|DC|ND|NP|RN|OA|RA|MS|ACL|MCL|PRP|MSC|AVN|FDA|USA|UK|US)\b)"
#: Words that open a byline or a label, not a list of authors ("By John J. Murphy").
_NOT_NAMES = (
    r"(?!(?:By|From|Dr|Posted|Written|Published|Updated|Reviewed|Edited|Photo|Image"
    r"|Sources?|Contact|Call)\b)"
)
#: A line that opens with authors: "Koh YG," "Hochberg M.C." "Huang P-H," "Smith, J. B."
#: "Gobbi et al." "Xu, et al:" "Gangi, V, et al;" (a bullet before it is made a space);
#: or authors right after a title's full stop on the same line ("Current therapies for
#: cartilage repair. Dhinsa BS, Adesida AB. Curr Stem Cell Res Ther. 2012;7(2):143-8.").
_AUTHORS_FIRST = (
    r"(?:^[ \t]*|(?<=\. ))" + _NOT_NAMES + _SURNAME + r"(?: " + _SURNAME + r")?"
    r"(?:"
    r" " + _NOT_INITIALS + r"(?:[A-Z]{1,3}|[A-Z]-[A-Z])(?=[,.:;]| et al\b| \(| and | &)"
    r"|,? (?!(?:M\.D|D\.O|D\.C|R\.N|N\.P|P\.A)\.)(?:[A-Z]\.[ -]?){1,3}(?=[,:;( ]|$)"
    r"|,? (?:[A-Z]\.?,? )?et al\b"
    r")"
)
_YEAR = r"(?:19|20)\d\d[a-z]?"
_MONTH = r"(?: [A-Z][a-z]{2}(?: \d{1,2})?)?"
_MONTHS = (
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
)
#: A line that opens with a journal's name and its year: words with capitals (and "of",
#: "and", "the", "&", "in" between; no month: "In October 2014, doctors" is prose),
#: then the year as a citation gives it, before ";", ":", a full stop or the line's
#: end ("Arthroscopy. 2013 Apr;29", "Journal of Orthopaedic Research, 2019"), or in
#: brackets before the volume ("J Shoulder Elbow Surg (2019) 28").
_JOURNAL_FIRST = (
    r"^[ \t]*(?:(?!" + _MONTHS + r")[A-Z](?:\w|[&'.-])*(?:,? (?:of|and|the|in|for|&))*[ ,]+)"
    r"{1,8}(?:" + _YEAR + _MONTH + r"(?:\s?[;:]|\.(?=\s|$)|\s*$)|\(" + _YEAR + r"\)(?= \d))"
)
#: Marks of a citation besides its authors, each of a kind; a kind counts once.
_MARKS = (
    # a year in brackets ("(2019)", "(2019, March)"), or a journal's year before its
    # volume ("2014;38", "2013 Apr;29"), or standing alone after a comma, a full stop or
    # a month ("Sportärztezeitung March 2017")
    r"(?P<bracketed>\(" + _YEAR + r"(?:, [^()\n]{1,20})?\))"
    r"|(?P<year>\b" + _YEAR + _MONTH + r"\s?;"
    r"|(?:[.,]|" + _MONTHS + r") " + _YEAR + r"(?=[.;,:]|\s*$))"
    # a volume with its issue and pages ("38(9):1889-93", "12(3), 45-67", "(2):286"),
    # or a year's volume and pages ("2014;2014:370621", "2012; 8: 35"), or "pp. 45"
    r"|(?P<volume>\b\d{1,4}\s?\(\d{1,4}(?:(?:-|\u2013)\d{1,4})?\)\s?[:,]\s?[eS]?\d"
    r"|\(\d{1,4}\)\s?\d*:\s*\d"
    r"|;\s?\d{1,4}(?:\(\d{1,4}\))?\s?:\s?e?\d"
    r"|\bpp\.\s?\d)"
    # a journal's name: "J Orthop Res", "Int Orthop", "Am J Sports Med", "Journal of",
    # or a name right before its year ("Transplantation. 2015", "Arthroscopy. 2013 Apr;")
    r"|(?P<journal>\b(?:J|(?:Int|Am|Br|Eur|Clin|Curr)\.?) (?:J\b|[A-Z][a-z]+)|\bJournal\b"
    r"|\b[A-Z][a-z]\w*(?:-\w+)*(?=\.? (?:"
    + _MONTHS
    + r" )?"
    + _YEAR
    + _MONTH
    + r"\s?(?:[;:.,]|$)))"
)


@cache
def _openings() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of an entry's opening line (authors first, a journal first),
    compiled once, when a page first has a block that might cite (9 million
    instructions). A plain pair: a named tuple's class costs 0.7 million to make."""
    return re.compile(_AUTHORS_FIRST, re.MULTILINE), re.compile(_JOURNAL_FIRST, re.MULTILINE)


@cache
def _marks() -> re.Pattern[str]:
    """The marks' pattern, compiled once, when a page first has a line that opens an
    entry (8 million instructions more: most pages never need it)."""
    return re.compile(_MARKS, re.MULTILINE)


#: (firstfi1) A line that opens with a link label and its colon: "Read also:", "See
#: also:", "Related posts:", "You may also like:", "Further reading:". What follows is
#: another page's title (or titles), a link, not this page's words.
_OTHER_PAGES = re.compile(
    r"[ \t]*(?:[-*\u2022][ \t]*)?(?:(?:read|see) also|also (?:read|see)|read (?:more|next)"
    r"|related(?: (?:posts?|articles?|stories|story|reading|links?|content|news|topics?"
    r"|pages?))?|you (?:may|might) also (?:like|enjoy|be interested in)"
    r"|recommended (?:reading|articles?|posts?|stories)|further reading)[ \t]*:",
    re.IGNORECASE,
)
#: The colon of a label comes this early in its line, or there is no label.
LABEL_CHARS = 40

#: Marks of a numbered or identified entry: authors, a year of publication, an identifier.
_CITED = re.compile(
    r"(?P<authors>\bet al\b)|(?P<year>\(\d{4}[a-z]?\)|\b\d{4};\s?\d)"
    r"|(?P<id>\bdoi\b|\bPMID\b|https?://|www\.)",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"\s*(?:\[\d{1,3}\]|\d{1,3}[.)])\s")
#: The characters a numbered entry may start with (a cheap test before `_NUMBERED`).
NUMBERED_STARTS = frozenset("[0123456789 \t")
#: Identifiers and web addresses: a page without any has no identified entry.
IDENTIFIERS = ("://", "www.", "doi", "DOI", "Doi", "PMID", "pmid")
#: The characters that make a line a list item's (`sentences._BULLET`): one at a
#: block's start is made a space before the patterns are tried.
_BULLETS = "-*\u2022\u2013\u2014"
#: A year in brackets is a year; alone beside the authors it makes no entry of two marks
#: ("Gobbi et al. (2011) found ..." is prose, twice over too).
_KIND = {"bracketed": "year"}
#: The page's own voice: a block that speaks it is the page's prose, not an entry.
_OWN_VOICE = re.compile(r"\b(?:[Oo]urs?|[Ww]e|us|[Yy]ou|[Yy]our)\b")
#: A year, roughly, once a "19" or a "20" is found: `re` skips to a "1" or a "2" in C (a
#: pattern that starts with a set); one with "et al" as another branch, which starts
#: with no set, tries every place and cost ten times as much on the 100 KB page.
_YEARISH = re.compile(r"[12][09]\d\d")


def might_cite(text: str) -> bool:
    """Whether a block holds a cheap mark of a citation (a year, "et al"): only then is
    it worth looking at closely."""
    return "et al" in text or (("20" in text or "19" in text) and _YEARISH.search(text) is not None)


def links_other_pages(text: str) -> bool:
    """Whether a block is a link label's list of other pages ("Read also: How to apply
    for a visa", "Related posts: Who should get stem cell therapy?"): its first line
    opens with the label and its colon, and the block holds at most CITATION_WORDS
    words. Its titles are other pages', so they claim nothing for this one and name none
    of its conditions."""
    return (
        ":" in text[:LABEL_CHARS]
        and _OTHER_PAGES.match(text) is not None
        and len(text.split()) <= CITATION_WORDS
    )


def is_numbered_or_identified(text: str, address: bool) -> bool:
    """Whether a block is a numbered entry of a reference list ("12.", "[12]") with one
    mark of a citation (authors, a year of publication, an identifier), or one with any
    two marks of which one is an identifier (a DOI, a PMID, a web address: `address`
    says whether it holds one). "Smith et al. (2019) found that 80% improved" is prose;
    an entry with neither a number nor an identifier is `is_citation`'s."""
    numbered = _NUMBERED.match(text) is not None
    if not (numbered or address or any(mark in text for mark in IDENTIFIERS[2:])):
        return False
    marks = {found.lastgroup for found in _CITED.finditer(text)}
    return bool(marks) if numbered else "id" in marks and len(marks) >= 2


def is_citation(text: str) -> bool:
    """Whether a block is one or more entries of a reference list without a number or
    an identifier (see the module's docstring)."""
    if not might_cite(text):
        return False
    strong, weak = _entries(text)
    return (
        (strong >= 1 or strong + weak >= 2)
        and len(text.split()) <= CITATION_WORDS * (strong + weak)
        and _OWN_VOICE.search(text) is None
    )


def opens_with_entry(text: str) -> bool:
    """Whether a citation block's first line opens an entry (authors or a journal
    first), so that a title of its own block may stand right before it."""
    text = _unbulleted(text)
    authors_first, journal_first = _openings()
    return authors_first.match(text) is not None or journal_first.match(text) is not None


def is_title(text: str) -> bool:
    """Whether a block may be a study's title standing on its own before a citation
    block: one line, at most TITLE_WORDS words, not in the page's own voice."""
    return "\n" not in text and len(text.split()) <= TITLE_WORDS and _OWN_VOICE.search(text) is None


def _entries(text: str) -> tuple[int, int]:
    """(entries with three marks or more, entries with two) of a block. An entry runs
    from a line that opens one to the next such line, and its opening is one mark:
    authors first, or a journal and its year first ("Journal of Orthopaedic Research,
    2019" after a title). A journal's line right after authors with no year yet goes on
    with their entry ("Koh YG, Jo SB." then "Arthroscopy. 2013 Apr;29(4):748-55.")."""
    text = _unbulleted(text)
    authors_first, journal_first = _openings()
    opens = sorted(
        [(m.start(), False) for m in authors_first.finditer(text)]
        + [(m.start(), True) for m in journal_first.finditer(text)]
    )  # (authors before a journal at the same place)
    if not opens:
        return 0, 0
    marks = _marks()
    starts: list[int] = []
    authors_last = False
    for at, journal in opens:
        if starts and starts[-1] == at:
            continue  # (a line that opens both ways opens one entry)
        if journal and authors_last and not _has_year(marks, text, starts[-1], at):
            continue
        starts.append(at)
        authors_last = not journal
    strong = weak = 0
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(text)
        found = {mark.lastgroup or "" for mark in marks.finditer(text, start, end)}
        count = 1 + len({_KIND.get(kind, kind) for kind in found})
        if count >= 3:
            strong += 1
        elif count == 2 and found != {"bracketed"}:
            weak += 1
    return strong, weak


def _has_year(marks: re.Pattern[str], text: str, start: int, end: int) -> bool:
    return any(
        found.lastgroup in ("year", "bracketed") for found in marks.finditer(text, start, end)
    )


def _unbulleted(text: str) -> str:
    """`text` with a bullet at its start made a space (places stay)."""
    return " " + text[1:] if text[:1] in _BULLETS else text
