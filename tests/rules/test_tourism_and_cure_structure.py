"""medical-tourism and cure-claim read by the structure that decides them (issue 14, round
flags2; every first-run entry of the two flags in benchmarks/adverts/first-runs/, sorted
by structure in docs/matcher.md). Each test gives made-up wordings of the structure,
never a page's sentence, and look-alikes that must not be read as it; each advert case
was found (a trip) or missed (a cure) before the round's rule was added. The last
section protects a merge: six guards replaced by one rule of `hopes:`, so its cases held
before it too, and its advert cases fail if the one rule reaches too far.
"""

from __future__ import annotations

from cases import each_case
from findings import red_flags

# -- A trip told with a past of need or choice (ea05) ----------------------------------
# The trip someone had to make, or chose to make, is told in the past by the verb before
# "to", as "travelled" tells it: no trip offered.


@each_case(
    ("sentence",),
    [
        ("After the cells were grown, she had to travel to Panama for the injections.",),
        ("He was required to fly to Cancun to receive the shots.",),
        ("The patient decided to go to Tijuana for his knee.",),
    ],
)
def test_a_trip_someone_had_to_or_chose_to_make_is_no_trip_offered(sentence: str) -> None:
    assert "medical-tourism" not in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("You need to travel to Panama for the cultured cells.",),
        ("Most patients choose to fly to Cancun for the cultured cells.",),
        ("We had to fly to Cancun to open our clinic, and you can fly there too.",),
        ("Patients who had to travel to Mexico can now be treated in Cancun.",),
    ],
)
def test_a_trip_needed_or_chosen_now_or_by_the_page_is_still_offered(sentence: str) -> None:
    assert "medical-tourism" in red_flags(sentence)


# -- The doctor's trips that brought the treatment home (du10) ------------------------
# Trips abroad that end in the treatment brought back home, as training abroad does:
# the patients are treated at home.


@each_case(
    ("sentence",),
    [
        ("After several trips to Italy, the surgeon resolved to bring the technique back.",),
        ("Travelling to and from Spain, Dr Moore set out to bring this treatment to the UK.",),
        ("Her visits to Japan ended with her bringing the procedure home.",),
    ],
)
def test_trips_that_brought_the_treatment_home_are_no_trip_offered(sentence: str) -> None:
    assert "medical-tourism" not in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("Fly to Cancun, where we bring the treatment to you.",),
        ("Travel to Panama for the treatment and bring your results home.",),
        ("Patients come to Mexico for the therapy our doctors brought from Europe.",),
    ],
)
def test_a_trip_to_where_the_treatment_is_given_is_still_offered(sentence: str) -> None:
    assert "medical-tourism" in red_flags(sentence)


# -- A disease or disorder reversed (bu04) --------------------------------------------
# The spec's "reverse arthritis/damage": a disease, disorder or ailment said to be
# reversed by the offer is a cure claimed, whatever the trouble is called.


@each_case(
    ("sentence",),
    [
        ("These injections reverse neurological disorders such as MS.",),
        ("Our cells can reverse chronic illnesses in most patients.",),
        ("Stem cells reverse many serious ailments.",),
    ],
)
def test_a_disorder_or_illness_reversed_is_a_cure_claim(sentence: str) -> None:
    assert "cure-claim" in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("No injection can reverse these disorders.",),
        ("Researchers hope one day to reverse such illnesses.",),
        ("Is it possible to reverse the disorder?",),
        ("Our cells may potentially reverse these disorders.",),
        ("Some clinics claim their shots reverse neurological disorders.",),
    ],
)
def test_a_reversal_denied_hoped_asked_or_reported_is_no_cure_claim(sentence: str) -> None:
    assert "cure-claim" not in red_flags(sentence)


# -- A cure sought, longed for or attempted (the hopes rule, flags2) -----------------
# Six guards of cure-claim each named one way of seeking a cure; `hopes:` now reads the
# seeking word before the cure as it reads "hoping" and "someday".


@each_case(
    ("sentence",),
    [
        ("Families searching for a cure spend their savings on these clinics.",),
        ("Desperate patients chase after cures abroad.",),
        ("Athletes who seek these cures are easy targets.",),
        ("There is hope for a cure, so people try anything.",),
        ("Some doctors try to cure every ailment they see.",),
        ("Parents are desperate to cure their children.",),
        # (review4: two guards were left out of the merge, and these were read as claims:
        # "hope|hopes|hoping|hoped to ...2 cure")
        ("She hopes to cure her knee arthritis with these shots.",),
        # (and flags8's "desperation ...6 cure")
        ("Out of desperation, families pay clinics for a cure.",),
    ],
)
def test_a_cure_sought_longed_for_or_attempted_is_no_cure_claim(sentence: str) -> None:
    assert "cure-claim" not in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("Patients seeking relief from knee pain have found a cure in our stem cells.",),
        ("Stop searching: our injections cure arthritis.",),
        ("Our cells offer a cure for knee pain.",),
    ],
)
def test_a_cure_found_or_offered_after_a_search_is_still_claimed(sentence: str) -> None:
    assert "cure-claim" in red_flags(sentence)


# The wordings of a search or an attempt are cure-claim's alone: an approval sought by
# the patients the page courts is still the page's claim of one (review4 found them read
# for fda-status-claim too, through the list the two flags shared).


@each_case(
    ("sentence",),
    [
        ("Patients seeking the FDA-approved treatment come to our clinic.",),
        ("Looking for an FDA approved stem cell treatment? We offer one.",),
    ],
)
def test_an_approval_sought_is_still_an_fda_claim(sentence: str) -> None:
    assert "fda-status-claim" in red_flags(sentence)
