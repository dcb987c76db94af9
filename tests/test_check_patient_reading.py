"""`check`'s report as a patient reads it on real clinic pages (patient12).

Read top to bottom on 8 train pages of benchmarks/adverts/, four things got in a
patient's way: a claim made by a few words of a warning sign's sentence said only "the
same words as under Warning signs" (which words make the claim?); "Questions to ask this
clinic" under a verdict that calls the text a page, not an advert (a news story has no
clinic of its own); a finding's sources out of order ("[3], [2], [4]", read as a slip);
and a warning sign named "sold as a travel package" on a page that only says its writer
looked abroad. Each is tested here through what the reader sees.

Then (patient13, 8 more train pages, most of the newest series): the page's own quote
marks left open inside ours (“"Our average patient is pain free in four weeks”); one
sentence quoted twice under Conditions, cut shorter for one condition and longer for the
next; "the words “90 percent have seen improvements”" after a quote that is nearly those
words; and "Ask the clinic" under a verdict that calls the text a page, which names no
clinic of its own.

Then (patient14, 8 more, six of the newest series): a sentence the page quotes shown in
two pairs of marks, ours and the page's made single inside them; in a terminal, a
finding's list of sources cut after "[5]," and its place after "(line"; and the closing
note's "what the clinic offers" under a page with no clinic of its own.

Then (patient15, 8 more, seven of the newest series): the conditions a warning sign
counts listed with one named twice ("eye, eye disorders, eye disorders"); and a claim's
answer that names what the page never said: "skip a joint replacement or spine
operation" under a hair clinic's non-surgical offer, "fewer side effects than
painkillers or steroids" under a page that compares its shots with an operation.

Then (patient16, 8 more, six of the newest series): the regrowth claim's answer and its
first question named "cartilage, discs or tendons" under a research centre's cells that
repair tissue damaged by burns or cancer; the osteoarthritis question asked about "the
knee" on a page that names no knee; and what the grades mean stood before "Claims ...
None found.", away from the conditions that use them.

Then (patient17, 8 more, five of the newest series and three whose quotes now keep a
leading qualifier): a question to ask a clinic that only the reader can answer ("has a
specialist told me if it needs repair first?", on five of the eight); a warning sign's
"Its 2021 page" after "FDA (the US drug agency)", whose page it is left to guess; and
in a terminal, a finding's arrow at the end of a line, pointing at nothing.

Then (patient19, 8 train pages of the newest series): one sentence quoted twice under
Conditions named when the first quote ends on a word the second has a comma after
("such as ACL tears" and "… such as ACL tears, degenerative disc disease, ..."); the
safety claim's answer "fewer side effects than other treatments" under pages that said
only "safe", "without any complications" or "No rejection"; and a warning sign named
"Charges you to join a study" on a page that only says its study has IRB approval."""

from __future__ import annotations

import re
from pathlib import Path

from installed import report, stemcell
from plainlang import check_first, questions, sentences

from stemcell_cli.check.matching.findings import Match
from stemcell_cli.check.report import Finding
from stemcell_cli.check.view import Quoted, _citing, _in_quotes, _named_once, _sign_words
from stemcell_cli.core.cache import open_catalog
from stemcell_cli.render.rich import line_spans

SENTENCE = "A Revolutionary Way to Regenerate the Joint"


def finding(kind: str, words: str, quote: str) -> Finding:
    return Finding(Match(kind, "x", "", 1, 1, words), "X", None, "", (), quote)


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


class TestThePagesQuoteMarksNest:
    """The page's own double quote marks, inside ours, become single ones, and one whose
    partner the quote cut off is given it: no mark is left open."""

    def test_a_mark_left_open_is_closed(self) -> None:
        assert _in_quotes('"Our average patient is pain free in four weeks') == (
            "\u201c\u2018Our average patient is pain free in four weeks\u2019\u201d"
        )
        assert _in_quotes('he said, "I was pain free.') == (
            "\u201che said, \u2018I was pain free.\u2019\u201d"
        )

    def test_a_mark_closed_without_its_opening_is_opened(self) -> None:
        assert _in_quotes('pain free," he said') == "\u201c\u2018pain free,\u2019 he said\u201d"

    def test_marks_in_pairs_are_kept_in_pairs(self) -> None:
        assert _in_quotes("cells sold as \u201cmiracle\u201d shots") == (
            "\u201ccells sold as \u2018miracle\u2019 shots\u201d"
        )
        assert _in_quotes("the patient's own cells") == "\u201cthe patient's own cells\u201d"
        # a straight mark inside a word opens when none is open (review: an HTML attribute
        # had opened the quote with two stray marks)
        assert _in_quotes('see <a href="https://x.example/a">here</a>.') == (
            "\u201csee <a href=\u2018https://x.example/a\u2019>here</a>.\u201d"
        )

    def test_a_mark_before_a_cut_or_after_a_dash_closes_an_open_one(self) -> None:
        # (review5) the "…" of a cut right after a mark, and a mark after a dash that ends
        # an open quote, had opened a second quote
        assert _in_quotes('\u2026called it "a cure"\u2026') == (
            "\u201c\u2026called it \u2018a cure\u2019\u2026\u201d"
        )
        assert _in_quotes('"We cure\u2014" he said') == (
            "\u201c\u2018We cure\u2014\u2019 he said\u201d"
        )
        assert _in_quotes('and "\u2014" then') == "\u201cand \u2018\u2014\u2019 then\u201d"
        # a mark after a dash or a bracket still opens
        assert _in_quotes('it\u2014"cure" ("free")') == (
            "\u201cit\u2014\u2018cure\u2019 (\u2018free\u2019)\u201d"
        )

    def test_the_installed_report_leaves_no_mark_open(self, tmp_path: Path) -> None:
        page = report(
            tmp_path,
            '"Our average patient is pain free in four weeks," Dr. Smith said of the shots.',
            "-f",
            "text",
        )
        line = next(ln for ln in page.splitlines() if "Promises results" in ln)
        assert '"' not in line
        assert "\u2018Our average patient is pain free in four weeks\u2019" in line


CONDITIONS = (
    "Many patients look to regenerative therapies for osteoarthritis, meniscus injuries,"
    " ligament sprains or tendon damage."
)


class TestOneSentenceIsQuotedOnce:
    """A quote that holds a whole quote above is that sentence again, cut longer: the
    finding shows its own words, from the sentence quoted above."""

    def test_a_longer_cut_of_a_sentence_above_shows_its_own_words(self) -> None:
        quoted = Quoted().under("Conditions named")
        shorter = "Many patients look to regenerative therapies for osteoarthritis"
        quoted.spans(finding("condition", "osteoarthritis", shorter))
        spans = quoted.spans(finding("condition", "tendon damage", CONDITIONS))
        assert [s.text for s in spans] == [
            "\u201ctendon damage\u201d",
            ", from the sentence quoted above",
        ]

    def test_a_few_words_quoted_above_do_not_make_a_sentence(self) -> None:
        quoted = Quoted().under("Warning signs")
        quoted.spans(finding("red_flag", "safely", "safely"))
        quoted.under("Claims")
        spans = quoted.spans(finding("benefit", "heals wounds", CONDITIONS))
        assert [s.text for s in spans] == [f"\u201c{CONDITIONS}\u201d"]

    def test_the_installed_report_quotes_the_sentence_once(self, tmp_path: Path) -> None:
        page = before_sources(report(tmp_path, CONDITIONS, "-f", "text"))
        assert "Osteoarthritis (" in page
        assert "Tendon and ligament injuries (" in page
        assert page.count("regenerative therapies for osteoarthritis") == 1
        assert ", from the sentence quoted above" in page


class TestASignsWordsAreNamedWhenTheQuoteIsLonger:
    def test_a_quote_nearly_the_words_does_not_name_them_again(self) -> None:
        sign = finding(
            "red_flag",
            "90 percent have seen improvements",
            "85 to 90 percent have seen improvements.",
        )
        assert _sign_words(sign, []) == []

    def test_a_longer_quote_names_them(self) -> None:
        sign = finding(
            "red_flag",
            "90 percent have seen improvements",
            "Of all the patients we treated last year, 85 to 90 percent have seen improvements.",
        )
        assert [s.text for s in _sign_words(sign, [])][1] == (
            "\u201c90 percent have seen improvements\u201d"
        )

    def test_the_installed_report_says_it_once(self, tmp_path: Path) -> None:
        page = report(
            tmp_path, "At our clinic, 85 to 90 percent have seen improvements.", "-f", "text"
        )
        line = next(ln for ln in page.splitlines() if "Quotes very high success rates" in ln)
        assert line.count("90 percent have seen improvements") == 1


class TestWhatToDoNamesNoClinicThePageHasNot:
    def test_a_page_is_told_to_ask_a_clinic(self, tmp_path: Path) -> None:
        page = report(
            tmp_path,
            "Researchers said the stem cells may regrow cartilage in knee osteoarthritis,"
            " but the study was small.",
        )
        assert "**This page " in page
        first = page.split("## When to see a doctor", 1)[0]
        assert "Do not pay or sign anything yet." in first
        assert "the clinic" not in first


SAID = (
    "Our shots heal knees, Dr. Lee explained."
    ' "This ensures patients can maintain the same joint for a lifetime."'
)


class TestASentenceThePageQuotesIsInOnePairOfMarks:
    """The page's own marks around the whole quote are dropped: ours say the same
    (patient14: "This ensures patients can maintain the same joint for a lifetime." was
    shown in our double marks with the page's, made single, inside them)."""

    def test_marks_around_the_whole_quote_are_dropped(self) -> None:
        assert _in_quotes('"This ensures a lifetime."') == "\u201cThis ensures a lifetime.\u201d"
        assert _in_quotes("\u201cIt works!\u201d") == "\u201cIt works!\u201d"

    def test_a_quoted_sentence_whose_closing_mark_was_left_outside_is_one_pair(self) -> None:
        # the sentence ends at its full stop: the page's closing mark stands after it
        assert _in_quotes('"This ensures a lifetime.') == "\u201cThis ensures a lifetime.\u201d"
        assert _in_quotes('"He called it "a cure" too!') == (
            "\u201cHe called it \u2018a cure\u2019 too!\u201d"
        )

    def test_marks_around_part_of_the_quote_are_kept(self) -> None:
        assert _in_quotes('"cure" and "free"') == (
            "\u201c\u2018cure\u2019 and \u2018free\u2019\u201d"
        )
        assert _in_quotes('"a" b "c.') == "\u201c\u2018a\u2019 b \u2018c.\u2019\u201d"
        # a quote cut inside the page's (no stop at its end) still shows it goes on
        assert _in_quotes('"Our average patient') == ("\u201c\u2018Our average patient\u2019\u201d")

    def test_the_installed_report_shows_one_pair(self, tmp_path: Path) -> None:
        page = report(tmp_path, SAID, "-f", "text")
        line = next(ln for ln in page.splitlines() if "Promises a permanent fix" in ln)
        assert "\u201cThis ensures patients" in line
        assert "\u2018" not in line
        assert "\u2019" not in line


#: A quotation of two sentences: the claim is in the second, whose closing mark stands
#: after its stop while its opening mark stands before the first.
QUOTATION = (
    'Dr. Lee told us: "Our cells are amazing. They help repair your joints." Visit our clinic.'
)


class TestTheLastSentenceOfAQuotationIsInOnePairOfMarks:
    """The closing mark of a quotation of several sentences, after the stop of the last
    one quoted, is dropped too (review8: the page's mark, made single in ours, was given
    an opening one before "They" that the page does not have)."""

    def test_its_closing_mark_is_dropped(self) -> None:
        assert _in_quotes('They help repair your joints."') == (
            "\u201cThey help repair your joints.\u201d"
        )
        assert _in_quotes("It works!\u201d") == "\u201cIt works!\u201d"
        assert _in_quotes('We call it "a cure." It lasts."') == (
            "\u201cWe call it \u2018a cure.\u2019 It lasts.\u201d"
        )

    def test_a_closing_mark_with_words_after_it_is_opened(self) -> None:
        assert _in_quotes('pain free." he said') == "\u201c\u2018pain free.\u2019 he said\u201d"
        # no stop before it: the quote is cut inside the page's quotation
        assert _in_quotes('repair your joints"') == "\u201c\u2018repair your joints\u2019\u201d"

    def test_the_installed_report_shows_one_pair(self, tmp_path: Path) -> None:
        for form in ("markdown", "rich", "text"):
            page = report(tmp_path, QUOTATION, "-f", form)
            line = next(ln for ln in page.splitlines() if "repair your joints" in ln)
            assert "\u201cThey help repair your joints.\u201d" in line, (form, line)
            assert "\u2018" not in line, (form, line)


#: A source's number or a place's at the start of a line of the terminal's report.
BROKEN = re.compile(r"^\s*(?:\[\d+\]|\d+, column)")


class TestATerminalKeepsSourcesAndPlacesWhole:
    """`-f rich` cuts no list of a finding's sources ("Sources: [4], [5]," / "[6]") and no
    place ("(line" / "15, column 1") across two lines (patient14)."""

    def test_a_line_is_not_cut_inside_them(self) -> None:
        text = "shot (line 22, column 12). Serious harm has happened. Sources: [4], [5], [6]"
        for width in range(24, len(text)):
            lines = [text[start:end] for start, end in line_spans(text, width)]
            assert not any(BROKEN.match(line) for line in lines), (width, lines)
            assert not any(line.endswith(("(line", "Sources:")) for line in lines), lines

    def test_a_list_longer_than_a_line_is_still_cut(self) -> None:
        lines = [
            "Sources: [1], [2], [3]"[start:end]
            for start, end in line_spans("Sources: [1], [2], [3]", 10)
        ]
        assert all(len(line) <= 10 for line in lines)
        assert "".join(lines).replace(" ", "") == "Sources:[1],[2],[3]"

    def test_the_installed_report_in_a_terminal(self, tmp_path: Path) -> None:
        advert = tmp_path / "page.txt"
        advert.write_text(
            "Our stem cell shots regrow cartilage and heal knee arthritis without surgery,"
            " with no side effects at all. Both are safe and effective alternatives to"
            " surgery, tailored to the specific needs of each patient.\n",
            encoding="utf-8",
        )
        for columns in ("72", "80", "100"):
            result = stemcell("check", str(advert), "--no-fail", "-f", "rich", COLUMNS=columns)
            assert result.returncode == 0, result.stderr
            body = before_sources(result.stdout)
            assert "Sources: [" in body
            assert not [ln for ln in body.splitlines() if BROKEN.match(ln)], (columns, body)
            assert not [ln for ln in body.splitlines() if ln.endswith("(line")], body


class TestTheClosingNoteNamesNoClinicThePageHasNot:
    def test_a_page_is_not_said_to_offer(self, tmp_path: Path) -> None:
        page = report(
            tmp_path,
            "Researchers said the stem cells may regrow cartilage in knee osteoarthritis,"
            " but the study was small.",
        )
        note = page.rstrip().splitlines()[-1]
        assert "does not prove what the page claims." in note
        assert "clinic" not in note

    def test_an_advert_is(self, tmp_path: Path) -> None:
        page = report(
            tmp_path,
            "We offer stem cell shots that regrow cartilage in knee osteoarthritis."
            " Call us to book.",
        )
        assert "does not prove what the clinic offers." in page.rstrip().splitlines()[-1]


class TestEachConditionIsNamedOnce:
    """The many-conditions sign lists each condition the page names once."""

    def test_a_name_inside_another_is_left_out(self) -> None:
        listed = "Parkinson's disease, eye, eye disorders, Eye  disorders, lung problems"
        assert _named_once(listed) == "Parkinson's disease, eye disorders, lung problems"

    def test_names_that_only_share_letters_stay(self) -> None:
        assert _named_once("eyes, eye disorders, lupus") == "eyes, eye disorders, lupus"

    def test_the_installed_report(self, tmp_path: Path) -> None:
        page = report(
            tmp_path,
            "Our clinic offers stem cell shots. We treat Parkinson's disease, eye\n"
            "disorders, lung problems, arthritis and more.",
        )
        listed = re.search(r"the page names \*(.*?)\* \(from", page)
        assert listed, page
        names = listed.group(1).split(", ")
        assert len(names) == len(set(names)), names
        assert "eye" not in names
        assert {"Parkinson's disease", "eye disorders", "lung problems"} <= set(names)


class TestAClaimsAnswerSaysOnlyWhatTheClaimIs:
    """The line that says what a claim is names no operation or treatment the page did
    not name: the page's own words are in the quote beside it."""

    PAGE = (
        "Our clinic offers stem cell shots. Dr. Stavrakos can help if you want"
        " non-surgical hair restoration. Our cell therapy has a lower risk of"
        " complications such as infection or a reaction to anesthesia."
    )

    def test_the_installed_report(self, tmp_path: Path) -> None:
        page = before_sources(report(tmp_path, self.PAGE))
        said = set(re.findall(r"[a-z]+", self.PAGE.casefold()))
        for name in ("Avoiding invasive surgery", "Fewer side effects"):
            line = next((ln for ln in page.splitlines() if f"**{name}**" in ln), "")
            claim = re.search(r"The claim that [^.]*\.", line)
            assert claim, (name, page)
            for word in ("joint", "spine", "painkillers", "steroids", "replacement"):
                assert word not in claim.group(0) or word in said, claim.group(0)


class TestTheRegrowthClaimNamesNoTissueThePageDidNot:
    """The regrowth claim's answer and its question name no body part: the page's own
    words, in the quote beside them, say which tissue it means."""

    PAGE = (
        "Our new centre offers stem cell therapy. Our cells regenerate tissues damaged by"
        " burns and diabetes."
    )

    def test_the_installed_report(self, tmp_path: Path) -> None:
        page = before_sources(report(tmp_path, self.PAGE))
        line = next((ln for ln in page.splitlines() if "**Regeneration" in ln), "")
        claim = re.search(r"The claim that [^.]*\.", line)
        assert claim, page
        questions = page.split("## Questions", 1)[-1]
        assert "scans show that your cells rebuilt" in questions, page
        for word in ("cartilage", "disc", "tendon", "joint", "knee"):
            assert word not in claim.group(0), claim.group(0)
            assert word not in questions, questions


class TestTheArthritisQuestionsNameNoKneeThePageDidNot:
    """Osteoarthritis is of any joint: its questions ask about "the joint"."""

    def test_the_installed_report(self, tmp_path: Path) -> None:
        page = report(
            tmp_path, "Our clinic offers stem cell shots for osteoarthritis of the hands."
        )
        questions = before_sources(page).split("## Questions", 1)[-1]
        assert "Who treats me if" in questions, page
        assert "knee" not in questions, questions


class TestWhatTheGradesMeanStandsBeforeTheirFirstUse:
    """The grades' plain words come just before the first section that names a grade:
    the claims, or the conditions when the page makes no claim."""

    @staticmethod
    def headings(page: str) -> list[str]:
        return [ln for ln in page.splitlines() if ln.startswith("## ")]

    def test_no_claim_the_conditions(self, tmp_path: Path) -> None:
        page = report(tmp_path, "I have had low-back pain ever since I took up cycling.")
        headings = self.headings(page)
        grades = headings.index("## What the evidence grades mean")
        assert headings[grades - 1].startswith("## Claims"), headings
        assert headings[grades + 1] == "## Conditions named", headings
        claims = page.split("## Claims", 1)[1].split("## What the evidence", 1)[0]
        assert "None found." in claims, page

    def test_a_claim_the_claims(self, tmp_path: Path) -> None:
        page = report(tmp_path, f"{SENTENCE}\n\nWe offer it for knee osteoarthritis.")
        headings = self.headings(page)
        grades = headings.index("## What the evidence grades mean")
        assert headings[grades + 1].startswith("## Claims"), headings
        assert "## Conditions named" in headings[grades + 2 :], headings


class TestAQuestionAsksWhatAClinicCanAnswer:
    """Each question is asked of a clinic: none asks it what someone has told the reader
    ("has a specialist told me if it needs repair first?"), which only the reader knows."""

    TOLD = re.compile(r"\btold (?:me|you)\b", re.IGNORECASE)

    def test_no_question_asks_what_the_reader_was_told(self) -> None:
        told = [where for where, text in questions(open_catalog()) if self.TOLD.search(text)]
        assert not told, told

    def test_the_installed_report(self, tmp_path: Path) -> None:
        page = report(tmp_path, "We offer stem cell shots for a torn tendon or ligament.")
        asked = before_sources(page).split("## Questions", 1)[-1]
        assert "Is my tendon or ligament fully torn?" in asked, page
        assert not self.TOLD.search(asked), asked


class TestAWarningSignSaysWhosePageItIs:
    """No sentence of the report's own words opens with "Its" or "Their": the owner
    stood in an earlier sentence, often behind a short name's gloss ("FDA (the US drug
    agency) has not approved. Its 2021 page ..."), and the product was as near."""

    def test_no_sentence_opens_with_a_possessive(self) -> None:
        opening = [
            (where, sentence)
            for where, text in check_first(open_catalog())
            for sentence in sentences(text)
            if re.match(r"(?:Its|Their)\b", sentence)
        ]
        assert not opening, opening

    def test_the_installed_report(self, tmp_path: Path) -> None:
        page = report(
            tmp_path,
            "Our clinic offers stem cell shots. We treat Parkinson's disease, autism,"
            " heart failure, lung problems, arthritis and more.",
        )
        sign = next((ln for ln in page.splitlines() if "many unrelated conditions" in ln), "")
        assert "FDA (the US drug agency)" in sign, page
        assert "A 2021 FDA page for patients" in sign, sign


class TestATerminalKeepsAnArrowWithWhatItPointsAt:
    """`-f rich` ends no line with a finding's arrow: the line is cut before "→", which
    starts the next line with the name it points at (patient17)."""

    TEXT = "\u201cheal torn tendon\u201d (line 9, column 83; also lines 26, 46) \u2192 Rotator"

    def test_a_line_is_not_cut_after_the_arrow(self) -> None:
        for width in range(20, len(self.TEXT)):
            lines = [self.TEXT[start:end] for start, end in line_spans(self.TEXT, width)]
            assert not any(line.endswith("\u2192") for line in lines), (width, lines)
            assert "".join(lines).replace(" ", "") == self.TEXT.replace(" ", "")

    def test_the_installed_report_in_a_terminal(self, tmp_path: Path) -> None:
        advert = tmp_path / "page.txt"
        advert.write_text(
            "The study checks whether stem cells from donated umbilical cords can help"
            " partial rotator cuff tears heal. Our stem cell shots regrow cartilage and"
            " heal knee arthritis without surgery.\n",
            encoding="utf-8",
        )
        for columns in range(60, 101, 4):
            result = stemcell("check", str(advert), "--no-fail", "-f", "rich", COLUMNS=str(columns))
            assert result.returncode == 0, result.stderr
            body = before_sources(result.stdout)
            assert "\u2192" in body
            ends = [ln for ln in body.splitlines() if ln.rstrip().endswith("\u2192")]
            assert not ends, (columns, ends)


class TestAWindowPastACommaIsTheSameSentence:
    """A window of a sentence overlaps a quote above that ends on a word the window has
    a mark after ("tears" and "tears,"): it is the same sentence, shown once (patient19)."""

    LIST = (
        "Those who have benefited most from stem cell therapy suffer chronic pain from"
        " musculoskeletal conditions such as ACL tears, degenerative disc disease, golf"
        " elbow, tennis elbow, arthritis, and other similar conditions."
    )

    def test_a_window_past_a_comma_is_the_same_sentence(self) -> None:
        first = self.LIST.split(",")[0]
        window = "\u2026 " + self.LIST.split("benefited most from ")[1]
        quoted = Quoted().under("Conditions named")
        quoted.spans(finding("condition", "ACL tears", first))
        spans = quoted.spans(finding("condition", "degenerative disc disease", window))
        assert [s.text for s in spans] == [
            "\u201cdegenerative disc disease\u201d",
            ", from the sentence quoted above",
        ]

    def test_the_installed_report_quotes_the_sentence_once(self, tmp_path: Path) -> None:
        page = before_sources(report(tmp_path, self.LIST, "-f", "text"))
        assert page.count("suffer chronic pain") == 1, page
        assert "Spinal disc injuries" in page


class TestAnswersSayWhatThePageSaid:
    """The safety claim's answer names a bare "safe" among what it answers, not only
    "fewer side effects than other treatments"; a warning sign found by a study's IRB
    approval does not say the page charges to join it (patient19)."""

    def test_a_page_that_says_safe_is_answered_as_saying_safe(self, tmp_path: Path) -> None:
        page = report(tmp_path, "We offer stem cell shots. Our treatments are safe and effective.")
        line = next(ln for ln in page.splitlines() if "**Fewer side effects**" in ln)
        answer = line.split("\u2192", 1)[1]
        assert re.search(r"\bare safe\b", answer), answer

    def test_an_irb_approval_is_not_told_as_a_fee(self, tmp_path: Path) -> None:
        page = report(tmp_path, "Our study of fat stem cells for knee pain has IRB approval.")
        sign = next(ln for ln in page.splitlines() if "IRB approval" in ln)
        name = sign.split("**")[1]
        assert "study" in name, sign
        assert not name.startswith("Charges"), name


class TestASentenceEndIsNoCut:
    """review14: a quote ending a sentence ("... suffer chronic pain.") and a window of
    another sentence that starts with the same words ("… suffer chronic pain from ...")
    are two sentences: the window is quoted, not told "from the sentence quoted above"
    (patient19's marks off the words took the full stop off too)."""

    END = "Knee arthritis patients we have seen over many years of practice suffer chronic pain."
    LIST = (
        "Those who have benefited most from stem cell therapy in our long experience over"
        " many years of practice suffer chronic pain from conditions such as ACL tears,"
        " degenerative disc disease, golf elbow, tennis elbow, arthritis, and other similar"
        " conditions."
    )

    def test_a_full_stop_ends_the_overlap(self) -> None:
        window = "\u2026 many years of practice suffer chronic pain from conditions such as"
        window += " ACL tears"
        quoted = Quoted().under("Conditions named")
        quoted.spans(finding("condition", "Knee arthritis", self.END))
        spans = quoted.spans(finding("condition", "ACL tears", window))
        assert [s.text for s in spans] == [_in_quotes(window)]

    def test_the_installed_report_quotes_both_sentences(self, tmp_path: Path) -> None:
        page = before_sources(report(tmp_path, f"{self.END} {self.LIST}", "-f", "text"))
        assert page.count("suffer chronic pain.") == 1, page
        assert "suffer chronic pain from conditions such as ACL tears" in page, page
        assert "from the sentence quoted above" not in page.split("ACL tears")[0], page
