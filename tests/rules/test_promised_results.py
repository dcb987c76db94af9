"""promised-results: an outcome or a timeline said as what the treatment will do, and the
outcomes said of another treatment, hoped for or told as fact of others.
"""

from __future__ import annotations

from cases import each_case
from findings import Rule, clean, flag_pair, raises, red_flags, rule_cases

from stemcell_cli.check.rules.claim_subjects import lead_starts
from stemcell_cli.check.rules.promises import LEADS, Unpromised
from stemcell_cli.check.words.sentences import tokens

# -- Moved from tests/test_promise2_rules.py -----------------------------------------------
# An outcome or a timeline is a promised result only when said as what the treatment
# gives (promise2): the rule of `check/rules/promises.py`. The spec's promised results ("results
# in days", "back to sport in weeks", "you will be pain free") are said as a fact or to the
# reader, in the present or the future; the same words told as past (a study's or a named
# patient's outcome reported), hedged ("potentially", "could"), or said of the
# procedure's after-effects (soreness, swelling, downtime) promise nothing
# (`unpromised:` in `data/check/advert_words.yaml`). Made-up sentences, each with a
# look-alike that must still be found.

FLAG = "promised-results"


@each_case(
    ("reported", "promised"),
    [
        # a past study's results, reported
        (
            "The results were remarkable and lasted a decade.",
            "Our results are remarkable and last a decade.",
        ),
        # a named patient's return, told as what happened
        (
            "Within a week he was back on the golf course.",
            "Within a week most patients are back on the golf course.",
        ),
        (
            "Two weeks after the shot Mark got better within days of starting rehab.",
            "Most patients feel better within days of the injection.",
        ),
    ],
)
def test_an_outcome_told_as_past_is_no_promise(reported: str, promised: str) -> None:
    """A past tense inside the finding or shortly before it reports what happened; the
    same outcome said in the present, of the clinic's patients or the reader, promises."""
    flag_pair(FLAG, reported, promised)


@each_case(
    ("hedged", "promised"),
    [
        (
            "Stem cells can regenerate tissue, potentially offering a long-term solution to "
            "neck pain.",
            "Stem cells regenerate tissue, offering a long-term solution to neck pain.",
        ),
        (
            "With luck you could be back on the course within a few weeks.",
            "With our cells you will be back on the course within a few weeks.",
        ),
    ],
)
def test_a_hedged_outcome_is_no_promise(hedged: str, promised: str) -> None:
    flag_pair(FLAG, hedged, promised)


@each_case(
    ("recovery", "promised"),
    [
        (
            "After the injection expect some soreness for a few days, though many patients "
            "are back to their usual activities soon afterwards.",
            # (promise3) a return to usual activities in days is itself the downtime (bt11,
            # da02, du02); a return to sport is a result
            "After the injection most patients are back to their sport in a few weeks.",
        ),
        (
            "There is swelling for a few days, but most are back to work soon.",
            "There is no downtime, and you are back to work in a few days.",
        ),
    ],
)
def test_the_procedures_after_effects_are_no_promise(recovery: str, promised: str) -> None:
    """A timeline of soreness or swelling after the injection is the procedure's
    recovery, not a result."""
    flag_pair(FLAG, recovery, promised)


@each_case(
    ("sentence",),
    [
        # the spec's examples
        ("Results in days.",),
        ("Back to sport in weeks.",),
        ("You will be pain free.",),
        # the brief's
        ("Most patients are back to golf within two weeks.",),
        ("Results guaranteed or your money back.",),
        ("You will be pain free in days.",),
        # "may" and "can" stay promises (recorded calls: h05, az10)
        ("In brief: you may feel some relief from inflammation right away.",),
        ("Patients can live a pain-free life without surgery.",),
        # a past tense further back in the clause than the reach says nothing of it
        ("Patients who were in pain for years are back to sport in weeks.",),
    ],
)
def test_a_promise_said_as_fact_or_to_the_reader_is_still_found(sentence: str) -> None:
    raises(FLAG, sentence)


def test_a_past_word_far_before_the_finding_leaves_it_a_promise() -> None:
    """Only the words inside a finding and the four before it in its clause are read:
    a past tense in an earlier clause says nothing of the promise."""
    raises(FLAG, "The clinic was founded in 2010, and you will be pain free in days.")


def test_only_an_entry_given_words_takes_the_rule() -> None:
    """`Unpromised` alone: the words are compared as written, in small letters, and only
    within the reach before a finding in its clause."""
    rule = Unpromised({FLAG: [(frozenset({"was", "were"}),), (frozenset({"could"}),)]})
    words = tokens("Within a week he WAS back on the course")
    assert rule.takes(FLAG) and rule.may_unsay([w.text for w in words])
    assert rule.unsaid(FLAG, words, 3, 8)
    assert not rule.unsaid("cure-claim", words, 3, 8)
    far = tokens("It could be, in the end, that you are back on the course")
    assert not rule.unsaid(FLAG, far, 8, 13)
    assert not Unpromised({})


def test_a_wording_of_two_words_is_read_in_a_row() -> None:
    """`Unpromised` alone (firstfg1): a wording of two words unsays a finding only with
    its words in a row, inside the finding or within the reach before it: "healed my" (a
    deed done to one person), not "healed" alone ("you will be healed")."""
    rule = Unpromised({FLAG: [(frozenset({"healed"}), frozenset({"my", "his"}))]})
    deed = tokens("The doctor healed my wound in days")
    assert rule.takes(FLAG) and rule.may_unsay([w.text for w in deed])
    assert rule.unsaid(FLAG, deed, 2, 7)
    promise = tokens("You will be healed in days")
    assert not rule.unsaid(FLAG, promise, 3, 6)
    apart = tokens("His wound healed, my doctor says, in days")
    assert not rule.unsaid(FLAG, apart, 2, 3)


# -- Moved from tests/test_promise3_rules.py -----------------------------------------------
# A promised result is a promise (promise3): an outcome said of the offer as what it
# gives, with nothing in its lead that tells it as what happened or what might happen. The
# spec's promised-results ("results in days", "return to activity in weeks", "guaranteed",
# "lasting relief" said as what you will get) is a promise; a study's or a patient's
# outcome told in the past, an outcome only possible ("the potential for ... lasting
# relief"), a promise reported of others ("its clinicians promised relief"), a guarantee or
# a promise of something that is no outcome, and the procedure's downtime (back to normal
# activity after a few days) promise nothing. The words of the lead are `promise_leads:`,
# read over the finding's sentence before it back to a word that turns it
# (`check/rules/promises.py`); the downtime's words are in `unpromised:`; the guarantee and
# promise wordings of promised-results name the outcome they promise
# (`data/red_flags.yaml`). Made-up sentences, each with a look-alike that must still be
# found.


@each_case(
    ("told", "promised"),
    [
        # a case report's outcome, told in the past far before the finding
        (
            "Three men, each with chronic pain, all had a remarkable fall in pain and a gain "
            "in function after a single injection of exosomes.",
            "Expect lasting relief after one injection.",
        ),
        # a registry's figure: what patients had, not what they will get
        (
            "On average forty-six percent of them had a significant improvement (50 percent "
            "or better) within three months.",
            "Most patients are pain free within days of treatment.",
        ),
        # a patient's own past, then his praise of it (firstfh1: a praise alone, "Our
        # results are amazing", is no promise either; the offer's outcome with it is)
        (
            "I had some serious shoulder problems before, um, you treated it, and the "
            "results are amazing.",
            "Our results are amazing: your shoulder will be pain free within weeks.",
        ),
        # what researchers saw in the cells, hedged
        (
            "Changes in the tissue could be seen very soon (within weeks) after a single "
            "treatment.",
            "Most patients see results within weeks after a single treatment.",
        ),
    ],
)
def test_an_outcome_told_as_what_happened_is_no_promise(told: str, promised: str) -> None:
    """A past verb ("had", "showed", "saw") anywhere in the lead tells the outcome as what
    happened to someone; the offer's outcome said in the present or the future promises."""
    flag_pair(FLAG, told, promised)


@each_case(
    ("hedged", "promised"),
    [
        (
            "It is gaining ground as a non-surgical alternative, with the potential for real "
            "tissue repair and lasting relief from chronic back pain.",
            "It is a non-surgical alternative, with real tissue repair and lasting relief "
            "from chronic back pain.",
        ),
        (
            "You might, with the right rehabilitation and some luck, be back on the court in "
            "two weeks.",
            "You will be back on the court in two weeks.",
        ),
    ],
)
def test_an_outcome_only_possible_is_no_promise(hedged: str, promised: str) -> None:
    """A hedge ("potential", "could", "might") governs the outcome from anywhere in its
    lead, not only from the four words before it."""
    flag_pair(FLAG, hedged, promised)


def test_a_promise_reported_of_others_is_not_the_pages() -> None:
    flag_pair(
        FLAG,
        "A newspaper described one clinic: its clinicians promised relief without surgery.",
        "We promise relief without surgery.",
    )


@each_case(
    ("no_outcome", "promised"),
    [
        (
            "One thing you can be guaranteed is that such places will tell you what you want "
            "to hear.",
            "Results guaranteed or your money back.",
        ),
        (
            "By the end, I promise, you will be clear and confident enough to work through "
            "this hard decision.",
            "We promise you will be pain free in weeks.",
        ),
        (
            "Some patients win appeals and get part of their money back from the insurer.",
            "Get your money back if you are not satisfied.",
        ),
        (
            "Every volunteer in the trial is guaranteed a place on the waiting list.",
            "We guarantee you will feel better.",
        ),
    ],
)
def test_a_guarantee_or_promise_of_no_outcome_promises_no_result(
    no_outcome: str, promised: str
) -> None:
    """What is guaranteed or promised must be an outcome (results, relief, better, pain
    free): a guarantee of a place, of the page's clarity or of what critics say clinics
    will tell you, and money got back from an insurer, promise no result."""
    flag_pair(FLAG, no_outcome, promised)


def test_a_studys_follow_up_is_no_promise() -> None:
    """The time a study measured its outcome at ("results at 2 year followup", a cited
    paper's title) is its follow-up, not a timeline promised."""
    flag_pair(
        FLAG,
        "Smith et al. (2011) Cartilage repair with marrow cells: results at 2 year followup.",
        "Our patients get the full results at 2 years.",
    )


@each_case(
    ("downtime", "promised"),
    [
        (
            "You can go back to normal activity after anything from several days.",
            "You will be back on the court in two weeks.",
        ),
        (
            "Most patients return to their daily routine within two days of the harvest.",
            "Most patients return to sport within six weeks of the injection.",
        ),
    ],
)
def test_the_procedures_downtime_is_no_result(downtime: str, promised: str) -> None:
    """A return to normal, usual or daily activity after a few days is the procedure's
    downtime (the recorded calls of bt11, da02, du02); a return to sport is a result."""
    flag_pair(FLAG, downtime, promised)


@each_case(
    ("sentence",),
    [
        # the brief's look-alikes
        ("You will be back on the court in two weeks.",),
        ("Expect lasting relief after one injection.",),
        ("Results guaranteed or your money back.",),
        ("Most patients are pain free within days of treatment.",),
        # a past or a hedge that says who is meant, or before a turn, leaves the promise
        ("Patients who had failed other treatments are back to sport in weeks.",),
        ("Patients who had tried everything else are pain free within days of treatment.",),
        ("It could help some, but with our cells you will be pain free in days.",),
        ("Our old method had limits; now you will be pain free in days.",),
        ("We promise you'll see results.",),
    ],
)
def test_a_promise_of_the_offer_is_still_found(sentence: str) -> None:
    raises(FLAG, sentence)


def test_the_lead_is_read_back_to_a_turn() -> None:
    """`Unpromised` alone: the words of `promise_leads:` are read over the whole lead of
    a finding, back to "but" or a semicolon, and not right after "who"."""
    rule = Unpromised({FLAG: [(frozenset({"were"}),)], LEADS: [(frozenset({"had", "could"}),)]})
    assert not rule.words.get(LEADS)
    far = tokens("Three men had, in the end and at last, results in days")
    assert rule.takes(FLAG) and rule.may_unsay([w.text for w in far])
    assert rule.unsaid(FLAG, far, 9, 12)
    assert not rule.unsaid("cure-claim", far, 9, 12)
    sentence = "Our old method had limits; now you are pain free in days"
    turned = tokens(sentence)
    assert not rule.unsaid(FLAG, turned, 6, 9, sentence)
    who = tokens("Patients who had surgery get results in days")
    assert not rule.unsaid(FLAG, who, 5, 8)
    but = tokens("It could help but you get results in days")
    assert not rule.unsaid(FLAG, but, 6, 9)


# -- Moved from tests/test_promise4_rules.py -----------------------------------------------
# A promise said of another treatment that opens its subject is that treatment's
# (promise4, `rival_treatments.Rivals.heads`, `claim_subjects.lead_starts`).
#
# The spec (benchmarks/adverts/README.md, red flags): promised-results is the ADVERT
# promising what its treatment will do or by when. The first runs' train false alarms
# (benchmarks/adverts/first-runs/*-misses.txt and the series ew and ey) still raised it on
# a timeline whose subject is a rival treatment: a cortisone shot "into an inflamed facet
# joint, a swollen knee, or an irritated bursa" that "can produce ... relief within a few
# days" (a comparison page), a trial's finding "that opioids were no more effective than
# non-opioid treatments at improving physical function over 12 months" (a news page). The
# rival rule of `Rivals.said_of` reads a treatment within RIVAL_REACH words of the claim in
# its clause, and "than" or "no" keep the claim the advert's; a promise's subject is read
# here from where its lead starts (the sentence, past commas, back to a turn, a colon or a
# semicolon, or after a "that" that reports a finding): a treatment there is what promises,
# unless a word that keeps the claim the advert's ("our", "stem", "unlike" before it) or the
# reader's "you" stands between; after the treatment a word that compares it ("than", "no")
# keeps nothing. Made-up sentences, each with a look-alike that must still be found.


@each_case(
    ("said_of_a_rival", "promised"),
    [
        # a rival's timeline past a series of joints set off by commas
        (
            "A single steroid shot into an aching hip, a sore shoulder, or a stiff knee "
            "can give real relief within a few days.",
            "A single injection of our cells into an aching hip, a sore shoulder, or a "
            "stiff knee can give real relief within a few days.",
        ),
        (
            "Knee replacement, for a worn joint in an older patient, usually brings relief "
            "within 6 months.",
            "Our treatment, for a worn joint in an older patient, usually brings relief "
            "within 6 months.",
        ),
        # a trial's finding of one rival set against another
        (
            "A large trial found that painkillers were no better than exercise at improving "
            "physical function over 12 months.",
            "We have found that our cells are better than exercise at improving physical "
            "function over 12 months.",
        ),
        (
            "The review concludes that hyaluronic acid is no more effective than saline for "
            "giving relief within 3 months.",
            "Unlike hyaluronic acid, our injections are more effective than saline for "
            "giving relief within 3 months.",
        ),
        # a rival's timeline after a frame set off by commas
        (
            "In the largest trial, published last year, steroid shots did no better than "
            "rest at improving pain over 6 months.",
            "In the largest trial, published last year, our stem cells did better than rest "
            "at improving pain over 6 months.",
        ),
    ],
)
def test_a_promise_whose_subject_is_a_rival_is_not_the_adverts(
    said_of_a_rival: str, promised: str
) -> None:
    """A rival that opens the promise's subject takes its timeline, however long the
    subject; the advert's own treatment there keeps it."""
    flag_pair(FLAG, said_of_a_rival, promised)


@each_case(
    ("promised",),
    [
        # the brief's look-alikes
        ("You will feel relief within a few days of our injection.",),
        ("Most patients are back to sport in 6 weeks.",),
        ("Results guaranteed in 30 days.",),
        ("Unlike cortisone, our stem cells give lasting relief within weeks.",),
        # a rival set aside before the promise, or the reader promised after it
        ("Without surgery or steroids, most patients feel relief within a few weeks.",),
        ("Surgery is not needed, and you will be back to sport in weeks.",),
        (
            "Surgery is no longer the only option, and most patients are back to "
            "sport within 6 weeks.",
        ),
        ("Steroids only mask the pain; our patients feel relief within days.",),
        ("Cortisone wears off, but these injections give relief within days.",),
        # a rival that is no subject: part of a noun after "with", "from", "who"
        (
            "People with painful knees, after cortisone, physical therapy and rest, get real "
            "relief within weeks.",
        ),
        ("Relief from steroids fades, and with a single injection you get relief within days.",),
    ],
)
def test_the_adverts_promise_beside_a_rival_is_still_found(promised: str) -> None:
    raises(FLAG, promised)


def test_a_lead_starts_at_a_turn_and_after_a_that() -> None:
    """The lead of "improving" starts after "but" and again after "that"."""
    text = "Cortisone helps, but the trial found that opioids fail at improving it."
    words = tokens(text)
    starts = lead_starts(text, words, 10)
    assert [words[at].text for at in starts] == ["opioids", "the"]


def test_a_lead_starts_after_a_colon() -> None:
    text = "Steroids: our cells give relief within days."
    words = tokens(text)
    assert [words[at].text for at in lead_starts(text, words, 4)] == ["our"]


# -- Moved from tests/test_timeline1_rules.py ----------------------------------------------
# A results timeline stated as fact is a promised result (timeline1). The spec's
# promised-results covers "promised outcomes or timelines ('results in days', 'back to sport
# in weeks')"; the commonest miss of the first runs is a timeline said as plain fact or as
# what patients usually get, with no "results in", "within" or "guarantee" word: an outcome
# word of the offer (`{outcome}`: improvement, relief, results, benefit, effect, healing,
# recovery, new cartilage, pain-free) and a time said of it in the same stretch of the
# sentence (`{timeline}`: "by three months", "in one year", "after about a year", "for 90
# days" after a word of going on). Told as past, hedged, as a study's finding or of the
# procedure's soreness it promises nothing (`check/rules/promises.py`, the guards of
# promised-results), nor when it is a figure a follow-up reached or showed, or an outcome said
# to wear off (`unpromised:`). Made-up sentences: the look-alikes that must stay silent, and those
# that must still be found.

RULES: list[Rule] = [
    (
        "an outcome with a time said after it",
        FLAG,
        (
            "Patients typically notice improvement by six weeks.",
            "Most people get the full benefit at three months.",
            "Patients get the full results in one year.",
            "Relief usually comes after about two weeks.",
            "The healing effect is complete by eight weeks.",
            "Most patients feel relief within two weeks.",
            "Results in days.",
            "In our practice we see a response to treatment at about two weeks.",
            "Most patients reach full improvement at 6 months.",
            "Patients typically experience progressive improvement over 6-10 weeks.",
            "Improvement at 12 months is the rule for our patients.",
            "Most patients have relief by six weeks, and the joint heals within months.",
        ),
        (
            "In the trial, pain improved at 12 months.",
            "Treated patients showed significant improvement at eight weeks.",
            "Function improvement reached 60% at 6 years.",
            "A third of the cell groups met a standard response measure at one month.",
            "Cortisone helps, but the benefit often wears off by 3 months.",
            "In the study, improvement was seen by three months.",
            "Some patients notice improvement by six weeks.",
            "You might notice improvement by three months.",
            "The study followed patients for a year.",
            "Soreness lasts a few days.",
            "The trial measured improvement over 8-12 weeks.",
            "Improvement at 12 months was modest.",
            "In a 2019 study, benefits persisted at two years.",
            "The needle site heals within a day or two.",
        ),
    ),
    (
        "an outcome going on for a time",
        FLAG,
        (
            "Healing continues for 60 days in the treated joint.",
            "The regenerative effect goes on for several months after the injection.",
        ),
        (
            "Swelling continues for a few days after the injection.",
            "The study followed patients for two years.",
        ),
    ),
    (
        "a time after which the outcome is had",
        FLAG,
        (
            "Repair takes about a year, after which the patient has new cartilage.",
            "By three months, patients usually notice a clear improvement.",
        ),
        (
            "The trial lasted a year, after which the results were published.",
            "By three months, participants in the study reported improvement.",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"), [(case.id, *case.values) for case in rule_cases(RULES)]
)
def test_a_results_timeline_stated_as_fact(
    name: str, flag: str, sentence: str, raised: bool
) -> None:
    """An outcome of the offer with a time said of it promises a result; the same time
    said of a study, in the past, hedged, of some patients or of soreness does not."""
    assert (flag in red_flags(sentence)) is raised, sentence


# -- Moved from tests/test_redflag_families.py ---------------------------------------------
# Families of red-flag wordings mined from real clinic, vendor and broker pages that are
# in no corpus (issue 14, item 3; the pages and sentences are listed outside the repository
# in the mining notes). Each family is a concept with its synonyms, not one page's sentence:
# every test gives wordings that must raise the flag, and careful wordings (a page that
# discusses the sign, or says it of something else) that must not. Each raising sentence
# was missed before its family was added, so a test fails when its wording is removed.

# -- promised-results -----------------------------------------------------------------

PROMISED = "promised-results"


@each_case(
    ("sentence",),
    [("I expect him to make a full recovery.",), ("Patients can expect a complete recovery.",)],
)
def test_an_expected_full_recovery_is_a_promise(sentence: str) -> None:
    raises(PROMISED, sentence)


def test_an_expectation_denied_is_no_promise() -> None:
    clean(PROMISED, "You should not expect a full recovery from one injection.")


@each_case(
    ("sentence",),
    [
        ("Our knee treatments have a proven track record of less pain and better function.",),
        ("Patients consistently see lasting improvement with SVF.",),
        ("Stem cells give durable relief for arthritic knees.",),
        ("Stem cells are a long-term solution for worn knees.",),
        ("With the same-day procedure, patients get on average eighteen months of relief.",),
        ("Expect several years of relief from one treatment.",),
        ("Patients enjoy a decade of relief.",),
        ("Most knees get a couple of years of relief.",),
    ],
)
def test_results_said_to_be_proven_or_to_last_are_a_promise(sentence: str) -> None:
    raises(PROMISED, sentence)


@each_case(
    ("sentence",),
    [
        # what other treatments fail to give
        ("Steroid injections rarely give lasting relief.",),
        ("Traditional treatments often fail to provide lasting relief.",),
        ("Painkillers fail to offer a long-term solution.",),
        ("Cortisone shots give a few months of relief at best.",),
        ("Shots of hyaluronic acid give a few months of relief.",),
        ("Surgery often gives several years of relief.",),
        ("Physical therapy gives lasting relief to many people with back pain.",),
        # lasting results named as unproven, brief, hedged or forbidden
        ("Evidence of lasting benefit is lacking.",),
        ("There is little evidence of lasting benefit.",),
        ("Lasting relief is rare after these injections.",),
        ("Lasting improvement after these injections remains unproven.",),
        ("The effect brings just a few months of relief.",),
        ("It may offer a long-term solution where ordinary care falls short.",),
        ("These cells can bring lasting improvement.",),
        ("Cells may give you durable relief.",),
        ("Guaranteed results are banned under advertising rules.",),
        ("Beware of clinics that promise lasting relief.",),
        ("Clinics often boast of a proven track record, so ask for published data.",),
    ],
)
def test_lasting_results_said_of_something_else_or_doubted_are_no_promise(sentence: str) -> None:
    clean(PROMISED, sentence)


# -- newerflags1: a timeline said with "inside", and a better life promised to the reader --
# NEWER-A of round newerflags1 promised results in two shapes the list lacked: a time
# said with "inside" ("the benefit inside two weeks"; the timeline rule knew by, in,
# within, after, at, over), and a better quality of life promised with "will" to the
# reader ("it will make your quality of life better"). Made-up wordings; hedged,
# questioned, denied or other treatments' look-alikes stay clean.


@each_case(
    ("sentence",),
    [
        ("Most patients feel the benefit inside two weeks.",),
        ("Inside three months the results are plain to see.",),
        ("The procedure is quick, and it will make your quality of life better.",),
        ("Our injections will improve your quality of life.",),
        ("This therapy will greatly enhance your quality of life.",),
    ],
)
def test_a_timeline_with_inside_or_a_better_life_promised_is_a_promise(sentence: str) -> None:
    raises(FLAG, sentence)


@each_case(
    ("sentence",),
    [
        ("The lab needs inside two weeks to grow the cells.",),
        ("It may improve your quality of life.",),
        ("Will stem cells improve your quality of life?",),
        ("No injection will make your quality of life better overnight.",),
        ("A knee replacement will improve your quality of life, the surgeon says.",),
        ("Pain will make your quality of life worse.",),
    ],
)
def test_a_life_bettered_hedged_asked_or_of_other_care_is_no_promise(sentence: str) -> None:
    clean(FLAG, sentence)


# -- Round newcomer12: a sport in -ing after "back" --------------------------------------
# "Stem cells will get you back on the slopes in six weeks" was found, but the same return
# said with the sport itself was not: "back skiing" (no "to" between) and "back to
# skiing" (skiing in no list). Both are `back-to:` of `data/check/advert_words.yaml`, which
# promised-results reads with a time (`{back-to} ... {days}`), whatever verb brings the
# person back ("get you back", "gets patients back", "will have you back"). The -ing line
# asks for that verb, so "back" the body part ("lower back running injuries") is no return.


@each_case(
    ("sentence",),
    [
        ("Stem cells will get you back on the slopes in six weeks.",),
        ("Our stem cell treatment gets patients back skiing in six weeks.",),
        ("We get you back skiing within six weeks.",),
        ("Our injections will have you back running in a month.",),
        ("Getting patients back snowboarding in six weeks is what we do.",),
        ("Most patients are back to skiing within six weeks of the injection.",),
    ],
)
def test_a_return_to_a_sport_in_ing_with_a_time_is_a_promise(sentence: str) -> None:
    raises(FLAG, sentence)


@each_case(
    ("sentence",),
    [
        ("Lower back running injuries are common in the first six weeks of training.",),
        ("Back training for six weeks strengthens the muscles of the spine.",),
        ("Our stem cells may get you back skiing within six weeks.",),
        ("Will stem cells get you back skiing in six weeks?",),
        ("No injection gets you back skiing in six weeks.",),
        ("A knee replacement gets most people back golfing within six weeks.",),
    ],
)
def test_a_back_that_is_the_body_or_a_return_hedged_asked_denied_or_of_other_care_is_no_promise(
    sentence: str,
) -> None:
    clean(FLAG, sentence)
