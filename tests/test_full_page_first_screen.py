"""fullpage1: the first screen of a full page (`explain ID --full`) holds its safety
parts. "When to see a doctor" comes right after the summary, before the page's next
section (a condition's "Overview", a benefit's "The claim", a topic's first part of its
own), as on the short page, in Markdown, text and Rich; the not-medical-advice note sits
beside "Reviewed" in the top block, and the closing note stays at the end. Through the
installed command, each page's own next heading as the bound, not a count of lines."""

from __future__ import annotations

import json
import re

import pytest
from installed import stemcell

from stemcell_cli.core.cache import open_catalog
from stemcell_cli.core.model import Benefit, Condition, Entry, Topic
from stemcell_cli.views.base import DISCLAIMER, NOT_ADVICE

DOCTOR = "When to see a doctor"
CATALOG = open_catalog()


def _doctor_lines(entry: Entry) -> list[str]:
    """The lines a page's "When to see a doctor" lists: a benefit shows the topics'."""
    if isinstance(entry, Benefit):
        return CATALOG.see_a_doctor()
    return list(entry.see_a_doctor) if isinstance(entry, (Condition, Topic)) else []


def _next_heading(entry: Entry) -> str:
    """The heading of the section a full page shows after its summary, without doctor."""
    if isinstance(entry, Condition):
        return "Overview"
    if isinstance(entry, Benefit):
        return "The claim"
    assert isinstance(entry, Topic) and entry.sections
    return entry.sections[0].heading


#: Each condition, benefit and topic with lines on when to see a doctor.
WITH_DOCTOR = [
    entry.id
    for entries in (CATALOG.conditions, CATALOG.benefits, CATALOG.topics)
    for entry in entries.values()
    if _doctor_lines(entry)
]
FORMATS = ("markdown", "text", "rich")


def full_page(entry_id: str, fmt: str, *more: str) -> str:
    result = stemcell("--no-pager", "explain", entry_id, "--full", "-f", fmt, *more, COLUMNS="80")
    assert result.returncode == 0, result.stderr
    return result.stdout


def flat(text: str) -> str:
    """Text with its runs of white space made one space (Rich wraps at 80 columns), and
    the sides of Rich's box around the closing note left out."""
    return " ".join(text.replace("\u2502", " ").split())


def heading_at(lines: list[str], title: str) -> int:
    """The line of a section's heading: its title alone on the line, or, in Markdown and
    Rich, after "## " or followed by Rich's rule."""
    for n, line in enumerate(lines):
        bare = line.removeprefix("## ").rstrip(" \u2500")
        if bare == title:
            return n
    raise AssertionError(f"no heading {title!r}")


def first_section(lines: list[str]) -> int:
    """The line of a page's first section heading (after the title): "## " in Markdown,
    a title underlined with "-" in text, a title before Rich's rule."""
    for n, line in enumerate(lines):
        under = lines[n + 1] if n + 1 < len(lines) else ""
        if (
            line.startswith("## ")
            or (line and set(under) == {"-"})
            or line.endswith("\u2500\u2500")
        ):
            return n
    return len(lines)


def test_every_kind_of_page_with_doctor_lines_is_tested() -> None:
    kinds = {type(CATALOG.find(name)) for name in WITH_DOCTOR}
    assert kinds == {Condition, Benefit, Topic}


@pytest.mark.parametrize("entry_id", WITH_DOCTOR)
def test_when_to_see_a_doctor_is_on_the_first_screen(entry_id: str) -> None:
    """Right after the summary, before the page's next section, in each format: its
    heading, then every line of it, then the next heading."""
    entry = CATALOG.find(entry_id)
    for fmt in FORMATS:
        lines = full_page(entry_id, fmt).splitlines()
        doctor = heading_at(lines, DOCTOR)
        following = heading_at(lines, _next_heading(entry))
        assert doctor < following, fmt
        between = flat("\n".join(lines[doctor:following]))
        for line in _doctor_lines(entry):
            assert flat(line) in between, (fmt, line)
        # Only the title and the summary come before it: no other section's heading.
        assert first_section(lines) == doctor, fmt


@pytest.mark.parametrize("entry_id", [*WITH_DOCTOR, next(iter(CATALOG.terms))])
def test_the_note_is_beside_the_review_date_and_still_closes_the_page(entry_id: str) -> None:
    """The "Reviewed" field of the top block says the page is not medical advice (a
    term's page too, which has no doctor section); the closing note, with whom to ask,
    stays the page's last note."""
    entry = CATALOG.find(entry_id)
    for fmt in FORMATS:
        page = full_page(entry_id, fmt)
        lines = page.splitlines()
        reviewed = next(n for n, line in enumerate(lines) if "Reviewed:" in line)
        top = flat("\n".join(lines[reviewed : reviewed + 2]))
        assert f"{entry.reviewed}. {NOT_ADVICE}" in top, fmt
        assert reviewed < first_section(lines), fmt
        assert flat(DISCLAIMER) in flat(page[page.rindex("Reviewed " + entry.reviewed) :]), fmt


@pytest.mark.parametrize("entry_id", WITH_DOCTOR)
def test_json_names_the_doctor_section_right_after_the_summary(entry_id: str) -> None:
    data = json.loads(full_page(entry_id, "json"))
    assert data["shown"]["sections"][:2] == ["summary", "doctor"]
    assert data["disclaimer"] == DISCLAIMER


@pytest.mark.parametrize("entry_id", ["osteoarthritis", "msc", "avoid-surgery"])
def test_section_doctor_shows_that_section_alone(entry_id: str) -> None:
    result = stemcell("explain", entry_id, "--section", "doctor", "-f", "markdown")
    assert result.returncode == 0, result.stderr
    assert re.findall(r"^## (.+)$", result.stdout, re.M) == [DOCTOR]
    listed = re.findall(r"^- (.+)$", result.stdout, re.M)
    assert listed == _doctor_lines(CATALOG.find(entry_id))
    assert NOT_ADVICE not in result.stdout.split("> ")[0]  # no top block: only the closing note


@pytest.mark.parametrize("entry_id", ["osteoarthritis", "msc", "avoid-surgery"])
def test_the_section_list_still_names_every_section(entry_id: str) -> None:
    """An unknown section's error lists the page's sections in page order, doctor after
    summary; each it names is shown by `--section`, and it names every one the full page
    shows."""
    result = stemcell("explain", entry_id, "--section", "no-such-part")
    assert result.returncode == 2
    found = re.search(r"Its sections: (.+)$", result.stderr, re.M)
    assert found, result.stderr
    names = found[1].split(", ")
    assert names[:2] == ["summary", "doctor"]
    shown = json.loads(full_page(entry_id, "json"))["shown"]["sections"]
    assert [name for name in names if name in shown] == shown
    for name in names:
        assert stemcell("explain", entry_id, "--section", name).returncode == 0, name


def test_sections_parted_by_a_comma_are_each_shown_in_page_order() -> None:
    """review14: `-s summary,doctor` was one unknown section, "summary-doctor", a name the
    reader never typed; a comma now parts names, and the page's order holds."""
    for value in ("summary,doctor", "doctor,summary", "doctor, summary"):
        result = stemcell("explain", "osteoarthritis", "-s", value, "-f", "json")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["shown"]["sections"] == ["summary", "doctor"]
    wrong = stemcell("explain", "osteoarthritis", "-s", "summary,doktor")
    assert wrong.returncode == 2
    assert "'doktor'" in wrong.stderr and "summary-" not in wrong.stderr, wrong.stderr


@pytest.mark.parametrize("value", [",", " , ", ""])
def test_a_section_value_that_names_none_is_a_usage_error(value: str) -> None:
    """leftovers4: `-s ,` quietly gave the short page; naming no section is a usage error
    that lists the page's sections, as an unknown name is (exit 2, nothing on stdout)."""
    result = stemcell("explain", "osteoarthritis", "-s", value)
    assert result.returncode == 2, result.stdout
    assert result.stdout == ""
    found = re.search(r"Its sections: (.+)$", result.stderr, re.M)
    assert found, result.stderr
    assert found[1].split(", ")[:2] == ["summary", "doctor"]
    named = stemcell("explain", "osteoarthritis", "-s", f"{value}doctor", "-f", "json")
    assert named.returncode == 0, named.stderr
    assert json.loads(named.stdout)["shown"]["sections"] == ["doctor"]
