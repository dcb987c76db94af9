"""The benchmark scripts report honestly: a missed target is a failing exit, and the
mutation tester's one-token mutants are what it says they are.

No timing here: the measuring functions are replaced by fixed figures."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import careful_text  # noqa: E402
import first_run_replay  # noqa: E402
import first_runs  # noqa: E402
import label_agreement  # noqa: E402
import long_sentences  # noqa: E402
import mutation  # noqa: E402
import run  # noqa: E402


def figures(*rows: dict[str, Any]) -> Any:
    def measure(*args: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        return {"explain": {"median_ms": 42.0, "peak_kib": 16384}}, list(rows)

    return measure


@pytest.mark.parametrize(
    ("rows", "code"),
    [
        ([run.ratio("explain vs floor", 1.1, 1.0, 1.2)], 0),
        ([run.ratio("shown only", 9.0, 1.0, None)], 0),
        ([run.ratio("explain vs floor", 1.3, 1.0, 1.2)], 1),
    ],
    ids=["met", "no-target", "missed"],
)
def test_run_exits_1_when_a_target_is_missed(
    rows: list[dict[str, Any]],
    code: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(run, "startup", figures(*rows))
    assert run.main(["--only", "startup", "--json", str(tmp_path / "results.json")]) == code
    err = capsys.readouterr().err
    assert ("missed: explain vs floor: 1.30, the target is 1.2" in err) == (code == 1)


SAMPLE = """\
def f(a, b, items):
    if a == 1 and not b:  # a comment with == and and
        return a <= 2 or b is not None
    return [x for x in items if x not in (True, -3)]
"""


def test_each_mutant_changes_one_token_of_the_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "sample.py").write_text(SAMPLE, encoding="utf-8")
    monkeypatch.setattr(mutation, "PACKAGE", tmp_path)
    mutants = mutation.mutants_of("core/sample.py")
    changed = {m.change: m.source().decode().splitlines() for m in mutants}
    original = SAMPLE.splitlines()
    assert changed["`==` -> `!=`"][1] == original[1].replace("a == 1", "a != 1")
    assert changed["`and` -> `or`"][1] == original[1].replace("1 and not", "1 or not")
    assert changed["`not` dropped"][1] == original[1].replace("not b", "(b)")
    assert changed["`<=` -> `<`"][2] == original[2].replace("<=", "<")
    assert changed["`is not` -> `is`"][2] == original[2].replace("is not", "is")
    assert changed["`not in` -> `in`"][3] == original[3].replace("not in", "in")
    assert changed["`True` -> `False`"][3] == original[3].replace("True", "False")
    assert changed["`3` -> `4`"][3] == original[3].replace("-3", "-(4)")
    for mutant in mutants:
        source = mutant.source().decode()
        ast.parse(source)
        assert source != SAMPLE
        assert "# a comment with == and and" in source


def test_each_equivalent_mutant_is_named_alone() -> None:
    """An entry of the equivalent list can leave out one mutant, never several. Only
    the modules the list names are mutated (an entry names its module), and each
    mutant's lines are made once (18 s of the suite when every module's were made once
    per entry)."""
    listed = dict.fromkeys(module for module, _, _ in mutation.EQUIVALENT)
    lines = {m: m.mutated_lines() for module in listed for m in mutation.mutants_of(module)}
    for module, text, _ in mutation.EQUIVALENT:
        named = [
            m
            for m, mutated in lines.items()
            if m.module == module and mutation.names(text, mutated)
        ]
        assert len(named) <= 1, (module, text, [m.label() for m in named])


def test_a_mutant_runs_only_the_test_files_that_import_its_module() -> None:
    """The test files that name the module first, then those that imported it in the
    unmutated baseline (in any process); a file that never imported it cannot run the
    mutant and is left out."""
    import queue

    files = ["tests/test_check_fetch.py", "tests/test_cli.py", "tests/test_render.py"]
    runner = mutation.Runner(files, queue.Queue())
    runner.durations = dict.fromkeys(files, 1.0)
    runner.imports = {
        "tests/test_check_fetch.py": {"stemcell_cli.check.page.fetch"},
        "tests/test_cli.py": {"stemcell_cli.cli", "stemcell_cli.check.page.fetch"},
        "tests/test_render.py": {"stemcell_cli.render"},
    }
    assert mutation.dotted_name("check/page/fetch.py") == "stemcell_cli.check.page.fetch"
    assert mutation.dotted_name("core/__init__.py") == "stemcell_cli.core"
    assert runner.stages("check/page/fetch.py") == [
        ["tests/test_check_fetch.py"],
        ["tests/test_cli.py"],
    ]


def test_a_timeout_is_tried_again_with_ten_times_the_unmutated_time() -> None:
    """A slower mutant on a busy machine is not a hang: the first limit is three times
    the unmutated time plus 10 s, the second ten times plus a minute."""
    import queue

    runner = mutation.Runner(["tests/test_cli.py"], queue.Queue())
    runner.durations = {"tests/test_cli.py": 4.0}
    assert runner.timeout(["tests/test_cli.py"]) == 3 * 4.0 + 10
    assert runner.timeout(["tests/test_cli.py"], patient=True) == 10 * 4.0 + 60


def test_label_agreement_compares_only_pages_read_for_the_group(tmp_path: Path) -> None:
    corpus = {
        "p1": label_agreement.Page("p1", "train", {"conditions": {"osteoarthritis": "clear"}}),
        "p2": label_agreement.Page("p2", "train", {"conditions": {"osteoarthritis": "clear"}}),
        "p3": label_agreement.Page("p3", "train", {"conditions": {}}),
    }
    (tmp_path / "p1.yaml").write_text("red_flags: {}\n", encoding="utf-8")
    (tmp_path / "p2.yaml").write_text("conditions:\n  osteoarthritis: clear\n", encoding="utf-8")
    (tmp_path / "p3.yaml").write_text("conditions: {}\n", encoding="utf-8")
    second = label_agreement.load_second(tmp_path)

    pages = label_agreement.compared_pages(corpus, second, "conditions", "train")

    assert [page.id for page in pages] == ["p2", "p3"]
    assert label_agreement.compared_pages(corpus, second, "red_flags", "train") == [corpus["p1"]]


def test_the_second_reader_scored_as_a_finder_counts_as_check_quality_does(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Clear labels are findings: one on a first clear label is found, one on a first
    borderline label counts neither way, one on no first label is a false alarm."""
    first = {
        "p1": {"red_flags": {"cure-claim": "clear", "miracle-language": "borderline"}},
        "p2": {"red_flags": {"testimonials-as-evidence": "clear"}},
    }
    monkeypatch.setattr(label_agreement, "first_labels", lambda page_id: first.get(page_id))
    corpus = {page: label_agreement.Page(page, "test", {}) for page in ("p1", "p2", "p3")}
    second = {
        "p1": {"red_flags": {"cure-claim": "clear", "miracle-language": "clear"}},
        "p2": {"red_flags": {"no-risk-claim": "clear", "urgency-pressure": "borderline"}},
        "p3": {"red_flags": {"cure-claim": "clear"}},  # no first labels in git: left out
    }

    label_agreement.as_finder(corpus, second)

    out = capsys.readouterr().out
    assert "left out, first labels not in git: 1" in out
    assert "test  red_flags  precision 0.50 recall 0.50  (1 found, 1 false alarms, 1 missed)" in out


def test_a_mutant_is_made_from_the_module_as_it_was_when_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Editing the checkout during a run must not move a mutant's edit onto other bytes:
    mutants and labels come from the text read when the mutants were found."""
    (tmp_path / "core").mkdir()
    module = tmp_path / "core" / "sample.py"
    module.write_text(SAMPLE, encoding="utf-8")
    monkeypatch.setattr(mutation, "PACKAGE", tmp_path)
    mutants = mutation.mutants_of("core/sample.py")
    before = [(m.source(), m.label()) for m in mutants]
    module.write_text('"""A docstring added meanwhile."""\n\n' + SAMPLE, encoding="utf-8")
    assert [(m.source(), m.label()) for m in mutants] == before
    assert all(b'"""A docstring' not in m.source() for m in mutants)


def test_a_copy_runs_its_own_package_in_every_process_even_without_pythonpath(
    tmp_path: Path,
) -> None:
    """Tests that run the command with a cleaned environment (no PYTHONPATH) or as
    another user must run the mutant, not the checkout's installed package: the copy's
    own Python and its `stemcell` import the copy's package whatever the environment."""
    import os
    import subprocess

    tree = tmp_path / "tree"
    (tree / "src" / "stemcell_cli").mkdir(parents=True)
    (tree / "src" / "stemcell_cli" / "__init__.py").write_text("", encoding="utf-8")
    (tree / "src" / "stemcell_cli" / "__main__.py").write_text(
        "def main():\n    print(__file__)\n", encoding="utf-8"
    )
    (tree / "recorder").mkdir()
    mutation.make_environment(tree)
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    shown = "import stemcell_cli, yaml; print(stemcell_cli.__file__)"
    found = subprocess.run(
        [mutation.python_of(tree), "-c", shown], env=env, capture_output=True, text=True
    )
    assert found.stdout.strip() == str(tree / "src" / "stemcell_cli" / "__init__.py")
    script = mutation.python_of(tree).parent / "stemcell"
    ran = subprocess.run([script], env=env, capture_output=True, text=True)
    assert ran.stdout.strip() == str(tree / "src" / "stemcell_cli" / "__main__.py")


def test_careful_text_counts_each_warning_sign_of_each_page(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = {
        "calm": "Knee pain is common.",
        "loud": "A miracle cure!\nBook now, only 3 spots left.",
    }
    monkeypatch.setattr(careful_text, "entry_ids", lambda: list(pages))
    monkeypatch.setattr(careful_text, "page_text", pages.__getitem__)
    theirs = {"news": "Beware of clinics that promise a miracle cure."}
    monkeypatch.setattr(careful_text, "their_pages", lambda: theirs)

    assert careful_text.main(["--list"]) == 0

    out = capsys.readouterr().out
    assert "calm" in out and " 0 warning sign(s)" in out
    assert "miracle-language" in out and "urgency-pressure" in out
    ours, others = out.strip().splitlines()[-2:]
    assert ours.endswith("in 2 pages of our own (target: none)")
    assert int(ours.split()[0]) >= 3  # miracle, cure, urgency at least
    assert others == "0 warning signs in 1 careful pages of others (target: none)"


def test_careful_text_reads_the_careful_pages_kept_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "c01-x.yaml").write_text("id: c01-x\ntext: Some text.\n", encoding="utf-8")
    assert careful_text.their_pages(tmp_path) == {"c01-x": "Some text."}


def _names_imported_from_stemcell(script: Path) -> list[tuple[str, str | None]]:
    """(module, name) for each `from stemcell_cli... import name`; (module, None) for
    each `import stemcell_cli...`."""
    wanted: list[tuple[str, str | None]] = []
    for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("stemcell_cli"):
            wanted += [(node.module or "", alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            wanted += [(a.name, None) for a in node.names if a.name.startswith("stemcell_cli")]
    return wanted


@pytest.mark.parametrize("script", sorted(BENCHMARKS.glob("*.py")), ids=lambda p: p.name)
def test_every_name_a_benchmark_imports_from_stemcell_still_exists(script: Path) -> None:
    """A rename or removal in src/ that a benchmark script still uses fails here, not
    the next time a maintainer runs the script (page_words.py lost SHORT_PAGE so)."""
    import importlib

    missing = []
    for module_name, name in _names_imported_from_stemcell(script):
        module = importlib.import_module(module_name)
        if name is None or hasattr(module, name):
            continue
        try:
            importlib.import_module(f"{module_name}.{name}")
        except ImportError:
            missing.append(f"{module_name}.{name}")
    assert not missing, f"{script.name} imports names that no longer exist: {missing}"


def test_long_sentences_counts_only_our_prose_past_the_limit() -> None:
    """benchmarks/long_sentences.py: a sentence is long past tests/plainlang.py's limit,
    a list item's bold label is no part of its first sentence, a list item without an
    end mark is a sentence of its own, and the Sources section is not read."""
    from stemcell_cli.views.document import Bullets, Heading, Page, Paragraph, Span

    limit = long_sentences.SENTENCE_WORD_LIMIT
    at_limit = "Here " + " ".join(["word"] * (limit - 1)) + "."
    past_limit = "Then " + " ".join(["word"] * limit) + "."
    assert long_sentences.long_sentences(f"{at_limit} {past_limit}") == [(limit + 1, past_limit)]
    label = (Span("Why this grade", "strong"), Span(": Two trials. It helped."))
    page = Page(
        (
            Heading("Evidence", 2),
            Paragraph((Span("One line."),)),
            Bullets(((Span("A symptom"),), label)),
            Heading("Sources", 2),
            Paragraph((Span(past_limit),)),
        )
    )
    texts = list(long_sentences.page_texts(page))
    assert texts == [
        ("Evidence", "One line."),
        ("Evidence", "A symptom"),
        ("Evidence", "Two trials. It helped."),
    ]


def test_long_sentences_reads_each_list_item_as_a_unit_of_its_own() -> None:
    """benchmarks/long_sentences.py (patient11): every paragraph and list item of a page
    ends a sentence, whatever it ends with (")", "%", a digit, no mark at all) and
    however the next starts, so a list is never read as one long sentence; within an
    item, "e.g." and "vs." do not end one. The page's grade and each section's count
    the same sentences."""
    from stemcell_cli.views.document import Bullets, Heading, Page, Paragraph, Span

    items = (
        "Exercise and weight loss (strongly recommended)",
        "Pain fell by 30%",
        "Reviewed in 2021",
        "a brace for the knee",
        "Painkillers, e.g. paracetamol, vs. a steroid shot help some people.",
    )
    page = Page(
        (
            Heading("Care", 2),
            Paragraph((Span("Care starts simply. It is cheap."),)),
            Bullets(tuple((Span(item),) for item in items)),
        )
    )
    texts = [text for _, text in long_sentences.page_texts(page)]
    whole = long_sentences.measure_units(texts)
    assert whole.sentences == 2 + len(items)
    assert whole.longest_sentence == len(long_sentences.words(items[-1]))
    assert whole.words == sum(len(long_sentences.words(text)) for text in texts)
    (section,) = long_sentences.section_measures("made-up", page)
    assert (section.sentences, section.words) == (whole.sentences, whole.words)
    assert section.grade == pytest.approx(whole.grade)
    # Read as one text, the list would run into longer sentences: the units matter.
    joined = long_sentences.measure(" ".join(texts))
    assert joined.sentences < whole.sentences
    assert long_sentences.long_sentences(items[-1]) == []
    assert long_sentences.measure_units([]).words == 0


def test_readability_ends_a_field_that_closes_a_bracket_with_a_stop() -> None:
    """A field ending "(DMARD)" has no end mark of its own: joined to the next field it
    would be read as one long sentence (the slip patient11 found in long_sentences.py)."""
    import readability

    assert readability._as_sentence("methotrexate first (a DMARD)").endswith("(a DMARD).")
    assert readability._as_sentence("Start with it (a DMARD).") == "Start with it (a DMARD)."
    assert readability._as_sentence('He said "no."') == 'He said "no."'
    assert readability._as_sentence("a hint") == "A hint."


def _run_script(*args: str, cwd: Path = BENCHMARKS.parent) -> subprocess.CompletedProcess[str]:
    """A benchmark script as the docs tell a reader to run it: `python benchmarks/X.py`,
    from the checkout, in a process of its own."""
    return subprocess.run(
        [sys.executable, str(BENCHMARKS / args[0]), *args[1:]],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize(
    "script",
    sorted(p for p in BENCHMARKS.glob("*.py") if "ArgumentParser" in p.read_text("utf-8")),
    ids=lambda p: p.name,
)
def test_every_benchmark_with_options_answers_help(script: Path) -> None:
    """`--help` of each script that takes options prints its usage and exits 0 (and so
    imports: a missing name or module is a traceback here)."""
    ran = _run_script(script.name, "--help")
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith(f"usage: {script.name} "), ran.stdout[:200]


#: Scripts the docs name that run in a few seconds on the shipped data: the command, and a
#: line its output must hold (the shape of a figure the docs quote, never today's value).
QUICK_RUNS = [
    (("page_words.py",), r"(?m)^page +words +terms$\n^osteoarthritis +\d+ +\d+$"),
    (("long_sentences.py",), r"(?m)^sentences over 25 words on the \d+ full pages: \d+$"),
    (("long_sentences.py", "--sections"), r"(?m)^sections above grade 8: \d+ of \d+$"),
    (("readability.py",), r"(?m)^fields above grade 8: \d+ of \d+$"),
    (("readability.py", "--check"), r"(?m)^question to ask +\d+ +\d+\.\d +\d+\.\d +\d+ +\d+$"),
    (
        ("short_names.py",),
        r"(?m)^total: \d+ explained, \d+ not \(\d+ names unexplained somewhere\)\n"
        r"left as they are \(tests/test_readability.py, SHORT_NAMES_LEFT\): \d+ first uses",
    ),
    (("claim_pairs.py", "--at", "0.5"), r"(?m)^graded claims: \d+; with a note sentence at 0.5"),
    (
        ("first_run_replay.py",),
        r"(?m)^first-run errors replayed: \d+ entries of the \d+ series ck to [a-z]+, each "
        r"sentence alone; \d+ not parsed$(\n.*)+\n^  all red_flags +\d+ +\d+ +\d+ +\d+$"
        r"\n^  overall +\d+ +\d+ +\d+ +\d+$",
    ),
    (("first_run_replay.py", "--sign", "promised-results"), r"(?m)^promised-results: \d+ of "),
    (
        ("first_runs.py",),
        r"(?m)^first runs of the \d+ series ck to [a-z]+ \(\d+ pages\)$"
        r"(\n.*){4}\n^  overall +\d\.\d\d +\d\.\d\d +\d\.\d\d +\d+ +\d+ +\d+$",
    ),
]


@pytest.mark.parametrize(
    ("args", "shape"), QUICK_RUNS, ids=[" ".join(args) for args, _ in QUICK_RUNS]
)
def test_a_quick_benchmark_the_docs_name_prints_its_figure(
    args: tuple[str, ...], shape: str
) -> None:
    ran = _run_script(*args)
    assert ran.returncode == 0, ran.stderr
    assert "Traceback" not in ran.stderr
    assert re.search(shape, ran.stdout), ran.stdout[-1500:]


def test_first_runs_reads_both_splits_of_a_run(tmp_path: Path) -> None:
    """A first run's train and test tables are both counted, and each kept run's overall
    row is the sum of its categories' (so no row of a kept file is misread)."""
    run_file = tmp_path / "zz.txt"
    run_file.write_text(
        "# series zz first run\n"
        "train (8 pages)\n"
        "  category    precision recall    F1   TP   FP   FN\n"
        "  benefits         0.50   1.00  0.67    1    1    0\n"
        "  overall          0.50   1.00  0.67    1    1    0\n"
        "test (4 pages)\n"
        "  category    precision recall    F1   TP   FP   FN\n"
        "  benefits         1.00   0.67  0.80    2    0    1\n"
        "  overall          1.00   0.67  0.80    2    0    1\n",
        encoding="utf-8",
    )
    counts, pages = first_runs.counts_of(run_file)
    assert pages == 12
    assert counts["benefits"] == {"tp": 3, "fp": 1, "fn": 1}
    for path in first_runs.first_run_files("ck", None):
        counts, pages = first_runs.counts_of(path)
        assert pages > 0, path.name
        parts = sum((counts[name] for name in ("benefits", "conditions", "red_flags")), Counter())
        assert +counts["overall"] == +parts, path.name


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.mkdir()


def _broken_link(path: Path) -> None:
    path.symlink_to(path.parent / "nothing-here")


@pytest.mark.parametrize(
    "plant",
    [
        lambda path: path.write_bytes(b"train (8 pages)\n\xff\xfe not UTF-8\n"),
        _folder,
        _broken_link,
        _fifo,
        lambda path: path.write_text("# a first run cut short\n", encoding="utf-8"),
    ],
    ids=["not-utf8", "folder", "broken-link", "fifo", "no-table"],
)
def test_first_runs_says_in_one_line_which_run_it_cannot_read(
    tmp_path: Path, plant: Callable[[Path], None]
) -> None:
    """A malformed first run in benchmarks/adverts/first-runs/ (bytes that are not UTF-8,
    a folder, a broken link, a FIFO, a file holding no table): the script, run as the
    docs say in a checkout of its own, was a traceback for the first three, hung on the
    FIFO and added nothing unseen for the last (attack10). Each is now one line that
    names the file, and exit 1."""
    script = tmp_path / "benchmarks" / "first_runs.py"
    runs = script.parent / "adverts" / "first-runs"
    runs.mkdir(parents=True)
    shutil.copy(BENCHMARKS / "first_runs.py", script)
    shutil.copy(BENCHMARKS / "quiet_pipe.py", script.parent / "quiet_pipe.py")
    shutil.copy(BENCHMARKS / "adverts" / "first-runs" / "ck.txt", runs / "ck.txt")
    plant(runs / "zz.txt")
    ran = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=False
    )
    assert ran.returncode == 1, ran.stdout
    assert "Traceback" not in ran.stderr
    assert ran.stderr.splitlines() == [ran.stderr.strip()], ran.stderr
    assert "zz.txt" in ran.stderr


def test_synthetic_writes_a_data_directory_that_validates(tmp_path: Path) -> None:
    """benchmarks/synthetic.py, which run.py's scale group uses, on a tiny size."""
    ran = _run_script("synthetic.py", str(tmp_path / "big"), "--conditions", "3", "--benefits", "2")
    assert ran.returncode == 0, ran.stderr
    assert sorted(p.name for p in (tmp_path / "big").iterdir()) == [
        "benefits.yaml",
        "conditions.yaml",
    ]
    valid = subprocess.run(
        [sys.executable, "-m", "stemcell_cli", "validate", str(tmp_path / "big")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert valid.returncode == 0, valid.stdout + valid.stderr


@pytest.mark.parametrize(
    "script",
    sorted(p for p in BENCHMARKS.glob("*.py") if '__name__ == "__main__"' in p.read_text("utf-8")),
    ids=lambda p: p.name,
)
def test_a_benchmark_cut_short_by_its_reader_ends_quietly(script: Path) -> None:
    """`python benchmarks/X.py | head -1`: the reader closes the pipe after one line; the
    script ends without a BrokenPipeError traceback (each imports quiet_pipe when run)."""
    source = script.read_text("utf-8")
    assert "end_quietly_on_a_closed_pipe()" in source.split('__name__ == "__main__"', 1)[1]


def test_first_runs_into_a_closed_pipe_prints_no_traceback() -> None:
    """Through a real pipe whose reader has gone (as `| head -1` once it has its line):
    the script's first write meets a closed pipe and it ends without a traceback."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        ran = subprocess.run(
            [sys.executable, str(BENCHMARKS / "first_runs.py")],
            cwd=BENCHMARKS.parent,
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in ran.stderr and "BrokenPipeError" not in ran.stderr, ran.stderr


#: A misses file in the forms the kept ones use: two good entries (one a false alarm,
#: one a miss under a page heading of its own), and two headings that cannot be read.
MISSES_FILE = """\
# series zz first run, train pages only
1. zz01 false alarm red_flag promised-results
   paraphrase: "You will walk without pain in six weeks, we promise."
   original:   "Patients walked without pain after six weeks."
   diagnosis: a rule too loose.

2. zz02 false alarm red_flag cure-claim
   diagnosis: the sentence was left out.

3. zz04 (careful) is read as an advert
   paraphrase: "Clinics sell hope."

zz05-some-clinic-page
  missed benefit avoid-surgery: "Our injections spare you the knee replacement."
    (original "They spare you the operation." gives nothing)
    Diagnosis: a wording the matcher lacks.
"""


def test_first_run_replay_reads_each_entry_and_names_each_heading_it_cannot() -> None:
    entries, unparsed = first_run_replay.parse(
        "zz-misses.txt", MISSES_FILE, first_run_replay.label_categories()
    )
    assert [(e.page, e.kind, e.category, e.label) for e in entries] == [
        ("zz01", "false alarm", "red_flags", "promised-results"),
        ("zz05", "miss", "benefits", "avoid-surgery"),
    ]
    assert entries[0].sentences == ("You will walk without pain in six weeks, we promise.",)
    assert entries[1].sentences == ("Our injections spare you the knee replacement.",)
    assert unparsed == [
        "zz-misses.txt:7: no quoted sentence: 2. zz02 false alarm red_flag cure-claim",
        "zz-misses.txt:10: no label: 3. zz04 (careful) is read as an advert",
    ]


def test_first_run_replay_counts_what_the_matcher_still_gets_wrong(tmp_path: Path) -> None:
    """A false alarm counts as still raised when the finder raises its label on the
    sentence; a miss as now found when it finds it (a finder of fixed answers here)."""
    (tmp_path / "zz-misses.txt").write_text(MISSES_FILE, encoding="utf-8")

    def finder(text: str) -> dict[str, set[str]]:
        return {"red_flags": {"promised-results"} if "promise" in text else set()}

    result = first_run_replay.replay([tmp_path / "zz-misses.txt"], finder)
    lines = first_run_replay.table(result)
    assert re.search(r"^  promised-results +1 +1 +0 +0$", "\n".join(lines), re.M), lines
    assert re.search(r"^  avoid-surgery +0 +0 +1 +0$", "\n".join(lines), re.M), lines
    assert re.search(r"^  overall +1 +1 +1 +0$", "\n".join(lines), re.M), lines
    assert sum(line.startswith("not parsed: zz-misses.txt:") for line in lines) == 2
    assert first_run_replay.wrong_for(result, "avoid-surgery") == [
        "zz-misses.txt:14 zz05 still missed: Our injections spare you the knee replacement.",
        "avoid-surgery: 1 of 1 entries still wrong",
    ]


@pytest.mark.parametrize(
    "plant",
    [
        lambda path: path.write_text(MISSES_FILE, encoding="utf-8"),
        lambda path: path.write_bytes(b"1. zz01 false alarm red_flag cure-claim\n \xff\xfe\n"),
        _folder,
    ],
    ids=["bad-headings", "not-utf8", "folder"],
)
def test_first_run_replay_names_what_it_cannot_read_in_one_line(
    tmp_path: Path, plant: Callable[[Path], None]
) -> None:
    """Run as the docs say, in a checkout of its own: a heading or a file it cannot read
    is one line that names it (file and line), never a traceback, and the rest is read."""
    script = tmp_path / "benchmarks" / "first_run_replay.py"
    runs = script.parent / "adverts" / "first-runs"
    runs.mkdir(parents=True)
    for name in ("first_run_replay.py", "first_runs.py", "check_quality.py", "quiet_pipe.py"):
        shutil.copy(BENCHMARKS / name, script.parent / name)
    shutil.copytree(BENCHMARKS.parent / "data", tmp_path / "data")
    shutil.copy(BENCHMARKS / "adverts" / "first-runs" / "gf-misses.txt", runs / "gf-misses.txt")
    plant(runs / "zz-misses.txt")
    ran = subprocess.run(
        [sys.executable, str(script), "--since", "gf"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    assert "Traceback" not in ran.stderr, ran.stderr
    named = [line for line in ran.stdout.splitlines() if line.startswith("not parsed: zz-")]
    assert named, ran.stdout
    assert re.search(
        r"^first-run errors replayed: \d+ entries of the 2 series gf to zz", ran.stdout
    )
    assert re.search(r"(?m)^  promised-results +\d+ +\d+ +[1-9]\d* +\d+$", ran.stdout)


@pytest.mark.parametrize(
    "page",
    [
        "id: x01\nsplit: train\nbits: &b [a, a, a]\ntext: [*b, *b, *b]\nlabels: {}\n",
        "- just a list\n",
    ],
    ids=["text-an-alias-list", "not-a-mapping"],
)
def test_a_corpus_page_of_the_wrong_shape_stops_with_one_line_naming_it(
    tmp_path: Path, page: str
) -> None:
    """A contributor's page whose `text:` an alias made a list (attack17's YAML bomb) stops
    the scorers with one line naming the file, not a traceback from deep inside."""
    (tmp_path / "x01.yaml").write_text(page, encoding="utf-8")
    (tmp_path / "careful").mkdir()
    (tmp_path / "careful" / "x01.yaml").write_text(page, encoding="utf-8")
    import check_quality

    for load in (
        lambda: check_quality.load_pages(tmp_path),
        lambda: careful_text.their_pages(tmp_path / "careful"),
    ):
        with pytest.raises(SystemExit) as stopped:
            load()
        message = str(stopped.value)
        assert "x01.yaml" in message and "\n" not in message
