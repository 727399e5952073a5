"""Labelled sentences for the language coach (heldout2).

Written without sight of the coach's rules. Fictional cases:
CASE1: CSPR, Isla Pemberton, 9-week-old with a bruise then a skull fracture (HV, GP, A&E, MASH, single assessment).
CASE2: SAR, Gordon Pryce, 78, self-neglect and hoarding, died after a fall at home (district nurse, ASC, housing, fire service, GP).
CASE3: DHR, Nadia Karimi, killed by her partner Craig Whitfield (police DASH, IDVA, MARAC, GP, interpreting, probation).
CASE4: CSPR, Jayden Okafor, 15, criminal exploitation and a stabbing (school DSL, exclusion, YOS, CAMHS, missing episodes, NRM).
CASE5: Child Practice Review (Wales), Mason and Lily-Rose Tranter, chronic neglect (school, IAA, EDT, housing, nursery, dental).
CASE6: SAR, Stephen Mallory, 34, learning disability, mate crime and cuckooing (support provider, ASC, LD nurse, bank, PCSO).
GENERAL: unattached sentences in the style of any of the above.
"""


def _s(text, kinds, field="analysis", names=None):
    return {"text": text, "kinds": list(kinds), "field": field, "names": list(names or [])}


A, F = "analysis", "finding"
CF, BL, HS, RF, CS = "counterfactual", "blame", "hindsight", "reflexive_fix", "case_specific"

CASE1 = [
    "Isla Pemberton",
    "Isla",
    "Chloe Pemberton",
    "Chloe",
    "Ms Pemberton",
    "Liam Farrant",
    "Liam",
    "Mr Farrant",
    "Priya Chandran",
    "Priya",
    "Ms Chandran",
    "Owen Maddox",
    "Dr Maddox",
    "Hannah Whitlock",
    "Hannah",
    "Ms Whitlock",
]
CASE2 = [
    "Gordon Pryce",
    "Gordon",
    "Mr Pryce",
    "Joanne Pryce",
    "Joanne",
    "Ms Pryce",
    "Bernadette Quinn",
    "Bernadette",
    "Ms Quinn",
    "Marcus Oyelaran",
    "Marcus",
    "Mr Oyelaran",
    "Siobhan Gale",
    "Siobhan",
    "Ms Gale",
    "Felicity Naylor",
    "Dr Naylor",
]
CASE3 = [
    "Nadia Karimi",
    "Nadia",
    "Ms Karimi",
    "Craig Whitfield",
    "Craig",
    "Mr Whitfield",
    "Laura Penrose",
    "Laura",
    "Ms Penrose",
    "Dean Royle",
    "PC Royle",
    "Anjali Rao",
    "Dr Rao",
]
CASE4 = [
    "Jayden Okafor",
    "Jayden",
    "Abena Okafor",
    "Abena",
    "Mrs Okafor",
    "Tom Beddoes",
    "Tom",
    "Mr Beddoes",
    "Fiona Hartigan",
    "Fiona",
    "Mrs Hartigan",
    "Rhys Ellis",
    "Dr Ellis",
]
CASE5 = [
    "Mason Tranter",
    "Mason",
    "Lily-Rose Tranter",
    "Lily-Rose",
    "Kayleigh Tranter",
    "Kayleigh",
    "Ms Tranter",
    "Darren Moss",
    "Darren",
    "Mr Moss",
    "Gwen Parry",
    "Gwen",
    "Ms Parry",
    "Alun Pritchard",
    "Alun",
    "Mr Pritchard",
    "Bethan Rowlands",
    "Bethan",
    "Ms Rowlands",
]
CASE6 = [
    "Stephen Mallory",
    "Stephen",
    "Mr Mallory",
    "Kerry Ansell",
    "Kerry",
    "Ms Ansell",
    "Ibrahim Sadiq",
    "Ibrahim",
    "Mr Sadiq",
    "Paula Greenhalgh",
    "Paula",
    "Ms Greenhalgh",
    "Lee Stanton",
    "Lee",
    "Mr Stanton",
]

SENTENCES = [
    # ---------------- CASE1: Isla Pemberton (CSPR, infant injury) ----------------
    # analysis, clean
    _s(
        "Dr Maddox recorded the mark on Isla's ear as a 'possible birthmark' after Chloe said the midwife had noticed it on the ward.",
        [],
    ),
    _s(
        "The county bruising protocol for non-mobile babies was published four months after the 6-week check, so it was not guidance in force at the time.",
        [],
    ),
    _s(
        "Priya told us she had 38 families on her new birth list that month and the visit was booked as a 45-minute slot.",
        [],
    ),
    _s(
        "The new birth visit template asks about feeding, sleep and maternal mood but has no clear place to record who else looks after the baby.",
        [],
    ),
    _s(
        "Liam was not at either visit; Priya understood from Chloe that he worked away during the week and had no reason then to doubt it.",
        [],
    ),
    _s(
        "From Hannah's point of view the single assessment had found an attentive mother, a clean flat and a baby gaining weight along her centile.",
        [],
    ),
    _s(
        "The A&E liaison form reached MASH as a 'notification', which placed it in a different queue from referrals.",
        [],
    ),
    _s(
        "Hannah did not ring the GP because the MASH screening record said 'no known concerns from health' and she read that as covering the surgery as well as health visiting.",
        [],
    ),
    _s(
        "the electronic transfer of the maternity record failed when Chloe registered with the new practice, so the GP had no antenatal history on screen",
        [],
    ),
    _s(
        "Priya weighed Isla undressed and looked over her skin, which is good practice and is the reason the mark was recorded at all.",
        [],
    ),
    _s(
        "In conversation Priya said: 'I remember thinking it looked like a strap mark from the car seat, and Mum was so calm and open about it.'",
        [],
    ),
    _s(
        "Isla missed her 8-week immunisations; the child health system logged it but sends no alert to the GP or health visitor.",
        [],
    ),
    _s("The single assessment was completed in 22 working days, inside the local timescale.", []),
    _s(
        "Hannah's supervision that week covered eleven cases in an hour, and she described the closure discussion as 'a sign-off, really'.",
        [],
    ),
    _s(
        "The threshold document in force at the time said practitioners should consider a strategy discussion for any unexplained injury to a non-mobile baby; the fall from the sofa was recorded as an explanation.",
        [],
    ),
    _s(
        "No single agency held the whole picture: the GP knew about the mark, A&E about the fall, and MASH only about the A&E attendance.",
        [],
    ),
    _s(
        "Priya had done her level 3 safeguarding training the month before, and bruising in babies took up one slide of it.",
        [],
    ),
    _s(
        "The account of the fall was the same each time it was given, to the triage nurse, the paediatric registrar and Hannah.",
        [],
    ),
    _s(
        "hv didn't ask about dad - template doesn't prompt it and the visit was booked as a feeding review",
        [],
    ),
    _s(
        "Dr Maddox told us the 6-week check is a 10-minute appointment for mother and baby, and the mother's postnatal review usually takes most of it.",
        [],
    ),
    _s(
        "Hannah said she 'wouldn't have dreamed of' closing a case with an injury unexplained, and to her this one had been explained.",
        [],
    ),
    _s(
        "The paediatric registrar judged the fall consistent with the small graze and recorded his reasoning in full, which has helped this review.",
        [],
    ),
    _s(
        "Chloe's own mother was a registered childminder, and professionals told us her presence at visits felt protective.",
        [],
    ),
    # analysis, flagged
    _s("Priya should have asked who else lived at or visited the flat.", [CF]),
    _s(
        "Dr Maddox failed to recognise that any bruise on a non-mobile baby needs explaining.", [CF]
    ),
    _s("a careless, rushed 6-week check", [BL]),
    _s("The GP's complacency let Isla down.", [BL]),
    _s("Hannah was out of her depth with an injured baby and a plausible mother.", [BL]),
    _s("With hindsight, the mark on Isla's ear was the first sign that she was being hurt.", [HS]),
    _s("The warning signs were all there from the new birth visit onwards.", [HS]),
    _s(
        "The skull fracture at 14 weeks shows the decision to close after the single assessment was wrong.",
        [HS],
    ),
    _s(
        "If only the GP had looked back through the notes, the A&E attendance would have been found.",
        [CF],
    ),
    _s(
        "Had MASH treated the A&E form as a referral, a strategy discussion would have followed and Isla would have been safe.",
        [CF],
    ),
    _s("This was a missed opportunity to find out about Liam.", [CF]),
    _s(
        "It should have been obvious to anyone that a nine-week-old cannot bruise her own ear.",
        [HS, CF],
    ),
    _s("Hannah just took Chloe at her word, which was naive.", [BL]),
    _s("There was no attempt to speak to Liam at any point in the assessment.", [CF]),
    _s("Nobody could be bothered to pick up the phone to the surgery.", [BL]),
    _s("Given what happened to Isla afterwards, closing the case was plainly premature.", [HS]),
    _s("Sloppy recording by the GP is why the mark was never followed up.", [BL]),
    _s("It was only a matter of time before Isla came to serious harm.", [HS]),
    _s("The team manager ought to have challenged the closure in supervision.", [CF]),
    _s("priya neglected to find out who else was caring for the baby", [CF]),
    _s("Health visitors need refresher training on bruising in non-mobile babies.", [RF]),
    _s("All GPs in the locality should be reminded of the bruising protocol.", [RF]),
    _s(
        "Any competent GP would have referred a bruised baby of that age straight to paediatrics.",
        [BL, CF],
    ),
    _s("Obviously the sofa story did not fit.", [HS]),
    _s(
        "Hannah's assessment was a box-ticking exercise with no professional curiosity in it.", [BL]
    ),
    _s(
        "A strategy discussion ought to have been held as soon as the A&E form arrived, and looking back the risk to Isla was plain.",
        [CF, HS],
    ),
    # finding, clean
    _s(
        "Across the partnership, A&E notifications about babies go into a separate MASH queue from referrals, and MASH staff say that queue is usually screened last on busy days.",
        [],
        F,
        CASE1,
    ),
    _s(
        "Why it matters: when a mark, a fall and a missed immunisation are each held by a different agency, nobody is placed to see that together they describe a pattern in a baby who cannot yet roll.",
        [],
        F,
        CASE1,
    ),
    _s(
        "How does the partnership know whether the bruising protocol can be used as intended inside a 10-minute appointment?",
        [],
        F,
        CASE1,
    ),
    _s(
        "What gets in the way of GPs and health visitors speaking to each other about a baby, rather than leaving tasks on separate systems?",
        [],
        F,
        CASE1,
    ),
    _s(
        "The new birth visit template frames the visit around mother and baby and gives no prompt to ask about other adults who care for the child.",
        [],
        F,
        CASE1,
    ),
    _s(
        "MASH screening records say 'no known concerns from health' without saying which health services were checked, and readers reasonably take it to mean all of them.",
        [],
        F,
        CASE1,
    ),
    _s(
        "Supervision in the assessment teams is organised around timescales and sign-off, which leaves little space to test a first view of a family before closure.",
        [],
        F,
        CASE1,
    ),
    _s(
        "Is the board confident that fathers and partners who do not live at the address are routinely identified when babies are assessed?",
        [],
        F,
        CASE1,
    ),
    _s(
        "Practitioners across health and children's social care told us that a clear, consistent account from a calm parent is one of the strongest sources of reassurance they have.",
        [],
        F,
        CASE1,
    ),
    # finding, flagged
    _s(
        "Priya Chandran should have identified Liam as a carer at the new birth visit.",
        [CS, CF],
        F,
        CASE1,
    ),
    _s("Dr Maddox's careless 6-week check left Isla unprotected.", [CS, BL], F, CASE1),
    _s("Isla's case shows how A&E notifications can wait unread in MASH.", [CS], F, CASE1),
    _s(
        "The mother in this case was calm and confident, and professionals took her account at face value.",
        [CS],
        F,
        CASE1,
    ),
    _s(
        "The practice should bring in a mandatory bruising checklist for every baby check.",
        [RF],
        F,
        CASE1,
    ),
    _s(
        "MASH staff must always treat an A&E notification about a baby as a referral.",
        [RF],
        F,
        CASE1,
    ),
    _s("Should all duty social workers be retrained on the bruising protocol?", [RF], F, CASE1),
    _s("Every agency missed the warning signs.", [HS, CF], F, CASE1),
    _s("Hannah Whitlock should be held accountable for closing the case.", [CS, BL], F, CASE1),
    # ---------------- CASE2: Gordon Pryce (SAR, self-neglect) ----------------
    # analysis, clean
    _s(
        "Mr Pryce told every professional who asked that he 'managed fine' and did not want 'strangers in the house', and he was assessed as having capacity to make that decision.",
        [],
    ),
    _s(
        "Bernadette visited twice a week to dress his leg ulcers, so she saw the house more often than anyone, but her visits were booked around the wound rather than the man.",
        [],
    ),
    _s(
        "The district nursing record is structured by clinical task; there is a free-text box but nothing that asks about the home environment.",
        [],
    ),
    _s(
        "Marcus said: 'He was clear he didn't want a package of care, and I respected that. I'd been taught that self-neglect is about choice.'",
        [],
    ),
    _s(
        "The self-neglect training Marcus attended in 2021 emphasised autonomy and the Mental Capacity Act and said little about executive capacity.",
        [],
    ),
    _s(
        "Siobhan logged the hoarding as a tenancy matter because the housing system offers only 'tenancy breach' or 'disrepair' as categories for a home visit.",
        [],
    ),
    _s(
        "The fire service safe and well visit fitted smoke alarms, gave advice on clutter and led to a safeguarding referral, which was good practice.",
        [],
    ),
    _s(
        "The ASC front door screened the fire service referral as 'no care and support needs identified', because Mr Pryce had declined an assessment two months earlier.",
        [],
    ),
    _s(
        "Joanne lived 200 miles away and phoned her father weekly; she said he 'always sounded like himself' on the phone.",
        [],
    ),
    _s(
        "Dr Naylor had not seen Mr Pryce in person for fourteen months; his repeat prescriptions were issued on request, as the practice's process allows.",
        [],
    ),
    _s(
        "The local self-neglect procedure says agencies should convene a multi-agency risk meeting when a person declines support and risk is escalating; practitioners in three agencies were unsure who was allowed to call one.",
        [],
    ),
    _s(
        "Bernadette's caseload doubled over the winter when a neighbouring team lost two posts, and visits were cut to fifteen minutes.",
        [],
    ),
    _s(
        "In her words: 'I could see it was getting worse, but it had been getting worse slowly for two years, and you get used to a house.'",
        [],
    ),
    _s(
        "Marcus closed the case after the capacity assessment because the ASC system requires either a care plan or a closure within 28 days, and there was no care plan to write.",
        [],
    ),
    _s(
        "The capacity assessment was carefully recorded and addressed the specific decision about care at home.",
        [],
    ),
    _s(
        "mr pryce refused the OT visit twice; both refusals are on the OT system, which the DN team can't see",
        [],
    ),
    _s(
        "Siobhan tried three times to arrange a joint visit with ASC, and the emails are on the housing file.",
        [],
    ),
    _s(
        "Bernadette recorded the pressure damage with photographs and measurements, as the tissue viability pathway asks.",
        [],
    ),
    _s("Joanne told us she had assumed 'the nurses would tell someone' if things got bad.", []),
    _s(
        "Professionals were attending to different problems in the same house: the wound, the tenancy and the fire risk.",
        [],
    ),
    _s(
        "The word 'lifestyle' appears eleven times across the agencies' records, which suggests a shared way of thinking about Mr Pryce rather than one person's view.",
        [],
    ),
    # analysis, flagged
    _s("Bernadette should have raised a safeguarding concern months before the admission.", [CF]),
    _s("Marcus failed to consider executive capacity.", [CF]),
    _s("The ASC front door simply washed their hands of Mr Pryce.", [BL]),
    _s("A lackadaisical approach from the district nursing team.", [BL]),
    _s("Looking back, it is clear Mr Pryce's decline was there for all to see.", [HS]),
    _s("His death shows the capacity assessment was wrong.", [HS]),
    _s("Siobhan could have escalated to her manager when ASC did not reply.", [CF]),
    _s("had anyone called a multi-agency risk meeting mr pryce would still be alive", [CF]),
    _s("The GP never bothered to see him in over a year.", [BL]),
    _s("Marcus was gullible, accepting 'I manage fine' from a man living in squalor.", [BL]),
    _s("The state of the house made the risk obvious to anyone who walked through the door.", [HS]),
    _s("The two refusals of the OT visit were a lost opportunity to get a foot in the door.", [CF]),
    _s(
        "It would have been better if the fire service had phoned ASC instead of just sending a form.",
        [CF],
    ),
    _s("A tragedy waiting to happen.", [HS]),
    _s("Nobody thought to contact Joanne.", [CF]),
    _s("District nurses must be retrained in self-neglect and hoarding.", [RF]),
    _s("ASC should audit all self-neglect closures for compliance with the procedure.", [RF]),
    _s(
        "The practice needs a new policy on reviewing housebound patients on repeat prescriptions.",
        [RF],
    ),
    _s(
        "Dr Naylor neglected her duty of care by issuing prescriptions without seeing him, which was frankly negligent.",
        [CF, BL],
    ),
    _s("With hindsight the worsening leg ulcers were a red flag that was ignored.", [HS]),
    _s("marcus should've gone back - poor judgement", [CF, BL]),
    _s("Housing officers ought to be reminded that hoarding is a safeguarding issue.", [RF]),
    # finding, clean
    _s(
        "Across the partnership, self-neglect is commonly recorded as a lifestyle choice once a person is found to have capacity, and that record then tends to close down further enquiry.",
        [],
        F,
        CASE2,
    ),
    _s(
        "Why it matters: a capacity assessment made at one point in time can become a standing reason not to look again while the person's situation slowly changes.",
        [],
        F,
        CASE2,
    ),
    _s(
        "Professionals who visit a home for one task, such as a wound or a tenancy check, see the whole person but have few routes to share what they see that fit their working day.",
        [],
        F,
        CASE2,
    ),
    _s(
        "What would make it easier for a housing officer to get a timely joint visit with adult social care?",
        [],
        F,
        CASE2,
    ),
    _s(
        "The ASC front door screens self-neglect referrals against previous contacts, so an earlier refusal of assessment weighs heavily against a new concern.",
        [],
        F,
        CASE2,
    ),
    _s(
        "How does the board know whether the multi-agency self-neglect procedure is being used, and what do practitioners say makes it hard to call a risk meeting?",
        [],
        F,
        CASE2,
    ),
    _s(
        "Staff in three agencies told us that slow decline is hard to notice when you visit often, and that a fresh pair of eyes is rarely available.",
        [],
        F,
        CASE2,
    ),
    _s(
        "Is there a clear owner for the overview when several agencies are each visiting for a different reason?",
        [],
        F,
        CASE2,
    ),
    _s(
        "Repeat prescribing in primary care allows a housebound patient to go a long time without a face-to-face review, and this is routine rather than unusual.",
        [],
        F,
        CASE2,
    ),
    # finding, flagged
    _s("Mr Pryce was let down by every agency that visited.", [CS, BL], F, CASE2),
    _s(
        "Bernadette Quinn should have raised a concern about the home conditions.",
        [CS, CF],
        F,
        CASE2,
    ),
    _s("Gordon's capacity assessment became the reason the case closed.", [CS], F, CASE2),
    _s("This finding is about the ASC worker's decision to close in March.", [CS], F, CASE2),
    _s("All agencies must complete mandatory hoarding training within six months.", [RF], F, CASE2),
    _s(
        "Would a self-neglect checklist for district nurses prevent another death like this?",
        [RF],
        F,
        CASE2,
    ),
    _s("The outcome proves that the self-neglect procedure was not followed.", [HS], F, CASE2),
    _s("Disciplinary action should be considered for the staff involved.", [RF], F, CASE2),
    # ---------------- CASE3: Nadia Karimi (DHR) ----------------
    # analysis, clean
    _s(
        "PC Royle completed the DASH at the scene and graded it medium risk, because Nadia answered 'no' to several questions with Craig in the next room.",
        [],
    ),
    _s(
        "The DASH was completed in English; the force's telephone interpreting line had a 40-minute wait that night.",
        [],
    ),
    _s(
        "PC Royle told us: 'She kept saying it was a misunderstanding. I wrote down what she said, word for word.'",
        [],
    ),
    _s(
        "Laura contacted Nadia within 24 hours of the MARAC referral, which is within the IDVA service standard.",
        [],
    ),
    _s(
        "The risk was clear to Laura after the second call, and she re-scored the DASH as high and referred to MARAC the same day.",
        [],
    ),
    _s(
        "Dr Rao saw Nadia three times for headaches and low mood; each time Nadia attended with Craig, who did most of the talking.",
        [],
    ),
    _s(
        "The practice's routine enquiry prompt appears only when a patient is booked alone, and the system has no way to record that someone else was in the room.",
        [],
    ),
    _s(
        "Nadia told the receptionist she preferred to come 'with my partner, he explains better'.",
        [],
    ),
    _s(
        "The MARAC had 34 cases on the agenda that morning and Nadia's case was discussed for about six minutes.",
        [],
    ),
    _s(
        "The MARAC action to flag the address was completed by police the same day; the action for housing was recorded as 'noted'.",
        [],
    ),
    _s(
        "Craig had two previous partners who had made reports to another force, and a national database check was not part of the scene checklist at the time.",
        [],
    ),
    _s(
        "Nadia stopped contact with the IDVA service after four weeks, telling Laura things were 'much calmer now'.",
        [],
    ),
    _s(
        "Laura said the service's policy without consent was to close after three attempts at contact, and she made four.",
        [],
    ),
    _s(
        "the call handler graded the friend's 999 call as grade 2 because the caller said no one was injured",
        [],
    ),
    _s(
        "Craig's probation officer had no record of the new relationship, because Craig had not disclosed it and there was no route for police to pass on the call-out.",
        [],
    ),
    _s(
        "The IDVA service was funded for 2.5 posts across a population of 300,000, and Laura held 68 open cases.",
        [],
    ),
    _s(
        "Nadia's immigration status was uncertain, and she told a friend she feared being sent away if she 'caused trouble'.",
        [],
    ),
    _s(
        "At the second incident the officer explained the MARAC process clearly to Nadia through a phone interpreter, and she agreed to IDVA contact.",
        [],
    ),
    _s(
        "Dr Rao asked about Nadia's mood using the PHQ-9, which was good practice, and booked a two-week review.",
        [],
    ),
    _s(
        "From the GP's point of view, a quiet, anxious patient with a supportive-seeming partner present is a very common consultation.",
        [],
    ),
    # analysis, flagged
    _s("PC Royle should have separated Nadia from Craig before asking the DASH questions.", [CF]),
    _s("A slapdash DASH by the attending officer.", [BL]),
    _s("Dr Rao failed to ask Nadia about domestic abuse.", [CF]),
    _s("The warning signs of coercive control were all there in the GP records.", [HS]),
    _s("It was inevitable that Craig's violence would escalate.", [HS]),
    _s("Her murder proves the risk was underestimated at every stage.", [HS]),
    _s("Laura gave up on Nadia far too easily.", [BL]),
    _s("If only someone had checked Craig's history with the other force.", [CF]),
    _s("The MARAC was a talking shop that let Nadia down.", [BL]),
    _s("Housing could not be bothered to act on the MARAC action.", [BL]),
    _s("A six-minute discussion was a lost opportunity to plan for Nadia's safety.", [CF]),
    _s("It should have rung alarm bells that Craig always came to the appointments.", [HS, CF]),
    _s("Plainly, 'much calmer now' was a sign of greater danger, not less.", [HS]),
    _s("The call handler should have graded the call as an emergency.", [CF]),
    _s("The police need refresher training on the DASH.", [RF]),
    _s(
        "GPs should always see patients alone for part of every consultation, and the practice should audit this.",
        [RF],
    ),
    _s("Call handlers must be re-briefed on grading domestic abuse calls.", [RF]),
    _s("Is it time for a mandatory interpreter checklist for all response officers?", [RF]),
    _s("The IDVA closing the case was a serious error of judgement.", [BL]),
    _s("Looking back, the IDVA ought to have kept the case open.", [HS, CF]),
    _s("a shocking lack of curiosity from the GP", [BL]),
    _s(
        "Had the probation officer been told about the call-out, he would have acted and Nadia might be alive today.",
        [CF],
    ),
    # finding, clean
    _s(
        "Risk assessments completed at the scene depend on what a victim can say with the abuser nearby, and officers told us they often cannot separate people safely in small homes.",
        [],
        F,
        CASE3,
    ),
    _s(
        "Across the partnership, the presence of a partner at health appointments is not recorded anywhere another clinician would see it.",
        [],
        F,
        CASE3,
    ),
    _s(
        "Why it matters: a victim who always attends with her partner may never be able to answer routine enquiry, and the record will show no concern.",
        [],
        F,
        CASE3,
    ),
    _s(
        "MARAC agendas have grown by a third in two years without a change in meeting length, so the time per case has shrunk.",
        [],
        F,
        CASE3,
    ),
    _s(
        "What does the partnership know about how often MARAC actions for housing and health are closed as 'noted'?",
        [],
        F,
        CASE3,
    ),
    _s(
        "IDVA services close cases after a set number of contact attempts, and victims often withdraw at the moments of highest risk, as the research on separation describes.",
        [],
        F,
        CASE3,
    ),
    _s(
        "How does the board assure itself that information about a perpetrator's previous relationships reaches the people assessing a new one?",
        [],
        F,
        CASE3,
    ),
    _s(
        "Telephone interpreting waits at night mean that risk questions are often asked in English to people for whom it is a second language.",
        [],
        F,
        CASE3,
    ),
    _s(
        "Is the board confident that victims with insecure immigration status know that asking for help will not be used against them?",
        [],
        F,
        CASE3,
    ),
    # finding, flagged
    _s("Nadia Karimi's GP should have asked about abuse.", [CS, CF], F, CASE3),
    _s("PC Royle's grading of the first incident was careless.", [CS, BL], F, CASE3),
    _s("The police should re-train all response officers in the DASH.", [RF], F, CASE3),
    _s("This finding concerns the IDVA's decision to close Nadia's case.", [CS], F, CASE3),
    _s(
        "A new flowchart for MARAC housing actions should be issued to all housing providers.",
        [RF],
        F,
        CASE3,
    ),
    _s("The homicide shows that the MARAC risk plan was inadequate.", [HS], F, CASE3),
    _s("Craig Whitfield attended every GP appointment with Nadia.", [CS], F, CASE3),
    # ---------------- CASE4: Jayden Okafor (CSPR, exploitation) ----------------
    # analysis, clean
    _s(
        "Jayden was reported missing five times in eight weeks; each time he came home within 24 hours, and each time a return home interview was offered.",
        [],
    ),
    _s(
        "He declined three of the five return home interviews, which the commissioned service records as 'declined', with no further follow-up required by its contract.",
        [],
    ),
    _s(
        "Mrs Hartigan referred to MASH on the day Jayden came to school with £400 in cash and a second phone, and her referral was detailed and well evidenced.",
        [],
    ),
    _s(
        "The permanent exclusion followed the school's behaviour policy, which treats possession of a bladed article as grounds for exclusion whatever the context.",
        [],
    ),
    _s(
        "Tom told us: 'To me he was a lad who'd made some bad choices, because that's what the order was for.'",
        [],
    ),
    _s(
        "AssetPlus asks about offending in detail; exploitation sits in a separate section that Tom said is 'easy to skim when you're writing to a court deadline'.",
        [],
    ),
    _s(
        "Abena worked night shifts as a care assistant and said she felt professionals judged her for not knowing where Jayden was.",
        [],
    ),
    _s(
        "Dr Ellis offered three CAMHS appointments; Jayden attended one, and the service's 'was not brought' policy then discharged him to the GP.",
        [],
    ),
    _s("The move to alternative provision took Jayden's timetable from 25 hours a week to 10.", []),
    _s(
        "The NRM referral by police was good practice; the decision took eleven months to come back.",
        [],
    ),
    _s(
        "Jayden was seen by nine professionals from six agencies in four months, and the lead professional field is blank or names a different person in each agency's record.",
        [],
    ),
    _s(
        "The exploitation screening tool produces a score, and the multi-agency panel only discusses children scoring above 12; Jayden scored 11.",
        [],
    ),
    _s(
        "tom didn't know about the missing episodes - YOS isn't on the missing persons distribution list",
        [],
    ),
    _s(
        "Abena asked the school to move Jayden away from a group of older boys, and the request was agreed within a week.",
        [],
    ),
    _s(
        "Professionals described Jayden as 'polite', 'streetwise' and 'making choices', language that is common in the records of exploited children and shapes how risk is seen.",
        [],
    ),
    _s(
        "Police stop-searched Jayden twice in a town 30 miles away, and the intelligence was logged on a police system that children's social care cannot read.",
        [],
    ),
    _s(
        "Mrs Hartigan said: 'Once he's excluded, he's not ours any more. I lose sight of him overnight.'",
        [],
    ),
    _s(
        "The strategy meeting held after the knife incident was well attended and agreed a safety plan within two days.",
        [],
    ),
    _s(
        "In the records, the word 'choice' appears far more often than the word 'exploitation'.", []
    ),
    _s(
        "Tom's caseload rose from 11 to 17 during the period because of a colleague's long-term sickness.",
        [],
    ),
    # analysis, flagged
    _s(
        "The school should never have excluded a child who was so obviously being exploited.",
        [CF, HS],
    ),
    _s("Tom failed to spot the signs of criminal exploitation.", [CF]),
    _s(
        "The YOS worker saw Jayden as an offender because it was easier, which is lazy thinking.",
        [BL],
    ),
    _s("CAMHS discharging him after one appointment was callous.", [BL]),
    _s("Looking back, the cash and the second phone were textbook signs of county lines.", [HS]),
    _s("Jayden's stabbing shows the exploitation panel threshold was set wrong.", [HS]),
    _s(
        "If the return home interviews had been followed up, Jayden would have told someone what was happening.",
        [CF],
    ),
    _s("Abena should have known where her son was at night.", [CF, BL]),
    _s("There was no attempt to find out who the older boys were.", [CF]),
    _s("The writing was on the wall from the first missing episode.", [HS]),
    _s("Dr Ellis could have offered a home visit instead of discharging him.", [CF]),
    _s("A catalogue of errors by the YOS team.", [BL]),
    _s("The missing episodes were a missed opportunity to disrupt the exploitation.", [CF]),
    _s("it was clear to anyone paying attention that jayden was being groomed", [HS]),
    _s("Schools must always make an exploitation referral before any permanent exclusion.", [RF]),
    _s("The YOS should add a new exploitation checklist to every assessment.", [RF]),
    _s("Would more training for return home interview workers make a difference?", [RF]),
    _s(
        "Police officers need to be reminded to share stop-search intelligence with children's social care.",
        [RF],
    ),
    _s("The panel's scoring was obviously wrong, as events proved.", [HS]),
    _s("Tom took his eye off the ball.", [BL]),
    _s(
        "Nobody picked up on the fact that Jayden had been found 30 miles away, which is why he was not protected.",
        [CF],
    ),
    # finding, clean
    _s(
        "Across the partnership, children who are criminally exploited are often seen first through an offending or behaviour lens, because the tools and orders that bring professionals to them are framed that way.",
        [],
        F,
        CASE4,
    ),
    _s(
        "Why it matters: when a child's actions are described as choices, the adults exploiting him drop out of view.",
        [],
        F,
        CASE4,
    ),
    _s(
        "Permanent exclusion moves a child to fewer hours of education at the point of highest risk, and the school that knew him best loses its role.",
        [],
        F,
        CASE4,
    ),
    _s(
        "What gets in the way of the YOS and children's social care holding one shared picture of a child who is both at risk and before the court?",
        [],
        F,
        CASE4,
    ),
    _s(
        "Screening tools that produce a score can become a threshold, so that a child one point below the cut-off is not discussed at all.",
        [],
        F,
        CASE4,
    ),
    _s(
        "How does the partnership know what happens after a child declines a return home interview?",
        [],
        F,
        CASE4,
    ),
    _s(
        "CAMHS 'was not brought' policies were designed for younger children whose parents bring them, and fit awkwardly with teenagers who are being kept away.",
        [],
        F,
        CASE4,
    ),
    _s(
        "Intelligence gathered by police about children found out of area is held on systems that children's social care cannot see.",
        [],
        F,
        CASE4,
    ),
    _s(
        "Is the board confident that a lead professional is named for children known to several agencies at once?",
        [],
        F,
        CASE4,
    ),
    _s(
        "Staff told us the training on exploitation was good, and that the difficulty lay in acting on it within assessments and policies written for other purposes.",
        [],
        F,
        CASE4,
    ),
    # finding, flagged
    _s(
        "Jayden Okafor's school should have referred him to the exploitation panel before excluding him.",
        [CS, CF],
        F,
        CASE4,
    ),
    _s("Tom Beddoes did not see Jayden as a victim.", [CS], F, CASE4),
    _s("Mrs Hartigan's referral was excellent.", [CS], F, CASE4),
    _s(
        "In this case, the mother was working nights and could not supervise her son.",
        [CS],
        F,
        CASE4,
    ),
    _s("All schools should adopt a new pre-exclusion safeguarding checklist.", [RF], F, CASE4),
    _s(
        "YOS managers should audit every AssetPlus for compliance with exploitation screening.",
        [RF],
        F,
        CASE4,
    ),
    _s(
        "With hindsight, Jayden was clearly a victim of county lines from the first missing episode.",
        [CS, HS],
        F,
        CASE4,
    ),
    _s("Should CAMHS clinicians be re-briefed on the was-not-brought policy?", [RF], F, CASE4),
    # ---------------- CASE5: Mason and Lily-Rose Tranter (Wales CPR, neglect) ----------------
    # analysis, clean
    _s(
        "Mr Pritchard used the neglect toolkit, scored the family at level 2 and referred to the Information, Advice and Assistance service, which is what the guidance asked for.",
        [],
    ),
    _s(
        "The attendance officer sent eleven letters in the year; Kayleigh later told us she rarely opened post and called herself 'hopeless with letters'.",
        [],
    ),
    _s(
        "To Mr Pritchard, the obvious next step on a Friday evening was to ring EDT, and he did.",
        [],
    ),
    _s(
        "Gwen was the only EDT social worker covering three counties that night and took 27 calls.",
        [],
    ),
    _s(
        "Gwen told us: 'The children were asleep, the heating was on and there was food in the fridge. I had nothing in front of me that said go in.'",
        [],
    ),
    _s(
        "EDT records go into a separate system, and the day team reads them as a PDF attached to the case the following morning.",
        [],
    ),
    _s(
        "Each referral was screened on its own, and the IAA system shows previous contacts only as a list of dates.",
        [],
    ),
    _s(
        "Mason's attendance fell from 91% to 74% over two terms, gradually enough that each term's figure looked only slightly worse than the last.",
        [],
    ),
    _s(
        "Lily-Rose's nursery noted tooth decay and a constant cough, and the nursery manager spoke to Kayleigh directly, which was good practice.",
        [],
    ),
    _s(
        "Bethan visited about rent arrears and recorded 'property cluttered, strong smell'; the housing system has no field that prompts a safeguarding consideration.",
        [],
    ),
    _s(
        "Kayleigh was warm with the children and came to every meeting, which gave professionals real grounds for optimism.",
        [],
    ),
    _s(
        "Darren was not registered with a GP and did not appear on any agency's records as living at the address.",
        [],
    ),
    _s(
        "The family moved twice in eighteen months, and each move handed the health visiting record to a new team.",
        [],
    ),
    _s(
        "Two practitioners said that 'everyone on that estate looks like that', and we heard this as a sign of how far the local baseline for neglect had drifted.",
        [],
    ),
    _s(
        "Mr Pritchard said he did not re-refer after the second IAA decision because 'they'd told us twice it didn't meet threshold and I didn't want to be the boy who cried wolf'.",
        [],
    ),
    _s(
        "The care and support assessment rested on a single visit, on a day when the house had been cleaned for it.",
        [],
    ),
    _s(
        "The school nursing service had been cut from four posts to two across the cluster, and the nurse covering Mason's school held 2,900 children.",
        [],
    ),
    _s("the dental referral went to a community dental service with a 14-month wait", []),
    _s(
        "At the learning event several of the eighteen practitioners said it was the first time they had seen each other's records.",
        [],
    ),
    _s(
        "Gwen's decision to visit that night, rather than leave it to the morning, was a considered use of scarce capacity on a night with 27 calls.",
        [],
    ),
    # analysis, flagged
    _s("Gwen should have woken the children to check on them.", [CF]),
    _s("The IAA service failed to look at the history.", [CF]),
    _s("Mr Pritchard gave up far too easily after two knock-backs.", [BL]),
    _s("The EDT visit was half-hearted at best.", [BL]),
    _s("Anyone could see the children were neglected.", [HS]),
    _s(
        "In hindsight, the tooth decay was a clear indicator of neglect that everyone ignored.",
        [HS],
    ),
    _s("Lily-Rose's admission to hospital shows that the level 2 score was wrong.", [HS]),
    _s("If only the IAA worker had looked at all eleven referrals together.", [CF]),
    _s("The health visitor neglected to hand over the records properly.", [CF]),
    _s("Bethan should have made a safeguarding referral on the day she saw the house.", [CF]),
    _s("Professionals turned a blind eye to the conditions on the estate.", [BL]),
    _s("It was glaringly obvious by the third referral that this was chronic neglect.", [HS]),
    _s("No attempt was made to find out who Darren was.", [CF]),
    _s("The day team did not even read the EDT record, which is unforgivable.", [BL]),
    _s("a lost opportunity to see the children in their home", [CF]),
    _s("All housing officers must complete safeguarding training and be reminded to refer.", [RF]),
    _s("The IAA service should introduce a new chronology form for every re-referral.", [RF]),
    _s("Schools need a refresher on the neglect toolkit.", [RF]),
    _s("Kayleigh was a neglectful, disorganised mother who ran rings round professionals.", [BL]),
    _s("The EDT worker was cavalier and the outcome for Lily-Rose proves it.", [BL, HS]),
    _s("It would have been far better if the school had gone straight to the police.", [CF]),
    # finding, clean
    _s(
        "Across the partnership, neglect referrals are screened one at a time, and the system shows previous contacts as dates rather than content, so the cumulative picture has to be built by hand.",
        [],
        F,
        CASE5,
    ),
    _s(
        "Why it matters: chronic neglect shows itself through accumulation, and a screening process built for single incidents will tend to find each one below threshold.",
        [],
        F,
        CASE5,
    ),
    _s(
        "Practitioners working in areas of high deprivation told us their sense of what is 'normal' shifts over time, and there is no routine space to check it against a wider view.",
        [],
        F,
        CASE5,
    ),
    _s(
        "When a family moves, health visiting records transfer between teams, but the relationship and the practitioner's knowledge of the home do not.",
        [],
        F,
        CASE5,
    ),
    _s(
        "What would help a school that has been told twice that a family does not meet threshold to feel able to raise it again?",
        [],
        F,
        CASE5,
    ),
    _s(
        "EDT records reach day teams as attachments, and day staff told us they are rarely read in full on a busy morning.",
        [],
        F,
        CASE5,
    ),
    _s(
        "How does the board know how many children are waiting over a year for community dental treatment, and what happens to them while they wait?",
        [],
        F,
        CASE5,
    ),
    _s(
        "Is the partnership confident that adults who join a household are identified and checked, whichever agency first learns of them?",
        [],
        F,
        CASE5,
    ),
    _s(
        "Housing officers see inside homes more often than most professionals, but the housing system gives them no simple route to share a worry that falls short of a safeguarding referral.",
        [],
        F,
        CASE5,
    ),
    # finding, flagged
    _s(
        "Mason and Lily-Rose's case shows how neglect referrals are screened one at a time.",
        [CS],
        F,
        CASE5,
    ),
    _s("Gwen Parry should have seen the children awake.", [CS, CF], F, CASE5),
    _s("The family in this review moved twice and changed GP each time.", [CS], F, CASE5),
    _s("Kayleigh Tranter cleaned the house before each planned visit.", [CS], F, CASE5),
    _s(
        "The IAA service should be subject to a compliance audit of its screening decisions.",
        [RF],
        F,
        CASE5,
    ),
    _s("All agencies should use a mandatory neglect checklist at every contact.", [RF], F, CASE5),
    _s("The EDT worker's poor practice is the main finding of this review.", [CS, BL], F, CASE5),
    _s(
        "With hindsight, the neglect was obvious by the third referral, and the IAA should have acted.",
        [HS, CF],
        F,
        CASE5,
    ),
    # ---------------- CASE6: Stephen Mallory (SAR, mate crime) ----------------
    # analysis, clean
    _s(
        "Kerry's hours were commissioned as 'shopping and budgeting, 6 hours a week', and she told us they left no slack for anything that wasn't in the plan.",
        [],
    ),
    _s(
        "Stephen described Lee as his best mate, and Kerry said: 'He was happier than I'd ever seen him. I didn't want to be the one who took that away.'",
        [],
    ),
    _s(
        "The provider's incident form has categories for falls, medication and behaviour, but none for worries about visitors.",
        [],
    ),
    _s(
        "Paula's review was done on paper, because the council's policy at the time allowed annual reviews of stable placements by telephone or on paper.",
        [],
    ),
    _s(
        "Ibrahim noticed Stephen had lost weight and asked about food; Stephen said he had 'lent' his money to friends, and Ibrahim recorded it and told the provider, which was good practice.",
        [],
    ),
    _s(
        "The bank froze Stephen's card twice for unusual withdrawals and each time unfroze it when Stephen confirmed them in branch.",
        [],
    ),
    _s(
        "The capacity assessment about managing money was done in a quiet room with easy-read materials, and it was careful and well recorded.",
        [],
    ),
    _s(
        "Stephen could explain what a loan was in the assessment room, but Paula said she had wondered how he would manage 'with Lee at the door'.",
        [],
    ),
    _s(
        "The provider's safeguarding concern was screened as 'financial - low level' because the sum reported was under the local £500 guide figure.",
        [],
    ),
    _s(
        "The PCSO who called after a neighbour complained about noise recorded 'vulnerable adult, friends visiting, no offences disclosed'.",
        [],
    ),
    _s(
        "Kerry had worked for the provider for seven weeks and her first supervision was not yet due.",
        [],
    ),
    _s(
        "staff turnover at the provider was 48% that year and Stephen had five different support workers in twelve months",
        [],
    ),
    _s(
        "The community learning disability team and ASC use different records systems, and the team's notes are not visible to the ASC front door.",
        [],
    ),
    _s(
        "Stephen's mother had been his informal support until she died the year before, and what she used to do for him was written down nowhere.",
        [],
    ),
    _s(
        "Paula said she had 41 reviews due that quarter, and paper reviews were how the team kept the backlog from growing.",
        [],
    ),
    _s(
        "Asked what he wanted, Stephen said 'to have friends round like normal people', and professionals were right to take that seriously.",
        [],
    ),
    _s(
        "The provider's manager escalated to ASC by email, by phone and at a provider meeting, which was persistent advocacy for Stephen.",
        [],
    ),
    _s(
        "The cuckooing protocol agreed by police and housing covers council tenancies; Stephen's flat was let by a housing association and fell outside it.",
        [],
    ),
    # analysis, flagged
    _s("Kerry should have reported Lee's visits straight away.", [CF]),
    _s("Paula failed to visit Stephen for over a year.", [CF]),
    _s("Kerry was naive and far too trusting.", [BL]),
    _s("The paper review was lazy social work.", [BL]),
    _s("It is obvious now that Lee was exploiting Stephen from the start.", [HS]),
    _s("Stephen's assault proves the capacity assessment was wrong.", [HS]),
    _s("If the bank had kept the card frozen, none of this would have happened.", [CF]),
    _s("The PCSO should have seen through the 'friends visiting' story.", [CF]),
    _s("The ASC front door dropped the ball on the provider's concern.", [BL]),
    _s("A textbook case of mate crime that nobody spotted.", [HS, CF]),
    _s(
        "Ibrahim could have made a safeguarding referral himself instead of leaving it to the provider.",
        [CF],
    ),
    _s("The signs of cuckooing stuck out a mile.", [HS]),
    _s("Support workers must always record every visitor in a log.", [RF]),
    _s(
        "ASC staff should be reminded that paper reviews are not acceptable for vulnerable adults.",
        [RF],
    ),
    _s("A new financial abuse flowchart for providers would solve this.", [RF]),
    _s("Paula let Stephen down badly.", [BL]),
    _s(
        "Had anyone joined the dots between the bank, the police and the provider, Stephen would not have been hurt.",
        [CF],
    ),
    _s("paula's decision-making was poor and she should have gone out", [BL, CF]),
    # finding, clean
    _s(
        "Across the partnership, commissioned support is described by task, and support workers told us that noticing and reporting worries about a person's relationships is not something their hours allow for.",
        [],
        F,
        CASE6,
    ),
    _s(
        "Why it matters: adults with learning disabilities who want friendships are at risk from people who present as friends, and the support around them is not designed to notice.",
        [],
        F,
        CASE6,
    ),
    _s(
        "Financial safeguarding concerns are screened against a money threshold, which measures the sum rather than the pattern or the person's loss of control.",
        [],
        F,
        CASE6,
    ),
    _s(
        "What do practitioners say makes it hard to act on a concern when the adult says the visitor is a friend and he is happy?",
        [],
        F,
        CASE6,
    ),
    _s(
        "Capacity assessments about money are usually done in calm, structured settings, and practitioners rarely have a way to see how decisions are made under pressure at home.",
        [],
        F,
        CASE6,
    ),
    _s(
        "How does the board know how many annual reviews for people in supported living are done on paper, and what is lost when they are?",
        [],
        F,
        CASE6,
    ),
    _s(
        "The cuckooing protocol covers council tenancies only, so people in housing association supported living fall outside it.",
        [],
        F,
        CASE6,
    ),
    _s(
        "Staff turnover in commissioned providers means the person who knows an adult best may have known him only for weeks.",
        [],
        F,
        CASE6,
    ),
    _s(
        "Is the board assured that banks and building societies know who to contact when they are worried about a customer with care and support needs?",
        [],
        F,
        CASE6,
    ),
    # finding, flagged
    _s("Stephen Mallory was let down by his social worker.", [CS, BL], F, CASE6),
    _s("Kerry Ansell's inexperience meant the concerns were not reported.", [CS, BL], F, CASE6),
    _s("Lee Stanton targeted Stephen because he was lonely.", [CS], F, CASE6),
    _s("This finding is about the PCSO's visit in June.", [CS], F, CASE6),
    _s(
        "All providers should complete mandatory refresher training on financial abuse.",
        [RF],
        F,
        CASE6,
    ),
    _s("The council should ban paper reviews through a new policy.", [RF], F, CASE6),
    _s("Stephen's injuries show the financial threshold is set too high.", [CS, HS], F, CASE6),
    # ---------------- GENERAL ----------------
    # clean
    _s(
        "Practitioners told us that the review's own hindsight made it hard to remember how ordinary that week had felt at the time.",
        [],
    ),
    _s(
        "The chronology makes the decline look steep; at the time it arrived as small changes spread over two years.",
        [],
    ),
    _s(
        "The team manager said: 'We should always ring the referrer back, that's what the procedure says, but on a Monday with forty contacts it doesn't happen.'",
        [],
    ),
    _s(
        "How does the partnership know whether the escalation policy is used, and what do practitioners say happens when they use it?",
        [],
        F,
    ),
    _s(
        "What supports practitioners to revisit a first view of a family when new information arrives piecemeal?",
        [],
        F,
    ),
    _s(
        "This is not about one worker: staff in four teams described the same pressure to close within timescale.",
        [],
        F,
    ),
    _s(
        "Her decision made sense given what she could see: a thriving baby, a consistent account and no previous contact.",
        [],
    ),
    _s("The GP's letter to the health visitor was clear and timely.", []),
    _s(
        "The duty worker's failed attempts to reach the family by phone are all recorded, with times.",
        [],
    ),
    _s(
        "The referral portal timed out twice while the DSL was typing, and she completed it the next morning.",
        [],
    ),
    _s(
        "Performance reports to the board count contacts completed within timescale, which rewards speed of closure more than quality of thinking.",
        [],
        F,
    ),
    _s(
        "Why it matters: a plan that nobody feels able to revise becomes a plan nobody is following.",
        [],
        F,
    ),
    _s(
        "The 'should' in the procedure was written for a day team with a manager on hand, not for a lone EDT worker at two in the morning.",
        [],
    ),
    _s(
        "In supervision the case was discussed as a list of completed tasks, which is how the supervision template is laid out.",
        [],
    ),
    _s(
        "He did not ask for a strategy discussion because the threshold document, as he read it, tied them to a specific allegation, and there was none.",
        [],
    ),
    _s(
        "Across the region, three recent reviews describe the same gap between adult and children's services when a parent's mental health deteriorates.",
        [],
        F,
    ),
    _s(
        "What made this episode go well was a manager who gave the worker an hour to read the whole file before visiting.",
        [],
    ),
    _s(
        "The obvious reading of the referral at the time, and the one three agencies shared, was that the family needed help with housing.",
        [],
    ),
    _s(
        "Is the board clear about who holds the overview when a case is open to adult and children's services at once?",
        [],
        F,
    ),
    _s(
        "The appointment letter went to the old address, because the change of address had reached the GP record but not the hospital system.",
        [],
    ),
    _s(
        "Both practitioners said they felt blamed after the incident, before any review had begun, and that this made them guarded in what they wrote.",
        [],
    ),
    _s(
        "Practitioners describe the threshold document as clear on paper and hard to apply to chronic, low-level concern.",
        [],
        F,
    ),
    _s(
        "She was, in her own words, 'worried but not worried enough to override what Mum was telling me'.",
        [],
    ),
    _s(
        "The record says 'no concerns', which in this service is the default text in the field and stays unless the practitioner overwrites it.",
        [],
    ),
    # flagged
    _s("The duty team were asleep at the wheel.", [BL]),
    _s("A simple phone call to the school would have changed everything.", [CF]),
    _s("What was needed was a joint home visit, not another letter.", [CF]),
    _s("It is evident now that every agency was looking at the wrong thing.", [HS]),
    _s("The outcome speaks for itself.", [HS]),
    _s("Why did no one ask the child what life at home was like?", [CF]),
    _s("The supervisor went through the motions.", [BL]),
    _s("All managers should receive refresher training on reflective supervision.", [RF], F),
    _s(
        "Agencies must remind staff that information sharing is everyone's responsibility.", [RF], F
    ),
    _s(
        "A seven-minute briefing on this review should go to all front-line staff so it never happens again.",
        [RF],
        F,
    ),
    _s("Would a compliance audit of escalations have picked this up sooner?", [RF, CF], F),
    _s("The social worker's decision to close, as events proved, was wrong.", [HS]),
    _s("nobody joined up the dots - basic stuff", [CF, BL]),
    _s("The duty manager cut corners to hit the timescale.", [BL]),
    _s("it was a mistake not to hold a strategy meeting", [CF]),
    _s(
        "Given the eventual death, it is hard to see the decision to close as anything but negligent.",
        [HS, BL],
    ),
    _s("The right course would have been to refer to MARAC on the first call.", [CF]),
    _s("Red flags were ignored at every stage.", [HS]),
    _s(
        "The partnership should make it a KPI that every strategy discussion includes health.",
        [RF],
        F,
    ),
    _s("Would a single shared checklist across all agencies stop this happening again?", [RF], F),
    _s("The IDVA service is woefully inadequate.", [BL]),
    _s("There can be no doubt the risk was foreseeable.", [HS]),
]
