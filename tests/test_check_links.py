"""An advert's web and e-mail addresses never become live links in Markdown (links1).

Run through the installed command; its Markdown is read by markdown-it-py with linkify
on (as VS Code reads notes) and javascript: allowed (other readers do not refuse it):
every link or image address in it must be one of our sources', and the advert's
addresses must still be shown, defanged. Text and JSON keep the advert's words."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from installed import SCRIPT
from localhttp import serving
from mdlinks import autolinking_reader, link_addresses

ADVERT = (
    "Guaranteed results: book at https://evil.example/pay or www.cheap-cells.com,"
    " or email info@cheap-cells.com.\n"
    "Stem cells repair cartilage, see [x](javascript:alert(1)) and <https://x.example/a>.\n"
    'Our therapy cures arthritis: <a href="https://evil.example/a">here</a> and'
    " ![i](http://x.example/t.png) show it.\n"
)
#: Each attack as a reader of the Markdown sees it: shown, and no address.
SHOWN = (
    "https[:]//evil[.]example/pay",
    "www[.]cheap-cells[.]com",
    "info[@]cheap-cells[.]com",
    "[x](javascript[:]alert(1))",
    "<https[:]//x[.]example/a>",
    '<a href="https[:]//evil[.]example/a">here</a>',
    "![i](http[:]//x[.]example/t[.]png)",
)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    return subprocess.run(
        [SCRIPT, "check", "--no-fail", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def _addresses(markdown: str) -> list[str]:
    """Every link and image address a Markdown reader with autolinks would make."""
    return link_addresses(autolinking_reader(), markdown)


def _text(markdown: str) -> str:
    """What the reader shows as text: every inline token's content."""
    shown: list[str] = []
    for token in autolinking_reader().parse(markdown):
        for child in token.children or ():
            if child.type in ("text", "text_special", "html_inline"):
                shown.append(child.content)
        shown.append("\n")
    return "".join(shown)


def _ours(source: str) -> tuple[set[str], int]:
    """Our sources' addresses (each cited reference's URL and its DOI's), and how many
    sources are cited."""
    sources = json.loads(_run(source, "-f", "json").stdout)["sources"]
    addresses = {s["URL"] for s in sources if s.get("URL")}
    addresses |= {f"https://doi.org/{s['DOI']}" for s in sources if s.get("DOI")}
    return addresses, len(sources)


@pytest.fixture(scope="module")
def advert(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("links") / "advert.txt"
    path.write_text(ADVERT, encoding="utf-8")
    return path


def test_no_advert_address_is_a_link_in_markdown(advert: Path) -> None:
    result = _run(str(advert), "-f", "markdown")
    assert result.returncode == 0, result.stderr
    ours, cited = _ours(str(advert))
    addresses = set(_addresses(result.stdout))
    assert addresses <= ours  # nothing of the advert's
    assert len(addresses) == cited > 0  # and each of our sources stays a link
    shown = " ".join(_text(result.stdout).split())
    # (a quote shows the page's own double quote marks as single ones: patient13)
    shown = shown.replace("\u2018", '"').replace("\u2019", '"')
    for attack in SHOWN:
        assert attack in shown, attack


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_other_formats_keep_the_advert_words(advert: Path, fmt: str) -> None:
    result = _run(str(advert), "-f", fmt)
    assert result.returncode == 0, result.stderr
    shown = result.stdout
    if fmt == "json":
        shown = " ".join(f["quote"] for f in json.loads(shown)["findings"])
    for words in ("https://evil.example/pay", "info@cheap-cells.com", "www.cheap-cells.com"):
        assert words in shown, words
    assert "[.]" not in shown and "[:]" not in shown and "[@]" not in shown


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"<html><body><p>Guaranteed results in days.</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serving(_Page) as base:
        yield base


def test_the_address_checked_is_not_a_link_in_the_heading(server: str) -> None:
    address = f"{server}/offer.html"
    result = _run(address, "-f", "markdown")
    assert result.returncode == 0, result.stderr
    heading = result.stdout.splitlines()[0]
    assert heading.startswith("# Check of ")
    assert _addresses(heading) == []
    assert address.replace("://", "[:]//").replace(".html", "[.]html") in _text(heading)
    assert "offer.html" in json.loads(_run(address, "-f", "json").stdout)["source"]


def test_a_file_name_in_the_heading_stays_as_typed(advert: Path) -> None:
    heading = _run(str(advert), "-f", "markdown").stdout.splitlines()[0]
    assert _text(heading).strip() == f"Check of {advert}"


@pytest.mark.parametrize(
    ("words", "shown"),
    [
        ("2.5ml twice, e.g. at 1.5 cm, in the U.K.", "2.5ml twice, e.g. at 1.5 cm, in the U.K."),
        ("Note: data shows", "Note: data shows"),
        ("mailto:a@b.org", "mailto[:]a[@]b[.]org"),
        ("tel:+15551234 or ftp://x.example", "tel[:]+15551234 or ftp[:]//x[.]example"),
        ("http://127.0.0.1:8080/x", "http[:]//127.0.0.1:8080/x"),
        ("клиника.рф", "клиника[.]рф"),
    ],
)
def test_only_addresses_are_defanged(words: str, shown: str) -> None:
    from stemcell_cli.render.inert import inert

    assert inert(words) == shown
