"""Allow `python -m stemcell_cli`."""

from __future__ import annotations

from stemcell_cli.cli import main

if __name__ == "__main__":
    main()
