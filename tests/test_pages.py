"""Pages a patient can read, through the installed command: short by default with
--full and --section, everyday names, lists that fit the terminal, ASCII locales,
dumb terminals, plain usage errors and the config file."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest
from installed import SCRIPT, drained, stemcell

from stemcell_cli.core.cache import open_catalog
from stemcell_cli.core.search import Field, Hit
from stemcell_cli.views.search import snippet

#: Each grade's name in words (data/grades.yaml, `label`), as the pages show it.
LABELS = {grade.id: grade.named for grade in open_catalog().evidence_grades.values()}

MAX_WORDS = 700
EVERYDAY_WORDS = ["knee", "hip", "back", "neck", "shoulder", "arthritis", "disc", "tendon"]
BOX_DRAWING = re.compile("[\u2500-\u257f\u2022\u2026]")


def ids(*args: str) -> list[str]:
    return [item["id"] for item in json.loads(stemcell(*args, "-f", "json").stdout)]


def without_sources(text_page: str) -> str:
    """A text page without its Sources section (the word limit does not count it)."""
    start = text_page.index("Sources\n-------")
    return text_page[:start] + text_page[text_page.index("Note: ", start) :]


def section_of(markdown: str, heading: str) -> str:
    """The text under a level-2 heading of a Markdown page, up to the next heading."""
    found = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^#|^> |\Z)", markdown, re.M | re.S)
    assert found, heading
    return found[1]


class TestShortPages:
    @pytest.mark.parametrize("condition", ids("conditions", "list"))
    def test_a_condition_page_is_at_most_700_words(self, condition: str) -> None:
        page = stemcell("explain", condition, "-f", "text").stdout
        assert len(without_sources(page).split()) <= MAX_WORDS

    def test_doctor_comes_high_and_the_last_line_says_how_to_get_the_rest(self) -> None:
        page = stemcell("explain", "osteoarthritis", "-f", "markdown").stdout
        headings = re.findall(r"^## (.+)$", page, re.M)
        assert headings[0] == "When to see a doctor"
        assert "Overview" not in headings and "Symptoms" not in headings
        last = page.rstrip("\n").rsplit("\n", 1)[1]
        # (the commands are code in Markdown: tests/test_notes_writer.py)
        assert last.startswith("More: `stemcell explain osteoarthritis --full`, or `--section")
        assert "overview" in last

    def test_short_lists_keep_the_first_risks_and_questions(self) -> None:
        full = json.loads(stemcell("explain", "oa", "-f", "json").stdout)
        page = stemcell("explain", "oa", "-f", "markdown").stdout
        risks = re.findall(r"^- ", section_of(page, "Main risks"), re.M)
        questions = re.findall(r"^- (.+)$", section_of(page, "Questions to ask a clinic"), re.M)
        assert len(risks) == min(3, len(full["risks"]))
        assert questions == full["questions"][:5]

    def test_claims_are_one_line_each(self) -> None:
        full = json.loads(stemcell("explain", "oa", "-f", "json").stdout)
        claims = section_of(
            stemcell("explain", "oa", "-f", "markdown").stdout,
            "Claimed benefits and what the evidence says",
        )
        assert claims.strip().count("\n") + 1 == len(full["benefits"])

    def test_terms_are_the_ones_the_page_uses_with_hints_not_definitions(self) -> None:
        """patient7: each term the short page's words use, with its hint from the glossary;
        the terms only the full page needs, and every definition, stay off it."""
        page = stemcell("explain", "oa", "-f", "markdown").stdout
        terms = section_of(page, "Terms used")
        placebo = json.loads(stemcell("explain", "placebo", "-f", "json").stdout)
        assert f"- **Placebo**: {placebo['hint']}\n" in terms
        assert placebo["definition"][:40] not in page
        assert "WOMAC" not in page  # a term of osteoarthritis its short page does not use
        assert "questionnaire" not in terms  # WOMAC's definition stays on its own page
        full = section_of(
            stemcell("explain", "oa", "--full", "-f", "markdown").stdout, "Terms used"
        )
        assert "WOMAC" in full and len(re.findall("^- ", full, re.M)) > len(
            re.findall("^- ", terms, re.M)
        )

    @pytest.mark.parametrize("name", ["fewer-side-effects", "msc", "womac"])
    def test_benefit_topic_and_term_pages_are_short_too(self, name: str) -> None:
        short = stemcell("explain", name, "-f", "text").stdout
        full = stemcell("explain", name, "--full", "-f", "text").stdout
        assert short != full
        assert short.rstrip("\n").rsplit("\n", 1)[1].startswith(f"More: stemcell explain {name}")
        assert "More: " not in full

    def test_full_is_the_whole_page(self) -> None:
        page = stemcell("explain", "oa", "--full", "-f", "markdown").stdout
        for heading in ("Overview", "Symptoms", "Standard care", "What the evidence shows"):
            assert f"\n## {heading}\n" in page

    def test_page_length_can_be_short_again(self) -> None:
        short = stemcell("explain", "oa", "--full", "--short", "-f", "text").stdout
        assert short == stemcell("explain", "oa", "-f", "text").stdout


class TestTopicQuestions:
    """generalq1: the MSC overview's general questions, which `check` asks when a page
    names no condition, are on its page too, short and full, and in its JSON."""

    def test_explain_msc_lists_its_questions(self) -> None:
        data = json.loads(stemcell("explain", "msc", "-f", "json").stdout)
        assert 4 <= len(data["questions"]) <= 5
        for flags in ((), ("--full",), ("-s", "questions")):
            page = stemcell("explain", "msc", *flags, "-f", "markdown").stdout
            listed = re.findall(r"^- (.+)$", section_of(page, "Questions to ask a clinic"), re.M)
            assert listed == [q if isinstance(q, str) else q["ask"] for q in data["questions"]]

    def test_explain_msc_says_when_to_see_a_doctor_as_check_does(self) -> None:
        """patient5: when to see a doctor now, which `check` lists under its verdict, is on
        the topic's page too, short and full, as a section of its own (`check`'s line of
        what to do is in the JSON; the page's own "Before you decide" says it at length)."""
        data = json.loads(stemcell("explain", "msc", "-f", "json").stdout)
        assert data["before_you_decide"] and data["see_a_doctor"]
        for flags in ((), ("--full",), ("-s", "doctor")):
            page = stemcell("explain", "msc", *flags, "-f", "markdown").stdout
            listed = re.findall(r"^- (.+)$", section_of(page, "When to see a doctor"), re.M)
            assert listed == data["see_a_doctor"]

    def test_the_short_msc_page_says_when_to_see_a_doctor_first_as_a_condition_page_does(
        self,
    ) -> None:
        """patient6: the short page put it last, after some 600 words of overview."""
        page = stemcell("explain", "msc", "-f", "markdown").stdout
        headings = re.findall(r"^## (.+)$", page, re.M)
        assert headings[0] == "When to see a doctor"
        assert headings[1:] and "When to see a doctor" not in headings[1:]


class TestBenefitQuestions:
    """benefitq1: a benefit carried no questions, so `explain regeneration` gave a patient
    nothing to ask about the very claim a clinic made. Its questions are on its page, in
    the place and form of a condition's (after the caveats, before the terms), in every
    format, and `search` finds them as it finds a condition's."""

    def asked(self, name: str) -> list[str]:
        data = json.loads(stemcell("explain", name, "-f", "json").stdout)
        return [q if isinstance(q, str) else q["ask"] for q in data["questions"]]

    def test_markdown_short_full_and_the_section_alone(self) -> None:
        asked = self.asked("regeneration")
        assert 2 <= len(asked) <= 4
        for flags in ((), ("--full",), ("-s", "questions")):
            page = stemcell("explain", "regeneration", *flags, "-f", "markdown").stdout
            listed = re.findall(r"^- (.+)$", section_of(page, "Questions to ask a clinic"), re.M)
            assert listed == asked, flags

    def test_after_the_caveats_and_before_the_terms_as_on_a_condition_page(self) -> None:
        """On the short page the terms its words use follow (tissue-regeneration's), and on
        the full one the terms too: when to see a doctor is the full page's first section,
        as on a condition's (fullpage1)."""
        page = stemcell("explain", "tissue-regeneration", "-f", "markdown").stdout
        headings = re.findall(r"^## (.+)$", page, re.M)
        at = headings.index("Questions to ask a clinic")
        assert headings[at - 1] == "Main caveats" and headings[at + 1] == "Terms used"
        page = stemcell("explain", "avoid-surgery", "--full", "-f", "markdown").stdout
        headings = re.findall(r"^## (.+)$", page, re.M)
        at = headings.index("Questions to ask a clinic")
        assert headings[at - 1 : at + 2] == ["Caveats", "Questions to ask a clinic", "Terms used"]
        assert headings[0] == "When to see a doctor"

    @pytest.mark.parametrize("fmt", ["rich", "text"])
    def test_rich_and_text_show_them_too(self, fmt: str) -> None:
        page = stemcell("explain", "fewer-side-effects", "-f", fmt, COLUMNS="200").stdout
        flat = " ".join(page.split())
        assert "Questions to ask a clinic" in page
        for question in self.asked("fewer-side-effects"):
            assert question in flat

    def test_search_finds_a_benefits_question_as_it_finds_a_conditions(self) -> None:
        hits = json.loads(stemcell("search", "germs", "-f", "json").stdout)["hits"]
        found = {(hit["id"], hit["field"]) for hit in hits}
        assert ("fewer-side-effects", "questions") in found
        assert ("rheumatoid-arthritis", "questions") in found


class TestSections:
    def sections(self, name: str) -> list[str]:
        data = json.loads(stemcell("explain", name, "--full", "-f", "json").stdout)
        assert data["shown"]["page"] == "full"
        return list(data["shown"]["sections"])

    @pytest.mark.parametrize("name", ["osteoarthritis", "avoid-surgery", "msc", "womac"])
    def test_each_section_alone(self, name: str) -> None:
        """What a page shows of each of its sections, asked alone: in process (a run of
        the installed command for each of the 40 sections cost 6 s of CPU before ci2;
        the sections' list is still read from a real run, and `--section` in a real
        process is tested in this class's other tests)."""
        from typer.testing import CliRunner

        from stemcell_cli.cli.app import app

        runner = CliRunner()
        for section in self.sections(name):
            result = runner.invoke(app, ["explain", name, "--section", section, "-f", "json"])
            assert result.exit_code == 0, (section, result.output)
            data = json.loads(result.stdout)
            assert data["shown"] == {"page": "sections", "sections": [section]}, section

    def test_sections_in_markdown_and_repeated(self) -> None:
        page = stemcell("explain", "oa", "-s", "questions", "-s", "risks", "-s", "cost").stdout
        # In the page's own order, whatever order they were asked in.
        shown = re.findall(r"^## (.+)$", page, re.M)
        assert shown == ["Risks", "Cost", "Questions to ask a clinic"]
        assert page.startswith("# Osteoarthritis\n")
        assert "not medical advice" in page

    def test_rich_and_text_honour_sections(self) -> None:
        for fmt in ("rich", "text"):
            page = stemcell("explain", "oa", "--section", "doctor", "-f", fmt).stdout
            assert "When to see a doctor" in page
            assert "Main risks" not in page and "Risks" not in page

    def test_an_unknown_section_is_a_usage_error_naming_the_sections(self) -> None:
        result = stemcell("explain", "oa", "--section", "price")
        assert result.returncode == 2
        assert result.stdout == ""
        lines = result.stderr.strip().split("\n")
        assert 1 <= len(lines) <= 3
        assert "'price'" in lines[0] and "summary, " in lines[0] and "questions" in lines[0]

    def test_json_keeps_all_data_whatever_was_shown(self) -> None:
        short = json.loads(stemcell("explain", "oa", "-f", "json").stdout)
        one = json.loads(stemcell("explain", "oa", "-s", "cost", "-f", "json").stdout)
        full = json.loads(stemcell("explain", "oa", "--full", "-f", "json").stdout)
        assert short["shown"]["page"] == "short"
        assert "overview" in short["shown"]["sections"] or "overview" in short
        for data in (short, one):
            assert {k: v for k, v in data.items() if k != "shown"} == {
                k: v for k, v in full.items() if k != "shown"
            }

    def test_maintainer_notes_are_never_on_a_page(self, tmp_path: Path) -> None:
        import yaml

        from stemcell_cli.core.datadirs import shipped_dir

        data = yaml.safe_load((shipped_dir() / "conditions.yaml").read_text(encoding="utf-8"))
        data["conditions"][0]["maintainer_notes"] = ["ZZ-REVIEWER-ONLY"]
        (tmp_path / "conditions.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
        first = data["conditions"][0]["id"]
        for args in (["--full"], [], ["-f", "rich"], ["-f", "text"]):
            page = stemcell("--data-dir", str(tmp_path), "explain", first, *args).stdout
            assert data["conditions"][0]["name"] in page and "ZZ-REVIEWER-ONLY" not in page
        shown = stemcell("--data-dir", str(tmp_path), "explain", first, "-f", "json").stdout
        assert json.loads(shown)["maintainer_notes"] == ["ZZ-REVIEWER-ONLY"]


class TestEverydayNames:
    @pytest.mark.parametrize("word", EVERYDAY_WORDS)
    def test_a_word_for_several_entries_lists_them_all(self, word: str) -> None:
        result = stemcell("explain", word)
        assert result.returncode == 1
        assert result.stdout == ""
        assert "nknown" not in result.stderr
        listed = re.findall(r"^  .+ \(([a-z0-9-]+)\): (.+)$", result.stderr, re.M)
        assert len(listed) >= 2
        assert all(why for _, why in listed)
        assert f"stemcell explain {listed[0][0]}" in result.stderr

    @pytest.mark.parametrize(
        "name", ["stem cells", "stem cell", "Stem Cell Therapy", "MSC", "MSCs", "stem-cells"]
    )
    def test_stem_cells_lead_to_the_msc_overview(self, name: str) -> None:
        result = stemcell("explain", name, "-f", "json")
        assert json.loads(result.stdout)["id"] == "msc"

    def test_suggestions_rank_words_that_start_a_name_first(self) -> None:
        result = stemcell("explain", "epicond")
        assert result.returncode == 1
        assert "Did you mean: tendon-and-ligament-injuries" in result.stderr

    def test_a_reference_id_points_to_sources(self) -> None:
        result = stemcell("explain", "ma-2020-knee-oa-meta")
        assert result.returncode == 1
        assert "stemcell sources ma-2020-knee-oa-meta" in result.stderr

    def test_a_unique_start_still_finds_the_entry(self) -> None:
        assert json.loads(stemcell("explain", "rotator", "-f", "json").stdout)["id"] == (
            "rotator-cuff-tears"
        )


class TestSearch:
    def test_whole_words_only(self) -> None:
        """ "stem" is found as a word (or its plural), never inside "system"."""
        hits = json.loads(stemcell("search", "stem", "-f", "json").stdout)["hits"]
        whole = re.compile(r"(?<![^\W_])stem(?:e?s)?(?![^\W_])", re.I)
        assert hits and all(whole.search(hit["snippet"]) for hit in hits)
        systems = json.loads(stemcell("search", "system", "-f", "json").stdout)["hits"]
        assert {hit["id"] for hit in systems} - {hit["id"] for hit in hits}

    def test_each_kind_of_hit_says_which_command_reads_it(self) -> None:
        data = json.loads(stemcell("search", "knee", "placebo", "-f", "json").stdout)
        commands = {hit["kind"]: hit["command"].rsplit(" ", 1)[0] for hit in data["hits"]}
        assert commands["reference"] == "stemcell sources"
        assert commands["condition"] == "stemcell explain"
        page = stemcell("search", "knee", "placebo", "-f", "text").stdout
        assert "stemcell explain ID (" in page and "stemcell sources ID (reference)" in page

    def test_a_snippet_starts_and_ends_at_a_word(self) -> None:
        text = "alphabet " * 20 + "needle " + "zebra " * 20
        hit = Hit("term", "x", "X", 2, 1, Field(2, "definition", text), text.index("needle"), 6)
        before, matched, after = (span.text for span in snippet(hit))
        assert before.startswith("\u2026alphabet ")
        assert after.endswith(" zebra\u2026")
        assert matched == "needle"


@pytest.fixture(scope="module")
def listed() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """`conditions list` and `benefits list` as JSON, from one run each of the installed
    command: what the ten cases of test_every_id_name_and_grade_whole look for (each
    case ran both again before ci2)."""
    conditions = json.loads(stemcell("conditions", "list", "-f", "json").stdout)
    benefits = json.loads(stemcell("benefits", "list", "-f", "json").stdout)
    return conditions, benefits


class TestListsFit:
    @pytest.mark.parametrize("columns", [40, 80])
    @pytest.mark.parametrize(
        "args",
        [
            ["conditions", "list"],
            ["benefits", "list"],
            ["compare", "oa", "spinal-disc-injuries", "tendon-and-ligament-injuries"],
            ["sources", "osteoarthritis"],
            ["matrix"],
        ],
        ids=" ".join,
    )
    def test_every_id_name_and_grade_whole(
        self,
        args: list[str],
        columns: int,
        listed: tuple[list[dict[str, str]], list[dict[str, str]]],
    ) -> None:
        # (a grade is shown in words, its label: explaingrades1)
        page = stemcell(*args, "-f", "rich", COLUMNS=str(columns)).stdout
        lines = page.split("\n")
        assert max(len(line) for line in lines) <= columns
        assert "\u2026" not in page
        conditions, benefits = listed
        if args[0] == "sources":
            wanted = [i["id"] for i in json.loads(stemcell(*args, "-f", "json").stdout)]
            wanted = [i for i in wanted if len(i) + 2 <= columns - 6]
        elif args[0] == "benefits":
            wanted = [b["id"] for b in benefits] + [LABELS[b["grade"]] for b in benefits]
        elif args[0] == "compare":
            wanted = [c["name"].split()[0] for c in conditions if c["id"] in args[1:]]
            wanted += [LABELS[c["grade"]] for c in conditions if c["id"] in args[1:]]
        else:
            wanted = [c["id"] for c in conditions] + [LABELS[c["grade"]] for c in conditions]
            if args[0] == "matrix":  # a list by condition: names and grades cut only at spaces
                said = " ".join(page.split())
                assert all(b["name"].lower() in said for b in benefits)
                wanted = []
        for word in wanted:
            assert any(
                re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", line) for line in lines
            ), word

    def test_prose_is_wrapped_at_100_on_a_wide_terminal(self) -> None:
        page = stemcell("explain", "oa", "--full", "-f", "rich", COLUMNS="200").stdout
        assert max(len(line) for line in page.split("\n")) <= 100

    def test_sources_are_ordered_by_how_each_line_starts(self) -> None:
        page = stemcell("sources", "-f", "text").stdout
        starts = [
            re.sub(r"[\W_]+", " ", line.split(". ", 1)[1]).strip().casefold()
            for line in page.split("\n")
            if re.match(r"\s+\d+\. ", line)
        ]
        assert len(starts) > 10
        assert starts == sorted(starts)


class TestTerminals:
    @pytest.mark.parametrize(
        "args", [["explain", "oa"], ["conditions", "list"], ["matrix"], ["compare", "oa", "ra"]]
    )
    @pytest.mark.parametrize(
        "locale", [{"LANG": "C"}, {"LC_ALL": "C", "PYTHONIOENCODING": "ascii"}], ids=str
    )
    def test_ascii_locale_draws_in_ascii(self, args: list[str], locale: dict[str, str]) -> None:
        env = {"LC_ALL": "", "LC_CTYPE": "", **locale, "COLUMNS": "80"}
        page = stemcell(*args, "-f", "rich", **env).stdout
        assert page.isascii()
        assert "??" not in page  # rules and boxes drawn in ASCII, not replaced

    def test_ascii_locale_in_the_pager_too(self, tmp_path: Path) -> None:
        marker = tmp_path / "paged.txt"
        shown = in_a_terminal(
            ["--pager", "explain", "oa"],
            {"PAGER": f"cat > {marker}", "LANG": "C", "LC_ALL": "", "LC_CTYPE": ""},
        )
        paged = marker.read_bytes()
        assert b"Osteoarthritis" in paged and paged.isascii()
        assert shown == ""

    def test_a_dumb_terminal_never_starts_a_pager(self, tmp_path: Path) -> None:
        marker = tmp_path / "paged.txt"
        shown = in_a_terminal(
            ["--pager", "explain", "oa"], {"PAGER": f"cat > {marker}", "TERM": "dumb"}
        )
        assert not marker.exists()
        assert "Osteoarthritis" in shown

    def test_help_piped_into_head_exits_quietly(self) -> None:
        result = subprocess.run(
            f"'{SCRIPT}' --help | head -1; '{SCRIPT}' explain --help | head -1",
            shell=True,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.stdout.split("\n")[:2] == [
            "Usage: stemcell [OPTIONS] COMMAND [ARGS]...",
            "Usage: stemcell explain [OPTIONS] {name}",
        ]
        assert result.stderr == ""


def in_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run with stdout on a pseudo-terminal; what the terminal showed."""
    leader, follower = os.openpty()
    child = subprocess.Popen(
        [str(SCRIPT), *args],
        stdout=follower,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "LINES": "24", "COLUMNS": "80", **env},
    )
    os.close(follower)
    shown = drained(leader)
    assert child.wait(timeout=60) == 0
    return shown.decode("utf-8", "replace")


COMMAND_PATHS = [
    [],
    ["conditions"],
    ["conditions", "list"],
    ["conditions", "show"],
    ["benefits"],
    ["benefits", "list"],
    ["benefits", "show"],
    *([name] for name in ("explain", "search", "matrix", "compare", "check", "sources")),
    *([name] for name in ("export", "validate", "schema", "config")),
]


class TestUsage:
    @pytest.mark.parametrize("path", COMMAND_PATHS, ids=" ".join)
    def test_help_ends_with_examples(self, path: list[str]) -> None:
        lines = stemcell(*path, "--help").stdout.rstrip("\n").split("\n")
        start = max(n for n, line in enumerate(lines) if line.strip() == "Examples:")
        examples = lines[start + 1 :]
        assert 2 <= len(examples) <= 3
        assert all(
            line.strip().startswith(("stemcell ", "pbpaste", "STEMCELL_")) for line in examples
        )

    @pytest.mark.parametrize(
        ("args", "says"),
        [
            (["explain"], "stemcell conditions"),
            (["conditions", "show"], "stemcell conditions list"),
            (["explain", "oa", "--data-dir", "x"], "stemcell --data-dir x explain oa"),
            (["explain", "oa", "--no-pager"], "stemcell --no-pager explain oa"),
            (["explain", "oa", "-f", "html"], "'html' is not one of"),
            (["frob"], "Commands: conditions, benefits, explain"),
            (["explain", "oa", "--ful"], "--full"),
        ],
        ids=lambda v: " ".join(v) if isinstance(v, list) else "",
    )
    def test_usage_errors_are_a_few_plain_lines(self, args: list[str], says: str) -> None:
        result = stemcell(*args)
        assert result.returncode == 2
        lines = result.stderr.strip().split("\n")
        assert 1 <= len(lines) <= 3
        assert not BOX_DRAWING.search(result.stderr)
        assert lines[0].startswith("stemcell: ")
        assert says in result.stderr

    @pytest.mark.parametrize("noun", ["conditions", "benefits"])
    def test_a_bare_noun_lists(self, noun: str) -> None:
        bare = stemcell(noun, "-f", "json")
        assert bare.returncode == 0
        assert bare.stdout == stemcell(noun, "list", "-f", "json").stdout


class TestConfig:
    def write(self, tmp_path: Path, text: str) -> dict[str, str]:
        path = tmp_path / "stemcell.toml"
        path.write_text(text, encoding="utf-8")
        return {"STEMCELL_CONFIG": str(path)}

    def test_order_is_command_line_environment_file_built_in(self, tmp_path: Path) -> None:
        env = self.write(tmp_path, 'format = "json"\npage = "full"\n')
        assert json.loads(stemcell("explain", "womac", **env).stdout)["shown"]["page"] == "full"
        from_env = stemcell(
            "explain", "womac", STEMCELL_FORMAT="text", STEMCELL_PAGE="short", **env
        )
        assert from_env.stdout.startswith("WOMAC") and "More: " in from_env.stdout
        given = stemcell(
            "explain", "womac", "-f", "markdown", "--short", STEMCELL_FORMAT="text", **env
        )
        assert given.stdout.startswith("# WOMAC")
        assert stemcell("explain", "womac").stdout.startswith("# WOMAC")  # built-in

    def test_xdg_config_home_is_where_the_file_lives(self, tmp_path: Path) -> None:
        folder = tmp_path / "stemcell"
        folder.mkdir()
        (folder / "config.toml").write_text('format = "text"\n', encoding="utf-8")
        result = stemcell("config", XDG_CONFIG_HOME=str(tmp_path), STEMCELL_CONFIG="")
        assert str(folder / "config.toml") in result.stdout
        assert re.search(r"format: text\s+\(config file\)", result.stdout)

    def test_data_dir_is_taken_from_the_file_folder(self, tmp_path: Path) -> None:
        from termdata import write_term

        write_term(tmp_path / "mine", "Only in my data.")
        env = self.write(tmp_path, 'data_dir = "mine"\n')
        assert "Only in my data." in stemcell("explain", "my-term", **env).stdout
        write_term(tmp_path / "other", "From the command line.")
        given = stemcell("--data-dir", str(tmp_path / "other"), "explain", "my-term", **env)
        assert "From the command line." in given.stdout  # the command line wins

    def test_config_shows_each_setting_and_where_it_comes_from(self, tmp_path: Path) -> None:
        env = self.write(tmp_path, "width = 72\n")
        out = stemcell("--no-pager", "config", "-f", "json", STEMCELL_PAGE="full", **env).stdout
        settings = json.loads(out)["settings"]
        assert settings["width"] == {"value": "72", "source": "config file"}
        assert settings["page"] == {"value": "full", "source": "environment (STEMCELL_PAGE)"}
        assert settings["pager"] == {"value": "never", "source": "command line"}
        assert settings["format"]["source"] == "built-in"

    def test_the_pager_command_and_where_it_comes_from(self, tmp_path: Path) -> None:
        """The file's `pager` takes a command as STEMCELL_PAGER does; each says when to
        page with a word, what to page with by a command, first found wins for each."""
        env = self.write(tmp_path, 'pager = "less -S"\n')

        def shown(**more: str) -> dict[str, dict[str, str]]:
            out = stemcell("config", "-f", "json", **env, **more).stdout
            settings: dict[str, dict[str, str]] = json.loads(out)["settings"]
            return {key: settings[key] for key in ("pager", "pager_command")}

        assert shown() == {
            "pager": {"value": "auto", "source": "built-in"},
            "pager_command": {"value": "less -S", "source": "config file"},
        }
        assert shown(STEMCELL_PAGER="most")["pager_command"] == {
            "value": "most",
            "source": "environment (STEMCELL_PAGER)",
        }
        assert shown(STEMCELL_PAGER="0") == {
            "pager": {"value": "never", "source": "environment (STEMCELL_PAGER)"},
            "pager_command": {"value": "less -S", "source": "config file"},
        }
        env = self.write(tmp_path, "pager = false\n")
        assert shown(PAGER="more") == {
            "pager": {"value": "never", "source": "config file"},
            "pager_command": {"value": "more", "source": "environment (PAGER)"},
        }

    def test_the_file_pager_command_pages_a_terminal(self, tmp_path: Path) -> None:
        marker = tmp_path / "paged.txt"
        env = self.write(tmp_path, f"pager = \"tee '{marker}'\"\n")
        in_a_terminal(["--pager", "explain", "oa"], env)
        assert "Osteoarthritis" in marker.read_text(encoding="utf-8")

    def test_width_limits_rich_pages(self, tmp_path: Path) -> None:
        env = self.write(tmp_path, "width = 60\n")
        page = stemcell("explain", "oa", "-f", "rich", COLUMNS="120", **env).stdout
        assert max(len(line) for line in page.split("\n")) <= 60

    @pytest.mark.parametrize(
        ("text", "names"),
        [
            ('fromat = "json"\n', "fromat"),
            ('format = "html"\n', "format"),
            ("width = 5\n", "width"),
            ('page = "long"\n', "page"),
            ("format = \n", "line 1"),
            ("pager = 3\n", "pager"),
            ('pager = "less \'unclosed"\n', "pager"),
        ],
    )
    def test_a_bad_file_is_one_line_naming_the_key(
        self, tmp_path: Path, text: str, names: str
    ) -> None:
        env = self.write(tmp_path, text)
        for args in (["config"], ["explain", "oa"]):
            result = stemcell(*args, **env)
            assert result.returncode == 3
            assert result.stderr.count("\n") == 1
            assert names in result.stderr and "stemcell.toml" in result.stderr


def test_benefit_wordings_are_labelled_as_claims() -> None:
    page = stemcell("benefits", "show", "fewer-side-effects", "--full").stdout
    assert "**Claimed as:** \u201cminimal side effects\u201d" in page
    assert "Also called" not in page
