"""The wheel carries the data files, so an install works with no checkout around it."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from stemcell_cli.core.schema import FILES

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_ships_every_data_file(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {result.stderr.strip()[-200:]}")
    [wheel] = tmp_path.glob("stemcell-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for spec in FILES:
        assert f"stemcell_cli/data/{spec.filename}" in names
