"""Told, not offered, across the four weakest warning signs (issue 14, round signs2; the
replay and the lists each sign reads are in docs/matcher.md, "signs2").

A sign's words said of something other than the page's own offer (a trip, a result, a
list or a story told as past, reported as others', warned about, or said of a rival
treatment) do not raise it; the page's own offer, in the present or to the reader, does.
The lists that say one idea of it for two signs are written once and read by both
(`data/check/advert_words.yaml`: `&seller-words`, `&said-words`, `&sold-words`,
`&third-parties`, `&hedge-words`). Each table gives made-up wordings, never a page's
sentence, and the look-alikes of the page's own offer.
"""

from __future__ import annotations

from cases import each_case
from findings import red_flags
from shipped_words import listed, written

# -- one list per idea: what two signs' readings share is written once -------------------
#: (a list, another list, a wording both read): the seller's own voice keeps a trip
#: offered and a claim the page's own; saying, claiming, promising and boasting, and the
#: selling verbs, report a list (many-conditions) and a claim (the others); the third
#: parties that say it; the hedges that unsay a promise in its words and in its lead.
FOLDED = [
    ("trip_keepers", "reported_speech.keepers", "we|we're|we've|our|ours|us"),
    (
        "reported_lists.speaking",
        "reported_speech.verbs",
        "say|says|said|claim|claims|claimed|promise|promises|promised|boast|boasts|boasted",
    ),
    ("reported_lists.proposed", "reported_speech.verbs", "touted|marketed|advertised"),
    (
        "reported_lists.speakers",
        "reported_speech.subjects",
        "they|ad|ads|advert|advertisement|seminar|clinics",
    ),
    ("unpromised.promised-results", "promise_leads", "could|might|potentially|possibly|perhaps"),
]


def _words(dotted: str) -> set[str]:
    return {word for wording in listed(dotted) for word in wording.split("|")}


@each_case(("first", "second", "wording"), FOLDED)
def test_a_wording_two_readings_share_is_written_once_and_read_by_both(
    first: str, second: str, wording: str
) -> None:
    assert wording in listed(first) and wording in listed(second)
    assert written(wording) == 1
    # and no word of it is written again in either list's other wordings
    for dotted in (first, second):
        others = {w for text in listed(dotted) if text != wording for w in text.split("|")}
        assert not others & set(wording.split("|")), (dotted, others & set(wording.split("|")))


@each_case(
    ("dotted", "word"),
    [
        # each reading still holds the words it had of its own beside the shared ones
        ("trip_keepers", "here"),
        ("trip_keepers", "offers"),
        ("reported_speech.keepers", "we"),
        ("reported_lists.speaking", "asked"),
        ("reported_speech.verbs", "believes"),
        ("reported_speech.verbs", "boasting"),
        ("reported_lists.proposed", "proposed"),
        ("reported_speech.verbs", "advertise"),
        ("reported_lists.speakers", "brochure"),
        ("reported_speech.subjects", "patients"),
        ("unpromised.promised-results", "hopefully"),
        ("promise_leads", "potential"),
        ("promise_leads", "had"),
    ],
)
def test_each_reading_keeps_the_words_of_its_own(dotted: str, word: str) -> None:
    assert word in _words(dotted)


# -- per sign: told, reported, warned or a rival's, against the page's own offer ----------


@each_case(
    ("sign", "sentence"),
    [
        # the page's own offer, in the present, the future or to the reader
        ("medical-tourism", "We arrange your flights to Cancun and your hotel stay."),
        ("medical-tourism", "Fly to Mexico for your stem cell treatment; we book the hotel."),
        # a trip told, kept the page's own by its voice
        ("medical-tourism", "Patients have travelled to our clinic in Panama from all over."),
        ("promised-results", "You will be pain free in 6 weeks."),
        ("promised-results", "Most patients are back to golf within two weeks."),
        (
            "many-conditions",
            "Our stem cell injections treat arthritis, back pain, diabetes, heart disease, "
            "COPD, multiple sclerosis and Parkinson's disease.",
        ),
        # the page's own list, said by the page or its own proposal
        (
            "many-conditions",
            '"We treat arthritis, back pain, diabetes, heart disease, COPD, multiple '
            "sclerosis and Parkinson's disease,\" we say.",
        ),
        (
            "many-conditions",
            "Our stem cells have been proposed for arthritis, back pain, diabetes, heart "
            "disease, COPD, multiple sclerosis and Parkinson's disease.",
        ),
        ("testimonials-as-evidence", "Read our patients' success stories and testimonials."),
        ("testimonials-as-evidence", "You will hear from patients who have had the treatment."),
    ],
)
def test_the_pages_own_offer_raises_each_sign(sign: str, sentence: str) -> None:
    assert sign in red_flags(sentence)


@each_case(
    ("sign", "sentence"),
    [
        # told as past
        ("medical-tourism", "A woman travelled to Mexico for stem cell injections last year."),
        ("medical-tourism", "He had to travel to Mexico for the injection."),
        ("promised-results", "The results were remarkable and lasted a decade."),
        ("promised-results", "Three men had a remarkable fall in pain after a single injection."),
        # warned about: a harm told
        ("medical-tourism", "Some patients treated abroad have developed tumours."),
        ("testimonials-as-evidence", "Be wary of clinics that offer testimonials as evidence."),
        # weighed or hedged
        (
            "medical-tourism",
            "Patients considering treatment in another country should learn the rules.",
        ),
        ("promised-results", "You could be pain free in 6 weeks."),
        ("promised-results", "Patients might be back to golf within two weeks."),
        ("promised-results", "Perhaps you will be pain free in 6 weeks."),
        ("promised-results", "This offers the potential for lasting relief within weeks."),
        # reported as others'
        ("promised-results", "Some clinics claim you will be pain free in 6 weeks."),
        ("promised-results", "The ad promised you would be pain free in 6 weeks."),
        ("testimonials-as-evidence", "You hear stories about miracle cures everywhere."),
        (
            "many-conditions",
            "Stem cells have been touted for arthritis, back pain, diabetes, heart disease, "
            "COPD, multiple sclerosis and Parkinson's disease.",
        ),
        (
            "many-conditions",
            "Stem cells are marketed for arthritis, back pain, diabetes, heart disease, "
            "COPD, multiple sclerosis and Parkinson's disease.",
        ),
        (
            "many-conditions",
            "Some clinics advertise cures for arthritis, back pain, diabetes, heart disease, "
            "COPD, multiple sclerosis and Parkinson's disease.",
        ),
        (
            "many-conditions",
            '"Do you suffer," the ad asked, "from arthritis, back pain, diabetes, heart '
            "disease, COPD, multiple sclerosis or Parkinson's disease?\"",
        ),
        (
            "many-conditions",
            '"We treat arthritis, back pain, diabetes, heart disease, COPD, multiple '
            "sclerosis and Parkinson's disease,\" they claim.",
        ),
        # said of a rival treatment
        ("promised-results", "Cortisone shots bring relief within days."),
    ],
)
def test_a_sign_told_reported_warned_or_a_rivals_is_not_raised(sign: str, sentence: str) -> None:
    assert sign not in red_flags(sentence)
