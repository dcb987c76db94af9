"""`check`'s report as a patient reads it (report3): quotes that make sense on their own,
each said once, grades in words, and a short list of sources.

Reviews of report2 found quotes too short to tell what the clinic said ("safe", a heading
cut short), one phrase of the advert quoted in full under two or three findings, grades
shown as slugs ("evidence: not-supported"), and a list of sources (full author lists,
ids) longer than the rest of the report.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stemcell_cli.check.matching.wordings import matcher_for
from stemcell_cli.check.page.source import AdText
from stemcell_cli.check.quotes import LONGEST, SHORT
from stemcell_cli.check.report import build_report
from stemcell_cli.cli.app import app
from stemcell_cli.core.cache import open_catalog
from stemcell_cli.core.grades import Grade

SEED = Path(__file__).parent / "fixtures" / "seed.txt"
SCRIPT = str(Path(sys.executable).parent / "stemcell")
CATALOG = open_catalog()
MATCHER = matcher_for(CATALOG)
QUOTE = re.compile(r"\u201c(.+?)\u201d")


def shown(*lines: str) -> dict[str, str]:
    """The quote the report shows for each entry found first in `lines`."""
    report = build_report(CATALOG, AdText("test", list(lines), []), MATCHER)
    return {f.match.entry_id: f.quote for f in reversed(report.findings)}


def words(text: str) -> int:
    return len([w for w in text.split() if w != "\u2026"])


def seed_page(fmt: str, *options: str) -> str:
    result = CliRunner().invoke(app, [*options, "check", str(SEED), "-f", fmt, "--no-fail"])
    assert result.exit_code == 0, result.output
    return result.stdout


def before_sources(page: str) -> str:
    return page.split("Sources\n", 1)[0]


#: A finding's own words shown within a quote above, not a quote of their own.
REFERRED = re.compile(r"\u201d, (?:quoted|from the sentence quoted) (?:above|under )")


def finding_quotes(page: str) -> list[str]:
    """The quotes of the findings' lines of a text page (a line, then its quote); a
    finding's own words referred to a longer quote above are not a quote of their own."""
    found = []
    for line in before_sources(page).splitlines():
        if line.lstrip().startswith("* "):
            quote = QUOTE.search(line)
            if quote and not REFERRED.match(line, quote.end() - 1):
                found.append(quote.group(1))
    return found


class TestAShortQuoteShowsItsSentence:
    """A quote of fewer than SHORT words, or one that stops inside its clause, shows the
    advert's own words around it: its clause, else its sentence, else a window of words
    cut at word boundaries, with "…" where cut; never more than LONGEST words."""

    def test_a_name_in_a_list_shows_its_sentence(self) -> None:
        line = (
            "This is particularly valuable for conditions like arthritis, tendinitis,"
            " and degenerative disc disease."
        )
        found = shown(line)
        assert found["tendon-and-ligament-injuries"] == line
        assert found["spinal-disc-injuries"] == line

    def test_a_short_quote_in_a_long_sentence_shows_its_clause(self) -> None:
        found = shown(
            "Stem cell therapy represents a paradigm shift in pain management, moving from"
            " mere symptom control to potentially addressing the root causes of chronic"
            " pain in people of every age and in every walk of life."
        )
        assert found["miracle-language"] == (
            "Stem cell therapy represents a paradigm shift in pain management"
        )

    def test_a_long_sentence_without_clauses_shows_a_window_cut_at_words(self) -> None:
        line = (
            "Our friendly team of caring doctors and nurses in our modern clinic near the"
            " sea offers a miracle treatment to each of the many patients who come to see"
            " us from all over the country and from many other countries every year."
        )
        quote = shown(line)["miracle-language"]
        assert quote.startswith("\u2026 ") and quote.endswith(" \u2026")
        inner = quote.removeprefix("\u2026 ").removesuffix(" \u2026")
        assert inner in line and "miracle" in inner
        start = line.index(inner)
        assert start == 0 or line[start - 1] == " "  # whole words
        end = start + len(inner)
        assert end == len(line) or line[end] == " "
        assert words(quote) <= LONGEST

    def test_a_quote_long_enough_and_ending_its_clause_stays_as_it_is(self) -> None:
        found = shown("Our stem cell injections modulates inflammation, and may help you.")
        # (two words, but the clause has no more: the sentence is shown)
        assert found["reduced-inflammation"].startswith("Our stem cell injections")
        found = shown(
            "After a long wait the injections reduce inflammation in the knee joint quickly,"
            " which many patients like."
        )
        assert found["reduced-inflammation"].startswith("After a long wait")

    def test_a_quote_that_starts_inside_its_clause_shows_the_clause(self) -> None:
        # (review4: a real page's "Tears in the rotator cuff can occur by injury, ..."
        # was quoted from "rotator cuff", which hides what the page said of the cuff)
        found = shown(
            "Tears in the rotator cuff can occur by injury, such as over-stressing the"
            " shoulder, or they can start to form in middle age."
        )
        assert found["rotator-cuff-tears"] == "Tears in the rotator cuff can occur by injury"

    def test_a_window_is_not_cut_right_after_a_joining_word(self) -> None:
        # (review4: a window ended "tendon and ligament …", cut inside its phrase)
        for line in (
            "Our friendly team of caring doctors and nurses in our modern clinic near the"
            " sea offers a miracle treatment to each of the many patients who come to see"
            " us from all over the country and from many other countries every year.",
            "Our friendly team of caring doctors and nurses in our modern clinic near the"
            " sea offers a miracle treatment to each of the patients who come from near"
            " and far with tendon and ligament injuries every year.",
        ):
            quote = shown(line)["miracle-language"]
            assert quote.endswith(" \u2026") and "miracle" in quote
            last, cut = quote.removesuffix(" \u2026").split()[-2:]
            assert cut not in {"and", "or", "of", "the"}, quote
            assert last not in {"and", "or", "of", "the"}, quote
            assert words(quote) <= LONGEST

    def test_a_clause_opening_with_and_takes_the_clause_before_it(self) -> None:
        # (review4: "and release growth factors that aid in healing." was quoted alone)
        found = shown(
            "Our injections calm the joint, and release growth factors that aid in healing"
            " of damaged tissue."
        )
        assert found["tissue-regeneration"] == (
            "Our injections calm the joint, and release growth factors that aid in healing"
            " of damaged tissue."
        )

    def test_a_window_to_the_sentence_end_is_not_cut(self) -> None:
        line = (
            "Our friendly team of caring doctors and nurses in our modern clinic near the"
            " sea offers a miracle treatment to each patient that heals the joint instead"
            " of hiding the pain."
        )
        assert shown(line)["miracle-language"].endswith("instead of hiding the pain.")

    def test_a_comma_in_a_number_does_not_part_clauses(self) -> None:
        found = shown(
            "The treatment costs about $5,000, and many patients repair damaged cartilage"
            " in their knees."
        )
        assert found["tissue-regeneration"].startswith("The treatment costs about $5,000,")

    def test_a_clause_opening_with_and_after_a_long_one_drops_the_and(self) -> None:
        found = shown(
            "Our friendly team of caring doctors and nurses in our modern clinic near the sea"
            " welcomes patients from all over the country every single day of the week,"
            " and release growth factors that aid in healing of damaged tissue in the knee."
        )
        assert found["tissue-regeneration"] == (
            "release growth factors that aid in healing of damaged tissue in the knee."
        )

    def test_a_heading_is_never_joined_to_the_next_line(self) -> None:
        lines = ["Healing", "Mesenchymal stem cells repair damaged cartilage in your knee."]
        found = shown(*lines)
        assert "Healing" not in found["tissue-regeneration"]
        assert found["tissue-regeneration"] in lines[1]

    def test_a_wrapped_sentence_is_shown_on_one_line(self) -> None:
        lines = [
            "Thanks to these built-in properties, stem cells and the growth factors that come",
            "with them can lower inflammation, heal injuries and can even slow the",
            "degeneration down.",
        ]
        found = shown(*lines)
        assert found["reduced-inflammation"] == (
            "stem cells and the growth factors that come with them can lower inflammation"
        )

    def test_the_place_is_still_the_matched_words(self) -> None:
        line = "We treat arthritis, tendinitis, and bad backs."
        report = build_report(CATALOG, AdText("test", [line], []), MATCHER)
        for finding in report.findings:
            match = finding.match
            assert line[match.column - 1 :].startswith(match.text)
            assert match.text in finding.quote or finding.match.kind == "red_flag"

    def test_no_quote_of_the_seed_is_longer_than_the_cap(self) -> None:
        report = build_report(CATALOG, AdText("seed", SEED.read_text().splitlines(), []), MATCHER)
        for finding in report.findings:
            if finding.quote != finding.match.text:  # (widened: within the cap)
                assert words(finding.quote) <= LONGEST, finding.quote
        assert SHORT < LONGEST

    def test_a_quote_under_four_words_on_the_seed_is_a_whole_heading(self) -> None:
        # ("2. Reduced Inflammation:": a heading is never joined to the line after it)
        found = finding_quotes(seed_page("text"))
        lines = [line.strip().rstrip(":") for line in SEED.read_text().splitlines()]
        short = [q for q in found if words(q) < 4]
        assert all(any(line.endswith(q) for line in lines) for q in short), short

    def test_escapes_in_the_advert_are_cleaned_from_the_wider_quote(self) -> None:
        text = "We offer a \x1b[31mmiracle\x1b[0m cure for all of your joint problems today.\n"
        result = subprocess.run(
            [SCRIPT, "check", "-", "--no-fail"], input=text, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout
        assert "miracle cure for all of your joint problems" in result.stdout

    def test_json_keeps_the_matched_words_and_adds_the_quote(self) -> None:
        data = json.loads(seed_page("json"))
        tendon = next(f for f in data["findings"] if f["id"] == "tendon-and-ligament-injuries")
        assert tendon["text"] == "tendinitis"
        assert tendon["quote"].startswith("This is particularly valuable")

    def test_json_names_the_wording_of_the_data_that_made_each_finding(self) -> None:
        """`phrase` is the wording as the data writes it, `{list}` names kept: what a
        maintainer reads to see which wording fired (newcomer12, docs/usage.md)."""
        advert = (
            "Stem cells will get you back on the slopes in six weeks.\n"
            "Our treatment gets patients back skiing in six weeks.\n"
        )
        result = subprocess.run(
            [SCRIPT, "check", "-", "-f", "json", "--no-fail"],
            input=advert,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        found = {
            f["line"]: f["phrase"]
            for f in json.loads(result.stdout)["findings"]
            if f["id"] == "promised-results"
        }
        assert set(found) == {1, 2}
        assert set(found.values()) <= set(CATALOG.of_kind("red_flag")["promised-results"].phrases)
        assert "you back" in found[1]
        assert "{back-to}" in found[2]

    def test_json_widens_every_finding_and_text_formats_only_the_ones_they_show(self) -> None:
        """Text formats show one quote per entry, so only those are widened (widening all
        of a 100 KB page's findings cost 9% more instructions); JSON lists every finding,
        each with its quote."""
        again = [
            "Our cells relieve tendinitis.",
            "Many patients have tendinitis, which hurts a lot.",
        ]
        text = AdText("test", again, [])
        for every_quote, second in ((True, "Many patients have tendinitis"), (False, "tendinitis")):
            report = build_report(CATALOG, text, MATCHER, every_quote=every_quote)
            found = [
                f for f in report.findings if f.match.entry_id == "tendon-and-ligament-injuries"
            ]
            assert len(found) == 2
            assert found[0].quote == "Our cells relieve tendinitis."
            assert found[1].quote.startswith(second)
        result = subprocess.run(
            [SCRIPT, "check", "-", "-f", "json", "--no-fail"],
            input="\n".join(again),
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        quotes = [f["quote"] for f in data["findings"] if f["text"] == "tendinitis"]
        assert quotes[1].startswith("Many patients have tendinitis")


#: One phrase, two findings: a warning sign (own-cells-so-safe) and a claim
#: (fewer-side-effects), as on a train advert (a01).
OWN_CELLS = (
    "We use autologous cells only: they are taken from you and go back into you.\n"
    "That means no fetal cells are involved, and the chance of your immune system"
    " rejecting them is practically nil.\n"
)


class TestAQuoteIsShownOnce:
    """One phrase of the advert backing several findings is quoted once, where it is
    first shown; the next findings refer back to it."""

    @pytest.mark.parametrize("fmt", ["rich", "markdown", "text"])
    def test_the_seed_repeats_no_quote(self, fmt: str) -> None:
        page = " ".join(before_sources(seed_page(fmt)).split())
        quotes = QUOTE.findall(page)
        assert len(quotes) == len(set(quotes)), quotes
        # (tendinitis and degenerative disc disease: one sentence of the seed; the second
        # condition's own words are named, quoted within the first's sentence)
        assert re.search("degenerative disc disease\u201d[*]?, quoted above", page), page

    def test_a_finding_refers_back_to_the_quote_above(self, tmp_path: Path) -> None:
        advert = tmp_path / "advert.txt"
        advert.write_text(OWN_CELLS, encoding="utf-8")
        page = CliRunner().invoke(app, ["check", str(advert), "-f", "text", "--no-fail"]).stdout
        own = "chance of your immune system rejecting them is practically nil"
        assert before_sources(page).count(own) == 1, page
        line = next(ln for ln in page.splitlines() if "Fewer side effects (" in ln)
        # (its own words, SHORT or more, are most of the sentence: not named again)
        assert "the same words as under Warning signs (line 2, column" in line

    def test_two_findings_of_one_sentence_in_one_section(self, tmp_path: Path) -> None:
        lines = ["We treat arthritis, tendinitis, and degenerative disc disease."]
        advert = tmp_path / "advert.txt"
        advert.write_text(lines[0] + "\n", encoding="utf-8")
        page = CliRunner().invoke(app, ["check", str(advert), "-f", "text", "--no-fail"]).stdout
        assert before_sources(page).count(lines[0]) == 1
        assert "\u201cdegenerative disc disease\u201d, quoted above" in page

    def test_words_within_a_longer_quote_are_given_once(self) -> None:
        """Words found inside a longer quote above are shown short, with where the
        longer one is; a next finding of the same words says "the same words" (aa01)."""
        from stemcell_cli.check.matching.findings import Match
        from stemcell_cli.check.report import Finding
        from stemcell_cli.check.view import Quoted

        def finding(text: str, quote: str) -> Finding:
            return Finding(Match("benefit", "x", "", 1, 1, text), "X", None, "", (), quote)

        long = "It heals without recurrence of pain and side effects, in weeks"
        quoted = Quoted().under("Warning signs")
        assert quoted.spans(finding("heals", long))[0].text == f"\u201c{long}\u201d"
        inside = [s.text for s in quoted.spans(finding("side effects", "side effects"))]
        assert inside == ["\u201cside effects\u201d", ", quoted above"]
        quoted.under("Claims")
        again = [s.text for s in quoted.spans(finding("side effects", "side effects"))]
        assert again == ["the same words as under Warning signs"]

    def test_two_windows_of_one_sentence_are_one_quote(self, tmp_path: Path) -> None:
        """Two findings of one long sentence, whose windows overlap but neither holds the
        other: the second shows its own words and refers back to the sentence quoted
        above, not a second window of it (review4)."""
        advert = tmp_path / "advert.txt"
        advert.write_text(
            "Our friendly team of caring doctors and nurses in our modern clinic near the"
            " sea offers a miracle treatment to each of the patients who come from near"
            " and far with tendon and ligament injuries every year.\n",
            encoding="utf-8",
        )
        page = CliRunner().invoke(app, ["check", str(advert), "-f", "text", "--no-fail"]).stdout
        page = " ".join(before_sources(page).split())
        assert page.count("offers a miracle treatment") == 1, page
        assert (
            "\u201ctendon and ligament injuries every year\u201d, from the sentence quoted"
            " under Warning signs (line 1, column"
        ) in page

    def test_windows_of_two_sentences_are_both_quoted(self) -> None:
        from stemcell_cli.check.view import _overlapping

        one = "offers a miracle treatment to each of the patients who come"
        assert _overlapping(one, "to each of the patients who come from near and far")
        assert _overlapping("to each of the patients who come from near and far", one)
        assert not _overlapping(one, "the patients who come back every year for more")

    def test_piped_markdown_refers_back_too(self) -> None:
        result = subprocess.run(
            [SCRIPT, "check", "-", "--no-fail"], input=OWN_CELLS, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        assert "the same words as under Warning signs" in result.stdout

    def test_json_still_gives_every_finding_its_words(self) -> None:
        result = subprocess.run(
            [SCRIPT, "check", "-", "-f", "json", "--no-fail"],
            input=OWN_CELLS,
            capture_output=True,
            text=True,
        )
        data = json.loads(result.stdout)
        flag = next(f for f in data["findings"] if f["id"] == "own-cells-so-safe")
        claim = next(f for f in data["findings"] if f["id"] == "fewer-side-effects")
        assert flag["quote"] == claim["quote"] and "practically nil" in claim["quote"]


LABELS = {grade.id: grade.label for grade in CATALOG.evidence_grades.values()}


class TestGradesInWords:
    """ "(evidence: **not-supported**)" is a slug; the report names each grade in words
    (data/grades.yaml, `label`), and JSON keeps the slugs programs read."""

    def test_every_grade_has_a_label_in_words(self) -> None:
        assert set(LABELS) == {grade.value for grade in Grade}
        assert all(label and "-" not in label for label in LABELS.values())

    @pytest.mark.parametrize("fmt", ["rich", "markdown", "text"])
    def test_no_slug_in_the_report(self, fmt: str) -> None:
        page = " ".join(seed_page(fmt).split())
        assert "not-supported" not in before_sources(page)
        assert "evidence: early)" not in page and "evidence: **early**)" not in page
        for grade in ("early", "untested", "not-supported"):
            assert LABELS[grade] in page

    def test_piped_markdown_names_the_grades(self) -> None:
        result = subprocess.run(
            [SCRIPT, "check", str(SEED), "--no-fail"], capture_output=True, text=True
        )
        assert f"(evidence: **{LABELS['not-supported']}**)" in result.stdout

    def test_json_keeps_the_slugs(self) -> None:
        data = json.loads(seed_page("json"))
        assert {f["grade"] for f in data["findings"]} == {
            None,
            "early",
            "untested",
            "not-supported",
        }
        assert set(data["grades"]) == {"early", "untested", "not-supported"}

    def test_the_label_is_data_a_user_directory_can_change(self, user_dir) -> None:  # type: ignore[no-untyped-def]
        mine = user_dir(
            grades="grades:\n  - id: untested\n    meaning: not yet measured\n"
            "    plain: Nobody has looked yet.\n    label: never looked at\n"
        )
        page = seed_page("text", "--data-dir", str(mine))
        assert "(evidence: never looked at)" in page

    def test_a_grade_without_a_label_is_named_in_words_still(self, user_dir) -> None:  # type: ignore[no-untyped-def]
        mine = user_dir(
            grades="grades:\n  - id: not-supported\n    meaning: none\n"
            "    plain: Found no benefit.\n"
        )
        page = seed_page("text", "--data-dir", str(mine))
        assert "(evidence: not supported)" in page


class TestAWarningSignsWhyFitsIt:
    """A warning sign's "why" opens with what is wrong with the words quoted, before the
    background that backs it (review4: a page's "permanent fix" was explained first by
    cord blood approvals for blood disorders, and only in its last lines by the fix)."""

    def test_a_warning_sign_names_its_few_words_in_a_longer_quote(self, tmp_path: Path) -> None:
        # (review4: a page's whole sentence was quoted under "Miracle, breakthrough or
        # revolution language" with nothing to show that "cutting-edge" was the sign)
        advert = tmp_path / "advert.txt"
        advert.write_text(
            "Bone Marrow Aspirate Concentrate (BMAC) Therapy is a cutting-edge regenerative"
            " therapy used to treat various orthopedic injuries.\n",
            encoding="utf-8",
        )
        page = CliRunner().invoke(app, ["check", str(advert), "-f", "text", "--no-fail"]).stdout
        line = " ".join(page.split("Miracle", 1)[1].split("\n\n", 1)[0].split())
        assert "injuries.\u201d (the words \u201ccutting-edge\u201d, line 1, column" in line

    def test_a_quote_that_is_only_its_words_is_not_named_twice(self, tmp_path: Path) -> None:
        advert = tmp_path / "advert.txt"
        advert.write_text("A miracle.\n", encoding="utf-8")
        page = CliRunner().invoke(app, ["check", str(advert), "-f", "text", "--no-fail"]).stdout
        assert "the words" not in before_sources(page)

    def test_a_permanent_fix_is_explained_first(self) -> None:
        why = " ".join(CATALOG.red_flags["cure-claim"].why.split())
        first = why.split(". ", 1)[0]
        assert "gone for good" in first


class TestShortSources:
    """The report's sources are short (first author et al., year, title, journal, link,
    id); `explain` and JSON keep full citations."""

    def test_a_long_author_list_is_its_first_author_et_al(self) -> None:
        page = seed_page("text")
        line = next(
            ln for ln in page.splitlines() if ln.endswith("[kuriyan-2017-vision-loss-nejm]")
        )
        assert "Kuriyan AE et al. (2017)." in line
        assert "Albini" not in line and "PMID" not in line
        assert "https://doi.org/" in line

    def test_an_organisation_is_named_in_full(self) -> None:
        page = seed_page("text")
        line = next(
            ln for ln in page.splitlines() if ln.endswith("[fda-2021-regenerative-consumer]")
        )
        assert "U.S. Food and Drug Administration. (2021)." in line

    def test_the_sources_are_shorter_than_the_rest_of_the_report(self) -> None:
        page = seed_page("markdown")
        head, _, sources = page.partition("\n## Sources\n")
        assert len(sources.split()) < len(head.split())

    def test_explain_keeps_its_full_citations(self) -> None:
        explained = CliRunner().invoke(app, ["explain", "osteoarthritis", "-f", "text"]).stdout
        line = next(ln for ln in explained.splitlines() if ln.endswith("[ma-2020-knee-oa-meta]"))
        assert "PMID" in line and "Liu C" in line

    def test_json_keeps_full_csl(self) -> None:
        data = json.loads(seed_page("json"))
        item = next(s for s in data["sources"] if s["id"] == "kuriyan-2017-vision-loss-nejm")
        assert len(item["author"]) > 3


class TestTheFirstScreen:
    """What a patient reads first (patient5): the verdict, then what to do before deciding
    and when to see a doctor now, both from data/topics.yaml, before the warning signs.
    A page where nothing was found is not called an advert, and the closing note does not
    say again whom to ask."""

    AD = "Our breakthrough stem cells regrow cartilage in your knee. Only 3 spots left!"
    TOPIC = next(t for t in CATALOG.topics.values() if t.see_a_doctor)

    def report(self, *lines: str, warning: bool = False):  # type: ignore[no-untyped-def]
        report = build_report(CATALOG, AdText("ad.txt", list(lines), []), MATCHER)
        return report._replace(warning=warning)

    def blocks(self, *lines: str, warning: bool = False) -> list[object]:
        from stemcell_cli.check.view import check_view

        return list(check_view(self.report(*lines, warning=warning), CATALOG).page.blocks)

    def texts(self, *lines: str, warning: bool = False) -> list[str]:
        """Each block of the page as one line of text, in page order."""
        from stemcell_cli.views.document import Bullets, Heading, Note, Paragraph, inline_text

        out = []
        for block in self.blocks(*lines, warning=warning):
            if isinstance(block, Heading):
                out.append(f"# {block.text}")
            elif isinstance(block, (Paragraph, Note)):
                out.append(inline_text(block.spans))
            elif isinstance(block, Bullets):
                out += [f"- {inline_text(item)}" for item in block.items]
        return out

    def test_what_to_do_and_when_to_see_a_doctor_come_right_after_the_verdict(self) -> None:
        from stemcell_cli.check.view import verdict

        page = self.texts(self.AD)
        doctor = [f"- {line}" for line in self.TOPIC.see_a_doctor]
        start = page.index(verdict(self.report(self.AD)))
        assert page[start + 1] == self.TOPIC.before_you_decide
        assert page[start + 2] == "# When to see a doctor"
        assert page[start + 3 : start + 3 + len(doctor)] == doctor
        assert page[start + 3 + len(doctor)] == "# Warning signs"

    def test_a_text_read_as_a_warning_is_not_told_to_hold_off_paying(self) -> None:
        """It offers nothing to pay for; when to see a doctor still comes first."""
        page = self.texts(self.AD, warning=True)
        assert self.TOPIC.before_you_decide not in page
        assert page.index("# When to see a doctor") < page.index("# Warning signs it discusses")

    def test_whom_to_ask_is_said_once(self) -> None:
        """The first screen says to talk it over with a doctor who does not work for the
        clinic: the closing note keeps only that this is not medical advice. A text read
        as a warning, which got no such advice, keeps the whole note."""
        from stemcell_cli.views.base import DISCLAIMER, NOT_ADVICE

        whom = DISCLAIMER.removeprefix(NOT_ADVICE).strip()
        advert, warning = self.texts(self.AD)[-1], self.texts(self.AD, warning=True)[-1]
        assert NOT_ADVICE in advert and whom not in advert
        assert DISCLAIMER in warning

    def test_a_page_where_nothing_was_found_is_not_called_an_advert(self) -> None:
        """A careful page the word model did not read as a warning often finds nothing:
        calling it an advert would make it look like one. A page with a claim or a
        warning sign is still an advert, as the README's verdict says."""
        from stemcell_cli.check.view import verdict

        nothing = verdict(self.report("Our clinic is open on Mondays."))
        assert "advert" not in nothing
        assert verdict(self.report(self.AD)).startswith("This advert ")

    def test_only_a_text_that_speaks_as_the_seller_is_called_an_advert(self) -> None:
        """A text that makes a claim but never speaks as the one offering (a story, a
        review, the seed) is a page; one with an offer of its own, the seller's voice or
        sales pressure is an advert. Each text makes the claim."""
        from stemcell_cli.check.view import verdict

        claim = "stem cells regrow cartilage in the knee"
        said = {
            f"The {claim}.": "This page makes 1 claim",
            f"We offer injections: our {claim}.": "This advert ",
            f"Our {claim}. Call us today to book a consultation.": "This advert ",
            f"The {claim}. Only 3 spots left this month!": "This advert ",
        }
        for text, start in said.items():
            assert verdict(self.report(text)).startswith(start), text

    def test_json_gives_them_too(self) -> None:
        result = CliRunner().invoke(app, ["check", "-", "-f", "json", "--no-fail"], input=self.AD)
        data = json.loads(result.stdout)
        assert data["before_you_decide"] == self.TOPIC.before_you_decide
        assert data["see_a_doctor"] == list(self.TOPIC.see_a_doctor)

    def test_they_are_on_the_first_screen_of_a_terminal(self) -> None:
        """Rich at 80 columns, as a patient's terminal shows it: the advice and the first
        line of when to see a doctor are within the first 24 lines."""
        env = {
            **{k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")},
            "FORCE_COLOR": "1",
            "COLUMNS": "80",
            "LINES": "24",
            "STEMCELL_NO_CACHE": "1",
        }
        run = subprocess.run(
            [SCRIPT, "--no-pager", "check", "-", "-f", "rich", "--no-fail"],
            input=self.AD,
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        screen = " ".join(re.sub(r"\x1b\[[0-9;]*m", "", run.stdout).splitlines()[:24])
        screen = " ".join(screen.split())
        assert self.TOPIC.before_you_decide.split(".")[0] in screen
        assert "When to see a doctor" in screen
        assert " ".join(self.TOPIC.see_a_doctor[0].split()[:8]) in screen
