"""What `stemcell check` finds in a few lines of advert, for the tests of its wordings
(one shipped catalog and one compiled matcher for the whole session)."""

from __future__ import annotations

from typing import Any

import pytest

from stemcell_cli.check.matching.findings import CUE, OFFER
from stemcell_cli.check.matching.wordings import matcher_for
from stemcell_cli.check.page.source import AdText
from stemcell_cli.check.report import WARNING_CUES, Report, build_report
from stemcell_cli.core.cache import open_catalog

CATALOG = open_catalog()
MATCHER = matcher_for(CATALOG)


def found(kind: str, *lines: str) -> set[str]:
    """The entries of `kind` (benefit, condition, red_flag) `check` finds in `lines`."""
    report = build_report(CATALOG, AdText("test", list(lines), []), MATCHER)
    return {f.match.entry_id for f in report.findings if f.match.kind == kind}


def entries(*lines: str) -> set[str]:
    """Every entry (benefit, condition or red flag) `check` finds in `lines`."""
    report = build_report(CATALOG, AdText("test", list(lines), []), MATCHER)
    return {f.match.entry_id for f in report.findings}


def red_flags(*lines: str) -> set[str]:
    """The red flags `check` raises in `lines`."""
    return found("red_flag", *lines)


def benefits(*lines: str) -> set[str]:
    """The benefit claims `check` finds in `lines`."""
    return found("benefit", *lines)


def flag_pair(flag: str, careful: str, advert: str) -> None:
    """A careful sentence does not raise `flag`; its advert counterpart does."""
    clean(flag, careful)
    raises(flag, advert)


def claim_pair(claim: str, careful: str, advert: str) -> None:
    """A careful sentence makes no `claim`; its advert counterpart makes it."""
    guarded_pair("benefit", claim, careful, advert)


def guarded_pair(kind: str, entry: str, guarded: str, still_found: str) -> None:
    """A guarded sentence does not make `entry` (of `kind`); its counterpart still does."""
    assert entry not in found(kind, guarded), guarded
    assert entry in found(kind, still_found), still_found


def raises(flag: str, sentence: str) -> None:
    assert flag in red_flags(sentence), sentence


def clean(flag: str, sentence: str) -> None:
    assert flag not in red_flags(sentence), sentence


#: A rule of a round's table: its name, the red flag, advert sentences that must raise
#: the flag, and look-alikes that must not.
Rule = tuple[str, str, tuple[str, ...], tuple[str, ...]]


def rule_cases(rules: list[Rule]) -> list[Any]:
    """The (flag, sentence, raised) cases of a rule table, each named by its rule: the
    advert sentences must raise the flag (True), the look-alikes must not (False)."""
    return [
        pytest.param(flag, sentence, raised, id=f"{rule}: {sentence}")
        for rule, flag, adverts, lookalikes in rules
        for raised, sentences in ((True, adverts), (False, lookalikes))
        for sentence in sentences
    ]


# -- Page reading (tests/rules/test_page_reading.py) -----------------------------------

#: Three different cues: one more makes a text that offers nothing read as a warning.
BASE_CUES = (
    "Several clinics claim their cells regrow cartilage.",
    "The agency has issued a warning about these products.",
    "The injections supposedly last for years.",
)
#: A claim and a warning sign for the text to discuss.
DISCUSSED = "One clinic says its cells cure knee osteoarthritis and repair damaged cartilage."


def report_of(*lines: str) -> Report:
    """The report `check` gives on `lines`."""
    return build_report(CATALOG, AdText("test", list(lines), []), MATCHER)


def cues_of(*lines: str) -> set[str]:
    """The different cues (of a warning about such offers) in `lines`."""
    return {m.phrase for m in MATCHER.scan(list(lines)) if m.kind == CUE}


def offers_of(*lines: str) -> list[str]:
    """The wordings of an offer of the text's own in `lines`."""
    return [m.phrase for m in MATCHER.scan(list(lines)) if m.kind == OFFER]


def one_cue_more_reads_as_a_warning(sentence: str) -> None:
    """`sentence` adds exactly one cue to BASE_CUES, which tips a text that offers nothing
    into reading as a warning: the claim and warning sign it discusses are not its own."""
    assert len(cues_of(*BASE_CUES)) == WARNING_CUES - 1
    assert not report_of(*BASE_CUES, DISCUSSED).warning
    assert len(cues_of(*BASE_CUES, sentence) - cues_of(*BASE_CUES)) == 1, sentence
    report = report_of(*BASE_CUES, sentence, DISCUSSED)
    assert report.warning, sentence
    assert report.made("benefit") == {} and report.made("red_flag") == {}


#: Offers of a text's own, each of which keeps a text full of cues an advert.
ADVERT_OFFERS = (
    "Book a free consultation with our team.",
    "Call us today.",
    "We offer stem cell injections for knees and hips.",
)


def an_advert_with_these_cues_stays_an_advert(*lines: str) -> None:
    """BASE_CUES, `lines` (new cues and an advert's hedges, claims and offer) read as an
    advert: its own regeneration and cure claims are made, not discussed."""
    report = report_of(*BASE_CUES, *lines)
    assert not report.warning
    assert "tissue-regeneration" in report.made("benefit")
    assert "cure-claim" in report.made("red_flag")
