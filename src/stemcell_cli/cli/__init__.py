"""The command line: argv in, exit code out. The Typer app, options, output
streams, pager and kept pages; the only part that writes to stdout and stderr."""
