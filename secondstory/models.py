"""Pydantic models of the scenario format (authored content) and of a trainee's analysis.

Scenario models are frozen and forbid unknown keys, so a typo in a YAML file is reported rather
than silently ignored. Cross-references (ids that must resolve) are checked in `crosschecks`;
these models only check the shape of each piece.

Evidence is cited by id: a chronology entry (`e12`), an agency record (`r03`), a practitioner
conversation (`c-hv`) or one part of it written `CONVERSATION_ID.PART` (`c-hv.influences`), or the
family contribution by its `id`.

Format 1.1 only adds optional keys (`joint_with`, `core_any`, `separate_episodes`, the family
contribution's `id`), so every file written for format 1 loads unchanged; so does the later
optional `expert.worked_examples`. Conversation practice adds more optional keys the same way: a
conversation part's `intents` and `guarded_reply`, a conversation's `distractors`, and an
analysis's `interviews` (what the trainee asked).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from secondstory.vocabulary import (
    CONVERSATION_PARTS,
    AgencyType,
    Category,
    ConversationPart,
    Difficulty,
    ExpertRating,
    PromptArea,
    RecordType,
    ReviewKind,
    Stage,
    TraineeRating,
)

FORMAT_VERSION = 1
ANALYSIS_FORMAT = "secondstory-analysis"
ANALYSIS_VERSION = 1
MAX_ANSWER_CHARS = 5000

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$"),
    Field(description="A short id: lower-case letters, digits, '-' and '_'."),
]
EvidenceRef = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}(\.[a-z_]+)?$"),
    Field(
        description=(
            "An entry id, a record id, a conversation id, CONVERSATION_ID.PART, or the family "
            "contribution's id."
        )
    ),
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Answer = Annotated[str, StringConstraints(max_length=MAX_ANSWER_CHARS)]
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
JointWith = Annotated[
    list[Id],
    Field(
        default_factory=list,
        description="Other agencies that made it jointly with `agency` (a joint visit, joint minutes).",
    ),
]


def _one_agency(value: object) -> object:
    """`agency` is one id; a list gets a message that says where the other agencies go."""
    if isinstance(value, list):
        raise ValueError(
            "write one agency id here (the agency that made it); when agencies made it jointly, "
            "name the others in 'joint_with', e.g. agency: police, joint_with: [csc]"
        )
    return value


class Authored(BaseModel):
    """Base of every authored model: immutable, unknown keys rejected."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Period(Authored):
    start: dt.date
    end: dt.date


class ReviewContext(Authored):
    kind: ReviewKind
    description: Text = Field(description="Why the review was held and what it asks.")


class Setting(Authored):
    area: Text = Field(description="The fictional area, e.g. 'Elmbridge Vale (fictional)'.")
    period: Period = Field(description="The period the review covers.")
    description: str = ""


class FamilyMember(Authored):
    id: Id
    name: Text
    relationship: Text = Field(description="E.g. 'subject child', 'mother', 'mother's partner'.")
    age: str = Field("", description="Age at the start of the review period, as written.")
    description: str = ""
    child_voice: list[Text] = Field(
        default_factory=list, description="The child's own recorded words, if any."
    )
    subject: bool = Field(False, description="True for the child or children the review is about.")


class Practitioner(Authored):
    id: Id
    name: Text
    role: Text
    agency: Id


class People(Authored):
    family: list[FamilyMember] = Field(min_length=1)
    practitioners: list[Practitioner] = Field(min_length=1)


class Agency(Authored):
    id: Id
    name: Text
    type: AgencyType
    description: str = ""


class Entry(Authored):
    """One dated entry of the multi-agency chronology."""

    id: Id
    date: dt.date
    time: str | None = Field(None, description="24-hour time as 'HH:MM' (quote it in YAML).")
    agency: Id = Field(description="The agency that recorded it.")
    joint_with: JointWith
    people: list[Id] = Field(default_factory=list)
    title: Text = Field(description="A short line for tables and the timeline.")
    what_happened: Text
    recorded: str = Field("", description="What the agency recorded at the time.")
    known_to: list[Id] = Field(
        default_factory=list,
        description="Agencies that knew of this at the time (the recording agency always does).",
    )
    known_later: bool = Field(
        False, description="True for the incident and after: held back during appraisal."
    )
    background: bool = Field(False, description="True for history from before the review period.")
    told: dict[Id, Text] = Field(
        default_factory=dict,
        description=(
            "By agency id (one of `known_to`): what that agency was told of this at the time. "
            "The view 'as one agency saw it' shows this in place of the full entry."
        ),
    )

    @field_validator("agency", mode="before")
    @classmethod
    def _agency_is_one_id(cls, value: object) -> object:
        return _one_agency(value)

    @field_validator("time")
    @classmethod
    def _time_is_hh_mm(cls, value: str | None) -> str | None:
        if value is not None and not _TIME.match(value):
            raise ValueError("time must be 24-hour 'HH:MM' in quotes, e.g. '09:30'")
        return value


class Record(Authored):
    """An excerpt of an agency record, in the agency's own voice."""

    id: Id
    type: RecordType
    title: Text
    agency: Id = Field(description="The agency whose record it is.")
    joint_with: JointWith
    date: dt.date
    author: Id | None = Field(None, description="The practitioner who wrote it, if known.")
    entries: list[Id] = Field(min_length=1, description="Chronology entries it relates to.")
    text: Text
    known_later: bool = False
    shared_with: list[Id] = Field(
        default_factory=list,
        description="Other agencies it was sent to or shared with at the time (a letter's addressee).",
    )

    @field_validator("agency", mode="before")
    @classmethod
    def _agency_is_one_id(cls, value: object) -> object:
        return _one_agency(value)


class ConversationSection(Authored):
    text: Text
    cites: list[Id] = Field(default_factory=list, description="Chronology entries it refers to.")
    intents: list[Text] = Field(
        default_factory=list,
        description=(
            "Conversation practice: a few wordings of an open, curious question that draws this "
            "part out (the first is offered in the list of questions)."
        ),
    )
    guarded_reply: Text | None = Field(
        None,
        description=(
            "Conversation practice: what the practitioner says, briefly, to a leading, closed, "
            "hindsight or blaming question about this part."
        ),
    )


class Distractor(Authored):
    """A question a reviewer should not ask, offered among the choices, with its guarded reply."""

    question: Text
    guarded_reply: Text


class Conversation(Authored):
    """A one-to-one conversation with a practitioner, structured as reviewers hold them."""

    id: Id
    practitioner: Id
    date: dt.date | None = None
    overview: ConversationSection
    turning_points: ConversationSection
    thinking: ConversationSection
    influences: ConversationSection
    went_well: ConversationSection
    would_change: ConversationSection
    distractors: list[Distractor] = Field(
        default_factory=list,
        description="Conversation practice: blaming or leading questions with guarded replies.",
    )

    def part(self, name: str) -> ConversationSection:
        return getattr(self, name)

    @property
    def practice_ready(self) -> bool:
        """Complete practice material: every part has intents and a guarded reply."""
        return all(
            self.part(name).intents and self.part(name).guarded_reply for name in CONVERSATION_PARTS
        )


class FamilyContribution(Authored):
    """The family's own account, gathered after the incident: held back with the outcome."""

    id: Id | None = Field(None, description="An id, so that factors can cite it as evidence.")
    who: list[Id] = Field(min_length=1)
    text: Text


class Appraisal(Authored):
    rating: ExpertRating
    alternative: ExpertRating | None = Field(
        None, description="Another rating a reasonable reviewer could defend."
    )
    reasoning: Text = Field(description="The judgement as it could be made at the time.")


class KeyPoint(Authored):
    """One idea a trainee's text must hold to say what the expert says, with other wordings."""

    point: Text = Field(description="A few words that carry the idea, e.g. 'history not analysed'.")
    synonyms: list[Text] = Field(
        default_factory=list, description="Other wordings of the same idea."
    )

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: object) -> object:
        return {"point": value} if isinstance(value, str) else value

    def wordings(self) -> list[str]:
        return [self.point, *self.synonyms]


KeyPoints = Annotated[
    list[KeyPoint],
    Field(
        default_factory=list,
        description=(
            "Optional: the ideas the marking looks for, each a short phrase or "
            "{point, synonyms}. Each must be worded in the expert's own text."
        ),
    ),
]


class ExpertFactor(Authored):
    id: Id
    category: Category
    alternative_categories: list[Category] = Field(default_factory=list)
    prompt_area: PromptArea
    statement: Text
    evidence: list[EvidenceRef] = Field(min_length=1)
    key_points: KeyPoints


class ExpertEpisode(Authored):
    id: Id
    title: Text
    entries: list[Id] = Field(min_length=1, description="The chronology entries it spans.")
    core_entries: list[Id] = Field(
        default_factory=list,
        description="Entries a trainee's episode must include to match (default: any overlap).",
    )
    core_any: list[Id] = Field(
        default_factory=list,
        description="Entries of which a trainee's episode must include at least one to match.",
    )
    why_key: Text
    appraisal: Appraisal
    local_rationality: Text
    factors: list[ExpertFactor] = Field(min_length=1)
    commentary: Text = Field(description="Teaching commentary: what a trainee should learn here.")


class Finding(Authored):
    id: Id
    statement: Text = Field(description="One sentence naming the pattern in the system.")
    category: Category
    case_evidence: Text = Field(description="How it showed up in this case.")
    not_one_off: Text = Field(description="How we know it is not a one-off.")
    why_it_matters: Text
    questions: list[Text] = Field(
        min_length=1, description="Questions for the safeguarding partnership."
    )
    episodes: list[Id] = Field(min_length=1)
    key_points: KeyPoints


class Hint(Authored):
    stage: Stage
    text: Text


class ExamplePart(Authored):
    label: Text = Field(description="What this part is, e.g. 'Episode' or 'Why it is key'.")
    text: Text


class WorkedExample(Authored):
    """Guided mode's worked example for a stage, written for the case (optional, added after
    format 1.1). A case without one for a stage shows one drawn from the tutorial."""

    stage: Stage
    heading: Text = Field(description="Where the example comes from, shown above it.")
    parts: list[ExamplePart] = Field(min_length=1)


class Pitfall(Authored):
    id: Id
    stage: Stage
    title: Text
    feedback: Text


class ExpertReference(Authored):
    episodes: list[ExpertEpisode] = Field(min_length=1)
    findings: list[Finding] = Field(min_length=1)
    separate_episodes: bool = Field(
        False, description="True to have the checker report any entry in two expert episodes."
    )
    hints: list[Hint] = Field(default_factory=list)
    worked_examples: list[WorkedExample] = Field(
        default_factory=list,
        description="Guided mode's worked examples, at most one per stage (shown before work).",
    )
    pitfalls: list[Pitfall] = Field(default_factory=list)
    synonyms: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Words a trainee may use for the same idea, for matching factor statements.",
    )


# --- A trainee's analysis: what the app saves, exports and imports, and the CLI scores. ---


class TraineeAppraisal(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    # None: reasoning written before any rating was chosen (it earns no credit and does not
    # count as an appraisal until a rating is chosen). Left out of a file, "cannot_say".
    rating: TraineeRating | None = "cannot_say"
    reasoning: Answer = ""


class TraineeFactor(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    category: Category
    prompt_area: PromptArea | None = None
    statement: Answer = ""
    evidence: list[str] = Field(default_factory=list, max_length=50)


class TraineeEpisode(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = ""
    title: Answer = ""
    entries: list[str] = Field(default_factory=list, max_length=200)
    why_key: Answer = ""
    appraisal: TraineeAppraisal | None = None
    appraisal_after_reveal: TraineeAppraisal | None = Field(
        None, description="The appraisal as revised once the outcome was revealed, if it was."
    )
    local_rationality: Answer = ""
    factors: list[TraineeFactor] = Field(default_factory=list, max_length=30)
    from_reference: str | None = Field(
        None, description="The expert episode id, when carried forward from the reference."
    )


class TraineeFinding(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = ""
    statement: Answer = ""
    category: Category | None = None
    case_evidence: Answer = ""
    not_one_off: Answer = ""
    why_it_matters: Answer = ""
    questions: list[Answer] = Field(default_factory=list, max_length=20)
    episodes: list[str] = Field(default_factory=list)


QUESTION_STYLES: dict[str, str] = {
    "open": "Open",
    "closed": "Closed",
    "leading": "Leading",
    "hindsight": "Hindsight",
    "blame": "Blaming",
}
MAX_QUESTION_CHARS = 300
MAX_QUESTIONS = 80
QuestionStyle = Literal[tuple(QUESTION_STYLES)]  # type: ignore[valid-type]
ReplyKind = Literal["revealed", "brief", "guarded", "unmatched"]


class AskedQuestion(BaseModel):
    """One question of a practice conversation, as asked and as it was answered (kept, so that a
    reply once given stays given whatever later versions of the matching would say)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = ""
    text: Annotated[str, StringConstraints(max_length=MAX_QUESTION_CHARS)] = ""
    typed: bool = False
    part: ConversationPart | None = Field(None, description="The part it was about, if any.")
    distractor: int | None = Field(None, description="The distractor chosen, by position.")
    style: QuestionStyle = "open"
    reply: ReplyKind = "unmatched"


class Interview(BaseModel):
    """The trainee's practice conversation with one practitioner."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    conversation: str
    questions: list[AskedQuestion] = Field(default_factory=list, max_length=MAX_QUESTIONS)


class Analysis(BaseModel):
    """A trainee's analysis. Unknown keys are rejected so that a mistyped import is reported."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: str = ANALYSIS_FORMAT
    version: int = ANALYSIS_VERSION
    scenario: str = ""
    scenario_version: str = ""
    episodes: list[TraineeEpisode] = Field(default_factory=list, max_length=40)
    findings: list[TraineeFinding] = Field(default_factory=list, max_length=20)
    revealed_expert_episodes: bool = False
    outcome_revealed: bool = False
    hints_used: list[str] = Field(default_factory=list)
    interviews: list[Interview] = Field(
        default_factory=list,
        max_length=30,
        description="Conversation practice: the questions asked of each practitioner.",
    )

    @field_validator("format")
    @classmethod
    def _format_is_ours(cls, value: str) -> str:
        if value != ANALYSIS_FORMAT:
            raise ValueError(
                f"this is not a Second Story analysis (format must be {ANALYSIS_FORMAT!r})"
            )
        return value


class ScoreBand(Authored):
    min: float = Field(ge=0, le=1)
    max: float = Field(ge=0, le=1)


class SampleAnalysis(Authored):
    """A sample trainee analysis and the band its overall score must land in (a marking test)."""

    id: Id
    description: Text
    band: ScoreBand = Field(description="Range of the overall score (mean of the four stages).")
    stage_bands: dict[Stage, ScoreBand] = Field(default_factory=dict)
    analysis: Analysis


class Scenario(Authored):
    """One fictional case with its expert reference."""

    format_version: int = Field(
        description=f"The scenario format version; this is {FORMAT_VERSION}."
    )
    id: Id
    version: str = Field("1", description="The content's own version, shown in reports.")
    title: Text
    summary: Text
    difficulty: Difficulty
    minutes: int = Field(ge=5, le=600, description="Estimated minutes for a trainee.")
    content_notes: list[Text] = Field(min_length=1)
    learning_objectives: list[Text] = Field(min_length=1)
    review_context: ReviewContext
    setting: Setting
    people: People
    agencies: list[Agency] = Field(min_length=1)
    chronology: list[Entry] = Field(min_length=1)
    records: list[Record] = Field(default_factory=list)
    conversations: list[Conversation] = Field(default_factory=list)
    family_contribution: FamilyContribution | None = None
    outcome: str = Field(
        "", description="What happened in the end, revealed with the entries known only later."
    )
    abbreviations: dict[str, Text] = Field(
        default_factory=dict,
        description="Abbreviations and initials this case uses that the glossary does not "
        "explain, with what each stands for (optional, added after format 1.1).",
    )
    expert: ExpertReference
    samples: list[SampleAnalysis] = Field(default_factory=list)

    @field_validator("format_version")
    @classmethod
    def _supported_version(cls, value: int) -> int:
        if value != FORMAT_VERSION:
            raise ValueError(f"format_version {value} is not supported; use {FORMAT_VERSION}")
        return value
