"""Shell completion through Typer's completion environment variables, in real processes.

bash: `_STEMCELL_COMPLETE=complete_bash`, `COMP_WORDS`, `COMP_CWORD` (one value per line);
zsh and fish: `_STEMCELL_COMPLETE=complete_zsh|complete_fish` and `_TYPER_COMPLETE_ARGS`
(see typer/_completion_classes.py).
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from stemcell_cli.cli.options import _complete_names, completion_help
from stemcell_cli.core import cache
from stemcell_cli.core import completion as completion_module
from stemcell_cli.core.cache import open_catalog
from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.completion import completion_index, match_completions
from stemcell_cli.core.datadirs import completion_word, data_dirs, normalize
from stemcell_cli.core.kinds import explainable

#: The command installed beside the Python running the tests (never another on PATH).
SCRIPT = str(Path(sys.executable).parent / "stemcell")

USER_TERM = """terms:
  - id: zz-prolotherapy
    name: Zz prolotherapy
    aliases: [zz dextrose injection]
    definition: Injections of an irritant solution.
    reviewed: "2026-01-01"
"""


def complete(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "STEMCELL_DATA_DIR"}
    full_env.update(env)
    return subprocess.run(
        [str(SCRIPT), *args], capture_output=True, text=True, env=full_env, check=False, timeout=60
    )


def bash(line: str, **env: str) -> list[str]:
    """What bash would offer for the last word of `line` (ending in a space: a new word)."""
    words = line.split(" ")
    result = complete(
        {
            "_STEMCELL_COMPLETE": "complete_bash",
            "COMP_WORDS": line,
            "COMP_CWORD": str(len(words) - 1),
            **env,
        }
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return [line for line in result.stdout.splitlines() if line]


class TestBash:
    def test_explain_completes_ids_and_aliases(self) -> None:
        offered = bash("stemcell explain osteo")
        assert "osteoarthritis" in offered
        assert "osteoarthrosis" in offered  # an alias

    def test_every_kind(self) -> None:
        offered = bash("stemcell explain ")
        for name in ("rotator-cuff-tears", "avoid-surgery", "msc", "womac"):
            assert name in offered

    def test_multi_word_names_are_one_shell_word(self) -> None:
        offered = bash("stemcell explain hip")
        assert "hip-and-knee-pain" in offered
        assert "hip-osteoarthritis" in offered  # the alias "hip osteoarthritis"
        assert all(" " not in word and "'" not in word for word in offered)
        assert "golfers-elbow" in bash("stemcell explain golf")  # "golfer's elbow"

    def test_conditions_show_offers_only_conditions(self) -> None:
        offered = bash("stemcell conditions show ")
        assert "osteoarthritis" in offered
        assert "tissue-regeneration" not in offered
        assert "womac" not in offered

    def test_benefits_show_offers_only_benefits(self) -> None:
        offered = bash("stemcell benefits show ")
        assert "tissue-regeneration" in offered
        assert "osteoarthritis" not in offered

    def test_sources_offers_entries_and_reference_ids(self) -> None:
        assert "ma-2020-knee-oa-meta" in bash("stemcell sources ma-2020")
        assert "osteoarthritis" in bash("stemcell sources osteo")

    def test_data_dir_option_is_honoured(self, user_dir: Any) -> None:
        user = user_dir(glossary=USER_TERM)
        offered = bash(f"stemcell --data-dir {user} explain zz")
        assert offered == ["zz-prolotherapy", "zz-dextrose-injection"]

    def test_data_dir_variable_is_honoured(self, user_dir: Any) -> None:
        user = user_dir(glossary=USER_TERM)
        offered = bash("stemcell explain zz", STEMCELL_DATA_DIR=str(user))
        assert "zz-prolotherapy" in offered
        assert bash("stemcell explain zz") == []

    def test_broken_data_dir_offers_nothing_quietly(self, tmp_path: Path) -> None:
        (tmp_path / "glossary.yaml").write_text("terms: [", encoding="utf-8")
        assert bash(f"stemcell --data-dir {tmp_path} explain zz") == []


def test_zsh_shows_names_as_help() -> None:
    result = complete(
        {"_STEMCELL_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "stemcell explain avoid-s"}
    )
    assert result.returncode == 0, result.stderr
    assert '"avoid-surgery":"Avoiding invasive surgery (benefit)"' in result.stdout


def test_fish_one_line_per_completion() -> None:
    result = complete(
        {
            "_STEMCELL_COMPLETE": "complete_fish",
            "_TYPER_COMPLETE_FISH_ACTION": "get-args",
            "_TYPER_COMPLETE_ARGS": "stemcell sources ma-2020",
        }
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("ma-2020") for line in lines)


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash here")
def test_show_completion_detects_the_shell() -> None:
    """`stemcell --show-completion` run from bash prints the bash script.

    The `; exit` keeps bash from replacing itself with stemcell, so bash is the parent
    whatever shell (or none) started the tests."""
    result = subprocess.run(
        ["bash", "-c", f"'{SCRIPT}' --show-completion; exit $?"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "_STEMCELL_COMPLETE=complete_bash" in result.stdout
    assert "complete -o default -F _stemcell_completion stemcell" in result.stdout


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish", "powershell"])
def test_show_completion_for_each_shell(shell: str) -> None:
    # Typer's own switch for naming the shell instead of detecting it (its tests use it).
    result = complete(
        {"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}, "--show-completion", shell
    )
    assert result.returncode == 0, result.stderr
    assert f"complete_{shell}" in result.stdout


def test_every_completion_word_finds_its_entry() -> None:
    """The hyphenated word offered for a name or alias looks up the same entry."""
    catalog = open_catalog()
    for _, name, _, _ in catalog.names():
        assert catalog.find(completion_word(name)) is catalog.find(name), name
    assert _complete_names(catalog, "", ("condition",))


def test_completion_help_is_one_short_line_without_markup() -> None:
    assert completion_help("[bold]x[/bold]") == "\\[bold]x\\[/bold]"
    long = completion_help("word " * 40)
    assert len(long) <= 60 and long.endswith("...")


@pytest.mark.parametrize("text", ["[bold]x[/bold]", "a\\[b]", "end\\", "plain [1]", "[link=x]y"])
def test_completion_help_escapes_exactly_as_rich_does(text: str) -> None:
    """Our copy of Rich's escape (kept to avoid importing Rich) must not drift from it."""
    from rich.markup import escape

    assert completion_help(text) == escape(text)


def scan(catalog: Catalog, incomplete: str, kinds: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """The definition the index must keep: every name of `kinds` in lookup order, as a
    shell word starting with what was typed (case and punctuation ignored), each once."""
    prefix = normalize(incomplete)
    found: dict[str, tuple[str, str, str]] = {}
    for _, name, kind, title in catalog.names(kinds):
        word = completion_word(name)
        if word and normalize(word).startswith(prefix) and word not in found:
            found[word] = (word, kind, title)
    return list(found.values())


@pytest.fixture(scope="module")
def kept_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Catalog]:
    """A user data dir's completion index, kept in a cache folder of its own and read back
    from its file, and the dir's catalog: made once for the 44 cases below, which only
    read them (each case made both again, 0.1 s of CPU, before ci2)."""
    user = tmp_path_factory.mktemp("completion-user")
    (user / "glossary.yaml").write_text(USER_TERM, encoding="utf-8")
    dirs = data_dirs(user)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("STEMCELL_CACHE_DIR", str(tmp_path_factory.mktemp("completion-cache")))
        cache.cached_completions(dirs)  # validates and keeps the index
        index = cache.cached_completions(dirs)  # read back from its file
        return index, open_catalog(user)


@pytest.mark.parametrize(
    "incomplete",
    ["", "0", "o", "ost", "OST", "hip-", "hip pain", "zz", "zzzzzz", "golfer's", "nothing-like-it"],
)
@pytest.mark.parametrize("kinds", [explainable(), ("condition",), ("benefit",), ("term",)])
def test_the_cached_index_answers_as_a_scan_would(
    kept_index: tuple[Any, Catalog], incomplete: str, kinds: tuple[str, ...]
) -> None:
    index, catalog = kept_index
    expected = scan(catalog, incomplete, kinds)
    assert match_completions(index, incomplete, kinds) == expected
    assert catalog.completions(incomplete, kinds) == expected


def test_a_keystroke_on_a_big_data_dir_searches_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No per-name work at each keystroke: the sorted index is searched, not scanned."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from synthetic import write_dataset

    big = write_dataset(tmp_path / "big", conditions=1500, benefits=50)
    dirs = data_dirs(big)
    cache.cached_completions(dirs)  # validates, keeps the entries, then the index
    calls: list[str] = []

    def counted(name: str) -> str:
        calls.append(name)
        return completion_word(name)

    monkeypatch.setattr(completion_module, "completion_word", counted)

    def refuse(*_: object) -> None:
        raise AssertionError("the entries were read to complete a name")

    monkeypatch.setattr(cache, "cached_store", refuse)
    index = cache.cached_completions(dirs)
    words = [word for word, _, _ in match_completions(index, "sc0042", explainable())]
    assert words == [f"sc0042{n}" for n in range(10)]
    assert calls == []


def linear(index: str, incomplete: str, kinds: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """What match_completions must give, found by reading every line."""
    prefix = normalize(incomplete)
    rows = sorted(
        (order, word, kind, title)
        for key, order, word, kind, title in (line.split("\t") for line in index.splitlines())
        if key.startswith(prefix) and kind in kinds
    )
    seen: set[str] = set()
    return [(w, k, t) for _, w, k, t in rows if not (w in seen or seen.add(w))]  # type: ignore[func-returns-value]


def test_every_prefix_of_every_name_matches_as_a_scan_would() -> None:
    """The binary search finds the first and the last line too, and every start."""
    names = [("", name, "condition", name.title()) for name in ("aa", "ab", "b", "ba c", "zz")]
    index = completion_index(names)
    keys = [line.split("\t")[0] for line in index.splitlines()]
    prefixes = {key[:n] for key in keys for n in range(len(key) + 1)} | {"0", "a0", "zzz", "~"}
    for prefix in sorted(prefixes):
        assert match_completions(index, prefix, ("condition",)) == linear(
            index, prefix, ("condition",)
        ), prefix


class CountingIndex(str):
    """A completion index that counts the look-ups made in it."""

    looks: list[int]

    def index(self, *args: Any) -> int:  # type: ignore[override]
        self.looks.append(1)
        return super().index(*args)

    def rfind(self, *args: Any) -> int:  # type: ignore[override]
        self.looks.append(1)
        return super().rfind(*args)


@pytest.mark.parametrize("prefix", ["name 00000", "name 02500", "name 04999", "name 1"])
def test_a_prefix_is_found_in_a_few_look_ups_not_a_scan(prefix: str) -> None:
    """Bisection: about three look-ups per halving of 5,000 lines, plus one per match."""
    names = [("", f"name {n:05d}", "condition", f"Name {n}") for n in range(5000)]
    index = CountingIndex(completion_index(names))
    index.looks = []
    found = match_completions(index, prefix, ("condition",))
    assert found == linear(index, prefix, ("condition",))
    assert len(index.looks) <= 3 * math.ceil(math.log2(5000)) + 2 * len(found) + 4
