"""The installed `stemcell` beside the tests' Python, and one way to run it.

No fallback to another `stemcell` on PATH and no skip: the subprocess tests are about
this install, so a missing script fails them (see test_isolation.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

SCRIPT = str(Path(sys.executable).parent / "stemcell")


def stemcell(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """A run of the installed command, stdin closed to input, without colour forcing.

    The session's cache and config dirs come with the environment; a variable given
    as "" is left out, as if never set."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    full_env.update(env)
    full_env = {k: v for k, v in full_env.items() if v != ""}
    return subprocess.run(
        [SCRIPT, *args],
        capture_output=True,
        text=True,
        env=full_env,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )


def check_json(
    page: Path, *options: str, timeout: float = 300, **env: str
) -> subprocess.CompletedProcess[str]:
    """A run of the installed `check -f json` on `page` (global `options` before the
    command), stdin closed, the environment as it is with `env` added: for the attack
    tests that time a run or build a page too large for `stemcell`'s 60 s."""
    return subprocess.run(
        [SCRIPT, *options, "check", str(page), "-f", "json"],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        stdin=subprocess.DEVNULL,
        timeout=timeout,
        check=False,
    )


def check_stdin_json(text: str) -> dict[str, Any]:
    """The JSON report of the installed `check -` on `text` given on stdin; it must exit
    0 or 1 (a finding made or not), never with an error."""
    result = subprocess.run(
        [SCRIPT, "check", "-", "-f", "json"],
        input=text + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def check_cpu(
    page: Path, *options: str, **env: str
) -> tuple[float, subprocess.CompletedProcess[str]]:
    """The CPU seconds the installed `check -f json` took on `page` (`check_json`, 600 s at
    most), and its result: what the attack tests compare, a ratio against plain text of
    the same size, never a figure of today."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = check_json(page, *options, timeout=600, **env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    took = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return took, result


def found_on_web_page(folder: Path, body: str) -> list[str]:
    """The ids of what the installed `check` finds on a web page of `body` (saved as
    folder/page.html), exit 0 or 1."""
    import json

    page = folder / "page.html"
    page.write_text(f"<html><head><title>t</title></head><body>{body}</body></html>\n")
    _, result = check_cpu(page)
    assert result.returncode in (0, 1), result.stderr
    return [finding["id"] for finding in json.loads(result.stdout)["findings"]]


def report(folder: Path, text: str, *options: str) -> str:
    """The report of the installed `check` on `text`, written to a file in `folder` (stdin
    closed), given `options`; it must exit 0 (`--no-fail`)."""
    advert = folder / "page.txt"
    advert.write_text(text + "\n", encoding="utf-8")
    result = stemcell("check", str(advert), "--no-fail", *options)
    assert result.returncode == 0, result.stderr
    return result.stdout


def drained(leader: int) -> bytes:
    """All a child wrote to a pseudo-terminal, read from its `leader` end until the child
    closes it (reading as it comes, so the child never blocks on a full terminal); the
    leader is closed after."""
    shown = b""
    try:
        while chunk := os.read(leader, 65536):
            shown += chunk
    except OSError:
        pass  # the terminal closed: the child has finished writing
    finally:
        os.close(leader)
    return shown
