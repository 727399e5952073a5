"""The language coach: finds hindsight, blame, counterfactual, reflexive-fix and case-specific
wording in what a trainee writes, and says why each phrase matters and what to write instead.

Each kind has one table of rules; a rule is a pattern plus the checks that keep it precise.
Phrases are not flagged when the sentence reports what someone told the review ("she told us she
should have..."), describes what guidance or a plan asked for ("the protocol says the social
worker should..."), or is a question for the board. Blame phrases ("failed to", "missed",
"ignored") are flagged only when the doer is not a family member ("the mother missed the
appointment" is a fact, not blame).

Patterns are written with single spaces, which match any run of white space, line breaks
included; curly apostrophes are read as straight ones; matching ignores case unless a rule says
otherwise.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from secondstory import coach_model

KINDS: dict[str, str] = {
    "counterfactual": "Counterfactual wording",
    "blame": "Blame wording",
    "hindsight": "Hindsight",
    "reflexive_fix": "Reflexive fix",
    "case_specific": "Case-specific finding",
}


class Flag(BaseModel):
    """One phrase to look at again: where it is, what kind it is, why, and what to try instead."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int
    kind: str
    why: str
    suggestion: str


def _c(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile a pattern whose spaces stand for any white space (line breaks included)."""
    return re.compile(pattern.replace(" ", r"\s+"), flags)


# Read as a straight apostrophe; one character for one, so offsets stay those of the input.
_APOSTROPHES = ("\u2019", "\u2018", "\u02bc", "\u2032")

# ---------------------------------------------------------------------------------------------
# Building blocks shared by the tables

# Past participles: regular -ed/-en forms (minus common words that only look like them) and
# the irregular ones a review is likely to use.
_NOT_PP = (
    "need|needs|bed|red|speed|seed|breed|greed|creed|shed|children|open|often|even|seven|eleven"
    "|ten|when|then|women|men|kitchen|garden|token|screen|green|queen|between|heaven|specimen"
    "|chicken|citizen"
)
_IRREGULAR_PP = (
    "done|gone|undergone|made|known|shown|grown|thrown|drawn|withdrawn|torn|worn|sworn|borne"
    "|sought|brought|thought|bought|fought|caught|taught|told|sold|held|withheld|upheld|met|kept"
    "|slept|swept|sent|spent|lent|bent|meant|dealt|felt|left|lost|led|fed|read|heard|found|got"
    "|understood|stood|put|set|let|cut|hit|shut|run|begun|come|become|overcome|said|paid|laid"
    "|sat|won|struck|stuck|hung|rung|spun|dug|shot|lit|built|learnt|burnt|spelt|had|picked up"
)
_PP = rf"(?!(?:{_NOT_PP})\b)(?:[a-z][a-z-]*(?:ed|en)|{_IRREGULAR_PP})\b"
# "been" on its own ("would have been better") or with its participle ("should have been held").
_PP_CHAIN = rf"(?:been (?:[a-z]+ly )?{_PP}|{_PP})"
# Adverbs that may sit inside "should (not) have (also) ...".
_ADV = (
    r"(?: (?:not|never|also|really|at least|at the very least|surely|certainly|definitely"
    r"|perhaps|probably|ideally|still|then|simply|both|all|well|just|even|[a-z]+ly))?"
)
# Obligation aimed at one person: "should" / "must" / "needs to" (not "should have", which is
# counterfactual, and not "must have", which is a guess).
_DIRECTIVE = (
    r"(?i:should(?!(?:n't)? (?:[a-z]+ )?(?:have|of)\b|'ve| be (?:commended|praised|congratulated"
    r"|thanked|recognised|acknowledged)\b)(?:n't)?"
    r"|must(?!(?:n't)? (?:[a-z]+ )?have\b)(?:n't)?|needs? to|has to|ought (?:not )?to(?! have)"
    r"|is to(?! blame)|will need to)"
)
_ROLE = (
    r"(?:social worker|health visitor|GP|general practitioner|school nurse|midwife|paediatrician"
    r"|consultant|doctor|nurse|police officer|officer|class teacher|head ?teacher|teacher|DSL"
    r"|designated safeguarding lead|SENCo|team manager|practice manager|duty manager|manager"
    r"|team leader|supervisor|housing officer|probation officer|key worker|family support worker"
    r"|early help worker|IRO|independent reviewing officer|conference chair|CAMHS worker"
    r"|therapist|practitioner|lead professional|worker)"
)
# Things a practitioner can miss or ignore (the fallback when the sentence does not say who did).
_PRO_OBJECT = _c(
    r" (?:(?:the|a|an|this|these|those|her|his|their|its|any|all|some|obvious|clear|important"
    r"|key|vital|crucial|significant|several|many|numerous|repeated|further|earlier|previous"
    r"|second|first|same|[\w-]+'s) ){0,4}?(?:signs?|significance|opportunit(?:y|ies)|chances?"
    r"|bruis\w*|injur\w*|fractures?|marks?|concerns?|indicators?|patterns?|links?|connections?"
    r"|cues?|clues?|red flags?|warnings?|risks?|disclosures?|referrals?|history|information"
    r"|evidence|implications|letters?|e-?mails?|messages?|reports?|results?|guidance"
    r"|procedures?|protocols?|polic(?:y|ies)|thresholds?|requests?|alerts?|flags?|the fact"
    r"|findings?)\b"
)
# Verbs that describe a family's part ("failed to attend"); with no clear doer, not blame.
_FAMILY_VERB = _c(
    r" (?!(?:attend|engage|comply|co-?operate|bring|keep|return|turn up|show up|respond|reply"
    r"|answer|take up|accept|gain|thrive|put on|grow|collect|register)\b)"
)
# "was missed" and "a missed appointment" are not the active verb; the passive has its own rule.
_NOT_ACTIVE = _c(
    r"(?:\b(?:was|were|been|being|be|is|are|get|gets|got|went) (?:[a-z]+ly )?"
    r"|\b(?:the|a|an|any|two|three|four|five|several|many|repeated|multiple|further|her|his|their"
    r"|its|these|those|of|no|more|frequent|regular) )$"
)
# "She had attended a refresher course": a description of what happened, not a remedy.
_ALREADY_DONE = _c(
    r"\b(?:had|has|have|was|were|attended|attends|completed|did|received|undertook|undertaken"
    r"|ran|run|delivered|organised|booked|offered|cancelled|postponed) (?:(?:already|recently"
    r"|just|previously|also|not|been|on|in|a|an|the|her|his|their|its|some|any|two|three"
    r"|several|last|year's|annual|one|no) ){0,4}$"
)


# "The GP missed the meeting" (or "missed out on supervision") is a fact, not a judgement.
_ATTENDANCE = _c(
    r" (?:(?:the|a|an|her|his|their|its|two|three|several|some|[\w-]+'s) )*(?:[\w-]+ ){0,2}?"
    r"(?:meetings?|appointments?|conferences?|core groups?|calls?|visits?|sessions?|deadlines?"
    r"|start|beginning|end|bus|train|school|days?|weeks?|lessons?|classes|clinics?|shifts?"
    r"|panels?|hearings?|court|reviews?|interviews?"
    r"|training)\b| out\b"
)


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    triggers: tuple[str, ...]  # words one of which every match holds (any case if lower-case)
    why: str = ""  # overrides the table's
    suggestion: str = ""  # overrides the table's
    actor: bool = False  # not flagged when the doer is a family member
    unknown_doer: re.Pattern[str] | None = None  # doer unclear: must match just after the phrase
    not_after: re.Pattern[str] | None = None  # searched in the sentence before the phrase
    not_before: re.Pattern[str] | None = None  # matched just after the phrase
    questions: bool = False  # also flagged in a question (a remedy or a verdict asked as one)
    not_in_sentence: re.Pattern[str] | None = None  # searched in the whole sentence
    findings_only: bool = False  # only in finding text (the caller passes names)


def _rule(
    pattern: str,
    why: str = "",
    suggestion: str = "",
    *,
    triggers: tuple[str, ...],
    actor: bool = False,
    unknown_doer: re.Pattern[str] | None = None,
    not_after: str | re.Pattern[str] | None = None,
    not_before: str | re.Pattern[str] | None = None,
    questions: bool = False,
    not_in_sentence: str | None = None,
    findings_only: bool = False,
) -> _Rule:
    """A rule; the flagged span is the group named `m` if the pattern has one, else the match."""
    return _Rule(
        _c(pattern),
        triggers,
        why,
        suggestion,
        actor,
        unknown_doer,
        _c(not_after) if isinstance(not_after, str) else not_after,
        _c(not_before) if isinstance(not_before, str) else not_before,
        questions,
        _c(not_in_sentence) if not_in_sentence else None,
        findings_only,
    )


@dataclass(frozen=True)
class _Table:
    kind: str
    why: str
    suggestion: str
    rules: tuple[_Rule, ...]


_MODAL_BE = r"(?:should|must|will|needs? to|ought to|could) be(?: [a-z]+ly)?"
_TRAINING_DONE = (
    r"(?:provided|delivered|offered|given|rolled out|made mandatory|mandatory|refreshed|updated"
    r"|repeated|extended|arranged|commissioned|strengthened|improved)"
)
_REMEDY_DONE = (
    r"(?:introduced|developed|created|written|rewritten|drawn up|put in place|implemented|adopted"
    r"|produced|designed|updated|revised|amended|strengthened|tightened|re-?issued|re-?circulated"
    r"|circulated|reviewed|reinforced|enforced|followed|adhered to|complied with|changed)"
)
_ROLE_TRIGGERS = tuple(
    """worker visitor gp practitioner nurse midwife paediatrician consultant doctor officer
    teacher dsl designated senco manager leader supervisor iro independent chair therapist
    professional""".split()  # noqa: SIM905
)
_POLICY_TRIGGERS = tuple(
    """checklist procedure polic protocol flowchart form template pathway process guidance
    guideline rule tick""".split()  # noqa: SIM905
)

# ---------------------------------------------------------------------------------------------
# The tables. When two phrases overlap the longer one is kept; on a tie, the earlier table wins.

_CLEARLY_WHY = (
    "'Clearly' asserts that the meaning was plain; it usually was not at the time, which is why "
    "the practice needs explaining."
)

HINDSIGHT = _Table(
    "hindsight",
    why=(
        "This judges the work by an outcome nobody knew at the time; signs look obvious only "
        "once you know how the story ends."
    ),
    suggestion=(
        "Describe what was known and visible then, and what competed for attention, e.g. 'At the "
        "time it was one of several small concerns, each recorded with an explanation.'"
    ),
    rules=(
        _rule(
            r"\b(?:should|ought to|must|would)(?:n't)? (?:have|'ve) been (?:(?:so|very|quite|all too"
            r"|blindingly|glaringly|immediately|more) )?(?:obvious|clear|apparent|evident|plain"
            r"|self-evident)\b",
            triggers=("obvious", "clear", "apparent", "evident", "plain"),
        ),
        _rule(
            r"\b(?:was|were|is|are|been|be|seems?|seemed|looks?|looked|became|become|becomes)"
            r" (?:(?:so|very|quite|blindingly|glaringly|all too|painfully|absolutely|completely"
            r"|perfectly|fairly|pretty) )?obvious\b",
            not_before=r" to (?:her|him|them|the|his|their)\b",
            triggers=("obvious",),
        ),
        _rule(
            r"\bobvious (?:warning )?(?:signs?|risks?|dangers?|red flags?|indicators?|patterns?"
            r"|concerns?)\b",
            not_after=r"\b(?:no|not|any|without|nothing) $",
            triggers=("obvious",),
        ),
        _rule(r"\bobviously\b", not_after=r"\bnot $", triggers=("obvious",)),
        _rule(
            r"\b(?P<m>clearly) (?:at risk|in danger|unsafe|not\b|an?\b|non-accidental|abus|neglect"
            r"|indicat|point|need|requir|warrant|call|meant|signal|should|must|ought|fail|miss|ignor"
            r"|overlook|inflict|deliberate|serious|significant|concerning|suspicious|had\b|knew|saw"
            r"|was aware|were aware|evident|obvious|visible|identifiable|predictable|foreseeable"
            r"|preventable|avoidable|there\b|present\b)",
            why=_CLEARLY_WHY,
            not_after=r"\b(?:not|more|less|how|as|so|sufficiently|fairly|reasonably|very|quite|too) $",
            triggers=("clearly",),
        ),
        _rule(
            r"(?:^|(?<=[.!?;:\n]))\s*(?P<m>clearly)\b",
            why=_CLEARLY_WHY,
            triggers=("clearly",),
        ),
        _rule(
            r"\b(?:in hindsight|with (?:the )?(?:benefit of )?hindsight|in retrospect"
            r"|hindsight (?:shows|tells us|makes (?:it )?clear|reveals))\b",
            why=(
                "Hindsight is exactly what the practitioners did not have; it tells us how the case "
                "looks now, not why the work made sense then."
            ),
            suggestion=(
                "Drop the hindsight and say what was known at the time, e.g. 'On the information "
                "she had on 12 March, the concern looked low because...'"
            ),
            not_after=r"\b(?:easy|tempting|avoid\w*|resist\w*|without|not|free of)(?: [a-z]+)?[ ,]+$",
            not_before=r" bias\b",
            triggers=("hindsight", "retrospect"),
        ),
        _rule(
            r"\binevitabl[ey]\b",
            not_after=r"\b(?:not|never|no|nothing|hardly) (?:[a-z]+ )?$",
            triggers=("inevitabl",),
        ),
        _rule(
            r"\b(?:(?:only|just) a matter of time|(?:an? )?(?:accident|tragedy|disaster) waiting to"
            r" happen|bound to happen|was always going to (?:happen|end|result))\b",
            triggers=("matter", "waiting", "bound", "always"),
        ),
        _rule(
            r"\b(?:death|deaths|injury|injuries|harm|outcome|tragedy|incident|abuse|assault"
            r"|fractures?|it|this|what happened) (?:was|were|is|had been|has been) (?:(?:entirely"
            r"|wholly|totally|completely|clearly|both|eminently|all too|highly) )?(?:predictable"
            r"|foreseeable|preventable|avoidable)\b|\bpredictable and (?:preventable|avoidable)\b",
            triggers=("predictable", "foreseeable", "preventable", "avoidable"),
        ),
        _rule(
            r"\b(?:all )?(?:the )?(?:(?:warning|early) )?(?:signs|red flags|warning flags) (?:were|was"
            r"|are) (?:(?:all|always|clearly|plainly|obviously) )?there\b",
            triggers=("signs", "flags"),
        ),
        _rule(
            r"\b(?:red flags?|warning signs?|alarm bells?|early signs|the signs)(?: [\w'-]+){0,2}?"
            r" (?:were|was|had been|went) (?:[a-z]+ly )?(?:missed|ignored|overlooked|disregarded"
            r"|not (?:acted on|picked up|heeded|noticed|recognised))\b",
            triggers=("flag", "sign", "bell"),
        ),
        _rule(
            r"\b(?:missed|ignored|overlooked|disregarded) (?:(?:the|all|of|these|those|obvious"
            r"|clear|many|numerous|several|early) )*(?:warning signs|red flags|signs|alarm bells)\b",
            actor=True,
            triggers=("missed", "ignored", "overlooked", "disregarded"),
        ),
        _rule(
            r"\bthere were (?:(?:clear|obvious|many|numerous|several|plenty of|multiple|repeated) )?"
            r"(?:warning signs|red flags)\b",
            triggers=("warning", "flags"),
        ),
        _rule(r"\bthe writing (?:was|had been) on the wall\b", triggers=("writing",)),
        _rule(
            r"\balarm bells should (?:have|'ve) (?:been )?(?:rung|ringing|rang)\b"
            r"|\bshould(?:n't)? (?:have|'ve) (?:rung|raised|set off|triggered) (?:[a-z]+ )?alarm"
            r" bells\b",
            triggers=("alarm",),
        ),
        _rule(
            r"\bit(?: is|'s|was) (?:hard|difficult|impossible) to (?:understand|see|believe|explain"
            r"|comprehend) (?:how|why)\b",
            triggers=("hard", "difficult", "impossible"),
        ),
        _rule(
            r"\b(?:anyone|anybody|any (?:(?:competent|reasonable|experienced|qualified|trained) )?"
            rf"(?:practitioner|professional|{_ROLE}|person)) (?:could|would|should)(?: have)?"
            r" (?:seen|known|realised|recognised|spotted|noticed|see|know|realise|recognise|spot"
            r"|notice)\b",
            triggers=("any",),
        ),
        _rule(
            r"\b(?:should|must|ought to)(?:n't)? (?:have|'ve) (?:known|realised|foreseen|anticipated"
            r"|predicted|guessed|seen (?:it|this|that) coming)\b|\bmust have (?:seen|noticed|been"
            r" aware)\b|\bsaw (?:it|this) coming\b",
            why=(
                "This assumes knowledge the worker could only have had by knowing the outcome; the "
                "review's job is to find out what they did know and why."
            ),
            triggers=(
                "known",
                "realised",
                "foreseen",
                "anticipated",
                "predicted",
                "guessed",
                "coming",
                "seen",
                "noticed",
                "aware",
            ),
        ),
        _rule(
            r"\blooking back,? it (?:is|was|seems) (?:clear|obvious|plain)\b", triggers=("looking",)
        ),
    ),
)

COUNTERFACTUAL = _Table(
    "counterfactual",
    why=(
        "This names what did not happen instead of what did, so it explains nothing about why the "
        "work went as it did, and it is written from knowing the outcome."
    ),
    suggestion=(
        "Describe what the worker did and what they knew, aimed for and were constrained by, e.g. "
        "'She arranged a review visit because the child was seen well and the parent engaged.'"
    ),
    rules=(
        _rule(
            rf"\b(?:should(?:n't)?{_ADV} (?:have|of)|should've){_ADV} {_PP_CHAIN}",
            triggers=("should",),
        ),
        _rule(
            rf"\b(?:could(?!(?:n't| not| never| only| hardly)\b){_ADV} (?:have|of)|could've){_ADV} "
            rf"(?:been (?:[a-z]+ly )?(?!(?:caused|inflicted|self-inflicted|sustained)\b){_PP}"
            rf"|(?!(?:fallen|happened|occurred|resulted|arisen|come|originated)\b){_PP})",
            not_before=(
                r" (?:caused|accidental|non-accidental|self-inflicted|inflicted|the result|a result"
                r"|an accident|due to|consistent with|nothing|no more|little)\b"
            ),
            not_after=r"\b(?:nobody|no one|no-one|none of (?:us|them)|no [a-z]+) $",
            triggers=("could",),
        ),
        _rule(
            r"\b(?:would(?!(?:n't)? (?:normally|usually|ordinarily|routinely|typically|generally"
            rf"|often)\b)(?:n't)?{_ADV} (?:have|of)|would've){_ADV} "
            rf"(?!(?:liked|wanted|preferred|hoped|loved)\b){_PP_CHAIN}",
            # "would have been four at the time" is an age, not a counterfactual.
            not_before=(
                r" (?:\d|aged?\b|about \d|around \d|(?:one|two|three|four|five|six|seven|eight|nine"
                r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\b)"
            ),
            triggers=("would",),
        ),
        _rule(r"\bought(?:n't)?(?: not)? to(?: not)?(?: [a-z]+ly)? have\b", triggers=("ought",)),
        _rule(
            rf"\b(?:might|may)(?:n't)?{_ADV} have{_ADV} (?:prevented|avoided|averted|stopped|saved"
            r"|changed|altered|made a difference|protected|spared|been (?:different|avoided"
            r"|prevented)|turned out differently|ended differently)\b",
            triggers=("might", "may"),
        ),
        _rule(
            r"\bif only\b",
            why="'If only' mourns a different past; it tells the reader nothing about this one.",
            triggers=("only",),
        ),
        _rule(
            r"(?:^|(?<=[.!?;:,(\n]))\s*(?P<m>had(?:n't)?(?: not)? (?:they|he|she|we|I|you|anyone"
            r"|someone|somebody|anybody|everyone|professionals|practitioners|agencies|staff"
            r"|(?:the|a|an|this|that|her|his|their|any)(?: [\w'-]+){0,3}?) (?:(?:not|never|only"
            rf"|also|already|[a-z]+ly) )?{_PP})(?=[^.;?!]*\b(?:would|could|might|may)\b)",
            triggers=("had",),
        ),
        _rule(
            r"(?:^|(?<=[.!?;:,(\n]))\s*(?P<m>if(?: only)? (?:she|he|they|we|I|you|anyone|someone"
            r"|(?:the|a|an|this|that|her|his|their|any)(?: [\w'-]+){0,3}?) had(?:n't)?(?: (?:not"
            rf"|never|only|also|already|[a-z]+ly))? {_PP})(?=[^.;?!]*\b(?:would|could|might|may)\b)",
            triggers=("had",),
        ),
        _rule(rf"\bneed(?:n't| not) have {_PP_CHAIN}", triggers=("need",)),
    ),
)

BLAME = _Table(
    "blame",
    why=(
        "This puts the explanation in one person's failing and stops at the practitioner nearest "
        "the event; it does not say what in the system made the work hard to do well."
    ),
    suggestion=(
        "Say neutrally what happened and go on to why it made sense then, e.g. 'No referral was "
        "made; the record in front of the worker did not show the earlier concern.'"
    ),
    rules=(
        _rule(
            r"(?:\bfail(?:s|ed|ing)?|(?:\b(?:the|a|this|that|these|her|his|their|its)|'s)(?: [a-z]+)?"
            r" failures?) to\b(?! thrive| gain weight| put on weight| grow\b)",
            why=(
                "'Failed to' names what did not happen and pins it on the person; it explains "
                "nothing and ends the analysis at the practitioner nearest the event."
            ),
            actor=True,
            unknown_doer=_FAMILY_VERB,
            not_after=(
                r"\b(?:may|might|can|could|will|would|risks?|risking|tends? to|(?:more |less )?"
                r"likely to)(?: [a-z]+ly)? $"
            ),
            triggers=("fail",),
        ),
        _rule(
            r"\bfailures? (?:by|on the part of)\b|\bfailings\b|\bfail(?:s|ed|ing)? in (?:her|his"
            r"|their|its|the) (?:duty|duties|responsibilit(?:y|ies))\b",
            actor=True,
            triggers=("fail",),
        ),
        _rule(
            r"\b(?P<m>neglect(?:s|ed|ing)? to) (?!(?:the|a|an|such|this|that|some)\b)[a-z]",
            actor=True,
            triggers=("neglect",),
        ),
        _rule(
            r"\b(?:(?:did|does|do)(?:n't| not)|never) (?:even )?bother(?:ed)?(?= to\b| with\b|\s*[.,;]"
            r"|\s*$)|\bcould(?:n't| not) be bothered\b|\bnot bothering\b",
            why="This reads the worker's motives as indifference, which the evidence rarely shows.",
            actor=True,
            triggers=("bother",),
        ),
        _rule(
            r"\b(?:was|were|been|being|is|are) (?:(?:grossly|clearly|simply|wholly|very|so|rather)"
            r" )?(?:negligent|careless|complacent|incompetent|lazy|sloppy|slapdash|cavalier"
            r"|unprofessional)\b",
            why=(
                "A verdict on the worker's character; the review is for learning, not for holding "
                "individuals to account, and the label explains nothing."
            ),
            actor=True,
            triggers=(
                "negligent",
                "careless",
                "complacent",
                "incompetent",
                "lazy",
                "sloppy",
                "slapdash",
                "cavalier",
                "unprofessional",
            ),
        ),
        _rule(
            r"\b(?:negligence|complacency|incompetence|carelessness|dereliction of duty)\b",
            actor=True,
            not_after=r"\b(?:no|not|without|any) (?:[a-z]+ )?$",
            triggers=("negligence", "complacency", "incompetence", "carelessness", "dereliction"),
        ),
        _rule(
            r"\bmiss(?:ed|es)\b",
            why=(
                "'Missed' says the significance was there to be seen; the question is what made it "
                "hard to see at the time."
            ),
            suggestion=(
                "Describe what the worker saw and how it looked then, e.g. 'It was recorded as a "
                "one-off; nothing on the record linked it to the earlier contact.'"
            ),
            actor=True,
            unknown_doer=_PRO_OBJECT,
            not_after=_NOT_ACTIVE,
            not_before=_ATTENDANCE,
            triggers=("miss",),
        ),
        _rule(
            r"\b(?:missed (?:opportunit(?:y|ies)|chances?)|opportunit(?:y|ies)(?: [\w'-]+){0,4}? (?:was"
            r"|were|had been|have been|has been) (?:[a-z]+ly )?(?:missed|lost|squandered))\b",
            why=(
                "'Missed opportunity' is written from the outcome and lays it at someone's door; "
                "at the time it was one moment among many."
            ),
            triggers=("opportunit", "chance"),
        ),
        _rule(
            r"\b(?:signs?|significance|bruis\w*|injur\w*|fractures?|marks?|concerns?|indicators?"
            r"|disclosures?|referrals?|risks?|warnings?|information|evidence|history|requests?)"
            r"(?: [\w'-]+){0,6}? (?P<m>(?:was|were|had been|has been|have been|went|got)"
            r" (?:[a-z]+ly )?(?:missed|ignored|overlooked|disregarded|brushed aside|dismissed))\b",
            not_before=(
                r" by (?:the |her |his |their )?(?:mother|father|parents?|mum|dad|family|carers?"
                r"|partner|stepfather|grandmother|child|baby)\b"
            ),
            triggers=("missed", "ignored", "overlooked", "disregarded", "brushed", "dismissed"),
        ),
        _rule(
            r"\b(?:ignor(?:ed|es|ing)|overlook(?:ed|s|ing)|disregard(?:ed|s|ing)|brush(?:ed|es|ing)"
            r" (?:aside|off))\b",
            why=(
                "'Ignored' claims the worker saw the concern and chose to set it aside; usually it "
                "was read differently at the time, and that reading is what needs explaining."
            ),
            actor=True,
            unknown_doer=_PRO_OBJECT,
            not_after=_NOT_ACTIVE,
            not_before=r" (?:nothing|none)\b",
            triggers=("ignor", "overlook", "disregard", "brush"),
        ),
        _rule(
            r"\bturn(?:ed|s|ing)? a blind eye\b|\bdropped the ball\b",
            actor=True,
            triggers=("blind", "ball"),
        ),
        _rule(r"\blet (?:[\w'-]+ ){1,3}?down\b|\blet down by\b", actor=True, triggers=("down",)),
        _rule(
            r"\bpoor (?:practice|judg(?:e)?ment|decision-making|decision making|performance|work)"
            r" (?:by|from|on the part of)\b|(?:'s|\bher|\bhis|\btheir) (?P<m>poor (?:practice"
            r"|judg(?:e)?ment|decision-making|decision making|performance|work))\b|\b(?:bad|shoddy"
            r"|sloppy|careless|negligent|lax) (?:practice|work)\b",
            triggers=("poor", "bad", "shoddy", "sloppy", "careless", "negligent", "lax"),
        ),
        _rule(
            r"\b(?:was|were|is|are|be|been) (?:(?:entirely|partly|largely|solely|wholly|directly"
            r"|ultimately) )?(?:to blame|at fault|culpable)\b|\bresponsible for (?:the|this|her|his"
            r"|their|[\w-]+'s) (?:death|injur(?:y|ies)|harm|tragedy|outcome)\b",
            actor=True,
            triggers=("blame", "fault", "culpable", "responsible"),
        ),
        _rule(
            r"\b(?:blame|fault) (?:lies|lay|rests|rested|must lie|should lie|must rest) with\b"
            r"|\b(?:her|his|their) fault\b|\b(?:held|hold|be held) (?:to )?account(?:able)?\b"
            r"|\bto be blamed\b",
            triggers=("blame", "fault", "account"),
        ),
        _rule(
            r"\b(?:be|face|faced|facing|been) disciplin(?:ed|ary)\b|\bdisciplinary (?:action"
            r"|proceedings|measures)\b",
            not_after=r"\bno $",
            triggers=("disciplin",),
        ),
        _rule(
            r"\b(?:lack(?:ed|s|ing)? (?:of )?(?:professional )?curiosity|(?:was|were) not"
            r" (?:professionally )?curious|showed no (?:professional )?curiosity)\b",
            why=(
                "'Lack of curiosity' locates the problem in the worker's attitude; ask what in the "
                "work (caseload, tools, the family's presentation) made further questions unlikely."
            ),
            actor=True,
            triggers=("curio",),
        ),
        _rule(
            r"\b(?:did|does)(?:n't| not) (?:even|think to|care|take (?:[\w'-]+ ){0,3}?seriously)\b"
            r"|\b(?:simply|just) did(?:n't| not)\b|\bdid nothing\b|\bnever even\b",
            actor=True,
            triggers=("even", "think", "care", "serious", "simply", "just", "nothing"),
        ),
        _rule(
            r"\bsat on (?:it|the (?:[\w-]+ )?(?:referral|information|letter|report|concerns?))\b",
            actor=True,
            triggers=("sat",),
        ),
    ),
)

REFLEXIVE_FIX = _Table(
    "reflexive_fix",
    why=(
        "A ready-made remedy that assumes people lacked knowledge or broke rules; it does not ask "
        "what made good practice hard here, so the same conditions will produce the same result."
    ),
    suggestion=(
        "Turn it into a question for the partnership about the conditions of the work, e.g. 'How "
        "can the board be assured that workers have time and supervision to revisit a first view?'"
    ),
    rules=(
        _rule(
            r"\b(?:more|further|additional|extra|better|improved|enhanced|refresher) (?:[\w-]+ ){0,2}?"
            rf"training\b(?: {_MODAL_BE} {_TRAINING_DONE})?",
            why=(
                "More training assumes the worker did not know what to do; most practitioners in "
                "reviews did know, and the review needs to find what got in the way."
            ),
            not_after=_ALREADY_DONE,
            triggers=("training",),
        ),
        _rule(
            r"\b(?:should|must|will|need to|needs to|would)(?: all)? (?:receive|attend|undergo"
            r"|complete|be given|be offered|be provided with|have|be sent on|go on)(?: [\w-]+){0,3}?"
            rf" training\b|\btraining {_MODAL_BE} {_TRAINING_DONE}"
            r"|\btraining (?:for|to) all\b|\b(?:should|must|need to|needs to|will) be"
            r" (?:re-?)?trained\b",
            triggers=("train",),
        ),
        _rule(
            r"\bre-?train(?:ed|ing|s)?\b|\brefresher\b",
            not_after=_ALREADY_DONE,
            triggers=("train", "refresher"),
        ),
        _rule(
            r"(?:\b(?:should|must|will|would|could|shall|to|need to|needs to|ought to|and|or)"
            r"(?: (?:also|then|regularly|routinely|formally))? |(?:^|(?<=[.!?;:\n]))\s*(?:[-*\u2022"
            r"\u2013]\s*|\d+[.)]\s*)?)(?P<m>remind (?:(?:all|every|front-?line|relevant|the|their|our"
            r"|local|partner)"
            r" )*(?:staff|practitioners|professionals|workers|colleagues|teams|GPs|health visitors"
            r"|social workers|midwives|nurses|clinicians|doctors|officers|managers|schools|agencies"
            r"|teachers|everyone|them|partners)\b)|\b(?:staff|practitioners|professionals|workers|colleagues"
            r"|teams|GPs|health visitors|social workers|midwives|nurses|clinicians|doctors|officers"
            r"|managers|schools|agencies|teachers|everyone) (?:should|must|will|need to|needs to|are to) be"
            r" reminded\b|\breminders? (?:to|for) (?:all )?(?:staff|practitioners|professionals"
            r"|workers|colleagues|teams|agencies|everyone)\b",
            not_before=(
                r"(?: [\w-]+){0,6}? (?:was|were|had been|has been) (?:sent|issued|circulated|emailed)"
            ),
            why=(
                "A reminder treats the problem as forgetting; the workers usually knew the "
                "procedure, and something in the work made it hard to follow."
            ),
            triggers=("remind",),
        ),
        _rule(
            r"\b(?:rais(?:e|es|ing)|increas(?:e|es|ing)|improv(?:e|es|ing)|promot(?:e|es|ing)"
            r"|heighten(?:s|ing)?|greater|better|more) (?:(?:the|staff|practitioner|professional"
            r"|public) )?awareness\b|\bawareness[- ]raising\b",
            not_after=_ALREADY_DONE,
            triggers=("awareness",),
        ),
        _rule(
            r"\b(?:introduc(?:e|es|ing)|develop(?:s|ing)?|creat(?:e|es|ing)|devis(?:e|es|ing)"
            r"|draft(?:s|ing)?|writ(?:e|es|ing)|implement(?:s|ing)?|adopt(?:s|ing)?|produc(?:e|es"
            r"|ing)|design(?:s|ing)?|bring in|roll(?:s|ing)? out|put in place|needs?|requir(?:e|es)"
            r"|there (?:should|must|needs to) be|recommend(?:s|ing)?|propos(?:e|es|ing)|call(?:s"
            r"|ing)? for|need for|case for) (?:(?:a|an|the) )?(?:new|further|additional|another"
            r"|revised|separate|single|standard|mandatory|simple|stricter|tighter|more detailed"
            r"|clearer) (?:[\w-]+ ){0,2}?(?:checklists?|procedures?|polic(?:y|ies)|protocols?"
            r"|flowcharts?|forms?|templates?|pro ?formas?|pathways?|processes|guidance|guidelines"
            r"|rules?|tick-?box(?:es)?)\b",
            why=(
                "A new checklist or procedure adds to the paperwork without asking why the existing "
                "ones did not help here; tools that push tick-boxes can crowd out thinking."
            ),
            triggers=_POLICY_TRIGGERS,
        ),
        _rule(
            r"\b(?:introduc(?:e|es|ing)|develop(?:s|ing)?|creat(?:e|es|ing)|devis(?:e|es|ing)"
            r"|implement(?:s|ing)?|adopt(?:s|ing)?|produc(?:e|es|ing)|design(?:s|ing)?) (?:a|an)"
            r" (?:[\w-]+ ){0,2}?(?:checklist|protocol|flowchart|pro ?forma|tick-?box)\b"
            r"|\b(?:a|an) (?:new|further|additional|revised) (?:[\w-]+ ){0,2}?(?:checklist|procedure"
            r"|policy|protocol|flowchart|template|pro ?forma|form|pathway)s? (?:is needed|are needed"
            rf"|is required|are required|{_MODAL_BE} {_REMEDY_DONE}|should|must|will|would|needs to"
            r"|need to|could|ought to)\b",
            not_after=_ALREADY_DONE,
            triggers=_POLICY_TRIGGERS,
        ),
        _rule(
            r"\b(?:checklists?|procedures?|polic(?:y|ies)|protocols?|flowcharts?|forms?|templates?"
            rf"|guidance|guidelines|pathways?) {_MODAL_BE} {_REMEDY_DONE}\b",
            triggers=_POLICY_TRIGGERS,
        ),
        _rule(
            r"\b(?:update|revise|rewrite|amend|strengthen|tighten|re-?issue|re-?circulate|reinforce"
            r"|enforce) (?:(?:the|its|their|our|all|existing|current|relevant|local|safeguarding"
            r"|child protection|multi-agency|bruising|escalation|referral|[\w-]+'s) ){0,3}(?:polic(?:y"
            r"|ies)|procedures?|protocols?|guidance|guidelines|checklists?|flowcharts?)\b",
            triggers=_POLICY_TRIGGERS,
        ),
        _rule(
            r"\b(?:staff|practitioners|professionals|workers|everyone|agencies|teams|clinicians|GPs"
            r"|health visitors|social workers|midwives|officers|schools|nurses|teachers|all (?:staff"
            rf"|agencies|practitioners)|the (?:[\w-]+ )?(?:team|service|{_ROLE})) (?:must|should"
            r"|need to|needs to|will|are to|have to|has to) (?:(?:always|in future|strictly"
            r"|consistently|now|be reminded to|be expected to|be required to) )?(?:follow|adhere to"
            r"|comply with|stick to|observe|abide by) (?:[\w-]+ ){0,3}?(?:procedures?|polic(?:y|ies)"
            r"|protocols?|guidance|guidelines|process(?:es)?|rules|thresholds?|standards?)\b",
            why=(
                "Telling staff to follow procedure assumes they chose not to; the review should find "
                "what made the procedure hard to follow in practice."
            ),
            triggers=("follow", "adhere", "comply", "stick", "observe", "abide"),
        ),
        _rule(
            r"\b(?:ensure|ensuring|make sure|making sure) (?:that )?(?:all )?(?:[\w-]+ ){0,3}?"
            r"(?:procedures?|polic(?:y|ies)|protocols?|guidance) (?:is|are) (?:(?:always|consistently"
            r"|fully|properly) )?(?:followed|adhered to|complied with|in place)\b"
            r"|\b(?:compliance|adherence) (?:with|to) (?:(?:the|all|existing|current) )?(?:[\w-]+ )"
            r"{0,2}?(?:procedures?|polic(?:y|ies)|protocols?|guidance)\b(?: [\w-]+){0,4}? (?:should"
            r"|must|will|needs to|need to) be (?:monitored|audited|checked|enforced|reviewed|improved"
            r"|strengthened)\b|\b(?:audit(?:ing)?|monitor(?:ing)?|check(?:ing)?) compliance\b",
            triggers=("followed", "adhered", "complied", "place", "compliance", "adherence"),
        ),
        _rule(
            r"\b(?:never|not|cannot|can't|won't|doesn't) happens? again\b|\blessons (?:will|must"
            r"|have|should|need to|needs to) (?:be |been )?learn(?:ed|t)\b|\bzero tolerance\b"
            r"|\b(?:more robust|tighter|stricter) (?:procedures?|processes|polic(?:y|ies)|systems?"
            r"|checks|oversight|protocols?|monitoring|compliance)\b",
            triggers=("again", "lesson", "tolerance", "robust", "tighter", "stricter"),
        ),
    ),
)

CASE_SPECIFIC = _Table(
    "case_specific",
    why=(
        "A finding aimed at one worker or one child stays inside this case; the method asks what "
        "the case shows about the system, and whether it would happen elsewhere."
    ),
    suggestion=(
        "Name the generic pattern and how you know it is not a one-off, e.g. 'Health visitors "
        "across the area have no routine way to see another agency's earlier contacts.'"
    ),
    rules=(
        _rule(
            r"\b(?:the|her|his|their|its|this|that|(?-i:(?:Child|Baby|Sibling) [A-Z])'s"
            r"|(?-i:[A-Z][a-z]+)'s|the(?: [\w-]+){1,2}'s)"
            r" (?:(?:allocated|named|duty|own|current|new|lead|former|previous|usual|student|locum"
            rf"|senior) )?{_ROLE} {_DIRECTIVE}",
            triggers=_ROLE_TRIGGERS,
        ),
        _rule(
            r"\b(?-i:(?:Dr|Mr|Mrs|Ms|Miss|PC|DC|DS|Sgt|Sergeant|Nurse)\.? [A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
            rf" {_DIRECTIVE}",
            triggers=("Dr", "Mr", "Ms", "Miss", "PC", "DC", "DS", "Sgt", "Sergeant", "Nurse"),
        ),
        _rule(
            r"\b(?-i:(?:Child|Baby|Sibling|Young Person|Adult|Mother|Father) [A-Z])\b(?:'s(?: [\w-]+)"
            rf"{{1,2}}?)? {_DIRECTIVE}",
            triggers=("Child", "Baby", "Sibling", "Young", "Adult", "Mother", "Father"),
        ),
    ),
)

_NAME_WHY = (
    "A finding that names a person in the case is about this case only; findings name patterns "
    "in the system that other children and workers will meet."
)
_NAME_SUGGESTION = (
    "Replace the name with the generic situation, e.g. 'children who cannot yet speak for "
    "themselves' or "
    "'health visitors working alone on a new caseload'."
)

# --- Verdicts, outcome bias, obviousness and remedies aimed at groups (language coach v2) ---

_FAMILY_SUBJECT = (
    r"(?:^|(?<=[.!?;:\n]))\W*(?:(?:the|her|his|their) )?(?:mother|father|mum|dad|parents?|carers?|grandmother"
    r"|grandfather|grandparents?|stepfather|stepmother|partner|aunt|uncle|family|boyfriend"
    r"|girlfriend)\b"
)
_NOT_NEGATED = (
    r"\b(?:not|never|no|nor|hardly|far from(?: being)?|neither|not a story of|looked for"
    r"|searched for|no sign of|no evidence of|rather than|instead of|free of) (?:[a-z]+ )?$"
)
_VERDICT_WORDS = (
    "careless|naive|naïve|complacent|complacency|negligent|negligence|lax|sloppy|slapdash|lazy"
    "|incompetent|incompetence|inept|unprofessional|irresponsibl[ey]|cavalier|shoddy"
    "|lackadaisical|gullible|blinkered|half-hearted|reckless|slipshod|amateurish|inexcusable"
    "|unforgivable|indefensible|woefully|grossly|dereliction|botched|bungled|mishandled"
)
_OUTCOME = (
    r"(?:outcome|death|deaths|dying|died|injury|injuries|harm|harmed|injured|hurt|fractures?"
    r"|fractured [a-z]+|skull|overdose|fire|re-?referral|readmission|how (?:things|it|this)"
    r" ended|where (?:this|it|things) ended|the ending"
    r"|tragedy|events|what (?:later )?happened|what followed|that followed|admission|stabbing"
    r"|assault|later [a-z]+|subsequent [a-z]+)"
)
_SHOWS = (
    r"(?:shows?|showed|shown|proves?|proved|proven|demonstrates?|demonstrated|confirms?"
    r"|confirmed|tells? (?:us|you)|told (?:us|you)|speaks for itself|proof enough|is itself proof|speak for themselves|is proof|was proof"
    r"|means|meant|makes it clear|made it clear|reveals?|revealed|is evidence|was evidence)"
)
_JUDGED_WRONG = (
    r"(?=[^\n]*\b(?:wrong|mistake|mistaken|unsafe|inadequate|poor|not good enough|cannot be "
    r"defended|indefensible|misplaced|underestimat\w*|not fit for purpose|not working|must have "
    r"been|failed|flawed|insufficient|unacceptable|premature|too (?:early|soon|quickly)"
    r"|ineffective|never safe|not safe|achieved nothing|not worth the paper|too thin|got it wrong"
    r"|sound decision|not working together)\b)"
)
_GROUP = (
    r"(?:all|every|each) (?:[\w-]+ ){0,3}?(?:staff|practitioners?|professionals?|workers?|GPs?"
    r"|schools?|midwives|midwife|health visitors?|social workers?|agencies|agency|nurses?"
    r"|officers?|teachers?|managers?|services?|clinicians?|doctors?|DSLs?|IROs?|partners)"
)
_REMEDY_WORDS = (
    r"(?:[^\n?.!]*?\b(?:re-?do|redo|retake|re-?sit|repeat the|course|audit\w*|e-learning"
    r"|complete\w* (?:the |a |their )?(?:[\w-]+ ){0,4}?(?:e-learning|module|course)|re-?train\w*|train(?:ed|ing)\b|refresher|remind\w*|aware of|briefings?"
    r"|cascad\w*|read the|complete\w* (?:the |a |their )?(?:\w+ )?(?:form|checklist|training"
    r"|level)|use the (?:\w+ )?(?:toolkit|tool|form|checklist)|follow\w* (?:the )?(?:\w+ )?"
    r"(?:procedure|protocol|policy|guidance)))"
)
_DONE_ALREADY = (
    r"\b(?:had|has|have) (?:all |also |already |each |recently )*(?:completed|attended|received"
    r"|done|undertaken|been (?:trained|briefed|reminded))\b|\b(?:was|were) (?:introduced|trained"
    r"|briefed|reminded) (?:in|on|last|during)\b|\b(?:was|were) (?:sent|issued|circulated|delivered"
    r"|given|held|run)\b"
    # Audits and dip samples reported as facts, not asked for.
    r"|\b(?:has|have|had) (?:not |never )?been (?:audited|dip[- ]sampled)\b"
    r"|\b(?:was|were) (?:not |never )?(?:audited|dip[- ]sampled)\b"
    r"|\b(?:an? |the )(?:audit|dip[- ]sample) (?:by|of|in|for) [^.?!]*?\b(?:found|showed|shows"
    r"|finds)\b"
)

_MORE_BLAME = (
    _rule(
        rf"\b(?P<m>(?:{_VERDICT_WORDS})(?: inadequate)?)\b",
        not_after=_NOT_NEGATED,
        not_in_sentence=_FAMILY_SUBJECT,
        triggers=(
            "careless",
            "naive",
            "naïve",
            "complacen",
            "negligen",
            "lax",
            "sloppy",
            "slapdash",
            "lazy",
            "incompeten",
            "inept",
            "unprofessional",
            "irresponsib",
            "cavalier",
            "shoddy",
            "lackadaisical",
            "gullible",
            "blinkered",
            "half-hearted",
            "reckless",
            "slipshod",
            "amateurish",
            "inexcusable",
            "unforgivable",
            "indefensible",
            "woefully",
            "grossly",
            "dereliction",
            "botched",
            "bungled",
            "mishandled",
        ),
    ),
    _rule(
        r"\b(?:asleep at the wheel|(?:took|taken|taking|take|takes) (?:her|his|their|its|the) eyes?"
        r" off the ball|dropped the ball|drop the ball|buried (?:her|his|their|its) heads? in the"
        r" sand|turn(?:ed|ing)? a blind eye|out of (?:her|his|their|its) depth|rubber-?stamp(?:ed"
        r"|ing|s)?|cut(?:ting)? corners|textbook example of how not to|a catalogue of (?:errors"
        r"|failures|failings|mistakes)|(?:basic|elementary|schoolboy|fundamental|serious|glaring"
        r"|inexcusable|gross|grave|catastrophic|major) (?:error|mistake|failing|failure|lapse"
        r"|oversight)s?|(?:error|errors|lapse|failure) of judgement|box-ticking|tick-box exercise"
        r"|going through the motions|paying lip service|not fit for purpose|lapse in (?:\w+ )?"
        r"judgement|too (?:trusting|easily reassured|ready to believe|quick to accept|quick to"
        r" close)|far too easily|nobody bothered to|no one bothered to|(?:did not|didn't) bother(?= to\b)"
        r"|(?:did not|didn't|didnt) bother(?= \w+ing\b)|didnt bother|shambles|fiasco|farce"
        r"|never got (?:a)?round to|omitted to|passed up (?:the|a|an) (?:chance|opportunity)"
        r"|below par|not up to (?:scratch|standard)|(?:grip|hold) on (?:this|the) case was"
        r" (?:weak|poor|loose)"
        r"|(?:a |an )(?:poor|bad|terrible|dreadful|awful|indefensible) (?:decision|call|choice)"
        r"|(?:couldn't|could not) be bothered|(?:let|lets|letting) (?:[\w']+ ){1,3}down)\b",
        not_in_sentence=_FAMILY_SUBJECT,
        triggers=(
            "asleep",
            "ball",
            "sand",
            "blind",
            "depth",
            "rubber",
            "stamp",
            "corners",
            "textbook",
            "catalogue",
            "error",
            "mistake",
            "failing",
            "failure",
            "lapse",
            "oversight",
            "trusting",
            "reassured",
            "believe",
            "accept",
            "close",
            "easily",
            "bother",
            "down",
            "shambles",
            "fiasco",
            "farce",
            "decision",
            "call",
            "choice",
            "judgement",
            "box",
            "tick",
            "motions",
            "lip service",
            "fit for purpose",
            "gross",
            "didnt",
            "round to",
            "omitted",
            "passed up",
            "par",
            "scratch",
            "grip",
            "hold on",
        ),
    ),
    _rule(
        r"\b(?P<m>(?:poor|bad|flawed|faulty|woeful|substandard|sub-standard|weak|lack of)"
        r" (?:professional )?(?:judgement|practice|decision-making|handling|work|assessment|response"
        r"|curiosity))\b",
        not_after=r"(?:mother|father|mum|dad|parent|carer|partner|family)'?s? $",
        not_in_sentence=_FAMILY_SUBJECT,
        triggers=(
            "poor",
            "bad",
            "flawed",
            "faulty",
            "woeful",
            "substandard",
            "sub-standardweak",
            "lack of",
        ),
    ),
    _rule(
        r"\b(?:assessment|response|handling|practice|visit|plan|decision|investigation|oversight"
        r"|judgement|analysis|enquiries|supervision|care|work)(?: [\w'-]+){0,3} (?:was|were|had "
        r"been) (?:[a-z]+ly )?(?P<m>inadequate|unacceptable|substandard|sub-standard|not good "
        r"enough|negligent|wrong|flawed|mistaken|careless|sloppy|slapdash|poor|below par|weak)\b",
        not_in_sentence=r"\b(?:not evidence|no evidence|does not (?:show|prove|mean)|not that)\b",
        triggers=(
            "inadequate",
            "unacceptable",
            "substandard",
            "good enough",
            "negligent",
            "wrong",
            "flawed",
            "mistaken",
            "poor",
            "below par",
            "weak",
        ),
    ),
    _rule(
        r"(?-i:\bfailed (?:the |these |this |her |his |their )?(?:child|children|baby|family|boy"
        r"|girl|young person|siblings|[A-Z][a-z]+)\b)",
        triggers=("failed",),
    ),
)

_MORE_HINDSIGHT = (
    _rule(
        rf"\b{_OUTCOME} (?:[\w',-]+ ){{0,6}}?(?P<m>{_SHOWS})\b|\b(?P<n>(?:events|hindsight|"
        r"experience) (?:have|has) (?:shown|proved|proven|demonstrated))\b",
        why=(
            "Outcome bias: the later harm is offered as proof that an earlier decision was "
            "wrong. A decision is judged by what could be known when it was made, not by how "
            "things turned out."
        ),
        suggestion=(
            "Judge the decision by what was known then: 'On what she knew on 3 May, closing "
            "the case was in line with guidance because...'"
        ),
        not_after=r"\b(?:chronology|record|records|research|audit|data|notes?|minutes|review) $",
        triggers=(
            "show",
            "prov",
            "demonstrat",
            "confirm",
            "tell",
            "told",
            "speak",
            "proof",
            "mean",
            "clear",
            "reveal",
            "evidence",
        ),
    ),
    _rule(
        r"\b(?P<m>(?:given (?:that )?|since |because |in (?:the )?light of |bearing in mind "
        r"|in view of |considering |judging by |going by |after |the fact "
        r"(?:that )?|that )(?:[\w'-]+ ){0,8}?(?:later|subsequently|went on to|a (?:week|fortnight"
        r"|month) later|weeks later|days later|within a (?:week|fortnight|month)|came to (?:serious"
        r" )?harm|was (?:later )?(?:harmed|injured|stabbed|admitted|found injured|killed)|died"
        r"|death|ended (?:in|up)|outcome|what happened|injuries happened|overdose|carried on"
        r"|continued|fire|ended|where this ended|things ended))\b" + _JUDGED_WRONG,
        not_in_sentence=r"\b(?:not evidence|no evidence|does not (?:show|prove|mean)|studies|research"
        r"|literature|hindsight bias)\b",
        why=(
            "Outcome bias: the later harm is used to show that an earlier decision was wrong; "
            "a decision is judged by what could be known when it was made."
        ),
        suggestion="Set the outcome aside and say what the practitioners knew then.",
        triggers=(
            "later",
            "subsequently",
            "went on",
            "harm",
            "injured",
            "stabbed",
            "admitted",
            "killed",
            "died",
            "death",
            "ended",
            "injur",
            "outcome",
            "happened",
            "overdose",
            "within",
            "ended",
            "carried on",
            "continued",
            "fire",
            "bearing",
            "view of",
            "considering",
            "judging",
            "going by",
        ),
    ),
    _rule(
        r"\b(?:(?:plain|clear|evident|apparent) (?:to (?:everyone|all|anyone|everybody|all"
        r" concerned|see)|for all to see)|there (?:could|can) be no doubt|beyond (?:any )?doubt"
        r"|staring (?:[\w-]+ ){0,2}in the face|in black and white|(?:could|can)(?:not|n't| not)"
        r" (?:have )?fail(?:ed)? to (?:notice|see|spot|realise|recognise)|(?:nobody|no one|no-one)"
        r" could (?:have )?fail(?:ed)? to|foreseeable|self-evident|blindingly obvious|glaringly"
        r" obvious|writing (?:was )?on the wall|surely it was (?:apparent|obvious|clear|evident)"
        r"|(?:(?:[\w-]+ ){0,3}(?:was|were|is|are) there )?for (?:anyone|all|everyone|everybody) to"
        r" see|(?:it is|it was|it's) plain that|(?:^|(?<=[.!?;:\n]))\W*plainly|self-evident(?:ly)?|stood out a"
        r" mile|stands? out a mile|sticks? out a mile|(?:was|were|is|are) glaring|glaring (?:risk"
        r"|signs?|danger|warning)s?|leapt off the page|leaps off the page|jumped out|screamed out"
        r"|(?:^|(?<=[.!?;:\n]))\W*evidently|where (?:this|it|things|the case) (?:was"
        r"|were) (?:heading|going|leading)|(?:evident|obvious|clear|apparent|plain) from the"
        r" (?:very )?(?:first|start|outset|beginning))\b",
        not_after=r"\b(?:not|un|seem\w*|appear\w*) $",
        not_in_sentence=r"\bat the time\b|\bseemed\b",
        triggers=(
            "plain",
            "obvious",
            "clear",
            "evident",
            "apparent",
            "doubt",
            "staring",
            "black and white",
            "fail",
            "foreseeable",
            "self-evident",
            "writing",
            "surely",
            "to see",
            "heading",
            "going",
            "leading",
            "from the",
            "evident",
            "mile",
            "glaring",
            "leap",
            "jump",
            "scream",
            "plain",
        ),
    ),
)

_MORE_COUNTERFACTUAL = (
    _rule(
        r"\b(?P<m>needed to have (?:been )?(?:[a-z]+ed|[a-z]+en|made|done|sought|told))\b"
        r"|\b(?P<p>what was (?:needed|required|called for|wanted) was)\b"
        r"|\b(?P<q>ought (?:really |perhaps |surely |certainly )to have)\b"
        r"|\b(?P<r>surely)\b(?=[^\n.]*\b(?:was|were) (?:called for|warranted|needed|required)\b)"
        r"|(?:^|(?<=[.!?;:\n]))\W*(?P<t>why did (?:no-?one|nobody|no one|none of))\b"
        r"|\b(?P<n>opportunit(?:y|ies))\b(?=[^\n.]*\b(?:not|never) (?:taken|used|seized|acted on"
        r"|followed up)\b)|\b(?P<o>(?:it is|it's|it was) (?:a )?(?:pity|shame|regrettable"
        r"|unfortunate)) (?:that )?(?=[^\n.]*\b(?:did not|didn't|was not|wasn't|had not|hadn't"
        r"|never|not)\b)",
        triggers=(
            "needed to have",
            "opportunit",
            "pity",
            "shame",
            "regrettable",
            "unfortunatewhat was",
            "ought",
            "surely",
            "why did",
        ),
    ),
    _rule(
        r"\b(?P<m>might (?:well |also |easily |usefully |perhaps |[a-z]+ly )?(?:have|'ve) (?:been )?"
        r"(?:[a-z]+ed|[a-z]+en|made"
        r"|done|known|seen|told|sought|asked|found))\b",
        not_after=r"\b(?:thought|think|believed|wondered|worried|feared|suspected|said|says|told"
        r"|explained|considered|possible|likely|concerned|unsure|whether|that|if|who|which)\b"
        r"|(?:^|(?<=[.!?;:\n]))\W*had\b",
        triggers=("might",),
    ),
    _rule(
        r"\b(?P<m>if (?:only )?(?:[\w'-]+ ){1,4}?had (?:[a-z]+ly )?(?:[a-z]+ed|[a-z]+en|made|done"
        r"|known|seen|told|sought|asked|checked|shared|rung|phoned))\b(?=[^\n.]*\b(?:would|might"
        r"|could)(?:n't| not)? (?:have|'ve)\b)",
        triggers=("if",),
    ),
    _rule(
        r"(?:^|(?<=[.!?:;\n]))\W*(?P<m>why (?:didn't|did not|wasn't|weren't|hadn't|had not|was not|were not) "
        r"(?:the|she|he|they|anyone|anybody|nobody|[A-Z][\w-]+))",
        questions=True,
        triggers=("why",),
    ),
    _rule(
        r"\b(?P<m>would (?:only )?have taken (?:only |just )?(?:a few|a couple of|[\w-]+) "
        r"(?:minutes|seconds|moments))\b",
        triggers=("taken",),
    ),
)

_MORE_REFLEXIVE_FIX = (
    _rule(
        r"\b(?P<m>(?:to be|should be|must be|be|being|will be|need to be|needs to be) (?:re-?briefed"
        r"|re-?trained|retrained|reminded|re-?educated|upskilled|made aware))\b",
        questions=True,
        triggers=("brief", "train", "remind", "educat", "upskill", "aware"),
    ),
    _rule(
        r"\b(?P<m>(?:should|must|will|to|would) (?:commission|provide|deliver|roll out|arrange|run"
        r"|offer|introduce|mandate) (?:[\w-]+ ){0,3}?(?:training|briefings?|workshops?|courses?"
        r"|e-learning))\b",
        questions=True,
        triggers=("training", "briefing", "workshop", "course", "learning"),
    ),
    _rule(
        r"\b(?P<m>(?:rewrite|revise|update|tighten|strengthen|reissue|re-issue|amend|re-?circulate"
        r"|re-?launch) (?:its|their|the|our|a) (?:[\w-]+ ){0,3}?(?:policy|procedure|protocol"
        r"|guidance|checklist|form|template)|strengthen compliance|(?:be |being )?audited"
        r"|dip[- ]sampl\w*|remind(?:ing|er)? (?:all )?(?:practitioners|staff|workers|professionals"
        r"|agencies|partners) (?:of|about|that|to)\b|training (?:will|should|could|would|can|is to)"
        r" be (?:offered|provided|delivered|given|rolled out)|what (?:further |additional |extra )?"
        r"training"
        r"|monitor (?:adherence|compliance)|compl(?:y|ies|ying) with the (?:[\w-]+ ){0,2}?"
        r"(?:toolkit|policy|procedure|protocol|guidance|checklist|form|thresholds?)"
        r"|adhere(?:nce)? to the (?:[\w-]+ ){0,2}?(?:toolkit|policy|procedure|protocol|guidance"
        r"|checklist|form|thresholds?)|introduce an? (?:[\w-]+ ){0,2}?(?:checklist|form|protocol"
        r"|template|toolkit|flowchart)|(?:reminders?|training|briefings?|refresher) (?:for|to) "
        r"(?:all|every|each)"
        r"|audit (?:of )?(?:its |their |the |staff |agency )?compliance|audit of (?:how many"
        r"|whether)|(?:start|begin|started|starts) (?:following|complying with|sticking to"
        r"|adhering to) (?:the )?(?:\w+ )?(?:procedures?|protocols?|polic(?:y|ies)|guidance|rules)"
        r"|retraining|re-training"
        r"|(?:staff|practitioners|workers|professionals) (?:need|needs|must"
        r"|should) (?:to )?(?:read|follow|know|learn) (?:the )?(?:[\w-]+ )?(?:policy|procedure"
        r"|protocol|guidance))\b",
        questions=True,
        not_in_sentence=_DONE_ALREADY,
        triggers=(
            "rewrite",
            "revise",
            "update",
            "tighten",
            "strengthen",
            "issue",
            "monitor",
            "compl",
            "adhere",
            "introduce",
            "reminder",
            "training",
            "briefing",
            "refresher",
            "need",
            "must",
            "should",
            "audit",
            "start",
            "begin",
            "retraining",
            "re-training",
            "amend",
            "circulate",
            "launch",
            "audited",
            "dip",
            "remind",
            "training",
        ),
    ),
    _rule(
        rf"\b(?P<m>(?:assure (?:itself|themselves|the board)|be assured|confirm|check|ensure|make"
        rf" sure) (?:that )?{_GROUP}\b{_REMEDY_WORDS})",
        questions=True,
        triggers=("assure", "assured", "confirm", "check", "ensure", "make sure"),
    ),
    _rule(
        rf"\b(?P<m>{_GROUP}\b{_REMEDY_WORDS}(?: (?:[\w-]+ )?(?:training|courses?|sessions?"
        r"|briefings?))?)",
        questions=True,
        not_in_sentence=_DONE_ALREADY,
        triggers=("all", "every", "each"),
    ),
    _rule(
        r"\b(?P<m>(?:new|revised|updated|refreshed|standard|single) (?:[\w-]+ ){0,2}?(?:checklist"
        r"|protocol|form|policy|procedure|template"
        r"|toolkit|flowchart|pathway|guidance|guideline|audit))\b(?=[^\n.]*\b(?:should|must|will"
        r"|be (?:introduced|developed|written|created|circulated)|introduce|develop|create"
        r"|needed|would help|required|time for)\b)|\b(?:need|needs|want|wants) (?P<o>an? new (?:[\w-]+ ){0,2}?"
        r"(?:checklist|protocol|form|policy|procedure|template|toolkit))\b|\b(?:introduce|develop|create|write) (?P<n>an? new "
        r"(?:[\w-]+ ){0,2}?(?:checklist|protocol|form|policy|procedure|template|toolkit))\b",
        questions=True,
        not_in_sentence=r"\b(?:had|has) been introduced\b|\b(?:was|were) introduced (?:in|on|last)\b",
        triggers=("new", "revised", "updated", "refreshed", "standard", "single"),
    ),
    _rule(
        r"\b(?P<m>(?:mandatory|compulsory|refresher|further|additional|extra) (?:[\w-]+ ){0,2}?"
        r"(?:training|briefings?|sessions?|checklists?|courses?|audits?|forms?|sign-?offs?"
        r"|protocols?|e-learning|modules?|fields?))\b",
        questions=True,
        not_in_sentence=_DONE_ALREADY
        + r"|\b(?:completed|attended|had) (?:her|his|their)\b|\b(?:received|receives|attends"
        r"|completes|undertakes|undertook) \b",
        triggers=("mandatory", "compulsory", "refresher", "further", "additional", "extra"),
    ),
    _rule(
        r"\b(?P<m>compliance audit|audit (?:of )?compliance|cascaded? (?:to|through|across)"
        r"|need(?:s)? reminding|be reminded"
        r"|(?:policy|protocol|procedure|checklist|toolkit) (?:on|for) (?:[\w-]+ ){1,6}?(?:should"
        r"|must|will) be (?:developed|written|introduced|circulated|created|produced|issued))\b",
        questions=True,
        triggers=(
            "audit",
            "cascad",
            "remind",
            "policy",
            "protocol",
            "procedure",
            "checklist",
            "toolkit",
        ),
    ),
    _rule(
        r"\b(?P<m>(?:should|must|will need to|needs? to) (?:always )?(?:use|complete|fill in"
        r"|follow|apply) the (?:[\w-]+ ){0,3}?(?:toolkit|form|checklist|tool|procedure|protocol"
        r"|template|pathway))\b",
        triggers=("should", "must", "need"),
    ),
)

_MORE_CASE_SPECIFIC = (
    _rule(
        r"\b(?P<m>(?:manager|worker|officer|nurse|doctor|practitioner|social worker|health visitor"
        r"|GP|consultant) who (?:was|were) on (?:duty|call|shift) (?:that|on|the|over))\b",
        questions=True,
        triggers=("on duty", "on call", "on shift"),
    ),
    _rule(
        r"\b(?P<m>(?:health visitor|social worker|GP|nurse|midwife|manager|teacher|officer"
        r"|practitioner|worker|DSL|consultant|paediatrician|IRO|school) (?:in this case|involved"
        r" in this case|who (?:[\w-]+ ){1,8}?(?:in this case|on \d{1,2} [A-Z][a-z]+)))\b",
        triggers=("this case", " on "),
    ),
)


# --- Wider forms found in reviewers' drafts (language coach v2, second round) ---

_STAFF = (
    r"(?:staff|practitioners?|professionals?|workers?|GPs?|schools?|midwives|midwife|health"
    r" visitors?|social workers?|agencies|nurses?|officers?|teachers?|managers?|clinicians?"
    r"|doctors?|DSLs?|IROs?|providers?|commissioners?|screeners?|call handlers?|teams?"
    r"|services?|partners)"
)
_STAFF_PLURAL = (
    r"(?:staff|practitioners|professionals|workers|GPs|schools|midwives|health visitors|social"
    r" workers|agencies|nurses|officers|teachers|managers|clinicians|doctors|DSLs|IROs|providers"
    r"|commissioners|screeners|call handlers|teams|services|partners|housing|police)"
)
_REMEDY_THING = (
    r"(?:polic(?:y|ies)|procedures?|protocols?|checklists?|forms?|templates?|toolkits?|tools?"
    r"|flowcharts?|pathways?|questions?|fields?|guidance|guidelines?|audits?|letters?"
    r"|reminders?|training|briefings?|sign-?offs?)"
)

_WIDER_BLAME = (
    _rule(
        r"\b(?P<m>fell (?:well |far |way |a long way |badly |significantly )?short(?: of)?"
        r"|below the standards? (?:expected|required|you would expect)|not up to the job"
        r"|buck-passing|passing the buck|pass(?:ed)? the buck|wash(?:ed|es|ing)? (?:their|his|her"
        r"|its|our) hands of|(?:took|take|takes|taking) the easy (?:way|option)(?: out)?"
        r"|job done|(?:is|was|there is|there was|that is) no excuse|no excuse for"
        r"|waste of (?:everyone's |everybody's |their |our )?time|false sense of security"
        r"|(?:couldn't|could not|can't|cannot|didn't|did not) see past|took (?:[\w']+ ){1,2}word for it"
        r"|you couldn't make it up|you could not make it up|tells you (?:everything|all you need"
        r" to know)|(?:which|that|it) says (?:a lot|it all|everything)|an interesting choice"
        r"|no professional curiosity|without (?:even|so much as) (?:reading|looking|checking|asking"
        r"|speaking|opening)|(?:did not|didn't|failed to|never) take ownership|inaction|remiss"
        r"|failure of (?:basic |sound )?(?:professional )?judgement|let (?:[\w']+ ){1,5}down"
        r"|(?:nobody|no one|no-one)(?: [\w-]+){1,4}? bothered to|(?:went|go|going|goes) through"
        r" the motions|paid lip service|pays? lip service|(?:were|was) lulled)\b",
        not_after=r"\b(?:not|never|no sign of|no evidence of|rather than) $",
        not_in_sentence=_FAMILY_SUBJECT,
        triggers=(
            "short",
            "standard",
            "up to the job",
            "buck",
            "hands of",
            "easy",
            "job done",
            "excuse",
            "waste of",
            "false sense",
            "see past",
            "word for it",
            "make it up",
            "tells you",
            "says",
            "interesting choice",
            "curiosity",
            "without",
            "ownership",
            "inaction",
            "remiss",
            "judgement",
            "down",
            "bothered",
            "motions",
            "lip service",
            "lulled",
        ),
    ),
)

_WIDER_HINDSIGHT = (
    _rule(
        r"\b(?P<m>(?:was|were|is|had been|has been|seems?|seemed) (?:[a-z]+ly |all too |only too )?"
        r"(?:predictable|foreseeable)|(?:entirely|wholly|totally|completely|tragically|utterly"
        r"|sadly|depressingly|all too|only too) predictable)\b",
        not_after=r"\b(?:not|never|nor|hardly|in no way|no way) (?:[a-z]+ )?$",
        triggers=("predictable", "foreseeable"),
    ),
    _rule(
        r"\b(?P<m>plain as day|plain as the nose|(?:is|was|were|are) (?:(?:a |an )?(?:screaming"
        r"|glaring|massive|huge|big|obvious|clear|flashing) )?red flags?|(?:screaming|glaring"
        r"|massive|huge|flashing) red flags?|(?:it is|it's|it was) (?:now )?(?:evident|clear"
        r"|obvious|apparent) now|evident now|now (?:evident|obvious|apparent) that|anyone (?:[\w-]+"
        r" ){0,4}?(?:could|would|should|can|must) (?:have )?(?:see|seen|tell|told|spot|spotted"
        r"|know|known|realise|realised)|(?:everyone|everybody|anyone) knows|(?:you )?(?:don't"
        r"|do not|didn't|did not) need to be an? [\w-]+ to (?:know|see|realise|realize|spot"
        r"|tell)|(?:this|the) (?:tragic |sad )?case (?:proves|proved|is proof))\b"
        r"|\b(?P<n>no surprise)\b(?=[^\n.]*\b(?:ended|end up|ended up|happened|died|killed|injured"
        r"|harmed|stabbed|outcome|came to harm)\b)",
        not_after=r"\b(?:not|never|nor|hardly|whether) (?:[a-z]+ )?$",
        not_in_sentence=r"\b(?:protocols?|polic(?:y|ies)|procedures?|guidance|guidelines?"
        r"|pathways?|training|NICE|toolkits?)\b|\bat the time\b",
        triggers=(
            "plain as",
            "red flag",
            "evident",
            "obvious",
            "apparent",
            "clear",
            "anyone",
            "knows",
            "need to be",
            "case prove",
            "proof",
            "no surprise",
        ),
    ),
)

_WIDER_COUNTERFACTUAL = (
    _rule(
        r"\b(?P<m>(?:there was|there were|there had been|with|made) no (?:real |serious"
        r" |meaningful |further |proper |genuine )?(?:attempts?|efforts?) (?:made |at all )?to"
        r"|(?:it was|it is|was|were) incumbent (?:on|upon)|the (?:correct|right|proper"
        r"|appropriate) (?:course of action|thing to do|response|step|decision) (?:was|would"
        r" have been))\b",
        triggers=("attempt", "effort", "incumbent", "course of action", "thing to do", "correct"),
    ),
)

_WIDER_REFLEXIVE_FIX = (
    _rule(
        rf"\b(?P<m>{_STAFF_PLURAL}(?: [\w-]+){{0,3}}? must (?:always |routinely |now |in future |from now"
        r" on |consistently |be more |be seen to )?(?:ensure|audit|ask|refer|complete|record"
        r"|check|chase|speak|sign|undress|follow|use|attend|make|seek|share|escalate|challenge"
        r"|see|visit|document|robust|rigorous|vigilant|curious|careful|thorough)\w*)",
        questions=True,
        not_in_sentence=_DONE_ALREADY,
        triggers=("must",),
    ),
    _rule(
        r"\b(?P<m>(?:should|must|will|to|would|could) (?:\w+ ){0,2}?(?:adopt|issue|introduce"
        r"|develop|create|write|produce|publish|add|implement|mandate|roll out) (?:an? |the )?"
        r"(?:new |revised |single |standard |mandatory |annual |further )?(?:[\w-]+ ){0,3}?"
        rf"{_REMEDY_THING})\b|\b(?P<n>remind(?:ing|er)? (?:all |every |the )?(?:[\w-]+ ){{0,2}}?"
        rf"{_STAFF} (?:of|about|that|to)\b)|\b(?P<o>disciplinary (?:action|proceedings|measures"
        r"|sanctions))\b|(?:^|(?<=[.!?;:\n]))\W*(?P<p>would (?:an? |the )?(?:new |annual |mandatory"
        r" |single |standard |further |more |regular |better |refresher )?(?:[\w-]+ ){0,3}?"
        r"(?:audit|checklist|tool|form|policy|procedure|training|flowchart|protocol|briefing"
        r"|reminder|sign-off|action)s?\b[^?\n]*\b(?:prevent|stop|have picked|have stopped|avoid"
        r"|send|have prevented|make sure|ensure))\b",
        questions=True,
        not_after=r"\b(?:no|not|without) $",
        not_in_sentence=_DONE_ALREADY + r"|\bnot adopted\b|\bwould add to\b",
        triggers=(
            "adopt",
            "issue",
            "introduce",
            "develop",
            "create",
            "write",
            "produce",
            "publish",
            "add",
            "implement",
            "mandate",
            "roll out",
            "remind",
            "disciplinary",
            "would",
        ),
    ),
)

_WIDER_CASE_SPECIFIC = (
    _rule(
        r"\b(?P<m>(?:in|for|with|of|to|around) this (?:case|family|child|baby|young person"
        r"|household|woman|man|couple))\b|(?:^|(?<=[.!?;:\n]))\W*(?P<n>the (?:mother|father|mum"
        r"|dad|son|daughter|partner|mother's partner|stepfather|stepmother|grandmother"
        r"|grandfather|husband|wife|sister|brother)(?:'s)?)\b",
        questions=True,
        findings_only=True,
        triggers=("this ", "the "),
    ),
)


def _extended(table: _Table, more: tuple[_Rule, ...]) -> _Table:
    return _Table(table.kind, table.why, table.suggestion, table.rules + more)


HINDSIGHT = _extended(HINDSIGHT, _MORE_HINDSIGHT + _WIDER_HINDSIGHT)
COUNTERFACTUAL = _extended(COUNTERFACTUAL, _MORE_COUNTERFACTUAL + _WIDER_COUNTERFACTUAL)
BLAME = _extended(BLAME, _MORE_BLAME + _WIDER_BLAME)
REFLEXIVE_FIX = _extended(REFLEXIVE_FIX, _MORE_REFLEXIVE_FIX + _WIDER_REFLEXIVE_FIX)
CASE_SPECIFIC = _extended(CASE_SPECIFIC, _MORE_CASE_SPECIFIC + _WIDER_CASE_SPECIFIC)

_TABLES = (HINDSIGHT, COUNTERFACTUAL, BLAME, REFLEXIVE_FIX, CASE_SPECIFIC)
_RULES = tuple((rank, table, rule) for rank, table in enumerate(_TABLES) for rule in table.rules)
# Every trigger, found once per text, so that rules none of whose triggers occur are skipped.
_TRIGGERS = frozenset(t for _, _, rule in _RULES for t in rule.triggers)

# ---------------------------------------------------------------------------------------------
# Context: sentences, reported speech, guidance, questions and who did it

_SENTENCE_END = re.compile(
    r"[.!?]+[\"')\]\u201d\u00bb]*(?=\s|$)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*\u2022\u2013]|\d+[.)])\s)"
)
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:dr|mr|mrs|ms|st|e\.g|i\.e|vs|cf|prof|sgt|approx)$", re.I)

# Reporting verbs that introduce what someone told the review, thought or felt.
_SAY_VERBS = (
    r"said|says|felt|feels|thought|thinks|believed|believes|(?:did|does) not (?:think|believe"
    r"|feel)|was (?:worried|concerned|anxious|confident|sure|aware)|were (?:worried|concerned"
    r"|anxious|confident|sure|aware)"
)
_OTHER_REPORTING_VERBS = (
    r"told|tells|explained|explains|recalled|recalls|described|describes|remembered|remembers"
    r"|reflected|reflects|acknowledged|acknowledges|accepted|accepts|admitted|admits|reported"
    r"|reports|noted|notes|recorded|records|wrote|writes|assumed|assumes|expected|expects|hoped"
    r"|hopes|understood|understands|considered|considers|worried|worries|feared|fears|wondered"
    r"|wonders|asked|asks|judged|judges|added|adds|heard|hears|learned|learnt"
)
_CLAUSE_OPENERS = (
    r"that\b|[:\"\u201c']|(?:she|he|they|we|i|it|there|what|how|why|whether|if|feeling|being"
    r"|having|because|at the time|in hindsight|looking back|with hindsight)\b"
)
_REPORTED = _c(
    r"\btold (?:us|me|the (?:review\w*|panel|author|lead reviewer|learning event|conversation))\b"
    r"|\btold (?:[\w'-]+ ){1,3}?(?:that|she|he|they|it|there)\b"
    rf"|\b(?:{_SAY_VERBS})(?=\s*(?:{_CLAUSE_OPENERS}|(?:this|these|the|a|an|her|his|their|no"
    r"|nothing)\b))"
    rf"|\b(?:{_OTHER_REPORTING_VERBS})(?=\s*(?:{_CLAUSE_OPENERS}))"
    r"|\b(?:in (?:her|his|their) (?:view|words|account|mind|opinion)|from (?:her|his|their)"
    r" (?:perspective|point of view)|according to|(?:her|his|their) (?:account|recollection"
    r"|explanation|view|understanding) (?:was|is)|asked for|requested|wanted|would like)\b"
)
# The reviewer's own voice is not reported speech: "we felt the health visitor missed...".
_OWN_VOICE = _c(
    r"\b(?:I|we|the review(?:er|ers| team)?|this review|the panel|the author)(?: [a-z]+)? $"
)
_REPORT_TAG = _c(
    r",[\"\u201d]? (?:she|he|they|(?:the|her|his) [\w-]+(?: [\w-]+)?) (?:told (?:us|me|the review\w*)"
    r"|said|says|explained|recalled|remembered|reflected|thought|felt|believed|added|admitted"
    r"|acknowledged)\b[^,;]*$"
)
_REPORT_CUT = _c(r";|\b(?:but|however|whereas|yet)\b")

_GUIDE_NOUN = (
    r"(?:protocols?|polic(?:y|ies)|procedures?|guidance|guidelines?|plans?|pathways?|standards?"
    r"|frameworks?|working together|thresholds?|expectations?|requirements?|agreements?"
    r"|instructions?|rules?|manual|legislation|regulations?|terms of reference|contracts?"
    r"|flowcharts?|checklists?|forms?|toolkits?|job descriptions?|the law|NICE)"
)
_GUIDED = _c(
    rf"\b{_GUIDE_NOUN}\b[^;?!]*?\b(?:says?|said|stated?|states|require[sd]?|ask(?:s|ed)?"
    r"|sets? out|specif(?:y|ies|ied)|expect(?:s|ed)?|direct(?:s|ed)?|advise[sd]?|recommend(?:s"
    r"|ed)?|mean[st]?|calls? for|called for|made clear|makes? clear|provides?|provided"
    r"|dictate[sd]?|instruct(?:s|ed)?|stipulate[sd]?|was that|is that|insist(?:s|ed)?"
    r"|indicate[sd]?|prompt(?:s|ed)?|envisage[sd]?|tells?|told)\b"
    r"|\b(?:under|according to|in line with|as per|in accordance with|following)"
    rf" (?:[\w'-]+ ){{0,3}}?{_GUIDE_NOUN}\b"
)
# Words one of which every match of _REPORTED or _REPORT_TAG (or of _GUIDED) holds; a sentence
# with none of them skips those checks. Word lists are kept as text for readability.
_REPORT_CUES = tuple(
    """tell told said says felt feel thought think believ explain explan recall describ remember
    reflect acknowledg accept admit report note record wrote write assum expect hope underst consider
    worr fear wonder ask judg add heard hear learn view words account mind opinion perspective
    point according recollection request want like concerned anxious confident sure aware""".split()  # noqa: SIM905
)
_GUIDE_CUES = tuple(
    """protocol polic procedure guid plan pathway standard framework working threshold expectation
    requirement agreement instruction rule manual legislation regulation terms contract flowchart
    checklist form toolkit description law nice""".split()  # noqa: SIM905
)
_GUIDE_CUT = _c(r";|, and\b|\b(?:but|however|whereas|which|who|although|yet)\b")

# Who did it: practitioners and agencies, family members, pronouns, and capitalised names.
_PRACTITIONER = (
    r"(?:Dr|Doctor|Nurse|PC|DC|DS|Sgt)\.? [A-Za-z]+|children's (?:social care|services)|adult"
    r" (?:social care|services)|child protection (?:team|conference|chair|service|services)"
    r"|partner agenc(?:y|ies)|social workers?|health visitors?|school nurses?|GPs?|general"
    r" practitioners?|GP practice|doctors?|nurses?|midwi(?:fe|ves)|paediatricians?|consultants?"
    r"|registrars?|clinicians?|police(?: officers?)?|officers?|detectives?|sergeants?"
    r"|teachers?|head ?teachers?|schools?|nurser(?:y|ies)|colleges?|DSLs?|designated safeguarding"
    r" leads?|SENCos?|managers?|team leaders?|supervisors?|practitioners?|professionals?|staff"
    r"|workers?|agenc(?:y|ies)|services?|teams?|departments?|social care|CSC|MASH|front door"
    r"|hospitals?|A&E|emergency department|trusts?|probation(?: officers?| service)?"
    r"|housing officers?|CAMHS|IROs?|surgery|local authority|council|early help|therapists?"
    r"|psychiatrists?|psychologists?|CPNs?|paramedics?|ambulance(?: service| crew)?"
    r"|receptionists?|locums?"
)
_FAMILY = (
    r"mothers?|mums?|mummy|fathers?|dads?|daddy|parents?|step-?(?:father|mother|dad|mum|parent)s?"
    r"|stepdad|stepmum|partners?|boyfriends?|girlfriends?|grand(?:mother|father|parent|ma|pa"
    r"|mum|dad)s?|gran|nan|nanna|aunts?|aunties?|uncles?|cousins?|siblings?|brothers?|sisters?"
    r"|bab(?:y|ies)|infants?|child|children|toddlers?|sons?|daughters?|boys?|girls?|young"
    r" (?:person|people)|teenagers?|famil(?:y|ies)|(?:foster )?carers?|couple|household|adults?"
    r"|pupils?"
)
_DOER = _c(
    rf"(?P<practitioner>(?i:\b(?:{_PRACTITIONER})\b))|(?P<family>(?i:\b(?:{_FAMILY})\b))"
    r"|(?P<pronoun>(?i:\b(?:she|he|they)\b))|(?P<name>\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b)",
    0,
)
# Capitalised words that are not people's names.
_NOT_NAMES = frozenset(
    """The A An She He They It This That These Those In On At When After Before During Although
    Though Because However Her His Their Its We I There By For From With As If Following
    Over Later Earlier Then Both Neither No Nobody None Each Every All Some Many While
    Whilst Where Once Since Until Despite Throughout Within Without Between Across Around
    About Only Also Nor Yet So And But Or Not Our My What Who Why How Which Did Does Do Was
    Were Is Are Had Has Have One Two Three Four Five Six First Second Third Next Last Either
    Whether Given Having Being Clearly Sadly Unfortunately Instead Overall Again Still Even
    Nevertheless Meanwhile Afterwards Subsequently Previously Initially Finally Here Now
    Today Such Other Another Most Several Any Few Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October
    November December Christmas Easter England Wales Scotland UK NHS Working Together
    Guidance Child Baby""".split()  # noqa: SIM905
)
_ROLE_OF_GROUP = {"practitioner": "practitioner", "family": "family", "pronoun": None, "name": None}
_LINKING_WORDS = frozenset(
    """who had has have was were is are been also then again twice repeatedly not never later
    subsequently still both all each already just even therefore thus consequently too often
    herself himself themselves""".split()  # noqa: SIM905
)
_DOER_CUT = _c(
    r";|\b(?:but|however|whereas|although|though|because|when|while|whilst|after|before|until"
    r"|since|if|once|that(?= (?:the|she|he|they|it|there|a|an|her|his|their|this)\b))\b"
)


def _doer(before: str) -> str | None:
    """'practitioner', 'family' or None (unclear) for the doer of a verb preceded by `before`.

    The doer is the person named just before the verb ("the mother repeatedly missed"), else the
    first person named in the clause ("the health visitor saw the baby and missed the bruise").
    """
    found = [
        m for m in _DOER.finditer(before) if m.lastgroup != "name" or m.group() not in _NOT_NAMES
    ]
    if not found:
        return None
    last = found[-1]
    gap = before[last.end() :].lstrip(", ")
    words = gap.split()
    if (
        "," not in gap
        and len(words) <= 3
        and all(w.lower() in _LINKING_WORDS or w.lower().endswith("ly") for w in words)
    ):
        return _ROLE_OF_GROUP[last.lastgroup or "name"]
    cut = max((m.end() for m in _DOER_CUT.finditer(before)), default=0)
    for m in found:
        if m.start() >= cut:
            return _ROLE_OF_GROUP[m.lastgroup or "name"]
    return None


def _last_cut(cut: re.Pattern[str], text: str) -> str:
    """The part of text after the last match of cut."""
    end = max((m.end() for m in cut.finditer(text)), default=0)
    return text[end:]


def _reported(before: str) -> bool:
    """Whether the clause before a phrase reports what someone said, thought or felt."""
    clause = _last_cut(_REPORT_CUT, before)
    return any(not _OWN_VOICE.search(clause, 0, m.start()) for m in _REPORTED.finditer(clause))


def _lower(work: str) -> str:
    """A lower-case copy with the same offsets (a few characters change length when lowered)."""
    lower = work.lower()
    if len(lower) == len(work):
        return lower
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in work)


class _Sentences:
    """Where each sentence of the working text starts and ends, and which ones hold which words."""

    def __init__(self, work: str) -> None:
        self.work = work
        self.lower = _lower(work)
        self.ends = [
            m.end()
            for m in _SENTENCE_END.finditer(work)
            if not (
                m.group() == "." and _ABBREVIATION.search(work, max(0, m.start() - 8), m.start())
            )
        ]
        self._holding: dict[str, set[tuple[int, int]]] = {}
        self._facts: dict[int, tuple[bool, bool, bool]] = {}

    def around(self, pos: int) -> tuple[int, int]:
        index = bisect_right(self.ends, pos)
        start = self.ends[index - 1] if index else 0
        end = self.ends[index] if index < len(self.ends) else len(self.work)
        return start, end

    def facts(self, start: int, end: int) -> tuple[bool, bool, bool]:
        """For the sentence start:end, whether it is a question, and whether it holds anything
        that could report speech or cite guidance (most hold neither, so the checks are skipped).
        """
        if start not in self._facts:
            lower = self.lower[start:end]
            self._facts[start] = (
                self.work[start:end].rstrip().rstrip("\"')]\u201d").endswith("?"),
                any(cue in lower for cue in _REPORT_CUES),
                any(cue in lower for cue in _GUIDE_CUES),
            )
        return self._facts[start]

    def holding(self, triggers: tuple[str, ...]) -> list[tuple[int, int]]:
        """The sentences holding one of the triggers: the only places a rule can match."""
        found: set[tuple[int, int]] = set()
        for trigger in triggers:
            if trigger not in self._holding:
                # A trigger with capitals is for a case-sensitive pattern, so is found as written.
                text = self.lower if trigger.islower() else self.work
                spans = self._holding[trigger] = set()
                at = text.find(trigger)
                while at != -1:
                    span = self.around(at)
                    spans.add(span)
                    at = text.find(trigger, span[1])
            found |= self._holding[trigger]
        return sorted(found)


def _quoted(before: str) -> bool:
    """Whether a phrase after `before` (the sentence so far) is inside double quotation marks."""
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _keep(rule: _Rule, work: str, sentences: _Sentences, start: int, end: int) -> bool:
    """Whether a match stands once its sentence is taken into account."""
    s0, s1 = sentences.around(start)
    before = work[s0:start]
    question, may_report, may_guide = sentences.facts(s0, s1)
    if (question and not rule.questions) or _quoted(before):
        return False
    if rule.not_in_sentence and rule.not_in_sentence.search(work, s0, s1):
        return False
    if may_report and (_reported(before) or _REPORT_TAG.search(work, end, s1)):
        return False
    if may_guide and _GUIDED.search(_last_cut(_GUIDE_CUT, before)):
        return False
    if rule.not_after and rule.not_after.search(before):
        return False
    if rule.not_before and rule.not_before.match(work, end, s1):
        return False
    if rule.actor:
        doer = _doer(before)
        if doer == "family":
            return False
        if doer is None and rule.unknown_doer and not rule.unknown_doer.match(work, end, s1):
            return False
    return True


@lru_cache(maxsize=64)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of the names as a whole word, with "'s <role>" and a directive after it if present."""
    cleaned = sorted({" ".join(n.split()) for n in names if n.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    alternatives = "|".join(" ".join(re.escape(w) for w in n.split()) for n in cleaned)
    return _c(rf"(?<![\w'])(?:{alternatives})(?!\w)(?:(?:'s(?: [\w-]+){{1,2}}?)? {_DIRECTIVE})?", 0)


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    rank: int
    kind: str
    why: str
    suggestion: str


def _choose(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest first (then the earlier table), dropping any that overlap one already taken."""
    starts: list[int] = []  # of the flags taken, sorted; they never overlap
    taken: list[_Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.rank, c.start)):
        index = bisect_right(starts, c.start)
        if index and taken[index - 1].end > c.start:
            continue
        if index < len(starts) and starts[index] < c.end:
            continue
        starts.insert(index, c.start)
        taken.insert(index, c)
    return taken


_TABLE_OF = {table.kind: (rank, table) for rank, table in enumerate(_TABLES)}
# Sentences that refuse hindsight ("nobody could have predicted...") look like it to the model.
_REFUSES_HINDSIGHT = _c(
    r"\b(?:nobody|no one|no-one|none of us|none of them) (?:could|would|can) (?:have )?"
    r"(?:predicted|foreseen|known|anticipated|expected)\b|\bnot possible to (?:know|say)\b"
    r"|\bcannot (?:now )?know\b|\bit is not (?:for|the) (?:this )?review\b"
    r"|\bhave regard to\b"
)
_MODEL_WHY = " (Read from the whole sentence: look at how it judges or prescribes.)"


def _sentence_readings(
    work: str,
    sentences: _Sentences,
    found: list[_Candidate],
    excused: list[int],
    names_given: bool,
) -> list[_Candidate]:
    """The sentence model's flags, for sentences the rules left alone (see `coach_model`): not
    those where a rule flagged a phrase, nor those where a rule found its phrase and the
    sentence excused it (what someone told the review, an age, a family member's act), which
    the rule knows better than the model."""
    out = []
    bounds = [0, *sentences.ends, len(work)]
    for s0, s1 in zip(bounds, bounds[1:], strict=False):
        start = s0 + len(work[s0:s1]) - len(work[s0:s1].lstrip())
        end = s0 + len(work[s0:s1].rstrip())
        if end - start < 12 or len(work[start:end].split()) < coach_model.MIN_WORDS:
            continue
        if any(start <= c.start < end for c in found) or any(start <= e < end for e in excused):
            continue
        if _REFUSES_HINDSIGHT.search(work, start, end):
            continue
        reading = coach_model.read(work[start:end])
        if not reading.flagged:
            continue
        kind = reading.kind
        if kind == "case_specific" and not names_given:
            continue
        # A question is the method's own tool; only a remedy asked as a question is flagged.
        if sentences.facts(s0, s1)[0] and kind != "reflexive_fix":
            continue
        rank, table = _TABLE_OF[kind]
        out.append(_Candidate(start, end, rank, kind, table.why + _MODEL_WHY, table.suggestion))
    return out


def _span(match: re.Match[str]) -> tuple[int, int]:
    """The flagged part of a match: its group `m` when the rule has one and it took part."""
    if "m" in match.re.groupindex and match.start("m") >= 0:
        return match.span("m")
    return match.span()


def _straight(text: str) -> str:
    for apostrophe in _APOSTROPHES:
        text = text.replace(apostrophe, "'")
    return text


def from_model(flag: Flag) -> bool:
    """Whether the sentence model raised the flag (rather than a rule naming the phrase)."""
    return flag.why.endswith(_MODEL_WHY)


def coach(text: str, names: Iterable[str] = ()) -> list[Flag]:
    """Flags in order of start; no overlapping flags.

    `names` are the names of people in the case (first names, full names; roles like 'the social
    worker' are not names). A name followed by 'should', 'must', 'needs to' and the like is
    case-specific, and so is any mention of a name when `names` is given (the caller passes names
    only when checking findings). The same text with the same names is read once (the marking
    asks about each text several times).
    """
    if isinstance(names, str):  # one name passed on its own, not its letters
        names = (names,)
    return list(_coach(text, tuple(names)))


@lru_cache(maxsize=8192)
def _coach(text: str, names: tuple[str, ...]) -> tuple[Flag, ...]:
    work = _straight(text)
    sentences = _Sentences(work)
    present = {t for t in _TRIGGERS if t in (sentences.lower if t.islower() else work)}
    candidates: list[_Candidate] = []
    excused: list[int] = []  # where a rule's phrase stood but its sentence excused it
    for rank, table, rule in _RULES:
        if present.isdisjoint(rule.triggers) or (rule.findings_only and not names):
            continue
        for s0, s1 in sentences.holding(rule.triggers):
            for match in rule.pattern.finditer(work, s0, s1):
                start, end = _span(match)
                if start >= end:
                    continue
                if _keep(rule, work, sentences, start, end):
                    why, suggestion = rule.why or table.why, rule.suggestion or table.suggestion
                    candidates.append(_Candidate(start, end, rank, table.kind, why, suggestion))
                elif not sentences.facts(*sentences.around(start))[0]:
                    # (A question is left to the model, which flags only a remedy asked as one.)
                    excused.append(start)
    pattern = _names_pattern(tuple(_straight(name) for name in names))
    if pattern is not None:
        for match in pattern.finditer(work):
            candidates.append(
                _Candidate(
                    match.start(),
                    match.end(),
                    len(_TABLES),
                    "case_specific",
                    _NAME_WHY,
                    _NAME_SUGGESTION,
                )
            )
    candidates += _sentence_readings(work, sentences, candidates, excused, bool(names))
    return tuple(
        Flag(
            text=text[c.start : c.end],
            start=c.start,
            end=c.end,
            kind=c.kind,
            why=c.why,
            suggestion=c.suggestion,
        )
        for c in _choose(candidates)
    )
