"""Each word list read from a sentence (not looked for) refuses, at load time, an entry
not of its shape, and names the section and entry at fault: the lists of the reading
rules (in `check/rules/`: `success_rates`, `hopes`, `reader_voice`, `promises`,
`other_senses`, `trips_told`), and the wordings of the page's voice (`page_voice`,
data/check/voice.yaml), each problem one line naming file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from stemcell_cli.check.words import word_lists
from stemcell_cli.core.errors import DataError


@pytest.mark.parametrize(
    ("section", "where"),
    [
        # a word of faring is one word
        ("fared:\n  high-success-rate: [pain free]", "fared.high-success-rate[0]"),
        # a wording of faring no better is at most three words
        ("unfared:\n  high-success-rate: [did not really improve]", "unfared.high-success-rate[0]"),
        # a wording of hope is at most three words
        ("hopes:\n  cure-claim: [in the near future]", "hopes.cure-claim[0]"),
        # a word of the seller's voice is one word
        ("reader_questions:\n  cure-claim: [you all]", "reader_questions.cure-claim[0]"),
        # a wording that unsays a promise is at most two words (a deed done: "healed my")
        ("unpromised:\n  promised-results: [used to be]", "unpromised.promised-results[0]"),
        # another sense is written with its word in brackets
        ("other_senses:\n  - flight of stairs", "other_senses[0]"),
        # a word of a told or a weighed trip is one word
        ("told_trips:\n  medical-tourism: [went to]", "told_trips.medical-tourism[0]"),
        ("weighed_trips:\n  medical-tourism: [went to]", "weighed_trips.medical-tourism[0]"),
    ],
)
def test_the_word_lists_refuse_an_entry_not_of_its_shape(
    tmp_path: Path, section: str, where: str
) -> None:
    path = tmp_path / "advert_words.yaml"
    path.write_text(f"groups: {{}}\nother_conditions: {{}}\n{section}\n", encoding="utf-8")
    with pytest.raises(DataError) as raised:
        word_lists.load(path)
    [problem] = raised.value.problems
    assert problem.path == where


#: A voice file of the shipped shape, made up, to spoil one field at a time.
VOICE = """mentions: 3
score: 10.0
third_person: [clinics, the clinic]
own_words: [us]
offering:
  - we|i offer|provide
  - call us|today
"""


@pytest.mark.parametrize(
    ("old", "new", "field", "line"),
    [
        # a third-person wording is words of a|b|c in small letters
        ("[clinics, the clinic]", "[clinics, The Clinic]", "third_person[1]", 3),
        # an own word is one word
        ("[us]", "[us all]", "own_words[0]", 4),
        # an offering wording is words of a|b|c, not a pattern
        ("we|i offer|provide", "we|i offer(s)?", "offering[0]", 6),
        ("call us|today", "call  us", "offering[1]", 7),
        # a list is a list of wordings, not empty
        ("[us]", "[]", "own_words", 4),
        # the numbers are numbers
        ("mentions: 3", "mentions: 2.5", "mentions", 1),
        ("score: 10.0", "score: .nan", "score", 2),
        # a misspelt field is refused, not left out
        ("own_words:", "own_word:", "own_word", 4),
    ],
)
def test_the_voice_wordings_refuse_an_entry_not_of_their_shape(
    tmp_path: Path, old: str, new: str, field: str, line: int
) -> None:
    from stemcell_cli.check.rules import page_voice

    assert old in VOICE
    path = tmp_path / "voice.yaml"
    path.write_text(VOICE.replace(old, new), encoding="utf-8")
    with pytest.raises(DataError) as raised:
        page_voice.load(path)
    shown = raised.value.lines()
    assert len(shown) == 2  # the problem, then the count
    assert shown[0].startswith(f"{path}:{line}:")
    assert f" {field}:" in shown[0]


def test_the_voice_wordings_of_the_shape_load_and_read() -> None:
    from stemcell_cli.check.rules import page_voice
    from stemcell_cli.core.datadirs import PAGE_VOICE, shipped_dir

    voice = page_voice.load(shipped_dir() / PAGE_VOICE)
    assert page_voice.from_state(page_voice.state(voice)) == voice
    spoilt = page_voice.state(voice)
    spoilt[-2] = [*spoilt[-2], "we (offer"]  # a cache is read as carefully as the file
    with pytest.raises(ValueError):
        page_voice.from_state(spoilt)
    spoilt = page_voice.state(voice)
    spoilt[-1] = [*spoilt[-1], 7]  # the wordings of `offers:` it reads are text
    with pytest.raises(ValueError):
        page_voice.from_state(spoilt)
    assert page_voice.reads_careful(voice, ["Clinics, clinics and the clinic."])
    assert not page_voice.reads_careful(voice, ["Clinics, clinics and the clinic. Call us."])
