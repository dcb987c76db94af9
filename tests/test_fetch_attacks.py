"""Hostile servers and addresses for `stemcell check URL` (attack4, 2026-11-28).

Each attack runs the installed command against a real `http.server` started by the
test (tests/localhttp.py), never a mock: a server that answers with something that is
not HTTP, headers without end, a charset no browser reads, an address holding a
password or control characters. Every one is a single line on stderr and exit 3 (or a
warning and the page read as a browser would), never a traceback, and nothing the
server or the address holds reaches the terminal.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from localhttp import serving

from stemcell_cli.check.page import fetch as fetching
from stemcell_cli.check.page.fetch import fetch
from stemcell_cli.core.errors import InputError

SCRIPT = str(Path(sys.executable).parent / "stemcell")
BODY = b"<html><body><p>Our stem cells cure arthritis.</p></body></html>\n"


def check(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env["FORCE_COLOR"] = "1"
    return subprocess.run(
        [SCRIPT, "check", *args], capture_output=True, timeout=60, env=env, check=False
    )


def one_line(result: subprocess.CompletedProcess[bytes]) -> str:
    """stderr of a run refused with exit 3: one plain line, no traceback, no escape."""
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 3, err
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    assert "\x1b" not in err and "\x07" not in err
    return err


class _Hostile(BaseHTTPRequestHandler):
    """Answers that are not HTTP, or not what they claim; each path one attack."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _raw(self, data: bytes) -> None:
        self.wfile.write(data)
        self.wfile.flush()
        self.close_connection = True

    def _page(self, body: bytes, content_type: str = "text/html", **headers: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/ok":
            self._page(BODY)
        elif path == "/bad-status":
            self._raw(b"HTTP/1.1 abc OK\r\n\r\n")
        elif path == "/escape-status":
            self._raw(b"\x1b]0;owned\x07\x1b[2Jnot http at all\r\n\r\n")
        elif path == "/long-header":
            self._page(BODY, X_Big="a" * 100_000)
        elif path == "/many-headers":
            self._page(BODY, **{f"X_{n}": "a" for n in range(150)})
        elif path == "/bad-chunks":
            self._raw(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                b"Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n"
            )
        elif path == "/gzip-bomb":
            bomb = gzip.compress(b"\0" * (20 * 1024 * 1024))
            self._page(bomb, Content_Encoding="gzip")
        elif path == "/short-body":  # a Content-Length larger than what is sent
            self._raw(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n"
                b"Connection: close\r\n\r\n" + BODY
            )
        elif path == "/drip-headers":  # headers one at a time, each within a read's timeout
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            try:
                for _ in range(100):
                    self.wfile.write(b"X-Drip: a\r\n")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
            self.close_connection = True
        elif path == "/hang-up":  # the connection closed before any answer
            self.close_connection = True
        elif path.startswith("/charset/"):
            self._page(BODY, f"text/html; charset={path.removeprefix('/charset/')}")
        elif path == "/meta-utf16":
            self._page(
                b'<html><head><meta charset="utf-16"></head>'
                b"<body><p>Our stem cells cure arthritis.</p></body></html>\n"
            )
        elif path == "/broken-reason":  # a carriage return and an escape in the reason
            self._raw(b"HTTP/1.1 404 Not\rFound \x1b]0;owned\x07\r\nContent-Length: 0\r\n\r\n")
        elif path == "/long-reason":  # a status line of 50,000 characters (attack7)
            self._raw(b"HTTP/1.1 404 " + b"N" * 50_000 + b"\r\nContent-Length: 0\r\n\r\n")
        elif path == "/long-type":
            self._page(BODY, "application/" + "x" * 60_000)
        elif path == "/long-encoding":
            self._page(BODY, Content_Encoding="x" * 60_000)
        elif path == "/to-password":
            self.send_response(302)
            self.send_header("Location", f"http://user:s3cret@{self.headers['Host']}/ok")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path.startswith("/to/"):
            self.send_response(302)
            self.send_header("Location", path.removeprefix("/to/"))
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serving(_Hostile) as base:
        yield base


# -- answers that are not HTTP ---------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/bad-status", "/escape-status", "/long-header", "/many-headers", "/bad-chunks"]
)
def test_an_answer_that_is_not_http_is_one_line(server: str, path: str) -> None:
    """http.client's own errors (a bad status line, a header line over 64 KiB, more
    than 100 headers, broken chunks) are one line naming the address, and the bytes of
    the bad answer are never echoed (a status line of escape sequences)."""
    err = one_line(check(f"{server}{path}"))
    assert f"{server}{path}: the server's answer is not valid HTTP" in err
    assert "owned" not in err


def test_a_server_that_hangs_up_is_one_plain_line(server: str) -> None:
    """A server that closes the connection without a word (attack6): one line that says
    so once (it said "cannot be fetched (cannot be fetched (...))")."""
    err = one_line(check(f"{server}/hang-up"))
    assert err.count("cannot be fetched") == 1, err
    assert err.startswith(f"stemcell: {server}/hang-up: cannot be fetched ("), err


def test_a_line_break_in_the_status_reason_stays_on_one_line(server: str) -> None:
    """A carriage return in the reason of a 404 (attack5): one line still, the return
    made a space (it was a second line), the escape sequence after it removed."""
    err = one_line(check(f"{server}/broken-reason"))
    assert f"{server}/broken-reason: the server answered 404 Not Found\n" == err.removeprefix(
        "stemcell: "
    )


@pytest.mark.parametrize(
    ("path", "said"),
    [
        ("/long-reason", "the server answered 404 NNN"),
        ("/long-type", "is application/xxx"),
        ("/long-encoding", "sent compressed (xxx"),
    ],
)
def test_words_a_server_chooses_are_cut_in_a_message(server: str, path: str, said: str) -> None:
    """A status reason, a content type or an encoding of 50,000 characters (attack7:
    each was quoted whole, a line of 60 KB on stderr): cut to 80, as every quote is."""
    err = one_line(check(f"{server}{path}"))
    assert said in err and "\u2026" in err, err
    assert len(err) < len(server) + len(path) + 200, len(err)


def test_a_gzip_bomb_is_never_unpacked(server: str) -> None:
    """We ask for no compression; a server that compresses anyway is refused unread."""
    assert "sent compressed (gzip), not read" in one_line(check(f"{server}/gzip-bomb"))


def test_a_body_shorter_than_its_content_length_is_read_as_far_as_it_goes(server: str) -> None:
    result = check(f"{server}/short-body", "-f", "text", "--no-fail")
    assert result.returncode == 0, result.stderr
    assert b"cure" in result.stdout


def test_headers_sent_one_at_a_time_are_cut_at_the_whole_fetch_timeout(server: str) -> None:
    """Each header comes within a read's timeout, so only a deadline for the whole
    fetch (the headers included, not just the body) ends it."""
    start = time.monotonic()
    with pytest.raises(InputError, match=r"no answer within 1 s"):
        fetch(f"{server}/drip-headers", 1024 * 1024, timeout=1.0)
    assert time.monotonic() - start < 3


# -- charsets: read as a browser reads them -----------------------------------------


@pytest.mark.parametrize(
    "charset", ["utf-7", "utf-32", "unicode_escape", "raw_unicode_escape", "idna", "cp500"]
)
def test_a_charset_no_browser_reads_is_read_as_utf8(server: str, charset: str) -> None:
    """UTF-7 turns `+` and what follows into other text, `unicode_escape` turns `\\x65`
    into `e`, EBCDIC (cp500) turns every letter into another: a page that names one
    would be read by `check` as text no reader sees. Only the encodings of the WHATWG
    Encoding Standard (what browsers read) are used; any other name is unknown."""
    result = check(f"{server}/charset/{charset}", "-f", "text")
    assert result.returncode == 1, result.stderr
    assert f"unknown charset '{charset}', read as UTF-8".encode() in result.stderr
    assert b"cure" in result.stdout


def test_a_meta_charset_of_utf16_is_read_as_utf8(server: str) -> None:
    """A `<meta charset>` found by reading the page as ASCII cannot be UTF-16; browsers
    read such a page as UTF-8 (the HTML standard), so does `check`."""
    result = check(f"{server}/meta-utf16", "-f", "text")
    assert result.returncode == 1, result.stderr
    assert b"not valid" not in result.stderr
    assert b"cure" in result.stdout


# -- the address itself -------------------------------------------------------------


@pytest.mark.parametrize("path", ["/ok", "/missing", "/to/file:///etc/passwd"])
def test_a_password_in_the_address_is_never_sent_or_shown(server: str, path: str) -> None:
    """`http://user:secret@host/` is refused before any request (stemcell never sends
    credentials), and neither the password nor the user name is echoed."""
    url = server.replace("http://", "http://user:s3cret@") + path
    err = one_line(check(url))
    assert "user name or password" in err
    assert "s3cret" not in err and "user:" not in err
    assert server.removeprefix("http://") in err


def test_a_redirect_to_an_address_with_a_password_is_not_followed(server: str) -> None:
    err = one_line(check(f"{server}/to-password"))
    assert "user name or password" in err
    assert "s3cret" not in err


@pytest.mark.parametrize(
    "tail", ["\x1b]0;owned\x07", "\x1b[2J", "\u202etxt.exe", "\u200b", "a b", "\x00"]
)
def test_control_characters_in_the_address_are_refused_and_shown_escaped(
    server: str, tail: str
) -> None:
    """An address holding escape sequences, bidirectional or invisible characters,
    spaces or a NUL is refused before any request, the characters shown as escapes."""
    result = check(f"{server}/ok{tail}") if "\x00" not in tail else None
    if result is None:  # a NUL cannot be an argument: the same check, in process
        with pytest.raises(InputError, match="control, invisible or space characters"):
            fetch(f"{server}/ok{tail}", 1000)
        return
    err = one_line(result)
    assert "control, invisible or space characters" in err
    assert "owned\x07" not in err and "\u202e" not in err and "\u200b" not in err


@pytest.mark.parametrize("address", ["http://[::1/", "http://127.0.0.1:99999999/", "http://a..b/"])
def test_a_malformed_address_is_one_line(address: str) -> None:
    assert "not a usable address" in one_line(check(address))


def test_letters_beyond_ascii_in_the_path_are_sent_percent_encoded(server: str) -> None:
    """As a browser sends them: `/caf\u00e9` is `/caf%C3%A9` (the server says 404)."""
    err = one_line(check(f"{server}/caf\u00e9"))
    assert "the server answered 404" in err


# -- from the internet to this machine ----------------------------------------------


def test_a_redirect_from_a_public_address_to_this_machine_is_not_followed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page on the internet must not make `check` fetch from this machine or its
    network (a router's admin page, a cloud's metadata service at 169.254.169.254) and
    show what came back in a report that may be published. The test's servers are
    both on loopback, so 127.0.0.1 plays the public address (the one thing not real
    here); the refusal comes from the address the socket is connected to."""
    monkeypatch.setattr(fetching, "_is_public", lambda host: host == "127.0.0.1")
    with serving(_Hostile, host="127.0.0.2") as inner, serving(_Hostile) as outer:
        with pytest.raises(InputError, match=r"redirected from the internet .*\(127\.0\.0\.2\)"):
            fetch(f"{outer}/to/{inner}/ok", 1000)
        assert b"cure" in fetch(f"{outer}/to/{outer}/ok", 1000).body


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("::ffff:127.0.0.1", False),  # IPv4-mapped
        ("::127.0.0.1", False),  # IPv4-compatible
        ("64:ff9b::a9fe:a9fe", False),  # NAT64: 169.254.169.254, a metadata service
        ("64:ff9b::7f00:1", False),
        ("2002:7f00:1::", False),  # 6to4: 127.0.0.1
        ("2002:a00:1::1", False),  # 6to4: 10.0.0.1
        ("::ffff:8.8.8.8", True),
        ("64:ff9b::808:808", True),
        ("2002:808:808::1", True),
        ("2606:4700::1111", True),
    ],
)
def test_an_ipv6_address_is_as_public_as_the_ipv4_one_it_carries(
    address: str, public: bool
) -> None:
    """The guard's test of the connected address (attack7): `ipaddress` calls the
    IPv4-compatible, NAT64 and 6to4 forms of 127.0.0.1 or 169.254.169.254 global,
    which a network that translates them would take to this machine or its cloud's
    metadata service. (No real connection: no test machine has a public address.)"""
    assert fetching._is_public(address) is public


def test_a_fetch_that_starts_on_this_machine_may_stay_on_it() -> None:
    """An address you give on your own network (a page served from 127.0.0.1) may
    redirect to another one: nothing crosses from the internet."""
    with serving(_Hostile, host="127.0.0.2") as inner, serving(_Hostile) as outer:
        result = check(f"{outer}/to/{inner}/ok", "-f", "text")
    assert result.returncode == 1, result.stderr
    assert b"cure" in result.stdout


# -- on a real terminal -------------------------------------------------------------


def on_a_pty(*args: str) -> tuple[int, str]:
    """A run of `stemcell check` whose stdout and stderr are a real pseudo-terminal (so
    Rich writes for a terminal, as a user sees it), unpaged; what the terminal got."""
    import select

    master, slave = os.openpty()
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(TERM="xterm-256color", COLUMNS="100", STEMCELL_PAGER="cat")
    env.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [SCRIPT, "check", *args], stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, env=env
    )
    os.close(slave)
    received = b""
    try:
        while select.select([master], [], [], 30)[0]:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the other end closed (Linux)
                break
            if not chunk:
                break
            received += chunk
    finally:
        os.close(master)
        process.kill()
        code = process.wait()
    return code, received.decode("utf-8", "replace")


NAME_ATTACK = "ad\x1b]0;owned\x07\x1b[2J\u202e\x9b2J\x1b]8;;evil\x1b\\x"
NEVER_SHOWN = ("\x1b]0", "\x1b[2J", "\u202e", "\x9b", "\x1b]8;;evil", "\x07")


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_file_name_with_escapes_on_a_real_terminal(tmp_path: Path, suffix: str) -> None:
    """The title ("Check of ...") and the error of a missing file, as a terminal gets
    them: the sequences of the name are gone, only Rich's own styling is there."""
    path = tmp_path / f"{NAME_ATTACK}{suffix}"
    path.write_text("<p>Our stem cells cure arthritis \x1b[2J.</p>\n", encoding="utf-8")
    for args in ((str(path), "--no-fail"), (f"{path}.missing",)):
        code, shown = on_a_pty(*args)
        assert code in (0, 3), shown
        assert "Traceback" not in shown
        assert not [sequence for sequence in NEVER_SHOWN if sequence in shown], shown
    assert f"/adx{suffix}" in on_a_pty(str(path), "--no-fail")[1]


def test_an_address_with_escapes_on_a_real_terminal(server: str) -> None:
    code, shown = on_a_pty(f"{server}/ok{NAME_ATTACK}")
    assert code == 3
    assert not [sequence for sequence in NEVER_SHOWN if sequence in shown], shown
    assert "\\x1b]0;owned\\x07" in shown  # shown as escapes: the reader sees what is there
