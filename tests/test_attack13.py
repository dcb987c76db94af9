"""Attack13's findings, each through the installed command in a subprocess
(docs/security.md, "Attacks tried")."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
from installed import check_cpu, stemcell


def _letters(n: int) -> str:
    """A word of small letters of its own for each `n` (a disease's words are letters)."""
    word = ""
    n += 26 * 27
    while n:
        n, last = divmod(n, 26)
        word += string.ascii_lowercase[last]
    return word


def _page(folder: Path, name: str, shape: str, said: list[str]) -> Path:
    """A page of the sentences `said`, on one line, a line each, or a paragraph each of
    an HTML page."""
    if shape == "html":
        body = "".join(f"<p>{sentence}</p>\n" for sentence in said)
        text = f"<html><head><title>t</title></head><body>\n{body}</body></html>\n"
    else:
        text = (" " if shape == "line" else "\n").join(said) + "\n"
    page = folder / f"{name}.{'html' if shape == 'html' else 'txt'}"
    page.write_text(text, encoding="utf-8")
    return page


@pytest.mark.parametrize("shape", ["line", "lines", "html"])
def test_a_page_of_many_distinct_diseases_is_read_in_linear_time(
    tmp_path: Path, shape: str
) -> None:
    """8,000 distinct diseases of a data dir's word lists ("abbitis", "bbbitis", ...),
    each named on a page (200 KB): the many-conditions list looked each name up in
    every other (`view`'s names said once), every name's column on its line (the list's
    names cut before the next) and, on an HTML page, its line's number among all the
    page's: 8 s against 0.4 s for the same page naming one of them (a 5 MiB page ran for
    hours; before the gap's words were left out of a disease's name, "regenerating abb
    liver", "regenerating abc liver", ... did as much with the shipped lists). Now each
    is a lookup: about the time of the page of one disease (a ratio, generous: a hang,
    not a speed, is what fails)."""
    words = (_letters(n) for n in range(9000))
    names = [f"{word}itis" for word in words if "ae" not in word][:8000]  # ("ae" is "e")
    data = tmp_path / "data"
    (data / "check").mkdir(parents=True)
    listed = "".join(f"    - {name}\n" for name in names)
    (data / "check" / "advert_words.yaml").write_text(f"other_conditions:\n  other:\n{listed}")
    options = ("--data-dir", str(data))
    cache = {"STEMCELL_CACHE_DIR": str(tmp_path / "cache")}
    one_page = _page(tmp_path, "one", shape, ["Our cells treat abbitis."] * len(names))
    check_cpu(one_page, *options, **cache)  # (the word lists compiled, for both runs)
    one, result = check_cpu(one_page, *options, **cache)
    assert result.returncode == 0, result.stderr  # one disease: no warning sign
    said = [f"Our cells treat {name}." for name in names]
    many, result = check_cpu(_page(tmp_path, "many", shape, said), *options, **cache)
    assert result.returncode == 1, result.stderr
    [flag] = [f for f in json.loads(result.stdout)["findings"] if f["id"] == "many-conditions"]
    assert flag["text"].split(", ") == names  # every disease, each once
    assert many < 4 * one + 1, (many, one)


def test_one_organ_regenerated_in_many_wordings_is_one_disease(tmp_path: Path) -> None:
    """ "regenerating the liver", "regenerating your liver", "repairing the liver", ...:
    the words a gap took ("the", "your", "a damaged") and the verb were the disease's
    name, so six wordings of one organ were six diseases and raised many-conditions
    (content1 counts a disease once however it is worded). A wording read through a gap
    is now the organ after it; two organs are still two diseases."""
    one = [
        "regenerating the liver",
        "regenerating your liver",
        "rebuilding a damaged liver",
        "repairing the liver",
        "repairing your liver",
        "regeneration of the liver",
        "fighting aging",
        "combating the aging",
    ]
    page = tmp_path / "page.txt"
    page.write_text("".join(f"Ask us about {words}. " for words in one) + "\n")
    _, result = check_cpu(page)
    found = json.loads(result.stdout)["findings"]
    assert not [f for f in found if f["id"] == "many-conditions"], result.stdout
    kinds = ["liver", "kidneys", "pancreas", "aging", "lupus", "gout"]
    page.write_text("".join(f"Ask us about repairing the {kind}. " for kind in kinds) + "\n")
    _, result = check_cpu(page)
    [flag] = [f for f in json.loads(result.stdout)["findings"] if f["id"] == "many-conditions"]
    assert "kidneys" in flag["text"] and "pancreas" in flag["text"]


LONG = "y" * 10_000


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["explain", "oa", "-s", LONG], {}),
        (["explain", "oa", "--section", f"risks {LONG}"], {}),
        (["explain", "oa"], {"STEMCELL_FORMAT": LONG}),
        (["conditions", "list", "--grade", LONG], {}),
        (["sources", "oa", "-f", LONG], {}),
        ([LONG], {}),
        (["explain", f"--{LONG}"], {}),
    ],
)
def test_a_value_of_10000_characters_is_quoted_cut_to_80(
    args: list[str], env: dict[str, str]
) -> None:
    """A section name, a format, a grade, a command or an option of 10,000 characters:
    the usage error quoted it whole, one line of 10 KB on stderr, where every value a
    message quotes is cut to 80 characters (docs/security.md); now cut, the line as
    before (exit 2, what to try next)."""
    result = stemcell(*args, **env)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines and lines[0].startswith("stemcell: "), result.stderr[:300]
    assert "y" * 70 in lines[0] and "\u2026" in lines[0]
    assert all(len(line) < 300 for line in lines), [len(line) for line in lines]


#: Escape sequences (a window title, a cleared screen, a hyperlink), a C1 control and a
#: bidirectional override, as a terminal would act on them.
HOSTILE = "\x1b]0;owned\x07\x1b[2J\x1b]8;;https://evil.example/\x07x\x1b]8;;\x07\x9b31m\u202e"


@pytest.mark.parametrize("fmt", ["markdown", "text", "json"])
def test_config_shows_no_escape_of_the_environment_or_the_config_file(
    tmp_path: Path, fmt: str
) -> None:
    """`stemcell config` wrote the config file's path (`STEMCELL_CONFIG`,
    `XDG_CONFIG_HOME`) and each setting (`STEMCELL_PAGE`, a pager command or a data dir
    of the config file) as they came, escape sequences and all: a title set, the screen
    cleared. Now cleaned as all outside text is."""
    name = HOSTILE.replace("/", "_")  # (a file's name)
    config = tmp_path / f"c{name}.toml"
    config.write_text('pager = "less \\u001b]0;x\\u0007"\ndata_dir = "/d\\u001b[2J\\u202e"\n')
    for env in (
        {"STEMCELL_CONFIG": str(config), "STEMCELL_PAGE": HOSTILE},
        {"STEMCELL_CONFIG": "", "XDG_CONFIG_HOME": str(tmp_path / name)},
    ):
        result = stemcell("config", "-f", fmt, **env)
        assert result.returncode == 0, result.stderr
        # (JSON writes them as \u001b: what a reader of it, `jq -r`, would print)
        shown = result.stdout
        if fmt == "json":
            shown = json.dumps(json.loads(shown), ensure_ascii=False)
        for bad in ("\x1b", "\x07", "\x9b", "\u202e"):
            assert bad not in shown, (bad, result.stdout[:400])


#: Characters a screen shows as nothing (default-ignorable), which the words' reading did
#: not drop: the combining grapheme joiner, Hangul fillers, a Khmer inherent vowel, a
#: Mongolian and a plain variation selector, shorthand and musical format controls, a
#: variation selector beyond the first plane, and one not yet assigned.
HIDING = [
    "\u034f",
    "\u115f",
    "\u3164",
    "\uffa0",
    "\u17b4",
    "\u180b",
    "\ufe0f",
    "\U0001bca0",
    "\U0001d173",
    "\U000e0100",
    "\u2065",
]


@pytest.mark.parametrize("hiding", HIDING, ids=[f"U+{ord(c):04X}" for c in HIDING])
def test_a_claim_with_an_invisible_character_inside_each_word_is_found(
    tmp_path: Path, hiding: str
) -> None:
    """ "S͏t͏e͏m c͏e͏l͏l͏s c͏u͏r͏e ..." with U+034F (or another character a screen shows as
    nothing) inside every word: a reader sees the claim, `check` found nothing (exit 0:
    "nothing to warn about"), where a zero-width space was already dropped. Every
    default-ignorable character is now dropped before the words are read."""
    said = "Stem cells cure knee osteoarthritis and regrow cartilage"
    page = tmp_path / "page.txt"
    page.write_text(" ".join(hiding.join(word) for word in said.split()) + ".\n")
    _, result = check_cpu(page)
    assert result.returncode == 1, result.stdout[:300]
    found = json.loads(result.stdout)
    assert {f["kind"] for f in found["findings"]} >= {"condition", "benefit", "red_flag"}
    assert hiding not in json.dumps(found, ensure_ascii=False)


SAID = "Stem cells cure knee osteoarthritis and regrow cartilage."


def _fancy(text: str, start: int) -> str:
    """`text` with its small letters in a block of look-alikes starting at `start`."""
    return "".join(chr(start + ord(c) - ord("a")) if "a" <= c <= "z" else c for c in text)


LOOKING_LATIN = {
    "math-bold": _fancy(SAID, 0x1D41A),
    "math-sans-bold": _fancy(SAID, 0x1D5EE),
    "fullwidth": _fancy(SAID, 0xFF41),
    "circled": _fancy(SAID, 0x24D0),
    "cyrillic-letters": SAID.replace("c", "\u0441").replace("e", "\u0435"),
    "greek-letters": SAID.replace("o", "\u03bf").replace("a", "\u03b1"),
}


@pytest.mark.parametrize("shape", sorted(LOOKING_LATIN))
def test_a_claim_in_letters_that_look_latin_is_found(tmp_path: Path, shape: str) -> None:
    """A claim in the mathematical bold of "fancy text" generators (common in social
    media adverts), in fullwidth or circled letters, or with Cyrillic or Greek letters
    drawn as Latin ones inside its words ("cure" with a Cyrillic "es"): a reader reads
    the claim, `check` found nothing (exit 0). Such letters are now read as the Latin
    ones they show."""
    page = tmp_path / "page.txt"
    page.write_text(LOOKING_LATIN[shape] + "\n")
    _, result = check_cpu(page)
    assert result.returncode == 1, result.stdout[:300]
    found = json.loads(result.stdout)["findings"]
    assert {f["kind"] for f in found} >= {"condition", "benefit", "red_flag"}


def test_a_word_all_in_cyrillic_or_greek_is_left_as_it_is(tmp_path: Path) -> None:
    """Only a word with a Latin letter in it is read as Latin: a word all in Cyrillic or
    Greek (Russian, Greek) is not made Latin; the page's Russian stays Russian."""
    page = tmp_path / "page.txt"
    said = "\u0441\u0443\u0440\u0435\u0440 \u0441\u0435\u0440 knee, \u03bf\u03b1 osteoarthritis."
    page.write_text(said + "\n")
    _, result = check_cpu(page)
    assert result.returncode == 0, result.stdout[:300]
    quotes = [f["quote"] for f in json.loads(result.stdout)["findings"]]
    assert quotes and all("\u0441\u0443\u0440\u0435\u0440" in quote for quote in quotes), quotes


def test_a_disease_named_before_a_long_run_of_disease_nouns_is_listed_in_linear_time(
    tmp_path: Path,
) -> None:
    """ "... and cancer disease disease disease ..." (40,000 times, 320 KB): the
    many-conditions list runs a name on over the disease nouns after it (listfix1), and
    each step copied and looked up the words so far, the square of the run (8 s against
    0.3 s; a 5 MiB page: hours). The catalog's names are now a tree walked a word at a
    time: about the time of the same page with a plain word in the nouns' place."""
    named = "We treat gout, asthma, diabetes, lupus, psoriasis and cancer "
    runs = {}
    for word in ("disease", "tissue"):
        page = tmp_path / f"{word}.txt"
        page.write_text(named + f"{word} " * 40_000 + ".\n")
        runs[word], result = check_cpu(page)
        [flag] = [f for f in json.loads(result.stdout)["findings"] if f["id"] == "many-conditions"]
        assert flag["text"].startswith("gout, asthma, diabetes, lupus")
    assert runs["disease"] < 4 * runs["tissue"] + 1, runs


@pytest.mark.parametrize("shape", ["one-paragraph", "many-lines"])
def test_many_proposals_told_are_read_in_linear_time(tmp_path: Path, shape: str) -> None:
    """A paragraph of 10,000 proposals told ("It has been proposed for gout, lupus and
    asthma; ...") with no full stop, or 4,000 lines naming conditions then 4,000 of
    "It has been proposed for x" in one paragraph: each proposal searched for its
    sentence's end to the paragraph's end, and marked its span line by line to it, and
    each condition was looked for in every span of its line (reported_lists: 10 s and
    25 s against under 1 s). Now the ends are found once and the spans joined and
    bisected: about the time of the same page with another verb."""
    runs = {}
    for verb in ("proposed", "sitting"):
        if shape == "one-paragraph":
            text = f"It has been {verb} for gout, lupus and asthma; " * 10_000 + "end"
        else:
            said = ["We treat gout, lupus and asthma here"] * 4000
            text = "\n".join([*said, *[f"It has been {verb} for x"] * 4000, "end"])
        page = tmp_path / f"{verb}.txt"
        page.write_text(text + "\n")
        runs[verb], result = check_cpu(page)
        assert result.returncode in (0, 1), result.stderr
    assert runs["proposed"] < 4 * runs["sitting"] + 1, runs


def test_a_quote_shows_the_pages_own_letters_not_the_latin_they_are_read_as(
    tmp_path: Path,
) -> None:
    """review12: a claim in look-alike letters is read as Latin, but its quote is what
    the page says: the report quoted "cure" for a Cyrillic "\u0441ure" and "Guaranteed" for
    the page's mathematical bold, so the reader could neither find it on the page nor
    see the disguise. Invisible characters stay dropped."""
    bold = _fancy("guaranteed", 0x1D41A)
    said = f"Stem cells \u0441ure knee osteoarthritis and reg\u200drow cartilage. {bold} results!"
    page = tmp_path / "page.txt"
    page.write_text(said + "\n", encoding="utf-8")
    _, result = check_cpu(page)
    assert result.returncode == 1, result.stdout[:300]
    found = json.loads(result.stdout)["findings"]
    assert {f["id"] for f in found} >= {"cure-claim", "promised-results"}, found
    for finding in found:
        assert "\u0441ure" in finding["quote"] or bold in finding["quote"], finding
        assert "cure" not in finding["quote"] and "\u200d" not in finding["quote"], finding
    shown = stemcell("check", str(page), "--no-fail").stdout
    assert "\u0441ure" in shown and bold in shown and "Guaranteed" not in shown
