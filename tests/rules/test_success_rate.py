"""high-success-rate: a share of patients, a rate or a score told as the offer's figure, and
the pairs of numbers, counts and shares that are no success rate.
"""

from __future__ import annotations

from cases import each_case
from findings import CATALOG, MATCHER, clean, flag_pair, raises, red_flags, rule_cases

from stemcell_cli.check.matching import findings
from stemcell_cli.check.matching.findings import Phrase
from stemcell_cli.check.matching.matcher import Matcher
from stemcell_cli.check.matching.wordings import lexicon_for
from stemcell_cli.check.page.source import AdText
from stemcell_cli.check.report import build_report
from stemcell_cli.check.rules.success_rates import COUNTED, RATED, holds_figure

# -- Moved from tests/test_fared1_rules.py -------------------------------------------------
# A share of patients relieved is a success rate (fared1, `fared:` in
# data/check/advert_words.yaml, `check/rules/success_rates.py`): the spec's high-success-rate is a
# success or efficacy percentage in any wording, given as the offer's, and a share of
# patients is read as one only when its sentence says how they fared. Verbs of relief say
# it as well as "relief" and "improved" do: "relieves pain in 80% of our patients", "eases
# symptoms in 70-85% of cases". Made-up wordings, not pages'; each with look-alikes that must
# still be found ("helps 9 in 10 patients avoid surgery", "90% of our patients report
# less pain") and look-alikes that must stay silent: a share of people with a disease, a
# rival treatment's relief, a rate of failure.

RATE = "high-success-rate"

RULES = [
    (
        "a verb of relief says how a share of patients fared",
        RATE,
        (
            # found only with the verbs of relief
            "Our injections relieve pain in 80% of our patients.",
            "The treatment relieves symptoms in 70-85% of cases.",
            "The injection eases knee pain in 75% of patients.",
            "Our therapy eased back pain for 90% of our clients.",
            "Relieving joint pain in 85% of our patients, it lasts for years.",
            "The procedure alleviates symptoms in 88% of patients.",
            # the look-alikes that must still be found, with and without the change
            "Our treatment helps 9 in 10 patients avoid surgery.",
            "90% of our patients report less pain.",
            "We have a success rate of 85%.",
        ),
        (
            "40% of adults over 60 have knee arthritis.",
            "Painkillers help 30% of patients for a few hours.",
            "Painkillers relieve pain in 30% of patients for a few hours.",
            "Surgery has a 57% retear rate after repair.",
            "About 30% of patients eventually need surgery.",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"), [(case.id, *case.values) for case in rule_cases(RULES)]
)
def test_a_verb_of_relief_says_how_patients_fared(
    name: str, flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in red_flags(sentence)) is raised, sentence


# -- Moved from tests/test_figures2_rules.py -----------------------------------------------
# A success rate is a figure (figures2): a rate or score word ("success rate",
# "satisfaction score") raises high-success-rate only with a figure in its sentence, or,
# for a heading or a question, in the sentence right after it (`check/rules/success_rates.py`, the
# word list `rate_words:`). "What is the success rate of stem cell therapy?", "we also cover
# the success rate" and "ask about our satisfaction scores" name a topic; "our success rate
# is 92%" quotes one. Made-up sentences, each with a look-alike that must still be found.

FLAG = "high-success-rate"


@each_case(
    ("topic", "quoted"),
    [
        (
            "Read on to learn about the success rate of stem cell therapy.",
            "The success rate of our stem cell therapy is 92%.",
        ),
        (
            "Ask our team about patient satisfaction scores.",
            "Our patient satisfaction score is 9.6 out of 10.",
        ),
        (
            "Our success rates have been tracked since 2015.",
            "Our success rates since 2015 are as high as ninety percent.",
        ),
        (
            "Stem cell therapy has a high success rate.",
            "Stem cell therapy has a success rate of nine in ten.",
        ),
    ],
)
def test_a_rate_named_without_a_figure_is_a_topic(topic: str, quoted: str) -> None:
    """A rate or score word with no figure in its sentence (a year is a date, not a
    figure) quotes no rate; with a percentage, a number or a number in words it does."""
    flag_pair(FLAG, topic, quoted)


@each_case(
    ("sentence",),
    [
        ("Our success rate is 92%.",),
        ("Success rates as high as ninety percent.",),
        ("9 out of 10 patients improve.",),
        ("Nearly all of our patients report relief.",),
    ],
)
def test_figures_and_rates_in_words_still_raise(sentence: str) -> None:
    """The rule holds only for a rate or score word: a figure, and a rate in words
    ("nearly all of our patients report relief"), are found as before."""
    raises(FLAG, sentence)


def _lines_found(*lines: str) -> list[int]:
    report = build_report(CATALOG, AdText("test", list(lines), []), MATCHER)
    return [f.match.line for f in report.findings if f.match.entry_id == FLAG]


@each_case(
    ("heading", "figure", "none"),
    [
        (
            ["What is our success rate?", "About 85 percent, in our own records."],
            ["What is our success rate?", "It depends on the joint and the damage."],
            ["Is it worth asking about success rates?", "About 85 percent of people ask."],
        ),
        (
            ["Our success rates", "", "Roughly nine in ten, by our own count."],
            ["Our success rates", "", "Results vary from one patient to the next."],
            ["Learn about our success rates", "", "Read more below."],
        ),
    ],
)
def test_a_heading_or_question_takes_its_figure_from_the_next_sentence(
    heading: list[str], figure: list[str], none: list[str]
) -> None:
    """A question or a heading (a block of one sentence with no full stop) that names a
    rate quotes it when the sentence right after it gives the figure: the finding is on
    the heading's line. With no figure there it names a topic. (A yes/no question raises
    no warning sign at all.)"""
    assert _lines_found(*heading) == [1], heading
    assert _lines_found(*figure) == [], figure
    assert _lines_found(*none) == [], none


def test_the_figure_must_be_in_the_very_next_sentence() -> None:
    """Only the sentence right after the heading or question is read for its figure, not
    one further on."""
    assert _lines_found("What is the success rate?", "It varies. About 80 percent.") == []
    clean(FLAG, "What is the success rate of stem cell therapy?")


# -- the rule, on a matcher that knows only a few words -------------------------------


def _rate_matcher(*extra: Phrase) -> Matcher:
    return Matcher(
        [
            Phrase("red_flag", "rate", "success rate|rates"),
            Phrase("red_flag", "other", "success story"),
            Phrase(findings.SHARE, COUNTED, "patients"),
            Phrase(findings.SHARE, "rate", "improved"),
            Phrase(findings.SHARE, RATED, "rate|rates"),
            *extra,
        ]
    )


@each_case(
    ("lines", "found"),
    [
        (["We talk about success rates."], False),
        (["Our success rate is 92%."], True),
        (["Success rates", "", "Ours: 92 percent."], True),
        (["Success rates", "", "We will talk later."], False),
    ],
)
def test_a_rated_entry_needs_a_figure(lines: list[str], found: bool) -> None:
    """A match of an entry of `fared:` that holds a word of `rate_words:` and no figure
    stands only with a figure in its sentence, or in the one after a heading."""
    entries = {m.entry_id for m in _rate_matcher().scan(lines)}
    assert ("rate" in entries) is found


def test_an_entry_without_words_of_faring_needs_no_figure() -> None:
    """The rule holds only for the entries `fared:` names: another entry's match is
    found with no figure."""
    entries = {m.entry_id for m in _rate_matcher().scan(["Read a success story."])}
    assert entries == {"other"}


@each_case(
    ("words", "figure"),
    [
        (["rate", "of", "92%"], True),
        (["nine", "in", "ten"], True),
        (["a", "score", "of", "9.6"], True),
        (["since", "2015"], False),
        (["one", "of", "the", "best"], False),
        (["no", "figure"], False),
    ],
)
def test_what_counts_as_a_figure(words: list[str], figure: bool) -> None:
    """A figure is a number, in digits or in words, but not a year nor a bare "one"."""
    assert holds_figure(words) is figure


# -- Moved from tests/test_rate2_rules.py --------------------------------------------------
# A pair of numbers is a share as a fraction, not as a range (rate2,
# `check/rules/success_rates.py`): the spec's high-success-rate is a success or efficacy percentage
# or an "N out of 10 patients" figure, and two numbers side by side count patients as a fraction,
# the first over the second ("9/10 patients", "7/8 reported excellent results", "14/16 patients
# improved"). Two numbers joined by a dash are a range, an amount or an identifier ("30-60
# cc of the patient's own marrow", "$2,500 - $4,000, and a comparable treatment", "ISSN
# 1234-5678, Case Series", "20-30 new cases every week"), and a "fraction" whose first
# number is the larger ("from 28/11 new patients get a follow-up") is a date: none says
# how many of the patients fared well. Made-up wordings, not pages'; each with look-alikes
# that must still raise the flag, fractions and the flag's other wordings ("90% of our
# patients report less pain", "a success rate of 85%", "eight out of ten patients avoid
# surgery").

RULES_RATE2 = [
    (
        "two numbers are a share of patients as a fraction, not as a range or a date",
        RATE,
        (
            # the look-alikes that must still be found: fractions
            "Remarkably, 9/10 patients say they would recommend the treatment.",
            "At one year, 7/8 reported good or excellent results.",
            "In our series, 14/16 patients improved.",
            "12 / 15 patients healed completely.",
            # and the flag's other wordings
            "90% of our patients report less pain.",
            "We have a success rate of 85%.",
            "Eight out of ten patients avoid surgery.",
            "Nine in ten patients improve within weeks.",
            "Between 80-90% of our patients report lasting relief.",
        ),
        (
            "We draw 30-60 cc of the patient's own bone marrow from the hip.",
            "A kit costs $2,500 \u2013 $4,000, and a comparable treatment abroad costs more.",
            "Journal of Regenerative Orthopedics, ISSN 1234-5678, Case Series",
            "We see 20-30 new cases every week, and most of them improve.",
            "Our clinic has treated 1,500-2,000 patients since we opened, with great results.",
            "From 28/11 new patients get a follow-up visit to check their improvement.",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"),
    [(case.id, *case.values) for case in rule_cases(RULES_RATE2)],
)
def test_a_fraction_is_a_share_and_a_range_is_not(
    name: str, flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in red_flags(sentence)) is raised, sentence


# -- Moved from tests/test_rate3_rules.py --------------------------------------------------
# A share of patients told as "N of M" or "N of them" is a success rate when its
# sentence says how they fared (rate3, `success_rates.Shares`, `share_refers:` and `fared:` in
# data/check/advert_words.yaml): the spec's high-success-rate is a success or efficacy
# figure in any wording, "N out of 10 patients" among them. "N in M" and "N out of M"
# already stood on any word of faring; "N of M patients" needed one of the few words of
# `{success}`, so "11 of 12 patients were pain free" was missed. And a share of the group
# named before it in its sentence ("we treated 20 patients, and 18 of them were pain free")
# counts patients as well as "18 of 20 patients" does; when the group named before is no
# group of patients ("we reviewed 12 trials, and 3 of them showed a benefit"), or no group
# is named, it counts something else. Made-up wordings, not pages'; each with look-alikes
# that must still be found and look-alikes that must stay silent.

RULES_RATE3 = [
    (
        "N of M patients is a share of patients like N in M and N out of M",
        RATE,
        (
            # found only with the change
            "11 of 12 patients were pain free.",
            "14 of the 16 patients were pain free at six months.",
            "9 of 10 patients returned to sport within a year.",
            "Eight of ten patients walked without a cane after treatment.",
            # the look-alikes that must still be found, with and without the change
            "nine in ten of our patients improve.",
            "Nine out of ten patients improve after one injection.",
            "21 of the 26 patients had significant improvements in pain.",
        ),
        (
            "1 in 4 adults has knee pain.",
            "3 of 5 trials showed no benefit.",
            "The risk of infection is cut in half with sterile technique.",
            "80% of knee replacements last 20 years.",
            "3 of 12 patients needed surgery later.",
            "2 of the 40 patients came from abroad.",
        ),
    ),
    (
        "N of them is a share of the group of patients named before it",
        RATE,
        (
            # found only with the change
            "We treated 20 patients, and 18 of them were pain free at one year.",
            "The procedure was tried on 12 people, and 10 of them responded well.",
            "Of the 30 patients we followed, 27 of these improved.",
            # the look-alikes that must still be found, with and without the change
            "We treated 20 patients, and 18 of 20 patients improved.",
            "90% of our patients report less pain.",
        ),
        (
            "We reviewed 12 trials, and 3 of them showed a benefit.",
            "We treated 12 patients, and 2 of them needed surgery.",
            "We treated 12 patients, and one of them improved.",
            "Many clinics advertise, and 5 of them claim to help.",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"),
    [(case.id, *case.values) for case in rule_cases(RULES_RATE3)],
)
def test_a_share_of_patients_told_as_n_of_m_or_n_of_them(
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

# -- high-success-rate ----------------------------------------------------------------

SUCCESS = "high-success-rate"


@each_case(
    ("sentence",),
    [
        ("Most of our patients report significant improvement.",),
        ("The majority of my patients get lasting relief.",),
        ("Our satisfaction score is 4.8 out of 5.",),
    ],
)
def test_a_success_rate_in_words_or_scores_is_a_success_rate(sentence: str) -> None:
    raises(SUCCESS, sentence)


@each_case(
    ("sentence",),
    [
        ("Most of our patients ask about side effects first.",),
        ("Some clinics quote satisfaction ratings instead of trial results.",),
    ],
)
def test_patients_asking_or_rates_quoted_by_others_are_no_success_rate(sentence: str) -> None:
    clean(SUCCESS, sentence)


# -- Moved from tests/test_rate4_rules.py --------------------------------------------------
# A share of patients told as a fraction in words is a success rate when its sentence
# says how they fared (rate4, `success_rates.Shares`, `share_fractions:` and the group
# `fraction` in data/check/advert_words.yaml): the spec's high-success-rate is a success or
# efficacy percentage in any wording, and "two thirds of our patients improved" is 67% in
# words, as "nine out of ten patients improve" is 90%. A fraction of patients that says
# nothing of how they fared ("half of patients with knee pain have arthritis", "a third
# of our patients come from abroad") counts them for something else, as "80% of cases are
# in the knee" does. Made-up wordings, not pages'; each with look-alikes that must still be
# found and look-alikes that must stay silent.


RATE_RATE4 = "high-success-rate"

RULES_RATE4 = [
    (
        "a fraction of patients in words is a share of patients like N out of M",
        RATE_RATE4,
        (
            # found only with the change
            "Two thirds of our patients improved.",
            "Two-thirds of our patients report less pain.",
            "Half of our patients were pain free at one year.",
            "Three quarters of patients reported improvement.",
            "About a third of the 40 patients recovered fully.",
            # the look-alikes that must still be found, with and without the change
            "Three out of four patients improve.",
            "Nine out of ten patients report relief.",
            "67% of our patients improved.",
        ),
        (
            "About half of patients with knee pain have arthritis.",
            "A third of our patients come from abroad.",
            "One third of patients need surgery later.",
            "Two thirds of adults over 60 have knee arthritis.",
            "The risk of infection is cut in half with sterile technique.",
            "Half of the cost is paid up front.",
            "Pain relief was about half of what most patients notice.",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"),
    [(case.id, *case.values) for case in rule_cases(RULES_RATE4)],
)
def test_a_fraction_of_patients_in_words(name: str, flag: str, sentence: str, raised: bool) -> None:
    assert (flag in red_flags(sentence)) is raised, sentence


def test_the_fraction_words_looked_for_are_the_ones_read() -> None:
    """Every word of the group `fraction` that the flag's wording looks for is one that
    `success_rates.Shares` reads as a share, so no fraction is found without its faring."""
    lexicon = lexicon_for(CATALOG)
    looked_for = {
        word.casefold() for text in lexicon.groups["fraction"] for word in text.split("|")
    }
    read = {word.casefold() for text in lexicon.share_fractions for word in text.split("|")}
    assert looked_for <= read


# -- Round papercuts1: a share that fared no better, or left ------------------------------
# A share of patients is a success rate only when its sentence says how they fared for the
# better (`success_rates.Shares`, `fared:` and `unfared:` in data/check/advert_words.yaml).
# "Half of the patients dropped out" and "50% of the patients did not improve" raised
# high-success-rate on the words of faring "dropped" and "improve": a word of faring
# inside a wording of `unfared:` ("dropped out", "did not improve", "saw no improvement")
# says nothing of faring better. Leaving a study, side effects, getting worse and surgery
# needed later were already silent and must stay so. Made-up wordings, not pages'; each
# with look-alikes that must still be found, the word of faring said elsewhere in the
# sentence ("90% of the patients improved, and none dropped out").

RULES_UNFARED = [
    (
        "a share that left, fared no better or fared worse is no success rate",
        RATE,
        (
            # found only with the change
            "Half of the patients improved.",
            "50% of our patients improved.",
            "90% of the patients improved, and none dropped out.",
            "80% of patients reported less pain, while 10% did not improve.",
            "Two thirds of our patients reported less pain.",
            "9 out of 10 patients would recommend it.",
        ),
        (
            # raised before the change
            "Half of the patients dropped out.",
            "50% of the patients dropped out.",
            "Half of the patients in the study dropped out before the end.",
            "Half of the patients did not improve.",
            "50% of the patients did not improve.",
            "30% of the patients saw no improvement.",
            "20% of the patients didn't respond to the injection.",
            "A third of the patients failed to improve.",
            "Half of the patients have lower back pain.",
            # silent before and after
            "Half of the patients left the study.",
            "Half of the patients withdrew from the trial.",
            "30% of patients had side effects.",
            "Half of the patients got worse.",
            "10% of the patients needed surgery later.",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"),
    [(case.id, *case.values) for case in rule_cases(RULES_UNFARED)],
)
def test_a_share_that_fared_no_better(name: str, flag: str, sentence: str, raised: bool) -> None:
    assert (flag in red_flags(sentence)) is raised, sentence


def test_patients_who_no_longer_need_surgery_are_avoid_surgery_not_a_rate() -> None:
    """Decided (papercuts1): "80% of our patients no longer need surgery" is the
    avoid-surgery claim, as before; the spec's success rate is a success, efficacy,
    satisfaction or improvement figure, and no word of it is here."""
    from findings import benefits

    sentence = "80% of our patients no longer need surgery."
    assert "avoid-surgery" in benefits(sentence)
    assert RATE not in red_flags(sentence)


def test_unfared_words_are_words_of_faring() -> None:
    """Each wording of `unfared:` holds a word of its entry's `fared:` (else it unsays
    nothing), so the two lists stay in step."""
    lexicon = lexicon_for(CATALOG)
    for entry, texts in lexicon.unfared.items():
        fared = {w.casefold() for t in lexicon.fared[entry] for w in t.split("|")}
        for text in texts:
            words = {w.casefold() for slot in text.split() for w in slot.split("|")}
            assert words & fared, text


# -- Round newcomer4 ------------------------------------------------------------------------
# A chance of success is no harm (`not-success:` in data/check/advert_words.yaml, read by
# the high-success-rate guards): "chance|odds|likelihood of" was listed there as a harm, so
# the guard for a harm's own share dropped "our chance of success is at least 80%" (train
# page fc04's wording, the figure after "is"). Now only "risk of" is a harm by itself; a
# chance, odds or likelihood of a harm is still unsaid because the harm is named.


@each_case(
    ("sentence",),
    [
        ("Even in severe arthritis, our chance of success is at least 80%.",),
        ("With our cells, the odds of success are about 90%.",),
        ("The likelihood of improvement is 85% after one injection.",),
        # the figure before the words, found before too
        ("We have at least an 80% chance of success.",),
    ],
)
def test_a_chance_of_success_with_its_figure_is_a_success_rate(sentence: str) -> None:
    assert RATE in red_flags(sentence)


@each_case(
    ("sentence",),
    [
        ("The chance of infection is about 2%.",),
        ("The odds of a flare after the shot are about 5%.",),
        ("The likelihood of complications was 3% in the trial.",),
        ("The risk of a reaction is under 1%.",),
    ],
)
def test_a_chance_of_a_harm_is_still_no_success_rate(sentence: str) -> None:
    assert RATE not in red_flags(sentence)
