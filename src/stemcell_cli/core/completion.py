"""Shell completion of entry names: a sorted index of shell words, searched by bisection."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from stemcell_cli.core.datadirs import completion_word, normalize

#: The completion index: one line per name or alias as a shell word, sorted,
#: "lookup key<TAB>lookup order<TAB>shell word<TAB>kind<TAB>entry's name". One string
#: rather than rows, so the cache holds it as a single object (cache.cached_completions)
#: and a keystroke loads it in a copy and searches it by bisection.
Completions = str

_LINE = "{}\t{:08d}\t{}\t{}\t{}\n"


def completion_index(names: Iterable[tuple[str, str, str, str]]) -> Completions:
    """Every name and alias (Catalog.names) as a shell word, sorted for prefix search."""
    lines = []
    for order, (_, name, kind, title) in enumerate(names):
        word = completion_word(name)
        if word:
            lines.append(_LINE.format(normalize(word), order, word, kind, " ".join(title.split())))
    return "".join(sorted(lines))


def _first_line_from(index: Completions, prefix: str) -> int:
    """Where the first line whose lookup key is not below `prefix` starts."""
    low, high = 0, len(index)  # both always at the start of a line
    while low < high:
        start = index.rfind("\n", 0, (low + high) // 2) + 1
        start = max(start, low)
        if index[start : index.index("\t", start)] < prefix:
            low = index.index("\n", start) + 1
        else:
            high = start
    return low


def match_completions(
    index: Completions, incomplete: str, kinds: Sequence[str]
) -> list[tuple[str, str, str]]:
    """(shell word, kind, entry's name) of every name of `kinds` starting with
    `incomplete` (case and punctuation ignored), in lookup order, each word once.

    A binary search of the sorted index, so a keystroke costs about the same on 5,000
    entries as on ours."""
    prefix = normalize(incomplete)
    found = []
    at = _first_line_from(index, prefix)
    while at < len(index):
        end = index.index("\n", at)
        key, order, word, kind, title = index[at:end].split("\t")
        if not key.startswith(prefix):
            break
        if kind in kinds:
            found.append((order, word, kind, title))
        at = end + 1
    found.sort()
    seen: set[str] = set()
    result = []
    for _, word, kind, title in found:
        if word not in seen:
            seen.add(word)
            result.append((word, kind, title))
    return result
