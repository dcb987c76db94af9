"""medical-tourism: a trip abroad offered, and the trips told or weighed, and a rule at home
escaped only when set against another country.
"""

from __future__ import annotations

import pytest
from cases import each_case
from findings import clean, flag_pair, raises, red_flags, rule_cases

from stemcell_cli.check.matching.findings import Phrase
from stemcell_cli.check.matching.matcher import Matcher
from stemcell_cli.check.rules import trips_told
from stemcell_cli.check.words.phrases import PhraseError
from stemcell_cli.core.errors import DataError

# -- Moved from tests/test_tourism2_rules.py -----------------------------------------------
# A trip told or weighed is no trip offered (tourism2, `check/rules/trips_told.py`): a
# medical-tourism finding that opens on a travel verb written in the past, or comes right
# after one ("a woman travelled to Mexico", "several have traveled to other countries",
# "she went overseas"), is a trip someone took, told as news, unless the verb follows
# "who" or "that" (the people described; the main clause may offer); one with a word of
# weighing in it or shortly before it ("if you are considering treatment in another
# country") is a trip weighed. Either stays found when its sentence holds the page's own
# words ("our", "we", "here"), a patient's "I" or the present of an offer ("offers"). The
# spec's offer ("travel packages abroad ... bundled with treatment, or treatment offered
# in another country") is said in the present, the future or the imperative, and stays
# found. Made-up sentences, each with a look-alike that must still be found.

# -- the rule, on a matcher that knows only a few words -------------------------------


def _trip_matcher() -> Matcher:
    return Matcher(
        [
            Phrase("red_flag", "trip", "travel|traveled|travelled ... to ... mexico"),
            Phrase("red_flag", "trip", "overseas"),
            Phrase("red_flag", "trip", "treatment|patients ... in another country"),
            Phrase("red_flag", "other", "travel|traveled|travelled ... to ... mexico"),
            Phrase("red_flag", "other", "treatment|patients ... in another country"),
            Phrase(trips_told.TOLD, "trip", "traveled|travelled|went"),
            Phrase(trips_told.WEIGHED, "trip", "considering|thinking"),
            Phrase(trips_told.KEEPER, trips_told.KEEPERS, "we|our|i|here|offers"),
        ]
    )


@each_case(
    ("sentence", "offered"),
    [
        # a third person's past trip, in the past or the present perfect
        ("A woman travelled to Mexico for cells.", False),
        ("Several players have traveled to Mexico for cells.", False),
        # the verb right before the finding
        ("She went overseas for cells.", False),
        # a trip weighed, shortly before the finding or inside it
        ("If you are considering having treatment in another country, ask first.", False),
        ("Thinking about stem cell treatment in another country?", False),
        ("Patients considering treatment in another country should ask first.", False),
        # the present, the imperative, the page's own words, a patient's own trip
        ("Patients travel to Mexico for cells.", True),
        ("Travel to Mexico for cells.", True),
        ("Patients travelled to our clinic in Mexico.", True),
        ("I travelled to Mexico for cells.", True),
        ("Patients have travelled here from Mexico and overseas.", True),
        ("Considering treatment in another country, we book the flights.", True),
        ("If you are considering treatment in another country, Mexico offers cells.", True),
        # a relative clause: the people described, the main clause may offer
        ("Join the thousands who have travelled to Mexico.", True),
        ("Patients that travelled to Mexico are back at work.", True),
        # words compared as written: "goes" is no "went"; the weighing too far before
        ("She goes overseas for cells.", True),
        ("Thinking of a new life, one two three four five six overseas.", True),
    ],
)
def test_a_trip_told_or_weighed_is_no_trip_offered(sentence: str, offered: bool) -> None:
    """A finding of an entry of `told_trips:` is dropped when its first word, or the word
    right before it, is one of the entry's words and the verb does not follow who or
    that; one of `weighed_trips:` when one of the entry's words is in it or within
    WEIGH_REACH words before it; either only when its sentence holds no word of
    `trip_keepers:`. An entry without such words keeps its findings."""
    entries = {m.entry_id for m in _trip_matcher().scan([sentence])}
    assert ("trip" in entries) is offered, sentence
    if "to Mexico" in sentence or "in another country" in sentence:
        assert "other" in entries


@each_case(("kind",), [(trips_told.TOLD,), (trips_told.WEIGHED,), (trips_told.KEEPER,)])
def test_a_trip_word_of_more_than_one_word_is_refused(kind: str) -> None:
    with pytest.raises(PhraseError, match="one word"):
        Matcher([Phrase(kind, "trip", "went to")])


@pytest.mark.parametrize("section", ["told_trips", "weighed_trips"])
def test_trip_words_for_an_unknown_entry_are_refused(section: str) -> None:
    from stemcell_cli.check.matching import wordings
    from stemcell_cli.core.cache import open_catalog

    catalog = open_catalog()
    shipped = wordings.lexicon_for(catalog)
    mine = shipped._replace(**{section: {"no-such-flag": ("went",)}})
    with pytest.raises(DataError) as raised:
        wordings.matcher_for(catalog, mine)
    assert "unknown entry 'no-such-flag'" in "\n".join(raised.value.lines())


# -- the shipped word lists -----------------------------------------------------------


@each_case(
    ("told", "offered"),
    [
        # (cy02) one patient's trip, told as news
        (
            "A woman travelled to Mexico for an experimental treatment of her multiple "
            "sclerosis and came home with a meningitis infection.",
            "Patients travel to Mexico for our stem cell treatment of multiple sclerosis.",
        ),
        # (bc10) players who have gone abroad
        (
            "Most players are treated at home, but several have traveled to other "
            "countries for stem cell therapies.",
            "Patients have traveled to our clinic in Panama from all over the world.",
        ),
        # a famous patient's trip, in the present perfect
        (
            "Terrell Owens has traveled to Korea for treatment of his torn ligament.",
            "I traveled to Korea for treatment of my torn ligament and it changed my life.",
        ),
        # the verb right before the finding
        (
            "Some of the players went overseas for the injections.",
            "Patients come from overseas for the injections.",
        ),
        (
            "Her father headed to Tijuana for stem cell injections last spring.",
            "Join the thousands who have headed to Tijuana for stem cell injections.",
        ),
    ],
)
def test_a_trip_told_is_no_travel_package(told: str, offered: str) -> None:
    """A third person's past trip is told, not offered; the page's own words, the first
    person of a patient's testimonial, the present of an offer and a relative clause keep
    the finding."""
    flag_pair("medical-tourism", told, offered)


@each_case(
    ("weighed", "offered"),
    [
        # (ca11) the FDA's advice to the reader
        (
            "If you are considering having stem cell treatment in another country, learn "
            "all you can about the rules for the products there.",
            "If you are considering having stem cell treatment in another country, our "
            "clinic in Panama is ready for you.",
        ),
        (
            "Thinking about stem cell treatment in another country? Learn all you can "
            "about the rules for the products there.",
            "Stem cell treatment in another country? Learn all you can about our clinic.",
        ),
        (
            "Patients planning to travel abroad for stem cells should talk to their doctor.",
            "Patients travel abroad for our stem cells and go home the same week.",
        ),
    ],
)
def test_a_trip_weighed_is_no_travel_package(weighed: str, offered: str) -> None:
    """A trip the reader or someone else weighs is advised about, not offered; the
    page's own words, or no word of weighing, keep the finding."""
    flag_pair("medical-tourism", weighed, offered)


@each_case(
    ("sentence",),
    [
        ("Fly to Cancun and we take care of the rest.",),
        ("Patients travel to our clinic in Panama from all over the world.",),
        ("Our package includes hotel and airport transfers.",),
        ("Patients fly to Grand Cayman and have their bone marrow aspirated.",),
        ("In May he took a flight to Grand Cayman and received his cells.",),
        ("Waiting five years is not possible for me, so I looked abroad.",),
    ],
)
def test_an_offer_of_travel_is_still_found(sentence: str) -> None:
    """The brief's offers, and a patient's trip told by a flight or in the first person
    (a13, ci10), stay medical tourism."""
    raises("medical-tourism", sentence)


# -- Moved from tests/test_tourism3_rules.py -----------------------------------------------
# A rule at home escaped is medical tourism only set against another country (tourism3,
# `banned-at-home:` and `abroad-named:` in data/check/advert_words.yaml, a pair of
# `pairs: medical-tourism:`). The spec's second reading of the flag is "treatment offered
# in another country to escape home rules": two things, a rule at home that withholds the
# treatment and a country abroad where it is given. A ban at home said alone ("using human
# embryos to make stem cells is illegal in the United States") escapes nothing; set
# against a place abroad anywhere in the page, in the same sentence or another ("not
# legally approved in many US cities ... legal in Costa Rica"), it is the offer. Made-up
# sentences, not pages'; each with look-alikes that must still be found (the spec's
# packages and patients flown in) and look-alikes that must stay silent.

TOURISM = "medical-tourism"

RULES = [
    (
        "a ban at home counts only set against another country",
        TOURISM,
        (
            # found only with the change: a ban at home in one sentence, the country
            # where it is legal in the next
            "Stem cell therapies are still not legally approved in many US cities. Stem cell"
            " treatments are, however, legal in Costa Rica.",
            "Cultured cells are not legally available to you. In Panama they are.",
            # the look-alikes that must still be found, with and without the change
            "Cultured cells are illegal in the United States, but in Mexico they are given"
            " every day.",
            "Cultured stem cells are banned in Canada. We treat patients in Cancun.",
            "This treatment is unavailable in the US. Our clinic in Panama offers it.",
            "Cultured cells are restricted in the U.S. In Medellín, injections cost $800.",
            "This treatment is unavailable in Canada, so patients come to us.",
            "Get cell counts that are unavailable in the United States.",
            "Our package includes airport transfers, five nights in a hotel and the injections.",
            "Patients fly in from the US and Canada for treatment at our Cancun clinic.",
        ),
        (
            # silent only with the change: a ban at home with no country abroad
            "Using human embryos to make stem cells is very controversial (and illegal in"
            " the United States).",
            "Selling cultured cells is illegal in the United States.",
            "Cultured cells are unapproved in the US and the FDA is reviewing them.",
            # the look-alikes that must stay silent, with and without the change
            "Patients who travel abroad for stem cells have come home with infections.",
            "The FDA warns against travelling for unproven treatment.",
            "Stem cell therapy is not FDA approved for general use.",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"), [(case.id, *case.values) for case in rule_cases(RULES)]
)
def test_a_ban_at_home_is_escaped_only_against_another_country(
    name: str, flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in red_flags(sentence)) is raised, sentence


# -- Moved from tests/test_redflag_families.py ---------------------------------------------
# Families of red-flag wordings mined from real clinic, vendor and broker pages that are
# in no corpus (issue 14, item 3; the pages and sentences are listed outside the repository
# in the mining notes). Each family is a concept with its synonyms, not one page's sentence:
# every test gives wordings that must raise the flag, and careful wordings (a page that
# discusses the sign, or says it of something else) that must not. Each raising sentence
# was missed before its family was added, so a test fails when its wording is removed.

# -- medical-tourism ------------------------------------------------------------------


@each_case(
    ("sentence",),
    [
        ("We treat you in Mexico, where the rules are more permissive.",),
        ("Panama has progressive regulations for cell therapy.",),
        ("Some countries stand out for their convenient laws and affordable care.",),
    ],
)
def test_rules_abroad_praised_as_looser_are_a_reason_to_travel(sentence: str) -> None:
    raises(TOURISM, sentence)


@each_case(
    ("sentence",),
    [
        ("Countries with relaxed regulations put patients at risk.",),
        ("Lax rules in some countries put patients at risk.",),
    ],
)
def test_looser_rules_abroad_named_as_a_danger_are_no_offer(sentence: str) -> None:
    clean(TOURISM, sentence)


@each_case(
    ("sentence",),
    [
        ("That is why North Americans are heading south for this therapy.",),
        ("Before you arrive in Panama, get your blood work done.",),
        ("You will spend 3 to 5 days in the treatment country.",),
        ("Plan on five nights in Cancun.",),
    ],
)
def test_going_there_for_the_treatment_is_travel_sold(sentence: str) -> None:
    raises(TOURISM, sentence)


@each_case(
    ("sentence",),
    [
        ("Treatment costs far less than at home, with no loss of quality.",),
        ("Patients save 70 to 85 percent compared with the US.",),
        ("You pay a fraction of US prices.",),
    ],
)
def test_a_price_set_against_home_sells_the_trip(sentence: str) -> None:
    raises(TOURISM, sentence)


@each_case(
    ("sentence",),
    [
        ("We mail you a welcome kit with everything you need for your medical vacation.",),
        ("We send you the vacation packages so you can pick where you stay.",),
        ("Nurses, drivers and translators look after you for the whole stay.",),
        ("Translators and drivers are on hand day and night.",),
        ("A personal interpreter goes with you to every visit.",),
        ("A private driver is at your disposal.",),
        ("Our chauffeur takes you to the clinic each morning.",),
        ("We pick you up at the border.",),
    ],
)
def test_the_trip_sold_with_the_treatment_is_medical_tourism(sentence: str) -> None:
    raises(TOURISM, sentence)


@each_case(
    ("sentence",),
    [
        ("Medical vacations for stem cells carry a real risk of infection.",),
        ("Medical vacations are risky.",),
        ("Patients have been harmed abroad, where the rules are more relaxed.",),
        ("The drug was approved after years of translation from lab to clinic.",),
        ("Who decided that this process of clinical translation is the best one?",),
    ],
)
def test_a_trip_named_as_a_risk_or_research_translated_is_no_tourism(sentence: str) -> None:
    clean(TOURISM, sentence)


# -- tourism4: patients harmed abroad -----------------------------------------------------
# A harm told of patients treated abroad is no trip offered (tourism4, `check/rules/trips_told.py`):
# the spec's medical-tourism is treatment abroad sold with travel or to escape home rules,
# and "patients harmed abroad" is named as not the sign. A finding of an entry with told
# trips (`told_trips:`) in a sentence that tells of one person or patients harmed (the
# harm half of `check/rules/patient_stories.py`, `story-harm` in `advert_words.yaml`: "harmed",
# "died", "blinded", "developed an infection", "developed tumours") is a harm told, unless
# the sentence holds a word of `trip_keepers:` (the page's own "our", "we", "here"; a
# patient's "I"; "offers"). Made-up sentences, each beside a look-alike that must still
# be found.


@each_case(
    ("harmed", "offered"),
    [
        # (cn10) harm reported at medical tourism destinations
        (
            "Patients have been badly harmed after stem cell injections at medical "
            "tourism destinations and at unlicensed clinics at home.",
            "Patients come to our medical tourism destination for stem cell injections.",
        ),
        # (fa10) patients treated abroad who developed tumours
        (
            "Some patients treated abroad have developed tumors linked to the stem "
            "cell injections.",
            "Patients treated abroad at our Cancun clinic go home within the week.",
        ),
        (
            "A woman died after a stem cell infusion on a medical trip to Panama.",
            "Book your medical trip to Panama and we arrange the stem cell infusion.",
        ),
        (
            "Several patients from the US developed serious infections after the injections.",
            "Patients from the US and Canada come to us for the injections.",
        ),
    ],
)
def test_patients_harmed_abroad_are_no_travel_package(harmed: str, offered: str) -> None:
    """Patients harmed after treatment abroad are a warning, not an offer; the page's own
    words or a patient's "I" keep the finding."""
    flag_pair("medical-tourism", harmed, offered)


@each_case(
    ("sentence",),
    [
        ("Our package includes flights, hotel and airport transfers.",),
        ("Patients fly in from the US and Canada for our stem cell treatment.",),
        ("Paralysed patients travel to our clinic in Panama for stem cells.",),
    ],
)
def test_an_offer_beside_a_harm_word_is_still_found(sentence: str) -> None:
    """An offer in the page's own words stays medical tourism, a harm word in it or not."""
    raises("medical-tourism", sentence)


def test_nearness_reads_past_an_aside_that_a_gap_would_stop_at() -> None:
    # (scope1) a gap that starts inside an aside ends at its closing bracket, but `A ~ B`
    # asks only that A and B be near: home rules named in the aside, the destination
    # after it (made-up wording)
    raises(
        "medical-tourism",
        "Back home these therapies are called experimental (still considered experimental"
        " in many parts of the world, as we say), but Colombia allows them.",
    )
