"""A web address in a user's own data dir is shown, never a live link, in Markdown
(attack7; attack6 left it): the rule follows where the words came from.

Run through the installed command with a data dir of the user's; its Markdown (an
`explain` page, an exported vault's notes and index) is read by markdown-it-py with
linkify on, as VS Code reads notes. Every address in the user's words must be shown
defanged and linked nowhere; a reference's `url` (a field that is a link, its scheme
checked by the loader) stays a link; text and JSON keep the words as typed; the
shipped data's pages are the same with the data dir given as without it."""

from __future__ import annotations

import json
from pathlib import Path

from mdlinks import autolinking_reader, link_addresses
from test_attacks import isolated, stemcell

WORDS = (
    "Book at https://evil.example/pay or www.cheap-cells.com, mail info@cheap-cells.com,"
    " visit cheap-cells.com or [x](https://evil.example/x)."
)
GLOSSARY = f"""terms:
  - id: my-term
    name: My term www.name.example
    aliases: [my alias]
    hint: "a hint at hint.example"
    definition: "{WORDS}"
    references: [my-ref]
    reviewed: "2026-01-01"
"""
REFERENCES = """references:
  - id: my-ref
    type: website
    title: "A page at title.example"
    url: "https://mine.example/page"
    summary: "Read at https://summary.example/x."
"""
#: What a reader sees of each address: shown, defanged.
SHOWN = (
    "https[:]//evil[.]example/pay",
    "www[.]cheap-cells[.]com",
    "info[@]cheap-cells[.]com",
    "cheap-cells[.]com",
    "[x](https[:]//evil[.]example/x)",
)


def _data(root: Path) -> Path:
    folder = root / "data"
    folder.mkdir()
    (folder / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    (folder / "references.yaml").write_text(REFERENCES, encoding="utf-8")
    return folder


def _read(markdown: str) -> tuple[list[str], str]:
    """The link addresses a reader makes of `markdown`, and the text it shows."""
    parser = autolinking_reader()
    shown = "".join(
        child.content
        for token in parser.parse(markdown)
        for child in (token.children or ())
        if child.type == "text"
    )
    return link_addresses(parser, markdown), shown


def test_an_address_in_a_users_data_is_shown_and_never_a_link(tmp_path: Path) -> None:
    env, data = isolated(tmp_path), _data(tmp_path)
    for args in (("explain", "my term"), ("explain", "my term", "--full")):
        page = stemcell(env, "--data-dir", str(data), *args, "-f", "markdown")
        assert page.returncode == 0, page.stderr
        links, shown = _read(page.stdout)
        assert links == ["https://mine.example/page"], links  # the reference's url only
        for address in SHOWN:
            assert address in shown, (address, shown)
        assert "www[.]name[.]example" in shown


def test_an_exported_vault_makes_no_link_of_a_users_words(tmp_path: Path) -> None:
    env, data = isolated(tmp_path), _data(tmp_path)
    vault = tmp_path / "vault"
    result = stemcell(env, "--data-dir", str(data), "export", str(vault))
    assert result.returncode == 0, result.stderr
    note = (vault / "terms" / "my-term.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    links, shown = _read(note)
    # the reference's url, and the relative addresses of other notes
    assert [link for link in links if ":" in link] == ["https://mine.example/page"], links
    for address in SHOWN:
        assert address in shown, (address, shown)
    ref = (vault / "references" / "my-ref.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    links, shown = _read(ref)
    assert "https://summary.example/x" not in links and "https[:]//summary[.]example/x" in shown
    assert "https://mine.example/page" in links
    index = (vault / "index.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    links, shown = _read(index)
    assert [link for link in links if ":" in link] == [], links
    assert "www[.]name[.]example" in shown and "title[.]example" in shown


def test_text_and_json_keep_a_users_words_as_typed(tmp_path: Path) -> None:
    env, data = isolated(tmp_path), _data(tmp_path)
    text = stemcell(env, "--data-dir", str(data), "explain", "my term", "--full", "-f", "text")
    assert text.returncode == 0, text.stderr
    assert "https://evil.example/pay" in text.stdout and "[.]" not in text.stdout
    raw = stemcell(env, "--data-dir", str(data), "explain", "my term", "-f", "json")
    assert json.loads(raw.stdout)["definition"] == WORDS


def test_the_shipped_pages_are_the_same_with_a_users_data_dir(tmp_path: Path) -> None:
    """A page that reads nothing of the user's is written as it always was: our own
    prose (`clinicaltrials.gov`) and sources' addresses stay as they are."""
    env, data = isolated(tmp_path), _data(tmp_path)
    for name in ("trial-registration", "osteoarthritis"):
        args = ("explain", name, "--full", "-f", "markdown")
        alone = stemcell(env, *args)
        assert alone.returncode == 0, alone.stderr
        assert stemcell(env, "--data-dir", str(data), *args).stdout == alone.stdout
        assert "[.]" not in alone.stdout and "[:]" not in alone.stdout
        links, _ = _read(alone.stdout)
        assert any(link.startswith("https://") for link in links)


def test_a_vault_with_a_users_data_dir_keeps_every_shipped_note(tmp_path: Path) -> None:
    """Only the notes that show the user's words change: their own, and the index that
    lists them. Every shipped note (a reference's too, whose "cited by" looks through
    every entry for its id) is byte for byte as without the data dir."""
    env, data = isolated(tmp_path), _data(tmp_path)
    alone, mine = tmp_path / "alone", tmp_path / "mine"
    assert stemcell(env, "export", str(alone)).returncode == 0
    assert stemcell(env, "--data-dir", str(data), "export", str(mine)).returncode == 0
    ours = {p.relative_to(alone) for p in alone.rglob("*.md")}
    theirs = {p.relative_to(mine) for p in mine.rglob("*.md")}
    assert theirs - ours == {Path("terms/my-term.md"), Path("references/my-ref.md")}
    changed = [
        str(note)
        for note in sorted(ours)
        if (alone / note).read_bytes() != (mine / note).read_bytes()
    ]
    assert changed == ["index.md"], changed


def test_a_users_note_that_reads_nothing_else_of_theirs_makes_no_link(tmp_path: Path) -> None:
    """A note of the user's own reference that no entry cites: building it reads no
    other entry of theirs through the catalog, so the note is marked by where the
    reference came from (vault.py, `_note_page`), not by a count of reads."""
    env, data = isolated(tmp_path), _data(tmp_path)
    lone = "\n".join(
        line.replace("my-ref", "lone-ref").replace("summary.example", "lone.example")
        for line in REFERENCES.splitlines()[1:]
    )
    (data / "references.yaml").write_text(REFERENCES + lone + "\n", encoding="utf-8")
    vault = tmp_path / "vault"
    assert stemcell(env, "--data-dir", str(data), "export", str(vault)).returncode == 0
    note = (vault / "references" / "lone-ref.md").read_text(encoding="utf-8")
    links, shown = _read(note.split("\n---\n", 1)[1])
    assert "https://lone.example/x" not in links and "https[:]//lone[.]example/x" in shown


def test_a_vault_read_from_the_cache_is_the_vault_read_from_the_files(tmp_path: Path) -> None:
    """The second export of a user's data dir reads its entries from the cache as bytes
    (Records.holding looks in them): every note is byte for byte that of the first."""
    env, data = isolated(tmp_path), _data(tmp_path)
    first, again = tmp_path / "first", tmp_path / "again"
    assert stemcell(env, "--data-dir", str(data), "export", str(first)).returncode == 0
    assert stemcell(env, "--data-dir", str(data), "export", str(again)).returncode == 0
    notes = sorted(p.relative_to(first) for p in first.rglob("*.md"))
    assert notes == sorted(p.relative_to(again) for p in again.rglob("*.md"))
    differ = [str(n) for n in notes if (first / n).read_bytes() != (again / n).read_bytes()]
    assert differ == [], differ
