"""Every wording `check` looks for, gathered from the catalog (benefits, conditions, red
flags) and the word lists of data/check/advert_words.yaml (shipped, with a user data
directory's lists laid over them), and the matcher compiled from them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from stemcell_cli.check import lexicon as words
from stemcell_cli.check import linked, stories
from stemcell_cli.check.figures import COUNTED
from stemcell_cli.check.hopes import ENDS
from stemcell_cli.check.matcher import (
    CUE,
    FAMOUS,
    GUARD,
    HOPE,
    INSTITUTION,
    OFFER,
    OWN,
    PART,
    PEOPLE,
    RIVAL,
    SENSE,
    SHARE,
    STATED,
    TIE,
    Matcher,
    Phrase,
)
from stemcell_cli.check.phrases import PhraseError
from stemcell_cli.core.catalog import Catalog
from stemcell_cli.core.errors import DataError


def _lexicon_files(catalog: Catalog) -> list[Path]:
    from stemcell_cli.core.datadirs import shipped_dir

    mine = [d / words.FILENAME for d in _user_dirs(catalog)]
    return [shipped_dir() / words.FILENAME, *(path for path in mine if path.is_file())]


def lexicon_for(catalog: Catalog) -> words.Lexicon:
    """The shipped word lists, with a user data directory's lists laid over them."""
    shipped, *others = _lexicon_files(catalog)
    found = words.load(shipped)
    for path in others:
        if path.is_file():
            found = _laid_over(found, words.load(path, overlay=True))
    return found


def _laid_over(found: words.Lexicon, mine: words.Lexicon) -> words.Lexicon:
    """A user's word lists laid over `found`: a named list (a group, a guard, ...)
    stands in for the one of its name, a plain list adds to the one found. Field by
    field, so that a new section of the file is laid over too."""
    laid: list[object] = []
    for shipped, own in zip(found, mine, strict=True):
        if isinstance(shipped, Mapping) and isinstance(own, Mapping):
            laid.append({**shipped, **own})
        else:
            laid.append((*shipped, *own))
    return words.Lexicon._make(laid)


def _user_dirs(catalog: Catalog) -> list[Path]:
    """The user data directories the catalog was read from, whatever kinds of entry
    they hold."""
    return list(catalog.user_dirs)


def phrases(catalog: Catalog, lexicon: words.Lexicon) -> Iterable[Phrase]:
    for benefit in catalog.benefits.values():
        for text in (benefit.name, *benefit.aliases, *benefit.phrases):
            yield Phrase("benefit", benefit.id, text)
    for condition in catalog.conditions.values():
        for text in (condition.name, *condition.aliases):
            yield Phrase("condition", condition.id, text)
    for flag_id in lexicon.stated_only:
        if flag_id not in catalog.red_flags:
            raise PhraseError(f"stated_only names an unknown red flag {flag_id!r}")
    stated = frozenset(lexicon.stated_only)
    for flag in catalog.red_flags.values():
        kind = STATED if flag.id in stated else "red_flag"
        for text in flag.phrases:
            yield Phrase(kind, flag.id, text)
    for condition_id, texts in lexicon.condition_phrases.items():
        if condition_id not in catalog.conditions:
            raise PhraseError(f"wordings for an unknown condition {condition_id!r}")
        for text in texts:
            yield Phrase("condition", condition_id, text)
    # an offer has guards too: wordings that are not the page's own offer ("its injections
    # cost from", "contact us" about a privacy policy)
    known = {*catalog.benefits, *catalog.conditions, *catalog.red_flags, OFFER}
    for entry_id, texts in lexicon.guards.items():
        if entry_id not in known:
            raise PhraseError(f"a guard for an unknown entry {entry_id!r}")
        for text in texts:
            yield Phrase(GUARD, entry_id, text)
    for flag_id, pairs in lexicon.pairs.items():
        if flag_id not in catalog.red_flags:
            raise PhraseError(f"a pair of wordings for an unknown red flag {flag_id!r}")
        for number, pair in enumerate(pairs):
            for side, text in enumerate(pair):
                part_id = _part_id(flag_id, number, side)
                yield Phrase(PART, part_id, text)
                for guard in lexicon.guards.get(flag_id, ()):  # the flag's guards hold for it
                    yield Phrase(GUARD, part_id, guard)
    for flag_id, pairs in lexicon.linked.items():
        if flag_id not in catalog.red_flags:
            raise PhraseError(f"a linked pair of wordings for an unknown red flag {flag_id!r}")
        for number, pair in enumerate(pairs):
            for side, text in enumerate(pair):
                part_id = linked.part_id(flag_id, number, side)
                yield Phrase(PART, part_id, text)
                for guard in lexicon.guards.get(flag_id, ()):
                    yield Phrase(GUARD, part_id, guard)
    for text in lexicon.not_asserting:
        yield Phrase(CUE, "not-asserting", text)
    for text in lexicon.debunking:
        yield Phrase(CUE, "debunking", text)
    for text in lexicon.page_cues:
        yield Phrase(CUE, "page", text)
    for text in lexicon.offers:
        yield Phrase(OFFER, OFFER, text)
    for text in lexicon.rival_treatments:
        yield Phrase(RIVAL, RIVAL, text)
    for text in lexicon.claim_keepers:
        yield Phrase(RIVAL, OWN, text)
    for text in lexicon.institution_names:
        yield Phrase(INSTITUTION, INSTITUTION, text)
    for text in lexicon.famous_people:
        yield Phrase(FAMOUS, PEOPLE, text)
    for text in lexicon.proof_ties:
        yield Phrase(FAMOUS, TIE, text)
    # the halves of one person's story told over several sentences (`stories`), read
    # with the flag's guards
    if stories.ENTRY in catalog.red_flags:
        for kind, group in stories.GROUPS.items():
            for text in lexicon.groups.get(group, ()):
                yield Phrase(kind, stories.ENTRY, text)
    for text in lexicon.share_counts:
        yield Phrase(SHARE, COUNTED, text)
    for entry_id, texts in lexicon.fared.items():
        if entry_id not in known or entry_id == COUNTED:
            raise PhraseError(f"words of faring for an unknown entry {entry_id!r}")
        for text in texts:
            yield Phrase(SHARE, entry_id, text)
    for entry_id, texts in lexicon.hopes.items():
        if entry_id not in known or entry_id == ENDS:
            raise PhraseError(f"wordings of hope for an unknown entry {entry_id!r}")
        for text in texts:
            yield Phrase(HOPE, entry_id, text)
    for text in lexicon.hope_ends:
        yield Phrase(HOPE, ENDS, text)
    for text in lexicon.other_senses:
        yield Phrase(SENSE, SENSE, text)
    for system, names in lexicon.other_conditions.items():
        for index, text in enumerate(names):
            yield Phrase("other_condition", f"{system}/{index}", text)


def matcher_for(catalog: Catalog, lexicon: words.Lexicon | None = None) -> Matcher:
    """The compiled matcher: from the cache when its word lists and phrases are unchanged."""
    if lexicon is not None:
        try:
            return Matcher(phrases(catalog, lexicon), lexicon.groups, lexicon.common)
        except PhraseError as exc:
            from stemcell_cli.core.problems import Problem

            raise DataError([Problem("phrases", 0, 0, "", str(exc))]) from None
    from stemcell_cli.check import compiled

    return compiled.cached_matcher(
        catalog, _lexicon_files(catalog), lambda: matcher_for(catalog, lexicon_for(catalog))
    )


def _part_id(flag_id: str, number: int, side: int) -> str:
    return f"{flag_id}/{number}/{side}"
