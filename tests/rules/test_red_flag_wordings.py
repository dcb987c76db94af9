"""Warning signs in the wordings new pages use, and their look-alikes: the red-flag rounds'
tables (each rule names its flag), and the families mined from real pages of the flags
with no file of their own (urgency, pay up front, pay to join a trial, many conditions).
A table here mixes flags; the families of one flag are in that flag's file.
"""

from __future__ import annotations

from cases import each_case
from findings import MATCHER, Rule, clean, found, raises, red_flags, rule_cases

from stemcell_cli.check.matching.findings import Phrase
from stemcell_cli.check.matching.matcher import Matcher
from stemcell_cli.check.rules.negation import NEAR, RELATIVE_REACH
from stemcell_cli.check.words.sentences import SENTENCE_WORDS, asks_yes_or_no, quoted_lists
from stemcell_cli.check.words.stemmer import stem

# -- Moved from tests/test_flag_rules3.py --------------------------------------------------
# Warning signs that fired on the wrong sentence and missed the right one (issue 14,
# red flags, third round): each rule is about a kind of sentence, with advert sentences
# that must raise its flag and look-alikes that must not (made-up wordings, not pages').
#
# The rules live in data (`data/red_flags.yaml`, the guards of each flag in
# `data/check/advert_words.yaml`); a look-alike fails when its guard is removed, an
# advert sentence when its phrase is removed or a guard grows too wide.

OWN = "own-cells-so-safe"

STORY = "testimonials-as-evidence"

RATE = "high-success-rate"

PROMISE = "promised-results"

CURE = "cure-claim"

# (rule, flag, advert sentences that raise it, look-alikes that do not)
RULES: list[Rule] = [
    (
        "no rejection of donor cells is not own-cells safety",
        OWN,
        (
            "Your own cells cannot be rejected by your body.",
            "Because the cells come from your own fat, there is no risk of rejection.",
            "Unlike donor cells, your own cells carry no risk of rejection.",
            "Your own cells, unlike placenta products, are never rejected.",
        ),
        (
            "Cells taken from a placenta are so young that the body does not reject them.",
            "The product is immune-privileged, with little chance of rejection.",
            "The body will never reject them, as the cells are immune privileged.",
            "Cells from an umbilical cord are not rejected by the immune system.",
            "There is no rejection, since the cells come from a donor.",
        ),
    ),
    (
        "own cells said to carry no risk are the claim, own cells said to carry risks not",
        OWN,
        (
            "Your own cells carry no risk of rejection.",
            "Because they are your own, the cells pose no danger of a reaction.",
        ),
        (
            "Even your own cells carry risks.",
            "Your own cells have still caused serious harm.",
            "Injections of your own cells carry real risks of infection.",
            "Your own cells are natural, yet they carry serious risks.",
        ),
    ),
    (
        "athletes named with amateurs are the audience, not the proof",
        STORY,
        (
            "Professional athletes trust our stem cell treatment.",
            "Elite athletes choose our clinic.",
        ),
        (
            "A new way to heal professional athletes and weekend warriors alike.",
            "From elite athletes to weekend warriors, anyone can tear a tendon.",
            "Weekend warriors and pro athletes alike can strain a hamstring.",
        ),
    ),
    (
        "athletes named in a critique of what they had are no proof",
        STORY,
        ("Football stars have used our cell injections.",),
        (
            "The injection the football star reportedly had was untested and risky.",
            "Several footballers had started experimenting with cell injections.",
            "The untested injection that the football star had was a gamble.",
        ),
    ),
    (
        "testimonials named as a lure are no testimonial",
        STORY,
        ("Read the testimonials of our happy patients.",),
        (
            "How online testimonials lure patients to shady clinics.",
            "Shady clinics lure patients with testimonials.",
        ),
    ),
    (
        "a link to a news article is no patient story",
        STORY,
        ("Read Maria's story of her recovery.",),
        ("Read Original Story", "Read the full article"),
    ),
    (
        "one person's own words of recovery",
        STORY,
        (
            "This treatment gave my life back to me.",
            "I am now 80 per cent cured.",
            "Two months on, he reports significantly more energy and less pain.",
            '"I was nervous at first," says Kowalski, now 72.',
        ),
        (
            "Patients report significantly more pain after surgery than after rest.",
            "says Kowalski, an orthopaedic surgeon at the hospital.",
        ),
    ),
    (
        "success rate as a topic is no figure",
        RATE,
        ("Our success rate is 92%.", "85% of our patients report less pain."),
        (
            "Determining a single success rate for knee injections is misleading.",
            "The success rate depends on how success is measured.",
            "Measuring the success rate takes years of follow-up.",
            "The true success rate of these injections is unknown.",
        ),
    ),
    (
        "a placebo group's figure is not the clinic's",
        RATE,
        ("In our clinic, 80% of patients improved.",),
        ("In that trial the response was 29% with placebo.",),
    ),
    (
        "the share another treatment helps is not the clinic's",
        RATE,
        ("Our injections help 90% of patients with back pain.",),
        ("Conservative treatment relieves about 90% of low back pain cases.",),
    ),
    (
        "a share of videos or sites is not a share of patients",
        RATE,
        ("Over 90% of patients report success.",),
        ("Researchers watched 150 videos, and in 90 percent of them patients praised the clinic.",),
    ),
    (
        "years are no count of patients",
        RATE,
        ("9/10 patients report less pain.",),
        ("We first tried this in 2005/2006 on patients with disc disease.",),
    ),
    (
        "each group's share that improved is a success rate",
        RATE,
        ("In 60% of the former and 75% of the latter the knee function improved.",),
        ("In 30% of the latter the pain got worse.",),
    ),
    (
        "what patients expect is no promise",
        PROMISE,
        ("You can expect quick results.", "Expect immediate relief after the injection."),
        (
            "Some patients expect quick results, but healing takes months.",
            "Many people hope for immediate relief.",
            "It is natural to expect fast results.",
            "Many patients expect quick results.",
        ),
    ),
    (
        "a hedged return is no promise",
        PROMISE,
        ("You will be back to work in two days.",),
        ("You will probably be able to return to work in a week or two.",),
    ),
    (
        "the recovery from an operation is no promise",
        PROMISE,
        ("With our cells you are back to sport in weeks.",),
        ("Athletes recovering from ACL surgery need about nine months before returning to sport.",),
    ),
    (
        "lasting results said of some patients only are no promise",
        PROMISE,
        ("Our patients enjoy lasting results.",),
        ("Patients with mild arthritis tend to have longer-lasting results.",),
    ),
    (
        "an attempt, a dream or a hedged hope of a cure is no cure claim",
        CURE,
        ("Our stem cells cure arthritis.", "The injection cures knee pain."),
        (
            "Some doctors try to cure spinal cord injury with these cells.",
            "The cells are sold as the holy grail cure for every ache.",
            "The research explores treating and possibly curing joint disease.",
        ),
    ),
    (
        "a cure said to be missing only in the past is a cure claim",
        CURE,
        (
            "There was once no available cure for pain from the facet joints.",
            "Arthritis formerly had no real cure.",
        ),
        (
            "There is no available cure for arthritis.",
            "Once a joint is worn, no injection can regrow it.",
            "Once again, these injections do not cure arthritis.",
        ),
    ),
    (
        "a condition that lasts is no permanent fix",
        CURE,
        (
            "We fix your knee pain for good.",
            "Eliminate your back pain forever.",
            "Our treatment brings relief that stays for good.",
        ),
        (
            "For some people the shoulder stays stiff for good.",
            "Their range of motion remains limited forever.",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"), [(case.id, *case.values) for case in rule_cases(RULES)]
)
def test_adverts_raise_the_flag_and_look_alikes_do_not(
    name: str, flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence


# -- Moved from tests/test_flag_rules4.py --------------------------------------------------
# Warning signs that fired on the wrong sentence and missed the right one (issue 14,
# red flags, fourth round): careful pages that report calmly (a news story quoting what a
# clinic told a patient, a regulator naming FDA words as a ploy, a study's rating scale)
# and adverts that word a sign in a way the lists lacked. Each rule is about a kind of
# sentence, with advert sentences that must raise its flag and look-alikes that must not
# (made-up wordings, not pages').
#
# The rules live in data (`data/red_flags.yaml`, the guards of each flag in
# `data/check/advert_words.yaml`) and, for a negation that reaches into a relative clause,
# in `check/rules/negation.py`; a look-alike fails when its guard or rule is removed, an advert
# sentence when its phrase is removed or a guard grows too wide.

FDA = "fda-status-claim"

TRAVEL = "medical-tourism"

MANY = "many-conditions"

# (rule, flag, advert sentences that raise it, look-alikes that do not)
RULES_FLAG4: list[Rule] = [
    (
        "approval of blood-cancer treatments is not the offer's (one word per alternative)",
        FDA,
        ("Our cord blood cells are FDA approved for knee pain.",),
        (
            "The only cell treatments approved by the FDA are for certain cancers and "
            "disorders of the blood.",
            "Cord blood is FDA approved only for certain cancers.",
            "Cells that are FDA approved exist only for disorders of the blood.",
        ),
    ),
    (
        "approval said of a few products is not the offer's",
        FDA,
        ("Our product received approval from the FDA.",),
        (
            "A few have won approval from the Food and Drug Administration, but most have not.",
            "A handful of products have received clearance from the FDA.",
        ),
    ),
    (
        "FDA words named as a ploy, or as what people are told, are not the offer's",
        FDA,
        (
            "Our lab is FDA registered to ensure the highest quality.",
            "Our cells are registered with the FDA.",
            "We tell every patient that our lab is FDA registered.",
        ),
        (
            "Patients are told that a product is registered with the FDA, to suggest that "
            "it is legal.",
            "Clinics say they are FDA registered to suggest a review that never happened.",
            "Sellers mention registration to imply that they comply with FDA laws.",
        ),
    ),
    (
        "a lab's deviations from good practice are failings, not a seal",
        FDA,
        ("Our cells are processed in a cGMP facility.",),
        (
            "Inspectors found significant deviations from current good manufacturing "
            "practice (CGMP) requirements.",
            "The FDA documented deviations from current good tissue practice (CGTP) and "
            "current good manufacturing practice (CGMP) requirements.",
        ),
    ),
    (
        "the rules named first and the agency after are FDA words said of the product",
        FDA,
        (
            "Our exosomes are processed according to standards and regulations established "
            "by the AATB and the United States Food & Drug Administration (FDA).",
            "Every vial is made in accordance with guidelines set by the FDA.",
            "Our lab has full compliance with FDA regulations.",
        ),
        (
            "Tissue banks must process tissue according to regulations established by the FDA.",
            "Each bank is required to work in accordance with the standards set by the FDA.",
        ),
    ),
    (
        "a negation reaches into a relative clause of what it denies",
        FDA,
        (
            "We never cut corners: our cells come from a lab that is FDA registered.",
            "Our lab, which is FDA registered, screens every donor.",
        ),
        (
            "They do not come in a natural form that is FDA approved for use in joints.",
            "This isn't a procedure that is FDA approved for knees.",
            "These clinics don't use cells which are FDA cleared.",
        ),
    ),
    (
        "a rate someone was told, reported, is no success rate shown",
        RATE,
        ("Our success rate is 90 percent.", "Our patients report a 92% satisfaction rate."),
        (
            '"They told us that it was a 90 to 95 percent success rate," she says.',
            "The clinic told her the treatment had an 85% success rate.",
        ),
    ),
    (
        "a percentage denied is no success rate",
        RATE,
        ("The procedure is 95 percent successful.",),
        (
            "It has been very successful, although it is not 100 percent successful.",
            "The results were successful but never 100% so.",
        ),
    ),
    (
        "a rating scale measures, it is no rate",
        RATE,
        ("Patients report an improvement rate of 85%.",),
        (
            "Outcomes were measured with a subjective improvement rating scale.",
            "Each patient filled in a satisfaction score questionnaire.",
        ),
    ),
    (
        "who the clients are and why they came is no outcome",
        RATE,
        ("90% of our patients are satisfied with the results.",),
        (
            "Maybe 80 percent of our clients came to see us because of chronic diseases.",
            "About 65% of our patients are over 60.",
            "Some 40 percent of our patients travel from abroad.",
        ),
    ),
    (
        "an improvement figure said after 'of' further on is a success rate",
        RATE,
        (
            "There was a subjective improvement of the SANE (Single Assessment Numeric "
            "Evaluation) score of 50%.",
            "Patients saw a reduction in their pain scores of 60%.",
        ),
        ("The risk of a serious infection after the injection was under 1%.",),
    ),
    (
        "a hope for a cure is no cure claim",
        CURE,
        ("Our stem cells cure arthritis.", "There is now a cure for your knee pain."),
        (
            "If you're in pain and there is hope for a cure, you're going to try it.",
            "The news gave some sufferers hope for a cure.",
            "People turn to these clinics hoping for relief, or a cure.",
        ),
    ),
    (
        "a hedged reversal is no cure claim",
        CURE,
        ("Our cells reverse arthritis.",),
        (
            "The approach aims to potentially reverse disease progression.",
            "Researchers hope it could possibly undo the damage one day.",
        ),
    ),
    (
        "a doctor's or a researcher's words are no patient's story",
        STORY,
        ('In the words of our patient Mary: "I can walk again."',),
        (
            '"The evidence is weak," in the words of Dr. Shapiro, co-senior author.',
            "In the words of one researcher, the field is moving too fast.",
        ),
    ),
    (
        "testimonials on others' sites or propping their claims are named, not shown",
        STORY,
        ("Read the testimonials of our happy patients.",),
        (
            "Their website includes many testimonials.",
            "The clinics offer patient testimonials to back up their claims.",
        ),
    ),
    (
        "athletes named by their sport's strain, or as the first to have an operation, are "
        "no proof",
        STORY,
        ("Professional athletes like Tiger Woods trust our treatment.",),
        (
            "Athletes who make the same overhead motion, such as tennis players, depend on "
            "this ligament.",
            "The operation carries the name of the first professional athlete who had it.",
        ),
    ),
    (
        "doctors on a charity mission abroad are no travel package",
        TRAVEL,
        (
            "Fly to Mexico for your stem cell treatment.",
            "Our mission is to bring you to Mexico for affordable care.",
        ),
        (
            "Our doctors travel on a humanitarian mission to Honduras every year.",
            "The yearly trip to Honduras organized by the foundation treated hundreds.",
        ),
    ),
    (
        "a method restricted at the destination itself is no escape from home rules",
        TRAVEL,
        ("This treatment is banned in the US but legal in Mexico.",),
        ("This method is restricted in many countries, including Israel and the USA.",),
    ),
    (
        "cheaper than an operation is no price set against home",
        TRAVEL,
        ("Treatment in Mexico is cheaper than in the US.",),
        ("It is used in India and Korea, and cheaper and quicker than a knee implant.",),
    ),
    (
        "patients leaving a country, or countries vying for them, are no offer",
        TRAVEL,
        ("We welcome international patients.",),
        (
            "Some patients travel overseas to seek care, and the country loses millions.",
            "The new law gave the islands a way to compete for international patients.",
        ),
    ),
    (
        "fewer immune responses with the patient's cells is own-cells safety",
        OWN,
        (
            "Reduces possible immune responses by using the patient's cells.",
            "Using the patient's own fat means no immune reaction.",
        ),
        (
            "Donor cells from the umbilical cord cause no immune reaction.",
            "The patient's cells are injected into the knee.",
        ),
    ),
    (
        "own cells said to carry safety risks are no safety claim",
        OWN,
        ("Your own cells carry no risk of rejection.", "Your own cells have no health risks."),
        (
            "Even your own stem cells carry safety risks.",
            "Your own cells still pose safety hazards.",
        ),
    ),
    (
        "ageing itself as what is treated, and the internal organs, are body systems",
        MANY,
        (
            "Our stem cells treat aging, Parkinson's disease and cancer.",
            "The clinics have treated conditions such as aging, menopause and heart disease.",
            "Our cells help arthritis, functional disorders of the internal organs and autism.",
        ),
        ("Our stem cells treat knee arthritis, Parkinson's disease and stiffness with aging.",),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"),
    [(case.id, *case.values) for case in rule_cases(RULES_FLAG4)],
)
def test_adverts_raise_the_flag_and_look_alikes_do_not_flag4(
    name: str, flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence


class TestRelativeClause:
    """The negation that reaches into a relative clause is bounded: the pronoun and its
    verb within NEAR words of the negation, the word within RELATIVE_REACH of the verb."""

    MATCHER = Matcher([Phrase("red_flag", "x", "FDA approved")])

    def flagged(self, line: str) -> bool:
        return bool(self.MATCHER.scan([line]))

    def test_the_clause_of_what_is_denied_is_negated(self) -> None:
        assert not self.flagged("They do not sell a form that is FDA approved.")

    def test_a_clause_too_far_from_the_negation_is_not(self) -> None:
        filler = " ".join(["big"] * NEAR)
        assert self.flagged(f"They do not sell a {filler} form that is FDA approved.")

    def test_a_word_too_far_from_the_verb_is_not(self) -> None:
        filler = " ".join(["big"] * RELATIVE_REACH)
        assert self.flagged(f"Not a form that is {filler} FDA approved.")

    def test_a_relative_clause_without_a_negation_is_not(self) -> None:
        assert self.flagged("We sell a form that is FDA approved.")

    def test_a_long_line_of_negations_and_clauses_is_read(self) -> None:
        """Each negation looks at most NEAR words on: a line of a hundred thousand
        negated clauses is read, each of them negated (a hang, not a speed, fails), and
        so is a sentence of negations as long as a sentence is read with
        (SENTENCE_WORDS: a longer one is read in pieces, bound1)."""
        line = "; ".join(["not a form that is FDA approved"] * 100_000)
        assert not self.flagged(line)
        line = " ".join(["not that is"] * (SENTENCE_WORDS // 3 - 1)) + " FDA approved"
        assert not self.flagged(line)


class TestOverlappingDiseaseNames:
    """A disease named inside a longer name at the same place ("brain injury" in
    "traumatic brain injury") is one disease for the many-conditions count."""

    def test_a_name_inside_a_longer_one_counts_once(self) -> None:
        five = (
            "Our cells treat stroke, heart failure, Alzheimer's, traumatic brain injury "
            "and spinal cord injury."
        )
        assert MANY not in found("red_flag", five)

    def test_six_distinct_diseases_still_count(self) -> None:
        six = (
            "Our cells treat stroke, heart failure, myocardial infarction, Alzheimer's, "
            "traumatic brain injury and spinal cord injury."
        )
        assert MANY in found("red_flag", six)

    def test_a_long_line_of_overlapping_names_is_read(self) -> None:
        """The names are sorted by place and swept once: a line of fifty thousand
        sentences, each naming a disease inside a longer name, is read (a hang, not a
        speed, fails)."""
        line = "Traumatic brain injury. " * 50_000
        assert MANY not in found("red_flag", line)


# -- Moved from tests/test_flag_rules6.py --------------------------------------------------
# Famous people and stories as proof, safety of one's own cells, and false alarms of cure
# and miracle words (issue 14, red flags, sixth round): a famous or named person's own
# recovery told as the proof with no testimonial word ("used it to fix his own backpain",
# "the treatment has left Jack pain free"), own cells called safe at more length ("a low
# risk option, since the cells come from your own body"), and the plain senses of cure and
# miracle words (concrete that cures, a sanatorium curing tuberculosis, a bogus "cure",
# "these 'miracle' stories"). Each rule is about a kind of sentence, with advert sentences
# that must raise its flag and look-alikes that must not (made-up wordings, not pages').
#
# The wordings live in `data/red_flags.yaml` and `data/check/advert_words.yaml` (the
# `own-cells` list, and the guards of each flag); a look-alike fails when its guard is
# removed, an advert sentence when its phrase is removed or a guard grows too wide.

MIRACLE = "miracle-language"

# (rule, flag, advert sentences that raise it, look-alikes that do not)
RULES_FLAG6: list[Rule] = [
    (
        "a famous or named person who used the treatment to fix his or her own trouble",
        STORY,
        (
            "The former Surgeon General used it to fix his own long-standing backpain.",
            "She tried these injections to heal her own arthritic knee.",
        ),
        ("Doctors used it to treat their own patients for years.",),
    ),
    (
        "a person who had his or her knee, back or shoulder fixed or treated",
        STORY,
        (
            "Adriana came back last month to get her knees treated.",
            "He flew to Germany to have his back fixed.",
        ),
        (
            "She went abroad to have her knee injected and came home with an infection.",
            "Was it necessary for him to go abroad to have his back fixed?",
        ),
    ),
    (
        "a person left pain free or able to do things pain free",
        STORY,
        (
            "Two injections have left Jack pain free for the first time in decades.",
            "Today he can play golf, stand and walk pain free.",
        ),
        (
            "The injection itself is nearly pain free.",
            "Most patients are not pain free after one injection.",
        ),
    ),
    (
        "a person who says he or she is a believer",
        STORY,
        ('"I\'m a believer," Jack says.', "She is now a true believer in stem cells."),
        ("Believers in physical therapy will find exercises here.",),
    ),
    (
        "a person's successful treatment",
        STORY,
        (
            "Maria came back after her successful shoulder stem cell procedure.",
            "Adriana, a dentist, returned after a successful stem cell treatment in 2010.",
        ),
        ("A successful procedure depends on choosing patients well.",),
    ),
    (
        "a hedged aim to improve quality of life is no patient's story",
        STORY,
        ("The treatment improved her quality of life.",),
        (
            "It can be an option to help manage their condition and potentially improve "
            "their quality of life.",
        ),
    ),
    (
        "a booklet or information on the patient experience is no patient's story",
        STORY,
        ("Watch our patient videos.",),
        (
            "Ask for a digital booklet and more information on alternatives to surgery and "
            "the Regenexx patient experience.",
        ),
    ),
    (
        "athletes named with unproven or unapproved treatments, as research subjects or a "
        "league as a body that rules, are no proof",
        STORY,
        ("NFL players trust our stem cell injections.",),
        (
            "Since 2009, twelve NFL players are known to have had unapproved stem cell treatments.",
            "With new and unproven stem cell treatments on the rise, the NFL has a daunting task.",
            "Going by the online data on NFL players, players may not know the risks.",
            "The NFL and other sports leagues may have to evaluate, and possibly regulate, "
            "stem cell therapies.",
        ),
    ),
    (
        "famous athletes named by what cut their careers short are no proof",
        STORY,
        ("Famous athletes choose our clinic.",),
        (
            "Many famous quarterbacks such as Joe Namath had his career shortened by knee "
            "arthritis.",
            "Many elite athletes had their careers shortened by knee surgeries.",
        ),
    ),
    (
        "a comma between this and patients is no 'this patient'",
        STORY,
        ("This patient came to us after two failed surgeries.",),
        ("Given all this, patients should be cautious about stem cell injections.",),
    ),
    (
        "a material that cures as it sets is no cure of a disease",
        CURE,
        ("Our stem cells cure the arthritis in your knee.",),
        (
            "The bone cement cures in about ten minutes.",
            "During the curing period, which lasts five to seven days after placement for "
            "conventional concrete, the surface must stay moist.",
            "Coat the slab with a curing compound to seal in moisture.",
        ),
    ),
    (
        "an infection cured, as antibiotics and sanatoria did, is no cure claim",
        CURE,
        ("Stem cells can cure your back pain.",),
        (
            "The sanatorium for curing tuberculosis opened in 1863.",
            'In 1840 he published "On the Treatment and Cure of Pulmonary Consumption".',
            "Antibiotics cure most such infections.",
        ),
    ),
    (
        "what research still needs, said at length, is no cure claim",
        CURE,
        ("Our therapy is able to reverse the progression of the disease.",),
        (
            "The greatest unmet need is a therapy that can not only improve a patient's pain "
            "and function but is able to reverse, halt or slow the progression of the "
            "disease.",
        ),
    ),
    (
        "a cure named bogus or snake oil is no cure claim",
        CURE,
        ("Our cure for arthritis works where pills fail.",),
        (
            'Swallow "Total Arthritis Cure" tablets, and if these bogus treatments happen to '
            "fall on a good day, you may think they work.",
            "That cure was fraudulent from the start.",
        ),
    ),
    (
        "exercise named as the cure is no clinic's cure claim",
        CURE,
        ("Stem cells are the cure for back pain.",),
        (
            "The cure for back pain is exercise and education.",
            "Exercise is the real cure for most back pain.",
        ),
    ),
    (
        "a replaced part good as new is no cure claim",
        CURE,
        ("After our injections your knee will be good as new.",),
        ("To most people, surgery is like changing a tire: in with a new one, good as new.",),
    ),
    (
        "a league named alone is no proof; its players are",
        STORY,
        ("NFL players and NBA stars come to our clinic.",),
        ("He refused to give up his attempt to return to the NFL.",),
    ),
    (
        "a cure in the name of an institute, a fund or a meeting is no cure claim",
        CURE,
        ("Our injections cure knee arthritis.",),
        (
            "The cells were grown at the UC Davis Institute for Regenerative Cures.",
            "He founded the Miami Project to Cure Paralysis.",
        ),
    ),
    (
        "risks that remain even with one's own cells are no own-cells safety",
        OWN,
        ("With your own stem cells there is no safety risk at all.",),
        (
            "Health officials stress that there are safety risks even if your own stem cells "
            "are used.",
        ),
    ),
    (
        "an autograft, or cells taken directly from one's body, with safety said as they are",
        OWN,
        (
            "Autograft is the safest stem cell to use.",
            "There is no need for concern about allergy or reaction, as the fat is taken "
            "directly from another area of your body.",
        ),
        (
            "Autograft stem cells heal the quickest.",
            "The fat is taken directly from another area of your body.",
        ),
    ),
    (
        "donor tissue said not to be rejected, right after its name, is no own-cells safety",
        OWN,
        ("Unlike donor cells, your own cells are never rejected.",),
        ("Unlike organs, allograft transplants are not rejected by the patient's body.",),
    ),
    (
        "miracles the reader has already tried, and stories held at a distance, are not "
        "the advert's miracle words",
        MIRACLE,
        ("Our miracle injections rebuild cartilage.",),
        (
            "You have probably tried all the miracle exercises and stretches on YouTube.",
            "A million viewers saw these miracle stories on television.",
        ),
    ),
    (
        "own cells called safe because they are one's own, said at more length",
        OWN,
        (
            "It is considered a low risk option for treatment, since stem cells come from a "
            "patient's own body.",
            "Autologous stem cells are the most widely accepted, thanks to their advantages "
            "of immune compatibility.",
        ),
        (
            "It is an outpatient option for treatment, since stem cells come from a "
            "patient's own body.",
        ),
    ),
    (
        "own cells with a natural ability, or seen as foreign, are no safety claim",
        OWN,
        ("The cells come from your own body, so they are natural and safe.",),
        (
            "The cells are harvested from the patient's own body and have a natural "
            "tendency to multiply.",
            "Autologous cells have the least risk of rejection unless they become "
            "contaminated, so that the body recognizes them as foreign.",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"),
    [(case.id, *case.values) for case in rule_cases(RULES_FLAG6)],
)
def test_adverts_raise_the_flag_and_look_alikes_do_not_flag6(
    name: str, flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence


class TestASentenceThatFollowsOn:
    """A sentence that draws a consequence from the one before it ("This means", "As a
    result", "Therefore" within its first four words), or after a semicolon goes on about
    the same thing ("...; they are ..."), is also read with that sentence: own cells in
    one and safety in the next are own cells said to be safe (`sentences.follows_on`)."""

    @each_case(
        ("text",),
        [
            (
                "In stem cell therapy the cells are harvested from the patient's own body. "
                "This means only minimal risks are involved.",
            ),
            (
                "We harvest the stem cells from your own bone marrow or fat; they are a "
                "natural, safe option to heal damage.",
            ),
            ("The cells come from your own fat. As a result, the injections are very safe.",),
            ("The cells come from your own fat. The procedure, therefore, is very safe.",),
        ],
    )
    def test_own_cells_then_their_safety_in_the_next_sentence(self, text: str) -> None:
        assert OWN in found("red_flag", text)

    @each_case(
        ("text",),
        [
            # no link: two sentences side by side say nothing of each other
            (
                "In stem cell therapy the cells are harvested from the patient's own body. "
                "Only minimal risks are involved.",
            ),
            # a link too late in the sentence
            (
                "The cells come from your own fat. The doctor who runs the clinic says, as a "
                "result, the injections are very safe.",
            ),
            # a semicolon with another subject
            (
                "We harvest the stem cells from your own bone marrow or fat; the clinic is a "
                "natural, safe place to heal.",
            ),
        ],
    )
    def test_sentences_that_do_not_follow_on_are_read_apart(self, text: str) -> None:
        assert OWN not in found("red_flag", text)

    def test_a_match_within_one_sentence_is_found_once(self) -> None:
        text = "Your own cells are safe. Therefore we use them."
        matches = MATCHER.scan([text])
        own = [m for m in matches if m.entry_id == OWN]
        assert len(own) == 1

    def test_a_long_line_of_linked_sentences_is_read(self) -> None:
        """Each sentence is joined to the one before at most once and the link is looked
        for in its first words only: a line of fifty thousand linked sentences is read
        (a hang, not a speed, fails)."""
        line = "Cells come from your own fat. Therefore they are safe. " * 50_000
        assert OWN in found("red_flag", line)
        line = "x" * 100_000 + ". " + "therefore " * 50_000
        assert OWN not in found("red_flag", line)


# -- Moved from tests/test_flag_rules7.py --------------------------------------------------
# Warning signs named or said of something else, not shown (issue 14, red flags, seventh
# round): words quoted in a list to be answered, breakthroughs as a field's potential, a
# field's or research's aim, a cure in mice or a step closer to one, FDA approval of some
# products in general, a recovery time that promises nothing. Each rule is about a kind of
# sentence, with advert sentences that must raise the flag and look-alikes that must not
# (made-up wordings, not pages').
#
# The wordings live in `data/red_flags.yaml`, their guards and `debunking:` lines in
# `data/check/advert_words.yaml`, and the list of quoted words in `check/words/sentences.py`
# (`quoted_lists`); an advert sentence fails when its phrase is removed, a look-alike when
# its guard or rule is removed or the phrase is written looser.

RULES_FLAG7 = [
    (
        "words quoted in a list are named, not used",
        MIRACLE,
        (
            "Our revolutionary treatment regrows cartilage.",
            'Patients call our therapy "revolutionary."',
            'This "revolutionary" therapy is, in our words, "the future of medicine".',
            'What we offer: "revolutionary," "life-changing," "drug-free."',
        ),
        (
            'The wording is always breathless: "revolutionary," "life-changing," "the cure'
            " doctors don't want you to know about.\"",
            "The words are always the same:"
            " \u201cmiracle,\u201d \u201cbreakthrough,\u201d and worse.",
        ),
    ),
    (
        "words quoted in a list are named, not used (the cure in its last item)",
        CURE,
        (
            "Stem cells cure arthritis.",
            'Our injections are "the cure" for knee pain, say patients.',
        ),
        (
            'The wording is always breathless: "revolutionary," "life-changing," "the cure'
            " doctors don't want you to know about.\"",
        ),
    ),
    (
        "breakthroughs as what a field may one day bring",
        MIRACLE,
        (
            "Our breakthrough therapy regrows cartilage.",
            "An astonishing new treatment for bad knees.",
        ),
        (
            "The potential for medical breakthroughs with stem cells seems exciting.",
            "The potential for medical breakthroughs with stem cells looks astonishing and"
            " exciting, but we are far from it.",
            "Researchers see the prospect of breakthroughs in the next decade.",
        ),
    ),
    (
        "what changed the writer's own course, not the offer",
        MIRACLE,
        (
            "Stem cell therapy changes everything.",
            "This injection changed everything for knee pain.",
        ),
        ("In 2004 a research paper changed everything for me.",),
    ),
    (
        "the fountain of youth that people chase",
        MIRACLE,
        ("Our exosome infusion is the fountain of youth.",),
        ("People always seem to be hunting for the fountain of youth.",),
    ),
    (
        "a field's or research's aim, not the offer's claim",
        CURE,
        (
            "Our treatment reverses the damage in your knee.",
            "We cure arthritis with your own cells.",
        ),
        (
            "Regenerative medicine is a field whose aim is to reverse the damage of ageing.",
            "Stem cell research aims at a diabetes cure.",
        ),
    ),
    (
        "what cells have been studied for",
        CURE,
        ("These cells reverse the damage of aging.",),
        (
            "These cells have been studied for anti-aging effects, reversing the damage of aging.",
            "These cells have been studied for reversing the damage of arthritis.",
        ),
    ),
    (
        "a cure in laboratory animals",
        CURE,
        ("Stem cells cured my diabetes.",),
        (
            "Converted human stem cells cured mice with diabetes for nine months.",
            "Functional Cure for Diabetes in Mice Produced with Stem Cell Therapy",
        ),
    ),
    (
        "research's progress toward a cure, or a scientist's reluctance to name one",
        CURE,
        ("We offer a cure for type 1 diabetes.",),
        (
            "Scientists may have moved a step closer to a cure for type 1 diabetes.",
            "As a scientist I am always hesitant to speak of a cure.",
        ),
    ),
    (
        "cures as what research may open a way to",
        CURE,
        ("Our cells cure many diseases.",),
        ("The discovery opened a window to potential cures for diseases.",),
    ),
    (
        "FDA approval said of some products in general",
        FDA,
        (
            "Some of our products are FDA approved.",
            "Our stem cell products have been approved by the FDA.",
        ),
        ("Some stem cell products have been approved by the FDA.",),
    ),
    (
        "approval still to come, a 'yet' past the negation's reach",
        FDA,
        ("Our procedure has been approved by the FDA.",),
        (
            "Clinics offer it although the procedure has not yet been approved by the FDA.",
            "These products are yet to be cleared by the FDA.",
        ),
    ),
    (
        "a quick recovery from the procedure is no promised result",
        PROMISE,
        (
            "Quick results you can feel.",
            "Instant relief for your knees.",
        ),
        ("Quick recovery: a hospital stay is usually not needed.",),
    ),
    (
        "the usual downtime, hedged, is no promised result",
        PROMISE,
        # (promise3) a return to normal activities in days is the downtime itself, said
        # with "will" or not (the spec's call; bt11, da02, du02): a return to sport is a
        # result
        ("You will be back to sport within a few weeks.",),
        (
            "Recovery: normal activities usually resume within a few days.",
            "You will be back to normal activities within a few days.",
        ),
    ),
    (
        "a discovery that changed research",
        MIRACLE,
        ("A therapy that will revolutionize the way we treat arthritis.",),
        ("A discovery that would revolutionize the future of genetics research.",),
    ),
    (
        "what patients are promised, reported",
        MIRACLE,
        ("We give patients revolutionary therapy.",),
        ("Patients are promised revolutionary therapy, only to find they've wasted money.",),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"),
    [(case.id, *case.values) for case in rule_cases(RULES_FLAG7)],
)
def test_adverts_raise_the_flag_and_look_alikes_do_not_flag7(
    name: str, flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence


def test_promising_rewards_are_no_reported_promise() -> None:
    """Promised and promising share a stem: "the rewards are promising" reports nothing,
    so the revolutionary offer after it stays the advert's own."""
    sentence = "The rewards are promising and our revolutionary therapy regrows cartilage."
    assert MIRACLE in found("red_flag", sentence)


class TestAListOfQuotedWords:
    """`quoted_lists`: two or more quotations side by side with only spaces, commas or
    semicolons between them."""

    def test_quotations_side_by_side_are_a_list(self) -> None:
        sentence = 'Ads say "miracle," "breakthrough," "the cure" and more'
        (span,) = quoted_lists(sentence)
        assert sentence[span[0] : span[1]].strip() == '"miracle," "breakthrough," "the cure"'

    @each_case(
        ("sentence",),
        [
            ('Patients call it "a miracle" every day',),
            ('It is "revolutionary" and it is "the cure"',),
            ('He said "yes" then she said "no"',),
        ],
    )
    def test_one_quotation_or_quotations_apart_are_no_list(self, sentence: str) -> None:
        assert quoted_lists(sentence) == []

    def test_quotations_the_writer_owns_are_no_list(self) -> None:
        assert quoted_lists('Our promise: "no side effects", "no rejection"') == []
        assert quoted_lists('We say it plainly: "safe," "natural," "proven"') == []

    def test_a_long_line_of_quotes_is_read(self) -> None:
        """Each quotation holds at most 80 characters and each attempt stops at the next
        quotation mark: a line of many thousands of quotes is read (a hang, not a speed,
        fails)."""
        assert len(quoted_lists('"a," ' * 50_000)) == 1
        assert quoted_lists('"' * 200_000) == []
        assert quoted_lists(('"' + "x" * 90) * 5_000) == []
        line = 'A "miracle," ' + "word " * 50_000 + '"cure"'
        assert MIRACLE in found("red_flag", line)


# -- Moved from tests/test_flag_rules8.py --------------------------------------------------
# Warning signs that new pages word differently (issue 14, red flags, eighth round, read
# blind first): a boundless potential to treat, a patient's time since the injection, own
# cells that "prevent the possibility" of rejection, "never worse than before", a seller's
# question about the reader's search; and look-alikes: safety as a purpose, what an animal
# study found, "100% you", a count of studies recruiting, travel not covered, people swayed
# by testimonials or desperate for a cure, a cure said to be far off, a trial number to ask
# for, a thing promoted "as a cure" by others, websites "promising miracles", what a lab
# "should" be, and the last item of a negated list. Each
# rule is about a kind of sentence, with advert sentences that must raise the flag and
# look-alikes that must not (made-up wordings, not pages').
#
# The wordings live in `data/red_flags.yaml`, their guards, `not_asserting:` lines and word
# lists in `data/check/advert_words.yaml`, the negated list in `check/rules/negation.py`
# (`_last_listed`) and the seller's question in `check/words/sentences.py` (`_lead_in`); an advert
# sentence fails when its phrase or rule is removed, a look-alike when its guard or rule is
# removed or the phrase is written looser.

NO_RISK = "no-risk-claim"

RULES_FLAG8 = [
    (
        "a boundless potential to treat or heal is one product for anything",
        MANY,
        (
            "Stem cells have a limitless potential to treat ills and to make one look young.",
            "Our exosomes offer endless possibilities for healing disease.",
        ),
        ("Exosome therapy is being explored for its potential in a wide range of conditions.",),
    ),
    (
        "one patient's course told by the time since the treatment",
        STORY,
        (
            "Maria is now two years past her procedure.",
            "He is now 18 months out from his injection.",
        ),
        ("The trial is now 4 years out from its first injection.",),
    ),
    (
        "own cells that prevent or rule out a danger",
        OWN,
        (
            "The cells are taken from the patient's own bone marrow, which prevents the"
            " possibility of infection or rejection.",
            "Because we use your own fat, it eliminates any chance of rejection.",
        ),
        ("Careful sterile technique prevents the possibility of infection.",),
    ),
    (
        "never worse than before is nothing to lose",
        NO_RISK,
        ("If it does not work, you are never worse than prior to the procedure.",),
        ("Some patients felt worse than before the injection.",),
    ),
    (
        "safety as the purpose of a step is no promise of none",
        NO_RISK,
        ("We guarantee your safety.",),
        (
            "To assure safety, the patient will be monitored for adverse reactions.",
            "Treatments follow strict guidelines to ensure patient safety.",
        ),
    ),
    (
        "what an animal study found is no claim of none",
        NO_RISK,
        (
            "Our patients had none of the side effects.",
            "No side effects were seen in our patients.",
        ),
        (
            "The rats had none of the adverse side effects seen in early studies.",
            "No side effects were seen in the mice.",
        ),
    ),
    (
        "what a thing is made of is no rate",
        RATE,
        ("A healing injectate that is 100% effective.",),
        ("A healing injectate that is 100% you.",),
    ),
    (
        "a count of studies recruiting is no rate",
        RATE,
        ("By 2015, 1,700 of our patients reported improvement.",),
        (
            "Of the 5,101 studies on the database on August 8, 2015, 1,700 were recruiting"
            " patients.",
        ),
    ),
    (
        "travel left out of what is paid is no package",
        TRAVEL,
        ("Your package covers travel, lodging and meals.",),
        ("Travel, lodging and meals are not covered by the studies.",),
    ),
    (
        "people swayed by testimonials are told of, not shown them",
        STORY,
        ("See our patients' testimonials on social media.",),
        ("Parents are swayed by testimonials on social media, which are very easy to make.",),
    ),
    (
        "people desperate for a cure are offered none",
        CURE,
        ("Our treatment can cure your child.",),
        ("Parents are desperate to 'normalise' or even 'cure' their children.",),
    ),
    (
        "a thing others promote as a cure, reported",
        CURE,
        (
            "Our doctors offer it as a cure for autism.",
            "We sell it as a cure for autism.",
        ),
        ("That has not stopped a few doctors from promoting it as a cure for autism.",),
    ),
    (
        "websites promising miracles, reported",
        MIRACLE,
        ("Our clinic delivers miracles for MS.", "Our clinic promises miracles for MS."),
        (
            "We were drowning in websites promising miracles for my husband's MS.",
            "Families are drawn in by clinics promising miracles.",
        ),
    ),
    (
        "a cure said to be far off or out of reach is no cure offered",
        CURE,
        ("Our cure is here today, and it works far better than surgery.",),
        (
            'However, a "cure" for aging is likely still far off, if even possible.',
            "A cure remains elusive.",
            "A cure is still decades away.",
        ),
    ),
    (
        "a trial number to ask for is advice, not a listing shown",
        "pay-to-join-trial",
        ("Our IRB-approved trial is open for enrolment.",),
        ("In the US, expect a facility registration or IRB-approved trial number.",),
    ),
    (
        "a down payment in one word is a payment up front",
        "pay-up-front",
        ("Refund Policy for MSC Therapy Downpayment", "A down payment secures your date."),
        ("Payment is due after the procedure.",),
    ),
    (
        "what a lab should be is advice, not a seal",
        FDA,
        ("Our accredited, GMP-compliant lab handles cell isolation.",),
        ("An accredited, GMP-compliant lab should handle cell isolation.",),
    ),
    (
        "the last item of a negated list is negated",
        PROMISE,
        ("Without surgery, pain, or downtime, you will be pain free in weeks.",),
        ("No guarantees, warranties, or promises of results have been made.",),
    ),
    (
        "a seller's question about the reader's search still shows the sign",
        TRAVEL,
        (
            "Are you looking for the best hospital for stem cell therapy in India at an"
            " affordable cost?",
        ),
        (
            "Is stem cell therapy in India affordable?",
            "Are you considering stem cell treatment abroad?",
            "Are you looking for stem cell treatment abroad?",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"),
    [(case.id, *case.values) for case in rule_cases(RULES_FLAG8)],
)
def test_adverts_raise_the_flag_and_look_alikes_do_not_flag8(
    name: str, flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence


class TestANegatedList:
    """`negation._last_listed`: a negation reaches the last item of a short list it opens,
    after "or" or "nor", and no further."""

    @each_case(
        ("sentence",),
        [
            ("No surgery, no downtime, and results guaranteed within weeks.",),
            ("No guarantees, warranties, or promises of results, you will be pain free in weeks.",),
            ("We make no promises, but you will be pain free in weeks.",),
        ],
    )
    def test_what_follows_the_list_is_not_negated(self, sentence: str) -> None:
        assert PROMISE in found("red_flag", sentence)

    def test_a_long_list_is_read(self) -> None:
        """The list is read at most LIST_REACH words from its negation: a sentence of many
        thousands of commas is read (a hang, not a speed, fails), and a promise far after
        the negation stays a promise."""
        sentence = "No " + "pain, " * 50_000 + "or promises of results have been made."
        assert PROMISE in found("red_flag", sentence)


class TestASellersQuestion:
    """`sentences.asks_yes_or_no`: the verb, "you" and a word of the reader's plight, or
    of a search with a word of the best after it, make a seller's lead-in, not a question
    the reader asks."""

    @each_case(
        ("words",),
        [
            (["Are", "you", "looking", "for", "the", "best", "clinic"],),
            (["Do", "you", "suffer", "from", "knee", "pain"],),
            (["So", "are", "you", "tired", "of", "pain"],),
            (["Are", "you", "searching", "for", "a", "top", "clinic"],),
        ],
    )
    def test_a_lead_in_is_no_question(self, words: list[str]) -> None:
        assert not asks_yes_or_no(words)

    @each_case(
        ("words",),
        [
            (["Is", "it", "safe"],),
            (["Are", "you", "FDA", "registered"],),
            (["Do", "you", "offer", "trials"],),
            (["Are", "you", "looking", "for", "a", "clinic"],),
        ],
    )
    def test_a_readers_question_stays_one(self, words: list[str]) -> None:
        assert asks_yes_or_no(words)


# -- Moved from tests/test_flag_rules9.py --------------------------------------------------
# Warning signs that new pages word differently (issue 14, red flags, ninth round, read
# blind first): results praised as a fact ("the results have been stellar"), a lost function
# said to come back, cells said never to turn into tumours or not to be tumorigenic, a
# treatment not offered at home and a hospital abroad named by its country's adjective ("a
# private Mexican hospital network"), a named person who received stem cells ("Deborah
# eventually received a stem cell transplant") or counted among those treated ("Churi is one
# of the 40 diabetics who have been treated"); and look-alikes: lost function only hoped
# for, a cure "on the horizon", "early promise as a cure" or a cure only "if it works", a
# belief or rumour about the cells ("it is believed to turn back the clock"), promising
# results that "there are", a lasting result hedged by an adverb ("a potentially
# long-lasting solution"), a cause's share of the cases ("accounts for 80% of cases") and a
# count in words ("6 thousand patients"). Each rule is about a kind of sentence, with advert
# sentences that must raise the flag and look-alikes that must not (made-up wordings, not
# pages').
#
# The wordings live in `data/red_flags.yaml`, their guards, `not_asserting:` lines and word
# lists in `data/check/advert_words.yaml`; an advert sentence fails when its phrase is
# removed, a look-alike when its guard is removed or the phrase is written looser.

RULES_FLAG9 = [
    (
        # (firstfh1) flags9 read these praises as promises; round flags1 filed them as the
        # class P-praise (results praised with no outcome or time), false alarms on train,
        # and the three wordings were removed: a praise is no promise, an outcome or a
        # time promised with it still is
        "results praised with no outcome or time promise nothing; an outcome or time does",
        PROMISE,
        (
            "Our results are outstanding: you will be pain free within six weeks.",
            "The results have been stellar, and patients see lasting relief.",
        ),
        (
            "Stem cell treatment for COPD is now a reality. The results have been stellar.",
            "Our outcomes are phenomenal.",
            "Patients see astounding results with our knee protocol.",
            "The results are outstanding!",
            "The results of the trials have been mixed.",
            "Results were disappointing in the largest trial.",
            "Results are exceptional in some cases, the authors said.",
        ),
    ),
    (
        "a lost function said to come back is a promised result; hoped for, it is not",
        PROMISE,
        (
            "As a result, it restores the lost functions and improves the quality of life.",
            "Our treatment helps patients regain lost mobility.",
        ),
        (
            "Stem cells may one day restore lost function after spinal cord injury.",
            "The aim of the research is to restore lost function.",
            "Researchers hope the cells could help patients regain lost mobility.",
        ),
    ),
    (
        "a cure still ahead, hinted at or only if the research works is no cure claim",
        CURE,
        ("Our stem cells cure erectile dysfunction.",),
        (
            "Could a cure for erectile dysfunction be on the horizon?",
            "Stem Cells Show Early Promise As an Erectile Dysfunction Cure",
            '"I think if it works, it would be the first cure for erectile problems," he said.',
        ),
    ),
    (
        "cells said never to turn into tumours rule out a danger",
        NO_RISK,
        (
            "These stem cells do not transform into tumors, this fact has been proven.",
            "Our MSCs never form cancers.",
            "The cells cannot cause cancer.",
        ),
        (
            "We do not know whether the injected cells form tumors.",
            "Embryonic cells can form tumors, which is why they are not used.",
        ),
    ),
    (
        "cells said not to be tumorigenic rule out a danger",
        NO_RISK,
        (
            "They are widely multipotent, are not tumorigenic, and are not immunogenic.",
            "Our cord cells are non-tumorigenic.",
        ),
        (
            "It is not yet known whether MSCs are tumorigenic.",
            "Whether the cells are tumorigenic is not known.",
        ),
    ),
    (
        "not offered at home, so a hospital abroad named by its country's adjective",
        TRAVEL,
        (
            "The treatment was not available in the US, but his team pointed him towards"
            " Hospital Angeles, a plush private Mexican hospital network.",
            "It is not available in Canada, so we refer patients to our partner Colombian clinic.",
        ),
        ("A Mexican clinic was shut down after patients got infections.",),
    ),
    (
        "a named person who received stem cells, told as the story",
        STORY,
        (
            "Deborah eventually received a stem cell transplant.",
            "Maria had stem cell therapy on both knees.",
        ),
        (
            "Patients who received stem cell injections reported more pain in the trial.",
            "The Stem Cell Institute received a stem cell license from the ministry.",
        ),
    ),
    (
        "a named person counted among those treated is a patient's story",
        STORY,
        (
            "Churi is one of the 40 diabetics who have been treated with stem cell therapy"
            " at our labs.",
            "Maria was one of 300 patients we treated last year.",
        ),
        ("Maria is one of the 3 nurses who work at our clinic.",),
    ),
    (
        "a cause's share of the cases or a count in words is no success rate",
        RATE,
        ("Our treatment helps 80% of cases.", "92% of our patients report improvement."),
        (
            "The most common cause of COPD is smoking, which accounts for around 80% of cases.",
            "More than 6 thousand patients have been treated.",
        ),
    ),
    (
        "promising results that exist, or a lasting result hedged by an adverb, are no promise",
        PROMISE,
        ("Our treatment offers a long-lasting solution.", "We promise results."),
        (
            "In several new studies there are promising results, but much more research is needed.",
            "Public interest is high because it promises a potentially long-lasting solution.",
        ),
    ),
    (
        "a belief or rumour about the cells is not the writer's own cure claim",
        CURE,
        ("Our stem cells turn back the clock.",),
        (
            "Stem cell therapy is popular because it is believed to turn back the clock.",
            "Stem cells are rumoured to cure baldness.",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"),
    [(case.id, *case.values) for case in rule_cases(RULES_FLAG9)],
)
def test_adverts_raise_the_flag_and_look_alikes_do_not_flag9(
    name: str, flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence


# -- Moved from tests/test_flag_rules10.py -------------------------------------------------
# Warning signs that new pages word differently (issue 14, red flags, tenth round, read
# blind first), fixed by kind: one person's change told as following the treatment, with
# no testimonial word ("Archit ... started showing signs of significant improvement ...
# following his first round of stem cell therapy", "after the treatment, Ryan's condition
# significantly improved", "his parents say he's gained weight", "the toddler's progress
# has been incredible", "one of the children who has benefitted is 14-year-old Sahil");
# and look-alikes: patients counted in a trial, a researcher named with a role, an
# impersonal hope ("it is hoped that stem cells may hold the key to reversing the
# damage"), what someone told the press, and "promising results" (hopeful ones, by their
# own stem: no promise of results). Each rule is about a kind of sentence, with advert
# sentences that must raise the flag and look-alikes that must not (made-up wordings,
# not pages').
#
# The wordings live in `data/red_flags.yaml`, their guards and `not_asserting:` lines in
# `data/check/advert_words.yaml`, the stem of "promising" in `check/words/stemmer.py`; an advert
# sentence fails when its phrase is removed, a look-alike when its guard is removed or the
# phrase is written looser.

RULES_FLAG10 = [
    (
        "a named person's change told as following the treatment is a patient's story",
        STORY,
        (
            "Archit was born autistic and has only recently started showing signs of"
            " significant improvement in speech and behaviour, following his first round of"
            " stem cell therapy.",
            "Maria felt much better after her second injection.",
            "Very soon after the treatment, Ryan's condition significantly improved.",
        ),
        (
            "Patients showed improvement after the treatment in the trial.",
            "After the treatment, the patients improved.",
            "John Smith, the trial's lead author, said the patients had improved after the"
            " therapy.",
            "After treatment with MSCs, Smith and colleagues reported improvement in lung"
            " function.",
            "Dr. Smith saw improvement after the therapy in most of the mice.",
        ),
    ),
    (
        "a relative's report of one patient's change is a patient's story",
        STORY,
        (
            "My son got much calmer after the injections.",
            "His parents say he's gained weight and has improved arm and hand mobility.",
            "The family reported small improvements in their son's condition at discharge.",
            "According to her father, the toddler's progress has been incredible.",
        ),
        (
            "Parents reported improvements in 40% of the children in the trial.",
            "In the trial, parents noticed improvements in behaviour in some children.",
            "The family reported no change after the infusion.",
            "His progress has been slow.",
        ),
    ),
    (
        "one patient counted among those who benefited, or made a new person, is a story",
        STORY,
        (
            "One of the children who has benefitted is 14-year-old Sahil.",
            "His family says Sahil has become a new person after the stem cell therapy.",
        ),
        (
            "One of the patients who has withdrawn from the trial had a stroke.",
            "Life may become a new experience.",
        ),
    ),
    (
        "an impersonal hope is not the writer's cure claim",
        CURE,
        ("Our stem cells reverse the damage of multiple sclerosis.",),
        (
            "Because MS is a neurodegenerative disease, it is hoped that stem cells may hold"
            " the key to reversing the damage.",
            "It has been hoped that the cells reverse the damage.",
        ),
    ),
    (
        "what someone told the press is reported, not offered",
        TRAVEL,
        ("Patients travel to Japan on our organised medical tourism trips.",),
        (
            "The manager of a clinic in Kyoto told local media that patients had travelled"
            " to Japan on organised medical tourism trips.",
        ),
    ),
    (
        "promising results are hopeful ones, not a promise of results",
        PROMISE,
        ("We promise results in two weeks.", "Our clinic promises results you can feel."),
        (
            "Two posters on the wall outline promising results backed by drug companies.",
            "Small studies report promising results.",
        ),
    ),
]


@each_case(
    ("name", "flag", "sentence", "raised"),
    [(case.id, *case.values) for case in rule_cases(RULES_FLAG10)],
)
def test_adverts_raise_the_flag_and_look_alikes_do_not_flag10(
    name: str, flag: str, sentence: str, raised: bool
) -> None:
    assert (flag in found("red_flag", sentence)) is raised, sentence


def test_promising_keeps_a_stem_of_its_own() -> None:
    """ "Promising" (hopeful) is no inflection of "promise"; the verb's forms still are."""
    assert stem("promising") != stem("promise")
    assert stem("promises") == stem("promise") == stem("promised")


# -- Moved from tests/test_redflag_families.py ---------------------------------------------
# Families of red-flag wordings mined from real clinic, vendor and broker pages that are
# in no corpus (issue 14, item 3; the pages and sentences are listed outside the repository
# in the mining notes). Each family is a concept with its synonyms, not one page's sentence:
# every test gives wordings that must raise the flag, and careful wordings (a page that
# discusses the sign, or says it of something else) that must not. Each raising sentence
# was missed before its family was added, so a test fails when its wording is removed.

# -- testimonials-as-evidence ---------------------------------------------------------

TESTIMONIALS = "testimonials-as-evidence"

# -- promised-results -----------------------------------------------------------------

PROMISED = "promised-results"

# -- medical-tourism ------------------------------------------------------------------

TOURISM = "medical-tourism"


def test_a_saving_is_no_success_rate() -> None:
    clean("high-success-rate", "Patients save 70 to 85 percent compared with the US.")


# -- pay-up-front and many-conditions -------------------------------------------------


@each_case(
    ("sentence",),
    [
        ("Payment in full is due on the first day of treatment.",),
        ("The balance is payable on arrival.",),
    ],
)
def test_the_whole_sum_owed_on_arrival_is_paid_up_front(sentence: str) -> None:
    raises("pay-up-front", sentence)


def test_benefits_without_limit_are_one_product_for_everything() -> None:
    raises("many-conditions", "The benefits of stem cell therapy are nearly limitless.")


# -- urgency-pressure (synonyms of the existing ideas: scarcity, a deadline, delay) ----

URGENCY = "urgency-pressure"


@each_case(
    ("sentence",),
    [
        ("Seats are limited, so RSVP today.",),
        ("Space is limited.",),
        ("Availability is limited this month.",),
        ("Limited seating at our free knee pain seminar.",),
        ("Our schedule fills up weeks in advance.",),
        ("Reserve your seat at our free seminar.",),
        ("This special price is good through Friday.",),
        ("Every day you wait, your cartilage wears further.",),
        ("Waiting only makes the damage worse.",),
    ],
)
def test_scarcity_a_deadline_or_the_cost_of_delay_push_to_hurry(sentence: str) -> None:
    raises(URGENCY, sentence)


@each_case(
    ("sentence",),
    [
        ("Evidence for these injections is limited.",),
        ("Appointments are limited to patients with a referral.",),
        ("The clinic's capacity is limited by staff.",),
        ("Schedule a follow-up visit in six weeks.",),
        ("Be wary of clinics that say waiting only makes it worse.",),
        ("Seminars where seats are limited are a sales tactic, regulators warn.",),
    ],
)
def test_limits_said_of_evidence_or_care_are_no_push_to_hurry(sentence: str) -> None:
    clean(URGENCY, sentence)


# -- high-success-rate ----------------------------------------------------------------

SUCCESS = "high-success-rate"

# -- the brief's example wordings that were still missed --------------------------------


@each_case(
    ("flag", "sentence"),
    [
        (TESTIMONIALS, "Don't take our word for it."),
        (TESTIMONIALS, "Do not take our word for it: hear from Jane."),
        (TESTIMONIALS, "Our patients love us."),
        (PROMISED, "You will be back on the course in no time."),
        (TOURISM, "We pick you up and take you to the clinic."),
        (TOURISM, "Enjoy the beach while your cells get to work."),
        (TOURISM, "Recover in paradise after your injection."),
        (SUCCESS, "8 of 10 patients improve."),
        ("pay-up-front", "Pay in full to lock in your price."),
    ],
)
def test_everyday_advert_wordings_raise_their_flag(flag: str, sentence: str) -> None:
    raises(flag, sentence)


@each_case(
    ("flag", "sentence"),
    [
        (TESTIMONIALS, "Don't take our word for it: read the trials in the reference list."),
        (SUCCESS, "Only 3 of 10 patients did not improve at all."),
        (SUCCESS, "In the trial, 6 of 10 patients improved, the same as with placebo."),
        (SUCCESS, "With saline, 5 of 10 patients improved too."),
        (TOURISM, "Stem cells are being tested as a treatment for tropical diseases."),
    ],
)
def test_the_same_words_sending_to_evidence_or_matched_by_placebo_raise_nothing(
    flag: str, sentence: str
) -> None:
    clean(flag, sentence)


# -- Moved from tests/test_redflag_families2.py --------------------------------------------
# Families of red-flag wordings mined from more real clinic, vendor and broker pages in
# no corpus (issue 14, item 3, second round: cure-claim, miracle-language,
# own-cells-so-safe, no-risk-claim, fda-status-claim, pay-to-join-trial, many-conditions;
# the pages and sentences are listed outside the repository in the mining notes). Each
# family is a concept with its synonyms, not one page's sentence: every test gives
# wordings that must raise the flag, and careful wordings (a page that discusses the
# sign, or says it of something else) that must not. Each raising sentence was missed
# before its family was added, so a test fails when its wording is removed.

# -- pay-to-join-trial -----------------------------------------------------------------

TRIAL = "pay-to-join-trial"


@each_case(
    ("sentence",),
    [
        ("Join our patient-sponsored study.",),
        ("Treatment is given in a self-paid research protocol.",),
        ("Our protocol is overseen by an institutional review board.",),
        ("Our study is IRB certified.",),
    ],
)
def test_a_study_the_patient_pays_for_or_an_ethics_board_as_a_seal(sentence: str) -> None:
    raises(TRIAL, sentence)


@each_case(
    ("sentence",),
    [
        ("A study approved by an IRB is not proof that a treatment works.",),
        ("Be wary of patient-funded trials.",),
        ("Once enrolled, patients are not charged for any therapy that is part of the research.",),
    ],
)
def test_a_debunking_a_warning_or_a_free_trial_is_no_pay_to_join(sentence: str) -> None:
    clean(TRIAL, sentence)


# -- many-conditions -------------------------------------------------------------------


@each_case(
    ("sentence",),
    [
        ("We treat pretty much every ailment.",),
        ("Conditions range from burns and strains to just about every other common ailment.",),
        ("It corrects almost everything from knee injuries to wrinkles.",),
        ("Once injected, the stem cells begin repairing nearly any damage in the body.",),
    ],
)
def test_one_word_for_almost_every_ailment_is_many_conditions(sentence: str) -> None:
    raises(MANY, sentence)


@each_case(
    ("sentence",),
    [
        ("No treatment helps just about every ailment.",),
        ("Be sceptical of clinics that claim to treat pretty much every disease.",),
        ("Stem cells have been tested for just about every disease.",),
    ],
)
def test_a_negated_or_warned_against_cure_all_is_not_offered(sentence: str) -> None:
    clean(MANY, sentence)


# -- Moved from tests/test_manycond2_rules.py ----------------------------------------------
# What stem cells are approved for is no offer (manycond2): a `not_asserting:` cue.
#
# The many-conditions count (`report._many_conditions`) takes the other diseases a page
# names, by body system: three systems, or six distinct conditions, raise the flag. The
# spec counts "the same product offered for many unrelated conditions", and the brief of
# the round names what is not an offer: "a list of what stem cells are approved for (blood
# cancers)". A page that says what a regulator allows ("the only approved treatments are
# for blood cancers", "the only sanctioned uses are transplants for ...", "approved only
# for blood cancers") tells the limit of the law, not what its seller treats: the diseases
# after such a wording, in its sentence, are not counted (like the other cues, it takes
# claims and warning signs there too). "Only" right before the word of approval, or right
# after it, makes the limit; the seller's own approved offer ("our approved treatments
# cover ...", "the only FDA-approved treatment for knee pain") still counts. Made-up
# sentences, each with a look-alike that must still be found.

FLAG = "many-conditions"


@each_case(
    ("approved", "offered"),
    [
        (
            (
                "Stem cell transplants are the only approved treatments for blood cancers"
                " and some autoimmune diseases.",
                "Our clinic offers stem cell injections for knee pain.",
            ),
            (
                "Our clinic offers stem cell injections for blood cancers, autoimmune"
                " diseases and knee pain.",
            ),
        ),
        (
            (
                "In Australia the only sanctioned uses are transplants for cancers and"
                " autoimmune diseases.",
                "We offer knee injections for osteoarthritis.",
            ),
            ("We offer knee injections for osteoarthritis, cancers and autoimmune diseases.",),
        ),
        (
            (
                "Stem cells are approved only for blood cancers and autoimmune diseases.",
                "Our clinic offers stem cell injections for knee pain.",
            ),
            (
                "Stem cells are approved for blood cancers and autoimmune diseases.",
                "Our clinic offers stem cell injections for knee pain.",
            ),
        ),
    ],
)
def test_what_stem_cells_are_approved_for_is_no_offer(
    approved: tuple[str, ...], offered: tuple[str, ...]
) -> None:
    """The regulator's limit adds no body system; the same diseases offered still do."""
    assert FLAG not in red_flags(*approved), approved
    assert FLAG in red_flags(*offered), offered


@each_case(
    ("offered",),
    [
        # the seller's own approved treatments, with no "only": an offer
        ("Our approved treatments cover multiple sclerosis, cancer and knee pain.",),
        # "only" said of the clinic, not of an approval
        ("Our clinic is the only one to treat cancer, autoimmune disease and knee pain.",),
        # the approved list, then the seller's own list in the next sentence
        (
            (
                "The only approved treatments are for blood cancers.",
                "We treat knee pain, multiple sclerosis, autism and heart failure.",
            ),
        ),
    ],
)
def test_an_offer_beside_an_approval_still_counts(offered: str | tuple[str, ...]) -> None:
    lines = (offered,) if isinstance(offered, str) else offered
    assert FLAG in red_flags(*lines), lines


def test_the_sellers_own_fda_claim_is_kept() -> None:
    """An FDA word between "only" and the approval is the seller's claim, not the limit
    of the law: the FDA status claim stays."""
    assert "fda-status-claim" in red_flags(
        "We offer the only FDA-approved stem cell treatment for knee pain."
    )


# -- Round newcomer8 ------------------------------------------------------------------
# Payment first, said as a double negative: nothing is booked or held "without" a deposit
# or payment. The negation before "without" dropped the deposit, so the flag was missed.
# The wording is one phrase of pay-up-front's `phrases:` in `data/red_flags.yaml`
# (a negation, then "without" and the payment word); made-up sentences, not pages'.


@each_case(
    ("name", "sentence", "raised"),
    [
        ("place held", "We cannot hold your place without a deposit.", True),
        ("booking", "Treatment cannot be booked without full payment in advance.", True),
        ("schedule", "We don't schedule procedures without a deposit.", True),
        ("no booking", "No booking is confirmed without a deposit.", True),
        # no first negation: booking needs no deposit
        ("book freely", "You can book without a deposit.", False),
        ("no deposit", "No deposit needed.", False),
        # advice to a reader: the payment word is not what is withheld
        ("advice", "Don't book without asking about payment.", False),
        ("refused", "We do not take deposits.", False),
    ],
)
def test_nothing_held_without_a_deposit_is_paid_up_front(
    name: str, sentence: str, raised: bool
) -> None:
    assert ("pay-up-front" in red_flags(sentence)) is raised, sentence
