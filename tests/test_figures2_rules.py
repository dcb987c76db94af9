"""A success rate is a figure (figures2): a rate or score word ("success rate",
"satisfaction score") raises high-success-rate only with a figure in its sentence, or,
for a heading or a question, in the sentence right after it (`check/figures.py`, the
word list `rate_words:`). "What is the success rate of stem cell therapy?", "we also cover
the success rate" and "ask about our satisfaction scores" name a topic; "our success rate
is 92%" quotes one. Made-up sentences, each with a look-alike that must still be found.
"""

from __future__ import annotations

import pytest
from findings import CATALOG, MATCHER, clean, flag_pair, raises

from stemcell_cli.check import matcher
from stemcell_cli.check.advert import AdText
from stemcell_cli.check.figures import COUNTED, RATED, holds_figure
from stemcell_cli.check.matcher import Matcher, Phrase
from stemcell_cli.check.report import build_report

FLAG = "high-success-rate"


@pytest.mark.parametrize(
    ("topic", "quoted"),
    [
        (
            "Read on to learn about the success rate of stem cell therapy.",
            "The success rate of our stem cell therapy is 92%.",
        ),
        (
            "Ask our team about patient satisfaction scores.",
            "Our patient satisfaction score is 9.6 out of 10.",
        ),
        (
            "Our success rates have been tracked since 2015.",
            "Our success rates since 2015 are as high as ninety percent.",
        ),
        (
            "Stem cell therapy has a high success rate.",
            "Stem cell therapy has a success rate of nine in ten.",
        ),
    ],
)
def test_a_rate_named_without_a_figure_is_a_topic(topic: str, quoted: str) -> None:
    """A rate or score word with no figure in its sentence (a year is a date, not a
    figure) quotes no rate; with a percentage, a number or a number in words it does."""
    flag_pair(FLAG, topic, quoted)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our success rate is 92%.",
        "Success rates as high as ninety percent.",
        "9 out of 10 patients improve.",
        "Nearly all of our patients report relief.",
    ],
)
def test_figures_and_rates_in_words_still_raise(sentence: str) -> None:
    """The rule holds only for a rate or score word: a figure, and a rate in words
    ("nearly all of our patients report relief"), are found as before."""
    raises(FLAG, sentence)


def _lines_found(*lines: str) -> list[int]:
    report = build_report(CATALOG, AdText("test", list(lines), []), MATCHER)
    return [f.match.line for f in report.findings if f.match.entry_id == FLAG]


@pytest.mark.parametrize(
    ("heading", "figure", "none"),
    [
        (
            ["What is our success rate?", "About 85 percent, in our own records."],
            ["What is our success rate?", "It depends on the joint and the damage."],
            ["Is it worth asking about success rates?", "About 85 percent of people ask."],
        ),
        (
            ["Our success rates", "", "Roughly nine in ten, by our own count."],
            ["Our success rates", "", "Results vary from one patient to the next."],
            ["Learn about our success rates", "", "Read more below."],
        ),
    ],
)
def test_a_heading_or_question_takes_its_figure_from_the_next_sentence(
    heading: list[str], figure: list[str], none: list[str]
) -> None:
    """A question or a heading (a block of one sentence with no full stop) that names a
    rate quotes it when the sentence right after it gives the figure: the finding is on
    the heading's line. With no figure there it names a topic. (A yes/no question raises
    no warning sign at all.)"""
    assert _lines_found(*heading) == [1], heading
    assert _lines_found(*figure) == [], figure
    assert _lines_found(*none) == [], none


def test_the_figure_must_be_in_the_very_next_sentence() -> None:
    """Only the sentence right after the heading or question is read for its figure, not
    one further on."""
    assert _lines_found("What is the success rate?", "It varies. About 80 percent.") == []
    clean(FLAG, "What is the success rate of stem cell therapy?")


# -- the rule, on a matcher that knows only a few words -------------------------------


def _rate_matcher(*extra: Phrase) -> Matcher:
    return Matcher(
        [
            Phrase("red_flag", "rate", "success rate|rates"),
            Phrase("red_flag", "other", "success story"),
            Phrase(matcher.SHARE, COUNTED, "patients"),
            Phrase(matcher.SHARE, "rate", "improved"),
            Phrase(matcher.SHARE, RATED, "rate|rates"),
            *extra,
        ]
    )


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (["We talk about success rates."], False),
        (["Our success rate is 92%."], True),
        (["Success rates", "", "Ours: 92 percent."], True),
        (["Success rates", "", "We will talk later."], False),
    ],
)
def test_a_rated_entry_needs_a_figure(lines: list[str], found: bool) -> None:
    """A match of an entry of `fared:` that holds a word of `rate_words:` and no figure
    stands only with a figure in its sentence, or in the one after a heading."""
    entries = {m.entry_id for m in _rate_matcher().scan(lines)}
    assert ("rate" in entries) is found


def test_an_entry_without_words_of_faring_needs_no_figure() -> None:
    """The rule holds only for the entries `fared:` names: another entry's match is
    found with no figure."""
    entries = {m.entry_id for m in _rate_matcher().scan(["Read a success story."])}
    assert entries == {"other"}


@pytest.mark.parametrize(
    ("words", "figure"),
    [
        (["rate", "of", "92%"], True),
        (["nine", "in", "ten"], True),
        (["a", "score", "of", "9.6"], True),
        (["since", "2015"], False),
        (["one", "of", "the", "best"], False),
        (["no", "figure"], False),
    ],
)
def test_what_counts_as_a_figure(words: list[str], figure: bool) -> None:
    """A figure is a number, in digits or in words, but not a year nor a bare "one"."""
    assert holds_figure(words) is figure
