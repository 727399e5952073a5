"""The feedback on one analysis, stage by stage: what the comparison screen and the CLI show.

Every explanation a trainee reads is in these models, so a screen only lays them out. Scores are
0..1; every score can be traced to the items beside it. Positions (`index`, `position`) count
from 0 in the order of the trainee's analysis.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class FeedbackModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EpisodeRef(FeedbackModel):
    """One of the trainee's episodes."""

    index: int
    id: str
    title: str


class CoachNote(FeedbackModel):
    """A language-coach flag on a piece of the trainee's text."""

    where: str = Field(description="Which text: 'reasoning', 'statement', 'questions[0]'...")
    text: str
    start: int
    end: int
    kind: str
    why: str
    suggestion: str
    counted: bool = Field(False, description="True when the flag lowered the score.")


class Lowered(FeedbackModel):
    """Wording that kept only part of a text's credit."""

    kind: str
    text: str
    why: str


class TextCredit(FeedbackModel):
    """One of the trainee's texts set against the expert's: how alike they read, what that was
    worth, and why (the expert's key words found and missing, wording that lowered it)."""

    likeness: float = Field(description="How far it says what the expert's text says, 0..1.")
    credit: float
    shared: list[str] = Field(description="The expert's key words your text also has.")
    missing: list[str] = Field(description="The expert's key words your text does not have.")
    lowered_by: list[Lowered]
    note: str


# --- Stage 1: key practice episodes ---


class YourEpisodeWork(FeedbackModel):
    """What the trainee wrote for one episode, shown beside the expert's, paired or not."""

    why_key: str
    rating: str | None
    reasoning: str
    local_rationality: str
    factors: list[str] = Field(description="Each factor as 'Category: statement'.")


class EpisodePair(FeedbackModel):
    expert_id: str
    expert_title: str
    trainee: EpisodeRef
    overlap: float = Field(description="Dice overlap of the entries, 0..1.")
    credit: float
    near_miss: list[str] = Field(
        default_factory=list,
        description="The one core entry left out, when the pair is a near miss (part credit).",
    )
    explanation: str = ""
    yours: YourEpisodeWork | None = None
    shared_entries: list[str]
    expert_only_entries: list[str]
    trainee_only_entries: list[str]
    carried_forward: bool
    why_key: str
    commentary: str


class MissedEpisode(FeedbackModel):
    expert_id: str
    expert_title: str
    entries: list[str]
    core_entries: list[str]
    why_key: str
    commentary: str
    closest: EpisodeRef | None
    closest_overlap: float
    reason: str


class ExtraEpisode(FeedbackModel):
    trainee: EpisodeRef
    entries: list[str]
    overlaps_expert: list[str]
    explanation: str
    yours: YourEpisodeWork | None = None


class SplitEpisode(FeedbackModel):
    expert_id: str
    expert_title: str
    trainee: list[EpisodeRef]
    explanation: str


class MergedEpisodes(FeedbackModel):
    trainee: EpisodeRef
    expert_ids: list[str]
    expert_titles: list[str]
    explanation: str


class StageFeedback(FeedbackModel):
    label: str
    score: float = Field(ge=0, le=1)
    band: str
    how_marked: str = Field(description="The formula, in plain words.")
    notes: list[str] = Field(default_factory=list)


class EpisodesFeedback(StageFeedback):
    stage: Literal["episodes"] = "episodes"
    matched: list[EpisodePair]
    missed: list[MissedEpisode]
    extra: list[ExtraEpisode]
    split: list[SplitEpisode]
    merged: list[MergedEpisodes]


# --- Stage 2: appraisal ---


class HindsightFlag(FeedbackModel):
    kind: Literal["wording", "known_later_entry", "known_later_word"]
    text: str
    why: str


class AppraisalItem(FeedbackModel):
    expert_id: str
    expert_title: str
    trainee: EpisodeRef | None
    expert_rating: str
    expert_alternative: str | None
    trainee_rating: str | None
    agreement: Literal[
        "same", "alternative", "adjacent", "cannot_say", "different", "not_appraised", "not_paired"
    ]
    credit: float = Field(description="Rating, reasoning and local rationality together.")
    rating_credit: float = 0.0
    reasoning: TextCredit | None = None
    rationality: TextCredit | None = None
    explanation: str
    expert_reasoning: str
    trainee_reasoning: str
    expert_local_rationality: str = ""
    trainee_local_rationality: str = ""
    hindsight: list[HindsightFlag]
    language: list[CoachNote]
    paired_as_in_episodes: bool


class AppraisalFeedback(StageFeedback):
    stage: Literal["appraisal"] = "appraisal"
    items: list[AppraisalItem]


# --- Stage 3: contributory factors ---


class ExpertFactorView(FeedbackModel):
    id: str
    category: str
    category_label: str
    alternative_categories: list[str]
    prompt_area: str
    statement: str
    evidence: list[str]


class FactorComparison(FeedbackModel):
    """One of the trainee's factors beside the expert factor it was matched with (or, when it
    was matched with none, the one whose meaning is closest)."""

    position: int
    category: str
    statement: str
    category_credit: float
    category_note: str
    closest_expert_factor: str | None
    expert_statement: str
    expert_category: str | None
    likeness: float = Field(description="How far it says what that expert factor says, 0..1.")
    matched: bool = Field(False, description="True when it earned credit against that factor.")
    credit: float = 0.0
    evidence_share: float = 0.0
    text: TextCredit | None = None


class FactorsItem(FeedbackModel):
    expert_id: str
    expert_title: str
    trainee: EpisodeRef | None
    credit: float
    recall: float = Field(description="The share of the expert's categories you named.")
    precision: float = Field(description="The share of your categories the expert used.")
    f1: float
    evidence_recall: float
    expert_factors_matched: list[str] = Field(
        default_factory=list, description="The expert factors your factors were matched with."
    )
    expert_categories: list[str]
    trainee_categories: list[str]
    categories_shared: list[str]
    categories_alternative: list[str]
    categories_missed: list[str]
    categories_extra: list[str]
    evidence_shared: list[str]
    evidence_missed: list[str]
    expert_factors: list[ExpertFactorView]
    your_factors: list[FactorComparison]
    expert_local_rationality: str
    trainee_local_rationality: str
    paired_as_in_episodes: bool


class UnpairedFactor(FeedbackModel):
    """A factor in an episode of the trainee's that is not paired with one of the expert's."""

    trainee: EpisodeRef
    comparison: FactorComparison
    expert_episode: str | None


class CategoryCount(FeedbackModel):
    category: str
    label: str
    yours: int
    expert: int


class FactorsFeedback(StageFeedback):
    stage: Literal["factors"] = "factors"
    items: list[FactorsItem]
    unpaired: list[UnpairedFactor]
    category_counts: list[CategoryCount]


# --- Stage 4: findings ---


class FindingPart(FeedbackModel):
    part: str
    label: str
    present: bool
    message: str


class FindingReview(FeedbackModel):
    """One of the trainee's findings, checked on its own."""

    position: int
    statement: str
    category: str | None
    category_in_reference: bool
    parts: list[FindingPart]
    flags: list[CoachNote]
    quality: float
    explanation: str
    matched_reference: str | None = Field(
        None, description="The reference finding it was matched with by meaning, if any."
    )
    credit: float = 0.0


class ReferenceFindingItem(FeedbackModel):
    """One of the reference's findings and the trainee's finding set against it."""

    finding_id: str
    statement: str
    category: str
    category_label: str
    case_evidence: str
    not_one_off: str
    why_it_matters: str
    questions: list[str]
    covered: bool = Field(description="You wrote a finding under the same category.")
    yours: int | None = Field(description="Your finding matched with it by meaning, if any.")
    your_statement: str
    likeness: float
    quality: float
    credit: float = 0.0
    category_weight: float = 0.0
    parts: list[TextCredit] = Field(
        default_factory=list,
        description="Your finding's parts against the expert's: statement, case evidence, "
        "not a one-off, why it matters, questions.",
    )
    closest_other: int | None
    closest_other_likeness: float
    explanation: str


class FindingsFeedback(StageFeedback):
    stage: Literal["findings"] = "findings"
    coverage: float
    quality: float
    reference_categories: list[str]
    your_categories: list[str]
    items: list[ReferenceFindingItem]
    yours: list[FindingReview]


StageResult = Annotated[
    EpisodesFeedback | AppraisalFeedback | FactorsFeedback | FindingsFeedback,
    Field(discriminator="stage"),
]


# --- The whole comparison ---


class StageProfile(FeedbackModel):
    stage: str
    label: str
    score: float
    band: str


class HindsightChange(FeedbackModel):
    """One episode's appraisal before and after the outcome was revealed."""

    trainee: EpisodeRef
    before: str | None
    after: str
    reasoning_before: str
    reasoning_after: str
    direction: Literal["same", "harsher", "kinder", "other"]
    expert_rating: str | None
    explanation: str


class Feedback(FeedbackModel):
    marking_version: int
    scenario: str
    scenario_version: str
    stages: dict[str, StageResult]
    overall: float = Field(ge=0, le=1, description="Mean of the four stage scores.")
    profile: list[StageProfile]
    summary: str
    agreement_note: str
    notes: list[str]
    next_steps: list[str]
    revealed_expert_episodes: bool
    hints_used: list[str]
    hindsight_changes: list[HindsightChange]

    @property
    def episodes(self) -> EpisodesFeedback:
        result = self.stages["episodes"]
        assert isinstance(result, EpisodesFeedback)
        return result

    @property
    def appraisal(self) -> AppraisalFeedback:
        result = self.stages["appraisal"]
        assert isinstance(result, AppraisalFeedback)
        return result

    @property
    def factors(self) -> FactorsFeedback:
        result = self.stages["factors"]
        assert isinstance(result, FactorsFeedback)
        return result

    @property
    def findings(self) -> FindingsFeedback:
        result = self.stages["findings"]
        assert isinstance(result, FindingsFeedback)
        return result
