"""What `stemcell check` finds in a few lines of advert, for the tests of its wordings
(one shipped catalog and one compiled matcher for the whole session)."""

from __future__ import annotations

from typing import Any

import pytest

from stemcell_cli.check.advert import AdText
from stemcell_cli.check.report import build_report
from stemcell_cli.check.wordings import matcher_for
from stemcell_cli.core.cache import open_catalog

CATALOG = open_catalog()
MATCHER = matcher_for(CATALOG)


def found(kind: str, *lines: str) -> set[str]:
    """The entries of `kind` (benefit, condition, red_flag) `check` finds in `lines`."""
    report = build_report(CATALOG, AdText("test", list(lines), []), MATCHER)
    return {f.match.entry_id for f in report.findings if f.match.kind == kind}


def red_flags(*lines: str) -> set[str]:
    """The red flags `check` raises in `lines`."""
    return found("red_flag", *lines)


def benefits(*lines: str) -> set[str]:
    """The benefit claims `check` finds in `lines`."""
    return found("benefit", *lines)


def flag_pair(flag: str, careful: str, advert: str) -> None:
    """A careful sentence does not raise `flag`; its advert counterpart does."""
    clean(flag, careful)
    raises(flag, advert)


def claim_pair(claim: str, careful: str, advert: str) -> None:
    """A careful sentence makes no `claim`; its advert counterpart makes it."""
    guarded_pair("benefit", claim, careful, advert)


def guarded_pair(kind: str, entry: str, guarded: str, still_found: str) -> None:
    """A guarded sentence does not make `entry` (of `kind`); its counterpart still does."""
    assert entry not in found(kind, guarded), guarded
    assert entry in found(kind, still_found), still_found


def raises(flag: str, sentence: str) -> None:
    assert flag in red_flags(sentence), sentence


def clean(flag: str, sentence: str) -> None:
    assert flag not in red_flags(sentence), sentence


#: A rule of a round's table: its name, the red flag, advert sentences that must raise
#: the flag, and look-alikes that must not.
Rule = tuple[str, str, tuple[str, ...], tuple[str, ...]]


def rule_cases(rules: list[Rule]) -> list[Any]:
    """The (flag, sentence, raised) cases of a rule table, each named by its rule: the
    advert sentences must raise the flag (True), the look-alikes must not (False)."""
    return [
        pytest.param(flag, sentence, raised, id=f"{rule}: {sentence}")
        for rule, flag, adverts, lookalikes in rules
        for raised, sentences in ((True, adverts), (False, lookalikes))
        for sentence in sentences
    ]
