"""`stemcell export DIR`: a vault read back with a Markdown parser, links resolve, front
matter parses, re-runs are idempotent, and files we did not write are never overwritten."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from stemcell_cli.cli.app import app
from stemcell_cli.core.cache import open_catalog
from stemcell_cli.core.kinds import KINDS, kind
from stemcell_cli.core.model import Grade
from stemcell_cli.export.files import MANIFEST
from stemcell_cli.export.files import digest as export_digest
from stemcell_cli.export.vault import yaml_value

HOSTILE_TERM = """terms:
  - id: zz-hostile
    name: 'Evil: "quoted" --- [x] #tag {y} \\ end'
    aliases: ["- dash", "key: value", "ünïcödé", "null", "yes"]
    definition: A term whose name and aliases would break naive YAML front matter.
    see_also: [autologous]
    reviewed: "2026-01-01"
"""


def run(runner: CliRunner, *args: str) -> Any:
    return runner.invoke(app, list(args))


def export(runner: CliRunner, vault: Path, *options: str, data_dir: Path | None = None) -> Any:
    root = ["--data-dir", str(data_dir)] if data_dir else []
    return run(runner, *root, "export", str(vault), *options, "-f", "json")


def notes(vault: Path) -> dict[str, str]:
    return {
        path.relative_to(vault).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(vault.rglob("*.md"))
    }


def snapshot(vault: Path) -> dict[str, tuple[int, bytes]]:
    return {
        path.relative_to(vault).as_posix(): (path.stat().st_mtime_ns, path.read_bytes())
        for path in sorted(vault.rglob("*"))
        if path.is_file()
    }


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    assert text.startswith("---\n")
    head, _, body = text[4:].partition("\n---\n")
    data = yaml.safe_load(head)
    assert isinstance(data, dict)
    return data, body


def links(markdown: str) -> list[str]:
    found: list[str] = []
    for token in MarkdownIt("commonmark").parse(markdown):
        for child in token.children or []:
            if child.type == "link_open":
                found.append(str(child.attrs["href"]))
    return found


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """A vault exported once from the shipped data, and the export's result: the tests of
    TestVault below only read it (each exported its own before ci2)."""
    vault = tmp_path_factory.mktemp("exported") / "vault"
    return vault, export(CliRunner(), vault)


class TestVault:
    def test_one_note_per_entry_plus_index(self, exported: tuple[Path, Any]) -> None:
        vault, result = exported
        assert result.exit_code == 0, result.output
        catalog = open_catalog()
        expected = {"index.md"} | {
            f"{exported.folder}/{record.id}.md"
            for exported in KINDS
            if exported.folder
            for record in catalog.of_kind(exported.name).values()
        }
        assert set(notes(vault)) == expected
        report = json.loads(result.stdout)
        assert report["counts"]["written"] == len(expected) + 1  # and references.bib
        assert {f["path"] for f in report["files"]} == expected | {"references.bib"}
        assert (vault / MANIFEST).is_file()
        assert not [p for p in vault.rglob("*") if p.name.endswith(".tmp")]

    def test_front_matter_parses(self, exported: tuple[Path, Any]) -> None:
        vault, _ = exported
        for path, text in notes(vault).items():
            data, body = split_front_matter(text)
            assert isinstance(data["title"], str) and data["title"], path
            assert "stemcell" in data["tags"], path
            if path == "index.md":
                continue
            assert body.lstrip().startswith(f"# {data['title'].split(' (')[0]}")
            kind_name = data["kind"]
            if kind_name != "reference":
                assert isinstance(data["aliases"], list)
                assert isinstance(data["reviewed"], str)
            assert path == f"{kind(kind_name).folder}/{data['id']}.md"
            if kind_name in ("condition", "benefit"):
                assert data["grade"] in {grade.value for grade in Grade}
                assert f"grade/{data['grade']}" in data["tags"]
            for tag in data["tags"]:
                assert " " not in tag

    def test_every_relative_link_resolves_inside_the_vault(
        self, exported: tuple[Path, Any]
    ) -> None:
        vault, _ = exported
        root = vault.resolve()
        relative = 0
        for path, text in notes(vault).items():
            _, body = split_front_matter(text)
            for href in links(body):
                if href.startswith(("http://", "https://")):
                    continue
                relative += 1
                target = ((vault / path).parent / href).resolve()
                assert target.is_file(), f"{path}: {href}"
                assert target.is_relative_to(root), f"{path}: {href}"
        assert relative > 100  # cross-links are really there

    def test_index_links_every_note(self, exported: tuple[Path, Any]) -> None:
        vault, _ = exported
        _, body = split_front_matter((vault / "index.md").read_text(encoding="utf-8"))
        assert set(links(body)) == set(notes(vault)) - {"index.md"}

    def test_entry_names_link_to_their_notes(self, exported: tuple[Path, Any]) -> None:
        vault, _ = exported
        text = (vault / "conditions" / "osteoarthritis.md").read_text(encoding="utf-8")
        assert "[Reduced inflammation](../benefits/reduced-inflammation.md)" in text
        assert "[Autologous](../terms/autologous.md)" in text
        assert "<https://doi.org/" in text  # external sources stay plain links

    def test_hostile_names_round_trip_through_front_matter(
        self, runner: CliRunner, vault: Path, user_dir: Any
    ) -> None:
        user = user_dir(glossary=HOSTILE_TERM)
        assert export(runner, vault, data_dir=user).exit_code == 0
        data, body = split_front_matter((vault / "terms" / "zz-hostile.md").read_text("utf-8"))
        assert data["title"] == 'Evil: "quoted" --- [x] #tag {y} \\ end'
        assert data["aliases"] == ["- dash", "key: value", "ünïcödé", "null", "yes"]
        assert "[Autologous](autologous.md)" in body

    @pytest.mark.parametrize("value", ["a\u2028b", "x\x85y", "\ufeffbom", 'q"\\'])
    def test_yaml_value_escapes_what_yaml_forbids(self, value: str) -> None:
        assert yaml.safe_load(f"k: {yaml_value(value)}") == {"k": value}


class TestRewrite:
    def test_rerun_is_idempotent(self, runner: CliRunner, vault: Path) -> None:
        export(runner, vault)
        before = snapshot(vault)
        result = export(runner, vault)
        assert result.exit_code == 0
        report = json.loads(result.stdout)
        assert report["counts"] == {
            "written": 0,
            "unchanged": len(before) - 1,
            "kept": 0,
            "removed": 0,
        }
        assert snapshot(vault) == before  # not even rewritten: same bytes, same mtimes

    def test_keeps_an_edited_note_and_says_so(self, runner: CliRunner, vault: Path) -> None:
        export(runner, vault)
        edited = vault / "conditions" / "osteoarthritis.md"
        edited.write_text("my own notes\n", encoding="utf-8")
        before = snapshot(vault)
        result = export(runner, vault)
        assert result.exit_code == 0
        assert "kept 1 file as you left it" in result.stderr
        assert "  conditions/osteoarthritis.md" in result.stderr
        assert "--force" in result.stderr
        assert snapshot(vault) == before
        statuses = {f["path"]: f["status"] for f in json.loads(result.stdout)["files"]}
        assert statuses["conditions/osteoarthritis.md"] == "kept"

    def test_keeps_files_it_never_wrote_and_writes_the_rest(
        self, runner: CliRunner, vault: Path
    ) -> None:
        vault.mkdir()
        (vault / "index.md").write_text("# My vault\n", encoding="utf-8")
        result = export(runner, vault)
        assert result.exit_code == 0
        assert "  index.md" in result.stderr
        assert (vault / "index.md").read_text(encoding="utf-8") == "# My vault\n"
        assert (vault / "conditions" / "osteoarthritis.md").is_file()

    def test_force_overwrites(self, runner: CliRunner, vault: Path) -> None:
        export(runner, vault)
        fresh = (vault / "index.md").read_text(encoding="utf-8")
        (vault / "index.md").write_text("mine\n", encoding="utf-8")
        result = export(runner, vault, "--force")
        assert result.exit_code == 0, result.output
        assert (vault / "index.md").read_text(encoding="utf-8") == fresh
        statuses = {f["path"]: f["status"] for f in json.loads(result.stdout)["files"]}
        assert statuses["index.md"] == "written"
        assert json.loads(export(runner, vault).stdout)["counts"]["written"] == 0

    def test_force_over_a_file_it_never_wrote(self, runner: CliRunner, vault: Path) -> None:
        vault.mkdir()
        (vault / "index.md").write_text("mine\n", encoding="utf-8")
        result = run(runner, "export", str(vault), "--force", "-f", "text")
        assert result.exit_code == 0, result.output
        assert "index.md" in result.stdout and "written" in result.stdout

    def test_identical_foreign_file_is_adopted(self, runner: CliRunner, vault: Path) -> None:
        export(runner, vault)
        (vault / MANIFEST).unlink()
        result = export(runner, vault)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["counts"]["written"] == 0

    def test_data_change_updates_only_our_notes(
        self, runner: CliRunner, vault: Path, user_dir: Any
    ) -> None:
        user = user_dir(glossary=HOSTILE_TERM)
        export(runner, vault, data_dir=user)
        assert (vault / "terms" / "zz-hostile.md").is_file()
        result = export(runner, vault)  # the user's term is gone from the data
        assert result.exit_code == 0, result.output
        statuses = {f["path"]: f["status"] for f in json.loads(result.stdout)["files"]}
        assert statuses["terms/zz-hostile.md"] == "removed"
        assert statuses["index.md"] == "written"  # its glossary lost the term
        assert not (vault / "terms" / "zz-hostile.md").exists()

    def test_edited_stale_note_is_kept(self, runner: CliRunner, vault: Path, user_dir: Any) -> None:
        user = user_dir(glossary=HOSTILE_TERM)
        export(runner, vault, data_dir=user)
        (vault / "terms" / "zz-hostile.md").write_text("kept\n", encoding="utf-8")
        assert export(runner, vault).exit_code == 0
        assert (vault / "terms" / "zz-hostile.md").read_text(encoding="utf-8") == "kept\n"


class TestErrors:
    def test_dir_is_a_file(self, runner: CliRunner, tmp_path: Path) -> None:
        target = tmp_path / "file.md"
        target.write_text("x", encoding="utf-8")
        result = run(runner, "export", str(target))
        assert result.exit_code == 2
        assert "is not a directory" in result.stderr
        assert target.read_text(encoding="utf-8") == "x"

    def test_a_folder_blocked_by_a_file(self, runner: CliRunner, vault: Path) -> None:
        vault.mkdir()
        (vault / "conditions").write_text("in the way", encoding="utf-8")
        result = run(runner, "export", str(vault))
        assert result.exit_code == 4
        assert result.stderr.startswith("stemcell: cannot write")
        assert "Traceback" not in result.output

    def test_note_path_is_a_directory(self, runner: CliRunner, vault: Path) -> None:
        (vault / "index.md").mkdir(parents=True)
        result = run(runner, "export", str(vault), "--force")
        assert result.exit_code == 4
        assert "Traceback" not in result.output

    def test_corrupt_manifest_means_nothing_is_ours(self, runner: CliRunner, vault: Path) -> None:
        export(runner, vault)
        (vault / MANIFEST).write_text("{not json", encoding="utf-8")
        (vault / "index.md").write_text("mine\n", encoding="utf-8")
        result = export(runner, vault)
        assert result.exit_code == 0
        assert "  index.md" in result.stderr
        assert (vault / "index.md").read_text(encoding="utf-8") == "mine\n"


@pytest.mark.parametrize("fmt", ["rich", "markdown", "text", "json"])
def test_report_in_every_format(runner: CliRunner, vault: Path, fmt: str) -> None:
    result = run(runner, "export", str(vault), "-f", fmt)
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    assert "conditions/osteoarthritis.md" in result.stdout


#: The command installed beside the Python running the tests (never another on PATH).
SCRIPT = str(Path(sys.executable).parent / "stemcell")


def test_kept_notes_in_a_real_process(vault: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "STEMCELL_DATA_DIR"}

    def stemcell(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(SCRIPT), *args], capture_output=True, text=True, env=env, check=False
        )

    first = stemcell("export", str(vault))
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("# Notes vault:")  # markdown in a pipe
    (vault / "index.md").write_text("mine\n", encoding="utf-8")
    again = stemcell("export", str(vault))
    assert again.returncode == 0
    assert again.stderr.splitlines() == [
        "stemcell: kept 1 file as you left it (edited, or not written by stemcell); "
        "--force overwrites it:",
        "  index.md",
    ]
    assert "| index.md | kept |" in again.stdout


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("../terms/womac.md", "[WOMAC \\[x\\]](../terms/womac.md)\n"),
        ("my notes/a (b).md", "[WOMAC \\[x\\]](<my notes/a (b).md>)\n"),
    ],
)
def test_markdown_link_with_its_own_text(url: str, expected: str) -> None:
    from stemcell_cli.render.markdown import render_page
    from stemcell_cli.views.document import Page, Paragraph, Span

    assert render_page(Page((Paragraph((Span("WOMAC [x]", "link", url),)),))) == expected


class TestUntrustedManifest:
    """The manifest lives in a folder others may write (a synced vault): what it says is
    taken only as far as it is safe."""

    @pytest.mark.parametrize(
        "path",
        [
            "/etc/passwd",
            "../outside.md",
            "conditions/../../outside.md",
            ".hidden.md",
            "a/b/c.md",
            "conditions\\x.md",
            "",
            "terms/\u202eevil.md",
        ],
    )
    def test_paths_not_of_our_shape_are_ignored(self, path: str) -> None:
        from stemcell_cli.export.files import parse_manifest

        raw = json.dumps({"files": {path: "sha256:" + "0" * 64, "index.md": "sha256:" + "1" * 64}})
        assert parse_manifest(raw.encode()).files == {"index.md": "sha256:" + "1" * 64}

    @pytest.mark.parametrize(
        "raw",
        [b"[]", b"null", b'{"files": []}', b'{"files": {"index.md": 5}}', b"[" * 100_000, b"\xff"],
    )
    def test_a_manifest_of_the_wrong_shape_means_nothing_is_ours(self, raw: bytes) -> None:
        from stemcell_cli.export.files import parse_manifest

        assert parse_manifest(raw).files == {}

    def test_a_file_outside_the_folders_we_write_is_never_removed(
        self, runner: CliRunner, vault: Path
    ) -> None:
        """Even listed with its real hash, a file of the user's elsewhere in the vault."""
        export(runner, vault)
        mine = vault / "journal" / "today.md"
        mine.parent.mkdir()
        mine.write_text("my day\n", encoding="utf-8")
        manifest = json.loads((vault / MANIFEST).read_text(encoding="utf-8"))
        manifest["files"]["journal/today.md"] = export_digest(mine.read_bytes())
        (vault / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        assert export(runner, vault).exit_code == 0
        assert mine.read_text(encoding="utf-8") == "my day\n"

    def test_a_link_planted_as_our_temporary_file_is_removed_not_followed(
        self, runner: CliRunner, vault: Path, tmp_path: Path
    ) -> None:
        target = tmp_path / "precious.txt"
        target.write_text("precious\n", encoding="utf-8")
        vault.mkdir()
        (vault / ".stemcell-export.json.tmp").symlink_to(target)
        assert export(runner, vault).exit_code == 0
        assert target.read_text(encoding="utf-8") == "precious\n"
        assert not (vault / ".stemcell-export.json.tmp").is_symlink()


@pytest.mark.parametrize("descriptors", [True, False], ids=["by-descriptor", "by-path"])
def test_links_in_the_vault_are_never_followed_either_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, descriptors: bool
) -> None:
    """Where the system has no descriptor-relative calls, paths are checked instead."""
    from stemcell_cli.core.errors import OutputError
    from stemcell_cli.export import files

    if descriptors and not files._DIR_FD:
        pytest.skip("this system has no descriptor-relative file calls")
    monkeypatch.setattr(files, "_DIR_FD", descriptors)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x").write_text("secret\n", encoding="utf-8")
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "index.md").symlink_to(outside / "x")
    results = files.export_files(vault, {"index.md": "hello\n", "terms/a.md": "A\n"})
    assert [r.status for r in results] == ["kept", "written"]
    forced = files.export_files(vault, {"index.md": "hello\n"}, force=True)
    assert [r.status for r in forced] == ["written"]
    assert not (vault / "index.md").is_symlink()
    (vault / "topics").symlink_to(outside)
    with pytest.raises(OutputError, match="symbolic link"):
        files.export_files(vault, {"topics/b.md": "B\n"})
    assert sorted(p.name for p in outside.iterdir()) == ["x"]
    assert (outside / "x").read_text(encoding="utf-8") == "secret\n"
