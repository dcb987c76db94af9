"""`check`'s report as a patient reads it on real pages (patient21: the go, gp and gq
series).

Read top to bottom on 6 train pages, two things got in a patient's way:

- a page selling a shot of heated blood serum (gp04), with no word of stem cells, was
  answered "The claim that stem cells calm inflammation": it told the reader the page
  said what it did not. The answer now says "a treatment", and that the evidence is
  about stem cells, in no more words;
- a line of a dozen complaints (gp05) was named as a list under Warning signs and
  then quoted whole again under Conditions named. The condition now shows its own
  words, "from the list under Warning signs".
"""

from __future__ import annotations

import re
from pathlib import Path

from installed import report

from stemcell_cli.check.matching.findings import Match
from stemcell_cli.check.report import MANY_CONDITIONS_ID, Finding
from stemcell_cli.check.view import Quoted

PAGE = (
    "Our supernatant drip is used for thinning hair, fine lines on the face, rough skin,"
    " stiff shoulders, low back pain, numb limbs, tired eyes, insomnia, etc.\n\n"
    "For our injections the blood is heated to release a natural anti-inflammatory."
)
LINE = PAGE.split("\n", 1)[0]


def before_sources(page: str) -> str:
    return re.split(r"^(?:## )?Sources$", page, maxsplit=1, flags=re.MULTILINE)[0]


def finding(kind: str, entry: str, words: str, quote: str, line: int = 1) -> Finding:
    phrase = "" if kind == "red_flag" else "x"
    return Finding(Match(kind, entry, phrase, line, 1, words), "X", None, "", (), quote)


LISTED = "thinning hair, fine lines on the face, rough skin, low back pain, tired eyes"


class TestAConditionOnAListedLineShowsItsOwnWords:
    def listed(self) -> Quoted:
        quoted = Quoted().under("Warning signs")
        quoted.listed(finding("red_flag", MANY_CONDITIONS_ID, LISTED, LISTED))
        return quoted.under("Conditions named")

    def test_the_line_again_is_not_quoted(self) -> None:
        spans = self.listed().spans(finding("condition", "back", "low back pain, numb limbs", LINE))
        assert [s.text for s in spans] == [
            "\u201clow back pain, numb limbs\u201d",
            ", from the list under Warning signs",
        ]

    def test_another_line_is_quoted(self) -> None:
        spans = self.listed().spans(finding("condition", "back", "low back pain", LINE, line=3))
        assert [s.text for s in spans] == [f"\u201c{LINE}\u201d"]

    def test_a_sentence_with_one_listed_name_is_quoted(self) -> None:
        sentence = "My low back pain came back after a fall."
        spans = self.listed().spans(finding("condition", "back", "low back pain", sentence))
        assert [s.text for s in spans] == [f"\u201c{sentence}\u201d"]

    def test_the_installed_report_quotes_the_line_once(self, tmp_path: Path) -> None:
        page = before_sources(report(tmp_path, PAGE, "-f", "text"))
        assert page.count("fine lines on the face") == 1, page
        line = next(ln for ln in page.splitlines() if "Chronic back and neck pain (" in ln)
        assert "\u201clow back pain, numb limbs\u201d, from the list under Warning signs" in line


class TestAnAnswerSaysOnlyWhatThePageSaid:
    def test_a_serum_page_is_not_told_it_claims_stem_cells(self, tmp_path: Path) -> None:
        page = before_sources(report(tmp_path, PAGE, "-f", "text"))
        line = next(ln for ln in page.splitlines() if "Reduced inflammation (" in ln)
        assert "stem cells calm" not in line, line
        assert "Stem cells do this in animals. In people" in line, line
