"""Every file and module the maintainers' pages name exists, so a rename (such as
layout1's of the advert check's modules) cannot leave a page pointing at nothing.

Read: README.md, docs/*.md and the corpus spec (benchmarks/adverts/README.md), each
`quoted` path ending .py, .yaml, .toml or .md, each `stemcell_cli.x.y` or `x.y` module of ours
(a name it defines after it is allowed) and each `words/...`, `rules/...`, `matching/...` or
`page/...` module of the check; a `module.name` of the check's (`spans._end`) must be
defined in that module, and one of a name layout1 retired (`usualcare.SAID`, from
docs/architecture.md's table) is missing; a name listed in brackets after a module's
path ("`check/rules/hopes.py` (`Hopes`)") must be defined in that module. The dated
records (ROUNDS.md, HISTORY.md, SPEED.md, MUTATION.md) keep the names of their day and
are not read. A test file that has since moved may be named only if docs/testing.md's
table "Old file -> new file" lists it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "stemcell_cli"

#: The pages read, relative to the checkout.
PAGES = [
    ROOT / "README.md",
    *sorted((ROOT / "docs").glob("*.md")),
    ROOT / "benchmarks" / "adverts" / "README.md",
]

#: Where a bare path is looked for, in order: the checkout, the package, the check, the
#: data, the tests, the benchmarks (a page says `core/cache.py` or `advert_words.yaml`).
BASES = [
    ROOT,
    PACKAGE,
    PACKAGE / "check",
    ROOT / "data",
    ROOT / "data" / "check",
    ROOT / "tests",
    ROOT / "benchmarks",
    ROOT / "benchmarks" / "adverts",
]

#: Names of files that are not ours to ship: what a command writes (`export`'s
#: `index.md`), or the project's evidence sheet, which lives beside the checkout.
NOT_OURS = {"index.md", "shared/evidence.yaml", "../shared/evidence.yaml"}

_QUOTED = re.compile(r"`([^`\s]+)`")
_PATH = re.compile(r"[\w./-]+\.(?:py|yaml|toml|md)")
_CHECK_MODULE = re.compile(r"(?:check/)?(?:words|rules|matching|page)/\w+")
_MODULE = re.compile(r"(?:stemcell_cli\.)?(?:cli|check|core|views|render|export)(?:\.\w+)+")
_OLD_TEST = re.compile(r"^\| `(test_\w+\.py)` \|", re.M)
_IN_MODULE = re.compile(r"(\w+)\.(\w+)(?:\.\w+)?")
#: A module's path, then in brackets names it holds: "`check/rules/hopes.py` (`Hopes`,
#: `PURPOSE_REACH`)"; a name may be a class's attribute or say its module first
#: (`Matcher._share_nouns`, `patient_stories.REACH`).
_LISTED = re.compile(r"`([\w/]+\.py)` \(([^()]*)\)")
_LISTED_NAME = re.compile(r"`([A-Za-z_]\w*(?:\.\w+)*)`")
#: A row of docs/architecture.md's table of layout1's renames: old, new, old, new.
_RENAMED = re.compile(r"^\| `(\w+)` \| `[\w/]+` \| `(\w+)` \|", re.M)

#: The check's modules by their own names, as the docs call them (`spans._end`).
CHECK_MODULES = {
    path.stem: path for path in (PACKAGE / "check").rglob("*.py") if path.stem != "__init__"
}


def _quoted(page: Path) -> list[tuple[int, str]]:
    return [
        (number, found.group(1))
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1)
        for found in _QUOTED.finditer(line)
    ]


def _exists(path: str, page: Path) -> bool:
    return any((base / path).exists() for base in (*BASES, page.parent))


def _is_module(dotted: str) -> bool:
    """A module of ours, or a name a module of ours defines (`stemcell_cli.render.RENDERERS`)."""
    parts = dotted.split(".")
    where = ROOT / "src" / Path(*parts)
    if where.with_suffix(".py").exists() or (where / "__init__.py").exists():
        return True
    owner = ROOT / "src" / Path(*parts[:-1])
    source = owner / "__init__.py" if owner.is_dir() else owner.with_suffix(".py")
    defined = re.compile(rf"^(?:def |class )?{re.escape(parts[-1])}\b", re.M)
    return source.exists() and defined.search(source.read_text(encoding="utf-8")) is not None


def _defines(module: Path, name: str) -> bool:
    source = module.read_text(encoding="utf-8")
    return re.search(rf"^\s*(?:def |class )?{re.escape(name)}\b", source, re.M) is not None


def _renamed() -> set[str]:
    """The check's modules' names before layout1 that no module has now (`core/kinds.py`
    keeps its name)."""
    table = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    ours = {path.stem for path in PACKAGE.rglob("*.py")}
    return {old for row in _RENAMED.findall(table) for old in row} - ours


def _moved_tests() -> set[str]:
    return set(_OLD_TEST.findall((ROOT / "docs" / "testing.md").read_text(encoding="utf-8")))


def _missing(page: Path) -> list[str]:
    """`file:line: name` of each path or module `page` names that does not exist."""
    shown = page.relative_to(ROOT) if page.is_relative_to(ROOT) else page.name
    moved = _moved_tests()
    renamed = _renamed()
    missing = []
    for number, text in _quoted(page):
        if _MODULE.fullmatch(text):
            found = _is_module(text if text.startswith("stemcell_cli.") else f"stemcell_cli.{text}")
        elif (dotted := _IN_MODULE.fullmatch(text)) and not _PATH.fullmatch(text):
            module, name = dotted.groups()
            if module in CHECK_MODULES:
                found = _defines(CHECK_MODULES[module], name)
            else:
                found = module not in renamed
        elif _PATH.fullmatch(text):
            found = (
                text in NOT_OURS
                or Path(text).name in moved
                or Path(text).stem.isupper()
                or _exists(text, page)
            )
        elif _CHECK_MODULE.fullmatch(text):
            name = text.removeprefix("check/")
            found = (PACKAGE / "check" / name).with_suffix(".py").exists()
        else:
            continue
        if not found:
            missing.append(f"{shown}:{number}: {text}")
    return missing


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_every_path_and_module_a_page_names_exists(page: Path) -> None:
    assert _missing(page) == []


def _misplaced(page: Path) -> list[str]:
    """`file: path (name)` of each name `page` lists in brackets after a module's path
    that the module does not define (its first part, or its second when the first is the
    module's own name)."""
    shown = page.relative_to(ROOT) if page.is_relative_to(ROOT) else page.name
    text = " ".join(page.read_text(encoding="utf-8").split())
    misplaced = []
    for listed in _LISTED.finditer(text):
        path, inside = listed.groups()
        module = next(
            (base / path for base in (*BASES, page.parent) if (base / path).is_file()), None
        )
        if module is None:
            continue  # (a path that does not exist is `_missing`'s to name)
        for dotted in _LISTED_NAME.findall(inside):
            if _PATH.fullmatch(dotted):
                continue  # (a file beside it: `test_cases.py`)
            parts = dotted.split(".")
            name = parts[1] if parts[0] == module.stem and len(parts) > 1 else parts[0]
            if not _defines(module, name):
                misplaced.append(f"{shown}: {path} ({dotted})")
    return misplaced


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_every_name_listed_after_a_module_is_defined_there(page: Path) -> None:
    assert _misplaced(page) == []


def test_a_name_listed_after_the_wrong_module_is_caught(tmp_path: Path) -> None:
    """A page that lists a name after a module that does not hold it (flags1's
    `Rivals`, in `rival_treatments.py`, listed after `matcher.py`) fails; the right
    module, a class's attribute and a name said with its module pass."""
    page = tmp_path / "page.md"
    page.write_text(
        "Modules: `check/matching/matcher.py` (`Rivals`, `Matcher._share_nouns`),\n"
        "`check/rules/rival_treatments.py` (`Rivals.counted_from`),\n"
        "`check/rules/patient_stories.py` (`patient_stories.REACH`, `Story`).\n",
        encoding="utf-8",
    )
    assert _misplaced(page) == ["page.md: check/matching/matcher.py (Rivals)"]


def test_a_renamed_module_is_caught(tmp_path: Path) -> None:
    """The test reads what it must: a page naming a module by a name it no longer has
    (layout1's `check/figures.py`, `stemcell_cli.check.lexicon`, `cli.COMMANDS` for
    `cli.app.COMMANDS`) or a moved test file
    the table does not list fails; the new names pass."""
    page = tmp_path / "page.md"
    page.write_text(
        "See `check/figures.py`, `stemcell_cli.check.lexicon`, `rules/figures`,\n"
        "`tests/test_no_such_rules.py`; and `check/rules/success_rates.py`,\n"
        "`stemcell_cli.check.words.word_lists`, `rules/success_rates`,\n"
        "`stemcell_cli.render.RENDERERS`, `tests/test_inflam2_rules.py`, `cli.app.COMMANDS`;\n"
        "`check.lexicon`, `cli.COMMANDS`, `spans._end`, `matcher._end`, `usualcare.SAID`,\n"
        "`usual_care.SAID`, `e.g`.\n",
        encoding="utf-8",
    )
    assert [line.rsplit(": ", 1)[1] for line in _missing(page)] == [
        "check/figures.py",
        "stemcell_cli.check.lexicon",
        "rules/figures",
        "tests/test_no_such_rules.py",
        "check.lexicon",
        "cli.COMMANDS",
        "matcher._end",
        "usualcare.SAID",
    ]


def _unnamed_check_modules(check: Path, page: Path) -> list[str]:
    """Each module under `check` (as `rules/page_voice`) that `page` names in no quoted
    way: not by its path (`check/rules/page_voice.py`, `rules/page_voice`) nor by its bare
    name (`page_voice`) inside backquotes."""
    quoted = set()
    for text in _QUOTED.findall(page.read_text(encoding="utf-8")):
        name = text.removesuffix(".py").removeprefix("check/")
        quoted.add(name)
        quoted.add(name.rsplit("/", 1)[-1])
    return [
        module
        for path in sorted(check.rglob("*.py"))
        if path.stem != "__init__"
        and (module := path.relative_to(check).with_suffix("").as_posix()) not in quoted
        and path.stem not in quoted
    ]


def test_every_module_of_the_check_is_named_in_the_architecture() -> None:
    """docs/architecture.md says where each of the check's modules sits (newcomer13 found
    `rules/page_voice`, `rules/reported_lists` and `words/cut_words` named nowhere there):
    a new module fails here until the page says what it does."""
    page = ROOT / "docs" / "architecture.md"
    assert _unnamed_check_modules(PACKAGE / "check", page) == []


def test_an_unnamed_check_module_is_caught(tmp_path: Path) -> None:
    check = tmp_path / "check"
    (check / "rules").mkdir(parents=True)
    for name in ("__init__.py", "view.py", "rules/__init__.py", "rules/hopes.py"):
        (check / name).write_text("", encoding="utf-8")
    (check / "rules" / "new_rule.py").write_text("", encoding="utf-8")
    page = tmp_path / "architecture.md"
    page.write_text("The page (`view.py`); `hopes`, what is hoped for.\n", encoding="utf-8")
    assert _unnamed_check_modules(check, page) == ["rules/new_rule"]
