"""Labelled sentences for the language coach (dev6).

Written without sight of the coach's rules. Fictional cases used throughout:
- Derek Holloway (Mr Holloway), older man, self-neglect, died in a house fire.
- Maureen Ashby (Mrs Ashby), older carer, discharged from hospital, died soon after.
- Kofi Mensah, young adult with a learning disability, exploited in his tenancy.
- Bernadette Quinn, domestic abuse victim; partner Shaun Carver (Mr Carver).
- Tamsin Carver, mother of baby Ruby; Leon Pryce, a school-age child.
Practitioners: Priya Raman (social worker), Owen Tait (care coordinator),
Dr Okafor (GP), PC Brennan, Sgt Lowther, Mr Whitcombe (DSL), Gail Staunton
(housing officer), Joanne Ellery (health visitor), Sian Probert (district nurse).
"""


def _s(text, kinds, field="analysis", names=None):
    return {"text": text, "kinds": list(kinds), "field": field, "names": list(names or [])}


A, F = "analysis", "finding"
CF, BL, HS, RF, CS = "counterfactual", "blame", "hindsight", "reflexive_fix", "case_specific"

HOLLOWAY = ["Derek Holloway", "Mr Holloway", "Derek"]
ASHBY = ["Maureen Ashby", "Mrs Ashby", "Maureen"]
KOFI = ["Kofi Mensah", "Kofi", "Mr Mensah"]
BERNADETTE = ["Bernadette Quinn", "Bernadette", "Ms Quinn"]
RUBY = ["Ruby", "Ruby Carver"]
TAMSIN = ["Tamsin Carver", "Tamsin", "Ms Carver"]
SHAUN = ["Shaun Carver", "Mr Carver", "Shaun"]
LEON = ["Leon Pryce", "Leon"]
PRIYA = ["Priya Raman", "Priya", "Ms Raman"]
TAIT = ["Owen Tait", "Mr Tait", "Owen"]
OKAFOR = ["Dr Okafor"]
BRENNAN = ["PC Brennan"]
LOWTHER = ["Sgt Lowther"]
WHITCOMBE = ["Mr Whitcombe"]
STAUNTON = ["Gail Staunton", "Gail", "Ms Staunton"]
ELLERY = ["Joanne Ellery", "Joanne"]
PROBERT = ["Sian Probert", "Sian"]

SENTENCES = []

# --- Counterfactual, direct modal forms (should/could/would have, if only, had X...)
SENTENCES += [
    _s(
        "The social worker should have spoken to Kofi on his own before accepting his mother's account.",
        [CF],
        A,
        KOFI,
    ),
    _s(
        "Had the GP checked the repeat prescription history, the stockpiling of tablets would have been picked up.",
        [CF],
    ),
    _s(
        "If only the housing officer had passed on the tenancy warning, things might have turned out differently.",
        [CF],
    ),
    _s(
        "It would have been better if the ward had contacted the district nurses before Mrs Ashby went home.",
        [CF],
        A,
        ASHBY,
    ),
    _s("A strategy discussion ought to have been convened the same day.", [CF]),
    _s(
        "this was a missed opportunity to hear from Maureen herself about what she wanted",
        [CF],
        A,
        ASHBY,
    ),
    _s(
        "PC Brennan could have asked the control room about previous call-outs to the address.",
        [CF],
        A,
        BRENNAN,
    ),
    _s(
        "Mr Tait would have done well to revisit the risk assessment once the tenancy ended.",
        [CF],
        A,
        TAIT,
    ),
    _s(
        "Were the GP to have read the discharge summary properly, the new pressure sore would not have come as a surprise.",
        [CF],
    ),
]

# --- Counterfactual, indirect/passive forms ('warranted and not made', 'was indicated but')
SENTENCES += [
    _s("A referral to the MASH was warranted and not made.", [CF]),
    _s("A safeguarding concern was called for at this point; none was raised.", [CF]),
    _s(
        "The opportunity to involve an independent advocate under the Care Act was there and was not taken.",
        [CF],
    ),
    _s("Escalation to a senior manager was indicated but not pursued.", [CF]),
    _s(
        "A capacity assessment was needed before the decision was recorded as Mr Holloway's own choice.",
        [CF],
        A,
        HOLLOWAY,
    ),
    _s("At the very least a phone call to the school was in order.", [CF]),
    _s("The case was closed when it needed to stay open.", [CF]),
    _s("The care coordinator needed to escalate to her manager at that point, and did not.", [CF]),
    _s(
        "A joint visit with the police was the proportionate response and it was never arranged.",
        [CF],
    ),
    _s(
        "What was required here was a multi-agency risk management meeting, not another letter.",
        [CF],
    ),
    _s("Professional curiosity was called for about who else was staying at the flat.", [CF]),
    _s("There was room for a section 42 enquiry and it went unused.", [CF]),
    _s("The absence of a strategy discussion at this stage is difficult to justify.", [CF, BL]),
    _s("A home visit was the obvious next step and it did not happen.", [CF, HS]),
    _s("There was no multi-agency meeting, which the circumstances plainly required.", [CF, HS]),
]

# --- Blame, verb forms (failed to, neglected to, ignored, overlooked, missed...)
SENTENCES += [
    _s("The GP failed to act on the district nurse's letter about the pressure sores.", [BL]),
    _s(
        "Children's social care neglected to share the outcome of the assessment with the school.",
        [BL],
    ),
    _s("The ward ignored the daughter's concerns about sending her mother home.", [BL]),
    _s("The health visitor overlooked the mark on Ruby's ear.", [BL], A, RUBY),
    _s("Adult social care simply did not bother to follow up the second concern.", [BL]),
    _s("Police missed the significance of the third call in a fortnight.", [BL]),
    _s("the school sat on the disclosure for a whole weekend", [BL]),
]

# --- Blame, competence/judgement verdicts without modals (adjectives, nouns, idioms)
SENTENCES += [
    _s("The decision to close after one visit was naive.", [BL]),
    _s("This was sloppy recording by the duty team.", [BL]),
    _s("The care agency was complacent about missed calls.", [BL]),
    _s("Frankly, the police response that night was unprofessional.", [BL]),
    _s("The housing officer dropped the ball once the tenancy was handed over.", [BL]),
    _s("The practice was asleep at the wheel for most of 2023.", [BL]),
    _s("Logging the fall as 'no concerns' was a basic error.", [BL]),
    _s(
        "Poor practice by the social worker left Kofi without a plan for almost a year.",
        [BL],
        A,
        KOFI,
    ),
    _s("The IRO took her eye off the ball in the months before the review.", [BL]),
    _s("Staff at the care home turned a blind eye to the bruising.", [BL]),
    _s("Between them the agencies let Maureen down.", [BL], A, ASHBY),
    _s("This was a careless call by an experienced manager.", [BL]),
    _s("The community mental health team's approach to his refusals was cavalier.", [BL]),
    _s("an incompetent piece of work from start to finish", [BL]),
    _s("The ambulance crew showed a worrying lack of professional curiosity.", [BL]),
    _s("This was negligent practice by the out-of-hours GP.", [BL]),
    _s("The supervision Priya received was woefully inadequate.", [BL], A, PRIYA),
    _s("The care coordinator was out of her depth and did not know it.", [BL]),
    _s("Mr Whitcombe's safeguarding knowledge was patchy at best.", [BL], A, WHITCOMBE),
    _s(
        "The district nurses were far too accepting of Mr Holloway's explanations.",
        [BL],
        A,
        HOLLOWAY,
    ),
    _s("Gail Staunton's visit was a box-ticking exercise.", [BL], A, STAUNTON),
    _s("the MASH decision was lazy thinking dressed up as a threshold judgement", [BL]),
]

# --- Blame, sarcasm and irony
SENTENCES += [
    _s("Apparently a fourth missed visit was not thought worth a phone call.", [BL]),
    _s(
        "No doubt the form was filled in beautifully while Maureen sat in a cold house.",
        [BL],
        A,
        ASHBY,
    ),
    _s("So much for professional curiosity.", [BL]),
    _s(
        "Still, at least the case notes were up to date, which must have been a great comfort to Kofi.",
        [BL],
        A,
        KOFI,
    ),
    _s("The agency's idea of managing risk seems to have been to wait and see.", [BL]),
    _s("A masterclass in passing responsibility from one agency to the next.", [BL]),
    _s("Everyone was very busy being reassured by everyone else.", [BL]),
    _s(
        "It is remarkable how many professionals visited the flat without once opening the fridge.",
        [BL],
    ),
    _s("The multi-agency meeting was a triumph of minute-taking over thinking.", [BL]),
]

# --- Blame (sometimes with hindsight/counterfactual), rhetorical questions in analysis
SENTENCES += [
    _s(
        "How many more falls did Mrs Ashby need to have before someone took notice?", [BL], A, ASHBY
    ),
    _s("Did nobody think to ask the neighbour?", [BL]),
    _s("What exactly was the social worker doing for those six weeks?", [BL]),
    _s("Why did no one simply pick up the phone to the GP?", [BL, CF]),
    _s("Surely the officers could see that she was terrified?", [BL, HS]),
    _s("Was anyone actually reading the daily care notes?", [BL]),
    _s("How could an experienced nurse not recognise self-neglect of this severity?", [BL, HS]),
    _s("what more did Kofi have to say before he was believed?", [BL], A, KOFI),
]

# --- Blame, hedged verdicts ('it is hard to avoid the conclusion', 'arguably', 'one wonders')
SENTENCES += [
    _s("It is hard to avoid the conclusion that the social worker was complacent.", [BL]),
    _s("Arguably the GP's response to the letter was lax.", [BL]),
    _s("One cannot help feeling that practice was somewhat careless here.", [BL]),
    _s("It is perhaps fair to say the ward was not as diligent as it might have been.", [BL, CF]),
    _s(
        "The panel is not wholly convinced that the district nurse took the concern as seriously as she ought to have.",
        [BL, CF],
    ),
    _s("It may be that the duty manager was simply not up to the job.", [BL]),
    _s("With respect, the IRO's oversight appears to have been rather thin.", [BL]),
    _s("It would be unfair to single anyone out, but the team had become complacent.", [BL]),
    _s("One wonders whether the GP read the discharge summary at all.", [BL]),
    _s(
        "It is difficult to see the decision to close as anything other than an error of judgement.",
        [BL],
    ),
    _s(
        "The review is left with the uncomfortable impression that nobody really cared about Mr Holloway.",
        [BL],
        A,
        HOLLOWAY,
    ),
]

# --- Hindsight, 'obvious' in many forms
SENTENCES += [
    _s("It was obvious that Mr Holloway could no longer manage at home.", [HS], A, HOLLOWAY),
    _s("The signs of financial abuse were there for anyone to see.", [HS]),
    _s("Clearly the risk to Bernadette was escalating throughout the summer.", [HS], A, BERNADETTE),
    _s("It should have been apparent to the ward that the daughter was not coping.", [HS]),
    _s("There can be no doubt that the injury was non-accidental.", [HS]),
    _s("It was plain to everyone that the care package was failing.", [HS]),
    _s(
        "With the benefit of hindsight it is clear that the second fall was the point at which everything changed.",
        [HS],
    ),
    _s("The warning signs were glaring.", [HS]),
    _s("the risk was staring everyone in the face", [HS]),
    _s("Maureen's decline was unmistakable from the very first visit.", [HS], A, ASHBY),
    _s("Self-evidently, a man sleeping in his car in January was at risk.", [HS]),
    _s("It is beyond question that Kofi lacked the capacity to manage his tenancy.", [HS], A, KOFI),
    _s("In retrospect the answer is obvious, and it was obvious at the time too.", [HS]),
    _s(
        "The coercive control in this relationship was there in black and white in the police log.",
        [HS],
    ),
    _s(
        "No reasonable reader of the file could have missed what was happening to Leon.",
        [HS],
        A,
        LEON,
    ),
]

# --- Hindsight, outcome bias (later harm offered as proof the decision was wrong)
SENTENCES += [
    _s(
        "Mr Holloway's death in the fire shows that the risk assessment was wrong.",
        [HS],
        A,
        HOLLOWAY,
    ),
    _s(
        "Ruby's later injuries demonstrate that stepping the case down to early help was unsafe.",
        [HS],
        A,
        RUBY,
    ),
    _s("As the outcome proves, the capacity assessment was inadequate.", [HS]),
    _s(
        "Given what happened to Bernadette, the MARAC's decision to downgrade the risk was clearly wrong.",
        [HS],
        A,
        BERNADETTE,
    ),
    _s(
        "The fact that Maureen died within a fortnight of discharge tells us the discharge was premature.",
        [HS],
        A,
        ASHBY,
    ),
    _s("Kofi's later exploitation is proof that closing the case was a mistake.", [HS], A, KOFI),
    _s("That the baby was harmed at all shows the safety plan did not work.", [HS]),
    _s("Events proved the duty social worker's optimism misplaced.", [HS]),
    _s("Since he went on to reoffend, the probation risk level was evidently set too low.", [HS]),
    _s(
        "The serious injury to Leon is itself evidence that the threshold decision was wrong.",
        [HS],
        A,
        LEON,
    ),
    _s(
        "In light of the death, the decision not to hold a strategy meeting cannot be defended.",
        [HS],
    ),
    _s("the outcome speaks for itself: the support offered was nowhere near enough", [HS]),
    _s(
        "What followed confirms that the police should have arrested him on the first night.",
        [HS, CF],
    ),
    _s("Judged by where it ended, the decision to respect his refusal was the wrong one.", [HS]),
]

# --- Reflexive fixes, statements aimed at groups of staff or agencies (findings)
SENTENCES += [
    _s("All GPs should complete refresher safeguarding adults training.", [RF], F),
    _s("Practitioners must be reminded of the escalation procedure.", [RF], F),
    _s("A new self-neglect checklist should be introduced for district nurses.", [RF], F),
    _s("The board should audit compliance with the hospital discharge protocol.", [RF], F),
    _s("Police officers need further training on coercive control.", [RF], F),
    _s("Staff must follow the multi-agency safeguarding adults procedures at all times.", [RF], F),
    _s(
        "Housing officers should be required to complete a vulnerability form at every tenancy sign-up.",
        [RF],
        F,
    ),
    _s("Mandatory Mental Capacity Act training for all care agency staff.", [RF], F),
    _s("health visitors to be retrained in recognising bruising in non-mobile babies", [RF], F),
    _s("A single-agency audit of case recording standards is recommended.", [RF], F),
    _s(
        "There should be a policy that no adult safeguarding case is closed without a home visit.",
        [RF],
        F,
    ),
    _s(
        "The learning from this case shows that practitioners need more training in professional curiosity.",
        [RF],
        F,
    ),
    _s(
        "A new protocol for information sharing between A&E and GPs should be written and signed off by all partners.",
        [RF],
        F,
    ),
]

# --- Reflexive fixes as questions to the board, and 'assurance that all staff...'
SENTENCES += [
    _s("Should all duty social workers be retrained on the threshold document?", [RF], F),
    _s(
        "Will the board ensure that every GP practice attends level 3 safeguarding adults training?",
        [RF],
        F,
    ),
    _s("Can the partnership confirm that all ward staff have read the discharge policy?", [RF], F),
    _s("How will the board make sure staff follow the self-neglect procedure in future?", [RF], F),
    _s("Is it time for a new risk assessment tool for hoarding cases?", [RF], F),
    _s("Would refresher training for call handlers stop this happening again?", [RF], F),
    _s(
        "Does the partnership require each agency to audit compliance with the referral form?",
        [RF],
        F,
    ),
    _s("Should the MASH introduce a mandatory checklist for repeat referrals?", [RF], F),
    _s(
        "The board should seek assurance that all staff are aware of the escalation policy.",
        [RF],
        F,
    ),
    _s("Assurance that all practitioners understand the MARAC referral criteria.", [RF], F),
    _s(
        "The SAB to receive assurance from each agency that safeguarding training is up to date.",
        [RF],
        F,
    ),
    _s(
        "Assurance is sought that all police officers have completed domestic abuse training.",
        [RF],
        F,
    ),
    _s(
        "Partner agencies to provide evidence that the revised procedure has been cascaded to every team.",
        [RF],
        F,
    ),
    _s("assurance that all care agency staff know how to raise a safeguarding concern", [RF], F),
    _s(
        "What assurance can agencies give that their staff now know the self-neglect pathway?",
        [RF],
        F,
    ),
]

# --- Case-specific findings (finding fields naming or about this case's individuals)
SENTENCES += [
    _s(
        "Kofi's social worker should have a supervision session to reflect on this case.",
        [CS],
        F,
        KOFI,
    ),
    _s(
        "Mrs Ashby's GP practice needs to review how it handles letters from district nurses.",
        [CS],
        F,
        ASHBY,
    ),
    _s(
        "The health visitor in this case needs to be supported to use the chronology tool.", [CS], F
    ),
    _s(
        "Finding 2: Mr Holloway's care coordinator did not hold the overview once he left hospital.",
        [CS],
        F,
        HOLLOWAY,
    ),
    _s("Bernadette's housing officer should attend MARAC in future.", [CS], F, BERNADETTE),
    _s("Sgt Lowther's team needs to review how it grades repeat calls.", [CS], F, LOWTHER),
    _s("Why it matters: Leon's school cannot rely on a single DSL.", [CS], F, LEON),
    _s(
        "Question for the board: how will Kofi's supported living provider change its response to his missing episodes?",
        [CS],
        F,
        KOFI,
    ),
    _s(
        "This finding is about the particular social worker allocated to Ruby and how she managed her caseload.",
        [CS],
        F,
        RUBY,
    ),
    _s(
        "The district nursing team covering the Holloway address should meet adult social care monthly.",
        [CS],
        F,
        HOLLOWAY,
    ),
    _s(
        "The finding is that Tamsin's health visitor and GP did not talk to each other.",
        [CS],
        F,
        TAMSIN,
    ),
    _s("Maureen's family are owed an explanation by the hospital trust.", [CS], F, ASHBY),
    _s(
        "Why it matters: Joanne Ellery was carrying too many families to visit Ruby as planned.",
        [CS],
        F,
        ELLERY + RUBY,
    ),
    _s(
        "The board should ask Dr Okafor's practice to explain why the letter was not actioned.",
        [CS, BL],
        F,
        OKAFOR,
    ),
    _s(
        "Finding statement: the officers who attended Bernadette's flat did not complete the DASH properly.",
        [CS, BL],
        F,
        BERNADETTE,
    ),
    _s(
        "The ward that discharged Maureen must introduce a discharge checklist.", [CS, RF], F, ASHBY
    ),
    _s(
        "The probation officer supervising Mr Carver should receive further domestic abuse training.",
        [CS, RF],
        F,
        SHAUN,
    ),
    _s("Kofi's social worker must attend refresher training on exploitation.", [CS, RF], F, KOFI),
]

# --- Flagged generic findings (blame, hindsight, counterfactual in finding fields)
SENTENCES += [
    _s(
        "Finding 5: Agencies missed repeated opportunities to safeguard adults who self-neglect.",
        [BL, CF],
        F,
    ),
    _s("Why it matters: GPs too often turn a blind eye to carers' own needs.", [BL], F),
    _s(
        "Why it matters: the signs of coercive control are obvious, yet practitioners do not act on them.",
        [HS, BL],
        F,
    ),
    _s(
        "Finding statement: frontline officers are complacent about repeat domestic abuse calls.",
        [BL],
        F,
    ),
    _s("Question for the partnership: why do agencies keep failing to share information?", [BL], F),
    _s("The death in this case proves that the self-neglect pathway does not work.", [HS], F),
    _s("If agencies had shared information, adults like this would be safe.", [CF], F),
]

# --- Mixed: several kinds in one sentence
SENTENCES += [
    _s(
        "Had the GP not been so complacent, Mr Holloway would still be alive.",
        [CF, BL, HS],
        A,
        HOLLOWAY,
    ),
    _s("The duty worker should obviously have visited that day.", [CF, HS]),
    _s("It was plain to see, and the MASH failed to see it.", [HS, BL]),
    _s("A careless mistake that, as we now know, was always going to end badly.", [BL, HS]),
    _s(
        "The answer is more training, because the practitioners did not understand the Mental Capacity Act.",
        [RF, BL],
    ),
    _s(
        "If anyone had bothered to read the file, the history of fire-setting would have been obvious.",
        [CF, BL, HS],
    ),
    _s(
        "The board should remind all agencies that ignoring a carer's concerns is not acceptable.",
        [RF, BL],
        F,
    ),
    _s("any competent practitioner would have recognised this as coercive control", [CF, BL, HS]),
    _s(
        "The decision to close was naive, and the later assault on Bernadette proves it.",
        [BL, HS],
        A,
        BERNADETTE,
    ),
]

# ===================== CLEAN (no kind) =====================

# --- Clean: reported speech, including practitioners' own hindsight and self-criticism
SENTENCES += [
    _s("She told the review she wished she had asked to see Maureen alone.", [], A, ASHBY),
    _s("The GP said, looking back, he would have phoned the district nurses himself.", []),
    _s(
        "Priya told us that with hindsight she could have pushed harder for a strategy meeting, but at the time the family were engaging.",
        [],
        A,
        PRIYA,
    ),
    _s(
        "PC Brennan said the signs seem obvious now, but at three in the morning the flat was calm and Bernadette said she was fine.",
        [],
        A,
        BRENNAN + BERNADETTE,
    ),
    _s(
        "The housing officer described herself as 'still kicking myself' that she did not ask about the son.",
        [],
    ),
    _s("Mr Tait said he felt he had let Kofi down.", [], A, TAIT + KOFI),
    _s(
        "The district nurse told the panel she should have raised a concern sooner, and the review explored why that felt so difficult.",
        [],
    ),
    _s("Bernadette's sister said the police 'never listened'.", [], A, BERNADETTE),
    _s("Maureen's daughter told the review that the ward ignored her phone calls.", [], A, ASHBY),
    _s(
        "In conversation the duty manager reflected that the team had got used to Mr Holloway saying no.",
        [],
        A,
        HOLLOWAY,
    ),
    _s(
        "The IRO said that if she had known about the police call-out she would have brought the review forward.",
        [],
    ),
    _s("Kofi told his advocate he did not want anyone 'poking around' his flat.", [], A, KOFI),
    _s(
        "The care agency manager said missed calls were logged but nobody was asked to look at the pattern.",
        [],
    ),
    _s(
        "Mr Whitcombe said that, knowing what he knows now, he would have rung the MASH that Friday.",
        [],
        A,
        WHITCOMBE,
    ),
    _s(
        "Asked what would have helped, the health visitor said 'a manager who had time to think with me'.",
        [],
    ),
    _s(
        "Several staff used the word 'obvious' when describing the risk in hindsight; the review has been careful not to adopt it.",
        [],
    ),
    _s(
        "the social worker said she assumed someone else was leading, because that is what everyone assumed",
        [],
    ),
    _s(
        "Gail Staunton said she had felt 'out of my depth' with Kofi's cousins at the door and had left to get advice.",
        [],
        A,
        STAUNTON + KOFI,
    ),
    _s(
        "The sergeant told us his team 'dropped the ball' that night, and described a shift with four officers covering the whole district.",
        [],
        A,
    ),
    _s(
        "Dr Okafor was candid that the letter had sat unread in his inbox for eleven days.",
        [],
        A,
        OKAFOR,
    ),
]

# --- Clean: what guidance, law or the plan required (should/must in a description)
SENTENCES += [
    _s(
        "Local guidance says a strategy discussion should be held within one working day of a concern.",
        [],
    ),
    _s(
        "The multi-agency policy requires a concern to be raised where an adult with care and support needs is experiencing, or at risk of, abuse.",
        [],
    ),
    _s(
        "Under section 42 of the Care Act 2014 the local authority must make enquiries, or cause others to do so.",
        [],
    ),
    _s(
        "The protection plan stated that the health visitor would visit fortnightly and see the baby undressed.",
        [],
    ),
    _s(
        "The self-neglect protocol advises practitioners to consider a multi-agency risk management meeting when engagement breaks down.",
        [],
    ),
    _s(
        "The trust's discharge policy at the time said a planning meeting should be offered where a carer is involved.",
        [],
    ),
    _s(
        "The care plan said Mr Holloway should have two calls a day, morning and evening.",
        [],
        A,
        HOLLOWAY,
    ),
    _s(
        "Police guidance in force at the time required a PPN for any domestic incident where a child lived at the address.",
        [],
    ),
    _s(
        "The escalation policy says a disagreement should be taken first to a line manager and then to the designated lead.",
        [],
    ),
    _s(
        "The MARAC operating protocol says cases scoring 14 or more on the DASH must be referred.",
        [],
    ),
    _s(
        "Under the Mental Capacity Act a person must be assumed to have capacity unless it is established that they lack it.",
        [],
    ),
    _s(
        "The safety plan required Mr Carver to have no unsupervised contact with Ruby.",
        [],
        A,
        SHAUN + RUBY,
    ),
    _s("The tenancy agreement obliged Kofi to allow an annual gas safety check.", [], A, KOFI),
]

# --- Clean: actions of the family or the adult (missed, failed to, ignored, neglected)
SENTENCES += [
    _s("The mother missed three appointments in May.", []),
    _s("Dad failed to attend the core group for the second time.", []),
    _s("Mr Holloway refused the district nurses entry on four occasions.", [], A, HOLLOWAY),
    _s(
        "Maureen's son neglected to collect her prescriptions over the Christmas period.",
        [],
        A,
        ASHBY,
    ),
    _s("Kofi ignored letters from the housing association about his rent arrears.", [], A, KOFI),
    _s("Mr Carver failed to complete the perpetrator programme.", [], A, SHAUN),
    _s("Bernadette withdrew her statement the following morning.", [], A, BERNADETTE),
    _s(
        "Mrs Ashby's daughter missed the discharge meeting because nobody had told her the date.",
        [],
        A,
        ASHBY,
    ),
    _s("Mr Holloway was adamant he would not move into residential care.", [], A, HOLLOWAY),
    _s(
        "leon stopped attending after half term and the family moved twice in six weeks",
        [],
        A,
        LEON,
    ),
]

# --- Clean: local rationality (why it made sense at the time)
SENTENCES += [
    _s("With forty referrals waiting, a phone call seemed proportionate.", []),
    _s(
        "From where the duty worker sat, the referral looked like a repeat of three earlier ones that had all been closed safely.",
        [],
    ),
    _s(
        "Priya had been told at handover that the family were engaging well, and what she saw on the visit matched that.",
        [],
        A,
        PRIYA,
    ),
    _s(
        "The district nurse was focused on the leg ulcer, which was what she had been asked to treat.",
        [],
    ),
    _s(
        "For PC Brennan the priority at the scene was to separate the couple and make sure nobody was hurt.",
        [],
        A,
        BRENNAN,
    ),
    _s(
        "Mr Holloway was articulate and firm in his wishes, and the team was mindful of his right to make unwise decisions.",
        [],
        A,
        HOLLOWAY,
    ),
    _s(
        "The GP had no way of knowing about the police call-outs, as they were not shared with the practice.",
        [],
    ),
    _s(
        "Respecting Kofi's wish to live independently felt, to his worker, like the heart of good practice.",
        [],
        A,
        KOFI,
    ),
    _s(
        "The housing officer understood her role as managing the tenancy, not assessing care needs.",
        [],
    ),
    _s(
        "It made sense to the ward to treat the discharge as routine because the referral form recorded no safeguarding concerns.",
        [],
    ),
    _s(
        "Each fall on its own looked explicable; the pattern was only visible on a chronology that nobody had.",
        [],
    ),
    _s(
        "Joanne had known Tamsin with her first baby and found her a capable, loving mother, which shaped what she expected to see.",
        [],
        A,
        ELLERY + TAMSIN,
    ),
    _s(
        "Seen from inside the control room, a third call about noise was an ordinary Friday night.",
        [],
    ),
    _s(
        "The social worker knew that challenging the mother risked losing the only access she had to the children.",
        [],
    ),
    _s("At the time the bruise had a plausible explanation that fitted the account given.", []),
    _s(
        "Because Bernadette had asked for no police involvement, the officer felt that recording the incident and leaving respected her wishes.",
        [],
        A,
        BERNADETTE,
    ),
    _s("Nothing on the GP system showed that Maureen was caring for her husband.", [], A, ASHBY),
    _s(
        "The most obvious explanation at the time was that Mr Holloway was grieving for his wife.",
        [],
        A,
        HOLLOWAY,
    ),
    _s("To a new worker, the absence of any flag on the record read as reassurance.", []),
    _s(
        "Sian had been told by her manager that visits to people who refuse were 'not a good use of time'.",
        [],
        A,
        PROBERT,
    ),
]

# --- Clean: practice described neutrally, including what did not happen, without verdict
SENTENCES += [
    _s(
        "The health visitor did not see the baby undressed on that visit; she recorded that he was asleep in the pram.",
        [],
    ),
    _s("No strategy discussion was held.", []),
    _s("The referral was screened by a duty officer and closed with advice.", []),
    _s(
        "The school recorded the disclosure on CPOMS and the DSL spoke to the mother that afternoon.",
        [],
    ),
    _s("No capacity assessment was recorded for the decision about moving home.", []),
    _s(
        "The police did not submit a PPN after the second incident; the officer's notes record that no child was present.",
        [],
    ),
    _s("The discharge letter went to the GP but not to the district nursing team.", []),
    _s("The child protection conference decided unanimously that a plan was not needed.", []),
    _s(
        "The care coordinator closed the episode when Kofi moved out of area, as the service's criteria required.",
        [],
        A,
        KOFI,
    ),
]

# --- Clean: praise and good practice
SENTENCES += [
    _s("A careful, thorough assessment that drew on every agency's records.", []),
    _s(
        "She went beyond what was expected, calling in on her day off to check the heating had been fixed.",
        [],
    ),
    _s(
        "The school nurse's persistence in following up the missed appointments was good practice.",
        [],
    ),
    _s(
        "Dr Okafor's decision to see Maureen at home was thoughtful and kept her safe that winter.",
        [],
        A,
        OKAFOR + ASHBY,
    ),
    _s(
        "PC Brennan's body-worn video captured Bernadette's account in her own words.",
        [],
        A,
        BRENNAN + BERNADETTE,
    ),
    _s("This was skilled, patient work with a man who had good reason to distrust services.", []),
    _s("The DSL's clear, well-timed referral gave the MASH everything it needed.", []),
    _s("It is to the team's credit that it kept the case open despite pressure to close.", []),
    _s(
        "The district nurse noticed the change in Mr Holloway's mood and rang the GP the same day.",
        [],
        A,
        HOLLOWAY,
    ),
    _s("Sgt Lowther's decision to send a second unit was sound and well judged.", [], A, LOWTHER),
]

# --- Clean: genuine systemic questions for the partnership / SAB (finding)
SENTENCES += [
    _s(
        "How does the partnership know whether referrers get feedback on what happened to their referral?",
        [],
        F,
    ),
    _s(
        "What would help duty staff hold a history in mind when the system shows only the current episode?",
        [],
        F,
    ),
    _s(
        "How can the SAB be confident that self-neglect cases where the person refuses services are reviewed across agencies rather than closed by each one?",
        [],
        F,
    ),
    _s(
        "What gets in the way of GPs receiving police information about domestic abuse in the household?",
        [],
        F,
    ),
    _s(
        "Is the board aware of how often discharge planning happens without the carer present, and what drives this?",
        [],
        F,
    ),
    _s(
        "What would make it easier for a practitioner to disagree with a more senior colleague from another agency?",
        [],
        F,
    ),
    _s(
        "How might the partnership support practitioners to weigh respect for autonomy against concern about risk?",
        [],
        F,
    ),
    _s(
        "Does the current recording system make it harder to revise a first view of a family?",
        [],
        F,
    ),
    _s(
        "What does the partnership know about caseloads in the locality teams and how they affect time for home visits?",
        [],
        F,
    ),
    _s(
        "How are repeated missed calls by home care agencies brought to the attention of commissioners?",
        [],
        F,
    ),
    _s(
        "What would help housing officers know who to contact when they are worried about a tenant's wellbeing?",
        [],
        F,
    ),
    _s(
        "How does the board want agencies to respond when apparent engagement masks continuing risk?",
        [],
        F,
    ),
    _s(
        "Should the partnership explore why practitioners in every agency describe the escalation route as slow and unclear?",
        [],
        F,
    ),
    _s(
        "What helps practitioners hear from the adult directly when a family member always answers for them?",
        [],
        F,
    ),
    _s(
        "What is it about the fifteen-minute call model that makes it hard for care staff to raise concerns?",
        [],
        F,
    ),
    _s(
        "Does the board want to test whether the MARAC's fortnightly cycle leaves high-risk victims waiting too long?",
        [],
        F,
    ),
    _s(
        "how do partners share the load when a person is known to six agencies and open to none?",
        [],
        F,
    ),
    _s(
        "Is the partnership content that the threshold document helps staff name risk in self-neglect cases?",
        [],
        F,
    ),
]

# --- Clean: training that already happened, or what training did/did not cover
SENTENCES += [
    _s("She had completed level 3 safeguarding training in May.", []),
    _s(
        "The GP had been the practice safeguarding lead for six years and had recently completed refresher training.",
        [],
    ),
    _s(
        "Training records show that the care agency staff had all completed safeguarding adults awareness.",
        [],
    ),
    _s(
        "The review heard that the training covered recognising coercive control but not what to do when the victim declines help.",
        [],
    ),
    _s(
        "Staff who had attended the refresher course still described the escalation route as unclear, which suggests the difficulty lies elsewhere.",
        [],
        F,
    ),
]

# --- Clean: 'missed' and 'failed' describing the system, not a person
SENTENCES += [
    _s("The letter was missed because it was filed under information only.", []),
    _s(
        "The alert was missed because the record only shows flags on the front screen, and the referral was opened from a task list.",
        [],
    ),
    _s(
        "Calls to the duty line went to a shared voicemail checked once a day, so late messages were often missed until morning.",
        [],
    ),
    _s(
        "Missed calls were recorded as 'client declined' by default, which hid them from commissioners.",
        [],
    ),
    _s(
        "The referral failed to reach the MASH because the secure email bounced and nobody was notified.",
        [],
    ),
    _s("The boiler had failed in November and the landlord did not repair it until January.", []),
    _s(
        "The system failed to carry the child protection flag across when the family moved authority.",
        [],
    ),
]

# --- Clean: research and wider evidence
SENTENCES += [
    _s(
        "Research on self-neglect suggests practitioners often find it hard to judge when respecting choice becomes neglecting need.",
        [],
    ),
    _s(
        "Published reviews repeatedly describe the 'rule of optimism', in which practitioners look for the most hopeful reading of a family's behaviour.",
        [],
    ),
    _s(
        "Studies of hindsight bias show that once an outcome is known, earlier signs look more obvious than they were.",
        [],
    ),
    _s(
        "Research on disguised compliance suggests it is easier to recognise in retrospect than at the time.",
        [],
    ),
]

# --- Clean: generic findings, why it matters, evidence it is not a one-off (finding)
SENTENCES += [
    _s(
        "Finding 1: When an adult refuses services, each agency tends to close its own involvement, so no one holds the overall risk.",
        [],
        F,
    ),
    _s(
        "Finding 2: Hospital discharge arrangements depend on the carer, but carers are rarely involved in planning.",
        [],
        F,
    ),
    _s(
        "Finding 3: Information about domestic abuse call-outs reaches GPs inconsistently, depending on whether a child lives at the address.",
        [],
        F,
    ),
    _s(
        "Why it matters: older people who care for a partner may themselves be at risk, and may not be seen as anyone's patient.",
        [],
        F,
    ),
    _s(
        "Why it matters: if feedback on referrals is rare, referrers learn not to refer again.",
        [],
        F,
    ),
    _s(
        "Staff across agencies told us that chasing a referral outcome is seen as 'making a nuisance of yourself'.",
        [],
        F,
    ),
    _s(
        "Audit data show that over half of self-neglect concerns last year were closed after a single contact.",
        [],
        F,
    ),
    _s(
        "The pattern is not unique to this case: practitioners in three teams described the same difficulty.",
        [],
        F,
    ),
    _s(
        "Finding 4: The case management system makes changing a risk level feel like extra work rather than part of the job.",
        [],
        F,
    ),
    _s(
        "Why it matters: when a young adult leaves children's services, risks of exploitation can fall between two sets of criteria.",
        [],
        F,
    ),
    _s(
        "Finding 6: Practitioners who are respected by a family find it hard to raise concerns that might damage the relationship.",
        [],
        F,
    ),
]

# --- Clean: critical-sounding descriptions of the system (tools, management, resources)
SENTENCES += [
    _s(
        "The electronic record made it impossible to see earlier referrals without opening each one separately.",
        [],
    ),
    _s(
        "Supervision in the team focused on whether deadlines were met rather than on what the worker was thinking.",
        [],
    ),
    _s(
        "There was no agreed lead professional, and each agency assumed another was holding the overview.",
        [],
    ),
    _s(
        "The form asked whether the adult had capacity but left no space to explain the reasoning.",
        [],
    ),
    _s(
        "The team was carrying eleven vacancies and relied on agency staff who did not know the local network.",
        [],
    ),
    _s(
        "Referral routes between housing and adult social care were unclear to staff in both organisations.",
        [],
    ),
    _s(
        "Commissioning arrangements rewarded the number of calls made, not whether the person was safe.",
        [],
    ),
    _s(
        "The MARAC meets fortnightly, so a case referred on a Thursday could wait thirteen days.",
        [],
    ),
    _s(
        "Information was passed on but not discussed, and each agency took passing it on as having communicated it.",
        [],
    ),
    _s(
        "The mental health trust had just moved from locality to functional teams and the care coordinator role was being redefined.",
        [],
    ),
    _s(
        "The performance dashboard showed timeliness in green while the quality of visits went unmeasured.",
        [],
    ),
]

# --- Clean: the review's own reasoning, outcome stated neutrally, appraisal against what was known
SENTENCES += [
    _s(
        "The review has tried to judge each decision by what was known at the time, not by what happened later.",
        [],
    ),
    _s("Mr Holloway died in a house fire in February 2024.", [], A, HOLLOWAY),
    _s(
        "The decision to close was in line with the threshold guidance as it then stood, though the review asks whether that guidance fits cases like this.",
        [],
    ),
    _s(
        "It is not possible to say whether a different decision would have changed the outcome.", []
    ),
    _s(
        "The GP's response was consistent with what could reasonably be expected given what the practice knew.",
        [],
    ),
    _s("Ruby was admitted to hospital with a fractured arm in October.", [], A, RUBY),
    _s(
        "It would be easy, reading the file now, to see the signs as obvious; the practitioners did not have the file in front of them.",
        [],
    ),
    _s(
        "What seems obvious on a chronology looked very different across a dozen short visits spread over two years.",
        [],
    ),
    _s(
        "The visit did not meet the expectation in the plan that the baby would be seen undressed.",
        [],
    ),
    _s(
        "The panel was careful not to let knowledge of Maureen's death colour its view of the discharge decision.",
        [],
        A,
        ASHBY,
    ),
]
