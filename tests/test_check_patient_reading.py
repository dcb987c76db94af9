"""`check`'s report as a patient reads it on real clinic pages (patient12).

Read top to bottom on 8 train pages of benchmarks/adverts/, four things got in a
patient's way: a claim made by a few words of a warning sign's sentence said only "the
same words as under Warning signs" (which words make the claim?); "Questions to ask this
clinic" under a verdict that calls the text a page, not an advert (a news story has no
clinic of its own); a finding's sources out of order ("[3], [2], [4]", read as a slip);
and a warning sign named "sold as a travel package" on a page that only says its writer
looked abroad. Each is tested here through what the reader sees."""

from __future__ import annotations

import re
from pathlib import Path

from installed import stemcell

from stemcell_cli.check.matching.findings import Match
from stemcell_cli.check.report import Finding
from stemcell_cli.check.view import Quoted, _citing

SENTENCE = "A Revolutionary Way to Regenerate the Joint"


def finding(kind: str, words: str, quote: str) -> Finding:
    return Finding(Match(kind, "x", "", 1, 1, words), "X", None, "", (), quote)


def report(tmp_path: Path, text: str, *options: str) -> str:
    """The report of the installed command on `text` (a file: its stdin is closed)."""
    advert = tmp_path / "page.txt"
    advert.write_text(text + "\n", encoding="utf-8")
    result = stemcell("check", str(advert), "--no-fail", *options)
    assert result.returncode == 0, result.stderr
    return result.stdout


def before_sources(page: str) -> str:
    """The report above its list of sources (its heading in text or Markdown)."""
    return re.split(r"^(?:## )?Sources$", page, maxsplit=1, flags=re.MULTILINE)[0]


class TestAClaimInAQuoteAboveNamesItsWords:
    """One sentence backs a warning sign and a claim: the claim names its own words,
    quoted within the sentence above, unless they are that whole sentence."""

    def test_a_few_words_of_the_sentence_are_named(self) -> None:
        quoted = Quoted().under("Warning signs")
        quoted.spans(finding("red_flag", "Revolutionary", SENTENCE))
        quoted.under("Claims")
        spans = quoted.spans(finding("benefit", "Regenerate the Joint", SENTENCE))
        assert [s.text for s in spans] == [
            "\u201cRegenerate the Joint\u201d",
            ", quoted under Warning signs",
        ]

    def test_the_whole_sentence_again_is_the_same_words(self) -> None:
        quoted = Quoted().under("Warning signs")
        quoted.spans(finding("red_flag", SENTENCE, SENTENCE))
        quoted.under("Claims")
        spans = quoted.spans(finding("benefit", SENTENCE, SENTENCE))
        assert [s.text for s in spans] == ["the same words as under Warning signs"]

    def test_the_installed_report_names_the_claims_words(self, tmp_path: Path) -> None:
        page = report(tmp_path, f"{SENTENCE}\n\nWe offer it at our clinic.", "-f", "text")
        line = next(ln for ln in page.splitlines() if "Regeneration of damaged tissue (" in ln)
        assert line.lstrip("* ").startswith("\u201cRegenerate the Joint\u201d, quoted under")
        assert before_sources(page).count(SENTENCE) == 1


class TestQuestionsAreForTheClinicThatOffers:
    """ "this clinic" only when the text speaks as the one offering (the verdict's
    "advert"); a page that only reports a claim asks "a clinic"."""

    def test_a_page_that_reports_a_claim_asks_a_clinic(self, tmp_path: Path) -> None:
        page = report(
            tmp_path,
            "Researchers said the stem cells may regrow cartilage in knee osteoarthritis,"
            " but the study was small.",
        )
        assert "**This page " in page
        assert "## Questions to ask a clinic" in page
        assert "this clinic" not in page

    def test_an_advert_asks_this_clinic(self, tmp_path: Path) -> None:
        page = report(
            tmp_path,
            "We offer stem cell shots that regrow cartilage in knee osteoarthritis."
            " Call us to book.",
        )
        assert "**This advert " in page
        assert "## Questions to ask this clinic" in page


class TestSourcesInOrder:
    def test_a_findings_numbers_read_smallest_first(self) -> None:
        numbers = {"a": 3, "b": 2, "c": 4}
        spans = _citing(["a", "b", "unknown-id", "c"], numbers)
        assert spans[-1].text == "[2], [3], [4], unknown-id"

    def test_the_installed_report_lists_them_in_order(self, tmp_path: Path) -> None:
        page = report(tmp_path, f"{SENTENCE}\n\nWe offer it at our clinic.", "-f", "text")
        several = 0
        for line in before_sources(page).splitlines():
            if " Sources: [" in line:
                cited = line.rsplit(" Sources: ", 1)[1]
                numbers = [int(n.strip("[]")) for n in cited.split(", ")]
                assert numbers == sorted(numbers), line
                several += len(numbers) > 1
        assert several, "no finding cites two sources: the order went untested"


class TestASignsNameSaysWhatThePageSays:
    def test_looking_abroad_is_not_called_a_travel_package(self, tmp_path: Path) -> None:
        page = report(
            tmp_path,
            "Waiting five years was not possible for me, so I looked abroad for stem cell"
            " treatment of my knee.",
        )
        assert "1 warning sign" in page
        assert "package" not in before_sources(page).lower()
