"""The start-up benchmark of the foundation issue: `python benchmarks/startup.py`.

It runs the start-up group of `run.py`: `stemcell explain osteoarthritis` piped, with
rich output, and `conditions list`, each against `python -c "import typer"` in the
same venv, interleaved, as median ratios.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import main

if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    raise SystemExit(main(["--only", "startup", *sys.argv[1:]]))
