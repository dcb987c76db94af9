"""`stemcell sources`: every format, BibTeX parsed back, CSL-JSON shape, author parsing."""

from __future__ import annotations

import json

import pytest
from installed import stemcell
from pybtex.database import parse_string
from typer.testing import CliRunner

from stemcell_cli.cli.app import app
from stemcell_cli.core.cache import open_catalog
from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.model import Reference
from stemcell_cli.render.bibtex import entry, escape
from stemcell_cli.views.citations import Name, citation_of, parse_authors, volume_issue_pages

FORMATS = ["rich", "markdown", "text", "json", "bibtex"]
SELECTIONS = [[], ["osteoarthritis"], ["womac"], ["ma-2020-knee-oa-meta"]]

#: CSL-JSON item keys (citation-style-language/schema, csl-data.json), the ones we may write.
CSL_KEYS = {
    "id", "type", "title", "author", "container-title", "issued", "volume", "issue",
    "page", "DOI", "PMID", "PMCID", "URL", "note", "custom",
}  # fmt: skip
CSL_TYPES = {"article-journal", "article-newspaper", "report", "webpage", "document"}


@pytest.fixture(scope="module")
def shipped() -> Catalog:
    return open_catalog()


def run(runner: CliRunner, *args: str, **env: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env=env or None)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("args", SELECTIONS, ids=lambda a: " ".join(a) or "all")
def test_every_selection_in_every_format(runner: CliRunner, args: list[str], fmt: str) -> None:
    result = run(runner, "sources", *args, "-f", fmt)
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    if fmt == "json":
        assert isinstance(json.loads(result.stdout), list)
    elif fmt == "bibtex":
        assert parse_string(result.stdout, "bibtex").entries
    else:
        assert "Cited by" in result.stdout


def test_all_sources_lists_every_reference_with_citers(runner: CliRunner, shipped: Catalog) -> None:
    result = run(runner, "sources", "-f", "markdown")
    assert result.stdout.startswith("# Sources\n")
    assert f"{len(shipped.references)} references." in result.stdout
    for ref_id in shipped.references:
        assert f"`[{ref_id}]`" in result.stdout
    assert "**Cited by:** Osteoarthritis (condition)" in result.stdout


def test_one_entry_lists_its_references_in_citing_order(
    runner: CliRunner, shipped: Catalog
) -> None:
    data = json.loads(run(runner, "sources", "OA", "-f", "json").stdout)
    expected = shipped.reference_ids(shipped.find("osteoarthritis"))
    assert [item["id"] for item in data] == expected


def test_one_reference_in_full(runner: CliRunner, shipped: Catalog) -> None:
    ref = shipped.references["ma-2020-knee-oa-meta"]
    result = run(runner, "sources", ref.id, "-f", "text")
    assert result.stdout.startswith(f"Source {ref.id}\n")
    assert "What it found" in result.stdout
    assert ref.summary in result.stdout
    assert "Cited by: Osteoarthritis (condition)" in result.stdout


def test_unknown_name_exits_1_with_suggestions(runner: CliRunner) -> None:
    result = run(runner, "sources", "ma-2020-knee-oa-mta")
    assert result.exit_code == 1
    assert "Did you mean: ma-2020-knee-oa-meta" in result.stderr


def test_entry_without_references_exits_1(runner: CliRunner, user_dir) -> None:  # type: ignore[no-untyped-def]
    user = user_dir(
        glossary="terms:\n  - id: zz-unsourced\n    name: Unsourced term\n"
        "    definition: A term with no references.\n    reviewed: '2026-01-01'\n"
    )
    result = run(runner, "--data-dir", str(user), "sources", "zz-unsourced")
    assert result.exit_code == 1
    assert "cites no references" in result.stderr


class TestFormatOption:
    def test_env_bibtex_applies_to_sources(self, runner: CliRunner) -> None:
        result = run(runner, "sources", "womac", STEMCELL_FORMAT="bibtex")
        assert result.exit_code == 0
        assert result.stdout.startswith("@")

    def test_env_bibtex_is_a_usage_error_elsewhere(self, runner: CliRunner) -> None:
        result = run(runner, "explain", "womac", STEMCELL_FORMAT="bibtex")
        assert result.exit_code == 2
        assert "STEMCELL_FORMAT" in result.output
        assert "'bibtex'" in result.output

    def test_bibtex_option_is_case_insensitive(self, runner: CliRunner) -> None:
        assert run(runner, "sources", "womac", "-f", "BibTeX").stdout.startswith("@")


class TestBibtex:
    def test_whole_bibliography_parses_strictly(self, runner: CliRunner, shipped: Catalog) -> None:
        text = run(runner, "sources", "-f", "bibtex").stdout
        parsed = parse_string(text, "bibtex")
        assert sorted(parsed.entries) == sorted(shipped.references)
        for key, parsed_entry in parsed.entries.items():
            ref = shipped.references[key]
            assert parsed_entry.type == ("article" if ref.journal else "misc")
            # The parsed title is exactly what we wrote: no brace closed a value early.
            assert parsed_entry.fields["title"] == "{" + escape(ref.title) + "}"

    def test_vancouver_authors_become_people_with_others(self, shipped: Catalog) -> None:
        ref = shipped.references["acr-af-2019-oa-guideline"]  # "Kolasinski SL, ..., et al."
        parsed = parse_string(entry(citation_of(ref)), "bibtex").entries[ref.id]
        people = parsed.persons["author"]
        assert people[0].last_names == ["Kolasinski"]
        assert people[0].first_names == ["S."]
        assert people[0].middle_names == ["L."]
        assert str(people[-1]) == "others"

    def test_organisation_stays_one_author(self, shipped: Catalog) -> None:
        ref = shipped.references["fda-2021-regenerative-consumer"]
        parsed = parse_string(entry(citation_of(ref)), "bibtex").entries[ref.id]
        (author,) = parsed.persons["author"]
        assert author.last_names == ["{U.S. Food and Drug Administration}"]

    def test_special_characters_are_escaped_and_balanced(self) -> None:
        ref = Reference(
            id="hostile",
            type="review",
            title="50% of {cells} & $5 #1 a_b ~ ^ \\end}",
            authors="Ellera Gomes JL, O'Brien K.",
            journal="J } Odd",
            pages="10-20",
            url="https://example.org/a b{c}",
        )
        text = entry(citation_of(ref))
        parsed = parse_string(text, "bibtex").entries["hostile"]
        assert parsed.fields["title"] == (
            r"{50\% of \textbraceleft{}cells\textbraceright{} \& \$5 \#1 a\_b "
            r"\textasciitilde{} \textasciicircum{} \textbackslash{}end\textbraceright{}}"
        )
        assert parsed.fields["journal"] == r"J \textbraceright{} Odd"
        assert parsed.fields["pages"] == "10--20"
        assert parsed.fields["url"] == "https://example.org/a%20b%7Bc%7D"
        assert parsed.persons["author"][0].last_names == ["{Ellera Gomes}"]
        assert parsed.persons["author"][1].last_names == ["O'Brien"]


class TestCslJson:
    def test_items_use_csl_keys_types_and_shapes(self, runner: CliRunner, shipped: Catalog) -> None:
        items = json.loads(run(runner, "sources", "-f", "json").stdout)
        assert sorted(item["id"] for item in items) == sorted(shipped.references)
        for item in items:
            assert set(item) <= CSL_KEYS, item["id"]
            assert item["type"] in CSL_TYPES
            for name in item.get("author", []):
                assert set(name) in ({"family", "given"}, {"literal"}), item["id"]
            if "issued" in item:
                (parts,) = item["issued"]["date-parts"]
                assert 1 <= len(parts) <= 3
                assert all(isinstance(part, int) for part in parts)
            assert isinstance(item["custom"]["cited_by"], list)

    def test_journal_article_fields(self, runner: CliRunner) -> None:
        (item,) = json.loads(run(runner, "sources", "ma-2020-knee-oa-meta", "-f", "json").stdout)
        assert item["type"] == "article-journal"
        assert item["container-title"] == "Medicine (Baltimore)"
        assert item["author"][0] == {"family": "Ma", "given": "W."}
        assert item["issued"] == {"date-parts": [[2020]]}
        assert item["DOI"] == "10.1097/MD.0000000000023343"
        assert item["PMID"] == "33285713"
        assert item["PMCID"] == "PMC7717742"
        assert {"id": "osteoarthritis", "name": "Osteoarthritis", "kind": "condition"} in item[
            "custom"
        ]["cited_by"]

    def test_regulator_page_is_a_webpage_with_full_date(self, shipped: Catalog) -> None:
        from stemcell_cli.render.csl import csl_item

        item = csl_item(shipped.references["fda-2021-regenerative-consumer"], {})
        assert item["type"] == "webpage"
        assert item["author"] == [{"literal": "U.S. Food and Drug Administration"}]
        assert item["issued"] == {"date-parts": [[2021, 6, 3]]}


class TestAuthors:
    @pytest.mark.parametrize(
        ("text", "names", "others"),
        [
            ("Turner L, Knoepfler P.", [("Turner", "L."), ("Knoepfler", "P.")], False),
            ("Sadeghirad B, et al.", [("Sadeghirad", "B.")], True),
            ("Van den Boom NAC", [("Van den Boom", "N. A. C.")], False),
            ("Ajay E. Kuriyan, Sun G. Chung", [("Kuriyan", "Ajay E."), ("Chung", "Sun G.")], False),
            ("Aaron L. Berkowitz et al. (A Hospital)", [("Berkowitz", "Aaron L.")], True),
        ],
    )
    def test_people(self, text: str, names: list[tuple[str, str]], others: bool) -> None:
        parsed = parse_authors(text)
        assert [(n.family, n.given) for n in parsed.names] == names
        assert parsed.others is others

    @pytest.mark.parametrize(
        "text",
        [
            "U.S. Food and Drug Administration",
            "US Food and Drug Administration, Office of Biological Products Operations",
            "European Medicines Agency (reported by A Writer, RAPS)",
            "Example Society",
        ],
    )
    def test_organisations_stay_literal(self, text: str) -> None:
        assert parse_authors(text).names == (Name(literal=text),)


@pytest.mark.parametrize(
    ("volume_pages", "expected"),
    [
        ("32(10):1207-1219", ("32", "10", "1207-1219")),
        ("8:504-511", ("8", "", "504-511")),
        ("2025 Apr 2;4(4):CD013342", ("4", "4", "CD013342")),
        ("e0284828", ("", "", "e0284828")),
        ("some free text", ("", "", "")),
    ],
)
def test_volume_pages_are_split(volume_pages: str, expected: tuple[str, str, str]) -> None:
    ref = Reference(id="x", type="rct", title="T", volume_pages=volume_pages)
    assert volume_issue_pages(ref) == expected


def test_unsplittable_volume_pages_go_to_the_note() -> None:
    ref = Reference(id="x", type="rct", title="T", volume_pages="some free text")
    assert citation_of(ref).note == "some free text"


def test_sources_help_mentions_bibtex(runner: CliRunner) -> None:
    result = run(runner, "sources", "--help")
    assert "bibtex" in result.stdout


def test_user_reference_is_listed(runner: CliRunner, user_dir) -> None:  # type: ignore[no-untyped-def]
    user = user_dir(
        references="references:\n  - id: zz-user-ref\n    type: review\n"
        "    title: A user's own review\n    url: https://example.org/r\n"
    )
    result = run(runner, "--data-dir", str(user), "sources", "zz-user-ref", "-f", "bibtex")
    assert result.exit_code == 0, result.output
    assert "@misc{zz-user-ref," in result.stdout


def test_every_listed_source_shows_an_author_and_a_year(shipped: Catalog) -> None:
    """`check`'s short list (`short_citation`) names each source's first author or its
    organisation and its year, "n.d." where none is known (patient16: three sources
    showed neither). A source whose authors were never seen shows none, never made-up
    ones, and its `note` says so (content2)."""
    from stemcell_cli.views.base import short_citation

    for ref in shipped.references.values():
        shown = "".join(span.text for span in short_citation(ref))
        year = f"({ref.year}). " if ref.year else "(n.d.). "
        assert year in shown, (ref.id, shown)
        if ref.authors.strip():
            assert not shown.startswith("("), (ref.id, shown)
            assert shown.index(year) > 0, (ref.id, shown)
        else:
            assert shown.startswith(year), (ref.id, shown)
            assert "author" in ref.note.casefold(), f"{ref.id}: no author and no note why"


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_source_with_no_year_says_n_d_in_full_as_in_the_short_list(
    runner: CliRunner, shipped: Catalog, fmt: str
) -> None:
    """`stemcell sources ID` and the `sources` list say "(n.d.)" where no year is known,
    as `check`'s short list does (content2 gave the short list "n.d." only: review11);
    a source with its year still shows that year."""
    undated = [ref.id for ref in shipped.references.values() if not ref.year]
    dated = next(ref for ref in shipped.references.values() if ref.year)
    assert undated
    listed = run(runner, "sources", "-f", fmt).stdout
    for ref_id in undated:
        result = run(runner, "sources", ref_id, "-f", fmt)
        assert result.exit_code == 0, result.output
        assert "(n.d.)" in result.stdout, ref_id
        line = next(line for line in listed.splitlines() if f"[{ref_id}]" in line)
        assert "(n.d.)" in line, line
    shown = run(runner, "sources", dated.id, "-f", fmt).stdout
    assert f"({dated.year})" in shown and "(n.d.)" not in shown


def test_a_source_with_no_year_has_no_year_in_bibtex_or_csl_json(
    runner: CliRunner, shipped: Catalog
) -> None:
    """No "n.d." (nor any year) is written as the year of an undated source: BibTeX has
    no `year` field and CSL-JSON no `issued` (reference managers read those as dates)."""
    undated = [ref.id for ref in shipped.references.values() if not ref.year]
    assert undated
    for ref_id in undated:
        bib = parse_string(run(runner, "sources", ref_id, "-f", "bibtex").stdout, "bibtex")
        assert "year" not in {key.casefold() for key in bib.entries[ref_id].fields}
        (item,) = json.loads(run(runner, "sources", ref_id, "-f", "json").stdout)
        assert "issued" not in item, item


@pytest.mark.parametrize(
    ("source", "named"),
    [
        ("isscr-closer-look-questions", "study"),
        ("fda-2021-regenerative-consumer", "study"),
        ("isscr-2010-patients-beware", "Miracle, breakthrough"),
    ],
)
def test_a_warning_sign_is_one_item_of_the_cited_by_list(source: str, named: str) -> None:
    """review14: "Cited by" listed its citers with commas between them, so a warning sign
    whose name holds a comma ("Miracle, breakthrough or revolution language") read as two
    citers, the first with no kind. Citers are now apart by semicolons, and each item
    ends with its kind."""
    result = stemcell("sources", source, "-f", "text")
    assert result.returncode == 0, result.stderr
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith("Cited by: "))
    items = line.removeprefix("Cited by: ").split("; ")
    assert any(named in item for item in items), line
    kinds = ("(red-flag)", "(condition)", "(benefit)", "(topic)", "(term)")
    assert all(item.endswith(kinds) for item in items), line
    assert all(sum(item.count(kind) for kind in kinds) == 1 for item in items), line
