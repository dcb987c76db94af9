"""Hostile input to `stemcell check`, run through the installed command (issue 15).

Nothing from the advert (its text, its file name, a web page) may drive the terminal in
any format; input is opened, checked with fstat and read only up to the limit, so a
FIFO or a device can neither hang the command nor fill memory; a closed stdin is one
line and exit 3.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from localhttp import serving

from stemcell_cli.check.page.fetch import fetch
from stemcell_cli.check.rules import page_genre, page_voice
from stemcell_cli.check.words.sentences import SENTENCE_WORDS, split_sentences, split_words
from stemcell_cli.core.datadirs import GENRE_MODEL, PAGE_VOICE, shipped_dir
from stemcell_cli.core.errors import InputError

SCRIPT = str(Path(sys.executable).parent / "stemcell")
#: Each kind of hostile sequence, and a fragment of it that must never be printed.
ATTACKS = {
    "osc52-clipboard": ("\x1b]52;c;ZWNobyBwd25lZA==\x07", "\x1b]52"),
    "osc0-title": ("\x1b]0;owned\x07", "\x1b]0"),
    "csi-clear-screen": ("\x1b[2J", "\x1b[2J"),
    "osc8-link": ("\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\", "\x1b]8"),
    "bidi-override": ("\u202e", "\u202e"),
    "c1-csi": ("\x9b2J", "\x9b"),
}
FORMATS = ("rich", "text", "markdown")


def run(
    *args: str,
    stdin: bytes | None = None,
    timeout: float = 30,
    env_extra: dict[str, str] | None = None,
    **kwargs: object,
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "FORCE_COLOR": "1", **(env_extra or {})}
    return subprocess.run(
        [SCRIPT, "check", *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        env=env,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


#: A hyperlink Rich makes (OSC 8 with an id) and its end, around the text it links.
RICH_LINK = re.compile(
    r"\x1b\]8;id=\d+;(?P<url>[^\x1b\x07]*)\x1b\\(?P<text>(?:(?!\x1b\]).)*)\x1b\]8;;\x1b\\",
    re.DOTALL,
)


def without_own_links(text: str) -> str:
    """The output without the hyperlinks Rich makes to the addresses of our references
    (the report's list of sources, as `explain` shows it): they are ours, not the
    advert's. Any other OSC 8 sequence stays, and fails the test."""
    from stemcell_cli.core.cache import open_catalog

    ours = {ref.link for ref in open_catalog().references.values() if ref.link}
    return RICH_LINK.sub(lambda m: m["text"] if m["url"] in ours else m[0], text)


def assert_clean(result: subprocess.CompletedProcess[bytes], fragment: str) -> None:
    for stream in (result.stdout, result.stderr):
        text = without_own_links(stream.decode("utf-8", "replace"))
        assert fragment not in text
        assert "\x07" not in text


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_escapes_in_the_advert_never_reach_the_terminal(fmt: str, attack: str) -> None:
    """The text between matched words is cleaned before any format shows it."""
    sequence, fragment = ATTACKS[attack]
    advert = f"Our cells regenerate {sequence} damaged cartilage. A mir{sequence}acle!\n"
    result = run("-", "-f", fmt, "--no-fail", stdin=advert.encode())
    assert result.returncode == 0, result.stderr
    assert_clean(result, fragment)
    assert b"regenerate" in result.stdout  # the matched words, shown without the sequence


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_escapes_in_the_file_name_never_reach_the_terminal(
    tmp_path: Path, fmt: str, attack: str
) -> None:
    """ "Check of ..." shows the file name cleaned."""
    sequence, fragment = ATTACKS[attack]
    name = f"ad{sequence}.txt".replace("/", "")
    try:
        path = tmp_path / name
        path.write_text("A miracle for knee pain.\n", encoding="utf-8")
    except (OSError, ValueError) as exc:  # a file system that refuses the name
        pytest.skip(f"cannot create the file name: {exc}")
    result = run(str(path), "-f", fmt, "--no-fail")
    assert result.returncode == 0, result.stderr
    assert_clean(result, fragment)
    assert b"Check of" in result.stdout


@pytest.mark.parametrize("fmt", [*FORMATS, "json"])
def test_a_flood_of_combining_marks_is_cut_to_a_few(fmt: str) -> None:
    """A letter carrying hundreds of combining accents ("Zalgo" text) spills over the
    lines around it on a terminal (attack5): the quote keeps at most 8 marks in a row
    (it kept all 300), and the claim is still found."""
    marks = "\u0301\u0489\u20d2" * 100
    advert = f"Our stem cells cure knee arthritis{marks} fast.\n"
    result = run("-", "-f", fmt, "--no-fail", stdin=advert.encode())
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    if fmt == "json":
        out = str(json.loads(out))
    assert "knee arthritis" in out
    runs = re.findall("[\u0301\u0489\u20d2]+", out)
    assert runs and max(len(r) for r in runs) == 8, runs


@pytest.mark.parametrize("separator", ["\n", "\r", "\u2028"])
def test_a_file_name_with_a_line_break_is_one_line_in_every_message(
    tmp_path: Path, separator: str
) -> None:
    """A file name holding a line break (attack5): the error of a missing file and the
    warning of a file with bytes that do not decode are each one line on stderr, the
    break shown as an escape; the report's title still shows the name cleaned."""
    missing = run(str(tmp_path / f"ad{separator}\x1b]0;owned\x07.txt"))
    err = missing.stderr.decode("utf-8")
    assert missing.returncode == 3, err
    assert err.count("\n") == 1 and "\r" not in err and "\u2028" not in err, err
    assert "\x1b" not in err and "\\x1b]0;owned\\x07.txt: no such file" in err, err
    path = tmp_path / f"bad{separator}name.txt"
    path.write_bytes(b"A miracle for knee pain \xff.\n")
    result = run(str(path), "-f", "text", "--no-fail")
    err = result.stderr.decode("utf-8")
    assert result.returncode == 0, err
    assert err.count("\n") == 1 and err.startswith("stemcell: warning: "), err
    assert "not valid UTF-8" in err
    assert result.stdout.decode("utf-8").startswith("Check of ")
    assert "bad name.txt" in result.stdout.decode("utf-8").splitlines()[0]


@pytest.mark.parametrize("fmt", FORMATS)
def test_html_character_references_are_cleaned(tmp_path: Path, fmt: str) -> None:
    """`&#x202E;` and an escaped ESC in a saved page are decoded, then removed."""
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><p>Stem cells &#x202E;cure&#x202c; arthritis &#27;[2J now.</p>"
        "<p>A mir&#x1b;]0;x&#7;acle.</p></body></html>\n",
        encoding="utf-8",
    )
    result = run(str(page), "-f", fmt, "--no-fail")
    assert result.returncode == 0, result.stderr
    for fragment in ("\u202e", "\u202c", "\x1b[2J", "\x1b]0"):
        assert_clean(result, fragment)
    assert b"cure" in result.stdout


def test_invisible_characters_do_not_hide_a_word() -> None:
    """Soft hyphens and zero-width characters inside a word leave it readable."""
    advert = "It cu\u00adres arthritis. A mir\u200bac\u200dle! Re\u2060gen\ufefferates cartilage.\n"
    result = run("-", "-f", "json", "--no-fail", stdin=advert.encode())
    assert b'"cure-claim"' in result.stdout
    assert b'"miracle-language"' in result.stdout
    assert b'"tissue-regeneration"' in result.stdout


def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    """A FIFO with no writer would block a plain open(); it is refused at once."""
    fifo = tmp_path / "ad.fifo"
    os.mkfifo(fifo)
    result = run(str(fifo), timeout=20)
    assert result.returncode == 3
    assert b"not a regular file" in result.stderr
    assert result.stderr.count(b"\n") == 1


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_a_device_is_refused_without_reading_it() -> None:
    """/dev/zero as the file is refused after fstat, before any read."""
    result = run("/dev/zero", timeout=20)
    assert result.returncode == 3
    assert b"not a regular file" in result.stderr
    assert b"Traceback" not in result.stderr


def _kmsg_readable() -> bool:
    try:
        os.close(os.open("/proc/kmsg", os.O_RDONLY | os.O_NONBLOCK))
    except OSError:
        return False
    return True


@pytest.mark.skipif(
    os.environ.get("STEMCELL_TEST_KMSG") != "1" or not _kmsg_readable(),
    reason="opt in with STEMCELL_TEST_KMSG=1 (root only): it takes the host's kernel messages",
)
@pytest.mark.parametrize("how", ["path", "stdin"])
def test_a_proc_file_that_waits_is_not_waited_for(how: str) -> None:
    """/proc/kmsg is a regular file to `fstat` (size 0) whose read waits for the kernel's
    next message: `check /proc/kmsg` and `check - < /proc/kmsg` hung (attack9, run as
    root); a file is now read without blocking, and one that would wait is one line.
    (A message already waiting would be read, and taken from the host's kernel log, by
    this test as by the command, and would make the run exit otherwise: so the test runs
    only when asked, `STEMCELL_TEST_KMSG=1`, as root.)"""
    if how == "path":
        result = run("/proc/kmsg", timeout=20)
    else:
        with open("/proc/kmsg", "rb", buffering=0) as kmsg:
            result = subprocess.run(
                [SCRIPT, "check", "-"], stdin=kmsg, capture_output=True, timeout=20, check=False
            )
    assert result.returncode == 3, result.stderr
    assert b"Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_file_on_stdin_is_read_and_left_blocking(tmp_path: Path) -> None:
    """`check -` reads a file on stdin without blocking (attack9, as /proc/kmsg above) and
    sets the flag back: the open file is the caller's, shared with the shell that gave
    it and read on after the command ("{ stemcell check -; cat; } < page")."""
    page = tmp_path / "page.txt"
    page.write_text("Our stem cell injections cure arthritis.\n", encoding="utf-8")
    with page.open("rb", buffering=0) as handle:
        result = subprocess.run(
            [SCRIPT, "check", "-", "-f", "json", "--no-fail"],
            stdin=handle,
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert os.get_blocking(handle.fileno())
    assert result.returncode == 0, result.stderr
    assert "cure-claim" in result.stdout.decode()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_a_device_on_stdin_is_refused() -> None:
    """stdin may be a file, a pipe or a terminal; a device is refused."""
    with open("/dev/zero", "rb") as zero:
        result = subprocess.run(
            [SCRIPT, "check", "-"], stdin=zero, capture_output=True, timeout=20, check=False
        )
    assert result.returncode == 3
    assert b"refusing to read it" in result.stderr


def test_an_endless_pipe_is_read_only_up_to_the_limit() -> None:
    """A pipe that never ends is read up to the limit, then refused."""
    writer = subprocess.Popen(
        [sys.executable, "-c", "import sys\nwhile True: sys.stdout.buffer.write(b'a' * 65536)"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        result = subprocess.run(
            [SCRIPT, "check", "-"], stdin=writer.stdout, capture_output=True, timeout=30
        )
    finally:
        writer.kill()
        writer.wait()
    assert result.returncode == 3
    assert b"limit" in result.stderr


def test_closed_stdin_is_one_line_and_exit_3() -> None:
    """`stemcell check - <&-`: no traceback."""
    result = subprocess.run(
        ["sh", "-c", f'"{SCRIPT}" check - <&-'], capture_output=True, timeout=30, check=False
    )
    assert result.returncode == 3
    assert result.stderr.count(b"\n") == 1
    assert b"Traceback" not in result.stderr
    assert b"stdin" in result.stderr


def test_a_big_regular_file_is_refused_before_reading(tmp_path: Path) -> None:
    """A regular file over the limit is refused from its size."""
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(6 * 1024 * 1024)
    result = run(str(big))
    assert result.returncode == 3
    assert b"limit" in result.stderr


@pytest.mark.parametrize(
    "line",
    ['"' * 2_000_000, '"a' * 1_000_000, '"a' * 1_000_000 + " he claimed", '"!' * 1_000_000],
    ids=["quotes", "quote-word", "quote-word-verb", "quote-bang"],
)
def test_a_line_of_quotes_is_read_without_hanging(line: str) -> None:
    """The rule for quotations a speaker only claims looks back from each quote: a
    line of two million quotes would take hours if each attempt read on to the line's
    end; it is read (the limit is generous: a hang, not a speed, is what fails)."""
    result = run("-", stdin=line.encode(), timeout=120)
    assert result.returncode in (0, 1)
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize("charset", ["rot13", "hex", "uu_codec", "punycode"])
def test_a_charset_that_is_not_a_text_encoding_is_read_as_utf8(
    tmp_path: Path, charset: str
) -> None:
    """A page naming a codec that does not decode text (`rot13`, `hex`) or that fails
    otherwise (`punycode`) is read as UTF-8 with a warning, not a traceback."""
    page = tmp_path / "page.html"
    page.write_text(
        f'<html><head><meta charset="{charset}"></head>'
        "<body><p>Our stem cells cure arthritis.</p></body></html>\n",
        encoding="utf-8",
    )
    result = run(str(page), "-f", "text", "--no-fail")
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    assert b"read as UTF-8" in result.stderr
    assert b"cure" in result.stdout


class _Drip(BaseHTTPRequestHandler):
    """A page sent one byte at a time, each well within the socket timeout."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        for _ in range(100):
            self.wfile.write(b"x")
            self.wfile.flush()
            time.sleep(0.1)


def test_a_slow_drip_is_cut_at_the_whole_fetch_timeout() -> None:
    """A server that sends a byte now and then never lets one read time out; the
    timeout for the whole fetch still ends it (a buffered read would wait for 64 KiB)."""
    with serving(_Drip) as server:
        start = time.monotonic()
        with pytest.raises(InputError, match="no answer within"):
            fetch(f"{server}/drip", 1024 * 1024, timeout=1.0)
        assert time.monotonic() - start < 4


# -- a user's data dir: the report's sources and grade words (attack3) -------------

#: Every hostile sequence at once, as YAML escapes in a double-quoted string: the file
#: itself holds no control character (the loader refuses those), its values do.
YAML_ATTACK = (
    r"\e]52;c;ZWNobyBwd25lZA==\a \e[2J \e]8;;javascript:alert(1)\e\\click\e]8;;\e\\"
    r" \e]8;;file:///etc/passwd\afile\e]8;;\a \x9b2J \x9d0;t\x9c \u202e\u200b\u2066 \a"
)
SHOWN_ATTACK = ("\x1b]52", "\x1b]0", "\x1b[2J", "\x9b", "\x9d", "\u202e", "\u200b", "\u2066")
GRADES = ("established", "promising", "early", "preclinical", "untested", "not-supported")


def hostile_data(folder: Path, url: str, doi: str = "10.1000/x") -> Path:
    """A data dir whose red flag `cure-claim` cites two references of its own, and whose
    grade words and reference details hold `YAML_ATTACK`, with `url` and `doi` as given."""
    folder.mkdir()
    (folder / "references.yaml").write_text(
        "references:\n"
        f'  - {{id: evil-one, type: trial, title: "T {YAML_ATTACK}", authors: "A {YAML_ATTACK}",'
        f' journal: "J {YAML_ATTACK}", year: 2020, url: "{url}", summary: "S {YAML_ATTACK}"}}\n'
        f'  - {{id: evil-two, type: trial, title: "T2 {YAML_ATTACK}", doi: "{doi}"}}\n',
        encoding="utf-8",
    )
    (folder / "grades.yaml").write_text(
        "grades:\n"
        + "".join(
            f'  - {{id: {g}, meaning: "M {YAML_ATTACK}", plain: "P {YAML_ATTACK}"}}\n'
            for g in GRADES
        ),
        encoding="utf-8",
    )
    (folder / "red_flags.yaml").write_text(
        "red_flags:\n"
        f'  - {{id: cure-claim, name: "N {YAML_ATTACK}", phrases: [cure], why: "W {YAML_ATTACK}",'
        " references: [evil-one, evil-two]}\n",
        encoding="utf-8",
    )
    return folder


CURE_AD = b"Our stem cells cure arthritis and regenerate cartilage.\n"


@pytest.fixture(scope="module")
def hostile_sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment of a run with one hostile data dir and a cache folder kept for the
    four formats below: their data dir adds a red flag's phrases, so the first run
    builds the matcher (0.7 s of CPU) and the next ones read it back (each format built
    it again, from a data dir of its own, before ci2)."""
    root = tmp_path_factory.mktemp("hostile-sources")
    data = hostile_data(root / "data", url="https://example.org/a\\e]8;;javascript:x\\e\\\\")
    return {"STEMCELL_DATA_DIR": str(data), "STEMCELL_CACHE_DIR": str(root / "cache")}


@pytest.mark.parametrize("fmt", [*FORMATS, "json"])
def test_escapes_in_a_users_sources_and_grade_words_never_reach_the_terminal(
    hostile_sources: dict[str, str], fmt: str
) -> None:
    """The report's numbered sources (authors, title, journal, address) and the grade
    words come from a data dir anyone may hand over: every hostile sequence in them is
    removed in every format, and Rich links only to the references' own addresses."""
    result = run("-", "-f", fmt, "--no-fail", stdin=CURE_AD, env_extra=hostile_sources)
    assert result.returncode == 0, result.stderr
    shown = result.stdout.decode("utf-8", "replace") + result.stderr.decode("utf-8", "replace")
    ours = without_own_links(shown)  # the shipped references' links, as in every report
    for link in RICH_LINK.finditer(ours):  # and the user's, cleaned: nothing else links
        assert link["url"] in ("https://example.org/a", "https://doi.org/10.1000/x"), link[0]
    ours = RICH_LINK.sub(r"\g<text>", ours)
    for fragment in SHOWN_ATTACK:
        assert fragment not in ours, fragment
    assert "\x07" not in ours and "javascript" not in ours and "file:///" not in ours
    if fmt != "rich":
        assert "\x1b" not in shown


def _hrefs(markdown: str) -> list[str]:
    """Every link and image address a Markdown reader would make, javascript: included."""
    from markdown_it import MarkdownIt
    from mdlinks import link_addresses

    parser = MarkdownIt("commonmark")
    parser.validateLink = lambda url: True  # other readers do not refuse javascript:
    return link_addresses(parser, markdown)


@pytest.mark.parametrize(
    ("url", "doi"),
    [
        ("https://a.example/<[click](javascript:alert(1))", "10.1000/x"),
        ("https://a.example/>[click](https://evil.example/)<", "10.1000/x"),
        ("https://a.example/x", "10.1000/<[click](https://evil.example/)"),
    ],
    ids=["url-lt", "url-gt-lt", "doi-lt"],
)
def test_a_reference_address_makes_no_other_link_in_markdown(
    tmp_path: Path, url: str, doi: str
) -> None:
    """An address is one link to itself: a `<` in it (real DOIs hold `<` and `>`) must
    not end the Markdown autolink early and let the rest make a link of its own."""
    data = hostile_data(tmp_path / "data", url=url, doi=doi)
    result = run(
        "-",
        "-f",
        "markdown",
        "--no-fail",
        stdin=CURE_AD,
        env_extra={"STEMCELL_DATA_DIR": str(data)},
    )
    assert result.returncode == 0, result.stderr
    for href in _hrefs(result.stdout.decode("utf-8")):
        assert href.startswith(("https://a.example/", "https://doi.org/10.")), href


def test_a_flood_of_combining_marks_in_a_file_name_is_cut_in_every_message(
    tmp_path: Path,
) -> None:
    """A file or folder name carrying a hundred accents on one letter (attack6): the
    error of a missing file, the warning of bytes that do not decode and the problem
    of a missing data dir cut the run to 8 marks, as the advert's text is cut; the
    report's title too."""
    flood = "\u0301" * 100
    missing = run(str(tmp_path / f"a{flood}.txt"))
    path = tmp_path / f"b{flood}.txt"
    path.write_bytes(b"A miracle for knee pain \xff.\n")
    undecodable = run(str(path), "-f", "text", "--no-fail")
    data_dir = subprocess.run(
        [SCRIPT, "--data-dir", str(tmp_path / f"d{flood}"), "explain", "osteoarthritis"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    for result, code in ((missing, 3), (undecodable, 0), (data_dir, 3)):
        err = result.stderr.decode("utf-8")
        assert result.returncode == code, err
        runs = re.findall("\u0301+", err)
        assert runs and max(len(r) for r in runs) == 8, err
    assert "no such file" in missing.stderr.decode("utf-8")
    assert "not valid UTF-8" in undecodable.stderr.decode("utf-8")
    title = undecodable.stdout.decode("utf-8").splitlines()[0]
    assert max(len(r) for r in re.findall("\u0301+", title)) == 8, title


def test_only_the_output_module_writes_to_stderr() -> None:
    """Every line on stderr goes through cli.output.error, which shows each outside
    name as `visible` does (escapes shown, combining runs cut): no other module of the
    program writes to stderr on its own (attack6)."""
    package = Path(__file__).resolve().parents[1] / "src" / "stemcell_cli"
    writers = [
        str(path.relative_to(package))
        for path in sorted(package.rglob("*.py"))
        if re.search(r"sys\.stderr|sys\.__stderr__|err=True|file=sys", path.read_text("utf-8"))
    ]
    assert writers == ["cli/output.py"], writers


def test_a_sentence_of_thousands_of_guarded_findings_is_read_without_hanging() -> None:
    """One sentence of 1.5 MB that says "checks to ensure it is safe and has no side
    effects" over and over: each finding was tested against every guard of the
    sentence, which took about 50 s at 800 KB and grew by its square (attack8); the
    guards are now looked up by bisection. The limit is generous: a hang, not a speed,
    is what fails."""
    unit = "checks to ensure it is safe and has no side effects "
    text = unit * (1_500_000 // len(unit)) + "."
    result = run("-", "-f", "json", stdin=text.encode(), timeout=120)
    assert result.returncode in (0, 1), result.stderr
    assert b"Traceback" not in result.stderr
    assert result.stdout.startswith(b"{")


@pytest.mark.parametrize(
    "unit",
    [
        "no one can promise that you will be pain free",
        "current FDA approved treatments",
        "awaiting approval FDA officials said",
    ],
)
def test_a_sentence_of_a_megabyte_is_read_without_hanging(unit: str) -> None:
    """One sentence of about 1 MB repeating a wording whose findings each looked back
    over the whole sentence (the rival treatment's clause, a negation undone, a rule
    told): time grew with the square of the sentence (90 s at 200 KB, attack8). A
    sentence longer than SENTENCE_WORDS words is now read in pieces (bound1). The limit
    is generous: a hang, not a speed, is what fails. Each repeat ends in a word of its
    own, so that no two pieces are the same text (a reading is worked out once however
    often a text repeats)."""
    count = 1_000_000 // (len(unit) + 8)
    text = "".join(f"{unit} w{index} " for index in range(count)) + "."
    result = run("-", "--no-fail", "-f", "json", stdin=text.encode(), timeout=120)
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    assert json.loads(result.stdout)


def test_a_sentence_over_the_bound_is_cut_and_one_under_it_is_not() -> None:
    """`split_sentences` cuts a sentence of more than SENTENCE_WORDS words into pieces
    of at most that many, at a comma near the bound when there is one, keeps every
    character, and leaves a sentence within the bound whole."""
    under = " ".join(["word"] * SENTENCE_WORDS) + ". Next one"
    assert split_sentences(under) == [" ".join(["word"] * SENTENCE_WORDS), ".", " Next one"]
    over = " ".join(["word"] * (2 * SENTENCE_WORDS + 5)) + "."
    parts = split_sentences(over)
    pieces = parts[:-2:2]
    assert len(pieces) == 3
    assert "".join(parts) == over
    assert parts[1:-2:2] == ["", ""]  # no stop between two pieces
    assert all(len(split_words(piece)) <= SENTENCE_WORDS for piece in pieces)
    comma = SENTENCE_WORDS - 3  # a comma a few words before the bound
    words = ["word"] * (SENTENCE_WORDS + 10)
    words[comma - 1] += ","
    first = split_sentences(" ".join(words))[0]
    assert first.endswith(",")
    assert len(split_words(first)) == comma


#: A page that reads as careful only by its voice (the genre model's score between the
#: voice's `score` and the model's threshold, clinics in the third person three times:
#: `test_the_voice_page_is_read_by_its_voice`), and 120 KB of words that a user's hostile
#: `offers:` wordings read in every way they can.
VOICE_PAGE = (
    "An attorney for the families said the lawsuit names several clinics. Providers of"
    " the treatment were accused.\n\nConsumer groups asked the agency for more oversight"
    " of practitioners.\n\n" + "we go " * 20_000 + "\n"
)
#: Hostile `offers:` lists: a wording of many gaps, many wordings of a long gap, a word
#: of 20,000 a|b|c.
HOSTILE_OFFERS = {
    "gaps": ["we" + " ...9 go" * 8 + " ...9 zz"],
    "wordings": [f"we ...12 go? zq{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(500)],
    "choices": [
        "we "
        + "|".join(
            f"g{chr(97 + i // 676)}{chr(97 + i // 26 % 26)}{chr(97 + i % 26)}"
            for i in range(17_576)
        )
        + "|go zz"
    ],
}


def test_the_voice_page_is_read_by_its_voice() -> None:
    """VOICE_PAGE's score stands between the voice's `score` and the model's threshold,
    so its voice, which the hostile wordings below read, decides it: the model trained
    again (genre5) moved the first page below the voice's score, where the voice is not
    read and the attack tests nothing."""
    genre = page_genre.load(shipped_dir() / GENRE_MODEL)
    voice = page_voice.load(shipped_dir() / PAGE_VOICE)
    found = page_genre.score(genre, VOICE_PAGE.splitlines())
    assert voice.score <= found < genre.threshold, (voice.score, found, genre.threshold)
    assert page_voice.reads_careful(voice, VOICE_PAGE.splitlines())


def _voice_run(
    tmp_path: Path, name: str, wordings: list[str], timeout: float = 120
) -> tuple[float, bytes]:
    """The seconds `check` took on VOICE_PAGE with a data dir whose `offers:` holds
    `wordings`, and its report without the title (a cache of its own: each run builds it)."""
    data = tmp_path / name / "data"
    (data / "check").mkdir(parents=True)
    listed = "".join(f'  - "{wording}"\n' for wording in wordings)
    (data / "check" / "advert_words.yaml").write_text(f"offers:\n{listed}")
    page = tmp_path / name / "page.txt"
    page.write_text(VOICE_PAGE)
    env = {"STEMCELL_DATA_DIR": str(data), "STEMCELL_CACHE_DIR": str(tmp_path / name / "c")}
    start = time.perf_counter()
    result = run(str(page), "-f", "text", env_extra=env, timeout=timeout)
    took = time.perf_counter() - start
    assert result.returncode == 0, result.stderr
    return took, result.stdout.split(b"\n\n", 1)[1]


@pytest.mark.parametrize("attack", sorted(HOSTILE_OFFERS))
def test_a_users_offers_wordings_read_a_page_in_linear_time(tmp_path: Path, attack: str) -> None:
    """A user's `offers:` wordings made the voice's pattern (a backtracking regular
    expression) slow on a page read by its voice: a wording of gaps and words a gap may
    also take ("we ...9 go ...9 go ... zz") backtracked exponentially in its gaps (attack8
    left it, attack9 reached it through the command: 15 s with 7 gaps on one line), and
    500 wordings of a long gap took 39 s on this page of 120 KB (attack9). The voice now
    reads the `offers:` wordings only while their steps stay within
    `page_voice.VOICE_STEPS`; the offer gate alone reads the rest. Against a plain list of
    the same size ("we zz zz zz zz" over and over), a hostile one takes a like time (a
    ratio, generous: a hang, not a speed, is what fails)."""
    hostile = HOSTILE_OFFERS[attack]
    size = sum(map(len, hostile))
    plain = ["we zz zz zz zz"] * max(1, size // len("we zz zz zz zz"))
    plain_took, plain_out = _voice_run(tmp_path, "plain", plain)
    assert b"reads as a warning" in plain_out  # (the voice is what reads this page)
    timeout = max(30, 10 * plain_took)
    hostile_took, hostile_out = _voice_run(tmp_path, "hostile", hostile, timeout)
    assert hostile_out == plain_out
    assert hostile_took < 5 * plain_took + 1, (hostile_took, plain_took)
