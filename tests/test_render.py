"""Each renderer turns the same page into its format; data text is never interpreted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.loader import SHIPPED, DataDir, load_dataset
from stemcell_cli.render import RENDERERS, OutputFormat, get_renderer, resolve
from stemcell_cli.views.base import View
from stemcell_cli.views.document import (
    Bullets,
    Fields,
    Heading,
    Lines,
    Note,
    Page,
    Paragraph,
    Span,
    Table,
)
from stemcell_cli.views.entries import entry_view

MINI = Path(__file__).parent / "fixtures" / "mini"

PAGE = Page(
    (
        Heading("Title", 1),
        Paragraph((Span("Plain "), Span("bold", "strong"), Span(" and "), Span("early", "grade"))),
        Fields((("Also called", (Span("A, B"),)),)),
        Heading("Section"),
        Bullets(((Span("one"),), (Span("two "), Span("x-id", "code")))),
        Bullets(((Span("first"),),), numbered=True),
        Table(("ID", "Name"), (((Span("a"),), (Span("Alpha | one"),)),)),
        Note((Span("Reviewed 2026-11-25. ", "strong"), Span("Not medical advice."))),
    )
)
VIEW = View(PAGE, {"id": "x", "items": [1, 2]})


def test_every_format_has_a_renderer() -> None:
    """Each --format choice but auto maps to a renderer (and auto resolves to one)."""
    for fmt in OutputFormat:
        name = resolve(fmt.value, is_terminal=False)
        assert name in RENDERERS
        assert get_renderer(name).render(VIEW).endswith("\n")


def test_auto_is_rich_on_a_terminal_and_markdown_in_a_pipe() -> None:
    assert resolve("auto", is_terminal=True) == "rich"
    assert resolve("auto", is_terminal=False) == "markdown"


def test_markdown_whole_page() -> None:
    assert get_renderer("markdown").render(VIEW) == (
        "# Title\n\n"
        "Plain **bold** and **early**\n\n"
        "- **Also called:** A, B\n\n"
        "## Section\n\n"
        "- one\n- two `x-id`\n\n"
        "1. first\n\n"
        "| ID | Name |\n| --- | --- |\n| a | Alpha \\| one |\n\n"
        "> **Reviewed 2026-11-25.** Not medical advice.\n"
        "\n"  # an empty line ends a page, so the next one appended starts clean
    )


def test_text_whole_page() -> None:
    assert get_renderer("text").render(VIEW) == (
        "Title\n=====\n\n"
        "Plain bold and early\n\n"
        "Also called: A, B\n\n"
        "Section\n-------\n\n"
        "  * one\n  * two x-id\n\n"
        "  1. first\n\n"
        "ID  Name\n--  -----------\na   Alpha | one\n\n"
        "Note: Reviewed 2026-11-25. Not medical advice.\n"
    )


def test_json_is_the_view_data() -> None:
    assert json.loads(get_renderer("json").render(VIEW)) == {"id": "x", "items": [1, 2]}


def test_lines_block() -> None:
    view = View(Page((Lines(("a.yaml:1:2: x: bad", "1 problem")),)), [])
    assert get_renderer("text").render(view) == "a.yaml:1:2: x: bad\n1 problem\n"
    markdown = get_renderer("markdown").render(view)
    assert markdown == "```text\na.yaml:1:2: x: bad\n1 problem\n```\n\n"


HOSTILE = "[bold red]loud[/] :smile: *star* <b>tag</b> [link=http://x]click[/link]"


@pytest.mark.parametrize("fmt", ["rich", "text", "markdown"])
def test_markup_in_data_is_literal(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich markup, emoji codes and HTML in data text are shown as text, never interpreted."""
    monkeypatch.setenv("FORCE_COLOR", "1")
    out = get_renderer(fmt).render(View(Page((Paragraph((Span(HOSTILE),)),)), None))
    assert ":smile:" in out
    assert "😄" not in out
    assert "\x1b]8;" not in out  # no hyperlink was made from the data
    if fmt != "markdown":
        assert "[bold red]loud[/]" in out
    else:
        assert "\\[bold red\\]loud\\[/\\]" in out
        assert "\\<b\\>tag\\</b\\>" in out


def test_rich_respects_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("FORCE_COLOR", "1")
    out = get_renderer("rich").render(VIEW)
    assert "\x1b[3" not in out  # no foreground colours
    assert "Title" in out


def test_rich_in_a_pipe_has_no_escapes() -> None:
    """Without a terminal (as under pytest), Rich writes plain text."""
    assert "\x1b" not in get_renderer("rich").render(VIEW)


@pytest.mark.parametrize("fmt", ["rich", "markdown", "text"])
def test_explanation_sections_in_health_page_order(fmt: str) -> None:
    """The note beside the review date and when to see a doctor first (fullpage1), then
    overview, symptoms, care, the stem cell part, sources, and the closing note."""
    catalog = Catalog.from_dataset(load_dataset([DataDir(MINI, SHIPPED)]))
    out = get_renderer(fmt).render(entry_view(catalog, catalog.find("kt")))
    order = [
        "not medical advice",
        "When to see a doctor",
        "Overview",
        "Symptoms",
        "Standard care",
        "Claimed benefits",
        "What the evidence shows",
        "Risks",
        "Regulatory status",
        "Questions to ask",
        "Sources",
        "not medical advice",
    ]
    position = 0
    for heading in order:
        found = out.lower().find(heading.lower(), position)
        assert found > position, f"{heading!r} missing or out of order"
        position = found
    assert "Reviewed 2026-11-25" in out
    assert "10.0000/example.1" in out


@pytest.mark.parametrize("width", [8, 20, 37])
def test_rich_wrap_keeps_every_word_within_the_width(width: int) -> None:
    from rich.console import Console
    from rich.style import Style

    from stemcell_cli.render.rich import wrap

    text = "A few words, then averyveryverylongwordwithoutspaces, and - dashes \u2014 too. "
    bold, plain = Style(bold=True), Style()
    runs = [(text[:20], plain), (text[20:45], bold), (text[45:], plain)]
    lines = ["".join(segment.text for segment in line) for line in wrap(Console(), runs, width)]
    assert all(len(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(line.strip() for line in lines)


def test_rich_wrap_keeps_each_run_in_its_style() -> None:
    from rich.console import Console
    from rich.style import Style

    from stemcell_cli.render.rich import wrap

    bold, plain = Style(bold=True), Style()
    lines = wrap(Console(), [("one two ", plain), ("three four", bold), (" five", plain)], 9)
    assert [[(s.text, s.style) for s in line] for line in lines] == [
        [("one two", plain)],
        [("three", bold)],
        [("four", bold), (" five", plain)],
    ]


def test_rich_wrap_leaves_wide_characters_to_rich() -> None:
    from rich.cells import cell_len
    from rich.console import Console
    from rich.style import Style

    from stemcell_cli.render.rich import wrap

    runs = [("\u75db\u307f" * 10, Style())]  # two cells each
    lines = wrap(Console(), runs, 9)
    assert [sum(cell_len(s.text) for s in line) for line in lines] == [8, 8, 8, 8, 8]


@pytest.mark.parametrize("width", [24, 40, 100])
def test_rich_fields_stay_within_narrow_terminals(
    width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A label wider than half the screen puts its value under it, never off the edge."""
    from stemcell_cli.views.document import Fields

    monkeypatch.setenv("COLUMNS", str(width))
    label = "Evidence for stem cell therapy"
    value = "small trials, phase I/II studies, case series " * 3
    out = get_renderer("rich").render(View(Page((Fields(((label, (Span(value),)),)),)), None))
    assert all(len(line) <= width for line in out.splitlines())
    assert " ".join(out.split()) == f"{label}: {value}".strip()


def test_rich_a_long_field_label_has_its_value_under_it_and_the_others_stay_beside(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """patient18: one label wider than MAX_LABEL no longer sets the column for all: its
    value goes under it, the short labels' values stay beside them, words in order."""
    from stemcell_cli.render.rich import MAX_LABEL
    from stemcell_cli.views.document import Fields

    monkeypatch.setenv("COLUMNS", "80")
    long_label = "A label that is longer than the widest one allowed"
    assert len(long_label) + 1 > MAX_LABEL
    names = "knee pain, hip pain, sore knee, bad hip, " * 4
    rows = (
        ("Also called", (Span(names),)),
        (long_label, (Span("early studies only"),)),
        ("Reviewed", (Span("2026-11-29"),)),
    )
    out = get_renderer("rich").render(View(Page((Fields(rows),)), None))
    lines = [line for line in out.splitlines() if line]
    assert lines[0].startswith("Also called: knee pain")
    assert f"{long_label}:" in lines
    assert "  early studies only" in lines
    assert "Reviewed:    2026-11-29" in lines
    assert all(len(line) <= 80 for line in lines)
    said = " ".join(f"{label}: {value[0].text}" for label, value in rows)
    assert out.split() == said.split()


# -- words1: a table of short cells (the matrix: a grade in words under each benefit)

SHORT = (("tested, no benefit found",), ("no trial in people",), ("early studies only",))


def _short_table(short_cells: bool) -> Table:
    headers = ("Condition", "Regeneration of damaged tissue", "Reduced inflammation")
    rows = tuple(
        ((Span("Osteoarthritis"),), (Span(a, "grade", "not-supported"),), (Span(b),))
        for a, b in (SHORT[0] + SHORT[1], SHORT[2] + SHORT[1])
    )
    narrow = Bullets(((Span("Osteoarthritis: tested, no benefit found for regeneration"),),))
    return Table(headers, rows, narrow, short_cells=short_cells)


def test_short_cells_wrap_below_the_prose_floor_and_rows_that_wrap_stand_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Running text keeps MIN_PROSE (24) cells a line; a grade in words may wrap down to
    MIN_SHORT (12), and rows of several lines are set apart by a blank line."""
    from stemcell_cli.render.rich import MIN_SHORT, column_widths

    assert column_widths(_short_table(False), 50) is None
    widths = column_widths(_short_table(True), 50)
    assert widths is not None and min(widths) >= MIN_SHORT and sum(widths) + 4 <= 49
    monkeypatch.setenv("COLUMNS", "50")
    shown = get_renderer("rich").render(View(Page((_short_table(True),)), {})).split("\n")
    assert max(len(line) for line in shown) <= 50
    assert shown[4:8] == [
        " Osteoarthritis  tested, no       no trial in",
        "                 benefit found    people",
        "",  # the blank line between the two rows
        " Osteoarthritis  early studies    no trial in",
    ]


def test_text_shows_a_tables_narrow_form_when_the_grid_is_too_wide() -> None:
    narrow = _short_table(True).narrow
    wide = Table(("A", "B" * 120), (((Span("a"),), (Span("b"),)),), narrow)
    assert get_renderer("text").render(View(Page((wide,)), {})) == (
        "  * Osteoarthritis: tested, no benefit found for regeneration\n"
    )
    small = Table(("A", "B"), (((Span("a"),), (Span("b"),)),), narrow)
    assert get_renderer("text").render(View(Page((small,)), {})).startswith("A  B\n")
