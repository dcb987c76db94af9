"""Measure what a user feels, as ratios taken in one run: `python benchmarks/run.py`.

Every figure is the median of interleaved runs of real subprocesses (each round
runs every command once, so a noisy neighbour slows all of them alike), compared
with a floor measured in the same rounds: `python -c "import typer"` in the same
virtual environment. Results are printed and written as JSON
(benchmarks/results.json, not committed; docs/speed.md quotes the latest figures, those
of `check` in its "`check`'s speed", and the README's "How well it works" the headline).

    python benchmarks/run.py            # everything (the scale cases take a minute)
    python benchmarks/run.py --quick    # fewer rounds
    python benchmarks/run.py --only startup
    python benchmarks/run.py --only check     # check on a 100 KB page and a 5 MB input

It exits 1, naming each one on stderr, when a measure misses its target.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synthetic import write_dataset  # noqa: E402

PYTHON = sys.executable
STEMCELL = str(Path(PYTHON).parent / "stemcell")
FLOOR = (PYTHON, "-c", "import typer")
#: stemcell runs with the cyclic garbage collector off (see stemcell_cli/__main__.py),
#: which alone makes a big YAML load about three times faster; the like-for-like
#: reference does the same.
YAML_LOAD_NO_GC = "import gc; gc.disable()\n"
YAML_LOAD = (
    "import sys, yaml\n"
    "for name in sys.argv[1:]:\n"
    "    with open(name, encoding='utf-8') as f: yaml.load(f, Loader=yaml.CSafeLoader)\n"
)

#: Runs stemcell's entry point and reports the process's own peak memory (VmHWM) at
#: exit. A child's ru_maxrss can include the parent's size from before the exec.
MEMORY_PROBE = """
import atexit, sys
def report():
    with open("/proc/self/status", encoding="ascii") as status:
        peak = [line.split()[1] for line in status if line.startswith("VmHWM:")]
    sys.stderr.write(f"\\nVmHWM {peak[0]}\\n")
atexit.register(report)
sys.argv = ["stemcell", *sys.argv[1:]]
from stemcell_cli.__main__ import main
sys.exit(main())
"""

Command = tuple[str, ...]
Measured = tuple[dict[str, Any], list[dict[str, Any]]]


def run_once(command: Command, env: dict[str, str]) -> tuple[float, int]:
    """Wall time in seconds and peak memory in KiB of one run, output to a pipe."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, close_fds=True
    )
    assert child.stdout is not None
    child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"benchmark command failed ({child.returncode}): {' '.join(command)}")
    return elapsed, usage.ru_maxrss


def interleaved(cases: dict[str, tuple[Command, dict[str, str]]], rounds: int) -> dict[str, Any]:
    """Run every case once per round, after one warm-up round; medians per case."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    memory: dict[str, int] = {}
    for round_ in range(rounds + 1):
        for name, (command, env) in cases.items():
            elapsed, peak = run_once(command, env)
            if round_:
                times[name].append(elapsed)
                memory[name] = max(memory.get(name, 0), peak)
    return {
        name: {"median_ms": statistics.median(t) * 1000, "peak_kib": memory[name], "runs": len(t)}
        for name, t in times.items()
    }


def own_peak_kib(args: Sequence[str], env: dict[str, str]) -> int | None:
    """Peak memory of `stemcell ARGS` measured inside the process (Linux), else None."""
    if not Path("/proc/self/status").exists():
        return None
    done = subprocess.run(
        [PYTHON, "-c", MEMORY_PROBE, *args], env=env, capture_output=True, text=True, check=True
    )
    return int(done.stderr.split()[-1])


def pages_not_kept(env: dict[str, str]) -> dict[str, str]:
    """`env` with a cache directory where pages cannot be kept (a file is in the way of
    pages/): the data is cached, but every page is built, as on its first view."""
    unkept = Path(env["STEMCELL_CACHE_DIR"]).with_name("cache-no-pages")
    unkept.mkdir(parents=True, exist_ok=True)
    (unkept / "pages").write_text("", encoding="utf-8")
    return {**env, "STEMCELL_CACHE_DIR": str(unkept)}


def startup(env: dict[str, str], rounds: int) -> Measured:
    rich_env = {**env, "FORCE_COLOR": "1"}
    complete_env = {
        **env,
        "_STEMCELL_COMPLETE": "complete_bash",
        "COMP_WORDS": "stemcell explain ost",
        "COMP_CWORD": "2",
    }
    building = pages_not_kept(env)
    cases = {
        "floor: python -c 'import typer'": (FLOOR, env),
        "explain, page built (data cached)": ((STEMCELL, "explain", "osteoarthritis"), building),
        "explain -f rich, page built (data cached)": (
            (STEMCELL, "explain", "osteoarthritis", "-f", "rich"),
            {**building, "FORCE_COLOR": "1"},
        ),
        "explain osteoarthritis | (markdown)": ((STEMCELL, "explain", "osteoarthritis"), env),
        "explain osteoarthritis -f rich (FORCE_COLOR)": (
            (STEMCELL, "explain", "osteoarthritis", "-f", "rich"),
            rich_env,
        ),
        "conditions list |": ((STEMCELL, "conditions", "list"), env),
        "complete 'stemcell explain ost<TAB>'": ((STEMCELL,), complete_env),
    }
    results = interleaved(cases, rounds)
    floor = results["floor: python -c 'import typer'"]["median_ms"]
    explain = results["explain osteoarthritis | (markdown)"]
    own = own_peak_kib(("explain", "osteoarthritis"), env)
    peak = own if own is not None else explain["peak_kib"]
    ratios = [
        ratio("explain piped vs floor", explain["median_ms"], floor, 1.2, "issue 6 (issue 2: 1.3)"),
        ratio(
            "explain -f rich vs floor",
            results["explain osteoarthritis -f rich (FORCE_COLOR)"]["median_ms"],
            floor,
            1.6,
        ),
        ratio("conditions list vs floor", results["conditions list |"]["median_ms"], floor, 1.2),
        ratio(
            "name completion vs floor",
            results["complete 'stemcell explain ost<TAB>'"]["median_ms"],
            floor,
            1.2,
        ),
        ratio(
            "explain piped, page built, vs floor",
            results["explain, page built (data cached)"]["median_ms"],
            floor,
            None,
            "first view of a page",
        ),
        ratio(
            "explain -f rich, page built, vs floor",
            results["explain -f rich, page built (data cached)"]["median_ms"],
            floor,
            None,
            "first view of a page",
        ),
        {
            "name": "peak memory of explain (MiB)",
            "value": peak / 1024,
            "target": 40.0,
            "met": peak / 1024 <= 40.0,
            "note": "VmHWM inside the process" if own else "ru_maxrss, an upper bound",
        },
    ]
    return results, ratios


def scale(env: dict[str, str], rounds: int, work: Path) -> Measured:
    big = write_dataset(work / "big", conditions=5000, benefits=500)
    files = [str(big / "conditions.yaml"), str(big / "benefits.yaml")]
    big_explain = (STEMCELL, "--data-dir", str(big), "explain", "synthetic-condition-04242")
    big_complete = {
        **env,
        "_STEMCELL_COMPLETE": "complete_bash",
        "COMP_WORDS": f"stemcell --data-dir {big} explain sc0424",
        "COMP_CWORD": "4",
    }
    run_once(big_explain, env)  # the first run validates and fills the cache
    building = pages_not_kept(env)
    run_once(big_explain, building)
    results = interleaved(
        {
            "explain on shipped data": ((STEMCELL, "explain", "osteoarthritis"), env),
            "explain on 5,000 conditions (cached)": (big_explain, env),
            "explain on shipped data, page built": (
                (STEMCELL, "explain", "osteoarthritis"),
                building,
            ),
            "explain on 5,000 conditions, page built": (big_explain, building),
            "search cartilage on shipped data": ((STEMCELL, "search", "cartilage"), env),
            "search cartilage on 5,000 conditions": (
                (STEMCELL, "--data-dir", str(big), "search", "cartilage"),
                env,
            ),
            "floor: python -c 'import typer' (scale)": (FLOOR, env),
            "complete a name on 5,000 conditions": ((STEMCELL,), big_complete),
        },
        rounds,
    )
    slow = interleaved(
        {
            "validate 5,000 conditions": ((STEMCELL, "--data-dir", str(big), "validate"), env),
            "bare yaml.load (CSafeLoader)": ((PYTHON, "-c", YAML_LOAD, *files), env),
            "bare yaml.load, collector off": (
                (PYTHON, "-c", YAML_LOAD_NO_GC + YAML_LOAD, *files),
                env,
            ),
        },
        max(1, rounds // 5),
    )
    results.update(slow)
    # (name, measured, compared with, target or None for information, note)
    compared = [
        (
            "explain, 5,000 conditions vs shipped (second run)",
            "explain on 5,000 conditions (cached)",
            "explain on shipped data",
            2.0,
            "",
        ),
        (
            "same, page built from the cached data",
            "explain on 5,000 conditions, page built",
            "explain on shipped data, page built",
            2.0,
            "first view of a page",
        ),
        (
            "name completion on 5,000 conditions vs floor",
            "complete a name on 5,000 conditions",
            "floor: python -c 'import typer' (scale)",
            1.2,
            "",
        ),
        (
            "search, 5,000 conditions vs shipped",
            "search cartilage on 5,000 conditions",
            "search cartilage on shipped data",
            None,
            "a scan; entries without the words are not built",
        ),
        (
            "validate, 5,000 conditions vs bare yaml.load",
            "validate 5,000 conditions",
            "bare yaml.load (CSafeLoader)",
            1.5,
            "",
        ),
        (
            "validate vs bare yaml.load, both collector off",
            "validate 5,000 conditions",
            "bare yaml.load, collector off",
            1.5,
            "like for like",
        ),
    ]
    ratios = [
        ratio(name, results[case]["median_ms"], results[base]["median_ms"], target, note)
        for name, case, base, target, note in compared
    ]
    return results, ratios


def advert_inputs(work: Path) -> tuple[Path, Path]:
    """A 100 KB web page and a text just under the 5 MiB limit, made of the labelled
    adverts' train pages (benchmarks/adverts), so the matcher has real work to do."""
    import html

    import yaml

    texts = []
    for path in sorted((HERE / "adverts").glob("*.yaml")):
        page = yaml.safe_load(path.read_text(encoding="utf-8"))
        if page["split"] == "train":
            texts.append(page["text"])
    body = "\n\n".join(texts)
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in body.split("\n\n"))
    shell = (
        "<!doctype html><html><head><title>Clinic</title></head><body>\n"
        "<nav><a href='/'>Home</a> <a href='/t'>Testimonials</a></nav>\n<main>\n{}</main>\n"
        "<footer>Financing available.</footer></body></html>\n"
    )
    page_100k = shell.format(paragraphs * (100 * 1024 // len(paragraphs) + 1))
    cut = page_100k.rfind("<p>", 0, 100 * 1024)
    page_100k = shell.format(page_100k[page_100k.index("<main>") + 7 : cut])
    web = work / "page-100k.html"
    web.write_text(page_100k, encoding="utf-8")
    big = work / "advert-5mb.txt"
    limit = 5 * 1024 * 1024 - 1024
    # Cut by bytes: the pages hold characters of more than one byte (dashes, quotes).
    data = (body * (limit // len(body) + 1)).encode("utf-8")[:limit]
    big.write_bytes(data.decode("utf-8", "ignore").encode("utf-8"))
    return web, big


def check_speed(env: dict[str, str], rounds: int, work: Path) -> Measured:
    web, big = advert_inputs(work)
    page_case = (STEMCELL, "check", str(web), "--no-fail")
    big_case = (STEMCELL, "check", str(big), "--no-fail")
    run_once(page_case, env)  # the first run fills the caches
    results = interleaved(
        {
            "floor: python -c 'import typer' (check)": (FLOOR, env),
            "start-up: explain osteoarthritis |": ((STEMCELL, "explain", "osteoarthritis"), env),
            "check a 100 KB page |": (page_case, env),
        },
        rounds,
    )
    results.update(interleaved({"check a 5 MB input |": (big_case, env)}, max(1, rounds // 5)))
    page_ms = results["check a 100 KB page |"]["median_ms"]
    big_s = results["check a 5 MB input |"]["median_ms"] / 1000
    return results, [
        ratio(
            "check 100 KB page vs start-up (explain piped)",
            page_ms,
            results["start-up: explain osteoarthritis |"]["median_ms"],
            1.5,
            "issue 14",
        ),
        ratio(
            "check 100 KB page vs floor",
            page_ms,
            results["floor: python -c 'import typer' (check)"]["median_ms"],
            None,
        ),
        {
            "name": "check a 5 MB input (seconds)",
            "value": big_s,
            "target": 3.0,
            "met": big_s <= 3.0,
            "note": "issue 14",
        },
    ]


def ratio(
    name: str, value: float, base: float, target: float | None, note: str = ""
) -> dict[str, Any]:
    """A measured ratio; without a target it is shown for information."""
    measured = value / base
    met = None if target is None else measured <= target
    row = {"name": name, "value": measured, "target": target, "met": met}
    if note:
        row["note"] = note
    return row


def machine() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "system": f"{platform.system()} {platform.release()}",
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "date": time.strftime("%Y-%m-%d"),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds, noisier figures")
    parser.add_argument("--only", choices=["startup", "scale", "check"], help="run one group only")
    parser.add_argument("--json", type=Path, default=HERE / "results.json", help="results file")
    args = parser.parse_args(argv)
    if not Path(STEMCELL).exists():
        parser.error(f"no stemcell next to {PYTHON}: run it with the venv's python")

    rounds = 7 if args.quick else 21
    results: dict[str, Any] = {}
    ratios: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="stemcell-bench-") as tmp:
        work = Path(tmp)
        env = {**os.environ, "STEMCELL_CACHE_DIR": str(work / "cache")}
        # An installed package has its bytecode. With PYTHONDONTWRITEBYTECODE set (these
        # shared machines set it), a module edited since its bytecode was last written is
        # compiled again in every run, which times the checkout rather than an install.
        drop = ("STEMCELL_DATA_DIR", "STEMCELL_FORMAT", "STEMCELL_NO_CACHE", "NO_COLOR")
        for key in (*drop, "PYTHONDONTWRITEBYTECODE"):
            env.pop(key, None)
        if args.only in (None, "startup"):
            found, measured = startup(env, rounds)
            results.update(found)
            ratios += measured
        if args.only in (None, "scale"):
            found, measured = scale(env, rounds, work)
            results.update(found)
            ratios += measured
        if args.only in (None, "check"):
            found, measured = check_speed(env, rounds, work)
            results.update(found)
            ratios += measured

    width = max(len(name) for name in results)
    print(f"{'command':<{width}}  median ms  peak MiB (ru_maxrss, may include the parent's)")
    for name, row in results.items():
        print(f"{name:<{width}}  {row['median_ms']:9.1f}  {row['peak_kib'] / 1024:8.1f}")
    print()
    for row in ratios:
        verdict = {True: "ok", False: "MISSED", None: "(no target)"}[row["met"]]
        note = f"  ({row['note']})" if "note" in row else ""
        target = f"target <= {row['target']:<5}" if row["target"] is not None else " " * 15
        print(f"{row['name']:<52} {row['value']:6.2f}  {target} {verdict}{note}")
    args.json.write_text(
        json.dumps({"machine": machine(), "results": results, "ratios": ratios}, indent=2) + "\n",
        encoding="utf-8",
    )
    print(f"\nwritten: {args.json}")
    missed = [row for row in ratios if row["met"] is False]
    for row in missed:
        print(
            f"missed: {row['name']}: {row['value']:.2f}, the target is {row['target']}",
            file=sys.stderr,
        )
    return 1 if missed else 0


if __name__ == "__main__":
    from quiet_pipe import end_quietly_on_a_closed_pipe

    end_quietly_on_a_closed_pipe()
    raise SystemExit(main())
