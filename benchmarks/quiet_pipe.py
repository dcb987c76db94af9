"""Let a benchmark script's output be cut short by its reader (`python
benchmarks/first_runs.py | head -3`): on a closed pipe the script ends quietly, as `head`
or `grep -q` expect, instead of printing a BrokenPipeError traceback."""

from __future__ import annotations

import signal


def end_quietly_on_a_closed_pipe() -> None:
    """Restore the default action of SIGPIPE (Python ignores it and raises instead), where
    the system has one."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
