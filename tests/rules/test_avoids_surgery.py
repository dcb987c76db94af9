"""The claim that the offer avoids surgery: surgery set aside by the sentence's shape, an
operation named in other words or by its cost, and "no surgery" as a selling point.
"""

from __future__ import annotations

from cases import each_case
from findings import benefits

# -- Moved from tests/test_surgery2_rules.py -----------------------------------------------
# Round surgery2: surgery set aside by the sentence's shape, with no avoid word.
#
# An operation set aside need not be "avoided": the offer (stem cells, injections, PRP,
# "our", "we") or its outcome (better, improved, function, relief, a repair) stands on one
# side of a choice or a comparison, and an operation on the other, in one sentence: an
# outcome reached "with no surgery", a treatment that "needs no surgery", an offer "as
# effective as" or "better than" surgery, an option "beyond" surgery, an alternative for
# patients who "face" an operation, a repair "rather than" replacing the joint (the
# group `set-aside` of `data/check/advert_words.yaml`, with `offer-side` and
# `joint-replaced`). Without the offer's side the same shapes claim nothing: an injury's
# own course ("many tears heal with no surgery"), a rival's trial against surgery, cells
# added to an operation ("better than surgery alone"), a patient with no past operation,
# the usual first step. Made-up sentences, never a page's; each wording found here was
# missed before the rule.

CLAIM = "avoid-surgery"


@each_case(
    ("sentence",),
    [
        # an outcome reached with no operation
        ("Most of our patients regain full function with no surgery.",),
        ("Our injections bring lasting relief with no invasive surgery.",),
        # a treatment that needs none
        ("The injection is a same-day treatment of PRP that needs no surgery.",),
        # the offer compared with an operation
        ("Our stem cell injections are as effective as knee surgery, with far less downtime.",),
        ("For tennis elbow, PRP shots work better than surgery.",),
        ("In our hands the cells proved comparable to arthroscopic surgery.",),
        ("Stem cell shots give results similar to a knee replacement.",),
        # an option beyond an operation
        ("Our cells offer a treatment option beyond spinal fusion.",),
        ("With biologics we can now heal tendons beyond what traditional surgery can do.",),
        # an alternative for patients who face an operation
        (
            "We offer stem cell injections to patients who face a knee replacement "
            "as an alternative.",
        ),
        ("Regenerative medicine gives people facing hip surgery one more option.",),
        ("Our injections are an option for patients who are candidates for a knee replacement.",),
        ("We offer PRP as one more choice to people told they need shoulder surgery.",),
        # a repair rather than a joint replaced, by its verb
        ("Rather than replacing the whole knee joint, our doctors repair the damaged cartilage.",),
        ("Our cells rebuild cartilage instead of replacing the hip.",),
    ],
)
def test_surgery_set_aside_by_the_sentence_shape_is_avoid_surgery(sentence: str) -> None:
    """The offer or its outcome on one side, an operation on the other: avoid-surgery."""
    assert CLAIM in benefits(sentence), sentence


@each_case(
    ("sentence",),
    [
        # the injury's own course: no offer on the other side
        ("Many partial tears heal with no surgery at all.",),
        ("A mild sprain needs no surgery.",),
        # a rival's trial against surgery
        ("In a trial, physical therapy was as effective as surgery for meniscus tears.",),
        ("Physical therapy restores function with no surgery in many patients.",),
        # cells added to an operation, not put in its place
        ("Stem cells added during the repair heal the tendon better than surgery alone.",),
        # no past operation, and an operation named after the offer's outcome only in passing
        ("The trial enrolled patients with no prior surgery on the knee.",),
        ("Our surgeons follow each patient beyond surgery, through rehab.",),
        # patients facing an operation told to ask, with no offer
        ("Patients who face a knee replacement should ask their surgeon about every option.",),
        ("Candidates for hip surgery have other options, such as physical therapy.",),
        # the usual first step before a joint is replaced, and a surgeon's repair
        ("Rather than replacing the knee joint too early, surgeons advise physiotherapy.",),
        ("Rather than replacing the whole joint, the surgeon repairs the torn meniscus.",),
        # cells added to an operation (an older guard, kept)
        ("The cells add to the surgical repair rather than replacing it.",),
    ],
)
def test_the_same_shapes_without_the_offer_claim_nothing(sentence: str) -> None:
    """Without the offer or its outcome on the other side, or with a rival or a surgeon
    there, the shape sets no operation aside for the advert."""
    assert CLAIM not in benefits(sentence), sentence


# -- Moved from tests/test_surgery3_rules.py -----------------------------------------------
# Round surgery3: an operation named in other words, or by what it costs, set against
# the offer.
#
# The spec (benchmarks/adverts/README.md): avoid-surgery is a non-surgical option offered
# instead of an operation, or an operation avoided or delayed. The first runs' misses show
# the operation said in other words than "surgery": by its kind or its abbreviation ("TKA",
# "THR"), by what it costs the patient, avoided with it ("avoid all the risks of hip
# surgery", "without the long healing time that surgery requires", "the rehabilitation that
# comes with a joint replacement"), and the offer set against it by a comparison ("much less
# invasive than traditional surgery") or as an alternative of some kind ("an alternative
# treatment to surgery"). Look-alikes stay silent: an operation compared with another
# operation, drawbacks that merely follow an operation the patient has, surgery recommended.
# Made-up sentences, never a page's; each claim here was missed before the rule.


@each_case(
    ("sentence",),
    [
        # an operation's burden avoided with it
        ("With our stem cells you avoid all the serious risks of hip surgery.",),
        ("Patients avoid the rehab process that normally accompanies a joint replacement.",),
        ("You return to sport without the prolonged healing time that surgery demands.",),
        ("Our injections spare you the trauma of a knee replacement.",),
        # the offer compared with an operation
        ("This injection is far less invasive than traditional surgery.",),
        ("Compared with a spinal fusion, our disc injection is much less invasive.",),
        # an alternative of some kind to an operation
        ("A PRP injection is an alternative treatment to surgery for many tears.",),
        ("We offer a safe alternative therapy to knee replacement.",),
        # an operation named by its abbreviation
        ("Our bone marrow concentrate is an alternative to TKA for many patients.",),
        ("Many of our patients have avoided a THR thanks to stem cells.",),
    ],
)
def test_an_operation_in_other_words_set_against_the_offer_is_avoid_surgery(
    sentence: str,
) -> None:
    """An operation named by its kind or by what it costs, avoided or set against the
    offer: avoid-surgery."""
    assert CLAIM in benefits(sentence), sentence


@each_case(
    ("sentence",),
    [
        # an operation compared with another operation
        ("Arthroscopic surgery is less invasive than open surgery.",),
        ("Keyhole repair is much less invasive than a traditional operation.",),
        # drawbacks after an operation the patient has: rehab, not an operation avoided
        ("Good rehab helps you avoid the complications that can come after surgery.",),
        ("Follow our aftercare to avoid the risk of infection after your knee replacement.",),
        # surgery recommended, and an operation's burden told with nothing avoided
        ("For a full tear, TKA is the best option.",),
        ("Our surgeons perform TKA and THR as same-day procedures.",),
        # a careful page's report of what clinics claim
        ("Clinics claim their injections are less invasive than surgery.",),
        ("The risks of hip surgery include infection and blood clots.",),
        # an alternative of another kind, not to an operation
        ("Physical therapy is an alternative treatment to painkillers.",),
    ],
)
def test_the_look_alikes_claim_nothing(sentence: str) -> None:
    """Without the offer set against an operation, or with the operation still done, the
    same words avoid nothing."""
    assert CLAIM not in benefits(sentence), sentence


# -- Moved from tests/test_surgery4_rules.py -----------------------------------------------
# Round surgery4: "no surgery" said as a selling point of the offer.
#
# The spec (benchmarks/adverts/README.md): avoid-surgery is a non-surgical option offered
# instead of an operation, or an operation avoided or delayed. The first runs' misses (eh05,
# em07) show the operation denied in few words, as a point of the offer: a predicate of need
# ("no surgery is needed") or one item in a list of noes of an operation's burdens
# ("Minimally invasive: no surgery and no long recovery", "No surgery, no downtime"). The
# structure read: "no" quantifying an operation, then either a word of need or a second
# "no" of what an operation costs (`no-surgery-point` in advert_words.yaml). Look-alikes
# stay silent: a quality denied of every operation ("no surgery is risk-free"), surgery
# recommended, rehab after an operation, an operation with no drug set beside it, a careful
# page reporting what clinics claim. Made-up sentences, never a page's; each claim here was
# missed before the rule.


@each_case(
    ("sentence",),
    [
        # no operation needed: a predicate of need
        ("Repairing a tendon with our cells takes a short recovery, and no surgery is needed.",),
        ("With a PRP injection no surgery is required.",),
        ("No operation necessary: the injection takes twenty minutes.",),
        # a verbless point in a list of noes of an operation's burdens
        ("Minimally invasive: no surgery and no long recovery.",),
        ("No surgery, no downtime.",),
        ("Our knee injections: no knife, no hospital stay, back to work the next day.",),
        ("No scars and no surgery with our stem cell procedure.",),
    ],
)
def test_no_surgery_as_a_selling_point_is_avoid_surgery(sentence: str) -> None:
    """An operation denied as a point of the offer, said in few words: avoid-surgery."""
    assert CLAIM in benefits(sentence), sentence


@each_case(
    ("sentence",),
    [
        # a quality denied of every operation, not an operation avoided
        ("No surgery is risk-free.",),
        ("No surgery is without risk, and no injection is either.",),
        # an operation set beside a rival, not beside its burdens
        ("There is no surgery and no drug that regrows cartilage.",),
        # surgery recommended, and rehab after an operation the patient has
        ("Surgery is the best option for a full tear.",),
        ("After surgery, rehab takes six weeks and no driving is allowed.",),
        # a careful page reporting what clinics claim
        ("Clinics claim their injections are an alternative to surgery.",),
        # no prior operation: who the patients were, not an operation avoided
        ("Patients with no prior surgery and no injections in the last year were included.",),
    ],
)
def test_the_look_alikes_claim_nothing_surgery4(sentence: str) -> None:
    """An operation denied of a quality, beside a rival or in a report claims nothing."""
    assert CLAIM not in benefits(sentence), sentence


@each_case(
    ("sentence",),
    [
        # the claims found before the round, which the new reading must leave found
        ("No need for surgery.",),
        ("Many of our patients are able to avoid surgery.",),
        ("Our stem cell injections help patients avoid knee replacement.",),
    ],
)
def test_the_older_wordings_are_still_found(sentence: str) -> None:
    """The round adds a reading; the wordings found before stay found."""
    assert CLAIM in benefits(sentence), sentence


# -- Moved from tests/test_surgery6_rules.py -----------------------------------------------
# The usual care named by the non-surgical word is no avoid-surgery claim (round surgery6,
# `check/rules/usual_care.py`).
#
# The spec (benchmarks/adverts/README.md, benefits): avoid-surgery is "a non-surgical option
# offered as instead of an operation", the offer's; its recorded calls keep the non-surgical
# therapies a page lists as the usual conservative care out of the claim. `usual_care` read a
# list of other treatments after the noun of care in brackets or after "such as". Two more
# shapes of the same list: after a colon ("non-surgical care: drugs, physical therapy ..."),
# and "without surgery" followed by the care and its list ("Without surgery the options are
# rest, ice ..."); and "with or without surgery" names both ways, so neither is offered
# instead of the other. Each test gives made-up wordings, never a page's sentence, and
# look-alikes that must still be found.

AVOID = "avoid-surgery"


@each_case(
    ("usual",),
    [
        # a list of other treatments after a colon
        ("Most patients improve with non-surgical care: rest, physical therapy and bracing.",),
        (
            "Nine in ten back patients recover with nonsurgical treatment: physiotherapy, "
            "exercise and painkillers.",
        ),
        # "without surgery", the care and its list
        ("Without surgery the options are rest, ice and a brace.",),
        ("Without an operation, the treatment is physiotherapy and exercise for some weeks.",),
        # both ways named
        ("A torn tendon can be treated with or without surgery.",),
        ("Most sprains heal with or without an operation in a few months.",),
    ],
)
def test_the_usual_care_is_no_claim(usual: str) -> None:
    assert AVOID not in benefits(usual), usual


@each_case(
    ("claim",),
    [
        # the offer after the colon or the copula
        ("We offer non-surgical care: stem cell injections for the knee.",),
        ("Without surgery the options are our stem cell and PRP injections.",),
        ("Without surgery, our injections are the option for torn tendons.",),
        # no list, or a list that is no other treatment
        ("Our clinic offers non-surgical care: you are home the same day.",),
        ("Heal without surgery: the treatment takes an hour.",),
        ("Heal your knee without surgery.",),
        ("Most patients avoid surgery with our injections.",),
        # "or" that is no choice of both ways
        ("Our cells help you walk again without pain or without surgery.",),
    ],
)
def test_the_offer_said_as_instead_of_surgery_is_still_found(claim: str) -> None:
    assert AVOID in benefits(claim), claim
