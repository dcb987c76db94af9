"""`stemcell config`: the config file's path and the settings in effect."""

import typer

from stemcell_cli.cli.options import FormatOption, emit, examples

EPILOGS = {
    "config": examples(
        "stemcell config",
        "STEMCELL_CONFIG=./stemcell.toml stemcell config",
        "stemcell --no-pager config -f json",
    )
}


def config(ctx: typer.Context, fmt: FormatOption = "auto") -> None:
    """Show where the config file is, and each setting in effect with where it comes from.

    The file is TOML, for example: format = "markdown", pager = false, page = "full",
    width = 90, data_dir = "~/my-stemcell-data". A bad file is one line on stderr, exit 3.
    """
    import os
    import shlex

    from typer._click.core import ParameterSource

    from stemcell_cli.cli import config as settings
    from stemcell_cli.cli import pager as paging
    from stemcell_cli.views.settings import Setting, settings_view

    chosen = settings.file_settings()
    root = ctx.find_root()

    def source(name: str, parameter: str = "") -> str:
        given = root.get_parameter_source(parameter) if parameter else None
        if given is ParameterSource.COMMANDLINE:
            return "command line"
        if name == "pager":  # its word comes from the environment or the file
            said = paging.default_choice()
            return "built-in" if said is None else said[1]
        if given is ParameterSource.ENVIRONMENT or (
            given is None and settings.from_environment(name) is not None
        ):
            return f"environment ({settings.ENVIRONMENT[name]})"
        if name in chosen:
            return "config file"
        return "built-in"

    def value(name: str, parameter: str = "") -> str:
        where = source(name, parameter)
        if parameter:
            found = root.params.get(parameter)
            if name == "pager":
                return "auto" if found is None else "always" if found else "never"
            return "shipped data only" if found is None else str(found)
        if where.startswith("environment"):
            return str(settings.from_environment(name))
        return str(chosen.get(name, settings.BUILT_IN[name]))

    rows = [
        Setting(name, value(name, parameter), source(name, parameter))
        for name, parameter in (
            ("format", ""),
            ("pager", "pager"),
            ("page", ""),
            ("width", ""),
            ("data_dir", "data_dir"),
        )
    ]
    words, where = paging.command()
    shown = "none" if words == () else os.environ.get("PAGER", "").strip() or "less"
    if words:
        shown = shlex.join(words)
    rows.insert(2, Setting("pager_command", shown, where))
    path = settings.config_path()
    emit(ctx, settings_view(str(path), path.is_file(), rows), fmt)
