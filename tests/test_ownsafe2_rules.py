"""A safety word set as an attribute of another noun is no own-cells safety (ownsafe2,
`guards: own-cells-so-safe:` in `data/check/advert_words.yaml`).

own-cells-so-safe is safety said OF the patient's own cells, or of the treatment made of
them, because they are his own (the spec: "safety implied because the cells are
your/a person's own (no rejection, natural, your body's own cells)"). "Natural" and
"safety" are its words when said of the cells or the treatment ("your own cells are
natural, so there is no rejection", "a natural treatment using your own cells", "so
safety is assured"). Set in front of another noun, as its attribute, they name that
noun's kind, not the cells' safety: what the cells or the blood hold or can do ("natural
anti-inflammatory agents", "the natural power of repair cells"), or a step of the
clinic's work ("as a further safety check, a lab clears each patient's cells"). The
earlier guard read "natural" before the body's healing and the cells' abilities
("natural healing", "the natural ability to heal"); this reads the same attribute before
what the cells hold or can do and "safety" before a check. Made-up wordings, not pages';
each group with look-alikes that must still raise the flag."""

from __future__ import annotations

import pytest

from tests.findings import red_flags, rule_cases

OWN = "own-cells-so-safe"

RULES = [
    (
        "natural said of what the cells or the blood hold or can do is no own-cells safety",
        OWN,
        (
            # the look-alikes that must still be found: natural said of the cells or the
            # treatment, and nature's power
            "Your own cells are natural, so there is no risk of rejection.",
            "It is a natural treatment using your own cells.",
            "Because the cells come from your own body, this is a natural and safe option.",
            "It harnesses the power of nature with your own cells.",
            "Taken from your own fat, the cells are 100 percent natural.",
        ),
        (
            "The injection uses the patient's own blood as a source of growth factors, "
            "proteins and natural anti-inflammatory agents.",
            "They put to use the natural power of repair cells taken from your body fat.",
            "Your own platelets carry natural growth factors and signalling proteins.",
            "The natural properties of the patient's own cells help tissue recover.",
        ),
    ),
    (
        "safety set before a check of the cells is no own-cells safety",
        OWN,
        (
            # the look-alikes: safety said of the own cells or the treatment
            "The cells are taken from your own body, so safety is assured.",
            "Using the patient's own cells is safe and there is no rejection.",
        ),
        (
            "As a further safety check, an outside lab clears each patient's cells for "
            "quality before we use them.",
            "Safety testing of the patient's own cells is done by an outside laboratory.",
        ),
    ),
]


@pytest.mark.parametrize(("flag", "sentence", "raised"), rule_cases(RULES))
def test_a_safety_word_said_of_another_noun_is_no_own_cells_safety(
    flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in red_flags(sentence)) is raised, sentence
