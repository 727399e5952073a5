"""Labelled sentences for the language coach (dev9): the first held-out set.

Written without sight of the coach's rules. Kept aside and measured once at the end of the
second session (rules and model: precision 0.928, recall 0.876), then used for development and
training in the third, when a new held-out set (coach_heldout2_sentences.py) took its place.
Fictional cases and names only.
Each item: {"text", "kinds", "field", "names"}.
kinds are drawn from: counterfactual, blame, hindsight, reflexive_fix, case_specific.
"""

# Fictional cases the sentences are drawn from (names the coach would be told about).
# C1: CSPR, 11-week-old Kiera Dawson, head injury; mother Shannon, partner Lee Marsh.
C1 = [
    "Kiera Dawson",
    "Kiera",
    "Shannon Dawson",
    "Shannon",
    "Lee Marsh",
    "Lee",
    "Tracey Holt",
    "Tracey",
    "Dr Okafor",
    "Ben Carver",
    "Ben",
    "Priya Nair",
]
# C2: rapid review, Zain Hussain (9), neglect, school DSL and school nurse.
C2 = [
    "Zain Hussain",
    "Zain",
    "Rukhsana Hussain",
    "Mrs Pritchard",
    "Joanne Bell",
    "Callum Reid",
    "Callum",
]
# C3: SAR, Derek Lyle (68), self-neglect, housing and district nursing.
C3 = [
    "Derek Lyle",
    "Derek",
    "Mr Lyle",
    "Gemma Fox",
    "Ms Fox",
    "Aled Morgan",
    "Dr Brennan",
    "Keith Lyle",
    "Keith",
]
# C4: DHR safeguarding strand, Maria Kowalczyk killed by partner Tomasz Wrona.
C4 = [
    "Maria Kowalczyk",
    "Maria",
    "Ms Kowalczyk",
    "Tomasz Wrona",
    "Tomasz",
    "Mr Wrona",
    "Sian Price",
    "Sian",
    "PC Darren Hughes",
    "PC Hughes",
    "Nadia Ahmed",
]
# C5: CSPR, Tyler Blake (14), criminal exploitation, stabbed.
C5 = [
    "Tyler Blake",
    "Tyler",
    "Kerry Blake",
    "Kerry",
    "Marcus Dean",
    "Marcus",
    "Helen Shaw",
    "Dr Fenwick",
]
# C6: rapid review, Ellie-Mae Roberts (3), neglect, nursery and early help.
C6 = [
    "Ellie-Mae Roberts",
    "Ellie-Mae",
    "Jason Roberts",
    "Jason",
    "Amy Clarke",
    "Janine Webb",
    "Janine",
]
# C7: SAR, Connor Reilly (24), learning disability, choking in supported living.
C7 = ["Connor Reilly", "Connor", "Olu Adeyemi", "Olu"]


def S(text, kinds, field, names=()):
    return {"text": text, "kinds": list(kinds), "field": field, "names": list(names)}


CF = "counterfactual"
BL = "blame"
HI = "hindsight"
RF = "reflexive_fix"
CS = "case_specific"
A = "analysis"
F = "finding"

SENTENCES = [
    # ------------------------------------------------------------------
    # Counterfactual: should/could/would have, if only, had X..., ought to,
    # it would have been better, missed/lost opportunity (analysis field).
    # ------------------------------------------------------------------
    S("The health visitor should have seen Kiera undressed at the six-week contact.", [CF], A, C1),
    S(
        "Had the midwife passed on the booking history, the HV would have known about Lee's previous conviction.",
        [CF],
        A,
        C1,
    ),
    S("if only someone had spoken to Zain on his own, away from his mum", [CF], A, C2),
    S(
        "A strategy discussion ought to have been convened as soon as the bruise was reported.",
        [CF],
        A,
    ),
    S(
        "It would have been better if the GP had rung the allocated social worker instead of sending a letter.",
        [CF],
        A,
    ),
    S(
        "This was a missed opportunity to understand what daily life was like for Ellie-Mae.",
        [CF],
        A,
        C6,
    ),
    S(
        "Ms Fox could have requested a joint visit with the district nurse in the spring.",
        [CF],
        A,
        C3,
    ),
    S("An opportunity to refer Maria to MARAC after the second call-out was lost.", [CF], A, C4),
    S("The IRO might have challenged the plan at the second review.", [CF], A),
    S(
        "Ideally the attending officers would have submitted a PPN for each of the three children present that night.",
        [CF],
        A,
    ),
    S(
        "A home visit at that point may well have revealed the state of the flat and changed the picture entirely.",
        [CF],
        A,
    ),
    S(
        "Had CAMHS accepted the referral in May, Tyler would of had a worker before the summer holidays.",
        [CF],
        A,
        C5,
    ),
    S(
        "The school nurse needed to have followed up the weight concern herself rather than leaving it with the GP",
        [CF],
        A,
    ),
    S(
        "If anyone had checked the PNC, Tomasz's history with his former partner would have come to light.",
        [CF],
        A,
        C4,
    ),
    S(
        "The initial child protection conference was another missed chance to hear from dad.",
        [CF],
        A,
    ),
    S("A proper handover meeting would have made the step-down to early help far safer.", [CF], A),
    S(
        "more professional curiosity could have uncovered the second adult living in the house",
        [CF],
        A,
    ),
    S(
        "If the duty worker had rung the referrer back, the detail about the mark on the baby's ear would not have been lost.",
        [CF],
        A,
    ),
    S(
        "We think the DSL should've escalated to MASH when Zain came in hungry for the third week running",
        [CF],
        A,
        C2,
    ),
    S(
        "In an ideal world the housing officer would have alerted adult social care to the hoarding in March.",
        [CF],
        A,
    ),
    S("Opportunity missed - no lateral checks with the GP or health visitor.", [CF], A),
    S(
        "The paediatrician should not have accepted a fall from the sofa as the explanation without a skeletal survey.",
        [CF],
        A,
    ),
    S(
        "Was a referral to the Channel panel not warranted at this point? It would surely have been the better course.",
        [CF],
        A,
    ),
    S(
        "Had the two agencies talked rather than emailed, the misunderstanding about who was visiting need never have arisen.",
        [CF],
        A,
    ),
    # Counterfactual in finding text (generic, not case specific).
    S(
        "Why it matters: had agencies pooled what each of them held, the cumulative risk would have been recognised much earlier.",
        [CF],
        F,
    ),
    S(
        "Finding 2: agencies ought to have seen the repeated moves between boroughs as a risk in themselves.",
        [CF],
        F,
    ),
    # ------------------------------------------------------------------
    # Blame, classic verbs: failed to, neglected to, missed, ignored,
    # overlooked, did not bother (practitioners and agencies).
    # ------------------------------------------------------------------
    S("The GP failed to act on the discharge summary from A&E.", [BL], A),
    S(
        "Children's social care neglected to complete the single assessment within timescale.",
        [BL],
        A,
    ),
    S("The school ignored repeated concerns raised by the lunchtime supervisors.", [BL], A),
    S(
        "PC Hughes missed the significance of the children being in the house during the assault.",
        [BL],
        A,
        C4,
    ),
    S("The health visitor overlooked Shannon's low mood at the new birth visit.", [BL], A, C1),
    S("No one bothered to ask Connor what he actually wanted.", [BL], A, C7),
    S("housing didnt bother chasing the repairs report and the flat just got worse", [BL], A),
    S("Probation failed to share information, so the risk was never passed on.", [BL], A),
    S("The MASH missed the link between the two referrals received a week apart.", [BL], A),
    S(
        "Sadly the midwife neglected to ask the routine enquiry question about domestic abuse.",
        [BL],
        A,
    ),
    S("CAMHS ignored the school's request for a consultation", [BL], A),
    S(
        "It is disappointing that the practice failed to code the child protection plan on Zain's record.",
        [BL],
        A,
        C2,
    ),
    S(
        "The failure of the duty team to call Maria back left her with nobody to turn to.",
        [BL],
        A,
        C4,
    ),
    S(
        "The district nurse did not take responsibility for raising the concern with anyone.",
        [BL],
        A,
    ),
    S(
        "The GP practice failed to follow up three was-not-brought appointments, which should have triggered a review.",
        [BL, CF],
        A,
    ),
    S(
        "The health visitor missed a real chance to ask about Lee and should have pressed further.",
        [BL, CF],
        A,
        C1,
    ),
    # ------------------------------------------------------------------
    # Blame, NEW: verdicts on competence or judgement with no modal verb
    # (evaluative adjectives, nouns, idioms), incl. passive and fragments.
    # ------------------------------------------------------------------
    S("The decision to close the case after a single visit was careless.", [BL], A),
    S("Frankly, the assessment was sloppy and superficial.", [BL], A),
    S("The duty social worker was naive to accept Lee's account at face value.", [BL], A, C1),
    S("There was a degree of complacency in the health visiting team by this stage.", [BL], A),
    S("This was a basic error by an experienced practitioner.", [BL], A),
    S("Agencies let Zain down badly.", [BL], A, C2),
    S("The ball was dropped when the case transferred between the two locality teams.", [BL], A),
    S("Police took their eye off the ball once Mr Wrona had been charged.", [BL], A, C4),
    S(
        "The school turned a blind eye to Zain's attendance because his SATs results were good.",
        [BL],
        A,
        C2,
    ),
    S("Poor practice by the HV meant the family went unseen for four months.", [BL], A),
    S("The GP's response to the mother's disclosure was, frankly, unprofessional.", [BL], A),
    S("Mr Lyle was let down by a housing service that was asleep at the wheel.", [BL], A, C3),
    S("Recording by the ambulance crew was slapdash.", [BL], A),
    S("An incompetent piece of risk assessment from start to finish.", [BL], A),
    S("The MARAC response to Maria was woefully inadequate.", [BL], A, C4),
    S("The IRO simply rubber-stamped the plan.", [BL], A),
    S("early help went through the motions with the Roberts family", [BL], A, C6),
    S("a lazy assumption that dad was the protective parent", [BL], A),
    S(
        "Staff at the supported living service showed a cavalier attitude to Connor's choking risk.",
        [BL],
        A,
        C7,
    ),
    S("The handling of Tyler's disclosure to his teacher was negligent.", [BL], A, C5),
    S("Children's services paid lip service to the voice of the child.", [BL], A),
    S("It was a tick-box visit; nobody even looked in the cot.", [BL], A),
    S(
        "The newly qualified worker was out of her depth and the manager did nothing about it.",
        [BL],
        A,
    ),
    S("The YOS worker was far too gullible where Tyler's mum was concerned.", [BL], A, C5),
    S("an inexcusable lapse by the receptionist", [BL], A),
    S("The practice nurse was clearly not up to the job.", [BL], A),
    S("The core assessment was poor.", [BL], A),
    S("Neither agency covered itself in glory here.", [BL], A),
    S("Ben's analysis was weak, muddled and uncritical.", [BL], A, C1),
    S(
        "Finding 1: the quality of social work practice in this case was poor and fell well below the expected standard.",
        [BL, CS],
        F,
        C1,
    ),
    S("Why it matters: complacent, lazy practice puts children at risk.", [BL], F),
    # ------------------------------------------------------------------
    # Hindsight: "obvious" in many forms, knowable-then claims.
    # ------------------------------------------------------------------
    S("It was obvious that Lee posed a risk to the baby.", [HI], A, C1),
    S("The signs were all there from the very first referral.", [HI], A),
    S("Anyone could see that Mr Lyle was no longer coping.", [HI], A, C3),
    S("Clearly Zain was being neglected.", [HI], A, C2),
    S("The risk should have been apparent to the duty team by October.", [HI, CF], A),
    S("With hindsight it is plain the bruise on Kiera's cheek was non-accidental.", [HI], A, C1),
    S(
        "There can be no doubt that Tomasz's controlling behaviour was visible to professionals.",
        [HI],
        A,
        C4,
    ),
    S("It was plain to everyone involved that Kerry could not keep Tyler safe", [HI], A, C5),
    S("The pattern of injuries speaks for itself.", [HI], A),
    S("Looking at the chronology the escalation is unmistakable.", [HI], A),
    S("it was staring them in the face", [HI], A),
    S("Any competent practitioner would have recognised the grooming.", [HI, CF, BL], A),
    S("The warning signs were glaring.", [HI], A),
    S(
        "Surely the hospital knew something was wrong when Kiera came in a second time.",
        [HI],
        A,
        C1,
    ),
    S("The deterioration in Connor's health was self-evident from March onwards.", [HI], A, C7),
    S("Evidently the mother's account did not add up.", [HI], A),
    S(
        "It is clear the neglect had been going on for years and should have been picked up.",
        [HI, CF],
        A,
    ),
    S("The professionals involved must have known.", [HI], A),
    S("It's blindingly obvious reading the files that dad was drinking again", [HI], A),
    S("Finding: warning signs that were obvious to every agency were not acted on.", [HI], F),
    # ------------------------------------------------------------------
    # Hindsight, NEW: outcome bias - the later harm offered as proof that
    # an earlier decision was wrong.
    # ------------------------------------------------------------------
    S(
        "Kiera's injuries in March show that stepping the case down in January was the wrong call.",
        [HI],
        A,
        C1,
    ),
    S("The outcome proves the pre-birth assessment was not good enough.", [HI], A),
    S(
        "Given that Mr Lyle died alone in the flat, the decision to close the referral cannot have been right.",
        [HI],
        A,
        C3,
    ),
    S("Maria's death demonstrates that the medium DASH grading was wrong.", [HI], A, C4),
    S(
        "The fact that Tyler was stabbed six weeks later tells us the safety plan was not robust.",
        [HI],
        A,
        C5,
    ),
    S("In light of what followed, the conference was wrong to end the plan.", [HI], A),
    S(
        "The subsequent harm to Ellie-Mae is evidence enough that early help was the wrong level of intervention.",
        [HI],
        A,
        C6,
    ),
    S("Since Connor choked, the eating and drinking plan was obviously unsafe.", [HI], A, C7),
    S(
        "What happened to Kiera confirms that the health visitor's judgement was flawed.",
        [HI, BL],
        A,
        C1,
    ),
    S(
        "Zain's admission to hospital malnourished is proof that the school's monitoring did not work.",
        [HI],
        A,
        C2,
    ),
    S("The homicide itself is the clearest evidence that risk was underestimated.", [HI], A),
    S("Given the outcome, closing the case after one visit was unjustifiable.", [HI, BL], A),
    S(
        "Because the outcome was so serious, the review considers that the initial response fell short.",
        [HI],
        A,
    ),
    S("If the plan had been sound, Tyler would not have been exploited.", [HI, CF], A, C5),
    S(
        "The baby's skull fracture tells you all you need to know about the assessments that came before it.",
        [HI],
        A,
    ),
    S(
        "Why it matters: the death of a young man in supported living demonstrates that the current commissioning arrangements are unsafe.",
        [HI],
        F,
    ),
    # ------------------------------------------------------------------
    # Reflexive fixes: training, reminders, new forms/checklists/protocols,
    # audits, "follow procedures"; aimed at groups; statements and questions.
    # ------------------------------------------------------------------
    S(
        "All health visitors should receive refresher training on bruising in babies who are not yet mobile.",
        [RF],
        F,
    ),
    S("The partnership should remind GPs of the was-not-brought policy.", [RF], F),
    S(
        "Should every DSL in the borough be sent on the advanced safeguarding course again?",
        [RF],
        F,
    ),
    S(
        "Will the board require every primary school to sign up to the new attendance protocol?",
        [RF],
        F,
    ),
    S(
        "A new checklist for pre-birth referrals should be introduced across maternity services.",
        [RF],
        F,
    ),
    S("Staff must follow the escalation procedure.", [RF], F),
    S(
        "Police officers must be reminded to complete a PPN for every child present at a domestic incident.",
        [RF],
        F,
    ),
    S("Recommendation: a single multi-agency referral form for exploitation concerns.", [RF], F),
    S("- refresher DASH training for all response officers", [RF], F),
    S("The ICB should audit GP compliance with the safeguarding coding guidance.", [RF], F),
    S("Housing officers need more training in recognising self-neglect and hoarding.", [RF], F),
    S(
        "practitioners should be reminded that professional curiosity is everyone's responsibility",
        [RF],
        F,
    ),
    S(
        "Can the board assure itself that all agencies have read and understood the neglect strategy?",
        [RF],
        F,
    ),
    S(
        "A protocol should be drawn up between probation and children's services for sharing release dates.",
        [RF],
        F,
    ),
    S(
        "The review recommends mandatory Level 3 training for all school staff, including support staff.",
        [RF],
        F,
    ),
    S(
        "How will the partnership make sure every midwife completes the routine enquiry form at booking?",
        [RF],
        F,
    ),
    S("Key learning: staff need to be more professionally curious.", [RF], F),
    S("Every ambulance crew should carry a safeguarding prompt card.", [RF], F),
    S(
        "Should the SAB introduce a compulsory e-learning module on hoarding for housing providers?",
        [RF],
        F,
    ),
    S("CAMHS should revise its referral form to add a tick box for exploitation risk.", [RF], F),
    S(
        "Is the board satisfied that all care providers have been retrained following this review?",
        [RF],
        F,
    ),
    S(
        "Health visitors must always see the baby undressed and this should be audited quarterly.",
        [RF],
        F,
    ),
    S(
        "We would ask the partnership to relaunch the escalation policy through a series of roadshows.",
        [RF],
        F,
    ),
    S(
        "The safeguarding adults board should write to all GP practices reminding them of their duties under the Care Act.",
        [RF],
        F,
    ),
    S("agencies to refresh there DA policies and make sure staff know them", [RF], F),
    S(
        "What assurance can the police give that every officer has now completed the coercive control package?",
        [RF],
        F,
    ),
    S(
        "Designated nurses to deliver update sessions on safe sleep to all practice nurses by March.",
        [RF],
        F,
    ),
    S("The obvious remedy here is more training for the duty team.", [RF], A),
    S(
        "The answer, in our view, is a new pathway and a standard form for young people at risk of exploitation.",
        [RF],
        A,
    ),
    S(
        "All GPs should have been trained to recognise sentinel injuries, as the outcome clearly shows.",
        [RF, CF, HI],
        F,
    ),
    # ------------------------------------------------------------------
    # Case-specific findings: finding text naming the case's people or
    # about this case's individuals rather than a pattern.
    # ------------------------------------------------------------------
    S(
        "Kiera's health visitor should see her at home every fortnight until the plan is reviewed.",
        [CS],
        F,
        C1,
    ),
    S(
        "The social worker in this case needs to reflect on how she weighed the parents' account.",
        [CS],
        F,
        C1,
    ),
    S(
        "Finding 3: Mrs Pritchard did not pass Zain's disclosure to the MASH for four days.",
        [CS],
        F,
        C2,
    ),
    S("Why it matters: Derek was left without heating for a whole winter.", [CS], F, C3),
    S(
        "What will the housing association do to make sure Keith Lyle's concerns are responded to?",
        [CS],
        F,
        C3,
    ),
    S("Tyler needs a consistent trusted adult and a CAMHS worker he can relate to.", [CS], F, C5),
    S("The finding is that PC Hughes did not recognise coercive control.", [CS], F, C4),
    S("Dr Okafor should review his approach to frequent attenders with young babies.", [CS], F, C1),
    S("Ellie-Mae's nursery must tell early help whenever she is absent.", [CS], F, C6),
    S("Maria's IDVA should have had a smaller caseload.", [CS, CF], F, C4),
    S(
        "Why it matters: Connor's choking risk was known to his carers but not to the day centre.",
        [CS],
        F,
        C7,
    ),
    S(
        "The DSL at Zain's school should be given supervision by the local authority's education safeguarding team.",
        [CS],
        F,
        C2,
    ),
    S(
        "Finding: the IRO in Tyler's case was not independent enough of the team manager.",
        [CS],
        F,
        C5,
    ),
    S(
        "Questions: how will the GP practice make sure Shannon's next pregnancy is flagged early?",
        [CS],
        F,
        C1,
    ),
    S(
        "Will the partnership ask Ben Carver's team to share what they have learned from Kiera's case?",
        [CS],
        F,
        C1,
    ),
    S(
        "The finding concerns Jason Roberts' drinking, which the nursery never explored.",
        [CS],
        F,
        C6,
    ),
    S(
        "the two health visitors who covered the Dawson family should meet the GP and agree who leads",
        [CS],
        F,
        C1,
    ),
    S("Ms Fox should attend refresher training on self-neglect.", [CS, RF], F, C3),
    S(
        "The health visitor in this case must be reminded of the bruising protocol.",
        [CS, RF],
        F,
        C1,
    ),
    S(
        "Mrs Pritchard failed to refer and should undergo further safeguarding training.",
        [CS, BL, RF],
        F,
        C2,
    ),
    S(
        "Finding: Ms Fox should have referred Mr Lyle to adult social care in March.",
        [CS, CF],
        F,
        C3,
    ),
    S(
        "Finding 5: professionals should have recognised that Lee's absence from every meeting was significant.",
        [CS, CF],
        F,
        C1,
    ),
    # ==================================================================
    # CLEAN sentences (no kind). Most are hard negatives.
    # ==================================================================
    # Clean: reported speech and practitioners' own reflections.
    S(
        "Tracey told the review that, looking back, she wished she had asked Lee to leave the room.",
        [],
        A,
        C1,
    ),
    S(
        "The GP said he would have phoned straight away if he had known the baby was on a child protection plan.",
        [],
        A,
    ),
    S(
        "Mrs Pritchard described feeling that she had let Zain down, though she could not say what else she could have done.",
        [],
        A,
        C2,
    ),
    S(
        "PC Hughes reflected that a second officer might have noticed the children's bedroom door was locked.",
        [],
        A,
        C4,
    ),
    S(
        "In conversation the housing officer said she now thinks she should have gone in with the district nurse.",
        [],
        A,
    ),
    S(
        "Several practitioners told us they felt they had missed something but could not say what.",
        [],
        A,
    ),
    S("The midwife said: 'if I'd had the notes in front of me I'd have asked a lot more.'", [], A),
    S(
        "Kerry told the reviewer she felt professionals blamed her for everything Tyler did.",
        [],
        A,
        C5,
    ),
    S(
        "Keith Lyle believes agencies should have made his brother accept help, and we have recorded his view.",
        [],
        A,
        C3,
    ),
    S(
        "Maria's sister told the panel it was obvious to the family that Tomasz was controlling her.",
        [],
        A,
        C4,
    ),
    S(
        "The team manager acknowledged that, with hindsight, she would have allocated the case sooner.",
        [],
        A,
    ),
    S("Ben said he thought at the time the parents were being open with him.", [], A, C1),
    S(
        "the nursery manager told us she did worry about Ellie-Mae's weight but assumed the HV knew",
        [],
        A,
        C6,
    ),
    S(
        "Dr Brennan explained that he understood Mr Lyle to have capacity to refuse the referral.",
        [],
        A,
        C3,
    ),
    S(
        "Marcus said he was trying to keep Tyler engaged and worried that pushing him would end the relationship.",
        [],
        A,
        C5,
    ),
    S(
        "Olu said the provider's reassurances felt credible because they had never let him down before.",
        [],
        A,
        C7,
    ),
    S(
        "Janine said she felt she was failing the family because she only had time to visit fortnightly.",
        [],
        A,
        C6,
    ),
    # Clean: what guidance, procedure or a plan required at the time.
    S(
        "The bruising protocol in force at the time required any bruise on a baby under six months to be referred to children's social care.",
        [],
        A,
    ),
    S(
        "The child protection plan said the health visitor should visit every four weeks and see Kiera unclothed.",
        [],
        A,
        C1,
    ),
    S(
        "Under the Care Act the local authority must make enquiries where it suspects an adult with care and support needs is experiencing self-neglect.",
        [],
        A,
    ),
    S(
        "Statutory guidance expects children subject to a plan to be seen alone where that is appropriate.",
        [],
        A,
    ),
    S("The school's policy says any concern should be logged on CPOMS the same day.", [], A),
    S(
        "The was-not-brought policy asks practices to contact the health visitor after two missed appointments.",
        [],
        A,
    ),
    S(
        "His licence conditions required Mr Wrona to disclose any new relationship to his probation officer.",
        [],
        A,
        C4,
    ),
    S(
        "Guidance at the time did not say who should hold the overview once a child had been stepped down.",
        [],
        A,
    ),
    S(
        "The safety plan agreed at the core group stated that Tyler should not stay overnight at his uncle's flat.",
        [],
        A,
        C5,
    ),
    S(
        "According to the threshold document, a single unexplained injury in a baby should be referred to the MASH.",
        [],
        A,
    ),
    S(
        "NICE guidance advises practitioners to suspect maltreatment where the explanation for an injury is implausible.",
        [],
        A,
    ),
    S(
        "The pre-birth pathway expected midwives to refer by twenty weeks; Shannon booked at twenty-six.",
        [],
        A,
        C1,
    ),
    # Clean: family members' actions (including "failed", "missed", "ignored").
    S("Shannon missed the first two antenatal appointments and booked late.", [], A, C1),
    S(
        "Lee failed to attend the core group on three occasions, each time giving work as the reason.",
        [],
        A,
        C1,
    ),
    S("Mr Lyle repeatedly refused entry to the district nurse.", [], A, C3),
    S(
        "Tomasz neglected to mention his previous conviction when he registered with the GP.",
        [],
        A,
        C4,
    ),
    S("Kerry didn't bother replying to the YOS texts for most of March.", [], A, C5),
    S("Dad ignored the safe sleeping advice and the baby was found in the adult bed.", [], A),
    S("Zain's mother did not take him to the dentist despite several letters.", [], A, C2),
    S("Jason Roberts missed the nursery's settling-in meeting and didn't rearrange it.", [], A, C6),
    # Clean: local rationality, working conditions, why it made sense.
    S(
        "With fifty-two families on her caseload and a colleague off sick, a telephone contact felt proportionate to the HV.",
        [],
        A,
    ),
    S(
        "From where Ben sat, the parents were engaging, the house was clean and the baby was feeding well.",
        [],
        A,
        C1,
    ),
    S(
        "The duty sergeant had three other high-risk incidents that night and prioritised the one where the suspect was still at the address.",
        [],
        A,
    ),
    S(
        "Because Mr Lyle was articulate and had capacity, staff saw his refusal as a lifestyle choice rather than a risk.",
        [],
        A,
        C3,
    ),
    S(
        "The DSL had never had a MASH referral declined before and trusted the feedback that it did not meet threshold.",
        [],
        A,
    ),
    S(
        "It made sense to the GP to treat the bruise as minor because the mother volunteered the explanation before being asked.",
        [],
        A,
    ),
    S(
        "Sian's priority was keeping Maria talking to her; pushing for a police statement risked losing contact altogether.",
        [],
        A,
        C4,
    ),
    S(
        "The case management system displayed only the current episode, so the earlier referrals about Lee were not on the screen.",
        [],
        A,
        C1,
    ),
    S(
        "Marcus was the only professional Tyler would talk to, which made him wary of sharing anything that might feel like a betrayal.",
        [],
        A,
        C5,
    ),
    S(
        "At the time the paediatric registrar recorded the injury as accidental and nobody questioned that view.",
        [],
        A,
    ),
    S(
        "Care staff had watched Connor eat toast for years without difficulty, so the speech and language advice felt overcautious to them.",
        [],
        A,
        C7,
    ),
    S(
        "she did not think to ask about the partner because the referral was only about housing",
        [],
        A,
    ),
    S(
        "Nursery staff read Ellie-Mae's hunger on Mondays as a weekend routine issue, which was common among their children.",
        [],
        A,
        C6,
    ),
    S(
        "The social worker had been qualified eight months and the team had no senior practitioner in post.",
        [],
        A,
    ),
    S("the HV was worried but thought the GP was leading", [], A),
    S("Both the school and the GP assumed the other would make the referral.", [], A),
    # Clean: "missed" and similar words describing a system, not a person.
    S(
        "The A&E discharge letter never reached the health visitor because it went to a team inbox closed in 2021.",
        [],
        A,
    ),
    S(
        "The referral was missed because it arrived on secure email the day the duty manager went on leave and no cover had been set up.",
        [],
        A,
    ),
    S(
        "Missed appointments were coded against each child separately, so the pattern across the siblings did not show.",
        [],
        A,
    ),
    S(
        "The partnership's audit found that half of the MASH's police notifications were marked 'information only' and not routinely read.",
        [],
        A,
    ),
    S(
        "The nursery had logged the concern, but its log was not part of anything shared with early help.",
        [],
        A,
    ),
    S(
        "Mr Lyle missed his memory clinic appointment, which generated an automatic discharge back to the GP.",
        [],
        A,
        C3,
    ),
    S(
        "The notes were missed off the transfer because the old system did not export free text.",
        [],
        A,
    ),
    S(
        "A missed call from the school was logged at 16:58, two minutes before the duty line closed.",
        [],
        A,
    ),
    S("Mr Lyle's bank flagged that he had missed three rent payments in a row.", [], A, C3),
    # Clean: practice described neutrally (what did or did not happen).
    S("The health visitor did not ask about the partner at the new birth visit.", [], A),
    S("No strategy discussion was held after the second bruise.", [], A),
    S("The GP wrote to children's social care on 4 May; there is no record of a reply.", [], A),
    S("PC Hughes completed the DASH and graded the risk as standard.", [], A, C4),
    S(
        "Between January and June Zain was seen by seven different professionals, none of whom saw him on his own.",
        [],
        A,
        C2,
    ),
    S("The case was closed to children's social care on 12 August after one home visit.", [], A),
    S(
        "The school did not make a referral after the disclosure; the DSL rang the MASH consultation line instead.",
        [],
        A,
    ),
    S(
        "The district nurse recorded that the flat was cold and that Mr Lyle had declined a referral to social care.",
        [],
        A,
        C3,
    ),
    S("No one from adult social care visited Connor in the year before he died.", [], A, C7),
    S(
        "Ben's manager signed off the assessment in a supervision session that focused mainly on timescales.",
        [],
        A,
        C1,
    ),
    S("- GP aware of DA, not shared with HV", [], A),
    S("no agency held a chronology of the family's moves", [], A),
    S(
        "The IRO raised concerns about drift twice, in writing, and was told the plan was being reviewed.",
        [],
        A,
    ),
    S("Everyone we spoke to said the case felt 'stuck' long before anything happened.", [], A),
    # Clean: praise and good practice.
    S(
        "The midwife's booking assessment was thorough, and she recorded Shannon's own words about her childhood.",
        [],
        A,
        C1,
    ),
    S(
        "This was careful, well-reasoned practice: the DSL recorded what she saw, what she thought it meant and what she was unsure about.",
        [],
        A,
    ),
    S(
        "The IDVA went well beyond her role, meeting Maria in the supermarket so that Tomasz would not know.",
        [],
        A,
        C4,
    ),
    S(
        "PC Hughes' body-worn footage captured the state of the children's bedroom, which gave later reviewers a rare first-hand view.",
        [],
        A,
        C4,
    ),
    S(
        "It is a credit to the housing officer that she kept visiting when Mr Lyle shouted at her through the letterbox.",
        [],
        A,
        C3,
    ),
    S("Good practice: the GP flagged the record and wrote to the HV the same day.", [], A),
    S(
        "Marcus's patient relationship-building was the one thing that kept Tyler in contact with services.",
        [],
        A,
        C5,
    ),
    S(
        "a sensitive, skilful piece of direct work with Ellie-Mae using drawings and puppets",
        [],
        A,
        C6,
    ),
    S(
        "The district nurse's clear, detailed recording made this part of the review possible.",
        [],
        A,
    ),
    S(
        "The conference chair was clear that the plan could not end until the parents' relationship had been assessed.",
        [],
        A,
    ),
    S(
        "Callum's early help plan was specific, realistic and written with Zain's mother rather than for her.",
        [],
        A,
        C2,
    ),
    # Clean: training that already happened (described as fact or factor).
    S(
        "Tracey had completed level 3 safeguarding training eight months before the visit.",
        [],
        A,
        C1,
    ),
    S(
        "All officers on the response team had attended the force's domestic abuse course in 2022.",
        [],
        A,
    ),
    S(
        "The DSL did her refresher in September; it covered neglect generally but not children arriving hungry.",
        [],
        A,
    ),
    S(
        "Staff told us the coercive control e-learning was completed in their own time, usually at home in the evening.",
        [],
        A,
    ),
    S(
        "Training records show the support workers completed dysphagia awareness at induction, some six years earlier.",
        [],
        A,
    ),
    # Clean: research and wider context.
    S(
        "National reviews have repeatedly found that men in the household are often invisible to universal services.",
        [],
        A,
    ),
    S(
        "Research on the 'rule of optimism' suggests workers tend to read ambiguous information in the family's favour.",
        [],
        A,
    ),
    S(
        "Studies of self-neglect show that respectful, persistent relationship-based work tends to achieve more than repeated offers of services.",
        [],
        A,
    ),
    S(
        "Confirmation bias is a normal feature of human reasoning, not a sign of poor practice.",
        [],
        A,
    ),
    S(
        "Published reviews show that a medium grading on a risk checklist is often read as reassurance rather than as a snapshot.",
        [],
        A,
    ),
    # Clean: hard cases with trigger words used in a non-flagged sense.
    S(
        "The HV clearly documented her reasons for not referring, including the mother's account and her own observations.",
        [],
        A,
    ),
    S("There were no obvious injuries when the social worker visited on 2 February.", [], A),
    S(
        "The core group agreed that the family should have more support from early help over the summer.",
        [],
        A,
    ),
    S(
        "The social worker's view at the time was that the children could be home by Christmas if the work went well.",
        [],
        A,
    ),
    S(
        "The practice had failed to recruit a safeguarding lead for eighteen months despite advertising twice.",
        [],
        A,
    ),
    S(
        "The review found no evidence that the fracture would have been detectable at the six-week check.",
        [],
        A,
    ),
    S(
        "Reading the file now, it is easy to see a pattern that was much harder to see in real time, one referral at a time.",
        [],
        A,
    ),
    S(
        "We have tried not to let our knowledge of Maria's death colour our view of the decisions made in 2022.",
        [],
        A,
        C4,
    ),
    S(
        "The question is not whether the visit should have happened but what made a phone call the sensible choice that week.",
        [],
        A,
    ),
    S(
        "The panel recognises that what happened could not reasonably have been predicted from what agencies knew at the time.",
        [],
        A,
    ),
    S(
        "It was obvious to Tracey that Shannon was exhausted, so she arranged two extra visits.",
        [],
        A,
        C1,
    ),
    S(
        "Training alone is unlikely to change this, because the staff involved already knew the procedure well.",
        [],
        A,
    ),
    S("The template introduced in 2021 had no space to record who else lived in the home.", [], A),
    S("The procedure was followed to the letter, yet no one had the whole picture.", [], A),
    S(
        "Dr Fenwick's letter said Tyler could have a follow-up appointment if he wanted one.",
        [],
        A,
        C5,
    ),
    S(
        "Why was no referral made after the disclosure? The DSL's answer tells us a lot about how consultation lines are used.",
        [],
        A,
    ),
    S(
        "The review has tried to judge the decision to close by what was known on the day, not by what happened in June.",
        [],
        A,
    ),
    S(
        "Kiera was admitted to hospital on 3 March with a fractured skull and bruising to both arms.",
        [],
        A,
        C1,
    ),
    S(
        "The decision to step down was in line with the threshold guidance in force at the time.",
        [],
        A,
    ),
    S(
        "Clearly worded and brief, the referral gave the MASH everything it asked for, but the form asked nothing about the father.",
        [],
        A,
    ),
    S(
        "Staff described the new checklist as something they filled in back at the office after the visit.",
        [],
        A,
    ),
    S(
        "Lee had a conviction for assault from 2016, held on the PNC but not on any health record.",
        [],
        A,
        C1,
    ),
    # Clean findings: generic pattern statements, why it matters, evidence it is not a one-off.
    S(
        "Finding 1: when a parent presents as cooperative and articulate, multi-agency attention tends to move to the parent's account and away from the baby's daily experience.",
        [],
        F,
    ),
    S(
        "Information sent between agencies by letter is often treated as communicated, even when no one confirms it has been read.",
        [],
        F,
    ),
    S(
        "Across the partnership, step-down from social care to early help routinely happens without a meeting, so no one is sure who holds the overall picture.",
        [],
        F,
    ),
    S(
        "Why it matters: if referrers never hear back, they stop referring, and the system loses one of its main sources of early information.",
        [],
        F,
    ),
    S(
        "Why it matters: adults who decline help risk being seen as making a lifestyle choice, and agencies may step back just as risk is rising.",
        [],
        F,
    ),
    S(
        "Staff in several agencies told us this is usual rather than a one-off, and the 2023 neglect audit found the same pattern.",
        [],
        F,
    ),
    S(
        "Finding 4: risk tools in domestic abuse work give a snapshot, and a medium grading can hide a rising pattern of control.",
        [],
        F,
    ),
    S(
        "The case management system in children's services makes revising a plan feel like an interruption rather than part of the work.",
        [],
        F,
    ),
    S(
        "Why it matters: when the only professional a young person trusts is also expected to report on him, both the relationship and the safety plan are at risk.",
        [],
        F,
    ),
    S(
        "Why it matters: babies cannot tell anyone what is happening to them, so their safety depends on adults joining up small pieces of information.",
        [],
        F,
    ),
    S(
        "Finding 3: practitioners across agencies find it hard to keep a father or male carer in view when he never attends appointments.",
        [],
        F,
    ),
    S(
        "Finding: supervision in most agencies checks that tasks are completed rather than giving time to think about what the information means.",
        [],
        F,
    ),
    S(
        "How we know it is not a one-off: three of the last five rapid reviews in the area described the same gap at the point of release from prison.",
        [],
        F,
    ),
    # Clean findings: genuine systemic questions for the partnership.
    S(
        "What does the board know about how often schools hear back from the MASH, and how quickly?",
        [],
        F,
    ),
    S(
        "What would help GPs notice a pattern of missed appointments when each one is recorded against a different child?",
        [],
        F,
    ),
    S("How can agencies keep the father in view when he is never the person who attends?", [], F),
    S(
        "Is the partnership confident that the step-down process makes clear who holds the overview once social care closes?",
        [],
        F,
    ),
    S(
        "What support exists for practitioners who disagree with a threshold decision but feel unable to escalate?",
        [],
        F,
    ),
    S(
        "How does the current MARAC workload affect the time available to discuss each case properly?",
        [],
        F,
    ),
    S(
        "Does the safeguarding adults board know how often self-neglect concerns are closed because the person declines?",
        [],
        F,
    ),
    S(
        "What makes it hard for health visitors to challenge a social care decision, and what would make it easier?",
        [],
        F,
    ),
    S(
        "How far do the early help assessment forms allow practitioners to record doubt as well as facts?",
        [],
        F,
    ),
    S(
        "Which forums give probation and children's social care a chance to think together about risk before someone is released?",
        [],
        F,
    ),
    S(
        "The partnership may wish to consider how caseload pressure in health visiting shapes the choice between a home visit and a phone call.",
        [],
        F,
    ),
    S(
        "Is the board aware that the system shows only the current episode, and what difference would a full history view make?",
        [],
        F,
    ),
    S(
        "Do agencies share an understanding of what professional curiosity looks like when a family is hostile or frightening?",
        [],
        F,
    ),
    S(
        "What does the partnership know about whether coercive control training changes what officers actually do at the door?",
        [],
        F,
    ),
    S(
        "How can the views of young people at risk of exploitation be heard when they see professionals as a threat?",
        [],
        F,
    ),
    S(
        "What would need to change for the duty team to have the capacity to ring referrers back?",
        [],
        F,
    ),
    S(
        "how do agencies decide who is the lead professional when no one has statutory responsibility",
        [],
        F,
    ),
    S(
        "Does the partnership know why existing procedures on bruising in non-mobile babies are hard to follow in a busy A&E?",
        [],
        F,
    ),
    S(
        "What happens in practice when a checklist and a practitioner's unease point in different directions?",
        [],
        F,
    ),
]
