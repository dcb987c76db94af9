"""Names of conditions stemcell does not explain (data/other_conditions.yaml), round names1.

Before, `stemcell explain "frozen shoulder"` answered "Unknown name ... Did you mean:
rotator-cuff-tears?": a spelling guess that sent a patient to another condition's page,
which the corpus spec's list of what each condition covers rules out. A name of the list
is now answered as what it is (exit 1, nothing on stdout, as any unknown name), with the
entries it may be taken for named as not about it; a real typo keeps its guess, and a
name the spec maps keeps its entry. The list is data, checked by the loader: a name of
it is no entry's name (one name, one meaning), and its `unlike` names real conditions.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from installed import stemcell

from stemcell_cli.core.datadirs import SHIPPED, DataDir, normalize, shipped_dir
from stemcell_cli.core.errors import DataError
from stemcell_cli.core.kinds import explainable
from stemcell_cli.core.loader import load_dataset
from stemcell_cli.core.problems import Problem

MINI = Path(__file__).parent / "fixtures" / "mini"
SHIPPED_DATA = load_dataset([DataDir(shipped_dir(), SHIPPED)])
LISTED = [item["data"] for item in SHIPPED_DATA["other_condition"]]
NOT_COVERED = "is not one of the conditions stemcell explains"


def names_of(data: dict[str, object]) -> list[str]:
    aliases = data.get("aliases", [])
    assert isinstance(aliases, list)
    return [str(data["id"]), str(data["name"]), *map(str, aliases)]


def problems_of(*dirs: Path) -> list[Problem]:
    labelled = [DataDir(d, SHIPPED if n == 0 else str(d)) for n, d in enumerate(dirs)]
    try:
        load_dataset(labelled)
    except DataError as exc:
        return list(exc.problems)
    return []


def line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def mini_listing(tmp_path: Path, text: str) -> Path:
    """The mini data copied to `tmp_path`, its other_conditions.yaml written as `text`."""
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    listed = data / "other_conditions.yaml"
    listed.write_text(text)
    return listed


# -- through the installed command ----------------------------------------------------


def test_frozen_shoulder_is_said_to_be_no_entry_not_guessed_a_rotator_cuff_tear() -> None:
    for name in ("frozen shoulder", "Frozen-Shoulder", "adhesive capsulitis"):
        result = stemcell("explain", name)
        assert result.returncode == 1, result.stderr
        assert result.stdout == ""
        first, *rest = result.stderr.splitlines()
        assert first == (f"'{name}' {NOT_COVERED}; the entry rotator-cuff-tears is not about it.")
        assert rest == ["See what it explains: stemcell conditions list"]
        assert "Did you mean" not in result.stderr


def test_json_output_gets_the_same_error_as_any_unknown_name() -> None:
    """As every error: nothing on stdout, the plain lines on stderr, exit 1."""
    listed = stemcell("explain", "rheumatism", "-f", "json")
    unknown = stemcell("explain", "zzqx-nothing", "-f", "json")
    assert listed.returncode == unknown.returncode == 1
    assert listed.stdout == unknown.stdout == ""
    assert listed.stderr.startswith(f"'rheumatism' {NOT_COVERED}; the entry rheumatoid-arthritis")


@pytest.mark.parametrize("entry", LISTED, ids=[str(e["id"]) for e in LISTED])
def test_every_listed_name_is_answered_as_not_covered(entry: dict[str, object]) -> None:
    for name in names_of(entry)[1:]:
        result = stemcell("explain", name)
        assert result.returncode == 1, name
        assert result.stdout == "", name
        assert result.stderr.startswith(f"'{name}' {NOT_COVERED}"), result.stderr
        unlike = entry.get("unlike", [])
        assert isinstance(unlike, list)
        for other in unlike:
            assert other in result.stderr.splitlines()[0]


def test_conditions_show_answers_a_listed_name_too() -> None:
    result = stemcell("conditions", "show", "lupus")
    assert result.returncode == 1
    assert result.stderr.startswith(f"'lupus' {NOT_COVERED}.")


@pytest.mark.parametrize(
    ("typo", "guess"),
    [("osteoarthritus", "osteoarthritis"), ("rotater cuff", "rotator-cuff-tears")],
)
def test_a_typo_of_a_covered_name_keeps_its_spelling_guess(typo: str, guess: str) -> None:
    result = stemcell("explain", typo)
    assert result.returncode == 1
    assert result.stderr.startswith(f"Unknown name '{typo}'. Did you mean: {guess}")
    assert NOT_COVERED not in result.stderr


@pytest.mark.parametrize(
    ("name", "entry"),
    [("sciatica", "chronic-back-and-neck-pain"), ("tennis elbow", "tendon-and-ligament-injuries")],
)
def test_a_name_the_spec_maps_keeps_its_entry(name: str, entry: str) -> None:
    result = stemcell("explain", name, "-f", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == entry


def test_completion_offers_no_listed_name() -> None:
    """A listed name leads to no page, so the shell never offers one."""
    result = stemcell(
        _STEMCELL_COMPLETE="complete_bash", COMP_WORDS="stemcell explain froz", COMP_CWORD="2"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []
    offered = stemcell(
        _STEMCELL_COMPLETE="complete_bash", COMP_WORDS="stemcell explain ", COMP_CWORD="2"
    ).stdout.split()
    assert "osteoarthritis" in offered  # (the index answers at all)
    listed = {normalize(name) for entry in LISTED for name in names_of(entry)}
    assert not listed & {normalize(word) for word in offered}


# -- one name, one meaning ------------------------------------------------------------


def test_no_listed_name_is_a_name_of_an_entry() -> None:
    """A covered alias never appears in the list (the loader refuses it too: below)."""
    entry_names = {
        normalize(name)
        for kind in explainable()
        for item in SHIPPED_DATA[kind]
        for name in names_of(item["data"])
    }
    for entry in LISTED:
        for name in names_of(entry):
            assert normalize(name) not in entry_names, name


def test_the_loader_refuses_a_listed_name_that_an_entry_has(tmp_path: Path) -> None:
    listed = mini_listing(
        tmp_path,
        "other_conditions:\n  - id: lumbar-ache\n    name: Lumbar ache\n    aliases: [Lumbago]\n",
    )
    (problem,) = problems_of(listed.parent)
    conditions = listed.parent / "conditions.yaml"
    assert (problem.file, problem.line) == (str(listed), line_of(listed, "Lumbago"))
    assert problem.path == "other_conditions[0].aliases[0]"
    assert problem.message == (
        "name 'Lumbago' is also used by condition 'back-ache' "
        f"({conditions}:{line_of(conditions, 'lumbago')}), which stemcell explains"
    )


def test_the_loader_refuses_a_name_listed_twice(tmp_path: Path) -> None:
    listed = mini_listing(
        tmp_path,
        "other_conditions:\n"
        "  - id: gout\n    name: Gout\n"
        "  - id: gouty-arthritis\n    name: Gouty arthritis\n    aliases: [GOUT]\n",
    )
    (problem,) = problems_of(listed.parent)
    assert problem.path == "other_conditions[1].aliases[0]"
    assert problem.message == "name 'GOUT' is also listed, as 'gout' (line 2)"


def test_the_loader_names_file_line_and_field_of_a_bad_entry(tmp_path: Path) -> None:
    """Through `validate`: each problem one line, with its file, line and field (exit 3)."""
    user = tmp_path / "mine"
    user.mkdir()
    listed = user / "other_conditions.yaml"
    listed.write_text(
        "other_conditions:\n"
        "  - id: frozen-shoulder\n"
        "    name: Frozen shoulder\n"
        "    unlike: [rotater-cuff-tears]\n"
        "  - id: gout\n"
        "    aliases: [gouty arthritis]\n"
    )
    result = stemcell("--data-dir", str(user), "validate")
    assert result.returncode == 3
    lines = result.stderr.splitlines() + result.stdout.splitlines()
    unlike = f"{listed}:{line_of(listed, 'unlike')}:"
    missing = f"{listed}:{line_of(listed, 'id: gout')}:"
    assert any(
        line.startswith(unlike)
        and "other_conditions[0].unlike[0]: unknown condition 'rotater-cuff-tears'" in line
        for line in lines
    ), lines
    assert any(
        line.startswith(missing) and "missing required field 'name'" in line for line in lines
    ), lines


def test_a_users_own_entry_may_take_a_listed_name(tmp_path: Path) -> None:
    """Your data may explain what ours does not: your entry is found by the name, and
    it is no problem (a shipped entry with a listed name is: the test above)."""
    user = tmp_path / "mine"
    user.mkdir()
    (user / "glossary.yaml").write_text(
        "terms:\n"
        "  - id: frozen-shoulder-notes\n"
        "    name: Frozen shoulder\n"
        "    definition: My own notes on a stiff shoulder.\n"
        '    reviewed: "2026-01-01"\n'
    )
    assert stemcell("--data-dir", str(user), "validate").returncode == 0
    result = stemcell("--data-dir", str(user), "explain", "frozen shoulder", "-f", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "frozen-shoulder-notes"


def test_an_entry_named_twice_in_unlike_is_refused_not_repeated(tmp_path: Path) -> None:
    """A user's listed condition whose `unlike` names one entry 2,000 times: `explain`
    answered with one line that said "osteoarthritis and osteoarthritis and ..." 2,000
    times (a line of 36 KB; 20,000 made one of 360 KB on stderr), attack10. Each entry
    is now named once: a repeat is a problem with its file, line and field, and the
    answer names the entry once."""
    user = tmp_path / "mine"
    user.mkdir()
    listed = user / "other_conditions.yaml"
    listed.write_text(
        "other_conditions:\n"
        "  - id: my-condition\n"
        "    name: My condition\n"
        f"    unlike: [{', '.join(['osteoarthritis'] * 2000)}]\n"
    )
    result = stemcell("--data-dir", str(user), "validate")
    assert result.returncode == 3, result.stdout
    lines = result.stderr.splitlines() + result.stdout.splitlines()
    assert any(
        line.startswith(f"{listed}:{line_of(listed, 'unlike')}:")
        and "other_conditions[0].unlike[1]: 'osteoarthritis' is given twice" in line
        for line in lines
    ), lines[:5]
    once = user / "once"
    once.mkdir()
    (once / "other_conditions.yaml").write_text(
        listed.read_text().replace(", osteoarthritis" * 1999, ", rheumatoid-arthritis")
    )
    answer = stemcell("--data-dir", str(once), "explain", "my condition")
    assert answer.returncode == 1, answer.stderr
    assert answer.stderr.count("osteoarthritis") == 1, answer.stderr
