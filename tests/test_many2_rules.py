"""A disease's own kind is no other condition (many2): the rule of `check/kinds.py`.

The many-conditions count (`report._many_conditions`) takes the other diseases a page
names, by body system: three systems, or six distinct conditions, raise the flag (the
spec: "the same product offered for many unrelated conditions"). A page about one
autoimmune joint disease says what kind of disease it is ("Ankylosing spondylitis is an
autoimmune disease", "this autoimmune disorder"): that names the one disease again, not
the immune system as another field the product is offered for. A class word in a singular
noun phrase that its sentence ties to the disease named (after "is a", "is an", or
"this", with only words of a disease's kind between) is not counted; the same class word
offered as a field ("autoimmune diseases", "autoimmune, orthopedic and neurological
conditions", "if you have an autoimmune disease") still is. Made-up sentences, each with
a look-alike that must still be found.
"""

from __future__ import annotations

import pytest
from findings import red_flags

from stemcell_cli.check.kinds import names_kind

FLAG = "many-conditions"


@pytest.mark.parametrize(
    ("one_disease", "many"),
    [
        (
            (
                "Ankylosing spondylitis is a chronic autoimmune disease of the spine.",
                "Our cord cell infusions ease its pain and stiffness.",
                "Years of pain can bring on depression.",
            ),
            (
                "Our cord cell infusions ease ankylosing spondylitis, depression and"
                " autoimmune disease.",
            ),
        ),
        (
            (
                "Rheumatoid arthritis can leave patients with depression.",
                "Our fat-derived cells calm this autoimmune disorder.",
            ),
            (
                "Rheumatoid arthritis can leave patients with depression.",
                "Our fat-derived cells calm autoimmune disorders of every kind.",
            ),
        ),
        (
            (
                "Juvenile arthritis is a type of autoimmune arthritis.",
                "By fifteen she was so thin she looked like a cancer patient.",
                "Our cells brought her joints back.",
            ),
            ("Our cells treat juvenile arthritis, autoimmune arthritis and cancer.",),
        ),
        (
            (
                "It's an autoimmune illness that strikes the joints of the hands.",
                "We inject rheumatoid arthritis with cord cells.",
                "Obesity makes it worse.",
            ),
            (
                "We inject rheumatoid arthritis with cord cells.",
                "We also treat obesity and autoimmune illness.",
            ),
        ),
    ],
)
def test_a_diseases_own_kind_is_no_other_condition(
    one_disease: tuple[str, ...], many: tuple[str, ...]
) -> None:
    """The kind of the one disease named ("is a chronic autoimmune disease", "this
    autoimmune disorder") adds no body system; the class offered as a field does."""
    assert FLAG not in red_flags(*one_disease), one_disease
    assert FLAG in red_flags(*many), many


@pytest.mark.parametrize(
    "offered",
    [
        # a field offered, not a kind said of a disease: "have an", not "is an"
        "If you have an autoimmune disease, knee pain or heart failure, call us today.",
        # words that are no disease's kind between the article and the class word
        "Our cells are a good option for autoimmune disease, heart failure and knee pain.",
        # "that" is no back reference ("studies show that ...")
        "Studies show that autoimmune disease, heart failure and knee pain respond to our cells.",
        # the brief's clinic list, offered as what it treats
        "We treat knee arthritis, MS, autism, COPD, lupus and anti-ageing.",
        # a plural class, a field of the product
        "Our clinic treats knee pain, heart failure and autoimmune conditions.",
    ],
)
def test_a_class_offered_as_a_field_still_counts(offered: str) -> None:
    assert FLAG in red_flags(offered), offered


@pytest.mark.parametrize(
    ("sentence", "start", "end", "kind"),
    [
        ("RA is an autoimmune disease", 3, 4, True),
        ("in this chronic autoimmune disorder", 3, 4, True),
        ("MS is a neurological disorder", 3, 5, True),
        ("we treat autoimmune disease", 2, 3, False),
        ("you have an autoimmune disease", 3, 4, False),
        ("RA is an autoimmune", 3, 4, False),
        ("autoimmune disease", 0, 1, False),
        ("this is a good option for autoimmune disease", 6, 7, False),
    ],
)
def test_names_kind_reads_the_words_around_the_match(
    sentence: str, start: int, end: int, kind: bool
) -> None:
    """The rule itself: a determiner tied to the disease before the match, only words of
    a kind between, a singular head word at or right after its end."""
    assert names_kind(sentence.split(), start, end) is kind
