"""Where the data lives: the shipped directory, the user's overlay, and the lookup key of a name.

Kept apart from the validating loader so that a run served from the cache imports
neither YAML nor the validator.
"""

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

#: kind -> entries in order, each {"origin": directory label, "data": {...}}
Dataset = dict[str, list[dict[str, Any]]]

SHIPPED = "shipped"
#: Larger data files are refused before they are parsed; documented in docs/security.md.
MAX_DATA_FILE_BYTES = 16 * 1024 * 1024
#: The word lists `check` reads adverts with (`check.words.word_lists`), relative to a data
#: directory; a user data directory may hold them alone.
WORD_LISTS = "check/advert_words.yaml"
#: The genre model of `check`'s page reading (`check.rules.page_genre`), in the shipped data only.
GENRE_MODEL = "check/genre.yaml"
#: The wordings and numbers of its voice reading (`check.rules.page_voice`), shipped only.
PAGE_VOICE = "check/voice.yaml"


class DataDir(NamedTuple):
    """A directory of data files; `label` is what an entry's sources line shows."""

    path: Path
    label: str

    @property
    def shipped(self) -> bool:
        return self.label == SHIPPED


def normalize(name: str) -> str:
    """The lookup key of a name: case, spaces, hyphens and punctuation ignored."""
    return re.sub(r"[\W_]+", "", name.casefold())


def completion_word(name: str) -> str:
    """A name as one shell word: `Golfer's elbow` -> `golfers-elbow` (finds the same entry)."""
    return re.sub(r"[\W_]+", "-", re.sub(r"['\u2019]", "", name.casefold())).strip("-")


def shipped_dir() -> Path:
    """The data inside the installed package, or the checkout's data/ in development."""
    package = Path(__file__).resolve().parents[1]
    packaged = package / "data"
    if packaged.is_dir():
        return packaged
    return package.parents[1] / "data"


def data_dirs(user_dir: Path | None) -> list[DataDir]:
    dirs = [DataDir(shipped_dir(), SHIPPED)]
    if user_dir is not None:
        dirs.append(DataDir(user_dir, str(user_dir)))
    return dirs


def data_files(dirs: Sequence[DataDir]) -> list[Path]:
    """The data files that exist in `dirs`, in reading order."""
    from stemcell_cli.core.kinds import KINDS

    return [
        d.path / kind.filename for d in dirs for kind in KINDS if (d.path / kind.filename).is_file()
    ]
