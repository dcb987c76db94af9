"""A saved text in UTF-16 without a byte-order mark (idn1).

Windows Notepad's "Unicode" and some copy-and-paste tools save UTF-16 with no mark
that says so; read byte by byte, such a text is letters with NUL bytes between them,
which `check` would refuse as binary. It is taken for UTF-16 only when its first
SAMPLE bytes show it plainly: a NUL in the high byte of at least HIGH_NULS of the
characters (one byte order; the other byte of a character is never NUL), and at least
PLAIN of the characters printable ASCII, a tab or a line break, and every character
printable. Anything else is still binary: a text in another script (Cyrillic in
UTF-16 has no NUL bytes to find), UTF-32, a file of numbers.

Only a file or stdin is read so: a fetched page is read as its server and a browser
read it (a byte-order mark, the charset of its `Content-Type`).
"""

from __future__ import annotations

#: How many bytes are looked at (the first few KB, cheap next to reading the text).
SAMPLE = 4096
#: The share of characters whose high byte is NUL (the rest: curly quotes, dashes).
HIGH_NULS = 0.9
#: The share of characters that are printable ASCII, a tab or a line break.
PLAIN = 0.9
_PLAIN_BYTES = frozenset(range(0x20, 0x7F)) | {0x09, 0x0A, 0x0D}


def bomless_utf16(raw: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when `raw` reads plainly as UTF-16 in that byte
    order (see the module's rules), else None."""
    sample = raw[: min(SAMPLE, len(raw)) // 2 * 2]
    count = len(sample) // 2
    if count < 2:
        return None
    for name, high, low in (
        ("utf-16-le", sample[1::2], sample[0::2]),
        ("utf-16-be", sample[0::2], sample[1::2]),
    ):
        if 0 in low or high.count(0) < HIGH_NULS * count:
            continue
        plain = sum(1 for h, b in zip(high, low, strict=True) if h == 0 and b in _PLAIN_BYTES)
        if plain < PLAIN * count:
            return None
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:  # a surrogate cut at the sample's end, or a lone one
            text = sample.decode(name, errors="replace")[:-1]
        printable = text.replace("\n", "").replace("\r", "").replace("\t", "")
        return name if printable.isprintable() and "\ufffd" not in printable else None
    return None
