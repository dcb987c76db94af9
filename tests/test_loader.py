"""The loader reports every problem with file, line, column and field; it never raises raw."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from stemcell_cli.core import yamlsource
from stemcell_cli.core.datadirs import data_dirs
from stemcell_cli.core.errors import DataError
from stemcell_cli.core.loader import SHIPPED, DataDir, load_dataset
from stemcell_cli.core.problems import Problem


def problems_of(directory: Path, user: Path | None = None) -> list[Problem]:
    dirs = [DataDir(directory, SHIPPED)]
    if user is not None:
        dirs.append(DataDir(user, str(user)))
    try:
        load_dataset(dirs)
    except DataError as exc:
        return list(exc.problems)
    return []


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str, nth: int = 1) -> int:
    hits = [i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line]
    return hits[nth - 1]


#: A one-term glossary; `name` and `extra` (more fields, each line indented 4) vary.
TERM_TEXT = """terms:
  - id: my-term
    name: {name}
    definition: A term.
    reviewed: "2026-01-01"
{extra}"""


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


class TestGoodData:
    def test_fixture_loads(self, mini: Path) -> None:
        """The fixture dataset is valid and every kind is read."""
        data = load_dataset([DataDir(mini, SHIPPED)])
        assert [e["data"]["id"] for e in data["condition"]] == ["knee-trouble", "back-ache"]
        assert data["reference"][0]["origin"] == SHIPPED

    def test_yaml_date_and_text_date_both_accepted(self, mini: Path) -> None:
        """`reviewed: 2026-11-24` (a YAML date) and the quoted form both normalise to text."""
        data = load_dataset([DataDir(mini, SHIPPED)])
        assert data["condition"][1]["data"]["reviewed"] == "2026-11-24"

    def test_bom_and_crlf_accepted(self, mini: Path) -> None:
        """A UTF-8 byte-order mark and Windows line endings are fine."""
        path = mini / "benefits.yaml"
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
        assert problems_of(mini) == []


class TestQuestionTopics:
    """A condition's question is plain text (users' own data, unchanged) or `{ask, topic}`:
    the topic says what it asks, so that `check` asks one topic once."""

    def test_plain_and_topic_questions_load(self, mini: Path) -> None:
        from stemcell_cli.core.model import topic_of
        from stemcell_cli.core.records import build

        edit(
            mini / "conditions.yaml",
            'questions: ["Is this part of a trial?"]',
            'questions: [{ask: "Is this part of a trial?", topic: registered-trial}, "Who pays?"]',
        )
        data = load_dataset([DataDir(mini, SHIPPED)])
        knee = build("condition", data["condition"][0]["data"], SHIPPED)
        assert knee.questions == ("Is this part of a trial?", "Who pays?")
        assert [topic_of(q) for q in knee.questions] == ["registered-trial", ""]
        back = build("condition", data["condition"][1]["data"], SHIPPED)
        assert back.questions == ("What is the evidence?",)
        assert topic_of(back.questions[0]) == ""

    def test_a_bad_topic_is_one_line_with_file_line_and_field(self, mini: Path) -> None:
        edit(
            mini / "conditions.yaml",
            'questions: ["Is this part of a trial?"]',
            'questions: [{ask: "Is this part of a trial?", topic: Registered Trial}]',
        )
        problem = only(problems_of(mini))
        assert problem.path == "conditions[0].questions[0].topic"
        assert "is not a lowercase-hyphen id" in problem.message
        assert problem.line == line_of(mini / "conditions.yaml", "topic: Registered Trial")
        assert problem.file.endswith("conditions.yaml")
        assert "\n" not in str(problem)

    def test_a_topic_asked_twice_by_one_entry_is_one_line(self, mini: Path) -> None:
        """Two questions of one condition on one topic: `check` would silently drop the
        second, so the loader names it, with its file, line and field."""
        edit(
            mini / "conditions.yaml",
            'questions: ["Is this part of a trial?"]',
            'questions: [{ask: "Is this part of a trial?", topic: registered-trial},\n'
            '              {ask: "Can I see the registration?", topic: registered-trial}]',
        )
        problem = only(problems_of(mini))
        assert problem.path == "conditions[0].questions[1].topic"
        assert "'registered-trial'" in problem.message and "questions[0]" in problem.message
        assert problem.line == line_of(mini / "conditions.yaml", "Can I see the registration?")
        assert "\n" not in str(problem)

    def test_a_topic_without_its_question_is_refused(self, mini: Path) -> None:
        edit(
            mini / "conditions.yaml",
            'questions: ["Is this part of a trial?"]',
            "questions: [{topic: registered-trial}]",
        )
        problem = only(problems_of(mini))
        assert problem.path == "conditions[0].questions[0]"
        assert "missing required field 'ask'" in problem.message

    def test_a_topic_entry_may_carry_general_questions(self, mini: Path) -> None:
        """generalq1: the topics' `questions:` are the general ones `check` asks when a
        page names too few conditions; same shape as a condition's."""
        from stemcell_cli.core.model import topic_of
        from stemcell_cli.core.records import build

        edit(
            mini / "topics.yaml",
            "    references: [ref-guideline]",
            '    questions: [{ask: "Is it a trial?", topic: registered-trial}, "Who pays?"]\n'
            "    references: [ref-guideline]",
        )
        data = load_dataset([DataDir(mini, SHIPPED)])
        msc = build("topic", data["topic"][0]["data"], SHIPPED)
        assert msc.questions == ("Is it a trial?", "Who pays?")
        assert [topic_of(q) for q in msc.questions] == ["registered-trial", ""]

    def test_a_bad_general_question_is_one_line_with_file_line_and_field(self, mini: Path) -> None:
        edit(
            mini / "topics.yaml",
            "    references: [ref-guideline]",
            "    questions:\n      - {topic: registered-trial}\n    references: [ref-guideline]",
        )
        problem = only(problems_of(mini))
        assert problem.path == "topics[0].questions[0]"
        assert "missing required field 'ask'" in problem.message
        assert problem.line == line_of(mini / "topics.yaml", "{topic: registered-trial}")
        assert problem.file.endswith("topics.yaml")
        assert "\n" not in str(problem)

    def test_a_benefit_may_carry_questions_to_ask_a_clinic_that_makes_it(self, mini: Path) -> None:
        """benefitq1: a benefit's `questions:` are what to ask a clinic that makes the
        claim (`explain` shows them, `check` may ask them); same shape as a condition's."""
        from stemcell_cli.core.model import topic_of
        from stemcell_cli.core.records import build

        edit(
            mini / "benefits.yaml",
            "    caveats: [Placebo effects are large.]",
            "    caveats: [Placebo effects are large.]\n"
            '    questions: [{ask: "How long does it last?", topic: lasting-results}, "Who pays?"]',
        )
        data = load_dataset([DataDir(mini, SHIPPED)])
        less_pain = build("benefit", data["benefit"][0]["data"], SHIPPED)
        assert less_pain.questions == ("How long does it last?", "Who pays?")
        assert [topic_of(q) for q in less_pain.questions] == ["lasting-results", ""]

    def test_a_benefit_without_questions_still_loads(self, mini: Path) -> None:
        """Users' own benefits, written before benefitq1, carry none: nothing to ask."""
        from stemcell_cli.core.records import build

        data = load_dataset([DataDir(mini, SHIPPED)])
        assert build("benefit", data["benefit"][0]["data"], SHIPPED).questions == ()

    @pytest.mark.parametrize(
        ("questions", "path", "message", "needle"),
        [
            (
                "\n      - {topic: lasting-results}",
                "benefits[0].questions[0]",
                "missing required field 'ask'",
                "{topic: lasting-results}",
            ),
            (
                "\n      - {ask: How long does it last?, topic: Lasting Results}",
                "benefits[0].questions[0].topic",
                "is not a lowercase-hyphen id",
                "topic: Lasting Results",
            ),
            (
                "\n      - {ask: How long does it last?, topic: lasting-results}"
                "\n      - {ask: Does it wear off?, topic: lasting-results}",
                "benefits[0].questions[1].topic",
                "'lasting-results' is already asked by benefits[0].questions[0]",
                "Does it wear off?",
            ),
            ("[]", "benefits[0].questions", "needs at least 1 item", "questions: []"),
        ],
        ids=["no-ask", "bad-topic", "topic-twice", "empty"],
    )
    def test_a_bad_benefit_question_is_one_line_with_file_line_and_field(
        self, mini: Path, questions: str, path: str, message: str, needle: str
    ) -> None:
        edit(
            mini / "benefits.yaml",
            "    caveats: [Placebo effects are large.]",
            f"    caveats: [Placebo effects are large.]\n    questions: {questions}",
        )
        problem = only(problems_of(mini))
        assert problem.path == path
        assert message in problem.message
        assert problem.line == line_of(mini / "benefits.yaml", needle)
        assert problem.file.endswith("benefits.yaml")
        assert "\n" not in str(problem)


class TestSchemaChecks:
    def test_missing_required_field(self, mini: Path) -> None:
        """A missing field names the entry's line and the field."""
        edit(mini / "benefits.yaml", "    mechanism: Signalling molecules are proposed.\n", "")
        problem = only(problems_of(mini))
        assert problem.path == "benefits[0]"
        assert "missing required field 'mechanism'" in problem.message
        assert problem.line == line_of(mini / "benefits.yaml", "- id: less-pain")

    def test_list_where_text_belongs(self, mini: Path) -> None:
        """A list given for a text field is a type error at that field."""
        edit(mini / "benefits.yaml", "name: Less pain", "name: [Less, pain]")
        problem = only(problems_of(mini))
        assert problem.path == "benefits[0].name"
        assert "expected text, got a list" in problem.message
        assert problem.line == line_of(mini / "benefits.yaml", "name: [Less")

    def test_number_for_a_name(self, mini: Path) -> None:
        """A number where a name belongs is reported with its literal."""
        edit(mini / "benefits.yaml", "name: Less pain", "name: 12.5")
        problem = only(problems_of(mini))
        assert "expected text, got a number '12.5'" in problem.message

    @pytest.mark.parametrize("literal", ["1e3", "0o17"])
    def test_yaml12_numbers_are_type_errors(self, mini: Path, literal: str) -> None:
        """`1e3` and `0o17` are numbers in YAML 1.2, so unquoted they are not taken as text."""
        edit(mini / "benefits.yaml", "name: Less pain", f"name: {literal}")
        problem = only(problems_of(mini))
        assert f"got a number '{literal}'" in problem.message

    def test_quoted_1e3_is_text(self, mini: Path) -> None:
        edit(mini / "benefits.yaml", "name: Less pain", 'name: "1e3"')
        data = load_dataset([DataDir(mini, SHIPPED)])
        assert data["benefit"][0]["data"]["name"] == "1e3"

    @pytest.mark.parametrize("literal", ["no", "on", "null", "2024-01-01"])
    def test_yaml11_surprises_are_type_errors(self, mini: Path, literal: str) -> None:
        """YAML 1.1 booleans, null and dates are never silently turned into text."""
        edit(
            mini / "benefits.yaml",
            "claim: Clinics say the cells relieve pain.",
            f"claim: {literal}",
        )
        problem = only(problems_of(mini))
        assert problem.path == "benefits[0].claim"
        assert "expected text" in problem.message

    def test_unknown_grade(self, mini: Path) -> None:
        """Grades outside the scale are named with the allowed values."""
        edit(mini / "benefits.yaml", "grade: early", "grade: miraculous")
        problem = only(problems_of(mini))
        assert problem.path == "benefits[0].evidence.grade"
        assert "unknown grade 'miraculous'" in problem.message
        assert "not-supported" in problem.message

    def test_bad_id_form(self, mini: Path) -> None:
        """Ids must be lowercase-hyphen slugs."""
        edit(mini / "benefits.yaml", "id: less-pain", "id: Less_Pain")
        assert any("lowercase-hyphen" in p.message for p in problems_of(mini))

    def test_unknown_field(self, mini: Path) -> None:
        """A misspelt field is reported, not ignored."""
        edit(mini / "benefits.yaml", "    caveats:", "    cavaets: [x]\n    caveats:")
        problem = only(problems_of(mini))
        assert "unknown field 'cavaets'" in problem.message

    def test_empty_text(self, mini: Path) -> None:
        edit(mini / "benefits.yaml", "name: Less pain", 'name: "  "')
        assert "must not be empty" in only(problems_of(mini)).message


class TestIdentityChecks:
    def test_duplicate_id(self, mini: Path) -> None:
        """Two entries with one id in one directory: the second is reported with the first line."""
        path = mini / "glossary.yaml"
        text = path.read_text()
        path.write_text(text + text.split("terms:\n", 1)[1])
        problem = only(problems_of(mini))
        assert "duplicate id 'autologous'" in problem.message
        assert problem.line == line_of(path, "- id: autologous", 2)

    def test_duplicate_mapping_key(self, mini: Path) -> None:
        """A key given twice in one mapping is an error, not a silent overwrite."""
        edit(
            mini / "benefits.yaml",
            "    summary: The claim",
            "    name: Again\n    summary: The claim",
        )
        problem = only(problems_of(mini))
        assert "duplicate key 'name'" in problem.message
        assert problem.line == line_of(mini / "benefits.yaml", "name: Again")

    def test_alias_shared_by_two_entries(self, mini: Path) -> None:
        """An alias may name only one entry, ignoring case and punctuation."""
        edit(mini / "glossary.yaml", "aliases: [own cells]", "aliases: [own cells, Sore-Knee]")
        problem = only(problems_of(mini))
        assert "also used by condition 'knee-trouble'" in problem.message

    def test_an_alias_given_twice_in_one_entry_is_an_error(self, mini: Path) -> None:
        """The same alias twice in one entry (ignoring case and punctuation) is placed at
        the second with the first's line; it was accepted in silence, since only two
        entries sharing a name were checked (newcomer1). The entry's own name may still
        be an alias (tests/test_rules.py)."""
        conditions = mini / "conditions.yaml"
        edit(conditions, "aliases: [lumbago]", "aliases: [lumbago, Lumbago]")
        problem = only(problems_of(mini))
        assert problem.path == "conditions[1].aliases[1]"
        assert problem.line == line_of(conditions, "aliases: [lumbago, Lumbago]")
        line = line_of(conditions, "aliases: [lumbago, Lumbago]")
        assert problem.message == f"alias 'Lumbago' is given twice (first at line {line})"
        edit(conditions, "aliases: [lumbago, Lumbago]", "aliases: [lumbago, Back ache]")
        assert problems_of(mini) == []

    def test_a_shared_alias_names_where_the_other_entry_uses_it(self, mini: Path) -> None:
        """The problem is placed at the later of the two in file order, which may be the
        entry nobody touched (an alias "RA" added to osteoarthritis is reported at
        rheumatoid arthritis's own "RA"), so it says where the other one is: its line in
        the same file, else its file and line (newcomer1)."""
        conditions = mini / "conditions.yaml"
        edit(conditions, "aliases: [lumbago]", "aliases: [lumbago, KT]")
        problem = only(problems_of(mini))
        assert problem.line == line_of(conditions, "aliases: [lumbago, KT]")
        assert problem.message == (
            f"name 'KT' is also used by condition 'knee-trouble' (line {line_of(conditions, 'KT')})"
        )
        edit(conditions, "aliases: [lumbago, KT]", "aliases: [lumbago]")
        edit(mini / "glossary.yaml", "aliases: [own cells]", "aliases: [own cells, Sore-Knee]")
        problem = only(problems_of(mini))
        where = f"{conditions}:{line_of(conditions, 'sore knee')}"
        assert problem.message.endswith(f"also used by condition 'knee-trouble' ({where})")

    def test_a_short_name_given_by_two_entries_names_the_other_one(
        self, mini: Path, tmp_path: Path
    ) -> None:
        """newcomer2: a user who wrote their own words for "FDA" under a new id got two
        entries for one short name and no word of it; which words a page showed hung on
        the order of the files. The later one is reported, with where the other is and
        the id that replaces it."""
        names = mini / "short_names.yaml"
        names.write_text(
            "short_names:\n"
            "  - id: fda\n    name: FDA\n    says: the US drug agency\n"
            "  - id: us-fda\n    name: FDA\n    says: the US Food and Drug Administration\n"
        )
        problem = only(problems_of(mini))
        assert problem.path == "short_names[1].name"
        assert problem.line == line_of(names, "name: FDA", 2)
        assert problem.message == (
            f"short name 'FDA' is also given by 'fda' (line {line_of(names, 'name: FDA')}); "
            "to replace its words, use id 'fda'"
        )
        names.write_text("short_names:\n  - id: fda\n    name: FDA\n    says: the US drug agency\n")
        user = tmp_path / "mine"
        user.mkdir()
        (user / "short_names.yaml").write_text(
            "short_names:\n  - id: us-fda\n    name: FDA\n    says: the US regulator\n"
        )
        problem = only(problems_of(mini, user))
        assert problem.file == str(user / "short_names.yaml")
        assert problem.message == (
            f"short name 'FDA' is also given by 'fda' ({names}:{line_of(names, 'name: FDA')}); "
            "to replace its words, use id 'fda'"
        )
        (user / "short_names.yaml").write_text(
            "short_names:\n  - id: fda\n    name: FDA\n    says: the US regulator\n"
        )
        assert problems_of(mini, user) == []


class TestCrossReferences:
    def test_unknown_benefit(self, mini: Path) -> None:
        """A condition linking a benefit that does not exist lists the known ones."""
        edit(
            mini / "conditions.yaml",
            "      - id: less-pain\n        grade: early",
            "      - id: telepathy\n        grade: early",
        )
        problem = only(problems_of(mini))
        assert problem.path == "conditions[0].benefits[0].id"
        assert "unknown benefit 'telepathy' (known: less-pain)" in problem.message
        assert problem.line == line_of(mini / "conditions.yaml", "id: telepathy")

    def test_unknown_reference(self, mini: Path) -> None:
        edit(mini / "topics.yaml", "references: [ref-guideline]", "references: [ref-guidline]")
        problem = only(problems_of(mini))
        assert "unknown reference 'ref-guidline'" in problem.message

    def test_unknown_term(self, mini: Path) -> None:
        edit(mini / "benefits.yaml", "terms: [autologous]", "terms: [allogenic]")
        assert "unknown term 'allogenic'" in only(problems_of(mini)).message

    def test_missing_field_and_bad_reference_reported_together(self, mini: Path) -> None:
        """Every problem is reported in one run, sorted by file and line."""
        edit(mini / "benefits.yaml", "    mechanism: Signalling molecules are proposed.\n", "")
        edit(mini / "topics.yaml", "references: [ref-guideline]", "references: [nope]")
        problems = problems_of(mini)
        assert len(problems) == 2
        assert problems == sorted(problems)
        assert {p.file.rsplit("/", 1)[1] for p in problems} == {"benefits.yaml", "topics.yaml"}

    def test_duplicate_benefit_link(self, mini: Path) -> None:
        edit(
            mini / "conditions.yaml",
            "    evidence:\n      grade: early",
            "      - id: less-pain\n        grade: early\n        note: again\n"
            "    evidence:\n      grade: early",
        )
        assert "listed twice" in only(problems_of(mini)).message


class TestFileProblems:
    def test_syntax_error_has_position(self, mini: Path) -> None:
        (mini / "benefits.yaml").write_text("benefits:\n  - id: x\n    name: [unclosed\n")
        problem = only(problems_of(mini))
        assert problem.file.endswith("benefits.yaml")
        assert problem.line >= 3
        assert "YAML syntax error" in problem.message

    def test_tab_indentation(self, mini: Path) -> None:
        (mini / "benefits.yaml").write_text("benefits:\n\t- id: x\n")
        problem = only(problems_of(mini))
        assert problem.line == 2
        assert "YAML syntax error" in problem.message

    def test_unclosed_quote(self, mini: Path) -> None:
        (mini / "benefits.yaml").write_text('benefits:\n  - id: "x\n')
        assert "YAML syntax error" in only(problems_of(mini)).message

    def test_not_utf8(self, mini: Path) -> None:
        (mini / "benefits.yaml").write_bytes(b"benefits:\n  - name: caf\xe9\n")
        problem = only(problems_of(mini))
        assert (problem.line, problem.column) == (2, 14)
        assert "not valid UTF-8" in problem.message

    @pytest.mark.parametrize("text", ["", "# only a comment\n"])
    def test_empty_file(self, mini: Path, text: str) -> None:
        (mini / "benefits.yaml").write_text(text)
        assert "file is empty" in only(problems_of(mini)).message

    def test_missing_shipped_file(self, mini: Path) -> None:
        (mini / "topics.yaml").unlink()
        problem = only(problems_of(mini))
        assert problem.file.endswith("topics.yaml")
        assert "missing" in problem.message

    def test_python_tag_refused_and_not_run(self, mini: Path, tmp_path: Path) -> None:
        """`!!python/...` tags are refused; nothing is constructed or executed."""
        marker = tmp_path / "pwned"
        (mini / "benefits.yaml").write_text(
            f"benefits:\n  - !!python/object/apply:os.system\n    args: ['touch {marker}']\n"
        )
        problems = problems_of(mini)
        assert any("unsupported tag" in p.message for p in problems)
        assert not marker.exists()

    def test_alias_bomb_refused_quickly(self, mini: Path) -> None:
        """A billion-laughs document is refused without expanding it."""
        lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        for i in range(1, 9):
            refs = ",".join([f"*a{i - 1}"] * 9)
            lines.append(f"a{i}: &a{i} [{refs}]")
        (mini / "benefits.yaml").write_text("\n".join(lines) + "\n")
        start = time.perf_counter()
        problems = problems_of(mini)
        assert time.perf_counter() - start < 5
        assert problems

    def test_size_limit(self, mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Files over the limit are refused before parsing; a file of exactly the limit
        is read."""
        largest = max(mini.glob("*.yaml"), key=lambda path: path.stat().st_size)
        limit = largest.stat().st_size
        monkeypatch.setattr("stemcell_cli.core.yamlsource.MAX_FILE_BYTES", limit)
        assert problems_of(mini) == []
        monkeypatch.setattr("stemcell_cli.core.yamlsource.MAX_FILE_BYTES", limit - 1)
        problem = only(problems_of(mini))
        assert problem.file == str(largest)
        assert (problem.line, problem.column) == (0, 0)
        assert "the limit is" in problem.message

    def test_missing_user_dir(self, mini: Path, tmp_path: Path) -> None:
        problem = only(problems_of(mini, tmp_path / "nope"))
        assert "does not exist" in problem.message

    def test_user_dir_is_a_file(self, mini: Path, tmp_path: Path) -> None:
        target = tmp_path / "file"
        target.write_text("x")
        assert "not a directory" in only(problems_of(mini, target)).message

    def test_user_dir_without_data_files(self, mini: Path, tmp_path: Path) -> None:
        message = only(problems_of(mini, tmp_path)).message
        assert "holds none of the data files" in message
        assert "check/advert_words.yaml" in message

    def test_user_dir_holding_only_word_lists(self, mini: Path, tmp_path: Path) -> None:
        """`check`'s word lists alone make a data directory (README "Your own data")."""
        (tmp_path / "check").mkdir()
        (tmp_path / "check" / "advert_words.yaml").write_text("guards: {}\n", encoding="utf-8")
        assert problems_of(mini, tmp_path) == []


class TestOverlay:
    def test_same_id_replaces_and_new_id_adds(self, mini: Path, user_dir) -> None:  # type: ignore[no-untyped-def]
        """User entries replace shipped ones by id and add new ones; origin says which dir."""
        text = (mini / "glossary.yaml").read_text()
        user = user_dir(
            glossary=text.replace("From your own body.", "Your own cells.")
            + "  - id: brand-new\n    name: Brand new\n    definition: New.\n"
            '    reviewed: "2026-01-01"\n'
        )
        data = load_dataset([DataDir(mini, SHIPPED), DataDir(user, str(user))])
        terms = {e["data"]["id"]: e for e in data["term"]}
        assert terms["autologous"]["data"]["definition"] == "Your own cells."
        assert terms["autologous"]["origin"] == str(user)
        assert terms["brand-new"]["origin"] == str(user)
        assert len(data["condition"]) == 2  # untouched files still come from the shipped dir

    def test_user_entry_may_cite_shipped_reference(self, mini: Path, user_dir) -> None:  # type: ignore[no-untyped-def]
        user = user_dir(
            glossary="terms:\n  - id: new-term\n    name: New term\n    definition: x.\n"
            '    references: [ref-trial]\n    reviewed: "2026-01-01"\n'
        )
        assert problems_of(mini, user) == []


#: Loads data dirs as a PyYAML built without libyaml does: yamlsource then falls back
#: to the pure-Python SafeLoader. Prints the loader used and, per dir, the dataset or
#: the problems, as JSON. The first argument is a small base directory (the `mini`
#: fixture) each case is laid over; an empty name is the shipped data alone (read once:
#: laying each case over the whole shipped data read it a dozen times, 12 s of the suite).
PURE_PYTHON_RUN = """
import json, sys
from pathlib import Path
import yaml
if hasattr(yaml, "CSafeLoader"):
    del yaml.CSafeLoader
from stemcell_cli.core import yamlsource
from stemcell_cli.core.datadirs import SHIPPED, DataDir, data_dirs
from stemcell_cli.core.errors import DataError
from stemcell_cli.core.loader import load_dataset
runs = []
base = DataDir(Path(sys.argv[1]), SHIPPED)
for name in sys.argv[2:]:
    dirs = [base, DataDir(Path(name), name)] if name else data_dirs(None)
    try:
        runs.append({"data": load_dataset(dirs)})
    except DataError as exc:
        runs.append({"problems": [p.to_json() for p in exc.problems]})
print(json.dumps({"loader": yamlsource._Loader.__name__, "runs": runs}))
"""

#: Glossaries that exercise the composer: valid, broken in syntax, and refused after it.
PURE_CASES = {
    "valid": TERM_TEXT.format(name="My term", extra=""),
    # Folded: a name is one line (a literal block keeping the line break is refused).
    "block-text": TERM_TEXT.format(name=">\n      Two\n      lines", extra=""),
    "unclosed-flow": TERM_TEXT.format(name="[unclosed", extra=""),
    "unclosed-quote": TERM_TEXT.format(name='"unclosed', extra=""),
    "tab": "terms:\n\t- id: x\n",
    "bad-indent": "terms:\n  - id: x\n   name: y\n",
    "duplicate-key": TERM_TEXT.format(name="My term", extra="    name: Again\n"),
    "alias": TERM_TEXT.format(name="&n My term", extra="    aliases: [*n]\n"),
    "tag": TERM_TEXT.format(name="!custom My term", extra=""),
    "yaml12-number": TERM_TEXT.format(name="1e3", extra=""),
    "yaml11-boolean": TERM_TEXT.format(name="no", extra=""),
}


def comparable(run: dict[str, Any]) -> dict[str, Any]:
    """A run with the wording of YAML syntax errors left out: libyaml and PyYAML word
    them differently, but agree on where they are."""
    problems = [
        {**p, "message": "YAML syntax error"} if p["message"].startswith("YAML syntax error") else p
        for p in run.get("problems", [])
    ]
    return {**run, "problems": problems} if "problems" in run else run


def test_the_pure_python_yaml_fallback_reads_alike(tmp_path: Path, mini: Path) -> None:
    """Without libyaml, the shipped data and every case (laid over the mini data) load
    to the same entries, or the same problems at the same positions, as with it."""
    dirs = []
    for name, text in PURE_CASES.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "glossary.yaml").write_text(text, encoding="utf-8")
        dirs.append(str(tmp_path / name))
    done = subprocess.run(
        [sys.executable, "-c", PURE_PYTHON_RUN, str(mini), "", *dirs],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    pure = json.loads(done.stdout)
    assert pure["loader"] == "SafeLoader"
    assert yamlsource._Loader is getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    expected = []
    for name in ["", *dirs]:
        over_mini = [DataDir(mini, SHIPPED), DataDir(Path(name), name)]
        try:
            expected.append({"data": load_dataset(over_mini if name else data_dirs(None))})
        except DataError as exc:
            expected.append({"problems": [p.to_json() for p in exc.problems]})
    expected = json.loads(json.dumps(expected))
    loaded = [True] + [name in ("valid", "block-text") for name in PURE_CASES]  # shipped first
    assert [("data" in run) for run in pure["runs"]] == loaded
    for name, mine, theirs in zip(["shipped", *PURE_CASES], pure["runs"], expected, strict=True):
        assert comparable(mine) == comparable(theirs), name


def drop_grade(path: Path, grade: str) -> None:
    """Leave one grade's entry out of a grades.yaml (each entry starts at `  - id:`)."""
    text = path.read_text(encoding="utf-8")
    start = text.index(f"  - id: {grade}\n")
    end = text.find("  - id: ", start + 1)
    path.write_text(text[:start] + (text[end:] if end >= 0 else ""), encoding="utf-8")


class TestGradeWords:
    """What each evidence grade means lives in data/grades.yaml alone (`plain` for
    `check`, `meaning` for `explain` and `matrix`): a user's data directory can change
    either, and a grades.yaml that leaves a grade out or names one off the scale is a
    one-line problem with its file, line and field, exit 3 (grades2)."""

    #: One grade, as a user's grades.yaml replaces it.
    EARLY = (
        "grades:\n"
        "  - id: early\n"
        "    plain: Only a few small studies in people.\n"
        "    meaning: our own words for an early grade\n"
    )

    def test_a_user_meaning_changes_explains_grade_line(self, user_dir) -> None:  # type: ignore[no-untyped-def]
        from typer.testing import CliRunner

        from stemcell_cli.cli.app import app

        user = user_dir(grades=self.EARLY)
        args = ["--data-dir", str(user), "explain", "osteoarthritis", "--full", "-f", "text"]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        assert "early (our own words for an early grade)" in result.stdout
        assert "small trials, phase I/II studies" not in result.stdout

    def test_a_user_meaning_changes_the_matrix_legend(self, user_dir) -> None:  # type: ignore[no-untyped-def]
        from typer.testing import CliRunner

        from stemcell_cli.cli.app import app

        user = user_dir(grades=self.EARLY)
        result = CliRunner().invoke(app, ["--data-dir", str(user), "matrix", "-f", "json"])
        assert result.exit_code == 0, result.output
        grades = json.loads(result.stdout)["grades"]
        assert grades["early"] == "our own words for an early grade"
        assert grades["untested"] == "no trial has measured this claim in people"  # shipped

    def test_every_grade_needs_a_meaning(self, mini: Path) -> None:
        edit(mini / "grades.yaml", "    meaning: lab and animal studies only\n", "")
        problem = only(problems_of(mini))
        assert problem.path == "grades[3]"
        assert problem.message == "missing required field 'meaning'"

    def test_a_missing_grade_is_one_line_at_the_list(self, mini: Path) -> None:
        path = mini / "grades.yaml"
        drop_grade(path, "untested")
        problem = only(problems_of(mini))
        assert str(problem) == (
            f"{path}:{line_of(path, 'grades:')}:1: grades: "
            "no entry for the grade 'untested' (each grade of the scale needs its words)"
        )

    def test_a_user_dir_need_not_repeat_every_grade(self, mini: Path, user_dir) -> None:  # type: ignore[no-untyped-def]
        assert problems_of(mini, user_dir(grades=self.EARLY)) == []

    def test_an_unknown_grade_is_one_line(self, mini: Path) -> None:
        path = mini / "grades.yaml"
        edit(path, "  - id: preclinical", "  - id: probable")
        problem = only(problems_of(mini))  # (not also "no entry for 'preclinical'")
        assert problem.path == "grades[3].id"
        assert problem.line == line_of(path, "id: probable")
        assert "unknown grade 'probable' (expected one of: established," in problem.message

    @pytest.mark.parametrize("case", ["missing", "unknown"])
    def test_exit_3_one_line_each(
        self, mini: Path, monkeypatch: pytest.MonkeyPatch, case: str
    ) -> None:
        from typer.testing import CliRunner

        from stemcell_cli.cli.app import app
        from stemcell_cli.core import datadirs

        path = mini / "grades.yaml"
        if case == "missing":
            drop_grade(path, "early")
        else:
            edit(path, "  - id: early\n", "  - id: probable\n")
        monkeypatch.setattr(datadirs, "shipped_dir", lambda: mini)
        for args in (["validate"], ["explain", "knee-trouble", "-f", "text"]):
            result = CliRunner().invoke(app, args)
            assert result.exit_code == 3, result.output
            # (validate lists its problems on stdout, other commands on stderr)
            lines = [line for line in result.output.splitlines() if str(path) in line]
            assert len(lines) == 1, result.output
            assert all(line.startswith(f"{path}:") for line in lines), lines
            assert "Traceback" not in result.output
