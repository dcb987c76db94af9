"""Host names beyond ASCII in `stemcell check URL` (idn1, 2026-11-28).

A homograph host (`apple-clinic.com` with a Cyrillic "a", U+0430) looks like the real one
wherever it is shown as typed. Each address here is fetched by the installed command,
its output written to a real file (or a real pseudo-terminal), through a real local
`http.server` used as the web proxy (`http_proxy`): the proxy gets the address with
the host as looked up, so the test sees which host `check` asked for, with no DNS.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from installed import SCRIPT, drained
from localhttp import serving

from stemcell_cli.check.page.hosts import ascii_host, readable, shown_host

BODY = b"<html><body><p>Our stem cells cure arthritis.</p></body></html>\n"
#: Asked for through the proxy, each request line's address.
ASKED: list[str] = []


class _Proxy(BaseHTTPRequestHandler):
    """A web proxy that answers every address ending in /ok with the page, others 404."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        ASKED.append(self.path)
        if "/redirect-" in self.path:  # to a host beyond ASCII, in UTF-8 or in Latin-1
            where = "http://b\u00fccher.example/ok".encode(self.path.partition("/redirect-")[2])
            self.wfile.write(b"HTTP/1.1 302 Found\r\nLocation: %s\r\n" % where)
            self.wfile.write(b"Content-Length: 0\r\n\r\n")
            return
        body = BODY if self.path.endswith("/ok") else b""
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def proxy() -> Iterator[str]:
    with serving(_Proxy) as base:
        yield base


def _env(proxy: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.pop("NO_COLOR", None)
    env.pop("FORCE_COLOR", None)
    env["http_proxy"] = proxy
    return env


def to_files(tmp_path: Path, proxy: str, *args: str) -> tuple[int, str, str]:
    """A run of `stemcell check` whose stdout and stderr are real files: its exit code,
    and what each file got."""
    out, err = tmp_path / "out", tmp_path / "err"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        code = subprocess.run(
            [SCRIPT, "check", *args],
            stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr, env=_env(proxy),
            timeout=60, check=False,
        ).returncode  # fmt: skip
    return code, out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8")


HOMOGRAPH = "http://\u0430pple-clinic.com/ok"  # a Cyrillic "a"
HOMOGRAPH_ASCII = "http://xn--pple-clinic-xij.com/ok"


def test_a_homograph_host_is_shown_and_looked_up_as_punycode(tmp_path: Path, proxy: str) -> None:
    """The report's title and JSON's `source` show the `xn--` form a browser shows for
    a label mixing Cyrillic and Latin; `source_typed` keeps what was typed and
    `source_ascii` the address fetched, whose host is the one looked up."""
    del ASKED[:]
    code, out, err = to_files(tmp_path, proxy, HOMOGRAPH, "-f", "text")
    assert code == 1, err
    assert ASKED == [HOMOGRAPH_ASCII]
    assert f"Check of {HOMOGRAPH_ASCII}" in out
    assert "\u0430" not in out
    code, out, err = to_files(tmp_path, proxy, HOMOGRAPH, "-f", "json")
    report = json.loads(out)
    assert report["source"] == HOMOGRAPH_ASCII
    assert report["source_typed"] == HOMOGRAPH
    assert report["source_ascii"] == HOMOGRAPH_ASCII


def test_a_homograph_host_in_an_error_is_punycode(tmp_path: Path, proxy: str) -> None:
    code, _, err = to_files(tmp_path, proxy, "http://\u0430pple-clinic.com/missing")
    assert code == 3
    assert err == (
        "stemcell: http://xn--pple-clinic-xij.com/missing: the server answered 404 Not Found\n"
    )


def test_a_whole_script_homograph_is_punycode(tmp_path: Path, proxy: str) -> None:
    """Every letter of "apple" here is Cyrillic, each one like a Latin letter: under `.com`
    a browser shows its `xn--` form."""
    whole_script = "http://\u0430\u0440\u0440\u04cf\u0435.com/ok"
    code, out, err = to_files(tmp_path, proxy, whole_script, "-f", "text")
    assert code == 1, err
    assert "Check of http://xn--80ak6aa92e.com/ok" in out


def test_a_one_script_name_stays_readable(tmp_path: Path, proxy: str) -> None:
    """German `bücher`, Russian `пример.рф`: one script, a language's own word, shown
    in its letters as a browser shows it; JSON gives its `xn--` form beside it."""
    del ASKED[:]
    code, out, err = to_files(tmp_path, proxy, "http://b\u00fccher.example/ok", "-f", "json")
    assert code == 1, err
    report = json.loads(out)
    assert report["source"] == "http://b\u00fccher.example/ok"
    assert report["source_ascii"] == "http://xn--bcher-kva.example/ok"
    assert ASKED == ["http://xn--bcher-kva.example/ok"]
    code, out, err = to_files(tmp_path, proxy, "http://xn--e1afmkfd.xn--p1ai/ok", "-f", "text")
    assert "Check of http://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/ok" in out


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
def test_a_redirect_to_a_host_beyond_ascii_asks_for_it_in_ascii(
    tmp_path: Path, proxy: str, encoding: str
) -> None:
    """A redirect to `bücher.example` (attack5): the host asked for is its ASCII form,
    the one a browser looks up, whether the server wrote the address in UTF-8 (as most
    do) or in Latin-1 (it was a percent-encoded host that no DNS has, or "not a usable
    address ('latin-1' codec can't encode ...)")."""
    ASKED.clear()
    start = f"http://start.example/redirect-{encoding}"
    code, out, err = to_files(tmp_path, proxy, start, "-f", "text")
    assert code == 1, err
    assert [start, "http://xn--bcher-kva.example/ok"] == ASKED
    assert out.startswith(f"Check of {start}\n")


def test_a_file_has_no_ascii_address(tmp_path: Path, proxy: str) -> None:
    page = tmp_path / "advert.txt"
    page.write_text("Our stem cells cure arthritis.\n", encoding="utf-8")
    report = json.loads(to_files(tmp_path, proxy, str(page), "-f", "json")[1])
    assert report["source"] == report["source_typed"] == str(page)
    assert report["source_ascii"] is None


def test_a_homograph_host_on_a_real_terminal(proxy: str) -> None:
    """The title as a terminal shows it (Rich writing for a terminal, unpaged)."""
    leader, follower = os.openpty()
    env = _env(proxy)
    env.update(TERM="xterm-256color", COLUMNS="120", STEMCELL_PAGER="cat")
    process = subprocess.Popen(
        [SCRIPT, "check", HOMOGRAPH, "--no-fail"],
        stdin=subprocess.DEVNULL, stdout=follower, stderr=follower, env=env,
    )  # fmt: skip
    os.close(follower)
    shown = drained(leader).decode("utf-8", "replace")
    assert process.wait(timeout=60) == 0, shown
    assert "xn--pple-clinic-xij.com" in shown
    assert "\u0430" not in shown


# -- the display policy, label by label ---------------------------------------------


@pytest.mark.parametrize(
    ("host", "shown"),
    [
        ("apple-clinic.com", "apple-clinic.com"),  # ASCII: as typed
        ("\u0430pple-clinic.com", "xn--pple-clinic-xij.com"),  # a Cyrillic "a" beside Latin
        ("g\u0585\u0585gle.com", "xn--ggle-vifa.com"),  # Armenian "o" beside Latin
        ("\u0261oogle.com", "xn--oogle-qmc.com"),  # IPA script "g": spells no language
        ("\u03bf\u03c1\u03b1.com", "xn--mxa1ag.com"),  # Greek, all like Latin letters
        ("\u2603.net", "xn--n3h.net"),  # a symbol
        ("abc\u30cedef.com", "xn--abcdef-kx4e.com"),  # katakana "no", like a slash
        ("m\u00fcnchen1\u0662.de", "xn--mnchen1-n2a855j.de"),  # two kinds of digits
        ("xn--fa-hia.de", "xn--fa-hia.de"),  # faß in IDNA 2008: IDNA 2003 reads fass
        ("fa\u00df.de", "fass.de"),  # the host looked up, shown
        ("xn--zz.com", "xn--zz.com"),  # not punycode at all
        ("b\u00fccher.example", "b\u00fccher.example"),
        ("xn--bcher-kva.example", "b\u00fccher.example"),
        ("\u043f\u0440\u0438\u043c\u0435\u0440.com", "\u043f\u0440\u0438\u043c\u0435\u0440.com"),
        ("\u0430\u0440\u0440\u04cf\u0435.\u0440\u0444",
         "\u0430\u0440\u0440\u04cf\u0435.\u0440\u0444"),  # under a Cyrillic domain
        ("\u65e5\u672c\u8a9e.jp", "\u65e5\u672c\u8a9e.jp"),
        ("\u03c0\u03b1\u03c1\u03ac\u03b4\u03b5\u03b9\u03b3\u03bc\u03b1.gr",
         "\u03c0\u03b1\u03c1\u03ac\u03b4\u03b5\u03b9\u03b3\u03bc\u03b1.gr"),
        ("a" * 70 + "\u00e9.com", "a" * 70 + "\\xe9.com"),  # cannot be encoded: escapes
    ],
)  # fmt: skip
def test_a_host_is_shown_as_a_browser_shows_it(host: str, shown: str) -> None:
    assert shown_host(host) == shown


def test_latin_mixes_only_with_chinese_japanese_or_korean() -> None:
    assert readable("sony\u30bd\u30cb")  # Latin and katakana
    assert not readable("sony\u0391")  # Latin and Greek
    assert not readable("s\u00f6ny\u30bd\u30cb")  # Latin beyond ASCII with katakana


def test_a_host_is_looked_up_in_ascii() -> None:
    assert ascii_host("b\u00fccher.example") == "xn--bcher-kva.example"
    assert ascii_host("Example.COM") == "Example.COM"
