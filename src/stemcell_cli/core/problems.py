"""A problem found in a data file, with its position and the field it concerns."""

from typing import NamedTuple

#: The most problems a run reports; any more are counted ("and 12,345 more").
MAX_PROBLEMS = 200


class Problem(NamedTuple):
    """One problem: `file:line:column: path: message`; line and column 1-based, 0 if unknown."""

    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f":{self.line}:{self.column}"
        from stemcell_cli.core.textclean import shortened, visible  # only when shown

        field = f" {shortened(self.path)}:" if self.path else ""

        # Messages quote keys and values from the data: never let them reach a terminal raw.
        return visible(f"{where}:{field} {self.message}")

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "message": self.message,
        }
