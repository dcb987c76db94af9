"""The sub-commands. Each module imports only Typer and `options` at the top and everything
else inside the command body, so a run pays only for the command it runs. These modules
do not use `from __future__ import annotations`: Typer reads every signature at start-up,
and string annotations would have to be evaluated each time.
"""
