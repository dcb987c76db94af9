"""The fewer-side-effects claim, and the red flags no-risk-claim and own-cells-so-safe beside
it: the offer said safe, low-risk or with few side effects, the cells said safe because
they are the patient's own, and the sentences that only talk about safety: safety said
of something else, asked, required, kept as a purpose, of a class a standard defines,
as a topic, and whose cells are said safe.
"""

from __future__ import annotations

from cases import each_case
from findings import CATALOG, benefits, clean, found, raises, red_flags, rule_cases

from stemcell_cli.check.matching import wordings
from stemcell_cli.check.matching.findings import GUARD
from stemcell_cli.check.rules import two_sentence_signs
from stemcell_cli.check.words.asides import gap_reach
from stemcell_cli.check.words.sentences import follows_on, word_places

# -- Moved from tests/test_safety1_rules.py ------------------------------------------------
# Safety said of something that is not the offer (round safety1, `check/rules/claim_subjects.py`'s
# `glossed`, read by `rival_treatments.Rivals`).
#
# The spec (benchmarks/adverts/README.md, benefits): fewer-side-effects is the advert's
# claim that ITS treatment is safe or has fewer side effects or risks. The first runs' and
# today's train false alarms of fewer-side-effects (benchmarks/adverts/first-runs/
# *-misses.txt, train pages) include safety words in a gloss of another thing: a placebo
# "(a harmless dummy injection)", a saline control ", which is harmless". A gloss, an aside
# in brackets or a clause opened by "which" after a comma, says what the noun before it
# is: what it says is said of that noun, so a rival treatment or the control arm of a
# trial there takes the claim, as a rival that is the subject of the claim's clause does.
# Each test gives made-up wordings, never a page's sentence, and look-alikes that must
# still be found.

SAFETY = "fewer-side-effects"


@each_case(
    ("said_of_another",),
    [
        # the control arm of a trial, glossed in brackets or by a "which" clause
        ("Half the patients got a placebo (a harmless dummy injection) to compare results.",),
        ("The control group received a saline injection, which is harmless.",),
        ("Each knee got either cells or a sham injection (free of side effects).",),
        # a rival treatment glossed
        ("Patients had tried cortisone shots, which are safe for most people.",),
        ("Many had used painkillers (low risk in the short term) before they came.",),
        # the control arm or a rival as the subject of the safety word's clause
        ("The placebo injections were safe and well tolerated.",),
    ],
)
def test_safety_glossed_on_another_thing_is_no_claim(said_of_another: str) -> None:
    assert SAFETY not in benefits(said_of_another), said_of_another


@each_case(
    ("claim",),
    [
        ("Our injections are safe and have no side effects.",),
        ("Stem cell therapy is safer than surgery.",),
        ("It uses your own cells, so there is no risk of rejection.",),
        ("PRP has minimal side effects compared with steroids.",),
        # a gloss of the offer keeps its claim
        ("We offer PRP (a safe option with no side effects) for knee pain.",),
        ("Our clinic uses your own stem cells, which are safe.",),
        ("Unlike a placebo, our injections are safe and effective.",),
        ("Stem cells (harmless to the body) are injected into the knee.",),
        ("Compared with cortisone shots, which thin the cartilage, our PRP is safe.",),
    ],
)
def test_safety_of_the_offer_is_still_found(claim: str) -> None:
    assert SAFETY in benefits(claim), claim


# -- Moved from tests/test_safety2_rules.py ------------------------------------------------
# Safety asked about, made a condition, required or awaited is no safety claim (round
# safety2, `check/rules/hopes.py`, CONDITIONS).
#
# The spec (benchmarks/adverts/README.md, benefits): fewer-side-effects is the advert's
# claim that ITS treatment is safe or has fewer side effects or risks than the alternatives.
# Round safety1 sorted the train and first-run false alarms of fewer-side-effects by what the
# safety word is said of: the largest group is safety as a question, a condition, a
# requirement or a hope, not a property the advert gives its offer ("ask whether it is
# safe", "if they are safe", "until they are shown to be safe", "treatments must be safe",
# "some will prove safe"). The structure read: the safety word is the predicate (right after
# a verb to be or "prove") of a clause opened by "if", "whether", "until", "unless", "must"
# or "need to", with no comma between; or it comes right after "will prove" or "would
# prove", an outcome still to come. Each test gives made-up wordings, never a page's
# sentence, and look-alikes that must still be found.

NO_RISK = "no-risk-claim"


@each_case(
    ("asked",),
    [
        # a question put in a statement
        ("Patients want to know if the injections are safe.",),
        ("Ask your doctor if it is safe for you.",),
        ("Nobody can say yet if these cells are safe for the knee.",),
        # a condition: the safety is supposed, not said
        ("If the cells do work and are safe, trials will show it.",),
        ("If it is safe and effective, regulators will approve it.",),
        ("Clinics should wait until the injections are proven to be safe.",),
        ("Do not offer the cells to patients unless they are shown to be safe.",),
        # required: what a treatment has to be
        ("Any new treatment must be safe and effective before it is sold.",),
        ("Stem cell products need to be safe for their intended use.",),
        # awaited: an outcome still to come
        ("Some of these therapies will prove safe and effective; others will fail.",),
    ],
)
def test_safety_asked_supposed_or_awaited_is_no_claim(asked: str) -> None:
    assert SAFETY not in benefits(asked), asked


def test_an_absolute_asked_about_is_no_no_risk_claim() -> None:
    assert NO_RISK not in red_flags("Ask the clinic if they are completely safe.")


@each_case(
    ("claim",),
    [
        # the question answered: the answer is the page's own claim
        ("Is it safe? Yes, our injections are safe and have no side effects.",),
        ("It is safe because it uses your own cells.",),
        ("A safe alternative to surgery.",),
        ("Our stem cell injections are proven safe.",),
        # a condition past a comma: the main clause claims
        ("If your knees hurt, it is safe and effective.",),
        ("Even if you are older, the procedure is safe.",),
        # safety that qualifies a noun in the condition is no question asked
        ("If you want a safe alternative to surgery, call us today.",),
        ("If you have tried everything, this safe treatment may help.",),
        # expected, not required: "should" is left alone
        ("You should be safe with our injections.",),
        # proven, not still to prove
        ("Our cells have proved safe in thousands of patients.",),
    ],
)
def test_safety_said_of_the_offer_is_still_found(claim: str) -> None:
    assert SAFETY in benefits(claim), claim


def test_an_absolute_said_of_the_offer_is_still_a_no_risk_claim() -> None:
    assert NO_RISK in red_flags("Is it risky? No: our injections are completely safe.")


# -- Moved from tests/test_safety3_rules.py ------------------------------------------------
# Safety kept as a purpose is no safety claim (round safety3, `check/rules/hopes.py`, PURPOSE).
#
# The spec (benchmarks/adverts/README.md, benefits): fewer-side-effects is the offer said to
# be safe, low-risk or with few side effects. Round safety3 sorted today's train false alarms
# of fewer-side-effects and the first runs' train diagnoses by what the safety word is said
# of; the largest group with one structure is safety as a purpose: an infinitive of keeping
# ("to keep", "to stay", "to remain") whose object is kept safe ("rules meant to keep you
# safe", "to keep things safe, the first steps are ..."). The safe one is the object kept,
# a person or things, and the sentence says what something aims at, not that the offer is
# safe (the recorded call of flags8: safety as the purpose of a step shows no warning sign).
# The structure read: the safety word comes at most PURPOSE_REACH words after "to keep",
# "to stay" or "to remain", with no comma between. Each test gives made-up wordings, never a
# page's sentence, and look-alikes that must still be found.


@each_case(
    ("purpose",),
    [
        # what a rule or a step is for
        ("The new law is meant to keep patients safe.",),
        ("Regulators set these limits to keep you safe.",),
        ("To keep things safe, doctors start with exercise and weight loss.",),
        # the reader's own aim
        ("Wash your hands often to stay safe after the injection.",),
        ("Here is how to remain safe while you recover from knee surgery.",),
        # the object kept, then the safety word
        ("Screening exists to keep every patient safe and healthy.",),
    ],
)
def test_safety_kept_as_a_purpose_is_no_claim(purpose: str) -> None:
    assert SAFETY not in benefits(purpose), purpose


def test_an_absolute_kept_as_a_purpose_is_no_no_risk_claim() -> None:
    assert NO_RISK not in red_flags("Every rule is there to keep you completely safe.")


@each_case(
    ("claim",),
    [
        # the brief's look-alikes: the offer said to be safe
        ("Our injections are safe and have few side effects.",),
        ("A safe alternative to surgery.",),
        ("Our cells are safer than a knee replacement.",),
        ("There is minimal risk, because we use your own cells.",),
        # a purpose that does not keep the safety: the claim stands past it
        ("We came here to keep you moving, and our injections are safe.",),
        ("To keep costs down, we offer a safe injection in the office.",),
        # "to" that is no infinitive of keeping
        ("A safe and natural path to recovery.",),
        # keeping said of the offer, not a purpose
        ("Your own cells keep you safe from rejection.",),
        # the writer's own word ends the reach, as for every hope (`hope_ends:`)
        ("We screen every donor to keep our patients safe.",),
        ("Switch to a safer option with no side effects.",),
    ],
)
def test_safety_said_of_the_offer_is_still_found_safety3(claim: str) -> None:
    assert SAFETY in benefits(claim), claim


# -- Moved from tests/test_safety4_rules.py ------------------------------------------------
# Safety of a class a standard defines is no safety claim (round safety4, `check/rules/hopes.py`,
# RELATIVE).
#
# The spec (benchmarks/adverts/README.md, benefits): fewer-side-effects is the offer said to
# be safe, low-risk or with few side effects. Round safety3 left, among the train false
# alarms of fewer-side-effects, a group with one structure: safety said inside a relative
# clause on a plural kind of care ("procedures that have shown safety", "treatments that
# work, are safe"). The clause defines a class by a standard, whatever meets it, and says
# nothing of the offer. The structure read: a plural kind of care followed by "that" or
# "which" takes a finding right after it or after auxiliaries only, with no comma between,
# or one said as a predicate (past commas only right after one), unless a word of the writer's
# own ("we", "our") stands before it. Each test gives made-up wordings, never a page's
# sentence, and look-alikes that must still be found.


@each_case(
    ("standard",),
    [
        # a payer's or a rule's class, the finding right after the relative
        ("The insurer pays only for procedures that have shown safety in trials.",),
        ("Medicare covers treatments that are safe and effective.",),
        ("Regulators allow drugs which are proven safe.",),
        # a series of the clause's predicates, past a comma
        ("Surgeons should offer patients treatments that work, are safe and are worth it.",),
        # "which" as well as "that"
        ("Doctors prefer options which have shown safety over many years.",),
    ],
)
def test_safety_of_a_class_is_no_claim(standard: str) -> None:
    assert SAFETY not in benefits(standard), standard


def test_an_absolute_of_a_class_is_no_no_risk_claim() -> None:
    assert NO_RISK not in red_flags("Guidelines favour therapies that are completely safe.")


@each_case(
    ("claim",),
    [
        # the brief's look-alikes: the offer said to be safe
        ("Our procedure is safe and minimally invasive.",),
        ("Stem cell therapy is a safe alternative to surgery.",),
        ("How safe is it? Very: there are almost no side effects.",),
        # the writer's own class
        ("We offer treatments that are safe and effective.",),
        ("Our clinic only uses products that are safe.",),
        # past a comma, the main clause speaks
        ("For those seeking treatments that work, stem cells are a safe alternative.",),
        # a finding in the clause past a verb that is no auxiliary
        ("Choose treatments that offer a safe, natural option.",),
        ("Stem cells are treatments that give you a safe alternative to surgery.",),
        # no relative after the kind of care
        ("These treatments are safe and effective.",),
    ],
)
def test_the_offer_said_to_be_safe_is_still_found(claim: str) -> None:
    assert SAFETY in benefits(claim), claim


@each_case(
    ("silent",),
    [
        # the brief's silent ones
        ("How safe these injections are is still unknown.",),
        ("Only products that meet FDA safety standards may be sold.",),
    ],
)
def test_the_briefs_silent_wordings_stay_silent(silent: str) -> None:
    assert SAFETY not in benefits(silent), silent


# -- Moved from tests/test_safety5_rules.py ------------------------------------------------
# Safety as a topic is no safety claim (round safety5, `check/rules/hopes.py`, DEGREE).
#
# The spec (benchmarks/adverts/README.md, benefits): fewer-side-effects is the offer said to
# be safe, low-risk or with few side effects. Round safety4 left, among the train false
# alarms of fewer-side-effects, a group with one structure: "how safe" (or "how risky")
# opening a question of degree or a noun clause ("the article covers how safe it is", "How
# safe and how effective the injections are"). An open "how safe" asks how much; it does not
# say that the offer is safe. The structure read: "how" right before the finding takes it,
# unless a word of `degree_keepers:` stands before it in its sentence, one that takes the
# degree as a fact ("thanks to how safe it is", "you will be amazed how safe ... are", an
# exclamation of degree said of the offer: still a claim). The answer the page gives to a
# question ("How safe is it? Very: ...") is still the claim (`check/rules/answered_questions.py`).
# Each test gives made-up wordings, never a page's sentence, and look-alikes that must still be
# found.


@each_case(
    ("topic",),
    [
        # the brief's silent ones
        ("No one knows how safe these injections are.",),
        ("The review covers how safe the treatment is.",),
        # a topic in a list, a heading of degree without its verb nearby
        ("This guide explains what the procedure involves, how safe it is and what it costs.",),
        ("How safe and how effective injections of bone marrow cells from the hip are.",),
        ("Our nurse will talk you through how safe the procedure is for you.",),
        ("The talk covers how risky and how safe the injections are.",),
    ],
)
def test_how_safe_as_a_topic_is_no_claim(topic: str) -> None:
    assert SAFETY not in benefits(topic), topic


@each_case(
    ("claim",),
    [
        # the brief's look-alikes: the offer said to be safe
        ("How safe is it? Very: there are almost no side effects.",),
        ("You will be amazed how safe and gentle our injections are.",),
        ("Our procedure is safe.",),
        # the degree taken as a fact
        ("Thanks to how well it works and how safe it is, the therapy is now offered here.",),
        ("Patients are surprised how safe and simple the injection is.",),
        # "how" not right before the finding
        ("Learn how our safe injections work.",),
    ],
)
def test_the_offer_said_to_be_safe_is_still_found_safety5(claim: str) -> None:
    assert SAFETY in benefits(claim), claim


# -- Moved from tests/test_ownsafe1_rules.py -----------------------------------------------
# Whose cells are said safe (ownsafe1, `check/rules/donor_cells.py`, `whose_cells:` in
# `data/check/advert_words.yaml`): own-cells-so-safe is the patient's OWN cells argued safe
# because they are his own (the spec: "safety implied because the cells are your/a
# person's own"; the recorded call on di12: "immune rejection free" said of donor cord and
# placenta cells is no own-cells safety). A safety wording that names no cells of its own
# ("a very low risk of rejection", "not rejected", "a lower risk of immune reaction") in a
# sentence that names donor cells (cord blood, placenta, amniotic, Wharton's jelly,
# exosomes, allogeneic) and none of the patient's own is said of the donor cells: no
# own-cells safety, though it stays a safety claim (fewer-side-effects). Made-up wordings,
# not pages'; each with look-alikes that must still raise the flag: own cells named beside
# the donor cells ("unlike donor cells, your own cells are never rejected"), donor cells
# set aside ("we never use donor cells, so there is no risk of rejection"), and own cells
# with no donor cells at all.

OWN = "own-cells-so-safe"

RULES = [
    (
        "no rejection said of donor cells is no own-cells safety",
        OWN,
        (
            # the look-alikes that must still be found
            "Because we use your own cells, there is no risk of rejection.",
            "The cells are autologous, so no reaction is possible.",
            "Your body will not reject its own cells.",
            "It is a safe procedure using a person's own cells.",
            "Unlike donor cord blood, your own cells are never rejected.",
            "Unlike umbilical cord cells, the cells come from the patient himself, so the "
            "risk of rejection is low.",
            # donor cells set aside: the safety is the own cells'
            "We never use donor cells, so there is no risk of rejection.",
            "No amniotic or placental tissue is involved, so the chance of your body "
            "rejecting the cells is practically nil.",
        ),
        (
            "Cord blood carries a very low risk of rejection and the results are fantastic.",
            "Taken from the umbilical cord, these cells bring particular advantages: they "
            "multiply faster than many adult stem cell types, carry a lower risk of immune "
            "reaction, and are obtained without invasive procedures.",
            "Donated placental tissue is well tolerated and the body does not reject it.",
            "Exosomes carry a lower risk of immune reaction than whole cells.",
            "Allogeneic cells from healthy young donors have no risk of rejection.",
            "Wharton's jelly cells are immune privileged, so anyone can receive them safely "
            "without rejection.",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"), [(case.id, *case.values) for case in rule_cases(RULES)]
)
def test_own_cells_raise_the_flag_and_donor_cells_do_not(
    name: str, flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in red_flags(sentence)) is raised, sentence


@each_case(
    ("sentence",),
    [
        ("Cord blood carries a very low risk of rejection and the results are fantastic.",),
        ("Allogeneic cells from healthy young donors have no risk of rejection.",),
    ],
)
def test_donor_cells_said_safe_stay_a_safety_claim(sentence: str) -> None:
    """The spec: a donor product's "no rejection" is a different claim, not no claim."""
    assert "fewer-side-effects" in benefits(sentence), sentence


# -- Moved from tests/test_recall_rules1.py ------------------------------------------------
# Own cells said safe by two mechanisms the word lists missed (recall1): the own cells in
# one sentence and the safety in the next one, which goes on from it
# (`check/rules/two_sentence_signs.py`, `linked:` in `data/check/advert_words.yaml`, the
# back-reference of `sentences.follows_on`), and a danger named first and then said to be small
# ("the risk of rejection is low", "the body is unlikely to reject it": `nil-danger` in
# `advert_words.yaml`). Made-up wordings, not pages'; each rule with advert sentences that
# must raise the flag and look-alikes that must not: an advert sentence fails when its
# rule is removed, a look-alike when the rule is written looser (no link needed, the
# halves either way round, a question or a negation let through).

RULES_RECALL1 = [
    (
        "own cells, then safety drawn from them in the next sentence",
        OWN,
        (
            "The cells are taken from your own hip bone during the same short visit. "
            "Because of this, the procedure is considered very safe.",
            "We draw the cells from the patient's own belly fat under a light local "
            "anaesthetic in our treatment room. As a result, the whole procedure is "
            "regarded as very safe.",
        ),
        (
            # no link: two sentences side by side say nothing of each other
            "The cells are taken from your own hip bone during the same short visit. "
            "The procedure is considered very safe.",
            # safety denied in the second sentence
            "The cells are taken from your own hip bone during the same short visit. "
            "Because of this, the procedure is not considered safe.",
            # a question asks, though it names the treatment back
            "The cells come from your own marrow, drawn on the same morning. "
            "Is this treatment safe?",
            # safety named only as the risks that remain
            "The cells come from your own fat, drawn on the same morning. "
            "Because of this, there are still safety risks to consider.",
            # a danger, not safety
            "The cells come from your own marrow, drawn on the same morning. "
            "This approach carries a risk of infection.",
        ),
    ),
    (
        "own cells, then the treatment referred back to and called safe",
        OWN,
        (
            "Our doctors treat knee pain with the patient's own bone marrow cells, "
            "collected at the start of the visit. Years of practice show this treatment "
            "to be a gentle and safe option.",
            "We only ever use your own blood and fat, prepared in our lab on the same day. "
            "These cells are gentle and well tolerated by the body.",
        ),
        (
            "Our doctors treat knee pain with the patient's own bone marrow cells, "
            "collected at the start of the visit. No study has shown this treatment to be "
            "safe.",
            # "this" before another noun is no link back to the treatment
            "Our doctors treat knee pain with the patient's own bone marrow cells, "
            "collected at the start of the visit. This clinic is a safe and friendly place.",
        ),
    ),
    (
        "a danger named first, then said to be small, with own cells",
        OWN,
        (
            "Since the graft comes from your own body, the risk of a reaction is very low.",
            "The cells come from your own body, so your immune system is unlikely to attack them.",
            "Using the patient's own cells helps cut down immune reactions.",
        ),
        (
            "Even with your own cells, the risk of infection is real.",
            "Donor cord cells are used, and the risk of rejection is low.",
            "The surgeon takes tissue from your own hamstring. The risk of infection is low.",
            "Even when your own cells are used, the chance of a reaction is not low.",
            "The risk of a reaction is very low with most modern dressings.",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"),
    [(case.id, *case.values) for case in rule_cases(RULES_RECALL1)],
)
def test_adverts_raise_the_flag_and_look_alikes_do_not(
    name: str, flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence


@each_case(
    ("sentence",),
    [
        ("Various studies have found this approach to be safe.",),
        ("These cells are prepared on the same day.",),
        ("In our hands, such a procedure takes an hour.",),
        ("This stem cell therapy is natural.",),
    ],
)
def test_a_sentence_that_refers_back_to_the_treatment_follows_on(sentence: str) -> None:
    assert follows_on(sentence, ". ")


@each_case(
    ("sentence",),
    [
        ("This clinic is safe.",),
        ("The treatment is safe.",),
        ("Many patients and doctors across the country find this approach safe.",),
        ("Is this treatment safe?",),
    ],
)
def test_a_sentence_that_names_no_treatment_back_does_not_follow_on(sentence: str) -> None:
    assert not follows_on(sentence, ". ")


@each_case(
    ("sentence",),
    [
        ('"These cells are prepared on the same day," says our doctor.',),
        ("(This approach is safe for most patients.)",),
        ("\u201cThis treatment is natural.\u201d",),
        ("In our hands,such a procedure takes an hour.",),
    ],
)
def test_a_reference_back_after_a_quotation_mark_or_bracket_follows_on(sentence: str) -> None:
    """The words of a reference back are looked for before the pattern is tried; they
    were looked for among the words split at spaces, so a quotation mark or a bracket
    before "these" or "this" (or a comma with no space after it) hid a reference that
    the pattern reads."""
    assert follows_on(sentence, ". ")


def test_own_cells_then_a_quoted_reference_back_to_their_safety_raise_the_flag() -> None:
    sentence = (
        "The cells are taken from your own hip bone during the same short visit. "
        '"This procedure is considered very safe," says our doctor.'
    )
    assert OWN in found("red_flag", sentence)
    assert OWN not in found("red_flag", sentence.replace('"This procedure', '"The procedure'))


def test_linked_halves_pair_across_the_join_only() -> None:
    """The first half must end before the second sentence, the second start in it."""
    first = (two_sentence_signs.part_id("x", 0, 0), 0, 5, "own")
    second = (two_sentence_signs.part_id("x", 0, 1), 12, 16, "safe")
    assert two_sentence_signs.across([first, second], 10) == [("x", 0, 5, "own \u2026 safe")]
    assert two_sentence_signs.across([first, second], 3) == []
    assert two_sentence_signs.across([first, second], 14) == []
    assert two_sentence_signs.across([first], 10) == []


def test_linked_halves_are_a_kind_of_their_own_never_a_pair_half() -> None:
    """The halves of `linked:` are phrases of kind `two_sentence_signs.HALF`, not PART: the report
    joins PART halves found anywhere in the text into a flag, which a linked pair
    must raise only across two sentences that follow on."""
    kinds = {
        phrase.kind
        for phrase in wordings.phrases(CATALOG, wordings.lexicon_for(CATALOG))
        if "/linked" in phrase.entry_id and phrase.kind != GUARD
    }
    assert kinds == {two_sentence_signs.HALF}


# -- Moved from tests/test_redflag_families2.py --------------------------------------------
# Families of red-flag wordings mined from more real clinic, vendor and broker pages in
# no corpus (issue 14, item 3, second round: cure-claim, miracle-language,
# own-cells-so-safe, no-risk-claim, fda-status-claim, pay-to-join-trial, many-conditions;
# the pages and sentences are listed outside the repository in the mining notes). Each
# family is a concept with its synonyms, not one page's sentence: every test gives
# wordings that must raise the flag, and careful wordings (a page that discusses the
# sign, or says it of something else) that must not. Each raising sentence was missed
# before its family was added, so a test fails when its wording is removed.

# -- own-cells-so-safe -----------------------------------------------------------------


@each_case(
    ("sentence",),
    [
        ("With your own cells there is no worry that the body will reject them.",),
        ("There is no concern that your body will reject the cells.",),
    ],
)
def test_no_worry_of_rejection_is_safety_from_the_cells_source(sentence: str) -> None:
    raises(OWN, sentence)


@each_case(
    ("sentence",),
    [
        ("These cells have very low immunogenicity, so anyone can receive them.",),
        ("They carry little risk because they are made of one's own blood and bone marrow.",),
    ],
)
def test_cells_said_to_escape_the_immune_system_are_said_to_be_safe(sentence: str) -> None:
    raises(OWN, sentence)


@each_case(
    ("sentence",),
    [
        ("Cord cells are immune privileged, so anyone can receive them.",),
        ("Amniotic fluid is immune neutral, so anyone can use it.",),
    ],
)
def test_donor_cells_said_to_escape_the_immune_system_are_safety_not_own_cells(
    sentence: str,
) -> None:
    """Said of donor cells (cord, amniotic), the same wording is a safety claim, not the
    patient's own cells argued safe (the recorded call on di12; ownsafe1,
    `check/rules/donor_cells.py`): these two raised own-cells-so-safe before that round."""
    clean(OWN, sentence)
    assert "fewer-side-effects" in benefits(sentence), sentence


@each_case(
    ("sentence",),
    [
        ("Claims that cord cells are immune privileged are not proven.",),
        ("Is there any worry that my body will reject the cells?",),
        ("Even cells from a donor can cause an immune reaction.",),
        ("Even if the cells are your own, there are safety risks.",),
        ("Researchers study the low immunogenicity of cord cells.",),
        ("Immune privileged status makes cord cells attractive for research.",),
    ],
)
def test_a_doubt_or_a_patient_s_question_about_rejection_is_no_safety_claim(
    sentence: str,
) -> None:
    clean(OWN, sentence)


# -- no-risk-claim ---------------------------------------------------------------------


@each_case(
    ("sentence",),
    [
        ("There is no downtime and no risk.",),
        ("There is no downtime, no scarring and no risk.",),
        ("No hospital stay and no risks.",),
        ("Patients are never worse off than before.",),
        ("You have nothing to lose.",),
        ("We can be certain that stem cells will not in any way harm the patient.",),
        ("These cells cannot hurt the body.",),
    ],
)
def test_no_risk_in_a_list_of_noes_or_nothing_to_lose_is_no_risk(sentence: str) -> None:
    raises(NO_RISK, sentence)


@each_case(
    ("sentence",),
    [
        ("There is no cure and no approved product.",),
        ("Watch out for clinics that say you have nothing to lose.",),
        ("Desperate patients often feel they have nothing to lose.",),
    ],
)
def test_a_list_of_noes_without_risk_or_a_warning_is_no_risk_claim(sentence: str) -> None:
    clean(NO_RISK, sentence)


@each_case(
    ("sentence",),
    [
        ("There is no known case of MSCs forming tumours.",),
        ("There have been no reported cases of infection with our cells.",),
    ],
)
def test_no_harm_on_record_is_a_claim_of_no_risk(sentence: str) -> None:
    raises(NO_RISK, sentence)


def test_no_serious_harm_on_record_rules_out_only_the_serious() -> None:
    """Only serious complications are ruled out, which is no absolute (the recorded
    call on a trial's "no serious adverse effects")."""
    clean(NO_RISK, "There were no reported cases of serious complications.")


# -- Moved from tests/test_sidefx6_rules.py ------------------------------------------------
# The offer said to lessen its own harms is a safety claim (round sidefx6, `lessen` and
# `treatment-harm` in `data/check/advert_words.yaml`, used by `safe`).
#
# The spec (benchmarks/adverts/README.md, benefits): fewer-side-effects is the offer said to
# be safe, low-risk, with few or no side effects. The matcher found the adjective ("fewer
# complications", "low risk", "minimal side effects") but not the same claim said with a
# verb whose object is the treatment's harm: "reduces complications", "minimises side
# effects", "lowers the risk of complications", "which decreases the rate for
# complications" (train misses dv08 and ds08, both diagnosed in the first runs as a wording
# the matcher lacks, missed on the original sentence too), nor the patient said to be less
# exposed to them ("less susceptible to the risks of surgery", es07). The structure read: a
# verb of lessening (`lessen`) with a harm of treatment (`treatment-harm`: complications,
# side or adverse effects, events or reactions) at most three words after it; a harm of
# another thing ("the side effects of chemotherapy", "the complications of diabetes") or
# a lessening denied is no claim. Each test gives made-up wordings, never a page's sentence,
# and look-alikes that must stay as they were.


@each_case(
    ("claim",),
    [
        ("Our method reduces complications, since no healthy tendon has to be taken.",),
        ("We use your own cells, which lowers the rate of complications.",),
        ("The injection minimises side effects.",),
        ("This approach reduces the risk of complications.",),
        ("Our cell therapy decreases the chance of adverse reactions.",),
        ("Patients treated this way are less susceptible to the risks of an operation.",),
        ("Patients treated this way are less vulnerable to the risk of infection.",),
    ],
)
def test_harms_lessened_by_the_offer_are_a_safety_claim(claim: str) -> None:
    assert SAFETY in benefits(claim), claim


@each_case(
    ("claim",),
    [
        # the adjective, found before the change and still found
        ("Our injections have fewer complications than surgery.",),
        ("The procedure carries a low risk of complications.",),
        ("Side effects are minimal.",),
        ("With our procedure patients are less exposed to side effects.",),
        # an operation's drawbacks spared (benefits1), found before and still found
        ("It reduces the risks that come with an operation.",),
    ],
)
def test_the_adjective_and_the_drawbacks_spared_are_still_found(claim: str) -> None:
    assert SAFETY in benefits(claim), claim


@each_case(
    ("other",),
    [
        # the harms of another thing
        ("Doctors lower the dose to reduce the side effects of chemotherapy.",),
        ("Good control of blood sugar reduces the complications of diabetes.",),
        ("A lower dose of steroids limits the side effects of the medication.",),
        # a lessening denied
        ("Stem cell injections do not reduce complications.",),
        # a harm that is no harm of treatment
        ("Physical therapy reduces the risk of reinjury.",),
        ("Patients are less susceptible to reinjury after rehab.",),
    ],
)
def test_harms_of_another_thing_or_denied_are_no_claim(other: str) -> None:
    assert SAFETY not in benefits(other), other


# -- Moved from tests/test_ownsafe2_rules.py -----------------------------------------------
# A safety word set as an attribute of another noun is no own-cells safety (ownsafe2,
# `guards: own-cells-so-safe:` in `data/check/advert_words.yaml`).
#
# own-cells-so-safe is safety said OF the patient's own cells, or of the treatment made of
# them, because they are his own (the spec: "safety implied because the cells are
# your/a person's own (no rejection, natural, your body's own cells)"). "Natural" and
# "safety" are its words when said of the cells or the treatment ("your own cells are
# natural, so there is no rejection", "a natural treatment using your own cells", "so
# safety is assured"). Set in front of another noun, as its attribute, they name that
# noun's kind, not the cells' safety: what the cells or the blood hold or can do ("natural
# anti-inflammatory agents", "the natural power of repair cells"), or a step of the
# clinic's work ("as a further safety check, a lab clears each patient's cells"). The
# earlier guard read "natural" before the body's healing and the cells' abilities
# ("natural healing", "the natural ability to heal"); this reads the same attribute before
# what the cells hold or can do and "safety" before a check. Made-up wordings, not pages';
# each group with look-alikes that must still raise the flag.


OWN_OWNSAFE2 = "own-cells-so-safe"

RULES_OWNSAFE2 = [
    (
        "natural said of what the cells or the blood hold or can do is no own-cells safety",
        OWN_OWNSAFE2,
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
        OWN_OWNSAFE2,
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


@each_case(
    ("name", "flag", "sentence", "raised"),
    [(case.id, *case.values) for case in rule_cases(RULES_OWNSAFE2)],
)
def test_a_safety_word_said_of_another_noun_is_no_own_cells_safety(
    name: str, flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in red_flags(sentence)) is raised, sentence


# -- donor1: donor cells named in the sentences before the safety ------------------------
# Whose cells a safety wording with no cells of its own speaks of (donor1,
# `check/rules/donor_cells.py`, `whose_cells:` in `data/check/advert_words.yaml`): the spec's
# own-cells-so-safe is safety implied "because the cells are your/a person's own". A page
# offering DONOR cells (umbilical cord, Wharton's jelly, allogeneic, exosomes) that then
# says "they carry a reduced risk of immune rejection" says it of the donor cells it named,
# one sentence, one paragraph or one heading before: a safety claim (fewer-side-effects),
# not own cells argued safe, and the flag's explanation ("Your own cells may not be
# rejected, but ...") would mislead. ownsafe1 read the donor words in the safety's own
# sentence; this reads the sentences before it when the safety's sentence names no cells:
# the nearest one, at most three back, that names cells says whose they are. Own cells
# named there or nearer ("we use your own bone marrow instead"), a part of the patient's
# body they come from ("from your hip bone"), or donor cells set aside ("we never use
# donor cells") keep the flag. Made-up wordings, not pages'; each donor case raised the
# flag before this round, each look-alike raises it with and without the rule.

RULES_DONOR1 = [
    (
        "no rejection said after donor cells were named is no own-cells safety",
        OWN,
        (
            # the look-alikes that must still be found: own cells in the sentence itself
            "Stem cells taken from your own fat, so there is no risk of rejection.",
            # own cells named in the sentence before, or nearer than the donor cells
            "We use stem cells taken from your own fat. There is no risk of rejection.",
            "Some clinics use donor cord blood. We use your own bone marrow instead. "
            "There is no risk of rejection.",
            # a part of the patient's body named as the cells' source, nearer than donors
            "Some clinics inject donated cord blood. We take the cells from your hip bone. "
            "There is no risk of rejection.",
            # donor cells set aside
            "We never use donor cells. There is no risk of rejection.",
        ),
        (
            "We use umbilical cord stem cells. They carry a reduced risk of immune rejection.",
            "Allogeneic cells are used. There is a low risk of rejection.",
            "Exosomes are not cells. They carry a lower risk of immune reaction.",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"),
    [(case.id, *case.values) for case in rule_cases(RULES_DONOR1)],
)
def test_donor_cells_named_before_the_safety_are_no_own_cells(
    name: str, flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in red_flags(sentence)) is raised, sentence


@each_case(
    ("lines",),
    [
        # a paragraph after the donor cells
        (
            (
                "Our cells come from donated umbilical cords.",
                "",
                "There is a very low risk of rejection.",
            ),
        ),
        # a heading or a lead-in naming the donor cells above the bullet
        (
            (
                "Why use Wharton's jelly?",
                "- It comes ready to inject",
                "- A lower risk of immune reaction",
            ),
        ),
        (("Umbilical cord cells", "- Young and potent", "- Low risk of rejection"),),
    ],
)
def test_donor_cells_named_in_the_paragraph_or_heading_before_are_no_own_cells(
    lines: tuple[str, ...],
) -> None:
    """The safety is still a claim (fewer-side-effects), not own cells argued safe."""
    assert OWN not in red_flags(*lines), lines
    assert SAFETY in benefits(*lines), lines


@each_case(
    ("lines",),
    [
        (("Your own cells", "- Harvested in one visit", "- No risk of rejection"),),
        (
            (
                "Unlike cord blood, the cells come from your own body.",
                "",
                "There is no risk of rejection.",
            ),
        ),
    ],
)
def test_own_cells_named_in_the_paragraph_or_heading_before_keep_the_flag(
    lines: tuple[str, ...],
) -> None:
    assert OWN in red_flags(*lines), lines


@each_case(
    ("sentence",),
    [
        ("We use umbilical cord stem cells. They carry a reduced risk of immune rejection.",),
        ("Allogeneic cells are used. There is a low risk of rejection.",),
    ],
)
def test_donor_cells_said_safe_after_naming_them_stay_a_safety_claim(sentence: str) -> None:
    assert SAFETY in benefits(sentence), sentence


# -- newerflags1: own-cells safety said as a danger's rate lowered, or as the body taking
# the cells up -----------------------------------------------------------------------
# The newest train series (NEWER-A of round newerflags1) say own-cells safety in two
# shapes the lists lacked: a danger's rate, incidence or odds lowered ("lowers the rate
# of complications": `nil-danger:` allowed "lower ...2 {danger}", and a rate word plus
# "the ... of" is three words), and the body said to take the cells up easily, a verb of
# accepting beside "accept" and "recognize" (`own-cells:`). Made-up wordings, not
# pages'; look-alikes without own cells, or with a rate raised, stay clean.

RULES_NEWERFLAGS1 = [
    (
        "a danger's rate lowered by using one's own cells is own-cells safety",
        OWN,
        (
            "We use your own stem cells, and that lowers the rate of complications.",
            "Using the patient's own fat cuts the incidence of infection.",
            "Autologous cells reduce the likelihood of an immune reaction.",
        ),
        (
            # no own cells: a danger's rate lowered by something else
            "Surgery in a day clinic lowers the rate of complications.",
            "Donor cord cells lower the rate of complications, the company says.",
            # a rate raised, not lowered
            "Using your own cells raises the rate of complications in older patients.",
        ),
    ),
    (
        "the body taking its own cells up easily is own-cells safety",
        OWN,
        (
            "The body takes up the cells easily, since they come from your own marrow.",
            "Your body readily takes up its own cells.",
            "The body tolerates your own cells well.",
        ),
        (
            # taken up, but not said easily or by the body
            "The cells are taken up by the lab for counting.",
            "It takes up to three weeks to grow the cells from your own fat.",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"),
    [(case.id, *case.values) for case in rule_cases(RULES_NEWERFLAGS1)],
)
def test_own_cells_safety_said_as_a_rate_lowered_or_the_body_taking_them_up(
    name: str, flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in red_flags(sentence)) is raised, sentence


# -- newerflags1: no danger made a condition with "has", "as long as", "provided" ---------
# safety2's condition took only a predicate after a verb to be ("if it is safe"). NEWER-A
# of round newerflags1 put the absolute as what a treatment HAS in a condition ("as long
# as a procedure has no particular side effects, ..."): a condition opened by "if", "as
# long as", "provided" or "assuming" that gives the treatment no danger with "has",
# "have", "causes" or "carries" supposes it, and claims nothing (`check/rules/hopes.py`,
# POSSESSING; `fewer-side-effects: &asked` in advert_words.yaml). Made-up wordings;
# look-alikes: the main clause past a comma, or no condition at all, still claim.


@each_case(
    ("supposed",),
    [
        ("As long as a procedure has no side effects, patients are glad to try it.",),
        ("If a treatment has no side effects, it is worth a try.",),
        ("Provided the injection causes no complications, you go home the same day.",),
        ("Assuming the cells carry no risk of infection, the question is cost.",),
    ],
)
def test_no_danger_supposed_in_a_condition_is_no_no_risk_claim(supposed: str) -> None:
    assert NO_RISK not in red_flags(supposed), supposed


@each_case(
    ("claim",),
    [
        ("Our treatment has no side effects.",),
        ("If your knee hurts, our treatment has no side effects.",),
        ("As long as you like, ask us: the injection causes no complications.",),
        ("Because it uses your cells, the procedure has no side effects.",),
    ],
)
def test_no_danger_said_of_the_offer_outside_a_condition_is_still_a_no_risk_claim(
    claim: str,
) -> None:
    assert NO_RISK in red_flags(claim), claim


# -- A gap does not run past the bracket that closes its aside (round scope1) -------------
# A wording's gap (`...`) that starts inside an aside in brackets ends at the aside's
# closing bracket (`asides.gap_reach`, read by `spans._end`): a "no" in an aside
# governs only the aside. Our explain pages print an evidence rating in brackets before a
# colon, and "no ... side effects" read from its "no" to the side effects after it. An
# aside of one word names the word before it ("drugs (DMARDs) to stop ...") and is read
# through; `A ~ B` asks for nearness, not a gap. Made-up wordings; look-alikes: the "no"
# inside the aside with its side effects, or before it, or after the aside has closed.


@each_case(
    ("aside_only",),
    [
        (
            "* Fewer side effects (tested, no benefit found): In trials, side effects linked to"
            " the treatment were more common with cells.",
        ),
        ("Pain relief (rated low, no trial yet): side effects were mild in most patients.",),
        ("Joint repair [early studies, no proof]: side effects are listed below.",),
    ],
)
def test_a_no_inside_an_aside_does_not_reach_past_its_closing_bracket(aside_only: str) -> None:
    assert NO_RISK not in red_flags(aside_only), aside_only


@each_case(
    ("claim",),
    [
        # the "no" and its side effects both inside the aside
        ("Our treatment (no side effects!) is safe.",),
        # the "no" before the aside: the gap runs across it
        ("Our treatment has no (known or reported) side effects.",),
        ("Our treatment has no (known) side effects.",),
        # the aside closed before the "no"
        ("Stem cell therapy (tested, proven): no side effects at all.",),
        ("Our cells (made in our own lab) cause no side effects.",),
    ],
)
def test_a_no_outside_the_aside_or_with_its_words_inside_still_claims(claim: str) -> None:
    assert NO_RISK in red_flags(claim), claim


def test_gap_reach_ends_at_the_closing_bracket_of_an_aside_of_two_words_or_more() -> None:
    sentence = "Fewer side effects (tested, no benefit found): side effects (DMARDs) rise"
    words = ["Fewer", "side", "effects", "tested", "no", "benefit", "found", "side",
             "effects", "DMARDs", "rise"]  # fmt: skip
    reach = gap_reach(sentence, word_places(sentence, words, len(words)))
    assert reach is not None
    # the aside's words reach its closing bracket; the words outside it (and the one
    # word of "(DMARDs)", another name for the word before it) reach the sentence's end
    assert reach == [11, 11, 11, 7, 7, 7, 7, 11, 11, 11, 11]
    assert (
        gap_reach(
            "no (serious) side effects",
            word_places("no (serious) side effects", ["no", "serious", "side", "effects"], 4),
        )
        is None
    )


# -- A gap does not run past the dash that closes its aside (round guard1) ----------------
# The same rule for an aside set off by dashes (" - ", " \u2013 ", " \u2014 " or an em dash
# with no spaces): a "no" inside it governs only the aside. Not for an aside between two
# commas: commas set off the claim's own subject or a list's item as often, and a gap
# read across them is the claim. Made-up wordings; look-alikes: the "no" with its side
# effects inside the dashes, before the aside, or after it.


@each_case(
    ("aside_only",),
    [
        (
            "Fewer side effects - tested, no benefit found - in trials side effects were more"
            " common with cells.",
        ),
        ("Pain relief \u2013 rated low, no trial yet \u2013 side effects were mild in most.",),
        ("Joint repair \u2014 early studies, no proof \u2014 side effects are listed below.",),
        ("Joint repair\u2014early studies, no proof\u2014side effects are listed below.",),
    ],
)
def test_a_no_inside_a_dash_aside_does_not_reach_past_its_closing_dash(aside_only: str) -> None:
    assert NO_RISK not in red_flags(aside_only), aside_only


@each_case(
    ("claim",),
    [
        # the "no" and its side effects both inside the dashes
        ("Our treatment - no side effects at all - is simple.",),
        # the "no" before the aside: the gap runs across it
        ("Our treatment has no - known or reported - side effects.",),
        # the aside closed before the "no"
        ("Stem cell therapy \u2013 tested and proven \u2013 has no side effects at all.",),
        # one dash only: no aside
        ("Our cells work - no known side effects, ever.",),
        # the text between two commas is read through: here a list's first item
        ("Our shots, with no cutting, side effects or downtime, are gentle on the knee.",),
    ],
)
def test_a_no_outside_a_dash_aside_or_with_its_words_inside_still_claims(claim: str) -> None:
    assert NO_RISK in red_flags(claim), claim


def test_a_gap_from_the_subject_between_two_commas_still_reaches_the_claim() -> None:
    sentence = "Our shots, which hold your own stem cells, regrow torn cartilage."
    assert "tissue-regeneration" in benefits(sentence)


def test_gap_reach_ends_at_the_closing_dash_of_an_aside_of_two_words_or_more() -> None:
    sentence = "Less pain - no proof yet - side effects - rare - grow"
    words = ["Less", "pain", "no", "proof", "yet", "side", "effects", "rare", "grow"]
    reach = gap_reach(sentence, word_places(sentence, words, len(words)))
    # the first aside's words reach the word after its closing dash; "rare", one word
    # between the next two dashes, is no aside
    assert reach == [9, 9, 5, 5, 5, 9, 9, 9, 9]
    lone = "Stem cells - no side effects"
    assert gap_reach(lone, word_places(lone, lone.replace("-", "").split(), 5)) is None
    commas = "Our cells, no doubt, cause side effects"
    assert gap_reach(commas, word_places(commas, commas.replace(",", "").split(), 6)) is None
