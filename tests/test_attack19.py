"""Attack19's findings, each through the installed `stemcell check -` in a subprocess
(docs/security.md, "attack19")."""

from __future__ import annotations

from installed import check_stdin_json


def _check(text: str) -> dict[str, object]:
    """The JSON report of the installed `check -` on `text` given on stdin."""
    return check_stdin_json(text)


def _found(text: str) -> set[str]:
    findings = _check(text)["findings"]
    assert isinstance(findings, list)
    return {finding["id"] for finding in findings}


def test_a_question_the_page_answers_no_claims_nothing() -> None:
    """A seller's question answered with a flat "No." was read as the claim it denies,
    and the report quoted "Do our stem cells cure arthritis? No." as a cure promised."""
    for answer in ("No.", "No!", "No, they do not.", "no."):
        page = f"Book a consult today. Do our stem cells cure arthritis? {answer} Pain relief only."
        assert "cure-claim" not in _found(page), answer
    assert "cure-claim" not in _found("Book a consult today. Our stem cells cure arthritis? No!")


def test_a_question_answered_otherwise_still_claims() -> None:
    """A yes, no answer, or an answer that is no flat "No" leaves the question as it was
    read; the question whether surgery is the only way still reads its denial."""
    assert "cure-claim" in _found("Book a consult today. Do our stem cells cure arthritis? Yes.")
    assert "cure-claim" in _found("Book a consult today. Do our stem cells cure arthritis?")
    assert "cure-claim" in _found(
        "Book a consult today. Do our stem cells cure arthritis? Nobody else's do."
    )
    assert "avoid-surgery" in _found(
        "Book a consult today. Is surgery your only option? No. Our stem cells help you avoid it."
    )
