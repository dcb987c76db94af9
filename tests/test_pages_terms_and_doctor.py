"""patient7: the short page's "Terms used" lists only the glossary terms its own words use,
each with a plain hint from the glossary, and a benefit's page says when to see a doctor,
from the topics' data, right after its bottom line as a condition's page does."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from installed import stemcell

from stemcell_cli.core.cache import open_catalog
from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.loader import SHIPPED, DataDir, load_dataset
from stemcell_cli.core.model import Term
from stemcell_cli.render import get_renderer
from stemcell_cli.views.entries import entry_view, uses
from stemcell_cli.views.layout import FULL_PAGE, Layout

#: The short page, what `explain` shows by default.
SHORT_PAGE = Layout()

MINI = Path(__file__).parent / "fixtures" / "mini"
#: The most words of a short page without its sources (tests/test_pages.py, MAX_WORDS).
MAX_WORDS = 700
DOCTOR = "When to see a doctor"

SHIPPED_CATALOG = open_catalog()
BENEFITS = list(SHIPPED_CATALOG.benefits)


def markdown(catalog: Catalog, name: str, layout: Layout = SHORT_PAGE) -> str:
    return get_renderer("markdown").render(entry_view(catalog, catalog.find(name), layout=layout))


def headings(page: str) -> list[str]:
    return re.findall(r"^## (.+)$", page, re.M)


def section_of(page: str, heading: str) -> str:
    """The Markdown under a level-2 heading, up to the next heading or the closing note."""
    found = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^#|^> |\Z)", page, re.M | re.S)
    assert found, heading
    return found[1]


def listed(page: str, heading: str) -> list[str]:
    return re.findall(r"^- (.+)$", section_of(page, heading), re.M)


# -- "Terms used" on the short page --------------------------------------------------

#: A glossary of three terms with hints: one the benefit's caveat uses by an alias
#: ("Sham"), one by the short name in its name ("HA"), one its short page never uses.
GLOSSARY = """terms:
  - id: autologous
    name: Autologous
    hint: cells from your own body
    aliases: [own cells]
    definition: From your own body.
    reviewed: "2026-11-25"
  - id: placebo
    name: Placebo
    hint: a fake treatment
    aliases: [sham, dummy treatment]
    definition: A treatment with nothing active in it, used to compare.
    reviewed: "2026-11-25"
  - id: hyaluronic-acid
    name: Hyaluronic acid (HA)
    hint: a gel shot into a joint
    definition: A slippery gel found in joint fluid.
    reviewed: "2026-11-25"
"""


@pytest.fixture
def three_terms(tmp_path: Path) -> Catalog:
    """The mini data, its benefit naming three terms: its caveats use two of them."""
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    (target / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    benefits = target / "benefits.yaml"
    text = benefits.read_text(encoding="utf-8")
    old = "caveats: [Placebo effects are large.]\n"
    new = "caveats: [Sham shots help many people.]\n"
    assert old in text and "terms: [autologous]" in text
    text = text.replace(old, new).replace("summary: The claim", "summary: An HA shot or the claim")
    text = text.replace("terms: [autologous]", "terms: [autologous, placebo, hyaluronic-acid]")
    benefits.write_text(text, encoding="utf-8")
    return Catalog.from_dataset(load_dataset([DataDir(target, SHIPPED)]))


class TestTermsUsed:
    def test_the_short_page_lists_only_the_terms_its_words_use_with_their_hints(
        self, three_terms: Catalog
    ) -> None:
        page = markdown(three_terms, "less-pain")
        assert listed(page, "Terms used") == [
            "**Placebo**: a fake treatment",
            "**Hyaluronic acid (HA)** (`hyaluronic-acid`): a gel shot into a joint",
        ]
        assert "Autologous" not in page  # named by the entry, but not used on this page

    def test_the_full_page_and_json_keep_every_term_with_its_definition(
        self, three_terms: Catalog
    ) -> None:
        page = markdown(three_terms, "less-pain", FULL_PAGE)
        items = listed(page, "Terms used")
        assert len(items) == 3
        assert "**Autologous** (`autologous`): From your own body." in items
        data = entry_view(three_terms, three_terms.find("less-pain")).json_data()
        assert [t["id"] for t in data["resolved"]["terms"]] == [
            "autologous",
            "placebo",
            "hyaluronic-acid",
        ]
        assert data["resolved"]["terms"][1]["hint"] == "a fake treatment"
        assert data["terms"] == ["autologous", "placebo", "hyaluronic-acid"]

    def test_a_page_that_uses_none_of_its_terms_has_no_terms_section(
        self, three_terms: Catalog
    ) -> None:
        page = markdown(three_terms, "kt")  # names autologous, never says it
        assert "Terms used" not in headings(page)
        assert "Terms used" in headings(markdown(three_terms, "kt", FULL_PAGE))

    @pytest.mark.parametrize(
        ("text", "found"),
        [
            ("a sham shot", True),
            ("Sham shots", True),  # a capital and a plural
            ("a placebo-controlled trial", True),
            ("the placebo's effect", True),
            ("shampoo", False),  # inside a word
            ("an HA shot", True),
            ("ha, that helped", False),  # a short name in capitals is found as written
            ("hyaluronic acid", True),
            ("non-sham", False),
        ],
    )
    def test_a_use_is_a_form_of_the_term_as_a_word_of_its_own(
        self, three_terms: Catalog, text: str, found: bool
    ) -> None:
        terms = three_terms.terms
        hit = any(uses(terms[i], text) for i in ("placebo", "hyaluronic-acid"))
        assert hit is found

    @pytest.mark.parametrize("fmt", ["rich", "text"])
    def test_rich_and_text_show_each_hint_beside_its_name(
        self, three_terms: Catalog, fmt: str
    ) -> None:
        view = entry_view(three_terms, three_terms.find("less-pain"), layout=SHORT_PAGE)
        flat = " ".join(get_renderer(fmt).render(view).split())
        assert "Placebo: a fake treatment" in flat
        assert "Hyaluronic acid (HA) (hyaluronic-acid): a gel shot into a joint" in flat
        assert "Autologous" not in flat

    def test_every_shipped_short_page_lists_used_terms_that_have_a_hint(self) -> None:
        """Every term a shipped short page lists is one its entry names, shown with its
        hint, and every glossary term the shipped data has carries a hint."""
        catalog = SHIPPED_CATALOG
        assert all(term.hint for term in catalog.terms.values())
        for entry in [*catalog.conditions.values(), *catalog.benefits.values()]:
            page = markdown(catalog, entry.id)
            if "Terms used" not in headings(page):
                continue
            names = {t.name: t for t in catalog.linked_terms(entry) if isinstance(t, Term)}
            for item in listed(page, "Terms used"):
                name = re.match(r"\*\*(.+?)\*\*", item)
                assert name and name[1] in names, (entry.id, item)
                assert item.endswith(": " + names[name[1]].hint), (entry.id, item)

    def test_a_short_page_uses_no_glossary_term_its_entry_does_not_name(self) -> None:
        """The short list is drawn from the terms an entry names: a term its short page
        uses that the entry forgot would go without its hint."""
        catalog = SHIPPED_CATALOG
        missing = {}
        for entry in [*catalog.conditions.values(), *catalog.benefits.values()]:
            page = markdown(catalog, entry.id)
            page = page.split("\n## Sources\n", 1)[0]
            if "\n## Terms used\n" in page:
                page = page.split("\n## Terms used\n", 1)[0]
            named = set(getattr(entry, "terms", ()))
            unnamed = [t.id for t in catalog.terms.values() if t.id not in named and uses(t, page)]
            if unnamed:
                missing[entry.id] = unnamed
        assert missing == {}


@pytest.mark.parametrize(
    "name", [*SHIPPED_CATALOG.conditions, *SHIPPED_CATALOG.benefits, *SHIPPED_CATALOG.topics]
)
def test_every_short_page_is_within_the_word_limit(name: str) -> None:
    """As tests/test_pages.py counts a condition's: the text page without its sources."""
    view = entry_view(SHIPPED_CATALOG, SHIPPED_CATALOG.find(name), layout=SHORT_PAGE)
    page = get_renderer("text").render(view)
    start = page.index("Sources\n-------")
    counted = page[:start] + page[page.index("Note: ", start) :]
    assert len(counted.split()) <= MAX_WORDS


def test_a_short_page_lists_a_term_by_its_name_its_id_and_its_hint() -> None:
    """Through the installed command: a term whose name is not its id keeps the id, for
    `stemcell explain ID`; the hint is the glossary's, never its definition."""
    page = stemcell("explain", "fewer-side-effects", "-f", "markdown").stdout
    term = json.loads(stemcell("explain", "nsaids", "-f", "json").stdout)
    items = listed(page, "Terms used")
    assert f"**{term['name']}** (`nsaids`): {term['hint']}" in items
    assert term["definition"][:40] not in page


# -- "When to see a doctor" on a benefit's page ------------------------------------


class TestBenefitDoctor:
    @pytest.mark.parametrize("name", BENEFITS)
    def test_the_short_page_says_it_right_after_the_bottom_line(self, name: str) -> None:
        page = markdown(SHIPPED_CATALOG, name)
        assert headings(page)[0] == DOCTOR
        assert headings(page).count(DOCTOR) == 1
        assert listed(page, DOCTOR) == list(SHIPPED_CATALOG.topics["msc"].see_a_doctor)
        # The bottom line and the claim's "In short" come before it.
        assert page.index("In short:") < page.index(f"## {DOCTOR}")

    def test_the_full_page_places_it_as_a_condition_page_does(self) -> None:
        """Right after the summary, the first section, as on a condition's full page
        (fullpage1): before the claim, as the condition's is before its overview."""
        benefit = headings(markdown(SHIPPED_CATALOG, "avoid-surgery", FULL_PAGE))
        condition = headings(markdown(SHIPPED_CATALOG, "osteoarthritis", FULL_PAGE))
        assert benefit[:2] == [DOCTOR, "The claim"]
        assert condition[:2] == [DOCTOR, "Overview"]
        assert benefit.count(DOCTOR) == condition.count(DOCTOR) == 1

    @pytest.mark.parametrize("fmt", ["rich", "text"])
    def test_rich_and_text_show_it(self, fmt: str) -> None:
        view = entry_view(SHIPPED_CATALOG, SHIPPED_CATALOG.find("tissue-regeneration"))
        flat = " ".join(get_renderer(fmt).render(view).split())
        assert DOCTOR in flat
        for line in SHIPPED_CATALOG.topics["msc"].see_a_doctor:
            assert line in flat

    def test_json_gives_the_lines_as_resolved_from_the_topics(self) -> None:
        data = entry_view(SHIPPED_CATALOG, SHIPPED_CATALOG.find("regeneration")).json_data()
        assert data["resolved"]["see_a_doctor"] == list(SHIPPED_CATALOG.topics["msc"].see_a_doctor)
        assert "see_a_doctor" not in data  # not the benefit's own data
        assert "doctor" in data["shown"]["sections"]

    def test_the_lines_come_from_the_topics_data(self, tmp_path: Path) -> None:
        """Through the installed command: a topic of one's own data adds its line to every
        benefit page (the text lives in one place, topics.yaml), and `--section doctor`
        shows the section alone."""
        user = tmp_path / "user"
        user.mkdir()
        (user / "topics.yaml").write_text(
            """topics:
  - id: travel
    name: Travel for treatment
    summary: Going abroad for cells.
    sections:
      - heading: Before you go
        body: Ask your own doctor first.
    see_a_doctor: [See a doctor at once for a high fever after any shot.]
    reviewed: "2026-11-25"
""",
            encoding="utf-8",
        )
        result = stemcell(
            "--data-dir", str(user), "explain", "avoid-surgery", "-s", "doctor", "-f", "markdown"
        )
        assert result.returncode == 0, result.stderr
        shipped = list(SHIPPED_CATALOG.topics["msc"].see_a_doctor)
        assert headings(result.stdout) == [DOCTOR]
        assert listed(result.stdout, DOCTOR) == [
            *shipped,
            "See a doctor at once for a high fever after any shot.",
        ]
