"""Notes that stay yours: re-running `export` over a vault you use, the reference notes and
bibliography, term links, and pages appended to a notes file with `>>`.

Through the installed command in real processes, with the cache and HOME in temporary
folders.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from pybtex.database import parse_string

from stemcell_cli.core.cache import open_catalog

SCRIPT = str(Path(sys.executable).parent / "stemcell")

TERM = """terms:
  - id: my-term
    name: My term
    definition: {definition}
    reviewed: "2026-01-01"
"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    clean = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("STEMCELL_", "XDG_")) and key not in ("NO_COLOR", "FORCE_COLOR")
    }
    return {
        **clean,
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "STEMCELL_CACHE_DIR": str(tmp_path / "cache"),
    }


def stemcell(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [SCRIPT, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def statuses(result: subprocess.CompletedProcess[str]) -> dict[str, str]:
    assert result.returncode == 0, result.stderr
    return {f["path"]: f["status"] for f in json.loads(result.stdout)["files"]}


def user_data(folder: Path, definition: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "glossary.yaml").write_text(TERM.format(definition=definition), encoding="utf-8")
    return folder


def test_a_rerun_updates_its_notes_keeps_your_edits_and_writes_what_is_missing(
    tmp_path: Path, env: dict[str, str]
) -> None:
    vault = tmp_path / "vault"
    data = user_data(tmp_path / "data", "The first definition.")
    assert stemcell(env, "--data-dir", str(data), "export", str(vault)).returncode == 0
    edited = vault / "conditions" / "osteoarthritis.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMy own remark.\n", "utf-8")
    mine = edited.read_bytes()
    deleted = vault / "terms" / "womac.md"
    deleted.unlink()
    user_data(data, "The second definition.")

    again = stemcell(env, "--data-dir", str(data), "export", str(vault), "-f", "json")
    found = statuses(again)
    assert found["terms/my-term.md"] == "written"  # ours, and the data changed
    assert "The second definition." in (vault / "terms" / "my-term.md").read_text("utf-8")
    assert found["terms/womac.md"] == "written"  # missing: written again
    assert deleted.is_file()
    assert found["conditions/osteoarthritis.md"] == "kept"
    assert edited.read_bytes() == mine
    assert again.stderr.splitlines()[1:] == ["  conditions/osteoarthritis.md"]
    assert {status for path, status in found.items() if "my-term" not in path} >= {"unchanged"}

    settled = stemcell(env, "--data-dir", str(data), "export", str(vault), "-f", "json")
    assert set(statuses(settled).values()) == {"unchanged", "kept"}

    forced = stemcell(env, "--data-dir", str(data), "export", str(vault), "--force", "-f", "json")
    assert statuses(forced)["conditions/osteoarthritis.md"] == "written"
    assert forced.stderr == ""
    assert b"My own remark." not in edited.read_bytes()


def test_a_note_reverted_to_what_stemcell_wrote_is_updated_again(
    tmp_path: Path, env: dict[str, str]
) -> None:
    vault = tmp_path / "vault"
    data = user_data(tmp_path / "data", "One.")
    assert stemcell(env, "--data-dir", str(data), "export", str(vault)).returncode == 0
    note = vault / "terms" / "my-term.md"
    original = note.read_bytes()
    note.write_text("edited\n", encoding="utf-8")
    user_data(data, "Two.")
    kept = stemcell(env, "--data-dir", str(data), "export", str(vault), "-f", "json")
    assert statuses(kept)["terms/my-term.md"] == "kept"
    note.write_bytes(original)  # the edit undone
    again = stemcell(env, "--data-dir", str(data), "export", str(vault), "-f", "json")
    assert statuses(again)["terms/my-term.md"] == "written"
    assert "Two." in note.read_text(encoding="utf-8")


def test_condition_notes_link_their_terms_instead_of_defining_them(
    tmp_path: Path, env: dict[str, str]
) -> None:
    vault = tmp_path / "vault"
    assert stemcell(env, "export", str(vault)).returncode == 0
    note = (vault / "conditions" / "osteoarthritis.md").read_text(encoding="utf-8")
    section = note.split("## Terms used\n", 1)[1].split("\n## ", 1)[0]
    linked = re.findall(r"\]\(\.\./(terms|topics)/([a-z0-9-]+)\.md\)", section)
    assert ("terms", "autologous") in linked
    items = [line for line in section.splitlines() if line.startswith("- ")]
    assert len(items) == len(linked)  # one link per line, nothing after it
    assert all(line.endswith(".md)") for line in items)
    # Each term's definition from the catalog in process (what `explain TERM -f json`
    # shows; a `stemcell` run per linked term took 9 s of the suite).
    terms = open_catalog().of_kind("term")
    for folder, term in linked:
        if folder == "terms":
            assert terms[term].definition[:60] not in note


def test_one_note_per_reference_and_a_bibliography(tmp_path: Path, env: dict[str, str]) -> None:
    vault = tmp_path / "vault"
    assert stemcell(env, "export", str(vault)).returncode == 0
    references = json.loads(stemcell(env, "sources", "-f", "json").stdout)
    ids = {item["id"] for item in references}
    assert {p.stem for p in (vault / "references").glob("*.md")} == ids
    bibliography = parse_string((vault / "references.bib").read_text("utf-8"), "bibtex")
    assert set(bibliography.entries) == ids
    condition = (vault / "conditions" / "osteoarthritis.md").read_text(encoding="utf-8")
    cited = re.findall(r"\]\(\.\./references/([a-z0-9-]+)\.md\)", condition)
    assert cited and set(cited) <= ids
    reference = (vault / "references" / f"{cited[0]}.md").read_text(encoding="utf-8")
    assert "](../conditions/osteoarthritis.md)" in reference
    index = (vault / "index.md").read_text(encoding="utf-8")
    assert f"](references/{cited[0]}.md)" in index and "references.bib" in index
    # References have notes, but `explain` still does not find them: `sources` does.
    assert stemcell(env, "explain", cited[0]).returncode == 1
    assert stemcell(env, "sources", cited[0]).returncode == 0


def test_pages_appended_with_double_arrow_each_start_clean(
    tmp_path: Path, env: dict[str, str]
) -> None:
    """`stemcell explain x >> notes.md` several times: each page ends with an empty line,
    so the file reads as the pages one after the other, every heading set apart."""
    notes = tmp_path / "notes.md"
    commands = [
        ["explain", "osteoarthritis"],
        ["explain", "womac"],
        ["conditions", "list"],
        ["sources", "osteoarthritis"],
        ["explain", "rheumatoid arthritis"],
    ]
    pages = []
    for command in commands:
        line = " ".join(f"'{part}'" for part in [SCRIPT, *command]) + f" >> '{notes}'"
        assert subprocess.run(line, shell=True, env=env, timeout=120).returncode == 0
        pages.append(stemcell(env, *command).stdout)
    text = notes.read_text(encoding="utf-8")
    assert text == "".join(pages)
    assert all(page.endswith("\n\n") and not page.endswith("\n\n\n") for page in pages)
    parser = MarkdownIt("commonmark").enable("table")

    def blocks(markdown: str) -> list[tuple[str, str]]:
        return [(token.type, token.content) for token in parser.parse(markdown)]

    assert blocks(text) == [block for page in pages for block in blocks(page)]
    lines = text.splitlines()
    for number, line in enumerate(lines[1:], 1):
        if line.startswith("#"):
            assert lines[number - 1] == "", (number, lines[number - 1], line)
