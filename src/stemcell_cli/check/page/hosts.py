"""A web address's host name: as it is looked up, and as it is shown (idn1).

Looked up: each label in its ASCII form, IDNA 2003 as the standard library's
`encodings.idna` gives it (nameprep, then punycode with the `xn--` prefix), the form
Python's own lookups use; `bücher.example` is `xn--bcher-kva.example`. Shown: each label
as a browser's IDN display policy shows it (Chrome's, which Firefox's is close to): in
its own letters when a reader can trust them, else in its `xn--` form, so that a
homograph (`apple-clinic.com` with a Cyrillic "a", U+0430) never looks like the real
name. A label of letters beyond ASCII is shown in its letters only when

- it holds letters, digits, combining marks and hyphens only (no symbol, no
  punctuation), and its digits are of one numbering system;
- its letters are of one script, or of Latin (ASCII letters only) with Chinese,
  Japanese or Korean (the "Highly Restrictive" profile of Unicode's UTS 39: "google"
  with two Armenian "o", U+0585, is two scripts);
- it holds no letter that spells no language (IPA letters such as the script "g",
  U+0261, small capitals, the dotless "j"), and no katakana "no" or long vowel mark or
  Han "one" beside Latin (they look like "/" and "-");
- it is not a whole-script homograph: a label all of whose letters look like Latin
  ones ("apple" in Cyrillic, U+0430 U+0440 U+0440 U+04CF U+0435) under a top-level
  domain in ASCII (`.com`).

Its ASCII form is shown otherwise, and always for a label that does not come back to
itself (`xn--fa-hia`, "faß" in IDNA 2008, which IDNA 2003 looks up as `fass`), so the
report names the host looked up. Scripts come from `unicodedata`'s character names
("CYRILLIC SMALL LETTER A"). The `idna` package (IDNA 2008) is not worth a dependency:
it holds no script data for a display policy, it refuses names with symbols that
browsers open (`☃.net`), and where it would look up another host than IDNA 2003 (the
deviation letters ß and ς; the two joiners are invisible, which `check` refuses) the
report shows the host looked up (docs/security.md).
"""

from __future__ import annotations

import unicodedata

#: Scripts that may be mixed in one label: Latin with Japanese, Chinese or Korean.
_MIXABLE = (
    frozenset({"LATIN", "HAN", "HIRAGANA", "KATAKANA"}),
    frozenset({"LATIN", "HAN", "BOPOMOFO"}),
    frozenset({"LATIN", "HAN", "HANGUL"}),
)
#: The first words of a character's name that name its script otherwise.
_SCRIPT_OF = {"CJK": "HAN", "IDEOGRAPHIC": "HAN", "KATAKANA-HIRAGANA": "KATAKANA"}
#: Letters of other scripts that look like Latin ones (in lower case, as nameprep
#: leaves them): a label made only of them is a whole-script homograph.
_LOOK_LATIN = frozenset(
    "\u0430\u044a\u044c\u044b\u0433\u0501\u0435\u04bb\u0456\u0458\u043a\u04cf"  # Cyrillic
    "\u043c\u043d\u043e\u0440\u051b\u0455\u0442\u051d\u0445\u0443\u0441\u0475"
    "\u0461\u04af\u043f\u04bd"
    "\u03b1\u03b2\u03b3\u03b5\u03b7\u03b9\u03ba\u03bd\u03bf\u03c1\u03c4\u03c5"  # Greek
    "\u03c7\u03c9"
    "\u0585\u057d\u0570\u0581\u0566\u0578\u0561"  # Armenian
)
#: Letters next to Latin ones that look like "/" and "-" (katakana no and the long
#: vowel mark, Han "one").
_LOOK_MARKS = frozenset("\u30ce\u30fc\u4e00")


def ascii_host(host: str) -> str:
    """`host` as it is looked up: every label in ASCII (`xn--...`). A host in ASCII is
    returned as it is; a name that cannot be encoded (a label over 63 characters once
    encoded, an empty label) is a UnicodeError."""
    if host.isascii():
        return host
    return host.encode("idna").decode("ascii")


def shown_host(host: str) -> str:
    """`host` as a report shows it: each label in its own letters where a browser
    would show them, else in its `xn--` form; a name that cannot be encoded is shown
    with its letters beyond ASCII as escapes (`\\u0430`)."""
    if host.isascii() and "xn--" not in host.casefold():
        return host
    try:
        labels = ascii_host(host).split(".")
    except UnicodeError:
        return host.encode("ascii", "backslashreplace").decode("ascii")
    top = labels[-1] or (labels[-2] if len(labels) > 1 else "")
    ascii_top = not top.casefold().startswith("xn--")
    return ".".join(_shown_label(label, ascii_top) for label in labels)


def _shown_label(label: str, ascii_top: bool) -> str:
    if not label.casefold().startswith("xn--"):
        return label
    try:
        letters = label.encode("ascii").decode("idna")
    except UnicodeError:  # not punycode, or not itself again (a deviation character)
        return label.lower()
    return letters if readable(letters, ascii_top) else label.lower()


def readable(label: str, ascii_top: bool = True) -> bool:
    """Whether a browser would show `label` (nameprepped, lower case) in its letters."""
    scripts: set[str] = set()
    zeros: set[int] = set()
    letters: list[str] = []
    for char in label:
        category = unicodedata.category(char)
        if char == "-" or category[0] == "M":
            continue
        if category == "Nd":
            zeros.add(ord(char) - unicodedata.decimal(char))
            continue
        if category[0] != "L" or _spells_no_language(char):
            return False
        name = unicodedata.name(char, "")
        first = name.split(" ", 1)[0]
        scripts.add(_SCRIPT_OF.get(first, first))
        letters.append(char)
    if len(zeros) > 1 or "" in scripts:
        return False
    if len(scripts) > 1:
        if not any(scripts <= allowed for allowed in _MIXABLE):
            return False
        if "LATIN" in scripts and any(
            char in _LOOK_MARKS or (not char.isascii() and _is_latin(char)) for char in letters
        ):
            return False
    return not (ascii_top and scripts and "LATIN" not in scripts and set(letters) <= _LOOK_LATIN)


def _is_latin(char: str) -> bool:
    return unicodedata.name(char, "").startswith("LATIN")


def _spells_no_language(char: str) -> bool:
    """IPA letters, phonetic small capitals and the dotless j: Latin letters no
    language's words are spelt with, several of them Latin letters' look-alikes."""
    code = ord(char)
    return 0x0250 <= code <= 0x02AF or 0x1D00 <= code <= 0x1DBF or code == 0x0237
