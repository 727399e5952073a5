"""The Method page and the Glossary, in the product's own words (Markdown we write ourselves),
and the check that every abbreviation a case uses is in the glossary or explained in the case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from secondstory.models import Scenario
from secondstory.vocabulary import CATEGORIES, HONORIFICS

METHOD_SECTIONS: list[tuple[str, str]] = [
    (
        "Why a systems approach",
        "Older case reviews tended to list what went wrong and who was at fault, then ask for "
        "more training and new procedures. The systems approach, borrowed from aviation and "
        "patient safety, asks a different question: **why did it make sense at the time** to act "
        "as people did? The answer lies partly in the person and largely in their work: the "
        "tools and forms, the caseload and supervision, how agencies work together, the family's "
        "own ways of engaging, and ordinary human reasoning. One case is treated as a window on "
        "the system. The product of a review is a set of findings about patterns that will recur "
        "in other cases, not verdicts on individuals. The approach is used to learn from cases "
        "that went well, too.",
    ),
    (
        "Gathering the material",
        "Reviewers read agency records and hold one-to-one conversations with the practitioners "
        "involved. A conversation is not an interview: its aim is to see the work through the "
        "practitioner's eyes. Records check memories, and memories explain records, but both "
        "are partial: memories are coloured by hindsight, records by what the form asked for.",
    ),
    (
        "The multi-agency narrative",
        "Rather than one merged chronology, reviewers build the case as each agency and worker "
        "saw it at the time. Where views differ, the difference is itself evidence. In Second "
        "Story, the case file's 'as one agency saw it' view and the 'known at the time' date "
        "control let you do this.",
    ),
    (
        "Stage 1: key practice episodes",
        "Key practice episodes are the points or periods that shaped how the case developed or "
        "was handled. They are neutral: good practice is an episode as much as practice that "
        "fell short. Practitioners' own turning points are one good source. You are choosing a "
        "selection, usually four to eight in a short case, not retelling the whole history.",
    ),
    (
        "Stage 2: appraisal",
        "For each episode, judge whether practice was in line with what could reasonably be "
        "expected, using only what was known and the guidance in force at the time. Name good "
        "practice plainly. Judge the decision process, not the result: the same decision is no "
        "worse because the outcome was bad. Second Story hides what was known only later until "
        "you have appraised every episode, then lets you say whether anything changes.",
    ),
    (
        "Stage 3: explaining practice",
        "Explain each episode through its **contributory factors** and the **local "
        "rationality**: what the worker was seeing, aiming for, worried about and constrained by, "
        "so that what they did made sense then. Useful prompts: the family; the worker's role; "
        "their working conditions; personal aspects; their own team; the inter-agency network; "
        "organisational culture and management; the wider political and resource context. "
        "Several factors usually interact: there is rarely a single root cause.",
    ),
    (
        "Stage 4: findings",
        "A finding names a pattern in the system that makes good practice harder or easier. A "
        "well-made finding has five parts: a one-sentence **finding statement**; **how it showed "
        "up in this case**; **how we know it is not a one-off** (what staff say is usual, local "
        "data, audits, research); **why it matters** for children and for the reliability of the "
        "system; and **questions for the safeguarding partnership** to consider, rather than "
        "prescriptive recommendations.",
    ),
    (
        "The six categories of underlying patterns",
        "\n".join(f"{n}. **{label}**" for n, label in enumerate(CATEGORIES.values(), start=1))
        + "\n\nThe categories overlap. Trained reviewers place the same factor in the same "
        "category only about seven times in ten, so the expert reference in Second Story is one "
        "defensible reading, not the only one.",
    ),
    (
        "Mistakes to watch for",
        "- **Hindsight bias**: signs look obvious because you know the outcome.\n"
        "- **Outcome bias**: a harsher judgement because a child was harmed.\n"
        "- **Counterfactual and blame language**: 'failed to', 'should have', 'if only', "
        "'missed'. These name what did not happen and explain nothing.\n"
        "- **Stopping at the person nearest the event**: go on to what shaped their work.\n"
        "- **Case-specific findings**: name the general pattern, not what one worker should do.\n"
        "- **Reflexive fixes**: 'more training', 'remind staff'. Ask what made the work hard.\n"
        "- **Only looking at failure**: say what went well and what supported it.\n"
        "- **A single root cause**: look for several interacting factors.\n\n"
        "The language coach in Second Story marks the first, third and sixth of these as you "
        "write, with a reason and a way to reframe.",
    ),
    (
        "Where reviews sit in the UK",
        "In England, Child Safeguarding Practice Reviews replaced Serious Case Reviews in 2018: a "
        "serious incident is notified to the national panel, a rapid review follows, then a local "
        "or national review. Wales has Child Practice Reviews, Scotland learning reviews, and "
        "Northern Ireland case management reviews. In every nation the purpose is learning, not "
        "holding individuals to account.",
    ),
]

GLOSSARY: dict[str, str] = {
    "Key practice episode (KPE)": "A point or period significant to how the case developed or "
    "was handled; neutral, so good practice counts too.",
    "Appraisal": "A judgement of practice in an episode against what could reasonably be "
    "expected, given what was known and the guidance in force at the time.",
    "Contributory factor": "Something in the family, the work, the team, the network, the "
    "organisation or the wider context that made practice easier or harder.",
    "Local rationality": "The reasons an action made sense to the person at the time, given "
    "what they saw, wanted, feared and were constrained by.",
    "Underlying pattern": "A feature of the system that shaped practice in this case and is "
    "likely to shape it in others; the subject of a finding.",
    "Finding": "A statement of an underlying pattern, with its evidence in the case, evidence "
    "that it is not a one-off, why it matters, and questions for the partnership.",
    "Safeguarding partnership": "The local authority, police and health bodies who together "
    "lead safeguarding arrangements in an area, and who receive a review's findings.",
    "Hindsight bias": "Seeing past events as more predictable than they were, because the "
    "outcome is known.",
    "Outcome bias": "Judging a decision by its result rather than by the reasoning and "
    "information available when it was made.",
    "Counterfactual language": "Wording about what did not happen ('should have', 'could "
    "have', 'if only'); it names a gap but explains nothing.",
    "Confirmation bias": "Giving more weight to information that fits a first view, and being "
    "slow to revise it.",
    "Rule of optimism": "A tendency to interpret a family's circumstances and parents' "
    "accounts in the most positive light available.",
    "Apparent compliance": "A family appearing to co-operate with professionals while little "
    "changes for the child.",
    "Reflexive fix": "A recommendation reached for by habit ('more training', 'a new "
    "checklist') without asking what made the work hard to do well.",
    "Second story": "The account of why actions made sense to the people involved, behind the "
    "first story of who was to blame.",
    "Swiss cheese model": "Reason's picture of layers of defence, each with holes; harm "
    "happens when holes line up. Active failures at the sharp end, latent conditions upstream.",
    "London Protocol": "A patient-safety method that explains care delivery problems through "
    "contributory factors in seven groups; an ancestor of key practice episodes.",
    "Safety-II": "Learning from everyday work that goes right, not only from failure.",
    "Strategy discussion": "A multi-agency discussion (children's social care, police, health) "
    "held when there is reasonable cause to suspect significant harm.",
    "Section 47 enquiry": "An enquiry by children's social care, under the Children Act 1989, "
    "into whether a child is suffering or likely to suffer significant harm.",
    "Child in need plan": "A plan of support for a child assessed as in need under section 17 "
    "of the Children Act 1989.",
    "MASH": "Multi-Agency Safeguarding Hub: where referrals are screened with information from "
    "several agencies.",
    "MARAC": "Multi-Agency Risk Assessment Conference: a meeting on the highest-risk domestic "
    "abuse cases.",
    "Early help": "Support offered to a family before needs reach the threshold for statutory "
    "children's social care.",
    "Child Safeguarding Practice Review": "In England since 2018, a local or national review "
    "of a serious child safeguarding case, for learning.",
    "Rapid review": "In England, the safeguarding partners' first look at a serious incident, "
    "within 15 working days of hearing of it: what happened, immediate learning, and whether a "
    "local child safeguarding practice review is needed.",
    "Safeguarding Adults Review (SAR)": "A review commissioned by a Safeguarding Adults Board "
    "under section 44 of the Care Act 2014 when an adult with care and support needs dies or is "
    "seriously harmed and agencies could have worked together better.",
}

# The six categories of underlying patterns: what each covers, and an example of a finding's
# pattern in it. Shown in the Glossary under the category's own name.
CATEGORY_GUIDE: dict[str, tuple[str, str]] = {
    "incidents_and_crises": (
        "How agencies work together when something happens: setting priorities under pressure, "
        "referral routes and feedback, knowing whom to call, a child-protection response that "
        "loses sight of wider needs.",
        "Referrers rarely hear what happened to a referral, so they stop making them.",
    ),
    "assessment_and_longer_term": (
        "How agencies work together over time: assessment as a process, not an event; who leads "
        "and holds the overview; what is shared, and whether passing information on is the same "
        "as communicating it.",
        "When a parent declines early help, each service monitors alone and no one holds the "
        "whole picture.",
    ),
    "human_tool": (
        "How people work with their tools: forms, frameworks and case-management systems that "
        "shape what is asked, seen and recorded.",
        "A screening form that asks for one category of concern first frames a bruise as minor "
        "before anyone thinks about the child's age.",
    ),
    "human_management": (
        "How people work with the management system: demand and resources, gaps in services, "
        "performance measures and what is rewarded, supervision that checks compliance rather "
        "than thinking.",
        "Targets for closing plans within three months make closure the measure of success.",
    ),
    "family_professional": (
        "How families and professionals relate: hostile, avoidant or apparently compliant "
        "parents; the relationship with a parent crowding out the child's voice; language, "
        "culture and disability shaping engagement.",
        "A warm, co-operative mother's account is taken as the child's experience.",
    ),
    "human_reasoning": (
        "Ordinary human reasoning and feeling: slowness to revise a first view, the rule of "
        "optimism, the vivid and recent over the history, normalising chronic neglect, anxiety "
        "and fatigue.",
        "Each new referral is compared with the family's recent past, so a slow decline looks "
        "like the usual picture.",
    ),
}

# Abbreviations used in the library's cases, in full.
ABBREVIATIONS: dict[str, str] = {
    "A&E": "Accident and emergency department",
    "ACE-III": "Addenbrooke's Cognitive Examination (third version): a test of memory and thinking",
    "AKI": "Acute kidney injury",
    "AMH": "Adult mental health services",
    "ASC": "Adult social care",
    "ASQ": "Ages and Stages Questionnaire (ASQ-3): a check of a young child's development",
    "AssetPlus": "The youth justice service's assessment and planning framework",
    "ATR": "Alcohol treatment requirement (part of a community order)",
    "BD": "Twice a day (on prescriptions and care plans, from the Latin bis die)",
    "BWV": "Body-worn video (police)",
    "C&F": "Child and family (assessment)",
    "CAMHS": "Child and adolescent mental health services",
    "CCE": "Child criminal exploitation",
    "CET": "Child exploitation team (police)",
    "CIN": "Child in need (a plan under section 17 of the Children Act 1989)",
    "CMHT": "Community mental health team",
    "CO": "Community order (a sentence served in the community)",
    "CP": "Child protection",
    "CP-IS": "Child Protection Information Sharing: flags children on protection plans or in care to unscheduled NHS care",
    "CPN": "Community psychiatric nurse",
    "CPS": "Crown Prosecution Service",
    "CSC": "Children's social care",
    "CSPR": "Child safeguarding practice review",
    "CSPRP": "Child Safeguarding Practice Review Panel (the national panel in England)",
    "CT": "Computed tomography (a scan)",
    "DA": "Domestic abuse",
    "DASH": "Domestic Abuse, Stalking and Harassment and Honour-based violence risk checklist",
    "DC": "Detective constable",
    "DM": "Diabetes mellitus (diabetes)",
    "DN": "District nurse",
    "DNA": "Did not attend (Was Not Brought is used for children)",
    "DOB": "Date of birth",
    "DSL": "Designated safeguarding lead (in a school or nursery)",
    "DV": "Domestic violence",
    "ED": "Emergency department",
    "EDD": "Estimated date of delivery (when a baby is due)",
    "EDT": "Emergency duty team (out-of-hours social care)",
    "EH": "Early help",
    "EHA": "Early help assessment",
    "ENP": "Emergency nurse practitioner",
    "ENT": "Ear, nose and throat (a hospital department)",
    "EPDS": "Edinburgh Postnatal Depression Scale: a questionnaire about mood after a birth",
    "ETA": "Estimated time of arrival",
    "FBC": "Full blood count (a blood test)",
    "FH": "Family hub (early help)",
    "FOB": "Father of the baby",
    "FR": "Fire-retardant",
    "FRS": "Fire and rescue service",
    "FSW": "Family support worker",
    "FT": "Full-time",
    "FTE": "Full-time equivalent (posts or staff)",
    "FYI": "For your information",
    "GA": "General anaesthetic",
    "GAD": "Generalised Anxiety Disorder questionnaire (GAD-2, GAD-7)",
    "GCP2": "Graded Care Profile 2: a tool for assessing neglect",
    "GI": "Gastrointestinal (the stomach and gut)",
    "GP": "General practitioner (family doctor)",
    "HDU": "High dependency unit (in a hospital)",
    "HFSV": "Home fire safety visit (fire and rescue service)",
    "HTT": "Home treatment team (crisis mental health care at home)",
    "HV": "Health visitor",
    "I&A": "Information and advice (a MASH outcome)",
    "ICB": "Integrated care board: the NHS body that plans and pays for health services in an area",
    "ICO": "Interim care order",
    "ICON": "A programme for parents about a baby's crying: Infant crying is normal, Comforting methods can help, it's OK to walk away, Never shake a baby",
    "ICPC": "Initial child protection conference",
    "ID": "Identification (number)",
    "IDVA": "Independent domestic violence adviser",
    "IP": "Injured party (police)",
    "IRO": "Independent reviewing officer",
    "KCSIE": "Keeping Children Safe in Education: statutory guidance for schools in England",
    "KPI": "Key performance indicator",
    "LFT": "Liver function tests (a blood test)",
    "MACE": "Multi-agency child exploitation meeting",
    "MARAC": "Multi-agency risk assessment conference (highest-risk domestic abuse)",
    "MARM": "Multi-agency risk management meeting (adults)",
    "MASH": "Multi-agency safeguarding hub",
    "MC": "Medical centre (a GP practice)",
    "MCA": "Mental Capacity Act 2005",
    "MDT": "Multidisciplinary team",
    "MFFD": "Medically fit for discharge (from hospital)",
    "MGM": "Maternal grandmother",
    "MH": "Mental health",
    "NA": "No access (a visit where no one answered the door)",
    "NAD": "No abnormality detected",
    "NB": "Note well (from the Latin nota bene)",
    "NBV": "New birth visit (by the health visitor)",
    "NCMP": "National Child Measurement Programme (height and weight checks at school)",
    "NFA": "No further action",
    "NHS": "National Health Service",
    "NIPE": "Newborn and infant physical examination",
    "NOK": "Next of kin",
    "NRM": "National Referral Mechanism (for victims of modern slavery and trafficking)",
    "NVD": "Normal vaginal delivery",
    "OME": "Otitis media with effusion (glue ear)",
    "OP": "Outpatient (or, for a mental health team, older people's)",
    "OPEL": "Operational Pressures Escalation Levels (how busy a hospital is)",
    "OT": "Occupational therapy or occupational therapist",
    "PB": "Partial booking: a letter asking the patient to opt in to an appointment",
    "PC": "Police constable",
    "PGM": "Paternal grandmother",
    "PHQ": "Patient Health Questionnaire (PHQ-2, PHQ-9): questions about depression",
    "PND": "Postnatal depression",
    "POC": "Package of care (paid care visits at home)",
    "PPN": "Public protection notice (a police referral)",
    "PPU": "Public protection unit (police)",
    "PRN": "As needed (on prescriptions, from the Latin pro re nata)",
    "RAG": "Red, amber, green: a rating of how urgent something is",
    "RCPC": "Review child protection conference",
    "RO": "Restraining order",
    "RR": "Rapid review (after a serious incident notification)",
    "RUI": "Released under investigation (police)",
    "S&W": "Safe and well check (police, when a missing child returns)",
    "SAB": "Safeguarding Adults Board",
    "SALT": "Speech and language therapy",
    "SAR": "Safeguarding Adults Review",
    "SENCo": "Special educational needs co-ordinator",
    "SGO": "Special guardianship order",
    "SI": "Suicidal ideation (thoughts of suicide)",
    "SLT": "Speech and language therapy",
    "SMI": "Serious mental illness",
    "SMS": "A text message",
    "SPA": "Single point of access",
    "SPO": "Senior probation officer",
    "SS": "Social services (an older name for social care)",
    "SU": "Service user",
    "SVD": "Spontaneous vaginal delivery",
    "SW": "Social worker",
    "TAF": "Team around the family",
    "TFT": "Thyroid function tests (a blood test)",
    "TM": "Team manager",
    "TTG": "Tissue transglutaminase antibody test (for coeliac disease)",
    "U&E": "Urea and electrolytes (a blood test of the kidneys)",
    "UC": "Universal Credit (a benefit)",
    "URTI": "Upper respiratory tract infection",
    "VI": "Voluntary interview: a police interview under caution of someone not under arrest",
    "VM": "Voicemail",
    "WD": "Working day (WD8: the eighth working day)",
    "WNB": "Was not brought (a child's missed appointment)",
    "XR": "X-ray",
    "YJS": "Youth justice service",
    "YP": "Young person",
}


# --- Every abbreviation a case uses is in the glossary or explained in the case. ---

# An abbreviation: capitals, possibly joined by '&' or '-' (A&E, CP-IS), possibly with a number
# (GCP2); at least two capital letters. Hyphens may join it to a word ("HV-led").
_ABBREVIATION = re.compile(r"(?<![A-Za-z0-9&])[A-Z]+(?:[&-][A-Z]+)*[0-9]*(?![A-Za-z0-9&])")
_WORD = re.compile(r"[A-Za-z]+")
_GLOSSARY_SHORT = re.compile(r"\(([A-Z][A-Za-z&-]+)\)")
_LINKING_WORDS = frozenset(("the", "of", "and", "for", "a", "an", "to", "in", "on", "with", "or"))
# Words records write in capitals that are not abbreviations.
_ORDINARY_IN_CAPITALS = frozenset(("ok", "however"))


def abbreviations_in(text: str) -> list[str]:
    """The abbreviations a text uses, in order (each once)."""
    found = (m.group() for m in _ABBREVIATION.finditer(text))
    return list(dict.fromkeys(a for a in found if sum(c.isupper() for c in a) >= 2))


def glossary_abbreviations() -> frozenset[str]:
    """The abbreviations the glossary explains: its list, and those its terms give in brackets
    ("Key practice episode (KPE)")."""
    in_terms = (m.group(1) for term in GLOSSARY for m in _GLOSSARY_SHORT.finditer(term))
    return frozenset((*ABBREVIATIONS, *in_terms))


def _texts(value: object, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, (*path, index))


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.casefold() not in _LINKING_WORDS).casefold()


def spelled_out(abbreviation: str, text: str) -> bool:
    """Whether the text spells the abbreviation out beside it: the words just before it
    ("Police National Computer (PNC)") or just after it ("PHQ-9, the Patient Health
    Questionnaire") start with its letters, linking words such as 'and' aside."""
    letters = "".join(c for c in abbreviation if c.isalpha()).casefold()
    span = len(letters) + 3
    for match in re.finditer(re.escape(abbreviation), text):
        before = _WORD.findall(text[: match.start()])[-span:]
        after = _WORD.findall(text[match.end() :])[:span]
        for start in range(len(before)):
            if _initials(before[start:]) == letters:
                return True
        for end in range(1, len(after) + 1):
            if _initials(after[:end]) == letters:
                return True
    return False


def _people_words(scenario: Scenario) -> set[str]:
    """Names of the people in the case, each part, and their initials, in lower case: a
    surname written in capitals, or a worker's initials on a record, is not an abbreviation."""
    found: set[str] = set()
    for person in [*scenario.people.family, *scenario.people.practitioners]:
        parts = [w for w in _WORD.findall(person.name) if w.casefold() not in HONORIFICS]
        found |= {w.casefold() for w in parts}
        if len(parts) >= 2:
            found |= {(parts[0][0] + parts[-1][0]).casefold(), _initials(parts)}
    return found


def _agency_initials(scenario: Scenario) -> set[str]:
    """The initials of each agency's name and of its leading words ("Kelsworth Royal Infirmary"
    as KRI, "Westbridge County Council Children's Services" as WCC): the case file spells them
    out."""
    found: set[str] = set()
    for agency in scenario.agencies:
        words = _WORD.findall(agency.name)
        found |= {_initials(words[:end]) for end in range(2, len(words) + 1)}
    return found


def unexplained_abbreviations(scenario: Scenario) -> list[tuple[tuple, str]]:
    """Each abbreviation the case uses that neither the glossary nor the case explains, with
    where it is first used. Explained in the case: listed under its `abbreviations`, spelled
    out beside it somewhere in the case, or the initials of an agency's name. Left aside: a word
    written in capitals that the case also writes in lower case ("MISSING", "HIGH"), "OK", and
    people's names and initials. A number
    after the letters is ignored when the letters alone are explained (WD8 as WD)."""
    texts = list(_texts(scenario.model_dump(mode="json", exclude={"abbreviations"})))
    lower = {w.casefold() for _, text in texts for w in _WORD.findall(text) if not w.isupper()}
    known = glossary_abbreviations() | set(scenario.abbreviations)
    aside = lower | _people_words(scenario) | _agency_initials(scenario) | _ORDINARY_IN_CAPITALS
    unexplained: dict[str, tuple] = {}
    for path, text in texts:
        for found in abbreviations_in(text):
            if found in unexplained or found.rstrip("0123456789") in known or found in known:
                continue
            if found.casefold() in aside:
                continue
            if not any(spelled_out(found, other) for _, other in texts if found in other):
                unexplained[found] = path
    return [(path, found) for found, path in unexplained.items()]
