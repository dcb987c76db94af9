"""search, matrix, compare and the pager."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from installed import drained
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from stemcell_cli.cli import pager
from stemcell_cli.cli.app import app
from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.errors import NoMatch, UsageError
from stemcell_cli.core.loader import SHIPPED, DataDir, load_dataset
from stemcell_cli.core.search import BODY, NAME, parse_query, search

MINI = Path(__file__).parent / "fixtures" / "mini"
SCRIPT = str(Path(sys.executable).parent / "stemcell")
FORMATS = ["rich", "markdown", "text", "json"]


@pytest.fixture(scope="module")
def mini() -> Catalog:
    return Catalog.from_dataset(load_dataset([DataDir(MINI, SHIPPED)]))


def run(*args: str, **env: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env=env or None)


class TestSearch:
    def test_name_and_alias_hits_rank_before_body_hits(self, mini: Catalog) -> None:
        hits = search(mini, "cells")
        assert {h.id for h in hits if h.tier == NAME} == {"autologous", "msc"}  # alias, name
        assert {h.id for h in hits if h.tier == BODY} >= {"knee-trouble", "back-ache"}
        assert [h.tier for h in hits] == sorted(h.tier for h in hits)

    def test_words_are_anded(self, mini: Catalog) -> None:
        assert {h.id for h in search(mini, "cells knee")} == {"knee-trouble"}
        with pytest.raises(NoMatch):
            search(mini, "cells telepathy")

    def test_quotes_keep_a_phrase(self, mini: Catalog) -> None:
        assert parse_query('"relieve pain" knee') == ["relieve pain", "knee"]
        assert {h.id for h in search(mini, '"relieve pain"')} == {"less-pain"}
        with pytest.raises(NoMatch):
            search(mini, '"pain relieve"')

    def test_empty_query_is_a_usage_error(self) -> None:
        with pytest.raises(UsageError):
            parse_query('  "" ')

    def test_snippet_marks_the_match(self) -> None:
        result = run("search", "cartilage", "-f", "markdown")
        assert result.exit_code == 0
        assert "**cartilage**" in result.stdout or "**Cartilage**" in result.stdout

    def test_snippets_stay_on_one_line(self) -> None:
        result = run("search", "stromal", "vascular", "-f", "json")
        assert all("\n" not in hit["snippet"] for hit in json.loads(result.stdout)["hits"])
        topic = [h for h in json.loads(result.stdout)["hits"] if h["id"] == "msc"]
        assert topic and "stromal vascular" in topic[0]["snippet"].casefold()

    def test_the_general_questions_are_searched(self) -> None:
        """The MSC overview's questions to ask a clinic (the ones `check` fills up with)
        are found as the conditions' questions are."""
        result = run("search", "how are they prepared", "-f", "json")
        assert result.exit_code == 0, result.stdout
        hits = json.loads(result.stdout)["hits"]
        assert [(h["id"], h["field"]) for h in hits] == [("msc", "questions")]

    def test_no_hit_exits_1_like_grep(self) -> None:
        result = run("search", "zzzyzzy")
        assert result.exit_code == 1
        assert result.stdout == ""
        assert "nothing matches 'zzzyzzy'" in result.stderr

    @pytest.mark.parametrize("fmt", FORMATS)
    def test_every_format(self, fmt: str) -> None:
        result = run("search", "knee", "placebo", "-f", fmt)
        assert result.exit_code == 0, result.output
        if fmt == "json":
            hits = json.loads(result.stdout)["hits"]
            assert hits[0]["rank"] == 1
            assert {"kind", "id", "field", "snippet", "matched"} <= set(hits[0])


class TestMatrix:
    """words1: each cell names its grade in words (its `label`), under the benefits' own
    names; no short code (`N/S`, `UNT`) or numbered column is left to look up."""

    CODES = ("N/S", "UNT", "EAR", "PRE", "EST", "PRO")

    def test_markdown_is_a_valid_table_of_grades_in_words(self) -> None:
        result = run("matrix", "-f", "markdown")
        tokens = MarkdownIt("commonmark").enable("table").parse(result.stdout)
        types = [t.type for t in tokens]
        assert types.count("table_open") == 1
        assert types.count("th_open") == 7  # condition + six benefits
        assert types.count("tr_open") == 8  # header + seven conditions
        head, _rule, first = result.stdout.split("\n")[2:5]
        assert head.startswith(
            "| Condition | Regeneration of damaged tissue | Reduced inflammation"
        )
        assert first == (
            "| Osteoarthritis | **tested, no benefit found** | **no trial in people** "
            "| **no trial in people** | **tested, no benefit found** | **no trial in people** "
            "| **tested, no benefit found** |"
        )
        assert not any(code in result.stdout for code in self.CODES)

    def test_grid_within_100_columns_and_a_list_below(self) -> None:
        wide = run("matrix", "-f", "rich", COLUMNS="100")
        assert wide.exit_code == 0
        lines = wide.stdout.splitlines()
        assert max(len(line) for line in lines) <= 100
        # benefits head the columns and each cell wraps within its column, at spaces
        head = "Condition Regeneration Reduced Avoiding Delaying or Personalized Fewer side"
        assert lines[3].split() == head.split()
        row = lines.index(next(line for line in lines if line.startswith(" Osteoarthritis")))
        assert lines[row].split()[1:4] == ["tested,", "no", "no"]
        # rows of several lines are set apart by a blank line
        assert lines[row + 3] == "" and lines[row + 4].startswith(" Rheumatoid")
        assert not any(code in wide.stdout for code in self.CODES)
        for columns in ("80", "30"):
            narrow = run("matrix", "-f", "rich", COLUMNS=columns)
            assert narrow.exit_code == 0
            said = " ".join(narrow.stdout.split())
            assert (
                "Osteoarthritis: no trial in people for reduced inflammation, avoiding invasive "
                "surgery and personalized treatment; tested, no benefit found for regeneration"
            ) in said
            assert max(len(line) for line in narrow.stdout.splitlines()) <= int(columns)

    def test_text_too_wide_for_a_grid_is_the_list(self) -> None:
        result = run("matrix", "-f", "text")
        assert (
            "  * Rotator cuff tears: early studies only for regeneration of damaged tissue; "
            in (result.stdout)
        )
        assert "Condition  " not in result.stdout

    def test_the_legend_says_each_grade_in_plain_words(self) -> None:
        result = run("matrix", "-f", "markdown")
        assert "- **early studies only**: Only small or first studies in people so far." in (
            result.stdout
        )
        assert "(a dash)" not in result.stdout  # every condition discusses every benefit

    @pytest.mark.parametrize("fmt", FORMATS)
    def test_every_format(self, fmt: str) -> None:
        result = run("matrix", "-f", fmt)
        assert result.exit_code == 0, result.output
        if fmt == "json":  # JSON keeps the ids and the numbered columns
            data = json.loads(result.stdout)
            assert data["conditions"][0]["grades"]["tissue-regeneration"] == "not-supported"
            assert data["benefits"][0] == {
                "column": 1,
                "id": "tissue-regeneration",
                "name": "Regeneration of damaged tissue",
            }
            assert data["grades"]["early"] == "small trials, phase I/II studies, case series"
        else:
            assert "tested, no benefit found" in result.stdout
            assert "not-supported" not in result.stdout


class TestCompare:
    @pytest.mark.parametrize("fmt", FORMATS)
    def test_two_conditions(self, fmt: str) -> None:
        result = run("compare", "oa", "rotator cuff", "-f", fmt)
        assert result.exit_code == 0, result.output
        if fmt == "json":
            assert [e["id"] for e in json.loads(result.stdout)["entries"]] == [
                "osteoarthritis",
                "rotator-cuff-tears",
            ]
        else:
            assert "Regulatory" in result.stdout and "Rotator cuff tears" in result.stdout

    def test_benefits(self) -> None:
        result = run("compare", "fewer-side-effects", "avoid-surgery", "-f", "text")
        assert result.exit_code == 0
        assert "What the evidence shows" in result.stdout

    def test_unknown_name_suggests(self) -> None:
        result = run("compare", "oa", "osteoarthritus")
        assert result.exit_code == 1
        assert "Did you mean: osteoarthritis" in result.stderr

    @pytest.mark.parametrize("names", [["oa"], ["oa", "OA"], ["oa", "fewer-side-effects"]])
    def test_needs_two_of_a_kind(self, names: list[str]) -> None:
        result = run("compare", *names)
        assert result.exit_code == 2
        assert "compare" in result.stderr


class TestPager:
    @pytest.mark.parametrize(
        ("terminal", "chosen", "lines", "expected"),
        [
            (False, True, 500, False),  # never in a pipe, even when asked
            (True, None, 500, True),  # taller than the screen
            (True, None, 5, False),  # fits
            (True, False, 500, False),  # --no-pager
            (True, True, 5, True),  # --pager
        ],
    )
    def test_decision(
        self, terminal: bool, chosen: bool | None, lines: int, expected: bool
    ) -> None:
        assert pager.wanted("x\n" * lines, terminal, 24, chosen) is expected

    def _run_in_terminal(self, tmp_path: Path, *args: str) -> Path:
        marker = tmp_path / "paged.txt"
        env = {**os.environ, "PAGER": f"cat > {marker}", "LINES": "24", "COLUMNS": "80"}
        leader, follower = os.openpty()
        child = subprocess.Popen(
            [SCRIPT, *args, "explain", "osteoarthritis"],
            stdout=follower,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        os.close(follower)
        shown = drained(leader)
        assert child.wait(timeout=60) == 0
        self.shown = shown.decode("utf-8", "replace")
        return marker

    def test_long_output_on_a_terminal_goes_through_the_pager(self, tmp_path: Path) -> None:
        marker = self._run_in_terminal(tmp_path)
        assert "Osteoarthritis" in marker.read_text(encoding="utf-8")

    def test_no_pager_on_a_terminal(self, tmp_path: Path) -> None:
        assert not self._run_in_terminal(tmp_path, "--no-pager").exists()
        assert "Osteoarthritis" in self.shown

    def test_never_when_piped(self, tmp_path: Path) -> None:
        marker = tmp_path / "paged.txt"
        result = subprocess.run(
            [SCRIPT, "--pager", "explain", "osteoarthritis"],
            capture_output=True,
            text=True,
            env={**os.environ, "PAGER": f"cat > {marker}"},
            timeout=60,
        )
        assert result.returncode == 0
        assert result.stdout.startswith("# Osteoarthritis")
        assert not marker.exists()


def in_terminal(*args: str, **env: str) -> tuple[int, str, str]:
    """Run `stemcell explain ...` with stdout on a pseudo-terminal 24 rows tall: the exit
    status, what the terminal showed and stderr. A variable given as "" is set empty."""
    leader, follower = os.openpty()
    child = subprocess.Popen(
        [SCRIPT, *args],
        stdout=follower,
        stderr=subprocess.PIPE,
        env={**os.environ, "LINES": "24", "COLUMNS": "80", **env},
    )
    os.close(follower)
    shown = drained(leader)
    assert child.stderr is not None
    errors = child.stderr.read().decode("utf-8", "replace")
    child.stderr.close()
    return child.wait(timeout=60), shown.decode("utf-8", "replace"), errors


class TestPagerCommand:
    """STEMCELL_PAGER takes a pager command, as GIT_PAGER and BAT_PAGER do, and still the
    words of when to page; `STEMCELL_PAGER=less stemcell explain knee` was a usage error
    ("'less' is not a valid boolean"). An empty value or `cat` means no pager (git's
    rule). A command is split as a shell would split it but never run by one, and only
    ever pages a terminal."""

    @pytest.mark.parametrize(
        ("value", "when", "command"),
        [
            *((word, "always", None) for word in ("1", "true", "True", "yes", "on", " y ")),
            *((word, "never", None) for word in ("0", "false", "FALSE", "no", "off", "n")),
            ("auto", "auto", None),
            ("always", "always", None),  # as --color=always/never (review4: "never" was
            ("Never", "never", None),  # taken for a command named never)
            (True, "always", None),  # the config file's TOML booleans
            (False, "never", None),
            ("less", None, ("less",)),
            ("less -S -R", None, ("less", "-S", "-R")),
            ("'my pager' --flag='a b'", None, ("my pager", "--flag=a b")),
            ("", None, ()),
            ("   ", None, ()),
            ("cat", None, ()),
            ("cat -v", None, ("cat", "-v")),  # a cat that does something is a pager
        ],
        ids=repr,
    )
    def test_a_value_is_a_word_of_when_or_a_command(
        self, value: str | bool, when: str | None, command: tuple[str, ...] | None
    ) -> None:
        assert pager.parse(value, "STEMCELL_PAGER") == pager.Setting(when, command)

    def test_a_command_that_cannot_be_split_is_a_usage_error(self) -> None:
        with pytest.raises(UsageError, match="STEMCELL_PAGER: cannot read the pager command"):
            pager.parse("less 'unclosed", "STEMCELL_PAGER")

    @pytest.mark.parametrize(
        ("variable", "file", "choice", "command"),
        [
            (None, None, None, (None, "built-in")),
            ("less -S", None, None, (("less", "-S"), "environment (STEMCELL_PAGER)")),
            ("0", None, (False, "environment (STEMCELL_PAGER)"), (None, "built-in")),
            ("", None, None, ((), "environment (STEMCELL_PAGER)")),
            # The file's word still says when when the environment names the command.
            ("less", "false", (False, "config file"), (("less",), "environment (STEMCELL_PAGER)")),
            ("1", "false", (True, "environment (STEMCELL_PAGER)"), (None, "built-in")),
            ("auto", "true", (None, "environment (STEMCELL_PAGER)"), (None, "built-in")),
            ("yes", '"most"', (True, "environment (STEMCELL_PAGER)"), (("most",), "config file")),
            ("more", '"most"', None, (("more",), "environment (STEMCELL_PAGER)")),
        ],
    )
    def test_when_and_what_are_each_first_found(
        self,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        variable: str | None,
        file: str | None,
        choice: tuple[bool | None, str] | None,
        command: tuple[tuple[str, ...] | None, str],
    ) -> None:
        config = tmp_path / "config.toml"
        if file is not None:
            config.write_text(f"pager = {file}\n", encoding="utf-8")
        monkeypatch.setenv("STEMCELL_CONFIG", str(config))
        monkeypatch.delenv("PAGER", raising=False)
        if variable is None:
            monkeypatch.delenv("STEMCELL_PAGER", raising=False)
        else:
            monkeypatch.setenv("STEMCELL_PAGER", variable)
        assert pager.default_choice() == choice
        assert pager.command() == command

    @pytest.mark.parametrize("paging", [[], ["--pager"], ["--no-pager"]], ids=str)
    def test_a_command_never_pages_a_pipe(self, tmp_path: Path, paging: list[str]) -> None:
        marker = tmp_path / "paged.txt"
        result = subprocess.run(
            [SCRIPT, *paging, "explain", "osteoarthritis"],
            capture_output=True,
            text=True,
            env={**os.environ, "STEMCELL_PAGER": f"tee {marker}"},
            timeout=60,
        )
        assert (result.returncode, result.stderr) == (0, "")
        assert result.stdout.startswith("# Osteoarthritis")
        assert not marker.exists()

    def test_a_command_pages_a_terminal(self, tmp_path: Path) -> None:
        marker = tmp_path / "paged by me.txt"  # a space: split as a shell would
        status, shown, errors = in_terminal(
            "explain", "osteoarthritis", STEMCELL_PAGER=f"tee '{marker}'", PAGER="false"
        )
        assert (status, errors) == (0, "")
        assert "Osteoarthritis" in marker.read_text(encoding="utf-8")
        assert "Osteoarthritis" in shown  # tee shows what it was given

    def test_a_command_waits_for_the_page_to_be_tall(self, tmp_path: Path) -> None:
        marker = tmp_path / "paged.txt"
        command = {"STEMCELL_PAGER": f"tee {marker}", "LINES": "500"}
        status, shown, _ = in_terminal("explain", "womac", **command)
        assert status == 0 and "WOMAC" in shown
        assert not marker.exists()  # it fits: not paged (say --pager to page it)
        status, _, _ = in_terminal("--pager", "explain", "womac", **command)
        assert status == 0 and "WOMAC" in marker.read_text(encoding="utf-8")

    @pytest.mark.parametrize("value", ["", "cat", "0", "no"])
    def test_no_pager(self, tmp_path: Path, value: str) -> None:
        marker = tmp_path / "paged.txt"
        status, shown, errors = in_terminal(
            "explain", "osteoarthritis", STEMCELL_PAGER=value, PAGER=f"cat > {marker}"
        )
        assert (status, errors) == (0, "")
        assert "Osteoarthritis" in shown
        assert not marker.exists()

    def test_a_word_still_pages_with_the_pager(self, tmp_path: Path) -> None:
        marker = tmp_path / "paged.txt"
        status, _, _ = in_terminal(
            "explain", "womac", STEMCELL_PAGER="on", PAGER=f"cat > {marker}", LINES="500"
        )
        assert status == 0 and "WOMAC" in marker.read_text(encoding="utf-8")

    def test_a_missing_pager_is_one_line_and_the_text_unpaged(self) -> None:
        status, shown, errors = in_terminal(
            "explain", "osteoarthritis", STEMCELL_PAGER="stemcell-no-such-pager --wide"
        )
        assert status == 0
        assert "Osteoarthritis" in shown
        assert errors.count("\n") == 1 and "Traceback" not in errors
        assert errors.startswith("stemcell: pager 'stemcell-no-such-pager'")
        assert "not found" in errors

    def test_a_command_that_cannot_be_split_is_one_line_exit_2(self) -> None:
        result = subprocess.run(
            [SCRIPT, "explain", "oa"],
            capture_output=True,
            text=True,
            env={**os.environ, "STEMCELL_PAGER": "less 'unclosed"},
            timeout=60,
        )
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "STEMCELL_PAGER" in result.stderr


def test_skipping_entries_unbuilt_never_loses_a_hit() -> None:
    """Search skips cached entries whose bytes lack a word; it must find what a full
    scan finds, including a match across the two values of "region: status"."""
    from stemcell_cli.core.cache import open_catalog
    from stemcell_cli.core.datadirs import data_dirs

    dataset = load_dataset(data_dirs(None))
    full = Catalog.from_dataset(dataset)  # entries as mappings: nothing is skipped
    open_catalog()  # writes the cache
    cached = open_catalog()  # entries as marshal bytes: the filter applies
    status = full.conditions["osteoarthritis"].regulatory[0]
    joined = f'"{status.region.split()[-1]}: {status.status.split()[0]}"'
    queries = ["cartilage", "knee pain", "FDA-approved", '"cord blood"', "WOMAC", joined]
    for query in [*queries, "zz-no-such-word"]:
        try:
            expected = search(full, query)
        except NoMatch:
            expected = []
        try:
            found = search(cached, query)
        except NoMatch:
            found = []
        assert [(h.kind, h.id, h.field.label) for h in found] == [
            (h.kind, h.id, h.field.label) for h in expected
        ], query
    assert search(full, joined)  # the joined query does match something
    fresh = open_catalog()
    search(fresh, "WOMAC")
    assert 0 < len(fresh.terms._built) < len(fresh.terms)  # the rest were skipped unbuilt
