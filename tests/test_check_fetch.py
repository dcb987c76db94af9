"""`stemcell check https://...` against a real local HTTP server started by the test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from localhttp import serving

from stemcell_cli.check.page.fetch import fetch
from stemcell_cli.core.errors import InputError

SCRIPT = str(Path(sys.executable).parent / "stemcell")
PAGE = (
    "<!doctype html>\n<html><head><title>Clinic</title></head>\n<body>\n"
    '<nav><a href="/">Home</a> <a href="/t">Testimonials</a> <a href="/c">Cure</a></nav>\n'
    "<main><h1>Knee pain</h1>\n<p>Our stem cells regenerate cartilage. Caf\u00e9 patients love "
    "it.</p>\n<p>A miracle for knee pain!</p></main>\n"
    "<footer>Financing available. Read our patient reviews.</footer>\n</body></html>\n"
)
Route = Callable[[BaseHTTPRequestHandler], None]


def send(status: int, body: bytes, content_type: str, **headers: str) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            handler.send_header(name.replace("_", "-"), value)
        handler.end_headers()
        handler.wfile.write(body)

    return route


def slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(3)
    send(200, b"late", "text/plain")(handler)


def endless(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.end_headers()
    try:
        for _ in range(200):
            handler.wfile.write(b"cure " * 13_000)
    except OSError:
        pass


ROUTES: dict[str, Route] = {
    "/page.html": send(200, PAGE.encode("utf-8"), "text/html; charset=utf-8"),
    "/latin1.html": send(200, PAGE.encode("cp1252"), "text/html; charset=iso-8859-1"),
    "/meta.html": send(
        200,
        PAGE.replace("<head>", '<head><meta charset="windows-1252">').encode("cp1252"),
        "text/html",
    ),
    "/plain.txt": send(200, b"Guaranteed results in days.\n", "text/plain"),
    "/doc.pdf": send(200, b"%PDF-1.4", "application/pdf"),
    "/loop": send(302, b"", "text/html", Location="/loop"),
    "/to-file": send(302, b"", "text/html", Location="file:///etc/passwd"),
    "/moved": send(301, b"", "text/html", Location="/page.html"),
    "/slow": slow,
    "/endless": endless,
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        route = ROUTES.get(self.path)
        if route is None:
            send(404, b"not here", "text/plain")(self)
        else:
            route(self)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serving(Handler) as base:
        yield base


def check(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    return subprocess.run(
        [SCRIPT, "check", *args], capture_output=True, text=True, timeout=60, env=env
    )


def findings(result: subprocess.CompletedProcess[str]) -> list[tuple[str, int, str]]:
    data = json.loads(result.stdout)
    return [(f["id"], f["line"], f["text"]) for f in data["findings"]]


def test_a_page_is_answered_exactly_as_the_saved_file(server: str, tmp_path: Path) -> None:
    """Same findings, same lines, same verdict; only the source differs."""
    saved = tmp_path / "page.html"
    saved.write_text(PAGE, encoding="utf-8")
    online = check(f"{server}/page.html", "-f", "json")
    offline = check(str(saved), "-f", "json")
    assert online.returncode == offline.returncode == 1, online.stderr
    assert findings(online) == findings(offline)
    assert json.loads(online.stdout)["verdict"] == json.loads(offline.stdout)["verdict"]
    assert json.loads(online.stdout)["source"] == f"{server}/page.html"


def test_menus_and_footers_are_not_read(server: str) -> None:
    ids = {entry for entry, _, _ in findings(check(f"{server}/page.html", "-f", "json"))}
    assert {"tissue-regeneration", "miracle-language", "hip-and-knee-pain"} <= ids
    assert not ids & {"cure-claim", "pay-up-front", "testimonials-as-evidence"}


@pytest.mark.parametrize("path", ["/latin1.html", "/meta.html"])
def test_the_charset_comes_from_the_headers_or_the_page(server: str, path: str) -> None:
    result = check(f"{server}{path}", "-f", "text", "--no-fail")
    assert result.returncode == 0, result.stderr
    assert "not valid" not in result.stderr
    assert "\ufffd" not in result.stdout


def test_plain_text_and_redirects(server: str) -> None:
    assert "promised-results" in {
        e for e, _, _ in findings(check(f"{server}/plain.txt", "-f", "json"))
    }
    assert "miracle-language" in {e for e, _, _ in findings(check(f"{server}/moved", "-f", "json"))}


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "the server answered 404"),
        ("/doc.pdf", "is application/pdf, not a web page or plain text"),
        ("/loop", "more than 5 redirects"),
        ("/to-file", "redirected to a non-web address"),
    ],
)
def test_failures_are_one_line_and_exit_3(server: str, path: str, message: str) -> None:
    result = check(f"{server}{path}")
    assert result.returncode == 3
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_a_refused_connection_is_one_line(server: str) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = check(f"http://127.0.0.1:{port}/")
    assert result.returncode == 3
    assert "refused" in result.stderr
    assert result.stderr.count("\n") == 1


def test_an_unknown_host_is_one_line() -> None:
    """`.invalid` never resolves (RFC 6761)."""
    result = check("http://no-such-host.invalid/")
    assert result.returncode == 3
    assert "cannot be found" in result.stderr or "cannot be fetched" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("address", ["ftp://example.org/ad.txt", "file:///etc/passwd"])
def test_only_http_and_https(address: str) -> None:
    result = check(address)
    assert result.returncode == 3
    assert "only http:// and https://" in result.stderr


def test_a_timeout(server: str) -> None:
    start = time.monotonic()
    with pytest.raises(InputError, match=r"no answer within 0\.5 s"):
        fetch(f"{server}/slow", 1024, timeout=0.5)
    assert time.monotonic() - start < 2.5


def test_the_size_cap(server: str) -> None:
    with pytest.raises(InputError, match="limit"):
        fetch(f"{server}/endless", 1024 * 1024)
