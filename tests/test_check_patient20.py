"""`check`'s report as a patient reads it on real pages (patient20: the gl, gm and gn
series).

Read top to bottom on 8 train pages, two things in our own words got in a patient's way:

- a claim made by six words of a twelve-word sentence quoted under Warning signs said
  only "the same words as under Warning signs", below two signs' quotes (gl02, a TV
  story): which sentence, and which of its words? It now names its words, as a claim of
  fewer words already did; "the same words" is kept for words that are most of the quote;
- the study sign's explanation opened "A listing on clinicaltrials.gov is not a safety
  review." on pages that name no listing, only an ethics board's approval (gi07) or a
  study its patients pay for (gn01): it now opens with what holds however the sign is
  found, the ISSCR's advice to ask whether it is a formal trial and who oversees it;
- the line under the verdict said "Ask a clinic the questions listed here", and the
  questions are the last section, 50 to 65 lines down at 80 columns: it now says
  "the questions below", one word fewer.
"""

from __future__ import annotations

import re
from pathlib import Path

from installed import report

from stemcell_cli.check.matching.findings import Match
from stemcell_cli.check.report import Finding
from stemcell_cli.check.view import Quoted
from stemcell_cli.core.cache import open_catalog

#: A patient story (one sign) and a claim of six of its twelve words (the regrowth claim),
#: then a second sign's sentence: two quotes under Warning signs.
STORY = (
    "Doctors took Michael Conte's own stem cells to heal his damaged knee, with a"
    " treatment that has only lately reached Oklahoma.\n\n"
    "A procedure has saved a Tulsa man from having knee surgery, and his doctor calls it"
    " a revolution in medical care."
)
SENTENCE = "Doctors took Michael Conte's own stem cells to heal his damaged knee"


def finding(kind: str, words: str, quote: str) -> Finding:
    return Finding(Match(kind, "x", "", 1, 1, words), "X", None, "", (), quote)


def before_sources(page: str) -> str:
    return re.split(r"^(?:## )?Sources$", page, maxsplit=1, flags=re.MULTILINE)[0]


class TestAClaimOfAFewWordsOfASignsSentenceNamesThem:
    def test_six_of_twelve_words_are_named(self) -> None:
        quoted = Quoted().under("Warning signs")
        quoted.spans(finding("red_flag", "Conte's own stem cells", SENTENCE))
        quoted.under("Claims")
        spans = quoted.spans(finding("benefit", "cells to heal his damaged knee", SENTENCE))
        assert [s.text for s in spans] == [
            "\u201ccells to heal his damaged knee\u201d",
            ", quoted under Warning signs",
        ]

    def test_words_that_are_most_of_the_quote_are_the_same_words(self) -> None:
        quoted = Quoted().under("Warning signs")
        quoted.spans(finding("red_flag", "Conte's own stem cells", SENTENCE))
        quoted.under("Claims")
        most = "Michael Conte's own stem cells to heal his damaged knee"
        spans = quoted.spans(finding("benefit", most, SENTENCE))
        assert [s.text for s in spans] == ["the same words as under Warning signs"]

    def test_the_installed_report_names_them(self, tmp_path: Path) -> None:
        page = before_sources(report(tmp_path, STORY, "-f", "text"))
        assert "same words" not in page, page
        line = next(ln for ln in page.splitlines() if "Regeneration of damaged tissue (" in ln)
        assert line.lstrip("* ").startswith(
            "\u201ccells to heal his damaged knee\u201d, quoted under Warning signs (line 1,"
        ), line
        # (the sentence itself is quoted once, under Warning signs)
        assert page.count(SENTENCE) == 1


class TestTheStudySignOpensWithWhatHoldsWhereverItIsFound:
    def test_an_approval_is_not_first_told_about_a_listing(self, tmp_path: Path) -> None:
        text = "We run our own study of fat cells for knee pain.\nOur study has IRB approval."
        page = report(tmp_path, text)
        item = next(ln for ln in page.splitlines() if "Points to a study" in ln)
        why = item.split(").", 1)[1]  # (after the quote and its place)
        first = why.strip().split(". ", 1)[0]
        assert "formal trial" in first, first
        assert "listing" not in first and "clinicaltrials" not in first, first

    def test_every_fact_and_source_is_kept(self) -> None:
        flag = open_catalog().red_flags["pay-to-join-trial"]
        for fact in (
            "A listing on clinicaltrials.gov is not a safety review.",
            "clinics point to one to look real",
            "if you must pay outside a trial it oversees, you are likely being deceived",
            "part of a formal trial",
            "who oversees it",
        ):
            assert fact in " ".join(flag.why.split()), fact
        assert set(flag.references) >= {
            "fda-2021-regenerative-consumer",
            "isscr-closer-look-questions",
        }


class TestTheLineUnderTheVerdictSaysWhereTheQuestionsAre:
    def test_below_and_they_are_below(self, tmp_path: Path) -> None:
        page = report(tmp_path, STORY, "-f", "text")
        advice = next(ln for ln in page.splitlines() if ln.startswith("Do not pay"))
        assert "Ask a clinic the questions below." in advice, advice
        assert page.index("Questions to ask a clinic") > page.index(advice)
