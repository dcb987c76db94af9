"""miracle-language and promised-results read by the structure that decides them (issue
14, round flags6; every first-run entry of the two flags in benchmarks/adverts/first-runs/,
sorted by structure in docs/matcher.md). Each test gives made-up wordings of the
structure, never a page's sentence, and look-alikes that must not be read as it; each
advert case was read the other way before the round's rule.
"""

from __future__ import annotations

from cases import each_case
from findings import red_flags

# -- A miracle word said of research, not of the offer (ci08) ---------------------------
# "Cutting-edge research" was guarded alone; the other miracle words said of research,
# a study or a trial are the same structure: what is praised is the research.


@each_case(
    ("sentence",),
    [
        ("Drawing on groundbreaking survey research, we show what patients expect.",),
        ("The book sums up a decade of revolutionary laboratory science on cells.",),
        ("A groundbreaking study of 40 patients asked what they expected.",),
        ("Unprecedented trials in mice are under way at the university.",),
    ],
)
def test_a_miracle_word_said_of_research_is_no_miracle_language(sentence: str) -> None:
    assert "miracle-language" not in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("Our groundbreaking stem cell treatment is backed by research.",),
        ("This revolutionary therapy regrows cartilage, as research shows.",),
        ("Cutting-edge research stands behind our breakthrough injections.",),
        ("A breakthrough with science behind it.",),
        ("Our revolutionary knee treatment is what the research on cells led to.",),
    ],
)
def test_a_miracle_word_said_of_the_offer_stays_miracle_language(sentence: str) -> None:
    assert "miracle-language" in red_flags(sentence)


# -- A miracle word said of a figure (fc02) ----------------------------------------------
# "A|an" and an adjective of wonder right before a number qualify the number (fc02: the
# rival surgery's poor score), not the treatment offered; with no article the number may
# belong to the offer's own name ("our astonishing 3 step protocol"), which stays.


@each_case(
    ("sentence",),
    [
        ("An astonishing 7 in 10 readers had never heard of the trial.",),
        ("The waiting list has grown to an unprecedented 18 months.",),
    ],
)
def test_a_miracle_word_said_of_a_figure_is_no_miracle_language(sentence: str) -> None:
    assert "miracle-language" not in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("Our astonishing results speak for themselves.",),
        ("The recovery of our patients is miraculous.",),
        ("This unprecedented treatment regrows your cartilage in 6 weeks.",),
        ("Our astonishing 3 step protocol regrows cartilage.",),
        ("Our revolutionary 3 step protocol regrows cartilage.",),
    ],
)
def test_a_miracle_word_said_of_the_offer_with_a_figure_stays(sentence: str) -> None:
    assert "miracle-language" in red_flags(sentence)


# -- A research word that describes the offer, and the offer's own figure (guardfix1) ---
# The first half of a compound said of the offer ("research-backed", "science-based") is
# no research praised: the miracle word is the offer's. Nor is a share of the offer's own
# patients a figure of someone else's: the wonder is said of the seller's result.


@each_case(
    ("sentence",),
    [
        ("Our groundbreaking research-backed treatment rebuilds your knee.",),
        ("We offer a revolutionary science-based therapy for worn hips.",),
        ("Our unprecedented lab-tested injections heal your shoulder.",),
        ("An astonishing 9 out of 10 of our patients walk without pain.",),
        ("An astonishing 8 in 10 patients we treated needed no surgery.",),
    ],
)
def test_a_miracle_word_said_of_the_offers_compound_or_result_stays(sentence: str) -> None:
    assert "miracle-language" in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("Groundbreaking research on cartilage is under way in Oslo.",),
        ("Revolutionary science shows how tendons age.",),
        ("Their pain was rated not 2/10 but an astonishing 8/10 after surgery.",),
        ("Healing took an unprecedented 3 years in that trial.",),
    ],
)
def test_research_and_figures_not_the_offers_stay_quiet(sentence: str) -> None:
    assert "miracle-language" not in red_flags(sentence)


# -- A joint restored, said with its time (fe01) -----------------------------------------
# "As good as new" is an outcome of the offer like "pain free": with a time said of it,
# it is a results timeline.


@each_case(
    ("sentence",),
    [
        ("After the injection your shoulder will be as good as new within 8 weeks.",),
        ("With our cells, her hip should be good as new in three months.",),
    ],
)
def test_good_as_new_with_a_time_is_a_promised_result(sentence: str) -> None:
    assert "promised-results" in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("Out with the old tyres, in with a new set, good as new.",),
        ("Will my knee ever be as good as new?",),
        ("Your knee could be as good as new within 8 weeks.",),
    ],
)
def test_good_as_new_with_no_time_asked_or_hedged_is_no_promise(sentence: str) -> None:
    assert "promised-results" not in red_flags(sentence)
