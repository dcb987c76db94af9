"""The wheel carries the data files, so an install works with no checkout around it."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from stemcell_cli.core.schema import files

ROOT = Path(__file__).resolve().parents[1]
BACKEND = "hatchling>=1.21"  # pyproject.toml, [build-system]


def pip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pip", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def backend_options(tmp_path: Path) -> list[str]:
    """How pip gets the build backend: the installed one, else one it can download.

    The one condition under which the test skips: the backend is neither installed nor
    to be had from the package index (such as offline), checked here on its own; any
    failure of the build itself then fails the test with the build's error."""
    if importlib.util.find_spec("hatchling") is not None:
        return ["--no-build-isolation"]
    probe = pip("download", "--no-deps", "-q", "-d", str(tmp_path / "backend"), BACKEND)
    if probe.returncode != 0:
        reason = (probe.stderr.strip().splitlines() or ["no output"])[-1]
        pytest.skip(f"the build backend {BACKEND} is not installed and cannot be had: {reason}")
    return []


@pytest.mark.slow
def test_wheel_ships_every_data_file(tmp_path: Path) -> None:
    options = backend_options(tmp_path)
    out = tmp_path / "wheel"
    built = pip("wheel", "--no-deps", "-q", *options, "-w", str(out), str(ROOT))
    assert built.returncode == 0, f"the wheel build failed:\n{built.stderr}"
    [wheel] = out.glob("stemcell-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [
        spec.filename for spec in files() if f"stemcell_cli/data/{spec.filename}" not in names
    ]
    assert missing == []
    assert "stemcell_cli/__main__.py" in names
