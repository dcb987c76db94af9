"""A saved page in UTF-16 for `stemcell check` (idn1, 2026-11-28).

Windows Notepad's "Unicode" and copy-and-paste tools save UTF-16, sometimes with no
byte-order mark: `check` refused every such file as binary (its letters have NUL bytes
between them), even one with the mark. Each test runs the installed command, its
output written to real files: a text plainly in UTF-16 is read (without a mark, with a
warning); anything else with NUL bytes is still refused with the same one line.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from installed import SCRIPT
from localhttp import serving

from stemcell_cli.check.page.utf16_without_bom import bomless_utf16

ADVERT = "Our stem cells cure arthritis \u2014 \u201cno surgery\u201d.\nBook today.\n"
PAGE = "<html><body><p>Our stem cells cure arthritis.</p></body></html>\n"


def to_files(
    tmp_path: Path, *args: str, stdin: Path | None = None, **env: str
) -> tuple[int, str, str]:
    """A run of `stemcell check` whose stdout and stderr are real files (stdin a file
    too, when given): its exit code, and what each file got."""
    out, err = tmp_path / "out", tmp_path / "err"
    full_env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    full_env.update(env)
    with (
        out.open("wb") as stdout,
        err.open("wb") as stderr,
        (stdin or Path(os.devnull)).open("rb") as source,
    ):
        code = subprocess.run(
            [SCRIPT, "check", *args],
            stdin=source, stdout=stdout, stderr=stderr, env=full_env, timeout=60, check=False,
        ).returncode  # fmt: skip
    return code, out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8")


@pytest.mark.parametrize(("codec", "shown"), [("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")])
def test_utf16_without_a_byte_order_mark_is_read_with_a_warning(
    tmp_path: Path, codec: str, shown: str
) -> None:
    path = tmp_path / "advert.txt"
    path.write_bytes(ADVERT.encode(codec))
    code, out, err = to_files(tmp_path, str(path), "-f", "json")
    assert code == 1, err
    assert err == f"stemcell: warning: {path}: UTF-16 without a byte-order mark, read as {shown}\n"
    findings = json.loads(out)["findings"]
    assert "cure-claim" in {f["id"] for f in findings}


def test_utf16_on_stdin_is_read_as_a_file_is(tmp_path: Path) -> None:
    path = tmp_path / "pasted"
    path.write_bytes(ADVERT.encode("utf-16-le"))
    code, out, err = to_files(tmp_path, "-", "-f", "text", stdin=path)
    assert code == 1, err
    assert "stdin: UTF-16 without a byte-order mark, read as UTF-16LE" in err
    assert "cure arthritis" in out


@pytest.mark.parametrize("name", ["page.html", "page.txt"])
def test_a_saved_page_in_utf16_is_read_as_a_page(tmp_path: Path, name: str) -> None:
    """Its tags are found once it is decoded, whatever the file's name."""
    path = tmp_path / name
    path.write_bytes(PAGE.encode("utf-16-le"))
    code, out, err = to_files(tmp_path, str(path), "-f", "json")
    assert code == 1, err
    quotes = [f["quote"] for f in json.loads(out)["findings"]]
    assert quotes and not [quote for quote in quotes if "<" in quote]


def test_utf16_with_a_byte_order_mark_is_read_without_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "advert.txt"
    path.write_bytes(codecs.BOM_UTF16_BE + ADVERT.encode("utf-16-be"))
    code, out, err = to_files(tmp_path, str(path), "-f", "text")
    assert (code, err) == (1, "")
    assert "cure arthritis" in out


@pytest.mark.parametrize(
    "raw",
    [
        b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4,  # a program
        b"\x01\x00\x02\x00" * 200,  # NULs every second byte, but no letters
        "Our stem cells cure arthritis.\n".encode("utf-32-le"),  # UTF-32
        "\u041d\u0430\u0448\u0438 \u0441\u0442\u0432\u043e\u043b\u043e\u0432\u044b\u0435 "
        "\u043a\u043b\u0435\u0442\u043a\u0438.\n".encode("utf-16-le")
        * 20,  # Cyrillic
        ("Our stem cells cure\x00 arthritis.\n" * 10).encode("utf-16-le"),  # a NUL letter
        b"O\x00u\x00r\x00 \x00c\x00\x07\x00u\x00r\x00e\x00 \x00" * 30,  # a bell
        ("Our stem cells cure arthritis.\n".encode("utf-16-le") + b"\x01\xd8") * 10,
    ],
    ids=["elf", "numbers", "utf-32", "cyrillic", "nul-letter", "control", "lone-surrogate"],
)
def test_anything_else_with_nul_bytes_is_still_binary(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(raw)
    code, out, err = to_files(tmp_path, str(path))
    assert (code, out) == (3, "")
    assert err == f"stemcell: {path}: looks like a binary file, not text\n"


class _Pages(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = PAGE.encode("utf-16-le")
        charset = "; charset=utf-16le" if self.path == "/declared" else ""
        self.send_response(200)
        self.send_header("Content-Type", f"text/html{charset}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serving(_Pages) as base:
        yield base


def test_a_fetched_page_is_read_as_its_server_says(tmp_path: Path, server: str) -> None:
    """A page fetched is read as a browser reads it: in UTF-16 when its server's
    charset says so; without a mark or a charset, its NUL bytes make it binary, as
    before (a browser would not read it as UTF-16 either)."""
    code, out, err = to_files(tmp_path, f"{server}/declared", "-f", "text")
    assert (code, err) == (1, "")
    assert "\u201ccure\u201d (line 1" in out
    code, out, err = to_files(tmp_path, f"{server}/bare")
    assert code == 3
    assert err == f"stemcell: {server}/bare: looks like a binary file, not text\n"


def test_the_sample_is_cheap_and_needs_two_characters() -> None:
    assert bomless_utf16(b"a\x00") is None
    assert bomless_utf16(b"a\x00b\x00") == "utf-16-le"
    assert bomless_utf16(b"\x00a\x00b") == "utf-16-be"
    assert bomless_utf16(b"\x00\x00\x00\x00") is None
