"""Read the text to check: a file, stdin or a web address; plain text or a web page.

Limits: at most MAX_BYTES are ever read. A path is opened first and the open file
checked with `fstat`: anything but a regular file (a FIFO, a device, a directory) is
refused, so /dev/zero or a pipe with no writer can neither hang nor fill memory.
stdin (`-`) may be a regular file, a pipe or a terminal. A file with a NUL byte in
its first 8 KiB is taken for binary and refused, unless it is UTF-16: with a
byte-order mark, a server's charset, or (a file or stdin) plainly so without a mark
(`utf16_without_bom`, read with a warning). A file is read as a web page when its
name ends in .html, .htm or .xhtml, or when its first 64 KiB hold an HTML tag (<html>,
<body>, <p>, <div>, a heading, <li>, <br> or a doctype). The charset comes from the
web server's headers, else a byte-order mark or the page's own <meta charset> (its
name within the first 4 KiB), else UTF-8; bytes that do not decode are replaced (and
reported as a warning).

A web page is reduced to its main text (`html_lines`; tags are read with one regular
expression, as the standard library's HTMLParser reads them, only faster): scripts,
styles, menus, headers, footers, sidebars, forms and cookie banners are skipped, and
when the page marks its main content (<main>, <article>, role="main") only that is
read. Blocks made mostly of links (menus: MENU_LINK_SHARE, 60% of their characters or
more) are dropped, and on a page whose text is mostly in paragraphs (PARAGRAPH_SHARE,
60% or more), so is text outside them.
Each block (paragraph, heading, list item) is kept apart and keeps the line it had in
the saved file, so line numbers point into the file as saved.

Everything read goes through core.textclean's `clean`, so no escape sequence or
bidirectional control from the advert can reach a terminal.
"""

import codecs
import os
import re
import stat
import sys
from typing import Any, NamedTuple

from stemcell_cli.check.words.phrases import quoted
from stemcell_cli.core.errors import InputError
from stemcell_cli.core.marks import FLOOD

MAX_BYTES = 5 * 1024 * 1024
_CHUNK = 64 * 1024
#: Patterns used only now and then are compiled when first used (re keeps them):
#: compiling costs start-up time.
_HTML_HINT = rb"(?i)<(?:!doctype\s+html|html|body|p|div|h[1-6]|li|br)\b"
_META_CHARSET = rb"""(?i)<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form",
     "button", "select", "iframe", "menu", "dialog", "head", "object", "canvas"}
)  # fmt: skip
_MAIN = frozenset({"main", "article"})
_BLOCKS = frozenset(
    {"p", "div", "section", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br",
     "tr", "td", "th", "table", "blockquote", "dd", "dt", "figcaption", "pre", "hr",
     "header", "main", "article", "title", "address", "summary", "details"}
)  # fmt: skip
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr"}
)  # fmt: skip
#: Inline elements a browser sets in the run of the text, with no space of their own at
#: their tags: "c<b>ure</b>", "cu<wbr>re" and "cu<!-- -->re" each read "cure" (attack15:
#: each piece was a word of its own, so a claim split by tags inside its words was not
#: read). Any other tag parts words as before: blocks, cells, images, `<q>` (which adds
#: marks), `<sup>` and `<sub>` (a footnote's number: "arthritis<sup>1</sup>").
_INLINE = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font",
     "i", "ins", "kbd", "mark", "nobr", "s", "samp", "small", "span", "strike", "strong",
     "time", "tt", "u", "var", "wbr"}
)  # fmt: skip
_BOILERPLATE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
     "dialog", "alertdialog", "form"}
)  # fmt: skip
_BOILERPLATE_NAMES = (
    r"(?i)(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|site-?footer|sidebar|"
    r"cookies?|cookie-?banner|consent|share|social|newsletter|subscribe|popup|modal|"
    r"skip-?link|masthead|site-?header|topbar|widget)(?:$|[\s_-])"
)


class AdText(NamedTuple):
    label: str
    lines: list[str]
    warnings: list[str]
    #: The line number in the source of each of `lines` (None: 1, 2, 3, ...).
    numbers: list[int] | None = None
    #: A web address as typed (without a user name or password) and all in ASCII, its
    #: host as looked up (`xn--...`), for JSON; "" for a file or stdin. (`label` shows
    #: its host as a browser would: `fetch.address_label`.)
    typed: str = ""
    ascii: str = ""


def is_url(source: str) -> bool:
    return re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", source) is not None


def read_text(source: str) -> AdText:
    """The text of `source` (a path, `-` for stdin, or an http(s) address), as a reader
    would see it."""
    if is_url(source):
        from stemcell_cli.check.page.fetch import address_label, ascii_address, fetch, typed_label

        page = fetch(source, MAX_BYTES)
        text = decode(address_label(source), page.body, page.charset, page.is_html)
        return text._replace(typed=typed_label(source), ascii=ascii_address(source))
    if source == "-":
        label = named = "stdin"
        raw = read_stdin(label)
    else:
        # The report's title shows the name cleaned; a message on stderr shows it with
        # each control or invisible character as an escape, so a name holding a line
        # break is still one line there (attack5).
        label, named = clean(source), _visible(source)
        raw = read_file(source, named)
    is_html = source.lower().endswith((".html", ".htm", ".xhtml")) or bool(
        re.search(_HTML_HINT, raw[:65536])
    )
    return decode(named, raw, None, is_html, saved=True)._replace(label=label)


def decode(
    label: str, raw: bytes, charset: str | None, is_html: bool, saved: bool = False
) -> AdText:
    """Bytes to the lines `check` reads: decoded, reduced to text if HTML, cleaned.
    `saved`: a file or stdin, not a fetched page (read in UTF-16 without a byte-order
    mark when it plainly is, `_utf16`)."""
    if not raw.strip():
        raise InputError(f"{label}: nothing to check, the input is empty")
    warnings: list[str] = []
    utf16 = _utf16(raw, charset, saved, label, warnings) if b"\0" in raw[:8192] else None
    encoding = utf16 or _encoding(raw, charset, is_html, label, warnings)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        text = raw.decode(encoding, errors="replace")
        warnings.append(
            f"{label}: not valid {_shown_name(encoding)} (first bad byte "
            f"at offset {exc.start}); unreadable bytes were replaced"
        )
    except (LookupError, UnicodeError):
        # A codec that is not a text encoding (rot13, hex: LookupError) or that fails
        # otherwise (punycode): the page's charset is unusable, as an unknown one is.
        warnings.append(f"{label}: unusable charset {quoted(clean(encoding))}, read as UTF-8")
        text = raw.decode("utf-8", errors="replace")
    text = text.removeprefix("\ufeff")
    if utf16 is not None:
        if "\0" in text[:8192]:
            raise InputError(f"{label}: looks like a binary file, not text")
        if not text.strip():
            raise InputError(f"{label}: nothing to check, the input is empty")
        # (the tags of a saved page were looked for in bytes, which UTF-16 hides)
        is_html = is_html or (saved and re.search(_HTML_HINT.decode(), text[:65536]) is not None)
    if is_html:
        lines, numbers = html_lines(text)
        return AdText(label, _cleaned(lines), warnings, numbers)
    return AdText(label, _cleaned(text.splitlines()), warnings)


def _utf16(raw: bytes, charset: str | None, saved: bool, label: str, warnings: list[str]) -> str:
    """The encoding of a text with a NUL byte in its first 8 KiB, which only UTF-16
    may hold: one that says so (a byte-order mark; a server's charset, which browsers
    read as the Encoding Standard's UTF-16LE or UTF-16BE), or a saved text that plainly
    is UTF-16 without a mark (`utf16_without_bom`, with a warning). Anything else is binary."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        declared = codecs.lookup(charset).name if charset else ""
    except LookupError:
        declared = ""
    if declared.startswith("utf-16"):
        return "utf-16-be" if declared == "utf-16-be" else "utf-16-le"
    if saved:
        from stemcell_cli.check.page.utf16_without_bom import bomless_utf16

        found = bomless_utf16(raw)
        if found is not None:
            shown = "UTF-16LE" if found == "utf-16-le" else "UTF-16BE"
            warnings.append(f"{label}: UTF-16 without a byte-order mark, read as {shown}")
            return found
    raise InputError(f"{label}: looks like a binary file, not text")


def _cleaned(lines: list[str]) -> list[str]:
    return [clean(line) for line in lines]


def _visible(text: str) -> str:
    """`text` as core.textclean's `visible` shows it in a message (imported only for a
    name that holds a character it escapes or a flood of combining marks it cuts)."""
    if text.isprintable() and not re.search(FLOOD, text):
        return text
    from stemcell_cli.core.textclean import visible

    return visible(text)


def clean(text: str) -> str:
    """`text` as core.textclean's `clean` leaves it. A printable text holds nothing it
    removes (`str.isprintable` tells in C, much faster) but a flood of combining marks
    (`core/marks.py`), so textclean and its patterns are loaded only for a text that is
    not printable or holds one. An ASCII text holds no combining mark: most lines of a long
    text are looked at no further (`str.isascii` reads a flag the string keeps)."""
    if text.isprintable() and (text.isascii() or not re.search(FLOOD, text)):
        return text
    from stemcell_cli.core.textclean import clean as cleaned

    return cleaned(text)


def _encoding(
    raw: bytes, charset: str | None, is_html: bool, label: str, warnings: list[str]
) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return name
    in_page = False
    if charset is None and is_html:
        found = re.search(_META_CHARSET, raw[:4096])
        charset = found.group(1).decode("ascii", "replace") if found else None
        in_page = True
    if not charset:
        return "utf-8"
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        name = ""
    if name not in _BROWSER_ENCODINGS:
        # A name no browser reads (UTF-7, UTF-32, unicode_escape, EBCDIC, a codec of
        # bytes such as hex) would make `check` read other text than a reader sees.
        warnings.append(f"{label}: unknown charset {quoted(clean(charset))}, read as UTF-8")
        return "utf-8"
    if in_page and name.startswith("utf-16"):
        # Found by reading the page as ASCII, so it cannot be UTF-16: browsers read
        # such a page as UTF-8 (the HTML standard's rule for <meta charset>).
        return "utf-8"
    # Pages that say Latin-1 are read as Windows-1252, as browsers do.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


#: The encodings browsers read (the WHATWG Encoding Standard's), by the name Python's
#: `codecs.lookup` gives them; Latin-1 and ASCII are read as Windows-1252.
_BROWSER_ENCODINGS = frozenset(
    {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp866", "koi8-r", "koi8-u", "mac-roman",
     "mac-cyrillic", "cp874", "tis-620", "iso8859-11", "gbk", "gb2312", "gb18030", "big5",
     "big5hkscs", "euc_jp", "iso2022_jp", "shift_jis", "cp932", "euc_kr", "cp949",
     "latin-1", "iso8859-1", "ascii"}
    | {f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16)}
    | {f"cp{n}" for n in range(1250, 1259)}
)  # fmt: skip


def _shown_name(encoding: str) -> str:
    return "UTF-8" if encoding == "utf-8" else encoding


def read_stdin(label: str) -> bytes:
    """At most MAX_BYTES + 1 bytes of stdin: a regular file, a pipe or a terminal."""
    stream = sys.stdin
    if stream is None:
        raise InputError(f"{label}: is closed, there is nothing to read")
    try:
        fd = stream.fileno()
    except (OSError, ValueError, AttributeError):
        # Not backed by a file (a test runner's or an embedding program's stream).
        return _bounded_stream(stream, label)
    try:
        info = os.fstat(fd)
    except OSError:
        raise InputError(f"{label}: is closed, there is nothing to read") from None
    allowed = stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode) or os.isatty(fd)
    if not allowed:
        raise InputError(f"{label}: is not a file, a pipe or a terminal; refusing to read it")
    if not stat.S_ISREG(info.st_mode) or not hasattr(os, "set_blocking"):
        return _bounded(fd, label)  # (a pipe or a terminal waits for its writer, as it should)
    # A file is read without blocking, as a path is (`read_file`: /proc/kmsg waits), and
    # the flag set back after, for the shell's sake.
    blocking = os.get_blocking(fd)
    os.set_blocking(fd, False)
    try:
        return _bounded(fd, label)
    finally:
        os.set_blocking(fd, blocking)


def _bounded_stream(stream: Any, label: str) -> bytes:
    source = getattr(stream, "buffer", stream)
    try:
        data = source.read(MAX_BYTES + 1)
    except (OSError, ValueError) as exc:
        raise InputError(f"{label}: cannot be read ({exc})") from None
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    if len(raw) > MAX_BYTES:
        raise InputError(_too_big(label))
    return raw


def read_file(path: str, label: str) -> bytes:
    """At most MAX_BYTES + 1 bytes of a regular file, checked on the open file."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputError(f"{label}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{label}: is a directory, not a text file") from None
    except OSError as exc:
        raise InputError(f"{label}: cannot be read ({exc.strerror})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{label}: is a directory, not a text file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{label}: is not a regular file; refusing to read it")
        if info.st_size > MAX_BYTES:
            raise InputError(_too_big(label))
        # Read still without blocking: a regular file never waits, but some "regular"
        # files of /proc do (/proc/kmsg waits for the kernel's next message; attack9).
        return _bounded(fd, label)
    finally:
        os.close(fd)


def _bounded(fd: int, label: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    try:
        while size <= MAX_BYTES:
            chunk = os.read(fd, min(_CHUNK, MAX_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except BlockingIOError:
        raise InputError(f"{label}: cannot be read (it waits for input: not a file)") from None
    except OSError as exc:
        raise InputError(f"{label}: cannot be read ({exc.strerror})") from None
    if size > MAX_BYTES:
        raise InputError(_too_big(label))
    return b"".join(chunks)


def _too_big(label: str) -> str:
    return f"{label}: larger than the {MAX_BYTES // (1024 * 1024)} MiB limit for check"


_PARAGRAPHS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt",
     "figcaption", "caption", "summary"}
)  # fmt: skip
#: A block whose text is mostly links is a menu; text outside paragraphs on a page
#: made of paragraphs is a sidebar or a footer.
MENU_LINK_SHARE = 0.6
PARAGRAPH_SHARE = 0.6


class _Block:
    __slots__ = ("line", "link_chars", "paragraph", "pieces")

    def __init__(self, line: int, paragraph: bool) -> None:
        self.line = line
        self.pieces: list[str] = []  # the texts, each after a " " or run on from the last
        self.paragraph = paragraph
        self.link_chars = 0

    @property
    def text(self) -> str:
        """The pieces joined, each run of white space made one space. Most blocks are so
        already, which is found in C without splitting them into words: any white space
        but a space is not printable (`str.isprintable`), so a text with no space at
        either end and no two spaces in a row holds no other run."""
        text = "".join(self.pieces[1:])  # (each piece after a space, or run on: `_glued`)
        if text.isprintable() and text[:1] != " " and text[-1:] != " " and "  " not in text:
            return text
        return " ".join(text.split())


#: One piece of markup: a comment, a declaration or processing instruction, an end tag
#: (group 1: its name) or a start tag (group 2: its name, group 3: its attributes).
#: (Compiled on first use, as the other patterns of web pages: plain text needs none.)
_MARKUP = (
    r"(?s)<(?:!--.*?(?:--!?>|\Z)"
    r"|[!?][^>]*(?:>|\Z)"
    r"|/([a-zA-Z][^\s/>]*)[^>]*(?:>|\Z)"
    r"|([a-zA-Z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>)"
)
_ATTRIBUTE = r"""([^\s/>=][^\s/>=]*)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?"""
#: Elements whose content is raw text up to their end tag.
_RAW_TEXT = {"script": r"(?i)</script\s*>", "style": r"(?i)</style\s*>"}


#: A character reference, as the standard library's `html.unescape` finds them.
_REFERENCE = r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)"
#: The named references web pages use most, decoded without importing `html` (whose
#: table of 2,231 names costs more than reading a page); any other goes to `html`.
_COMMON_NAMES = {"amp;": "&", "lt;": "<", "gt;": ">", "quot;": '"', "apos;": "'", "nbsp;": "\xa0"}


def _unescaped(text: str) -> str:
    """`text` with its character references decoded exactly as `html.unescape` does."""
    if "&" not in text:
        return text
    return re.sub(_REFERENCE, _reference, text)


def _reference(found: re.Match[str]) -> str:
    name = found.group(1)
    if name[0] == "#":
        hexadecimal = name[1] in "xX"
        digits = (name[2:] if hexadecimal else name[1:]).rstrip(";").lstrip("0") or "0"
        if len(digits) > 8:  # past Unicode, as `html` reads it (whose `int` of over
            return "\ufffd"  # 4,300 digits was a traceback: attack12)
        number = int(digits, 16 if hexadecimal else 10)
        # Plain characters only; control characters, surrogates, noncharacters and
        # numbers past Unicode have rules of their own, which `html` applies.
        if 0x20 <= number <= 0x7E or 0xA0 <= number <= 0xD7FF or 0xE000 <= number <= 0xFDCF:
            return chr(number)
        from html import unescape

        return unescape(f"&#{'x' if hexadecimal else ''}{digits};")
    if name in _COMMON_NAMES:
        return _COMMON_NAMES[name]
    from html import unescape

    return unescape(found.group())


def _attributes(raw: str) -> list[tuple[str, str | None]]:
    """(name, value) of each attribute, names in lower case; None for a bare name."""
    return [
        (name.lower(), _unescaped(double or single or bare) if equals else None)
        for name, equals, double, single, bare in re.findall(_ATTRIBUTE, raw)
    ]


def _read_markup(text: str, parser: "_MainText") -> None:
    """Feed `parser` the tags and text of a page, as the standard library's HTMLParser
    would, in one pass of a regular expression (several times faster): comments,
    declarations and the content of scripts and styles are skipped, character
    references in text and attributes are decoded, and each piece of text comes with
    the line it starts on."""
    pos = 0
    line = 1
    counted = 0
    size = len(text)
    search = re.compile(_MARKUP).search
    while pos < size:
        found = search(text, pos)
        start = found.start() if found is not None else size
        # White space between tags (half the text pieces of a page) adds no text, but
        # parts the words on either side ("<b>cells</b> <b>cure</b>": attack16).
        if start > pos:
            if text[pos:start].isspace():
                parser.handle_space()
            else:
                line += text.count("\n", counted, pos)
                counted = pos
                parser.handle_text(_unescaped(text[pos:start]), line)
        if found is None:
            break
        pos = found.end()
        closing, opening, raw = found.groups()
        if closing is not None:
            parser.handle_endtag(closing.lower())
        elif opening is not None:
            tag = opening.lower()
            attributes = _attributes(raw) if raw.strip() else []
            if raw.endswith("/"):
                parser.handle_startendtag(tag, attributes)
                continue
            parser.handle_starttag(tag, attributes)
            end = _RAW_TEXT.get(tag)
            if end is not None:
                closed = re.compile(end).search(text, pos)
                pos = closed.end() if closed is not None else size
                parser.handle_endtag(tag)


class _MainText:
    """Text of a page by block, with the source line of each block; boilerplate skipped."""

    def __init__(self) -> None:
        self.blocks: list[_Block] = []
        self.main_blocks: list[_Block] = []  # blocks inside <main>, <article>, role=main
        self._stack: list[tuple[str, bool, bool]] = []  # (tag, skipped, main)
        self._skipping = 0
        self._in_main = 0
        self._paragraph = 0
        self._link = 0
        self._open = False
        self._glued = False  # the next text runs on from the last, no tag between parting them

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._open = False
        self._glued = self._glued and tag in _INLINE
        if tag in _VOID:
            return
        if attrs:
            values = dict(attrs)
            names = " ".join(filter(None, (values.get("class"), values.get("id"))))
            role = (values.get("role") or "").casefold()
            skipped = (
                tag in _SKIPPED
                or role in _BOILERPLATE_ROLES
                or (tag == "header" and not self._in_main)
                or "hidden" in values  # (bare, as most pages write it, or with a value)
                or values.get("aria-hidden") == "true"
                or bool(names and re.search(_BOILERPLATE_NAMES, names))
            )
            main = tag in _MAIN or role == "main"
        else:  # most tags: the same tests, with no attribute to read
            skipped = tag in _SKIPPED or (tag == "header" and not self._in_main)
            main = tag in _MAIN
        self._stack.append((tag, skipped, main))
        self._skipping += skipped
        self._in_main += main
        self._paragraph += tag in _PARAGRAPHS
        self._link += tag == "a"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._open = False
        self._glued = self._glued and tag in _INLINE

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._open = False
        self._glued = self._glued and tag in _INLINE
        for open_tag, _, _ in reversed(self._stack):
            if open_tag == tag:
                break
        else:
            return  # a stray end tag
        while self._stack:
            open_tag, skipped, main = self._stack.pop()
            self._skipping -= skipped
            self._in_main -= main
            self._paragraph -= open_tag in _PARAGRAPHS
            self._link -= open_tag == "a"
            if open_tag == tag:
                break

    def handle_space(self) -> None:
        """White space between two tags: no text, but the words either side are two, as
        a browser shows them; hidden white space parts nothing."""
        if not self._skipping:
            self._glued = False

    def handle_text(self, data: str, line: int) -> None:
        if self._skipping:
            return
        pieces = data.split("\n")
        for index, piece in enumerate(pieces):
            if not piece.strip():
                continue
            if not self._open:
                block = _Block(line + index, self._paragraph > 0)
                self.blocks.append(block)
                if self._in_main:
                    self.main_blocks.append(block)
                self._open = True
                self._glued = False
            if self._glued and index == 0:  # the rest of a word that inline tags part
                self.blocks[-1].pieces.append(piece)
            else:
                self.blocks[-1].pieces += (" ", piece)
            if self._link:
                self.blocks[-1].link_chars += len(piece.strip())
        # (a text that ends in a line break is parted from the next)
        self._glued = self._open and bool(pieces[-1].strip())


def _main_blocks(parser: _MainText) -> list[tuple[_Block, str]]:
    """The blocks of the main text, each with its text."""
    chosen = [(b, text) for b in parser.main_blocks or parser.blocks if (text := b.text)]
    chosen = [(b, text) for b, text in chosen if b.link_chars < MENU_LINK_SHARE * len(text)]
    in_paragraphs = sum(len(text) for b, text in chosen if b.paragraph)
    if in_paragraphs >= PARAGRAPH_SHARE * sum(len(text) for _, text in chosen):
        chosen = [(b, text) for b, text in chosen if b.paragraph]
    return chosen


def html_lines(text: str) -> tuple[list[str], list[int]]:
    """The main text of a page, one block per entry with blank entries between blocks,
    and the source line number of each entry."""
    parser = _MainText()
    _read_markup(text, parser)
    lines: list[str] = []
    numbers: list[int] = []
    for block, block_text in _main_blocks(parser):
        lines += [block_text, ""]
        numbers += [block.line, block.line]
    return lines, numbers
