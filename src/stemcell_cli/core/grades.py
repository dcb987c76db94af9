"""The evidence scale, on its own so that options can offer it without the model."""

from enum import Enum


class Grade(str, Enum):
    """The evidence scale used everywhere, strongest first."""

    ESTABLISHED = "established"
    PROMISING = "promising"
    EARLY = "early"
    PRECLINICAL = "preclinical"
    UNTESTED = "untested"
    NOT_SUPPORTED = "not-supported"

    @property
    def meaning(self) -> str:
        return GRADE_MEANINGS[self]


GRADE_MEANINGS = {
    Grade.ESTABLISHED: "approved by a regulator or recommended by guidelines",
    Grade.PROMISING: (
        "several randomized trials and meta-analyses, consistent benefit, low certainty"
    ),
    Grade.EARLY: "small trials, phase I/II studies, case series",
    Grade.PRECLINICAL: "lab and animal studies only",
    Grade.UNTESTED: "no trial has measured this claim in people",
    Grade.NOT_SUPPORTED: ("trials measured it and found no benefit, or guidelines advise against"),
}
