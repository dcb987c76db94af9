"""Attack14's findings, each through the installed command in a subprocess
(docs/security.md, "Attacks tried")."""

from __future__ import annotations

import itertools
import json
import string
from pathlib import Path

from installed import check_cpu, stemcell

#: The shipped many-conditions page the reported lists are read on: a list of
#: conditions, then quotations (each a place a speaker is looked for before and after).
CONDITIONS = "knee pain, back pain, osteoarthritis, COPD, multiple sclerosis, lupus, asthma"


def _words(n: int) -> list[str]:
    """`n` words of four small letters, none of them English."""
    return [
        "q" + "".join(t)
        for t in itertools.islice(itertools.product(string.ascii_lowercase, repeat=3), n)
    ]


def _data_dir(folder: Path, name: str, words: list[str]) -> Path:
    data = folder / "data"
    (data / "check").mkdir(parents=True)
    (data / "check" / "advert_words.yaml").write_text(
        f"reported_lists:\n  {name}: [{', '.join(words)}]\n", encoding="utf-8"
    )
    return data


def test_a_data_dirs_long_own_list_costs_no_more_than_ours(tmp_path: Path) -> None:
    """A data dir's `reported_lists: {own: [...]}` of 1,000 words, on 200 KB of short
    quotations after a list of conditions: each word was a look-behind of its own, all
    tried at every place a speaker may start (with 100,000 words, 116 s on 25 KB; with
    1,000, 15 times the page without them). Now the word before a speaker is looked up:
    about the time of the shipped lists, and the same findings (a ratio, generous)."""
    data = _data_dir(tmp_path, "own", _words(1000))
    said = " ".join('"a" b c d e f g h i j k' for _ in range(20))
    paragraph = f"Stem cells treat {CONDITIONS}. {said}\n\n"
    page = tmp_path / "page.txt"
    page.write_text(paragraph * (200_000 // len(paragraph)), encoding="utf-8")
    cache = {"STEMCELL_CACHE_DIR": str(tmp_path / "cache")}
    check_cpu(page, **cache)  # (the matchers compiled, for the runs below)
    check_cpu(page, "--data-dir", str(data), **cache)
    ours, shipped = check_cpu(page, **cache)
    theirs, result = check_cpu(page, "--data-dir", str(data), **cache)
    assert result.returncode == shipped.returncode == 1, result.stderr
    assert json.loads(result.stdout)["findings"] == json.loads(shipped.stdout)["findings"]
    assert theirs < 3 * ours + 1, (theirs, ours)


def test_the_page_s_own_speaker_is_still_its_own_with_a_long_own_list(tmp_path: Path) -> None:
    """With 1,000 words of `own` of a data dir's, ending in "our", a quoted list said by
    "our clinic" is still the page's offer, and one "the ad said" is still reported."""
    data = _data_dir(tmp_path, "own", [*_words(999), "our"])
    quoted = f'"Do you suffer from {CONDITIONS}?"'

    def flagged(text: str) -> bool:
        page = tmp_path / "quoted.txt"
        page.write_text(text + "\n", encoding="utf-8")
        result = stemcell("--data-dir", str(data), "check", str(page), "-f", "json", "--no-fail")
        assert result.returncode == 0, result.stderr
        return any(f["id"] == "many-conditions" for f in json.loads(result.stdout)["findings"])

    assert flagged(f"Stem cells at our clinic. As our clinic says: {quoted}")
    assert not flagged(f"Stem cells at our clinic. As the ad said: {quoted}")


def test_a_reported_list_of_more_than_its_most_words_is_one_problem(tmp_path: Path) -> None:
    """100,000 speakers, or auxiliaries, took 65 and 30 s on 100 KB of quotations and
    proposals: each list is one alternation, tried a word at a time. A list holds at
    most 1,000 words (ours hold at most 20): more is one problem with its place."""
    data = _data_dir(tmp_path, "speakers", ["it|" + "|".join(_words(1000))])
    result = stemcell("validate", str(data))
    assert result.returncode == 3
    assert "advert_words.yaml:2:" in result.stderr + result.stdout
    assert "reported_lists.speakers: at most 1,000 words" in result.stderr + result.stdout
    page = tmp_path / "page.txt"
    page.write_text(f"Stem cells treat {CONDITIONS}.\n", encoding="utf-8")
    checked = stemcell("--data-dir", str(data), "check", str(page))
    assert checked.returncode == 3 and "reported_lists.speakers" in checked.stderr


def test_a_name_runs_on_over_a_few_disease_nouns_not_a_page_of_them(tmp_path: Path) -> None:
    """ "... and cancer disease disease ..." 5,000 times: the many-conditions list named
    "cancer disease disease ..." whole, a line of 40 KB (320 KB at 40,000) in the list
    the reader is shown. A name now runs on over at most three disease nouns in a row."""
    page = tmp_path / "page.txt"
    page.write_text(f"Stem cells treat {CONDITIONS} and cancer{' disease' * 5000}.\n")
    result = stemcell("check", str(page), "-f", "json")
    assert result.returncode == 1, result.stderr
    [flag] = [f for f in json.loads(result.stdout)["findings"] if f["id"] == "many-conditions"]
    assert flag["text"].endswith(", cancer disease disease disease"), flag["text"][:300]
    shown = stemcell("check", str(page))
    assert max(len(line) for line in shown.stdout.splitlines()) < 1000


def test_an_empty_own_list_leaves_the_reported_lists_read(tmp_path: Path) -> None:
    """A data dir's `reported_lists: {own: []}` (no word makes a speaker the page's own)
    turned the whole reading off: a seminar's quoted question, '"..." it asked', was the
    page's offer of many conditions again. Now only the page's "our" is gone: "it asked"
    and "our clinic says" are both someone else's."""
    data = tmp_path / "data"
    (data / "check").mkdir(parents=True)
    (data / "check" / "advert_words.yaml").write_text("reported_lists:\n  own: []\n")
    quoted = f'"Do you suffer from {CONDITIONS}?"'
    for text in (f"{quoted} it asked.", f"Stem cells at our clinic. As our clinic says: {quoted}"):
        page = tmp_path / "page.txt"
        page.write_text(text + "\n", encoding="utf-8")
        result = stemcell("--data-dir", str(data), "check", str(page), "-f", "json", "--no-fail")
        assert result.returncode == 0, result.stderr
        found = {f["id"] for f in json.loads(result.stdout)["findings"]}
        assert "many-conditions" not in found, text
