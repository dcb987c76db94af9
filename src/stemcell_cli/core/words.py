"""Small helpers for the words of messages and pages: counts and near misses."""

from __future__ import annotations

from collections.abc import Iterable


def plural(count: int, singular: str, plural_form: str = "") -> str:
    """`count` and the noun that fits it: "1 topic", "3 topics", "2 matches"."""
    if count == 1:
        return f"{count} {singular}"
    if not plural_form:
        plural_form = singular + ("es" if singular.endswith(("s", "x", "ch", "sh")) else "s")
    return f"{count} {plural_form}"


def closest(word: str, candidates: Iterable[str], limit: int = 3, cutoff: float = 0.6) -> list[str]:
    """The candidates nearest to a word that matched nothing, best first ("did you mean")."""
    from difflib import get_close_matches  # only when a miss needs suggestions

    return get_close_matches(word, list(candidates), n=limit, cutoff=cutoff)
