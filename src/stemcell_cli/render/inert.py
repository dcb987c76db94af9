"""Web and e-mail addresses in outside words made inert for Markdown (links1).

A Markdown reader with autolinks (GitHub's GFM, Obsidian, VS Code's markdown-it with
linkify) turns a bare address into a live link, so an address quoted from an advert
would become a link in the user's own notes. Each address is written in the usual
"defanged" form instead, which a reader still reads as the address:

- a scheme's colon before `//`, and the colon of `mailto:`, `xmpp:`, `javascript:`,
  `vbscript:`, `data:`, `tel:` and `file:`, as `[:]` (`https[:]//evil[.]example`);
- the `@` of an e-mail address as `[@]` (`info[@]clinic[.]example`);
- every dot of a dotted name whose last part is two letters or more (a host name:
  `www[.]clinic[.]example`, `clinic[.]com`), as `[.]`. A number (`2.5`, `1.5ml`) or
  an abbreviation (`e.g.`) is left as it is.

The rendered text then holds no `://`, no `www.`, no `name@host` and no `name.tld`,
which is what every autolinker looks for, whatever its reader does with backslash
escapes. The brackets are escaped afterwards as any data text is (`\\[.\\]`), so they
make no link of their own. Only Markdown does this: text, rich and JSON keep the
advert's words as they are.
"""

from __future__ import annotations

import re

_SCHEME = re.compile(
    r"(?<![\w+.-])([A-Za-z][A-Za-z0-9+.-]*):(?=//)"
    r"|(?<![\w+.-])(mailto|xmpp|javascript|vbscript|data|tel|file):(?=\S)",
    re.IGNORECASE,
)
_AT = re.compile(r"(?<=[\w.+-])@(?=[\w-])")
_DOTTED = re.compile(r"[\w-]+(?:\.[\w-]+)+")
#: The last part of a host name: two letters or more (`com`, `example`, `рф`), or an
#: internationalised one in ASCII (`xn--p1ai`).
_TOP = re.compile(r"(?:[^\W\d_]{2,}|xn--[\w-]+)", re.IGNORECASE)


def _scheme(match: re.Match[str]) -> str:
    return (match[1] or match[2]) + "[:]"


def _dotted(match: re.Match[str]) -> str:
    name = match[0]
    if not _TOP.fullmatch(name.rsplit(".", 1)[1]):
        return name
    return name.replace(".", "[.]")


def inert(text: str) -> str:
    """`text` with each web or e-mail address in it defanged (see the module's note)."""
    text = _SCHEME.sub(_scheme, text)
    text = _AT.sub("[@]", text)
    return _DOTTED.sub(_dotted, text)
