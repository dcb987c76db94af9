"""The `stemcell` command's entry point, also run by `python -m stemcell_cli`.

Every run is a short-lived process, so the cyclic garbage collector is switched off
before anything else is imported: reference counting still frees almost everything
at once, while the collector's passes over every object created so far cost about
3 ms of each start-up and made loading a 5,000-entry data dir three times slower,
for no difference in peak memory (measured with benchmarks/run.py). Importing
`stemcell_cli.cli.app` from Python (as the tests do) leaves the collector alone.

At exit the interpreter still runs one full collection over every object left; the
objects are frozen first, so that pass has nothing to look at (about a tenth of
`explain`'s instructions, measured with valgrind). Freezing frees nothing early and
runs no finalizer late: the output is flushed by `cli.output`, files are written and
closed by `core.files` before this, and module teardown still drops every reference.
"""

import gc


def main() -> None:
    gc.disable()
    from stemcell_cli.cli.app import main as run

    try:
        run()
    finally:
        gc.freeze()


if __name__ == "__main__":
    main()
