"""Whether a text excuses the system and puts the cause in one person: the inversion the method
exists to undo ("there were no systemic issues; this was individual error").

Word vectors cannot see this (they read "the supervision was adequate" and "the supervision was
not adequate" as nearly the same), so it is read from the wording. A text takes this stance when
it says the system, its tools or its conditions were fine while the expert's text for the same
item names a problem in them, or when it calls the cause an individual failing at all. Both are
asked of the expert's text too, so wording the expert also uses never counts against a trainee.
"""

from __future__ import annotations

import re
from functools import lru_cache

_SYSTEM = (
    r"(?:system|systems|procedures?|processes|process|arrangements|guidance|polic(?:y|ies)"
    r"|protocols?|tools?|forms?|templates?|supervision|management|managers|resources|staffing"
    r"|capacity|workloads?|caseloads?|training|thresholds?|pathways?|services?|structures?"
    r"|multi-agency working|information sharing|communication|records?)"
)
_FINE = (
    r"(?:adequate|sufficient|fine|robust|effective|excellent|good|appropriate|manageable|reasonable"
    r"|clear|in place|fit for purpose|working well|working|well|as (?:intended|designed|expected)"
    r"|properly|correctly|not the problem|not at fault|not to blame|not an issue|not a factor"
    r"|sound|satisfactory|strong|functioning|normal|not relevant|irrelevant)"
)
_EXCUSES = [
    re.compile(p.replace(" ", r"\s+"), re.IGNORECASE)
    for p in (
        r"\bno (?:real |wider |underlying |obvious )?(?:system(?:ic)?|organisational|structural"
        r"|multi-agency|management|resource) (?:issues?|problems?|factors?|failings?|causes?"
        r"|weakness(?:es)?|learning)\b",
        r"\bnot (?:a |an )?(?:system(?:ic|s)?|organisational|structural|resource) (?:issue|problem"
        r"|failure|failing|matter|question)\b",
        rf"\b(?:the |our |its |their |her |his )?(?:\w+ ){{0,2}}{_SYSTEM} (?:\w+ ){{0,2}}"
        rf"(?:was|were|is|are|had been|has been|worked|functioned|operated)(?: \w+ly)?(?: all)?"
        rf" {_FINE}\b(?!\s*,?\s*(?:but|yet|although|though|at|on|for|in|about|only|to|when|if|until)\b)",
        rf"\b{_SYSTEM} (?:played|had) no (?:part|role)\b",
        r"\bnothing (?:wrong )?(?:in|with|about) the (?:system|systems|arrangements|procedures)\b",
        r"\bworked as (?:it|they) should\b",
        r"\bno (?:changes?|lessons?|learning) (?:are|is|were|was) (?:needed|required)\b",
    )
]
_INDIVIDUAL = re.compile(
    r"\b(?:individual|personal|professional|human) (?:error|failings?|failures?|faults?"
    r"|carelessness|negligence|incompetence|responsibility|choices?|lapses?|weakness(?:es)?)\b"
    r"|\b(?:down to|the fault of|solely because of|entirely because of|caused by) (?:the|her|his"
    r"|one|a single|that) (?:own )?(?:individual|worker|practitioner|officer|nurse|visitor"
    r"|doctor|gp|manager|teacher|social worker|health visitor|person)\b"
    r"|\b(?:her|his|their|the worker's|the practitioner's) (?:own )?(?:fault|failings?|lack of care"
    r"|carelessness|laziness|negligence|incompetence|poor attitude|attitude)\b",
    re.IGNORECASE,
)
_PROBLEM = re.compile(
    r"\b(?:no|not|never|without|lack(?:ed|ing)?|only|rather than|instead of|unclear|gaps?|delay"
    r"(?:s|ed)?|waiting|backlog|high|heavy|pressure|pressures|limited|missing|absent|vacanc(?:y|ies)"
    r"|fragment\w*|split|couldn't|could not|didn't|did not|wasn't|weren't|little|few|demand"
    r"|hard|difficult|dominated|crowded|stretched|shortage|short-staffed|sickness|overload\w*"
    r"|reduced|lost|buried|filed|generic|separate|separately|nobody|no one|none|unable)\b",
    re.IGNORECASE,
)


def _first(patterns: list[re.Pattern[str]], text: str) -> str | None:
    for pattern in patterns:
        found = pattern.search(text)
        if found:
            return found.group()
    return None


def names_a_problem(text: str) -> bool:
    """Whether a text speaks of something lacking, hard or going wrong."""
    return bool(_PROBLEM.search(text))


@lru_cache(maxsize=16384)
def excuses_system(trainee: str, expert: str) -> str | None:
    """The phrase by which the trainee's text excuses the system, or puts the cause in one
    person, where the expert's text does not; None when it does not."""
    individual = _INDIVIDUAL.search(trainee)
    if individual and not _INDIVIDUAL.search(expert):
        return individual.group()
    excuse = _first(_EXCUSES, trainee)
    if excuse and names_a_problem(expert) and _first(_EXCUSES, expert) is None:
        return excuse
    return None
