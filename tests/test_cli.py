"""Every command in every format through Typer's CliRunner: output, exit codes, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stemcell_cli import __version__
from stemcell_cli.cli.app import app

FORMATS = ["rich", "markdown", "text", "json"]
SEED_CONDITIONS = [
    "osteoarthritis",
    "rheumatoid-arthritis",
    "spinal-disc-injuries",
    "tendon-and-ligament-injuries",
    "chronic-back-and-neck-pain",
    "rotator-cuff-tears",
    "hip-and-knee-pain",
]
SEED_BENEFITS = [
    "tissue-regeneration",
    "reduced-inflammation",
    "avoid-surgery",
    "delay-degeneration",
    "personalized-treatment",
    "fewer-side-effects",
]
COMMANDS = [
    ["conditions", "list"],
    ["conditions", "show", "osteoarthritis"],
    ["benefits", "list"],
    ["benefits", "show", "fewer-side-effects"],
    ["explain", "osteoarthritis"],
    ["explain", "avoid-surgery"],
    ["explain", "msc"],
    ["explain", "womac"],
]


def run(runner: CliRunner, *args: str, **env: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env=env or None)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_in_every_format(runner: CliRunner, args: list[str], fmt: str) -> None:
    result = run(runner, *args, "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        json.loads(result.stdout)
    else:
        assert "\x1b" not in result.stdout
        assert result.stdout.strip()


def test_version(runner: CliRunner) -> None:
    result = run(runner, "--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"stemcell {__version__}"


def test_no_arguments_shows_help(runner: CliRunner) -> None:
    """A bare `stemcell` names no command: the help (on stderr, as a usage error's
    message), and the usage-error exit code."""
    result = run(runner)
    assert "explain" in result.stderr
    assert result.exit_code == 2


@pytest.mark.parametrize("name", SEED_CONDITIONS + SEED_BENEFITS)
def test_every_seed_entry_explains_with_disclaimer(runner: CliRunner, name: str) -> None:
    """Every seed condition and benefit has an explanation ending with the note."""
    result = run(runner, "explain", name, "-f", "markdown")
    assert result.exit_code == 0, result.output
    assert "not medical advice" in result.stdout
    assert "Reviewed 20" in result.stdout
    assert "## Sources" in result.stdout


class TestExplainMarkdown:
    def test_condition_sections(self, runner: CliRunner) -> None:
        out = run(runner, "explain", "osteoarthritis", "--full", "-f", "markdown").stdout
        assert out.startswith("# Osteoarthritis\n")
        for heading in (
            "## Overview",
            "## Symptoms",
            "## Standard care",
            "## Claimed benefits and what the evidence says",
            "## Risks",
            "## Regulatory status",
            "## Questions to ask a clinic",
            "## When to see a doctor",
            "## Sources",
        ):
            assert f"\n{heading}\n" in out
        assert "doi.org/" in out

    def test_auto_in_a_pipe_is_markdown(self, runner: CliRunner) -> None:
        """CliRunner's stdout is not a terminal, so auto means markdown."""
        assert run(runner, "explain", "OA").stdout.startswith("# Osteoarthritis")

    def test_env_sets_default_format(self, runner: CliRunner) -> None:
        result = run(runner, "explain", "OA", STEMCELL_FORMAT="json")
        assert json.loads(result.stdout)["id"] == "osteoarthritis"

    def test_format_flag_beats_env(self, runner: CliRunner) -> None:
        result = run(runner, "explain", "OA", "-f", "text", STEMCELL_FORMAT="json")
        assert result.stdout.startswith("Osteoarthritis\n====")


class TestLookupFromTheCommandLine:
    @pytest.mark.parametrize("name", ["OA", "Osteoarthritis", "osteo-arthritis"])
    def test_aliases_and_spelling(self, runner: CliRunner, name: str) -> None:
        result = run(runner, "conditions", "show", name, "-f", "json")
        assert json.loads(result.stdout)["id"] == "osteoarthritis"

    @pytest.mark.parametrize("name", ["rotator cuff", "rotator-cuff-tears", "Rotator Cuff Tears"])
    def test_rotator_cuff(self, runner: CliRunner, name: str) -> None:
        result = run(runner, "explain", name, "-f", "json")
        assert json.loads(result.stdout)["id"] == "rotator-cuff-tears"

    def test_typo_suggests_and_exits_1(self, runner: CliRunner) -> None:
        result = run(runner, "explain", "osteoarthritus")
        assert result.exit_code == 1
        assert result.stdout == ""
        assert "Unknown name 'osteoarthritus'. Did you mean: osteoarthritis" in result.stderr

    def test_unknown_condition_names_its_kind(self, runner: CliRunner) -> None:
        result = run(runner, "conditions", "show", "osteoarthritus")
        assert result.exit_code == 1
        assert result.stderr.startswith("Unknown condition 'osteoarthritus'. Did you mean:")
        assert "Traceback" not in result.output


class TestJson:
    def test_condition_has_data_keys_and_resolved_links(self, runner: CliRunner) -> None:
        data = json.loads(run(runner, "explain", "osteoarthritis", "-f", "json").stdout)
        assert data["kind"] == "condition"
        for key in (
            "aliases",
            "symptoms",
            "benefits",
            "evidence",
            "risks",
            "regulatory",
            "questions",
            "see_a_doctor",
            "references",
            "reviewed",
        ):
            assert data[key], key
        assert {b["id"] for b in data["resolved"]["benefits"]} == set(SEED_BENEFITS)
        cited = {r["id"] for r in data["resolved"]["references"]}
        assert set(data["references"]) <= cited
        assert all(r["doi"] or r["pmid"] or r["url"] for r in data["resolved"]["references"])

    def test_benefit_lists_its_conditions(self, runner: CliRunner) -> None:
        data = json.loads(
            run(runner, "benefits", "show", "tissue-regeneration", "-f", "json").stdout
        )
        assert {c["id"] for c in data["resolved"]["conditions"]} == set(SEED_CONDITIONS)

    def test_list_is_an_array(self, runner: CliRunner) -> None:
        data = json.loads(run(runner, "conditions", "list", "-f", "json").stdout)
        assert [c["id"] for c in data] == SEED_CONDITIONS


class TestListFilters:
    def test_category(self, runner: CliRunner) -> None:
        data = json.loads(
            run(runner, "conditions", "list", "--category", "spine", "-f", "json").stdout
        )
        assert {c["id"] for c in data} == {"spinal-disc-injuries", "chronic-back-and-neck-pain"}

    def test_benefit_by_alias(self, runner: CliRunner) -> None:
        result = run(runner, "conditions", "list", "--benefit", "avoid-surgery", "-f", "json")
        assert len(json.loads(result.stdout)) == 7

    def test_grade(self, runner: CliRunner) -> None:
        data = json.loads(
            run(runner, "conditions", "list", "--grade", "early", "-f", "json").stdout
        )
        assert all(c["grade"] == "early" for c in data)

    def test_bad_grade_is_usage_error(self, runner: CliRunner) -> None:
        assert run(runner, "conditions", "list", "--grade", "miracle").exit_code == 2

    def test_unknown_category_exits_1(self, runner: CliRunner) -> None:
        result = run(runner, "conditions", "list", "--category", "spin")
        assert result.exit_code == 1
        assert "Did you mean: spine?" in result.stderr


class TestUsage:
    def test_bad_format_is_usage_error(self, runner: CliRunner) -> None:
        assert run(runner, "explain", "oa", "-f", "html").exit_code == 2

    def test_unknown_command(self, runner: CliRunner) -> None:
        assert run(runner, "explian", "oa").exit_code == 2


class TestUserData:
    def test_invalid_data_dir_exits_3_naming_file_and_line(
        self, runner: CliRunner, tmp_path: Path
    ) -> None:
        (tmp_path / "benefits.yaml").write_text("benefits:\n  - id: x\n    name: [oops\n")
        result = run(runner, "--data-dir", str(tmp_path), "explain", "oa")
        assert result.exit_code == 3
        assert f"{tmp_path / 'benefits.yaml'}:4:1: YAML syntax error" in result.stderr
        assert "Traceback" not in result.output

    def test_env_data_dir(self, runner: CliRunner, tmp_path: Path) -> None:
        result = run(runner, "explain", "oa", STEMCELL_DATA_DIR=str(tmp_path / "missing"))
        assert result.exit_code == 3
        assert "does not exist" in result.stderr

    def test_user_term_is_added_and_sourced(self, runner: CliRunner, tmp_path: Path) -> None:
        (tmp_path / "glossary.yaml").write_text(
            "terms:\n  - id: my-term\n    name: My term\n    definition: Mine.\n"
            '    reviewed: "2026-01-01"\n'
        )
        result = run(runner, "--data-dir", str(tmp_path), "explain", "my term", "-f", "text")
        assert result.exit_code == 0, result.output
        assert f"your data in {tmp_path}" in result.stdout


class TestValidate:
    def test_shipped_data_is_valid(self, runner: CliRunner) -> None:
        result = run(runner, "validate")
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("Data is valid (shipped data): 7 conditions, 6 benefits")

    def test_problems_one_per_line_then_count(self, runner: CliRunner, tmp_path: Path) -> None:
        (tmp_path / "glossary.yaml").write_text(
            "terms:\n  - id: t\n    name: T\n    definition: x\n    see_also: [nope]\n"
        )
        result = run(runner, "validate", str(tmp_path))
        assert result.exit_code == 3
        lines = result.stdout.splitlines()
        assert (
            lines[0]
            == f"{tmp_path / 'glossary.yaml'}:2:5: terms[0]: missing required field 'reviewed'"
        )
        assert lines[1].startswith(
            f"{tmp_path / 'glossary.yaml'}:5:16: terms[0].see_also[0]: unknown entry 'nope'"
        )
        assert lines[-1] == f"2 problems found in {tmp_path}"

    def test_json_problems(self, runner: CliRunner, tmp_path: Path) -> None:
        (tmp_path / "glossary.yaml").write_text("terms: 3\n")
        result = run(runner, "validate", str(tmp_path), "-f", "json")
        assert result.exit_code == 3
        [problem] = json.loads(result.stdout)
        assert problem["file"].endswith("glossary.yaml")
        assert problem["line"] == 1


def test_schema_is_json_schema(runner: CliRunner) -> None:
    data = json.loads(run(runner, "schema").stdout)
    assert data["$schema"].endswith("2020-12/schema")
    assert "condition" in data["$defs"]


@pytest.mark.parametrize("args", [[*c, "--help"] for c in COMMANDS[::2]] + [["validate", "--help"]])
def test_every_command_has_help(runner: CliRunner, args: list[str]) -> None:
    result = run(runner, *args)
    assert result.exit_code == 0
    assert "Usage" in result.output
