"""Attack12's findings, each through the installed command in a subprocess: a data dir's
`other_senses:` entry written as README shows it but without quotes, a long list of them
under one word, a gap of thousands of digits, a page's character reference and a
server's `Content-Length` of thousands of digits (docs/security.md, "Attacks tried")."""

from __future__ import annotations

import json
import subprocess
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from installed import check_json, stemcell
from localhttp import serving

from stemcell_cli.check.rules.other_senses import MOST_WAYS
from stemcell_cli.check.words.phrases import MAX_GAP, Compiler, PhraseError

#: The shape of `other_senses:` entry that YAML reads as a mapping whose key is a list
#: when it is not quoted, and one whose key is a mapping.
UNQUOTED = {
    "list-key": "other_senses:\n- [limiting|limits]: time\n",
    "mapping-key": "offers:\n  x:\n  - {a: b}: c\n",
}


def _data_dir(tmp_path: Path, name: str, text: str) -> Path:
    data = tmp_path / name
    (data / "check").mkdir(parents=True)
    (data / "check" / "advert_words.yaml").write_text(text)
    return data


@pytest.mark.parametrize("shape", sorted(UNQUOTED))
@pytest.mark.parametrize("command", ["check", "check-json", "validate"])
def test_an_unquoted_other_sense_is_one_line_not_a_traceback(
    tmp_path: Path, shape: str, command: str
) -> None:
    """`- [limiting|limits]: time` unquoted is a mapping whose key is a list: the word
    lists' loader asked whether that key was given twice and ended in "TypeError:
    unhashable type: 'list'" in `check` and `validate`; now one problem with its line."""
    data = _data_dir(tmp_path, "data", UNQUOTED[shape])
    advert = tmp_path / "advert.txt"
    advert.write_text("Stem cells cure knee osteoarthritis.\n")
    args = {
        "check": ["--data-dir", str(data), "check", str(advert)],
        "check-json": ["--data-dir", str(data), "check", str(advert), "-f", "json"],
        "validate": ["validate", str(data)],
    }[command]
    result = stemcell(*args)
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    said = result.stdout if command == "validate" else result.stderr
    [problem] = [line for line in said.splitlines() if "advert_words.yaml" in line]
    assert "keys must be plain text" in problem
    assert ":2:" in problem or ":3:" in problem  # its line
    assert command == "validate" or result.stdout == ""


def _senses_run(tmp_path: Path, name: str, word: str, count: int, page: Path) -> float:
    """The seconds `check -f json` took on `page` with a data dir of `count` entries of
    `other_senses:` under `word` ("[cure] zab"), each with a neighbour of its own."""
    entries = "".join(f"- '[{word}] z{n:x}q'\n" for n in range(count))
    data = _data_dir(tmp_path, name, f"other_senses:\n{entries}")
    env = {"STEMCELL_DATA_DIR": str(data), "STEMCELL_CACHE_DIR": str(tmp_path / name / "c")}
    start = time.perf_counter()
    result = subprocess_run(page, env)
    took = time.perf_counter() - start
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["findings"]
    return took


def subprocess_run(page: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return check_json(page, **env)


def test_many_other_senses_under_one_word_read_a_page_in_linear_time(tmp_path: Path) -> None:
    """20,000 entries of `other_senses:` under "cure" ("[cure] z1q", "[cure] z2q", ...):
    each match ending on "cure" walked them all (attack12: 66,000 entries on 290 KB took
    570 s, against 1 s without them). Each entry is now kept as the runs of words it
    reads, looked up in a set. Against as many entries under a word the page never holds,
    it takes a like time (a ratio, generous: a hang, not a speed, is what fails)."""
    page = tmp_path / "page.txt"
    page.write_text("".join(f"Stem cells cure knee osteoarthritis w{n:x}q. " for n in range(2000)))
    plain = _senses_run(tmp_path, "plain", "zzzq", 20_000, page)
    hostile = _senses_run(tmp_path, "hostile", "cure", 20_000, page)
    assert hostile < 5 * plain + 1, (hostile, plain)


def test_an_other_sense_of_too_many_ways_is_one_problem(tmp_path: Path) -> None:
    """An entry is kept as every run of words it reads: four neighbours of 100 a|b|c each
    would be 100 million; more than `other_senses.MOST_WAYS` is one problem, never built."""
    many = "|".join(f"w{n}" for n in range(100))
    data = _data_dir(tmp_path, "data", f"other_senses:\n- '[cure] {' '.join([many] * 4)}'\n")
    result = stemcell("validate", str(data))
    assert result.returncode == 3
    [problem] = [line for line in result.stdout.splitlines() if "other_senses" in line]
    assert "ways to read" in problem
    assert len(problem) < 300


def test_other_senses_of_too_many_ways_in_all_are_one_problem_at_their_line(
    tmp_path: Path,
) -> None:
    """Entries of 10,000 ways each pass one by one; together they read more than
    `other_senses.MOST_WAYS`: one line naming the file, the line and the field, in
    `validate` and in `check` (review8)."""
    ten = "|".join(f"w{n}" for n in range(10))
    count = MOST_WAYS // 10_000 + 1
    entries = "".join(f"- '[cure{n}|{ten}] {ten} {ten} {ten}'\n" for n in range(count))
    data = _data_dir(tmp_path, "data", f"# a user's list\nother_senses:\n{entries}")
    advert = tmp_path / "advert.txt"
    advert.write_text("Stem cells cure knee osteoarthritis.\n")
    for result, said in (
        (stemcell("validate", str(data)), "stdout"),
        (stemcell("--data-dir", str(data), "check", str(advert)), "stderr"),
    ):
        assert result.returncode == 3, result.stderr
        [problem] = [ln for ln in getattr(result, said).splitlines() if "advert_words" in ln]
        assert f"advert_words.yaml:2:1: other_senses: more than {MOST_WAYS:,} ways" in problem
        assert problem.endswith("in all"), problem


@pytest.mark.parametrize(
    "reference", ["&#" + "1" * 5000 + ";", "&#" + "0" * 5000 + "65;", "&#x" + "f" * 5000 + ";"]
)
def test_a_character_reference_of_thousands_of_digits_is_read(
    tmp_path: Path, reference: str
) -> None:
    """An HTML page's `&#111...1;` of 5,000 digits: Python's `int` (in our reader and in
    `html.unescape`) refuses over 4,300 decimal digits, and `check` ended in a traceback;
    now a number past Unicode is U+FFFD, as `html` reads it, and leading zeros are
    dropped (`&#000...065;` is "A")."""
    page = tmp_path / "page.html"
    page.write_text(f"<p>Our stem cells cure knee osteoarthritis {reference} today.</p>\n")
    result = stemcell("check", str(page), "-f", "json")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert json.loads(result.stdout)["findings"]


class _LongLength(BaseHTTPRequestHandler):
    """A page whose `Content-Length` is 5,000 nines."""

    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "9" * 5000)
        self.end_headers()
        self.wfile.write(b"<p>Our stem cells cure knee osteoarthritis.</p>")


def test_a_content_length_of_thousands_of_digits_is_too_big() -> None:
    """A `Content-Length` of 5,000 digits was "not a usable address (Exceeds the limit
    (4300 digits) for integer string conversion ...)", which blamed the address typed;
    now it is too big, as forty nines were (attack7)."""
    with serving(_LongLength) as base:
        result = stemcell("check", f"{base}/page")
    assert result.returncode == 3
    [line] = result.stderr.splitlines()
    assert "larger than the 5 MiB limit" in line


@pytest.mark.parametrize("key", ["offers", "other_conditions"])
def test_a_gap_of_thousands_of_digits_is_one_problem(tmp_path: Path, key: str) -> None:
    """A wording's gap `...999...9` of 5,000 digits: `int` refuses over 4,300, and `check`
    ended in a traceback where the phrase was compiled (and `validate` passed it); now it
    is the gap out of range, one problem with its line."""
    gap = "9" * 5000
    body = (
        f'{key}:\n  - "we ...{gap} go"\n'
        if key == "offers"
        else (f'{key}:\n  x:\n  - "knee ...{gap} pain"\n')
    )
    data = _data_dir(tmp_path, "data", body)
    advert = tmp_path / "advert.txt"
    advert.write_text("Stem cells cure knee osteoarthritis.\n")
    result = stemcell("--data-dir", str(data), "check", str(advert), "-f", "json")
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    [problem] = [line for line in result.stderr.splitlines() if "advert_words.yaml" in line]
    assert "a gap of 1 to" in problem and len(problem) < 300


@pytest.mark.parametrize("command", ["check", "validate"])
def test_a_voice_wording_with_a_gap_of_thousands_of_digits_is_one_line(
    tmp_path: Path, command: str
) -> None:
    """The page's voice reads the `offers:` wordings too (`page_voice.offer_alternative`),
    with its own reading of a gap's digits until tidy1: a wording the voice would read but
    for its gap of 5,000 digits is one line naming the file, in `check` (text, through a
    pipe) and in `validate`, never a traceback."""
    data = _data_dir(tmp_path, "data", f'offers:\n  - "we treat|offer ...{"9" * 5000} knees"\n')
    advert = tmp_path / "advert.txt"
    advert.write_text("We treat knees with stem cells.\n")
    args = ["validate", str(data)]
    if command == "check":
        args = ["--data-dir", str(data), "check", str(advert), "-f", "text"]
    result = stemcell(*args)
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    said = result.stdout if command == "validate" else result.stderr
    [problem] = [line for line in said.splitlines() if "advert_words.yaml" in line]
    assert "a gap of 1 to" in problem and len(problem) < 300


@pytest.mark.parametrize("digits", ["9" * 5000, "13", "0", "0" * 5000])
def test_the_voice_leaves_a_gap_the_phrases_refuse_to_the_offer_gate(digits: str) -> None:
    """A gap the phrases refuse (`phrases.gap_words`: 1 to MAX_GAP) is not the voice's to
    read; the gate says it. Wordings after it are still read."""
    from stemcell_cli.check.rules.page_voice import compiled, offer_alternative

    wording = f"we ...{digits} knees"
    with pytest.raises(PhraseError, match="a gap of 1 to"):
        Compiler().phrase(wording)
    assert offer_alternative(wording) is None
    voice = compiled(3, 10.0, ["clinics"], ["ours"], ["call us"], [wording, "we treat"])
    assert voice.offer_pattern.search("We treat knees.")


@pytest.mark.parametrize("gap", ["...", "...1", f"...{MAX_GAP}", f"...00{MAX_GAP}"])
def test_the_voice_reads_a_gap_as_the_phrases_do(gap: str) -> None:
    """The voice's gap is as many words as the phrases' (GAP when unsaid)."""
    from stemcell_cli.check.rules.page_voice import offer_alternative

    [element] = [e for e in Compiler().phrase(f"we {gap} knees") if e.gap]
    assert f"{{0,{element.gap}}}" in (offer_alternative(f"we {gap} knees") or "")


#: `other_senses` tables of another shape than `OtherSenses` builds, planted in the
#: compiled matcher's cache: the previous program's (lists by word), nothing, a list.
PLANTED_SENSES = {
    "older": {"alone": [], "after": {}, "before": {}, "inside": {}, "_any_before": []},
    "nothing": None,
    "a-list": "after-list",
    "numbers": "after-numbers",
}


@pytest.mark.parametrize("planted", sorted(PLANTED_SENSES))
def test_a_compiled_matcher_with_other_senses_of_another_shape_is_rebuilt(
    tmp_path: Path, planted: str
) -> None:
    """The compiled matcher's cache keeps `other_senses:` as sets of runs of words: one
    of this user's, with the right checksums, holding the older shape (lists by word) or
    nothing there ended in a traceback at the first finding (AttributeError, TypeError);
    now it is rebuilt, as sales pressure of another shape is (attack11)."""
    from stemcell_cli.core import cache as core_cache

    env = {"STEMCELL_CACHE_DIR": str(tmp_path / "cache")}
    advert = tmp_path / "advert.txt"
    advert.write_text("Our stem cells cure knee osteoarthritis. Walk up a flight of stairs.\n")
    args = ("check", str(advert), "--no-fail", "-f", "json")
    expected = stemcell(*args, **env)
    assert expected.returncode == 0, expected.stderr
    target = next((tmp_path / "cache").glob("matcher-*.marshal"))
    payload = core_cache.decode(target.read_bytes())
    assert isinstance(payload, dict)
    senses = payload["matcher"]["rules"]["_senses"]
    assert senses["after"]  # (ours read words after: "[flight|flights] of stairs")
    table = {
        "a-list": {**senses, "after": sorted(senses["after"])},
        "numbers": {**senses, "after": frozenset({(1, 2)})},
    }.get(str(PLANTED_SENSES[planted]), PLANTED_SENSES[planted])
    rules = {**payload["matcher"]["rules"], "_senses": table}
    forged = {**payload, "matcher": {**payload["matcher"], "rules": rules}}
    target.write_bytes(core_cache.encode(forged))
    result = stemcell(*args, **env)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == expected.stdout


def test_the_limit_is_told_where_a_user_extends_the_lists() -> None:
    """docs/usage.md, where a data directory's word lists are told, gives the limit as it
    is (review8: it was in matcher.md and security.md only)."""
    usage = (Path(__file__).parents[1] / "docs" / "usage.md").read_text(encoding="utf-8")
    assert f"at most {MOST_WAYS:,} runs" in " ".join(usage.split())
