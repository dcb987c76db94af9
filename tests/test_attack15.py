"""Attack15's findings, each through the installed command in a subprocess
(docs/security.md, "Attacks tried")."""

from __future__ import annotations

import itertools
import string
from pathlib import Path

from installed import check_cpu, found_on_web_page, stemcell


def _tags() -> itertools.chain[str]:
    """Words of small letters, each once ("zaa", "zab", ...), none of them English: so
    no two pieces of a page are alike (a block the text repeats is read once)."""
    return itertools.chain.from_iterable(
        ("z" + "".join(t) for t in itertools.product(string.ascii_lowercase, repeat=n))
        for n in itertools.count(2)
    )


def _page(folder: Path, name: str, unit: str, size: int) -> Path:
    """A page of one line: `unit` again and again, its TAG a word of its own each time."""
    tags, said, length = _tags(), [], 0
    while length < size:
        said.append(unit.replace("TAG", next(tags)))
        length += len(said[-1])
    page = folder / f"{name}.txt"
    page.write_text("".join(said) + "\n", encoding="utf-8")
    return page


def test_many_quotes_after_may_be_in_one_sentence_cost_what_plain_text_does(
    tmp_path: Path,
) -> None:
    """'stem cells ... may be "a miracle" ' again and again with no full stop (250 KB):
    whether a sentence gives its words to a speaker ("critics say", firstgg1 and
    review13's reading) was looked for in the whole sentence once for each quotation
    after "may be", the square of a sentence's 1,200 words: 30 times plain text of the
    same size (a 5 MiB page: a minute here). It is looked for once a sentence now (a
    ratio, generous: a hang, not a speed, is what fails)."""
    size = 250_000
    cache = {"STEMCELL_CACHE_DIR": str(tmp_path / "cache")}
    plain = _page(tmp_path, "plain", "our TAG cells may be a new kind of help ", size)
    quoted = _page(tmp_path, "quoted", 'stem cells TAG may be "a miracle" ', size)
    check_cpu(plain, **cache)  # (the matcher compiled, for the runs below)
    took_plain, result = check_cpu(plain, **cache)
    assert result.returncode == 0, result.stderr
    took, result = check_cpu(quoted, **cache)
    assert result.returncode in (0, 1), result.stderr
    assert took < 5 * took_plain + 1, (took, took_plain)


def _glossary(folder: Path, names: list[str]) -> Path:
    """A data dir of terms called `names` (ids t0, t1, ...)."""
    data = folder / "data"
    data.mkdir()
    terms = "".join(
        f'  - id: t{n}\n    name: "{name}"\n    definition: A word.\n    reviewed: "2026-11-25"\n'
        for n, name in enumerate(names)
    )
    (data / "glossary.yaml").write_text(f"terms:\n{terms}", encoding="utf-8")
    return data


def test_a_word_that_matches_thousands_of_entries_lists_a_few(tmp_path: Path) -> None:
    """`explain term` where a data dir has 500 terms whose names start "Term": the
    answer listed every one, a line each (5,000 entries, 5,000 lines on stderr). Now
    the closest few, then how many more, then where to start."""
    data = _glossary(tmp_path, [f"Term {n}" for n in range(500)])
    result = stemcell("--data-dir", str(data), "explain", "term")
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("'term' matches 50"), lines[0]  # (ours and "long-term")
    assert "  Term 0 (t0): its name" in lines
    assert len(lines) < 30, result.stderr
    assert " more: add a word to narrow it down" in lines[-2], result.stderr
    # (all 500 match the same way, by their names' first word, so none is the closest:
    # review14's tie keeps the plain line)
    assert lines[-1] == "Read one with its id, such as: stemcell explain t0"


def test_a_long_ambiguous_name_is_quoted_cut(tmp_path: Path) -> None:
    """A name of 10,000 characters that starts two entries' names (of 10,000 too): the
    answer quoted it whole, and each name whole, lines of 10 KB on stderr, where a name
    that matches nothing is cut to 80 (attack6). Now each is cut."""
    words = " ".join(["Word"] * 2000)
    data = _glossary(tmp_path, [f"{words} one", f"{words} two"])
    result = stemcell("--data-dir", str(data), "explain", words.lower())
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].endswith("' matches 2 entries:"), lines[0]
    assert {"(t0):", "(t1):"} <= set(result.stderr.split()), result.stderr
    assert max(map(len, lines)) < 200, result.stderr


def test_a_claim_whose_words_inline_tags_part_is_read(tmp_path: Path) -> None:
    """A browser shows "St<b>em</b> ce<i>lls</i> c<span>ure</span>", "cu<wbr>re" and
    "cu<!-- x -->re" as "Stem cells cure": each piece between tags was a word of its
    own, so the claim was not read (exit 0 on a page that says it). Inline tags, `<wbr>`
    and comments now part no word; a block, a line break and a cell still do."""
    for body in (
        "<p>St<b>em</b> ce<i>lls</i> c<span>ure</span> arthr<em>itis</em>.</p>",
        "<p>St<wbr>em ce<wbr>lls cu<wbr>re arth<wbr>ritis.</p>",
        "<p>St<!-- x -->em ce<!---->lls cu<!--y-->re arthritis.</p>",
        '<p>Stem cells c<a href="#x">ur</a>e arthritis<sup>1</sup>.</p>',
    ):
        assert "cure-claim" in found_on_web_page(tmp_path, body), body
    for body in (
        "<p>Stem cells cu<br>re arthritis.</p>",
        "<table><tr><td>Stem cells cu</td><td>re arthritis.</td></tr></table>",
    ):
        assert "cure-claim" not in found_on_web_page(tmp_path, body), body


def test_a_bare_hidden_attribute_hides_as_one_with_a_value_does(tmp_path: Path) -> None:
    """`<p hidden>` and `<p hidden="">` are one attribute to a browser, which shows
    neither: the page reading skipped the second (as docs/matcher.md says of anything
    hidden) but read the first, the way most pages write it, so a page's reading turned
    on how an attribute was spelled. Both are skipped now."""
    shown = "<p>Our clinic is in town.</p>"
    for attribute in ("hidden", 'hidden=""', "HIDDEN", 'aria-hidden="true"'):
        body = f"{shown}<p {attribute}>Stem cells cure arthritis.</p>"
        assert "cure-claim" not in found_on_web_page(tmp_path, body), attribute
    assert "cure-claim" in found_on_web_page(
        tmp_path, f'{shown}<p data-hidden="x">Stem cells cure arthritis.</p>'
    )
