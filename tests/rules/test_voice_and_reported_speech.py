"""Whose voice a sentence speaks in: a claim others tell, believe or sell is reported, not
made; a question (answered or not), the reader's own voice, and a shouted call to action,
which is the offer's own voice; a cue of others stops at a contrast word.
"""

from __future__ import annotations

from cases import each_case
from findings import benefits, claim_pair, entries, flag_pair, guarded_pair, raises, red_flags

from stemcell_cli.check.rules.answered_questions import answers_yes, denies
from stemcell_cli.check.rules.reader_voice import ReaderQuestions
from stemcell_cli.check.rules.reported_speech import Reported
from stemcell_cli.check.words.sentences import asks_yes_or_no, split_words, tokens

# -- Moved from tests/test_careful2_rules.py -----------------------------------------------
# A claim that others are telling or selling is reported, not made (round careful2).
#
# The spec's recorded call: a claim reported as someone else's does not show it ("some
# clinics advertise cures"). `reported_speech:` (data/check/advert_words.yaml,
# `check/rules/reported_speech.py`) read the verbs of saying and selling in their base, third-person
# and past forms only ("say", "says", "said"), so the same report in the -ing form, the
# progressive ("athletes are telling the public", "ads keep claiming") or a third party
# with the verb after it ("clinics selling ... for knees, back pain, cancers"), counted as
# the page's own claim. On the careful train pages that do not read as a warning, the
# largest group of false alarms, sorted by sentence structure, was the claim reported as
# someone else's; of its shapes, this one is rare among the hits of the other pages.
#
# "promising" is left out: it is an adjective far more often ("a promising treatment").
# Made-up sentences, each with a look-alike that must still be found.

REGENERATION = "tissue-regeneration"


@each_case(
    ("reported", "made"),
    [
        # the progressive of a verb of telling, a third party its subject
        (
            "Star athletes are telling the public that stem cell shots regenerate cartilage.",
            "Our stem cell injections regenerate cartilage.",
        ),
        (
            "Some doctors keep saying the injections regrow cartilage.",
            "Our doctors keep saying the injections regrow cartilage.",
        ),
        # the progressive of a verb of selling
        (
            "Clinics are selling injections that regenerate cartilage.",
            "We are selling injections that regenerate cartilage.",
        ),
    ],
)
def test_a_claim_others_are_telling_or_selling_is_reported(reported: str, made: str) -> None:
    claim_pair(REGENERATION, reported, made)


def test_sellers_selling_a_list_of_diseases_is_reported() -> None:
    flag_pair(
        "many-conditions",
        "Clinics selling stem cells for knees, back pain, cancers, autism and neuropathy"
        " have sprung up in every town.",
        "Our clinic treats knees, back pain, cancers, autism and neuropathy with stem cells.",
    )


@each_case(("flag",), [("cure-claim",), ("miracle-language",)])
def test_a_cure_others_are_advertising_is_reported(flag: str) -> None:
    flag_pair(
        flag,
        "Marketers are advertising a miracle cure for bad knees.",
        "We are advertising a miracle cure for bad knees.",
    )


def test_promising_is_no_verb_of_telling() -> None:
    # "promising" left out of the list: an adjective far more often than a verb
    assert REGENERATION in benefits(
        "They are a promising treatment that regenerates damaged cartilage."
    )


def test_an_advert_s_own_study_still_counts() -> None:
    assert "high-success-rate" in red_flags("In our clinic's study, 80% of patients improved.")


@each_case(
    ("silent",),
    [
        ("The study found that the injections did not regrow cartilage.",),
        ("Researchers hope the cells could one day repair discs.",),
    ],
)
def test_a_study_s_negative_finding_and_researchers_hopes_stay_silent(silent: str) -> None:
    assert REGENERATION not in benefits(silent)


# -- Moved from tests/test_reported2_rules.py ----------------------------------------------
# A claim told as what others believe, say or were told is not the page's own
# (reported2): `check/rules/reported_speech.py` reads a clause whose subject is a third party
# (patients, people, they, clinics, doctors, an ad, a seminar; `reported_speech: subjects:`) and
# whose verb is one of believing, saying or telling (`reported_speech: verbs:`); what follows
# the verb is reported, not claimed (the spec's recorded call: a claim reported as someone
# else's does not show it). The advert's own voice ("we", "our", "us") still claims, and
# testimonials-as-evidence, which is about the patients' report itself, stays. Made-up
# sentences, each with a look-alike that must still be found.


@each_case(
    ("kind", "entry", "reported", "claimed"),
    [
        # a belief of patients (a survey's kind), and the writer's own belief
        (
            "benefit",
            "tissue-regeneration",
            "Many patients believe the injections will regrow cartilage.",
            "We believe our injections regrow cartilage.",
        ),
        # a seminar's pitch reported by a critic, and what the reader "will be told"
        (
            "red_flag",
            "cure-claim",
            "At the seminar they're told that the cells will cure arthritis.",
            "You will be told the truth: this cures arthritis.",
        ),
        # a reader's letter, and the clinic's own doctor
        (
            "benefit",
            "tissue-regeneration",
            "The doctor says my cartilage will regrow. Is that correct?",
            "Our doctor says your cartilage will regrow.",
        ),
        # what a seminar promised, and doctors agreeing in the advert's voice
        (
            "red_flag",
            "no-risk-claim",
            "The seminar promised that the injections were completely safe.",
            "Doctors agree the injections are completely safe.",
        ),
        # a study's count of what clinics stated
        (
            "red_flag",
            "no-risk-claim",
            "Fifteen per cent of clinics stated that their therapies posed no risk.",
            "Our therapies pose no risk.",
        ),
        # a belief others are led into (a data cue)
        (
            "benefit",
            "fewer-side-effects",
            "Spokespersons could lead others to see the therapies as safe and effective.",
            "Our therapies are safe and effective.",
        ),
        # a third party's belief, and the advert's assurance ("can" before the verb)
        (
            "red_flag",
            "promised-results",
            "Many patients believe they can expect a complete recovery.",
            "Patients can expect a complete recovery.",
        ),
        # the report ends where the advert's own voice takes over
        (
            "benefit",
            "tissue-regeneration",
            "Many people think the cells regrow cartilage.",
            "Many people think surgery is the only way, but our cells regrow cartilage.",
        ),
    ],
)
def test_a_claim_a_third_party_is_said_to_hold_is_reported(
    kind: str, entry: str, reported: str, claimed: str
) -> None:
    """A claim after a third party's verb of believing, saying or telling is not the
    advert's; said by the writer, to the reader, by "our" doctor, with a verb of the
    list missing ("agree") or after a "but ... our", it still is."""
    guarded_pair(kind, entry, reported, claimed)


@each_case(
    ("sentence",),
    [
        ("Patients tell us their pain is gone.",),
        ("Our patients say they are back on the court.",),
        ("Patients say their pain is gone after one injection.",),
    ],
)
def test_testimonials_stay_the_reports_they_are(sentence: str) -> None:
    """Patients' reports offered as proof are testimonials-as-evidence, reported or not:
    the rule keeps that flag, which is about the report itself."""
    assert "testimonials-as-evidence" in red_flags(sentence), sentence


def test_the_advert_that_patients_tell_keeps_its_claims() -> None:
    """Patients who "tell us" and "our patients" speak in the advert's voice: its claims
    stand."""
    assert "tissue-regeneration" in benefits("Our patients say the injections regrow cartilage.")
    assert "tissue-regeneration" in benefits("Patients tell us the injections regrow cartilage.")


def _span(reader: Reported, sentence: str) -> tuple[int, int] | None:
    words = split_words(sentence)
    folded = [word.casefold() for word in words]
    if not reader.may_report(folded):
        return None
    return reader.reported_span(folded, tokens(sentence, 0, words))


def test_the_report_reaches_from_its_subject_to_a_turn() -> None:
    """The span runs from the third party to the end of the sentence, or to the first
    word after the verb that turns it ("but") or speaks in the advert's voice."""
    reader = Reported(
        [frozenset({"patients", "they"})], [frozenset({"say", "told"})], [frozenset({"our"})]
    )
    assert not reader.may_report(["patients", "improve"])
    # the third party too far before the verb to be its subject
    assert not reader.may_report(["patients", "improve", "as", "the", "paper", "and", "ads", "say"])
    assert _span(reader, "Most patients say it works") == (1, 5)
    assert _span(reader, "Patients say it works, but our cells heal") == (0, 4)
    assert _span(reader, "Our patients say it works") is None
    # the advert's voice right after the verb: "patients tell us", "patients say our ..."
    assert _span(reader, "Patients say our cells heal") is None
    # the subject in another clause is no subject of the verb
    assert _span(reader, "They came, and said it works") is None
    assert _span(reader, "They are often told it works") == (0, 6)
    # a report closed on a pronoun ends with its clause
    assert _span(reader, "Patients say so: it works") == (0, 3)


# -- Moved from tests/test_voice2_rules.py -------------------------------------------------
# A cure or a miracle asked in the reader's own voice is no warning sign (voice2): the
# rule of `check/rules/reader_voice.py`. A yes/no question raises no cure-claim or miracle-language
# unless one of its words speaks in the seller's voice (`reader_questions:`: "you", "your",
# "we", "our" ...): "Can stem cell injections cure my osteoarthritis?" and "Is there a cure
# for thumb arthritis?" are what a reader asks (an FAQ's heading, a post's opening, which
# the page then answers), while "Can stem cells cure your knee pain?" is a seller's pitch
# put to the reader. The spec's recorded call: a question is borderline at most.
# Made-up sentences, each with a look-alike that must still be found.


@each_case(
    ("asked", "pitched"),
    [
        (
            "Can stem cell injections cure my osteoarthritis?",
            "Can stem cell injections cure your osteoarthritis?",
        ),
        ("Is there a cure for thumb arthritis?", "Is there a cure for your thumb arthritis?"),
        ("Can knee arthritis be cured?", "Can your knee arthritis be cured?"),
        ("Will I be pain free forever after the injection?", "Will you be pain free forever?"),
        ("Is stem cell therapy a cure for arthritis?", "Our stem cell therapy is a cure."),
        ("Q: Can my knee be good as new again?", "Q: Can we make your knee good as new?"),
        ("Do stem cells cure arthritis?", "Yes, stem cells cure arthritis."),
    ],
)
def test_a_cure_asked_in_the_readers_voice_is_no_cure_claim(asked: str, pitched: str) -> None:
    """A yes/no question with no word of the seller's voice asks; put to the reader
    ("your", "you"), said as the page's own ("we"), or said outright, it claims."""
    flag_pair("cure-claim", asked, pitched)


@each_case(
    ("asked", "pitched"),
    [
        (
            "Is stem cell therapy a miracle for knee pain?",
            "Is stem cell therapy the miracle your knees need?",
        ),
        (
            "Are these injections a breakthrough?",
            "Could this be the breakthrough we have been waiting for?",
        ),
    ],
)
def test_a_miracle_asked_in_the_readers_voice_is_no_miracle_language(
    asked: str, pitched: str
) -> None:
    flag_pair("miracle-language", asked, pitched)


@each_case(
    ("flag", "sentence"),
    [
        # not yes/no questions: a seller's rhetorical question, an elliptic one
        ("cure-claim", "Why live with pain when you can cure it?"),
        ("cure-claim", "Ready for a permanent cure?"),
        ("cure-claim", "How do stem cells cure arthritis?"),
        # the spec's "no way to reverse ... until now", and a push said outright
        ("cure-claim", "There was no way to reverse arthritis until now."),
        ("miracle-language", "There was no way to reverse arthritis until now."),
        ("cure-claim", "Don't wait, cure your knee pain today."),
        # a question's answer is the page's own claim
        ("cure-claim", "Will stem cells cure my knee? Yes, our cells cure knee arthritis."),
        # a question a seller puts to the reader, the plight then named
        ("cure-claim", "Are you ready to be pain free forever?"),
    ],
)
def test_a_cure_or_miracle_outside_the_readers_question_is_still_found(
    flag: str, sentence: str
) -> None:
    raises(flag, sentence)


def test_other_warning_signs_take_no_readers_voice() -> None:
    """Only the entries of `reader_questions:` take the rule: a push to hurry asked in
    the reader's voice still counts ("Is this offer for a limited time only?" is no
    entry of it, and urgency is not stated_only)."""
    raises("urgency-pressure", "Should I book now, while only 3 spots are left?")


def test_only_an_entry_given_words_of_the_sellers_voice_takes_the_rule() -> None:
    """`ReaderQuestions` alone: an entry given no words of the seller's voice keeps its
    findings in any question; the words are compared as written, in small letters."""
    questions = ReaderQuestions({"cure-claim": [frozenset({"you", "your"})]})
    assert questions.asked("cure-claim", ["Can", "it", "cure", "my", "knee"])
    assert not questions.asked("cure-claim", ["Can", "it", "cure", "YOUR", "knee"])
    assert not questions.asked("miracle-language", ["Is", "it", "a", "miracle"])
    assert not ReaderQuestions({})


# -- Moved from tests/test_butscope1_rules.py ----------------------------------------------
# A cue of others stops at a contrast word that gives the advert its voice back
# (round butscope1).
#
# A cue of `not_asserting:` ("some clinics sell", "many clinics offer", "clinics claim")
# says that what follows it in its sentence is others' claim, not the advert's. A contrast
# word ("but", "however", "yet", "whereas", "while", "although", "though") whose clause
# opens in the advert's own voice (a word of `reported_speech: keepers:`, "we", "our", "us",
# right after it) starts a new clause whose claim the spec counts: "Some clinics sell
# steroid shots, but our stem cells cure arthritis". A contrast whose clause is not the
# advert's ("but the evidence is thin", "but they ...") leaves the cue as it was.
# Made-up sentences, each with a look-alike that must still be found or stay silent.

CURE = "cure-claim"

REGROWTH = "tissue-regeneration"


@each_case(
    ("others", "own"),
    [
        (
            "Clinics claim their cells cure arthritis, but the evidence is thin.",
            "Some clinics sell steroid shots, but our stem cells cure arthritis.",
        ),
        (
            "Many clinics offer a real cure, but they rarely show any data.",
            "Many clinics offer steroid shots, but we offer a real cure.",
        ),
        (
            "Some clinics promise a cure for arthritis; yet the trials say otherwise.",
            "Some clinics promise pain relief, yet our cells cure arthritis.",
        ),
        (
            "Many clinics sell shots that cure arthritis, whereas the evidence is thin.",
            "Many clinics sell steroid shots, whereas we cure arthritis for good.",
        ),
        # a second cue after the advert's voice is back is others' again
        (
            "Many clinics sell steroid shots, but we know some clinics promise a cure.",
            "Many clinics sell steroid shots, but we know our cells cure arthritis.",
        ),
    ],
)
def test_a_cure_after_but_in_the_adverts_voice_is_its_own(others: str, own: str) -> None:
    flag_pair(CURE, others, own)


def test_regrowth_after_however_in_the_adverts_voice_is_its_own() -> None:
    claim_pair(
        REGROWTH,
        "Some sellers say the cells regrow cartilage; however, no trial shows it.",
        "Some clinics sell steroid shots. However, our cells regrow cartilage.",
    )


def test_regrowth_after_however_and_our_in_one_sentence() -> None:
    claim_pair(
        REGROWTH,
        "Some clinics sell shots that regrow cartilage, however the trials disagree.",
        "Some clinics sell steroid shots, however our cells regrow cartilage.",
    )


# -- Moved from tests/test_question1_rules.py ----------------------------------------------
# Round question1: a yes/no question after a lead-in is a question, for every flag.
#
# A yes/no question whose verb opens it ("Is it FDA approved?") is what a careful reader
# asks, not the page's claim (docs/matcher.md, questions). The same question after a
# lead-in clause that ends in a comma ("For my specific condition, is this therapy
# FDA-approved?", "If I have arthritis, will stem cells cure it?") is a question too
# (`sentences.asks_yes_or_no`). A colon is not taken yet: on train it read an FAQ's
# "Question: Will ...?" as a question, whose "yes" is in the next paragraph. A question
# answered yes in its next sentence is still the page's claim (`check/rules/answered_questions.py`),
# and a statement after a question that is no yes/no question ("Tired of pain?", "Why wait?",
# "Who is a candidate?") still counts. Made-up sentences, never a page's; each lead-in
# question raised its finding before.


@each_case(
    ("text", "entry"),
    [
        ("For my specific condition, is this therapy FDA-approved?", "fda-status-claim"),
        ("Before you travel, is the lab FDA registered?", "fda-status-claim"),
        ("If I have arthritis, will stem cells cure it?", "cure-claim"),
        ("Before you pay, does the clinic guarantee results?", "promised-results"),
        ("For knees, are your own cells safe?", "own-cells-so-safe"),
        ("Before treatment, can PRP reduce the inflammation in my knee?", "reduced-inflammation"),
        ("For my knees, can stem cells help me avoid knee surgery?", "avoid-surgery"),
    ],
)
def test_a_question_after_a_lead_in_is_a_question(text: str, entry: str) -> None:
    """The question's verb after a lead-in that ends in a comma: no claim."""
    assert entry not in entries(text), text


@each_case(
    ("text", "entry"),
    [
        # answered yes: the page's claim (answers)
        ("For knees, is it effective? Yes, our cells regrow cartilage.", "tissue-regeneration"),
        ("For knees, can stem cells help me avoid knee surgery? Yes.", "avoid-surgery"),
        (
            "For my knee, are stem cells from your own body safe? Yes, completely.",
            "own-cells-so-safe",
        ),
        # a statement after a question that is no yes/no question
        ("Tired of pain? Our stem cells cure arthritis.", "cure-claim"),
        ("Why wait? Book now, only 3 spots left.", "urgency-pressure"),
        (
            "Who is a candidate? Anyone with knee pain can avoid surgery with our injections.",
            "avoid-surgery",
        ),
        # a seller's lead-in about the reader after a lead-in is no question either
        ("With knee pain, are you tired of waiting? Our stem cells cure arthritis.", "cure-claim"),
        # a cure asked in the seller's voice still counts (voice)
        ("For knee pain, can our stem cells cure you?", "cure-claim"),
    ],
)
def test_look_alikes_are_still_found(text: str, entry: str) -> None:
    """An answered question, and statements near questions, keep their finding."""
    assert entry in benefits(text) | red_flags(text), text


@each_case(
    ("sentence", "asks"),
    [
        ("For my specific condition, is this therapy FDA-approved", True),
        ("For knee, hip and back pain, does it work", True),
        ("For knees, and above all, is it safe", True),
        ("Is it FDA approved", True),
        ("Tired of pain", False),
        ("Who is a candidate", False),
        ("In India, how can stem cells cure arthritis", False),
        ("With knee pain, are you suffering every day", False),
    ],
)
def test_asks_yes_or_no_reads_a_lead_in(sentence: str, asks: bool) -> None:
    """The verb may follow a lead-in that ends in a comma, not a wh-word."""
    assert asks_yes_or_no(split_words(sentence), sentence) is asks, sentence


# -- Moved from tests/test_answered1_rules.py ----------------------------------------------
# Round answered1: a question the page answers in its next sentence is the page's claim.
#
# A yes/no question ("Is it safe?") or a "whether" clause raises no claim alone (the spec:
# a question is borderline at most). But an advert often asks the reader's question and
# answers it at once: answered yes ("Yes", "Absolutely", "The answer is now yes", "In
# many cases, yes"), what the question holds is the page's own claim
# (`check/rules/answered_questions.py`). A question that asks whether an operation is the only way
# ("Is surgery my only option?", "Do I need surgery?") answered with a denial ("No.", "Not
# necessarily", "Not anymore") sets the operation aside: avoid-surgery. Answered "No", "Not yet",
# "It depends", hedged ("Possibly, but ..."), or not answered, the question stays a question.
# Made-up sentences, never a page's; each claim here was missed before the rule.


@each_case(
    ("text", "claim"),
    [
        ("Can stem cells help me avoid knee surgery? The answer is now yes.", "avoid-surgery"),
        ("Can our injections help you avoid a hip replacement? Yes.", "avoid-surgery"),
        (
            "Will the cells regrow my cartilage? Absolutely, in most patients.",
            "tissue-regeneration",
        ),
        (
            "Patients often ask whether stem cells can help them avoid knee surgery. "
            "In many cases the answer is yes.",
            "avoid-surgery",
        ),
        ("Can PRP reduce the inflammation in my knee? Definitely.", "reduced-inflammation"),
        # a yes that goes on is still a yes
        (
            "Can stem cells help me avoid a hip replacement? Yes, but the first step is an "
            "accurate diagnosis.",
            "avoid-surgery",
        ),
    ],
)
def test_a_question_answered_yes_is_the_pages_claim(text: str, claim: str) -> None:
    """The question's claim stands when the very next sentence answers it yes."""
    assert claim in benefits(text), text


@each_case(
    ("text",),
    [
        ("Wondering whether your own cells are safe? Absolutely.",),
        ("Are stem cells from your own body safe? Yes, completely.",),
    ],
)
def test_a_stated_only_flag_answered_yes_is_raised(text: str) -> None:
    """A warning sign a question does not raise (`stated_only:`) is raised when the
    page answers the question yes."""
    assert "own-cells-so-safe" in red_flags(text), text


@each_case(
    ("text",),
    [
        ("Does that leave surgery as your only option? Not necessarily.",),
        ("Is surgery my only option? No.",),
        ("Is your only choice a knee replacement? Not anymore.",),
        ("Do I need knee surgery? Not necessarily.",),
    ],
)
def test_an_only_way_question_denied_sets_the_operation_aside(text: str) -> None:
    """Asked whether an operation is the only way and answered no: avoid-surgery."""
    assert "avoid-surgery" in benefits(text), text


@each_case(
    ("text",),
    [
        # answered no, not yet, not known, or hedged
        ("Can stem cells help me avoid knee surgery? No.",),
        ("Can stem cells help me avoid knee surgery? Not yet.",),
        ("Can stem cells help me avoid knee surgery? We don't know.",),
        ("Can stem cells help me avoid knee surgery? It depends.",),
        ("Can stem cells help me avoid knee surgery? The evidence is unclear.",),
        ("Can stem cells help me avoid knee surgery? Possibly, but the trials are small.",),
        # asked with no answer after it
        ("Can stem cells help me avoid knee surgery?",),
        ("Can stem cells help me avoid knee surgery? Ask your surgeon.",),
        ("Patients ask whether stem cells can help them avoid knee surgery. Few trials say.",),
        # a careful page: a critic asks and answers no
        ("Are stem cells from your own body safe? No, not when a clinic cultures them.",),
        ("Are stem cells from your own body safe?",),
        # an only-way question answered yes, or a denial of another question
        ("Is surgery my only option? Yes, for a torn ligament like yours.",),
        ("Is the surgery painful? No.",),
        # an only-way question with no answer
        ("Is surgery my only option? Talk to your surgeon.",),
    ],
)
def test_look_alikes_stay_silent(text: str) -> None:
    """A question answered no, not yet or with a hedge, or not answered, claims nothing."""
    assert "avoid-surgery" not in benefits(text), text
    assert "own-cells-so-safe" not in red_flags(text), text


@each_case(
    ("answer", "yes", "denial"),
    [
        (" Yes.", True, False),
        (" Absolutely, in most patients.", True, False),
        (" In many cases the answer is yes, but the first step is a diagnosis.", True, False),
        (" For carefully chosen patients the answer is now yes: two routes exist.", True, False),
        (" In many cases, yes.", True, False),
        (" In fact, the answer is no.", False, False),
        (" The answer is not yet known.", False, False),
        (" Possibly, but the trials are small.", False, False),
        (" In the clinic we use your own cells.", False, False),
        (" No.", False, True),
        (" Not necessarily.", False, True),
        (" Not yet.", False, False),
        (" No one knows.", False, False),
        (" Nothing is certain.", False, False),
    ],
)
def test_what_opens_an_answer(answer: str, yes: bool, denial: bool) -> None:
    """`answered_questions.answers_yes` and `.denies` read only the answer's opening words."""
    assert answers_yes(answer) is yes, answer
    assert denies(answer) is denial, answer


# -- Moved from tests/test_shout1_rules.py -------------------------------------------------
# A shouted call to action is the offer's own voice (round shout1).
#
# Round fixes1 made "US" in capitals the country, never the pronoun "us", so "the US Food
# and Drug Administration" is not the offer's word. A button's text is often in capitals:
# "CALL US NOW", "CONTACT US TODAY", "EMAIL US" are the offer's voice. "US" is read from its
# neighbours (`sentences.split_words`): the pronoun after a word in capitals that is not
# one the country goes with (a shouted line), before one at a sentence's start, or after a
# verb of contact in any case ("Call US", "email US"); otherwise it stays the country.
# Made-up sentences, each with a look-alike that must keep its reading.


@each_case(
    ("shouted", "entry"),
    [
        # a ban at home set beside the page's own place (`{we-here} ~ {banned-at-home}`)
        ("CONTACT US: these cells are illegal in Canada.", "medical-tourism"),
        ("CONTACT US TODAY: these cells are illegal in Canada.", "medical-tourism"),
        ("Email US: these cells are illegal in Canada.", "medical-tourism"),
        # a rule told, kept by the offer's word in its sentence (regvocab1's `told`)
        ("The FDA regulates HCT/Ps under section 361, so CALL US NOW.", "fda-status-claim"),
    ],
)
def test_a_shouted_call_is_the_offers_word(shouted: str, entry: str) -> None:
    """A shouted call to action keeps the finding, as its small letters always did."""
    assert entry in entries(shouted), shouted
    assert entry in entries(shouted.replace("US", "us")), shouted


@each_case(
    ("country",),
    [
        ("The US FDA says these cells are illegal in Canada.",),
        ("US patients say these cells are illegal in Canada.",),
        ("THE US FDA says these cells are illegal in Canada.",),
    ],
)
def test_the_country_stays_the_country(country: str) -> None:
    """The country "US" before its nouns, even after a word in capitals, stays silent."""
    assert "medical-tourism" not in entries(country), country


@each_case(
    ("sentence", "word"),
    [
        ("CALL US NOW for a free consultation", "us"),
        ("CONTACT US", "us"),
        ("US TODAY", "us"),
        ("Call US today", "us"),
        ("Let US help", "us"),
        ("the US Food and Drug Administration", "US"),
        ("US patients travel to Mexico", "US"),
        ("THE US FDA HAS NOT APPROVED", "US"),
        ("US FDA", "US"),
        # an abbreviation before it, then small letters: no shouted line
        ("the AP/US News & World Report", "US"),
        ("Email us", "us"),
    ],
)
def test_the_words_read_us_from_its_neighbours(sentence: str, word: str) -> None:
    """The tokenizer gives the shouted pronoun as "us", the country as written."""
    words = split_words(sentence)
    assert word in words, words
    assert ("US" in words) == (word == "US"), words


# -- Moved from tests/test_cure4_rules.py --------------------------------------------------
# A cure reported as others' words or goods is no cure-claim (round cure4).
#
# The spec (benchmarks/adverts/README.md) reads cure-claim as the offer said to cure, and
# its recorded call on reported speech says a claim reported as someone else's is not the
# page's own: "a cure that others sell reported by a careful page" is not the sign. The
# reported-speech readers already knew the seller's frame ("touted as", "marketed as"),
# third parties with a verb of saying or selling ("clinics sell cures", "doctors say") and
# an aside that disowns its sentence ("the cells, it is claimed, rebuild discs"). Three
# shapes of the same structure were missing, all on careful train pages of the first runs
# (do05's three still-firing lines; ch01 and ey10 use the praise frame too):
#
# - a thing praised by others as a cure: "hailed as", "praised as", "lauded as",
#   "heralded as", "acclaimed as" (`not_asserting:`, beside "touted as");
# - "those" as the third party that sells or says ("those who sell miracle cures")
#   (`reported_speech: subjects:`);
# - "argue" as a verb of saying, after its subject ("some doctors argue that ...") and in
#   an aside ("if there truly were a cure, they argue, ...") (`reported_speech: verbs:` and
#   `sentences._DISOWNING_ASIDE`).
#
# Made-up sentences, each with a look-alike in the advert's own voice that must still be
# found.


CURE_CURE4 = "cure-claim"


@each_case(
    ("reported", "claimed"),
    [
        (
            "For decades stem cell treatment has been praised as the cure for every ill.",
            "For decades our stem cell treatment has been the cure for every ill.",
        ),
        (
            "Stem cells are hailed as a cure for arthritis in the tabloids.",
            "Stem cells are a cure for arthritis, our doctors say.",
        ),
        (
            "The injections were heralded as a permanent cure for back pain.",
            "Our injections are a permanent cure for back pain.",
        ),
        (
            "Clinics have lauded stem cells as the cure for worn knees.",
            "Clinics like ours use stem cells as the cure for worn knees.",
        ),
    ],
)
def test_a_cure_praised_by_others_is_reported(reported: str, claimed: str) -> None:
    flag_pair(CURE_CURE4, reported, claimed)


@each_case(
    ("reported", "claimed"),
    [
        (
            "If you believe those who sell miracle cures, stem cells cure every disease.",
            "Believe us: we sell the miracle cure, and stem cells cure every disease.",
        ),
        (
            "Those who sell stem cell shots promise to cure arthritis for good.",
            "Our stem cell shots cure arthritis for good.",
        ),
    ],
)
def test_a_cure_those_others_sell_is_reported(reported: str, claimed: str) -> None:
    flag_pair(CURE_CURE4, reported, claimed)


@each_case(
    ("reported", "claimed"),
    [
        (
            "If there truly were a cure for these diseases, they argue, the drug industry"
            " would have brought it to market long ago.",
            "There truly is a cure for these diseases, and we have brought it to market.",
        ),
        (
            "Stem cells, some doctors argue, cure arthritis.",
            "Stem cells, we argue, cure arthritis.",
        ),
        (
            "Some doctors argue that stem cells cure arthritis.",
            "Our doctors argue that stem cells cure arthritis.",
        ),
    ],
)
def test_a_cure_others_argue_for_is_reported(reported: str, claimed: str) -> None:
    flag_pair(CURE_CURE4, reported, claimed)


# -- Round forward1 ------------------------------------------------------------------------
# Rules built from the first runs of the older two thirds of the series and judged on the
# newer third's train pages (benchmarks/adverts/ROUNDS.md, round forward1).
#
# - Verbs of writing and boasting are verbs of saying (`reported_speech: verbs:`,
#   `sentences._DISOWNING_ASIDE`): what a third party writes, boasts or insists is
#   reported, in a clause ("promoters write that ...") and in an aside (", they write,");
#   the advert's own "we write", "we insist" and "our clinic boasts" still claim.
# - A question in the reader's own first person asks, whatever its form (`sentences.
#   asks_in_first_person`, `spans._NOT_ASKED_BY_READER`): "How soon can I run again?"
#   heads an FAQ and tells no patient's story; "I'm pain free now" still does. "Am" opens
#   a yes/no question like "is" and "are".


@each_case(
    ("flag", "reported", "claimed"),
    [
        (
            "miracle-language",
            "StemEnhance, they write, is a breakthrough, a natural extract that supports wellness.",
            "StemEnhance, we write, is a breakthrough, a natural extract that supports wellness.",
        ),
        (
            "cure-claim",
            "Stem cells, the brochure wrote, cure arthritis for good.",
            "Stem cells, we write, cure arthritis for good.",
        ),
        (
            "high-success-rate",
            "Clinics boast success rates of 90%.",
            "Our clinic boasts a success rate of 90%.",
        ),
        (
            "cure-claim",
            "Some doctors insist stem cells cure arthritis.",
            "Our doctors insist stem cells cure arthritis.",
        ),
    ],
)
def test_what_others_write_or_boast_is_reported(flag: str, reported: str, claimed: str) -> None:
    flag_pair(flag, reported, claimed)


@each_case(
    ("asked", "told"),
    [
        ("How long until I am pain free?", "I'm pain free now."),
        (
            "When can I walk again without pain?",
            "After the injection I can walk again without pain.",
        ),
        ("How soon can I run again?", "Thanks to the injections I can run again."),
        ("When will I be back at work?", "Two weeks later I was back at work."),
    ],
)
def test_a_question_in_the_readers_first_person_tells_no_story(asked: str, told: str) -> None:
    flag_pair("testimonials-as-evidence", asked, told)


def test_am_opens_a_yes_or_no_question() -> None:
    assert asks_yes_or_no(split_words("Am I a good candidate for stem cell therapy?"))
    assert not asks_yes_or_no(split_words("I am a good candidate for stem cell therapy?"))
