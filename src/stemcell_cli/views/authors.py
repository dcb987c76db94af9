"""A free-text author line split into names, where that is unambiguous (the rules of
`citations.parse_authors`, which gives them as `Name`s).

Kept apart from `views.citations` so that `check`'s short sources
(`base.short_citation`), which need only the first name, do not import `dataclasses`
and build the citation classes: about 20 million instructions a text report (speed5).
"""

import re

_REMARK = re.compile(r"^(?P<names>.*?)\s*\((?P<remark>[^()]*)\)\s*$")
_ET_AL = re.compile(r"(?:^|\s+)et\s+al\.?$", re.IGNORECASE)
_WORD = re.compile(r"^[^\W\d_][\w'\u2019.-]*$")

#: A name: (family, given, literal); an organisation has only its literal.
Parts = tuple[str, str, str]


def split_authors(text: str) -> tuple[tuple[Parts, ...], bool, str]:
    """The names of `text`, whether it ended in "et al." and its trailing "(...)"
    remark: a list in which every name has one of the two personal shapes is split
    into names; anything else is one literal (institutional) author."""
    text = text.strip()
    if not text:
        return (), False, ""
    body, remark = text, ""
    match = _REMARK.match(text)
    if match and match.group("names"):
        body, remark = match.group("names"), match.group("remark").strip()
    parts = [part.strip() for part in body.rstrip(". ").split(",")]
    others = False
    if parts and _ET_AL.search(parts[-1]):
        others = True
        parts[-1] = _ET_AL.sub("", parts[-1]).strip()
        if not parts[-1]:
            parts.pop()
    people = [_person(part) for part in parts]
    if people and all(person is not None for person in people) and (len(people) > 1 or others):
        return tuple(p for p in people if p is not None), others, remark
    if len(people) == 1 and people[0] is not None and people[0][1].isupper():
        # One Vancouver-style name ("Sadeghirad B") is unambiguous on its own.
        return (people[0],), others, remark
    return (("", "", text.rstrip()),), False, ""


def _person(part: str) -> Parts | None:
    words = part.split()
    if len(words) < 2:
        return None
    if len(words[-1]) <= 4 and words[-1].isalpha() and words[-1].isupper():
        # Vancouver: "Ellera Gomes JL" -> family "Ellera Gomes", given "J. L."
        family = " ".join(words[:-1])
        if all(_WORD.match(w) for w in words[:-1]):
            return family, " ".join(f"{c}." for c in words[-1]), ""
        return None
    if len(words) <= 5 and all(_WORD.match(w) and w[0].isupper() for w in words):
        # Given names first: "Ajay E. Kuriyan" -> family "Kuriyan", given "Ajay E."
        return words[-1], " ".join(words[:-1]), ""
    return None
