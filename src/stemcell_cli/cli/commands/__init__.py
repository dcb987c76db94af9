"""The sub-commands, each registered by import path in `cli.COMMANDS`, which imports
and builds only the one that runs. Each module imports only Typer and `options` at
the top and everything else inside the command body. These modules do not use
`from __future__ import annotations`: Typer reads the signature of the command it
runs, and string annotations would have to be evaluated each time.
"""
