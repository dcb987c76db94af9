"""The installed `stemcell` in real processes: pipes, exit codes, environment variables."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from installed import SCRIPT, stemcell


def test_piped_explain_is_clean_markdown() -> None:
    result = stemcell("explain", "osteoarthritis")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Osteoarthritis\n")
    assert "\x1b" not in result.stdout
    assert "not medical advice" in result.stdout


def test_append_to_notes(tmp_path: Path) -> None:
    """`stemcell explain X >> notes.md` twice leaves two complete explanations."""
    notes = tmp_path / "notes.md"
    for _ in range(2):
        with notes.open("a") as handle:
            subprocess.run([str(SCRIPT), "explain", "osteoarthritis"], stdout=handle, check=True)
    assert notes.read_text().count("# Osteoarthritis\n") == 2


def test_typo_exit_code_and_suggestion() -> None:
    result = stemcell("explain", "osteoarthritus")
    assert result.returncode == 1
    assert "Did you mean: osteoarthritis" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_exit_2() -> None:
    assert stemcell("explain").returncode == 2


def test_head_closes_the_pipe_quietly() -> None:
    result = subprocess.run(
        f"'{SCRIPT}' explain osteoarthritis -f text | head -1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout == "Osteoarthritis\n"
    assert result.stderr == ""


def test_full_disk_is_one_line_error() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [str(SCRIPT), "explain", "osteoarthritis"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert result.returncode == 4
    assert result.stderr.strip().count("\n") == 0
    assert "No space left on device" in result.stderr


FOREGROUND_COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7])[;m]")


def test_force_color_and_no_color() -> None:
    """FORCE_COLOR makes rich output coloured in a pipe; NO_COLOR takes colour away."""
    forced = stemcell("explain", "oa", "-f", "rich", FORCE_COLOR="1")
    assert "\x1b[" in forced.stdout
    plain = stemcell("explain", "oa", "-f", "rich", FORCE_COLOR="1", NO_COLOR="1")
    assert FOREGROUND_COLOUR.search(forced.stdout)
    assert not FOREGROUND_COLOUR.search(plain.stdout)


@pytest.mark.parametrize("fmt", ["rich", "markdown", "text", "json"])
def test_ascii_locale_does_not_crash(fmt: str) -> None:
    result = stemcell(
        "explain",
        "osteoarthritis",
        "-f",
        fmt,
        LANG="C",
        LC_ALL="C",
        PYTHONIOENCODING="ascii",
        TERM="dumb",
        COLUMNS="20",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.isascii()


def test_ascii_locale_writes_a_findings_arrow_as_ascii(tmp_path: Path) -> None:
    """A report piped into notes in an ASCII locale keeps the arrow between a quoted
    claim and our answer readable ("->"), not a "?" from the encoder (notes1)."""
    advert = tmp_path / "page.txt"
    advert.write_text("Our stem cells regrow cartilage in the knee.\n", encoding="utf-8")
    result = stemcell("check", str(advert), "--no-fail", "-f", "markdown", LANG="C", LC_ALL="C")
    assert result.returncode == 0, result.stderr
    claim = next(line for line in result.stdout.splitlines() if "regrow cartilage" in line)
    assert ") -> **" in claim
    assert " ? " not in claim


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "stemcell_cli", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("stemcell ")


def test_the_entry_point_leaves_no_work_for_the_collector_at_exit() -> None:
    """The collector is off while a command runs and every object is frozen when it
    ends, so the interpreter's final collection has nothing to walk (__main__.py)."""
    probe = (
        "import gc, sys\n"
        "from stemcell_cli.__main__ import main\n"
        "sys.argv = ['stemcell', 'conditions', 'list']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        "sys.stderr.write(f'{code} {gc.isenabled()} {gc.get_freeze_count() > 0}')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False
    )
    assert result.stdout.startswith("# Conditions")
    assert result.stderr == "0 False True"


@pytest.mark.parametrize(
    ("advert", "options", "code"),
    [
        ("Our breakthrough stem cells regrow cartilage. Only 3 spots left!\n", ["-q"], 1),
        ("Our breakthrough stem cells regrow cartilage. Only 3 spots left!\n", ["--quiet"], 1),
        ("Only 3 spots left!\n", ["-q", "--no-fail"], 0),
        ("We treat knee pain with exercise and physiotherapy.\n", ["-q", "-f", "json"], 0),
    ],
)
def test_check_quiet_prints_nothing_and_keeps_the_exit_code(
    tmp_path: Path, advert: str, options: list[str], code: int
) -> None:
    """`check -q` is `grep -q`: no report on stdout, the same exit code as without it."""
    ad = tmp_path / "ad.txt"
    ad.write_text(advert)
    loud = stemcell("check", str(ad), *[o for o in options if o not in ("-q", "--quiet")])
    quiet = stemcell("check", *options, str(ad))
    assert loud.stdout  # the report, without -q
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (code, "", "")
    assert loud.returncode == code


def test_check_quiet_still_reports_unreadable_input(tmp_path: Path) -> None:
    result = stemcell("check", "-q", str(tmp_path / "missing.txt"))
    assert result.returncode == 3
    assert result.stdout == ""
    assert "missing.txt" in result.stderr
