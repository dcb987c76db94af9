"""The parts keep to their jobs (docs/architecture.md); import-linter keeps the
arrows between them (`lint-imports`, run by .ci/run)."""

from __future__ import annotations

import ast
from pathlib import Path

import stemcell_cli

PACKAGE = Path(stemcell_cli.__file__).resolve().parent


def _strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_only_the_command_line_speaks_as_stemcell() -> None:
    """No message outside cli/ starts with "stemcell:" or tells the reader what to run
    ("Try 'stemcell ..."): the command line adds both, so they are said one way."""
    found = [
        f"{path.relative_to(PACKAGE)}:{line}: {text!r}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if "cli" not in path.relative_to(PACKAGE).parts
        for line, text in _strings(path)
        if text.startswith("stemcell: ") or "Try 'stemcell" in text
    ]
    assert found == []


def test_at_most_four_loose_modules() -> None:
    """Everything but the entry points lives in a part (cli, core, views, render,
    check, export)."""
    loose = sorted(path.name for path in PACKAGE.glob("*.py"))
    assert len(loose) <= 4, loose
    parts = sorted(p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file())
    assert parts == ["check", "cli", "core", "export", "render", "views"]
