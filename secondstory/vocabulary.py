"""The method's fixed vocabulary: categories, prompt areas, ratings, agency and record types.

Each list maps a stable id (used in YAML files and analyses) to the label shown to people.
The ids are part of the scenario and analysis formats: add to these lists, never rename.
"""

from __future__ import annotations

from typing import Literal

# The six categories of underlying patterns (the SCIE typology), in the method's order.
CATEGORIES: dict[str, str] = {
    "incidents_and_crises": "Multi-agency working in response to incidents and crises",
    "assessment_and_longer_term": "Multi-agency working in assessment and longer-term work",
    "human_tool": "Human-tool operation",
    "human_management": "Human-management system operation",
    "family_professional": "Family-professional interaction",
    "human_reasoning": "Human reasoning: cognitive and emotional biases",
}

CATEGORY_SHORT: dict[str, str] = {
    "incidents_and_crises": "Incidents and crises",
    "assessment_and_longer_term": "Assessment and longer-term work",
    "human_tool": "Human-tool",
    "human_management": "Human-management system",
    "family_professional": "Family-professional",
    "human_reasoning": "Human reasoning",
}

# Areas reviewers prompt on when exploring contributory factors.
PROMPT_AREAS: dict[str, str] = {
    "family": "Aspects of the family",
    "role": "The worker's role",
    "working_conditions": "Working conditions",
    "personal": "Personal aspects",
    "team": "The worker's own team",
    "inter_agency": "The inter-agency network",
    "organisation": "Organisational culture and management",
    "wider_context": "Wider political and resource context",
}

# Appraisal ratings. The expert uses the first three; a trainee may also say "cannot say yet".
RATINGS: dict[str, str] = {
    "good_practice": "Good practice",
    "in_line": "In line with expectations",
    "below_expectations": "Below expectations",
    "cannot_say": "Cannot say yet",
}
RATING_ORDER: tuple[str, ...] = ("good_practice", "in_line", "below_expectations")

AGENCY_TYPES: dict[str, str] = {
    "childrens_social_care": "Children's social care",
    "police": "Police",
    "health_visiting": "Health visiting",
    "school_nursing": "School nursing",
    "gp": "GP practice",
    "midwifery": "Midwifery",
    "emergency_department": "Emergency department",
    "hospital": "Hospital (other)",
    "school": "School",
    "early_years": "Early years / nursery",
    "early_help": "Early help",
    "housing": "Housing",
    "adult_mental_health": "Adult mental health",
    "child_mental_health": "Child and adolescent mental health (CAMHS)",
    "substance_misuse": "Substance misuse service",
    "probation": "Probation",
    "youth_justice": "Youth justice",
    "domestic_abuse_service": "Domestic abuse service",
    "voluntary_sector": "Voluntary sector",
    "ambulance": "Ambulance service",
    "adult_social_care": "Adult social care",
    "multi_agency_meeting": "Multi-agency meeting (e.g. MARAC, MACE)",
    "community_health": "Community health (district nursing, therapies)",
    "home_care": "Home care provider",
    "fire_and_rescue": "Fire and rescue service",
    "safeguarding_partnership": "Safeguarding partnership or board",
    "other": "Other",
}

RECORD_TYPES: dict[str, str] = {
    "referral": "Referral",
    "assessment": "Assessment",
    "strategy_discussion": "Strategy discussion minutes",
    "case_note": "Case note",
    "letter": "Letter",
    "conference_minutes": "Child protection conference minutes",
    "core_group_minutes": "Core group minutes",
    "plan": "Plan",
    "discharge_summary": "Discharge summary",
    "police_log": "Police log",
    "risk_assessment": "Risk assessment",
    "email": "Email",
    "report": "Report",
    "supervision_note": "Supervision note",
    "meeting_minutes": "Meeting minutes",
    "other": "Other",
}

# The stages of a practitioner conversation, in the order reviewers use them.
CONVERSATION_PARTS: dict[str, str] = {
    "overview": "Their overview of the case",
    "turning_points": "Turning points",
    "thinking": "What they thought was going on, and why",
    "influences": "What influenced them",
    "went_well": "What went well",
    "would_change": "What they would change",
}

# Titles written before a name ("Dr Helen Ward"): not part of who the person is.
HONORIFICS = frozenset(("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sister", "nurse", "pc"))

REVIEW_KINDS: dict[str, str] = {
    "local_cspr": "Local child safeguarding practice review",
    "national_review": "National child safeguarding practice review",
    "child_practice_review": "Child practice review (Wales)",
    "learning_review": "Learning review (Scotland)",
    "case_management_review": "Case management review (Northern Ireland)",
    "good_practice_review": "Review of a case that went well",
    "learning_exercise": "Practice learning exercise",
    "rapid_review": "Rapid review (England)",
    "safeguarding_adults_review": "Safeguarding Adults Review (Care Act 2014, section 44)",
}

DIFFICULTIES: dict[str, str] = {
    "introductory": "Introductory",
    "intermediate": "Intermediate",
    "advanced": "Advanced",
}

# The analysis stages, named as the method names them (one name in the menu, on the page, in
# the comparison and the reports). Stage 3 explains practice: local rationality and factors.
# The ways of working a case, by the names trainers and trainees read (cohorts, reports).
MODE_NAMES: dict[str, str] = {
    "guided": "Guided (panel member induction)",
    "full": "Full (reviewer practice)",
    "conversation": "Conversation practice (reviewer practice, conversations held by the trainee)",
}

STAGES: dict[str, str] = {
    "episodes": "Key practice episodes",
    "appraisal": "Appraisal",
    "factors": "Explaining practice",
    "findings": "Findings",
}

# Literal types built from the lists above, so that the lists stay the one source of truth.
Category = Literal[tuple(CATEGORIES)]  # type: ignore[valid-type]
PromptArea = Literal[tuple(PROMPT_AREAS)]  # type: ignore[valid-type]
ExpertRating = Literal[RATING_ORDER]  # type: ignore[valid-type]
TraineeRating = Literal[tuple(RATINGS)]  # type: ignore[valid-type]
AgencyType = Literal[tuple(AGENCY_TYPES)]  # type: ignore[valid-type]
RecordType = Literal[tuple(RECORD_TYPES)]  # type: ignore[valid-type]
ConversationPart = Literal[tuple(CONVERSATION_PARTS)]  # type: ignore[valid-type]
ReviewKind = Literal[tuple(REVIEW_KINDS)]  # type: ignore[valid-type]
Difficulty = Literal[tuple(DIFFICULTIES)]  # type: ignore[valid-type]
Stage = Literal[tuple(STAGES)]  # type: ignore[valid-type]
