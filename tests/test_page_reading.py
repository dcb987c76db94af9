"""A text that warns throughout, and offers nothing of its own, reads as a warning about
such offers: its claims and warning signs are discussed, not made (README, "How the
matcher reads"). An advert that borrows warning words, but offers something, stays an
advert."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from findings import DISCUSSED, cues_of, report_of

from stemcell_cli.check.report import WARNING_CUES

#: Sentences that each add one different cue (checked by `test_each_cue_sentence_adds_one_cue`).
CUE_SENTENCES = (
    "Several clinics claim their cells regrow cartilage.",
    "The agency has issued a warning about these products.",
    "The injections supposedly last for years.",
    "Watch out for high prices.",
    "Some of these offers are predatory.",
)


def warning_text(*more: str) -> list[str]:
    return [*CUE_SENTENCES[:WARNING_CUES], DISCUSSED, *more]


def test_each_cue_sentence_adds_one_cue() -> None:
    # The other tests count on this: a sentence of CUE_SENTENCES adds exactly one cue.
    for count in range(1, len(CUE_SENTENCES) + 1):
        assert len(cues_of(*CUE_SENTENCES[:count])) == count, CUE_SENTENCES[count - 1]


def test_a_text_that_warns_throughout_reads_as_a_warning() -> None:
    report = report_of(*warning_text())
    assert report.warning
    # what it names is listed, as discussed, and none of it is made
    assert report.entries("benefit") and report.entries("red_flag")
    assert report.made("benefit") == {} and report.made("red_flag") == {}
    # conditions it names stay named
    assert "osteoarthritis" in report.made("condition")


def test_one_cue_fewer_is_still_read_as_an_advert() -> None:
    lines = [*CUE_SENTENCES[: WARNING_CUES - 1], DISCUSSED]
    report = report_of(*lines)
    assert not report.warning
    assert report.made("benefit") == report.entries("benefit") != {}


def test_the_same_cue_again_counts_once() -> None:
    lines = [*CUE_SENTENCES[: WARNING_CUES - 1], CUE_SENTENCES[0], DISCUSSED]
    assert not report_of(*lines).warning


@pytest.mark.parametrize(
    "offer",
    [
        "We offer stem cell injections for knees.",
        "Our clinic uses your own cells.",
        "We proudly offer stem cells for knees.",
        "Call us today.",
        "Book a free consultation with our team.",
        "Prices start at 5,000 dollars per knee.",
    ],
)
def test_an_offer_of_its_own_keeps_an_advert_an_advert(offer: str) -> None:
    report = report_of(*warning_text(offer))
    assert not report.warning
    assert report.made("benefit") != {}


@pytest.mark.parametrize(
    "not_an_offer",
    [
        "We do not offer stem cell injections.",
        "Do not book a consultation until a doctor you trust has seen the offer.",
        "The clinic's website says call us now for a cure.",
    ],
)
def test_an_offer_negated_or_reported_is_no_offer(not_an_offer: str) -> None:
    assert report_of(*warning_text(not_an_offer)).warning


def test_the_page_says_it_reads_as_a_warning(tmp_path: Path) -> None:
    warning = tmp_path / "warning.txt"
    warning.write_text("\n".join(warning_text()) + "\n", encoding="utf-8")
    advert = tmp_path / "advert.txt"
    advert.write_text("\n".join(warning_text("Call us today to book.")) + "\n", encoding="utf-8")
    # the warning signs it names are discussed, not shown: nothing to fail on
    assert check(warning).returncode == 0
    assert check(advert).returncode == 1
    shown = check(warning, "--no-fail").stdout
    assert "This text reads as a warning about such offers, not as an advert" in shown
    assert "Claims it discusses and what the evidence says" in shown
    assert "Warning signs it discusses" in shown
    data = json.loads(check(warning, "--no-fail", "--format", "json").stdout)
    assert data["reading"] == "warning"
    assert data["verdict"].startswith("This text reads as a warning")
    other = json.loads(check(advert, "--no-fail", "--format", "json").stdout)
    assert other["reading"] == "advert"
    assert other["verdict"].startswith("This advert")


def check(path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """The installed command's `check` of a file, run in a new process."""
    return subprocess.run(
        [sys.executable, "-m", "stemcell_cli", "check", str(path), *options],
        capture_output=True,
        text=True,
    )
