"""Reading rules built by mechanism (shares, hopes, word lists checked at load time), the
boundary tests of the precision rounds' reading rules, and the entries of a reference list
known by their shape (reflist1).
"""

from __future__ import annotations

import pytest
from cases import each_case
from findings import benefits, clean, entries, found, raises, red_flags

from stemcell_cli.check.matching import findings
from stemcell_cli.check.matching.findings import Phrase
from stemcell_cli.check.matching.matcher import Matcher
from stemcell_cli.check.rules.hopes import ENDS
from stemcell_cli.check.rules.reference_entries import CITATION_WORDS, is_citation
from stemcell_cli.check.rules.success_rates import COUNTED
from stemcell_cli.check.words.phrases import PhraseError
from stemcell_cli.core.errors import DataError

# -- Moved from tests/test_mechanism_rules.py ----------------------------------------------
# Reading rules built by mechanism for the warning signs' false alarms (mechanism2):
# a share of patients is a success rate only when its sentence says how they fared
# (`check/rules/success_rates.py`), and what is hoped for is not claimed (`check/rules/hopes.py`).
# Made-up sentences, each with a look-alike that must still be found.

# -- the rule, on a matcher that knows only a few words -------------------------------


def _share_matcher(*extra: Phrase) -> Matcher:
    return Matcher(
        [
            Phrase("red_flag", "rate", "#% of patients|cases"),
            Phrase("red_flag", "abroad", "# patients from abroad"),
            Phrase(findings.SHARE, COUNTED, "patients|cases"),
            Phrase(findings.SHARE, "rate", "improved|relief"),
            *extra,
        ]
    )


@each_case(
    ("sentence", "found"),
    [
        # a share with no word of faring in its sentence counts something else
        ("In 2020, 80% of cases were in the knee.", False),
        ("About 30% of patients need an operation later.", False),
        # a word of faring anywhere in the sentence earns it
        ("About 80% of patients improved.", True),
        ("By six months, and for most of them for good, relief came to 80% of patients.", True),
    ],
)
def test_a_share_of_patients_stands_only_with_a_word_of_faring(sentence: str, found: bool) -> None:
    """A match of an entry with words of faring that holds a number and a word naming
    whom a share counts is dropped when no word of its sentence says how they fared."""
    entries = {m.entry_id for m in _share_matcher().scan([sentence])}
    assert ("rate" in entries) is found


def test_an_entry_without_words_of_faring_keeps_its_share() -> None:
    """The rule holds only for the entries `fared:` names: patients counted for another
    warning sign ("40 patients from abroad") are not asked how they fared."""
    entries = {m.entry_id for m in _share_matcher().scan(["We treat 40 patients from abroad."])}
    assert entries == {"abroad"}


def test_a_match_without_a_number_or_without_whom_it_counts_is_no_share() -> None:
    """Only a match that holds both a number and a word of `share_counts:` is a share."""
    found = _share_matcher(
        Phrase("red_flag", "rate", "success rate"),
        Phrase("red_flag", "rate", "#% more"),
    )
    assert {m.text for m in found.scan(["Ask about the success rate."])} == {"success rate"}
    assert {m.text for m in found.scan(["It costs 30% more."])} == {"30% more"}


def test_words_of_faring_are_compared_as_written_not_by_stem() -> None:
    """ "improved" says how patients fared; "improving" (same stem) is not on the list."""
    found = _share_matcher()
    assert {m.entry_id for m in found.scan(["About 80% of patients improved."])} == {"rate"}
    assert not found.scan(["About 80% of patients are improving their diet."])


def test_a_word_of_faring_of_more_than_one_word_is_refused() -> None:
    with pytest.raises(PhraseError, match="one word"):
        Matcher([Phrase(findings.SHARE, "rate", "pain free")])


def test_words_of_faring_for_an_unknown_entry_are_refused() -> None:
    from stemcell_cli.check.matching import wordings
    from stemcell_cli.core.cache import open_catalog

    catalog = open_catalog()
    shipped = wordings.lexicon_for(catalog)
    mine = shipped._replace(fared={"no-such-flag": ("better",)})
    with pytest.raises(DataError) as raised:
        wordings.matcher_for(catalog, mine)
    assert "unknown entry 'no-such-flag'" in "\n".join(raised.value.lines())


# -- the shipped word lists -----------------------------------------------------------


@each_case(
    ("other", "result"),
    [
        (
            "About 30% of patients with a torn meniscus eventually need an operation.",
            "About 80% of patients with a torn meniscus report less pain after the injections.",
        ),
        (
            "In our region, 65 percent of the cases are in the hip.",
            "In our clinic, 65 percent of the cases improved after one injection.",
        ),
        (
            "One in five patients drops out of such studies before the last visit.",
            "Four in five patients felt better within a month.",
        ),
        (
            "Nine out of ten patients we see have tried cortisone first.",
            "Nine out of ten patients would recommend the procedure to a friend.",
        ),
        (
            "Roughly 40% of the participants had had knee surgery before joining.",
            "Roughly 40% of the participants had no pain at all after a year, and most "
            "of the rest were better.",
        ),
    ],
)
def test_a_share_that_counts_something_else_is_no_success_rate(other: str, result: str) -> None:
    """A share of patients that says where a disease is, who needs an operation, who
    left a study or what they had before is a figure about something else; the same
    share with how the patients fared is a success rate."""
    clean("high-success-rate", other)
    raises("high-success-rate", result)


@each_case(
    ("sentence",),
    [
        ("The need for a hip replacement at 5 years fell from 75% to 25% with the cells.",),
        (
            "In the trial, the need for a total hip replacement at 5 years fell from 75% to 25% "
            "when core decompression with stem cells was compared with core decompression alone.",
        ),
        ("With the cells, the rate of knee replacements dropped from 40% to 12%.",),
    ],
)
def test_a_figure_that_changes_from_one_percentage_to_another_is_a_result(sentence: str) -> None:
    """A rate or a need said to fall or rise from one percentage to another is the
    treatment's result, even when the operation it spares is named in it."""
    raises("high-success-rate", sentence)


def test_a_share_of_clinics_that_rose_is_no_result() -> None:
    clean("high-success-rate", "The share of clinics that sell it rose from 10% to 30%.")


# -- hopes: "what is hoped for is not claimed" ------------------------------------------


def _hoping_matcher() -> Matcher:
    return Matcher(
        [
            Phrase("red_flag", "cure", "cure|cures"),
            Phrase("red_flag", "other", "cure|cures"),
            Phrase(findings.HOPE, "cure", "hoped|hoping|dream"),
            Phrase(findings.HOPE, "cure", "the hope"),
            Phrase(findings.HOPE, "cure", "in the future"),
            Phrase(findings.HOPE, ENDS, "now|our"),
        ]
    )


@each_case(
    ("sentence", "claimed"),
    [
        ("They travel abroad in the hope that the shots cure them.", False),
        ("In the future, stem cells may cure it.", False),
        ("Researchers are hoping, in time, to find that cells cure it.", False),
        # eight words between the hope and the finding, and no more
        ("Hoping one two three four five six seven cells cure it.", False),
        ("Hoping one two three four five six seven eight cells cure it.", True),
        # a colon, a dash, a bracket, a turning word or a word of `hope_ends:` ends it
        ("The dream: our cells cure it.", True),
        ("The dream - cells that cure it.", True),
        ("The dream (cells cure it).", True),
        ("It was a dream, but cells cure it.", True),
        ("It was a dream, now cells cure it.", True),
        ("Patients come in the hope that our cells cure them.", True),
        # "hope" alone is no wording of hope here, and the words are compared as written
        ("Cells give hope and cure it.", True),
        ("The hopes: cells cure it.", True),
        # a hope after the finding hopes for nothing
        ("Cells cure it, we are hoping.", True),
    ],
)
def test_a_finding_shortly_after_a_wording_of_hope_is_hoped_for(
    sentence: str, claimed: bool
) -> None:
    """A finding of an entry of `hopes:` is no claim when one of the entry's wordings
    ends within HOPE_REACH words before it in its sentence, with only words and commas
    between."""
    entries = {m.entry_id for m in _hoping_matcher().scan([sentence])}
    assert ("cure" in entries) is claimed
    assert "other" in entries  # an entry without wordings of hope keeps its findings


def test_a_wording_of_hope_of_more_than_three_words_is_refused() -> None:
    with pytest.raises(PhraseError, match="one to 3 words"):
        Matcher([Phrase(findings.HOPE, "cure", "in the near future")])


def test_a_word_that_ends_a_hope_of_more_than_one_word_is_refused() -> None:
    with pytest.raises(PhraseError, match="one word"):
        Matcher([Phrase(findings.HOPE, ENDS, "right now")])


@each_case(
    ("hoped", "claimed", "flag"),
    [
        (
            "Researchers hope stem cells could one day cure osteoarthritis.",
            "Our stem cells cure osteoarthritis.",
            "cure-claim",
        ),
        (
            "Some patients fly abroad in the hope that the injections will cure them.",
            "Many patients come to us in the hope that our injections will cure them.",
            "cure-claim",
        ),
        (
            "Someday, scientists say, it might be possible to reverse the damage.",
            "Today, our scientists say, it is possible to reverse the damage.",
            "cure-claim",
        ),
        (
            "In the future, such cells may permanently fix damaged discs.",
            "Our cells permanently fix damaged discs.",
            "cure-claim",
        ),
        (
            "The dream is a treatment that reverses arthritis.",
            "New hope: a treatment that reverses arthritis.",
            "cure-claim",
        ),
        (
            "There is hope that the therapy could become an FDA-approved treatment.",
            "We hope you will choose our FDA-approved treatment.",
            "fda-status-claim",
        ),
    ],
)
def test_a_cure_hoped_for_is_no_cure_claim(hoped: str, claimed: str, flag: str) -> None:
    """With the shipped word lists, a cure (or an FDA approval) someone hopes for, dreams
    of or expects someday is no warning sign; said as the advert's own, or after a hope
    the writer's own words take over from, it still is."""
    clean(flag, hoped)
    raises(flag, claimed)


# -- Moved from tests/test_reading_rules_boundaries.py -------------------------------------
# Boundary tests of the reading rules added for issue 14's precision rounds, written for
# the mutants of them that survived the suite (benchmarks/mutation.py, MUTATION.md round
# 5): a person's name (`@name`), a quotation closed right before a debunking word, and a
# short citation block read as a reference entry. Each test states its rule through what
# `stemcell check` finds and sits on the rule's edge.

URGENCY = "urgency-pressure"

STORY = "testimonials-as-evidence"

# -- a quotation closed right before a debunking word is what it debunks -------------


def test_a_one_word_quotation_right_before_a_debunking_is_debunked() -> None:
    """The debunking ("is a sales tactic") can start at the second word of a sentence."""
    raises(URGENCY, "Hurry, the doors close.")
    clean(URGENCY, '"Hurry" is a sales tactic.')


def test_the_first_clause_of_a_quotation_after_other_words_is_debunked() -> None:
    """The quotation is read back to its opening mark, not one word short of it, even
    when words stand before the mark and its first word is a clause of its own."""
    raises(URGENCY, "Hurry, the doors close.")
    clean(URGENCY, 'Critics say "Hurry, the doors close" is a sales tactic.')


def test_a_quotation_not_closed_right_before_the_debunking_debunks_nothing() -> None:
    """A quoted word further back ("welcome") does not reach a debunking that no closing
    mark stands right before: the call to book stays the advert's own."""
    raises(URGENCY, 'We say "welcome", book now, and no one calls it a ploy.')


def test_a_closing_mark_without_an_opening_one_debunks_nothing() -> None:
    """A closing mark with no opening mark before it in the sentence is no quotation,
    whatever quote marks follow the debunking."""
    raises(URGENCY, 'Book now" is a sales "tactic".')


# -- a person's name (@name) ---------------------------------------------------------


@each_case(("name",), [("Al",), ("Ed",)])
def test_a_name_of_two_letters_is_a_name(name: str) -> None:
    assert STORY in found("red_flag", f"{name} is a 60-year-old retired planner.")


# -- a reference-list entry claims nothing and names no condition (cite2) ------------
# One reader of a reference list's entries (`check/rules/reference_entries.py`), with one outcome: a
# numbered entry, one with an identifier, and one known by its shape alone all quote a
# study's title, which is neither the clinic's claim nor a condition it offers to treat
# (the label spec keeps a condition named only in a cited paper's title borderline).
# The clinic's own sentences about a study are still read, conditions and all.


def test_a_numbered_entry_with_authors_alone_claims_nothing() -> None:
    """Numbered ("1.") with one mark of a citation (et al.), no identifier, no year and
    no ";": its number alone sends it to be read as a reference entry."""
    clean("cure-claim", "1. Smith J, et al. Stem cells cure knee arthritis.")
    raises("cure-claim", "Stem cells cure knee arthritis.")


def test_an_entry_with_a_lowercase_doi_claims_nothing() -> None:
    """A "doi" in small letters is an identifier: with the authors and a year it makes
    an unnumbered block a reference entry."""
    clean("cure-claim", "Stem cells cure knee arthritis. Smith J et al. 2019; doi 10.1/x")


#: A study's title that claims and names conditions (each found in prose), then the
#: entries that quote it: numbered, with an identifier, and known by their shape.
TITLE = "Stem cells cure knee osteoarthritis and low back pain"
TITLE_FINDS = {"cure-claim", "osteoarthritis", "chronic-back-and-neck-pain"}
ENTRIES_OF_EVERY_KIND = [
    # numbered, one mark of a citation
    f"1. Smith J, et al. {TITLE}.",
    f"[2] Smith J, Jones K (2019). {TITLE}. J Pain",
    # an identifier and another mark
    f"Smith J et al. {TITLE}. J Pain. 2019; doi 10.1000/xyz123",
    f"{TITLE}. Smith J et al. 2019. PMID 12345678",
    # no number, no identifier: by its shape (Vancouver, APA, a title before the authors)
    f"Smith J, Jones K. {TITLE}. J Pain. 2019;12(3):45-67.",
    f"Smith, J. B., & Jones, K. (2019). {TITLE}. Pain, 12(3), 45-67.",
    f"{TITLE}. Dhinsa BS, Adesida AB. Curr Stem Cell Res Ther. 2012 Mar;7(2):143-8.",
]


def test_the_title_read_as_prose_claims_and_names_conditions() -> None:
    """The entries' tests below mean something only if the title alone is read."""
    assert entries(f"{TITLE}.") >= TITLE_FINDS


@each_case(("entry",), [(entry,) for entry in ENTRIES_OF_EVERY_KIND])
def test_an_entry_of_every_kind_claims_and_names_nothing(entry: str) -> None:
    assert not entries(entry), entry


def test_a_numbered_reference_list_raises_no_many_conditions() -> None:
    """The diseases numbered entries' titles name are the studies': no condition and no
    many-conditions, where the same titles as the page's own lines raise it."""
    titles = [
        "Stem cells for knee pain.",
        "Stem cells for Parkinson's disease.",
        "Stem cells for heart failure.",
    ]
    numbered = [f"{n}. Smith J, et al. {title}" for n, title in enumerate(titles, 1)]
    assert not entries(*numbered)
    assert "many-conditions" in red_flags(*titles)


@each_case(
    ("sentence", "made"),
    [
        # the clinic's own claim with a citation after it in the same block
        (
            "Our injections cure knee osteoarthritis. Dhinsa BS, Adesida AB. Curr Stem Cell "
            "Res Ther. 2012 Mar;7(2):143-8.",
            {"cure-claim", "osteoarthritis"},
        ),
        # a study told in prose, its authors and year in the sentence
        (
            "In Smith J, et al. (2019), stem cells cured knee osteoarthritis in 12 of 15 patients.",
            {"osteoarthritis"},
        ),
        # a sentence, then the authors and a bracketed year alone: prose that cites (no
        # "we" or "our" to make it so)
        (
            "Knee osteoarthritis is common. Smith J, et al. (2019) found that stem cells help it.",
            {"osteoarthritis"},
        ),
        # a numbered step of the clinic's own, with a year
        ("1. In 2019 we began to treat low back pain.", {"chronic-back-and-neck-pain"}),
    ],
)
def test_a_clinic_sentence_about_a_study_is_still_read(sentence: str, made: set[str]) -> None:
    assert made <= entries(sentence), sentence


# -- reflist1: a reference list without numbers or identifiers, known by its shape ------
# A clinic's research or library page lists the studies it leans on, often with no
# number, DOI or PMID: a study's title there ("Regeneration of meniscus cartilage ...",
# "... provide safe and efficacious treatment") is not the clinic's own claim, and the
# diseases it names are not the page's conditions (`check/rules/reference_entries.py`). The clinic's
# own sentences that mention a study, and a byline or a doctor's name before a claim,
# are still read.

#: Entries of reference lists on public pages (the search tool, corpus `pages`), each
#: block as the page gives it. The lists of orthobiologics.clinic, koreamed.org and
#: synapse.koreamed.org are ordered lists: their numbers, which a web page's <ol> does
#: not put in its text, are left out; reference-global.com's titles were in <em>.
CITATION_ENTRIES = [
    # https://orthobiologics.clinic/clinical-evidence/
    "Slynarski K, et al: Treatment of Osteoarthritis: Adipose Derived Stem Cell & PRP "
    "Therapy. Sportärztezeitung March 2017",
    "Dai WL, et al: Efficacy of Platelet-Rich Plasma in the Treatment of Knee "
    "Osteoarthritis: A Meta-analysis of Randomized Controlled Trials. Arthroscopy: The "
    "Journal of Arthroscopic and Related Surgery. 2016.",
    "Michalek J, et al: Autologous adipose tissue-derived stromal vascular fraction cells "
    "application in patients with osteoarthritis. Cell Transplantation. 2015",
    "Nguyen P, et al: Comparative Clinical Observation of Arthroscopic Microfracture in the "
    "Presence and Absence of a Stromal Vascular Fraction Injection for Osteoarthritis. Stem "
    "Cells Translational Medicine. 2016;5:1-9",
    "Mazzocca A, et al: The positive effects of different platelet-rich plasma methods on "
    "human muscle, bone and tendon cells. The American Journal of Sports Medicine. 2012; "
    "40(8): 1742-9.",
    "Smith PA: Intra-articular Autologous Conditioned Plasma injections provide safe and "
    "efficacious treatment for knee osteoarthritis. The American Journal of Sports "
    "Medicine. 2016; 44(4): 884-91.",
    "Centeno C, et al: A specific protocol of autologous bone marrow concentrate and "
    "platelet products versus exercise therapy for symptomatic knee osteoarthritis: a "
    "randomised controlled trial with two-year follow-up. Journal of Translational "
    "Medicine. 2018; 16:355",
    # https://koreamed.org/SearchBasic.php?RID=2392691
    "Pak J, Lee JH, Lee SH. Regenerative repair of damaged meniscus with autologous "
    "adipose tissue-derived stem cells. Biomed Res Int. 2014; 2014:436029.",
    "Centeno CJ, Busse D, Kisiday J, Keohan C, Freeman M, Karli D. Regeneration of meniscus "
    "cartilage in a knee treated with percutaneously implanted autologous mesenchymal stem "
    "cells. Med Hypotheses. 2008; 71:900\u2013908.",
    "Freitag J, Bates D, Boyd R, et al. Mesenchymal stem cell therapy in the treatment of "
    "osteoarthritis: reparative pathways, safety and efficacy - a review. BMC Musculoskelet "
    "Disord. 2016; 17:230.",
    # https://synapse.koreamed.org/articles/1140265
    "Kon E, Filardo G, Berruto M, et al. Articular cartilage treatment in high-level male "
    "soccer players: a prospective comparative study of arthroscopic second-generation "
    "autologous chondrocyte implantation versus microfracture. Am J Sports Med. 2011; "
    "39:2549\u20132557.",
    "Knutsen G, Drogset JO, Engebretsen L, et al. A randomized trial comparing autologous "
    "chondrocyte implantation with microfracture. Findings at five years. J Bone Joint Surg "
    "Am. 2007; 89:2105\u20132112.",
    # https://reference-global.com/article/10.1515/tperj-2017-0015?tab=references
    "Hayami T. (2008). Osteoarthritis of the knee joint as a cause of musculoskeletal "
    "ambulation disability symptom complex (MADS), Clin. Calcium, 18,1574\u201380.",
    "Sakata R., McNary S.M., Miyatake K., et al. (2015). Stimulation of the superficial "
    "zone protein and lubrication in the articular cartilage by human platelet-rich plasma, "
    "Am. J. Sports Med., 43(6), 1467\u20131473.",
    "Huang P-H, Wang C-J, Chou W-Y, Wang J-W, Ko J-Y, (2017). Short-term clinical results "
    "of intra-articular injections for early osteoarthritis of the knee, International "
    "Journal of Surgery, 42, 117-122.",
    # https://taisachpdfmienphi.com/doc-sach-online/te-bao-goc-bi-mat-cua-suoi-nguon-tuoi-tre-1078/trang-318
    # (wrapped lines, numbered 26 and 32 there)
    "Caplan AI. Adult mesenchymal stem cells for tissue engineering versus\n"
    "regenerative medicine. J Cell Physiol. 2007; 213(2): 341-347.",
    "Degen RM, Carbone A, Carballo C, et al. The effect of purified human\n"
    "bone marrow\u2013derived mesenchymal stem cells on rotator cuff tendon healing in\n"
    "an athymic rat. Arthroscopy. June 2016. [Epub ahead of print.]",
    # https://www.arthroscopyjournal.org/article/S0749-8063(18)30118-X/fulltext
    # (an author on a bulleted line, the title and the journal on the lines after it)
    "\u2022 Hochberg M.C.\nOsteoarthritis: The rheumatologist's perspective.\n"
    "HSS J. 2012; 8: 35-36",
    # https://www.torontoprpandstemcell.ca/stem-cell-injections/research/
    # (the title a block of its own, then the authors and the journal)
    "Mesenchymal stem cell injections improve symptoms of knee osteoarthritis.\n\n"
    "Koh YG, Jo SB, Kwon OR, Suh DS, Lee SW, Park SH, Choi YJ.\n"
    "Arthroscopy. 2013 Apr;29(4):748-55.",
]

#: Clinic sentences from the same kind of pages, beside their studies: still read.
CLINIC_SENTENCES = [
    # https://www.torontoprpandstemcell.ca/stem-cell-injections/research/
    (
        "18 patients with knee osteoarthritis had adipose tissue-derived stem cells "
        "(ADSCs) injected with calcium-chloride PRP after arthroscopic debridement.",
        {"osteoarthritis"},
    ),
    ("WOMAC, Lysholm and VAS clinical scores all improved.", set()),
    ("There was clinical and MRI improvement.", set()),
    (
        "As advocates for evidence-based medicine, we believe treatment decisions should be "
        "made on the basis of the best available scientific information whenever possible "
        "and we believe patients should have access to comprehensive information so that "
        "informed decisions can be made.",
        set(),
    ),
    # http://www.pet-stem.com/stem-cell-scientific-references/ (a study's author and
    # title, then the page's own summary of it)
    (
        "Gobbi A, One-Step Cartilage Repair with Bone Marrow Aspirate Concentrated Cells "
        "and Collagen Matrix in Full-Thickness Knee Cartilage Lesions. Results at 2-Year "
        "Follow-up.  Patients showed significant improvements.  MRI showed tissue regrowth "
        "in all patients.  No adverse reactions or post-operative complications noted.",
        {"tissue-regeneration", "no-risk-claim"},
    ),
    # https://www.beaconortho.com/blog/scientific-literature-research-regarding-stem-cells-orthopaedics-2/
    (
        "Adult mesenchymal stem cells (MSCs) work by stopping the natural breakdown of "
        "tissue by degradative or \u201ccatabolic\u201d proteins and over time arresting or "
        "stopping the degenerative process in osteoarthritis, allowing the arthritic joint "
        "to function in a normal fashion with minimal pain or disability.",
        {"delay-degeneration", "osteoarthritis"},
    ),
    (
        "If this can be accomplished, a total joint replacement may be avoided [1,2,3].",
        {"avoid-surgery"},
    ),
    (
        "This makes it a beneficial treatment option for those with osteoarthritis [4].",
        {"osteoarthritis"},
    ),
    # https://manhattanpainrelief.com/regenerative-medicine/reversing-osteoarthritis/
    (
        "Osteoarthritis is wear and tear of a joint and the main goal of regenerative "
        "medicine is to introduce certain substances such as your own fat cells, platelet "
        "rich plasma, certain growth factors or certain proliferating agents into the "
        "arthritic joint to bring about regeneration of the worn out tissue in order to "
        "reverse osteoarthritis.",
        {"tissue-regeneration", "osteoarthritis"},
    ),
    # https://regenexx.com/blog/how-much-human-stem-cell-research-is-there/
    (
        "Every year or so I summarize all of the human bone marrow mesenchymal stem cell "
        "research in orthopedics.",
        set(),
    ),
]


@each_case(("entry",), [(entry,) for entry in CITATION_ENTRIES])
def test_an_entry_of_a_reference_list_without_a_number_claims_and_names_nothing(
    entry: str,
) -> None:
    """Authors first, then two more marks (a year, a journal, a volume and pages), or a
    title before a journal-and-year line: no claim, warning sign or condition."""
    assert not entries(*entry.split("\n"))


@each_case(("sentence", "made"), CLINIC_SENTENCES)
def test_a_clinic_sentence_beside_its_studies_is_still_read(sentence: str, made: set[str]) -> None:
    assert made <= entries(sentence)
    assert not is_citation(sentence)


@each_case(
    ("entry", "title"),
    [
        (  # Vancouver
            "Centeno C, et al. Efficacy of autologous bone marrow concentrate for knee "
            "osteoarthritis regenerates cartilage. Int Orthop. 2014;38(9):1889-93",
            "Efficacy of autologous bone marrow concentrate for knee osteoarthritis "
            "regenerates cartilage.",
        ),
        (  # authors and a year in brackets, a journal's abbreviation
            "Smith J, Jones K (2019). Mesenchymal stem cells regrow cartilage in the knee. "
            "J Orthop Res",
            "Mesenchymal stem cells regrow cartilage in the knee.",
        ),
        (  # APA
            "Smith, J. B., & Jones, K. (2019). Stem cells regrow cartilage in the knee. "
            "Stem Cells, 12(3), 45-67.",
            "Stem cells regrow cartilage in the knee.",
        ),
        (  # Harvard
            "Smith, J. and Jones, K. (2019) Stem cells regrow cartilage in the knee. "
            "Journal of Pain, 12(3), pp. 45-67.",
            "Stem cells regrow cartilage in the knee.",
        ),
        (  # a title line, then a journal-and-year line
            "Stem cells regrow cartilage in the knee.\nJournal of Orthopaedic Research, 2019",
            "Stem cells regrow cartilage in the knee.",
        ),
    ],
)
def test_a_citation_in_each_usual_shape_is_no_claim(entry: str, title: str) -> None:
    assert "tissue-regeneration" in benefits(title)
    assert not entries(*entry.split("\n"))


def test_a_reference_list_names_no_condition_of_the_page() -> None:
    """The diseases a study's title names are the study's: a list of them raises no
    many-conditions and adds no condition."""
    lines = [
        "Smith J, Jones K (2019). Stem cells for multiple sclerosis. J Neurol Sci",
        "Lee A, Park B (2020). Stem cells for Parkinson's disease. J Neurol Res",
        "Kim C, Cho D (2021). Stem cells for autism and cerebral palsy. J Child Neurol",
        "Wu E, Ma F (2018). Stem cells for knee osteoarthritis. Int Orthop",
    ]
    assert not entries(*lines)
    assert "osteoarthritis" in found("condition", "We treat knee osteoarthritis.")


@each_case(
    ("sentence", "claim"),
    [
        # a study mentioned in the clinic's own sentence
        (
            "A 2019 study in the Journal of Orthopaedic Research showed our cells regrow "
            "cartilage.",
            "tissue-regeneration",
        ),
        # a doctor's name and title, then the clinic's claim
        ("Dr. Smith, MD. Our stem cells regrow cartilage.", "tissue-regeneration"),
        ("Smith MD. Stem cells regrow cartilage (2019). J Pain.", "tissue-regeneration"),
        # prose that cites: the authors and a year alone, even twice in a block
        ("Smith J, et al. (2019) found stem cells regrow cartilage.", "tissue-regeneration"),
        (
            "Smith et al. (2019) found stem cells regrow cartilage.\n"
            "Jones et al. (2020) found the same in the hip.",
            "tissue-regeneration",
        ),
        # a date before the journal: prose, not a journal's line
        (
            "In October 2014, doctors in the European Spine Journal wrote that stem cells "
            "regrow cartilage.",
            "tissue-regeneration",
        ),
        # the clinic's voice beside a citation in one block
        (
            "Our stem cells regrow cartilage.\nCenteno C, et al. Int Orthop. 2014;38(9):1889-93",
            "tissue-regeneration",
        ),
    ],
)
def test_a_clinic_sentence_that_cites_still_claims(sentence: str, claim: str) -> None:
    assert claim in benefits(*sentence.split("\n"))


def test_a_title_in_the_page_s_own_voice_before_a_citation_still_claims() -> None:
    """A one-line block right before a citation block is a study's title only when it
    speaks no "our", "we" or "you"."""
    citation = ["", "Koh YG, Jo SB, Choi YJ.", "Arthroscopy. 2013 Apr;29(4):748-55."]
    assert "tissue-regeneration" in benefits("Our injections regrow cartilage.", *citation)
    assert "tissue-regeneration" not in benefits(
        "Mesenchymal stem cell injections regrow cartilage.", *citation
    )


def test_a_byline_with_a_date_is_no_citation() -> None:
    """ "By" opens a byline, and "J." there is a middle initial, not a journal."""
    assert not is_citation("By John J. Murphy, MDLinx\nPublished April 25, 2017")
    assert not is_citation("Updated January 2025")


ENTRY = "Centeno C, et al. Int Orthop. 2014;38(9):1889-93"


def _entry_block(words: int) -> list[str]:
    """The lines of a block of exactly `words` words: an entry, then a claim and filler."""
    claim = "Stem cells regrow cartilage in the knee."
    filler = ["knee"] * (words - len(ENTRY.split()) - len(claim.split()))
    lines = [ENTRY, " ".join([claim, *filler])]
    assert len(" ".join(lines).split()) == words
    return lines


@each_case(("words", "entry"), [(CITATION_WORDS, True), (CITATION_WORDS + 1, False)])
def test_a_block_of_more_than_60_words_for_its_one_entry_is_prose(words: int, entry: bool) -> None:
    """At most CITATION_WORDS words for each entry: a reference list's block (its title
    lines too); one word more, prose with a citation in it, whose claims count."""
    lines = _entry_block(words)
    assert is_citation("\n".join(lines)) is entry
    assert ("tissue-regeneration" in benefits(*lines)) is not entry
