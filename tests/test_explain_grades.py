"""`explain`, `compare` and the lists name each grade in words, as `check` does
(explaingrades1).

Review4 found `explain` still showing the slugs ("**early** (small trials, ...)",
"(**not-supported**): Not shown.") that `check` had stopped showing, and a headline
grade ("early") above claims that are all "not supported" or "untested", with nothing
to say what the headline grade is a grade of. The words are each grade's `label`
(data/grades.yaml; a user's data directory can relabel); JSON keeps the slugs that
programs read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from stemcell_cli.cli.app import app
from stemcell_cli.core.cache import open_catalog

CATALOG = open_catalog()
LABELS = {grade.id: grade.label for grade in CATALOG.evidence_grades.values()}
#: A grade's slug where a page names the grade: alone in brackets, bold or in a cell.
SLUG = re.compile(r"\(\*{0,2}(?:early|untested|not-supported|preclinical|promising)\*{0,2}\)")
TEXT_FORMATS = ["rich", "markdown", "text"]


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def before_sources(page: str) -> str:
    return re.split(r"\n#* *Sources\n", page, maxsplit=1)[0]


def flat(page: str) -> str:
    """A page's words on one line (Rich wraps them)."""
    return " ".join(page.split())


class TestExplainNamesGradesInWords:
    @pytest.mark.parametrize("fmt", TEXT_FORMATS)
    def test_a_condition_page_names_its_grades(self, fmt: str) -> None:
        page = before_sources(run("explain", "osteoarthritis", "-f", fmt))
        assert not SLUG.search(page), SLUG.search(page)
        assert "not-supported" not in page
        words = flat(page)
        assert LABELS["early"] in words
        assert f"({LABELS['not-supported']})" in words.replace("**", "")
        assert f"({LABELS['untested']})" in words.replace("**", "")

    @pytest.mark.parametrize("fmt", TEXT_FORMATS)
    def test_the_full_page_names_its_grades(self, fmt: str) -> None:
        # (not "not-supported" anywhere: "Why this grade" is the data's own prose)
        page = before_sources(run("explain", "osteoarthritis", "--full", "-f", fmt))
        assert not SLUG.search(page), SLUG.search(page)
        words = flat(page).replace("**", "")
        assert LABELS["early"] in words
        assert f"({LABELS['not-supported']})" in words

    @pytest.mark.parametrize("fmt", TEXT_FORMATS)
    def test_a_benefit_page_names_its_grades(self, fmt: str) -> None:
        for full in ([], ["--full"]):
            page = before_sources(run("explain", "tissue-regeneration", *full, "-f", fmt))
            assert not SLUG.search(page), SLUG.search(page)
            assert "not-supported" not in page
            words = flat(page).replace("**", "")
            assert LABELS["early"] in words
            assert f"({LABELS['not-supported']})" in words

    def test_markdown_bolds_the_words_as_it_bolded_the_slug(self) -> None:
        page = run("explain", "osteoarthritis", "-f", "markdown")
        assert f"(**{LABELS['not-supported']}**): In trials, knee scans" in page
        assert f"- **Overall evidence:** **{LABELS['early']}**\n" in page

    def test_rich_keeps_each_grade_colour(self) -> None:
        result = CliRunner().invoke(
            app, ["explain", "osteoarthritis", "-f", "rich"], env={"FORCE_COLOR": "1"}
        )
        assert result.exit_code == 0, result.output
        colours = {"early": "33", "not-supported": "31", "untested": "34"}  # yellow, red, blue
        for grade, colour in colours.items():
            assert re.search(rf"\x1b\[1;{colour}m{LABELS[grade].split()[0]}", result.stdout), grade


class TestTheHeadlineSaysWhatItGrades:
    """On `explain osteoarthritis` the headline grade ("early") sat above claims all
    graded lower, and named nothing: the page now says what each headline grades."""

    def test_a_condition_grades_the_treatment_overall(self) -> None:
        page = flat(run("explain", "osteoarthritis", "-f", "text"))
        assert f"Overall evidence: {LABELS['early']} When to see a doctor" in page
        full = flat(run("explain", "osteoarthritis", "--full", "-f", "text"))
        meaning = CATALOG.evidence_grades["early"].meaning
        assert f"Overall evidence for stem cell therapy: {LABELS['early']} ({meaning})" in full

    @pytest.mark.parametrize("full", [[], ["--full"]])
    def test_a_benefit_grade_is_the_best_any_condition_gives(self, full: list[str]) -> None:
        # docs/content.md, rule 3: a benefit's own grade is the best any condition gives it
        page = flat(run("explain", "tissue-regeneration", *full, "-f", "text"))
        assert f"Best evidence for any condition: {LABELS['early']}" in page


class TestCompareAndListsNameGradesInWords:
    @pytest.mark.parametrize("fmt", TEXT_FORMATS)
    def test_compare_conditions(self, fmt: str) -> None:
        page = flat(run("compare", "oa", "ra", "-f", fmt))
        assert "not-supported" not in page
        assert LABELS["early"] in page
        assert f"{LABELS['untested']}" in page

    @pytest.mark.parametrize("fmt", TEXT_FORMATS)
    def test_compare_benefits(self, fmt: str) -> None:
        page = flat(run("compare", "fewer-side-effects", "avoid-surgery", "-f", fmt))
        assert "not-supported" not in page
        assert LABELS["not-supported"] in page

    @pytest.mark.parametrize("fmt", TEXT_FORMATS)
    @pytest.mark.parametrize("kind", ["conditions", "benefits"])
    def test_the_lists(self, kind: str, fmt: str) -> None:
        page = flat(run(kind, "list", "-f", fmt))
        entries = CATALOG.conditions if kind == "conditions" else CATALOG.benefits
        grades = [entry.evidence.grade.value for entry in entries.values()]
        for grade in set(grades):  # one label a row ("early" is also in the summaries)
            assert page.count(LABELS[grade]) == grades.count(grade), grade
        if fmt == "markdown":
            assert "| early |" not in page and "| untested |" not in page


def grades_in(data: object) -> Iterator[str]:
    """Every value of a "grade" key in JSON data, however deep."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "grade":
                yield value
            else:
                yield from grades_in(value)
    elif isinstance(data, list):
        for item in data:
            yield from grades_in(item)


class TestJsonKeepsTheSlugs:
    def test_explain(self) -> None:
        data = json.loads(run("explain", "osteoarthritis", "-f", "json"))
        found = list(grades_in(data))
        assert {"early", "not-supported", "untested"} <= set(found)
        assert set(found) <= set(LABELS), found

    @pytest.mark.parametrize(
        "args",
        [
            ["compare", "oa", "ra"],
            ["compare", "fewer-side-effects", "avoid-surgery"],
            ["conditions", "list"],
            ["benefits", "list"],
            ["explain", "tissue-regeneration"],
        ],
    )
    def test_the_others(self, args: list[str]) -> None:
        found = list(grades_in(json.loads(run(*args, "-f", "json"))))
        assert found and set(found) <= set(LABELS), found


RELABEL = (
    "grades:\n  - id: early\n    meaning: a few small studies\n"
    "    plain: Only a few small studies.\n    label: {label}\n"
)


class TestAUsersLabel:
    def test_shows_on_explain_compare_and_lists(self, user_dir) -> None:  # type: ignore[no-untyped-def]
        mine = str(user_dir(grades=RELABEL.format(label="barely looked at")))
        for args in (
            ["explain", "osteoarthritis"],
            ["compare", "oa", "ra"],
            ["conditions", "list"],
        ):
            page = flat(run("--data-dir", mine, *args, "-f", "text"))
            assert "barely looked at" in page, args
            assert LABELS["early"] not in page, args

    def test_a_grade_without_a_label_shows_its_id_in_words(self, user_dir) -> None:  # type: ignore[no-untyped-def]
        mine = user_dir(
            grades="grades:\n  - id: not-supported\n    meaning: found wanting\n"
            "    plain: Tests found no benefit.\n"
        )
        page = flat(run("--data-dir", str(mine), "explain", "osteoarthritis", "-f", "text"))
        assert "(not supported): In trials, knee scans" in page
        assert "not-supported" not in page

    def test_a_cached_page_follows_a_new_label(self, user_dir) -> None:  # type: ignore[no-untyped-def]
        mine = str(user_dir(grades=RELABEL.format(label="barely looked at")))
        assert "barely looked at" in flat(run("--data-dir", mine, "explain", "oa", "-f", "text"))
        user_dir(grades=RELABEL.format(label="hardly studied at all"))
        page = flat(run("--data-dir", mine, "explain", "oa", "-f", "text"))
        assert "hardly studied at all" in page and "barely looked at" not in page
