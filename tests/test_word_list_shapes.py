"""Each word list read from a sentence (not looked for) refuses, at load time, an entry
not of its shape, and names the section and entry at fault: the lists of the reading
rules (in `check/rules/`: `success_rates`, `hopes`, `reader_voice`, `promises`,
`other_senses`, `trips_told`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from stemcell_cli.check.words import word_lists
from stemcell_cli.core.errors import DataError


@pytest.mark.parametrize(
    ("section", "where"),
    [
        # a word of faring is one word
        ("fared:\n  high-success-rate: [pain free]", "fared.high-success-rate"),
        # a wording of faring no better is at most three words
        ("unfared:\n  high-success-rate: [did not really improve]", "unfared.high-success-rate"),
        # a wording of hope is at most three words
        ("hopes:\n  cure-claim: [in the near future]", "hopes.cure-claim"),
        # a word of the seller's voice is one word
        ("reader_questions:\n  cure-claim: [you all]", "reader_questions.cure-claim"),
        # a word that unsays a promise is one word
        ("unpromised:\n  promised-results: [used to]", "unpromised.promised-results"),
        # another sense is written with its word in brackets
        ("other_senses:\n  - flight of stairs", "other_senses"),
        # a word of a told or a weighed trip is one word
        ("told_trips:\n  medical-tourism: [went to]", "told_trips.medical-tourism"),
        ("weighed_trips:\n  medical-tourism: [went to]", "weighed_trips.medical-tourism"),
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
