"""The evidence scale, on its own so that options can offer it without the model.

Only the grades' names and their order are code: the scale the loader checks the data
against. What each grade means is data (data/grades.yaml, `meaning` and `plain`), read
through the catalog (`Catalog.grade_meaning`).
"""

from enum import Enum


class Grade(str, Enum):
    """The evidence scale used everywhere, strongest first."""

    ESTABLISHED = "established"
    PROMISING = "promising"
    EARLY = "early"
    PRECLINICAL = "preclinical"
    UNTESTED = "untested"
    NOT_SUPPORTED = "not-supported"
