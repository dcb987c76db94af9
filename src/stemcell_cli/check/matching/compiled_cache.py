"""A cache of the compiled matcher, so `check` neither imports YAML nor compiles phrases
when nothing changed (docs/matcher.md, "Design choices").

The cache holds, besides the compiled phrases, checksums (length, CRC-32, Adler-32) of
exactly what they were compiled from: every phrase of the catalog, the bytes of the
word-list files and the program. It is used only when they equal this run's, so an
edit is never served stale. The file is written with core.cache's format (a marker, a
CRC-32, then `marshal`), read only when this user owns it and nobody else may write
it; anything else is rebuilt.

What it holds is the matcher's final tables, the reading rules' too (`Matcher.state`),
and beside them the page genre model and the red flags of sales pressure
(`Matcher.genre`, `Matcher.sales_pressure`), kept only when `marshal` gives them back
exactly as they were built (`_kept_exactly`): a run reads them and uses them as they
are, with nothing to check or build (`Matcher.from_state`).
"""

from __future__ import annotations

import contextlib
import marshal
import os
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from stemcell_cli import __version__
from stemcell_cli.check.matching.matcher import Matcher
from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.files import read_bounded, write_atomically

#: Bumped when the matcher's compiled form changes.
FORMAT = 11
#: The largest word-list file read for the key: that of the largest list the matcher is
#: built from (lexicon.MAX_BYTES), so that a list grown past it is never served compiled
#: but read, and refused.
MAX_BYTES = 1024 * 1024


def _source(catalog: Catalog, files: Sequence[Path]) -> list[Any] | None:
    """What the matcher is compiled from: the catalog's phrases, the word lists' bytes and
    the program (core.cache.program_stamp), so no change of any of them is served stale."""
    from stemcell_cli.core.cache import program_stamp

    texts: list[Any] = [FORMAT, __version__, program_stamp()]
    for benefit in catalog.benefits.values():
        texts.append(["b", benefit.id, benefit.name, *benefit.aliases, *benefit.phrases])
    for condition in catalog.conditions.values():
        texts.append(["c", condition.id, condition.name, *condition.aliases])
    for flag in catalog.red_flags.values():
        texts.append(["r", flag.id, *flag.phrases])
    for path in files:
        try:  # (a FIFO must not hang the run: anything but a regular file is rebuilt)
            texts.append([str(path), read_bounded(path, MAX_BYTES).data])
        except OSError:
            return None
    return texts


def cached_matcher(
    catalog: Catalog, files: Sequence[Path], build: Callable[[], Matcher]
) -> Matcher:
    from stemcell_cli.core import cache

    texts = _source(catalog, files)
    if texts is None or os.environ.get("STEMCELL_NO_CACHE"):
        return build()
    # Checksums of everything compiled from: reading and comparing 35 KB cost more.
    # (hashlib alone takes longer to import than the whole check.)
    packed = marshal.dumps(texts, 0)  # version 0: the same bytes for the same values
    source = (len(packed), zlib.crc32(packed), zlib.adler32(packed))
    key = zlib.crc32(repr([str(p) for p in files]).encode("utf-8", "surrogateescape"))
    folder = cache.usable_cache_dir()  # None: a linked or shared folder (attack6)
    if folder is None:
        return build()
    target = folder / f"matcher-{key:08x}.marshal"
    stored = _read(target)
    if stored is not None and stored.get("source") == source:
        with contextlib.suppress(TypeError, ValueError, IndexError, KeyError):
            found = Matcher.from_state(stored["matcher"])
            if stored["genre"] is not None:
                from stemcell_cli.check.rules import page_genre

                found.genre = page_genre.from_state(stored["genre"])
            found.sales_pressure = _red_flag_ids(stored["sales_pressure"])
            found.reported_lists = _word_lists(stored["reported_lists"])
            found.disease_nouns = _words(stored["disease_nouns"])
            found.check_kept()  # (a table of another shape: rebuilt)
            return found
    matcher = build()
    state = matcher.state()
    if matcher.genre is None:
        genre_state = None
    else:
        from stemcell_cli.check.rules import page_genre

        genre_state = page_genre.state(matcher.genre)
    with contextlib.suppress(OSError, ValueError):
        payload = {
            "source": source,
            "matcher": state,
            "genre": genre_state,
            "sales_pressure": matcher.sales_pressure,
            "reported_lists": dict(matcher.reported_lists),
            "disease_nouns": matcher.disease_nouns,
        }
        if _kept_exactly(payload):
            write_atomically(target, cache.encode(payload))
    return matcher


def _red_flag_ids(found: object) -> frozenset[str]:
    """The red flags of `sales_pressure:` as kept; ValueError unless a frozenset of text
    (a cache then rebuilds, as for a genre model of another shape: attack11)."""
    if type(found) is not frozenset or not all(type(flag) is str for flag in found):
        raise ValueError("sales pressure that is not a set of red flag ids")
    return found


def _words(found: object) -> frozenset[str]:
    """The words of `disease_nouns:` as kept; ValueError unless a frozenset of text (a
    cache then rebuilds, as `_red_flag_ids`)."""
    if type(found) is not frozenset or not all(type(word) is str for word in found):
        raise ValueError("disease nouns that are not a set of words")
    return found


def _word_lists(found: object) -> dict[str, tuple[str, ...]]:
    """The word lists of `reported_lists:` as kept; ValueError unless a dict of text to
    tuples of text (a cache then rebuilds, as `_red_flag_ids`)."""
    if type(found) is not dict or not all(
        type(name) is str and type(words) is tuple and all(type(word) is str for word in words)
        for name, words in found.items()
    ):
        raise ValueError("reported lists that are not lists of words by name")
    return found


def _kept_exactly(payload: dict[str, Any]) -> bool:
    """Whether `marshal` gives `payload` back as it is: equal, and of the same types all
    the way down (a NamedTuple or a class of our own in a rule's table would come back a
    tuple, or not at all: ValueError), so that what a run reads back is what was built."""
    return _same(marshal.loads(marshal.dumps(payload)), payload, set())


#: The values `_same` compares by equality alone: a set or a dictionary's keys hold
#: only these (a set, tuples of them too: `other_senses.OtherSenses`).
_SCALARS = frozenset({str, int, float, bool, bytes, type(None)})


def _scalar(item: object) -> bool:
    return type(item) in _SCALARS


def _scalars(item: object) -> bool:
    """A scalar, or a tuple of scalars (a set's item)."""
    return _scalar(item) or (type(item) is tuple and all(map(_scalar, item)))


def _same(read: object, built: object, seen: set[int]) -> bool:
    """`_kept_exactly` of one value; `seen`, the containers already compared (`marshal`
    writes a value held in several places once, and reads it back as one value)."""
    if type(read) is not type(built):
        return False
    if type(built) in _SCALARS:
        return read == built
    if id(built) in seen:
        return True
    seen.add(id(built))
    if isinstance(built, (tuple, list)) and isinstance(read, (tuple, list)):
        return len(read) == len(built) and all(
            _same(one, other, seen) for one, other in zip(read, built, strict=True)
        )
    if isinstance(built, dict) and isinstance(read, dict):
        return (
            read.keys() == built.keys()
            and all(type(key) in _SCALARS for key in built)
            and all(_same(read[key], value, seen) for key, value in built.items())
        )
    if isinstance(built, (set, frozenset)):
        return read == built and all(map(_scalars, built))
    return False


def _read(target: Path) -> dict[str, Any] | None:
    from stemcell_cli.core import cache
    from stemcell_cli.core.files import read_bounded

    try:  # a regular file only (a FIFO there must not hang the run), of bounded size
        read = read_bounded(target, cache.MAX_CACHE_BYTES, follow=False)
    except OSError:
        return None
    if not cache.trusted(read.info):
        return None
    stored = cache.decode(read.data)
    return stored if isinstance(stored, dict) else None
