"""Labelled sentences for the language coach (dev7).

Written without sight of the coach's rules. Fictional cases:
CASE1 CSPR (Eastbridge): head injury to 9-week-old Ellis Marwood; HV, GP six-week check, MASH screening.
CASE2 SAR (Holmfield): self-neglect and death from sepsis of Harold Fenwick, 81; district nursing, ASC, housing, fire.
CASE3 DHR (Kettlebrook): homicide of Leanne Corrigan by ex-partner Jason Pike; police DASH/PPN, GP, IDVA, MARAC.
CASE4 CSPR (Northborough): criminal exploitation and stabbing of Kai Donnelly (Child K), 15; school DSL, YOS, CAMHS, police.
CASE5 Child Practice Review (Wales): chronic neglect of Ffion and Osian Pritchard; social work, school nurse, EDT, core group.
CASE6 SAR (Ashdown): death from bowel obstruction of Daniel Whitlock, 34, in supported living; provider, ASC review, GP, family.
"""


def _s(text, kinds, field="analysis", names=None):
    return {"text": text, "kinds": list(kinds), "field": field, "names": list(names or [])}


A, F = "analysis", "finding"
CF, BL, HS, RF, CS = "counterfactual", "blame", "hindsight", "reflexive_fix", "case_specific"

CASE1 = [
    "Ellis Marwood",
    "Ellis",
    "Baby Ellis",
    "Kayleigh Marwood",
    "Kayleigh",
    "Ms Marwood",
    "Dean Fairlie",
    "Dean",
    "Mr Fairlie",
    "Bronwen Tate",
    "Bronwen",
    "Ms Tate",
    "Dr Anil Chaudhry",
    "Dr Chaudhry",
    "Anil Chaudhry",
    "Priya Lakhani",
    "Priya",
    "Ms Lakhani",
]
CASE2 = [
    "Harold Fenwick",
    "Harold",
    "Mr Fenwick",
    "Martin Fenwick",
    "Martin",
    "Carol Whitby",
    "Carol",
    "Ms Whitby",
    "Tomasz Nowak",
    "Tomasz",
    "Mr Nowak",
    "Gemma Rudkin",
    "Gemma",
    "Ms Rudkin",
]
CASE3 = [
    "Leanne Corrigan",
    "Leanne",
    "Ms Corrigan",
    "Jason Pike",
    "Jason",
    "Mr Pike",
    "Ruth Okafor",
    "Ruth",
    "Ms Okafor",
    "PC Liam Shawcross",
    "PC Shawcross",
    "Liam Shawcross",
    "Liam",
    "Dr Helen Moorcroft",
    "Dr Moorcroft",
    "Helen Moorcroft",
    "Denise Corrigan",
    "Denise",
    "Mrs Corrigan",
]
CASE4 = [
    "Kai Donnelly",
    "Kai",
    "Child K",
    "Tracey Donnelly",
    "Tracey",
    "Ms Donnelly",
    "Sam Achebe",
    "Sam",
    "Mr Achebe",
    "Fiona Grayling",
    "Fiona",
    "Mrs Grayling",
    "Oliver Brandt",
    "Oliver",
    "Mr Brandt",
]
CASE5 = [
    "Ffion Pritchard",
    "Ffion",
    "Osian Pritchard",
    "Osian",
    "Sian Pritchard",
    "Sian",
    "Ms Pritchard",
    "Gareth Llewellyn",
    "Gareth",
    "Mr Llewellyn",
    "Mair Rowlands",
    "Mair",
    "Ms Rowlands",
    "Dylan Hughes",
    "Dylan",
    "Mr Hughes",
]
CASE6 = [
    "Daniel Whitlock",
    "Daniel",
    "Mr Whitlock",
    "Joanne Whitlock",
    "Joanne",
    "Ms Whitlock",
    "Marcia Quayle",
    "Marcia",
    "Ms Quayle",
    "Niamh Devlin",
    "Niamh",
    "Ms Devlin",
    "Dr Raymond Oyelaran",
    "Dr Oyelaran",
    "Raymond Oyelaran",
    "Brookfield Care",
    "Brookfield",
]

SENTENCES = [
    # ---- CASE1: Ellis Marwood (CSPR, infant head injury) ----
    _s(
        "Bronwen Tate did not weigh Ellis at the new birth visit because the scales were in the car and Kayleigh asked her to come back another day.",
        [],
    ),
    _s(
        "At the six-week check Dr Chaudhry recorded a small bruise on Ellis's upper arm and noted Kayleigh's explanation that an older cousin had grabbed him.",
        [],
    ),
    _s(
        "The practice bruising protocol, issued in 2020, says that any bruise on a non-mobile baby should be referred to children's social care the same day.",
        [],
    ),
    _s(
        "Dr Chaudhry told us he knew the protocol but 'read it as a pinch mark, and the explanation fitted what I was looking at'.",
        [],
    ),
    _s(
        "He was running forty minutes late with a waiting room of unwell children, and the six-week check is booked as one fifteen-minute slot that also covers the mother's postnatal review.",
        [],
    ),
    _s(
        "Nothing in the electronic template prompted him to think of the protocol when he typed 'bruise' into the examination field.",
        [],
    ),
    _s(
        "the A&E referral came into MASH on a Friday at 16:40 and was screened on the Monday morning",
        [],
    ),
    _s(
        "Priya Lakhani screened the referral against the threshold document, which at that time placed a single explained bruise at level 2.",
        [],
    ),
    _s(
        "She said she was holding 38 contacts that day and 'you go with what the form gives you'.",
        [],
    ),
    _s(
        "The MASH screening form has no clear place to record that a baby is not yet mobile, so that fact sat in a free-text box on page three.",
        [],
    ),
    _s(
        "Ms Tate's records are detailed and show that she saw and handled Ellis at every visit, which is good practice and is named as such.",
        [],
    ),
    _s(
        "Kayleigh was warm and chatty with professionals and kept every appointment, and both the health visitor and the GP described her as 'doing really well'.",
        [],
    ),
    _s(
        "Dean was at work during every health visiting contact, and the records say little about who else spent time in the home.",
        [],
    ),
    _s(
        "The new birth template asks about a 'partner' but not about other adults who look after the baby, so Ms Tate wrote 'lives with partner, supportive' and moved on to feeding.",
        [],
    ),
    _s(
        "Her caseload was 410 families against a local guide figure of 250, and she was covering a vacant patch two days a week.",
        [],
    ),
    _s(
        "It made sense to her to put her time into a family she described as 'on fire' rather than a mother who seemed to be coping well.",
        [],
    ),
    _s(
        "The A&E registrar made a prompt referral and telephoned MASH as well as sending the form.",
        [],
    ),
    _s(
        "the strategy discussion went ahead by phone without health because the named nurse's line went to voicemail",
        [],
    ),
    _s(
        "Judged against the procedure in force at the time, holding the strategy discussion by telephone was within what could reasonably be expected.",
        [],
    ),
    _s(
        "Priya explained that she rang the surgery twice and was told the duty doctor would call back after clinic, which did not happen before the contact was closed.",
        [],
    ),
    _s(
        "Reading the record now, it is easy to see the bruise as significant; at the time it was one line among many on a full clinic list.",
        [],
    ),
    _s(
        "This episode is a KPE because it was the last face-to-face contact with health before the injury, not because practice in it was poor.",
        [],
    ),
    _s(
        "Dr Chaudhry should have referred the bruise to social care the same day, as the protocol required.",
        [CF],
    ),
    _s("the GP failed to follow the bruising protocol", [CF]),
    _s("This was a missed opportunity to protect Ellis.", [CF]),
    _s(
        "With hindsight, the bruise at six weeks was the first sign of what was happening at home.",
        [HS],
    ),
    _s("A bruise on a baby who cannot roll over is a red flag, and it was ignored.", [HS]),
    _s(
        "It seems to have been obvious to everyone except the professionals that Dean was a risk to that baby.",
        [HS, BL],
    ),
    _s("The health visitor was naive to accept Kayleigh's account at face value.", [BL]),
    _s("Frankly, the six-week check was a box-ticking exercise.", [BL]),
    _s(
        "Had the HV asked who else lived in the house, Dean's history would have come to light.",
        [CF],
    ),
    _s("Looking back, the warning signs were all there from the new birth visit onwards.", [HS]),
    _s(
        "Given what happened to Ellis eleven days later, the decision to close the contact at MASH was the wrong one.",
        [HS],
    ),
    _s("MASH let this baby down.", [BL]),
    _s("Ms Lakhani did not bother to ring the health visitor before closing the contact.", [BL]),
    _s("The GP ought to have checked the record for the earlier A&E attendance.", [CF]),
    _s("no professional curiosity from the HV re the partner at any visit", [BL]),
    _s(
        "It would have been better if the strategy discussion had waited until health could join it.",
        [CF],
    ),
    _s(
        "After twenty years in general practice Dr Chaudhry had become complacent about bruising in babies.",
        [BL],
    ),
    _s("The bruise ought to have set alarm bells ringing at the surgery.", [CF]),
    _s("If only someone had joined the dots, Ellis would not have been hurt.", [CF]),
    _s("The whole thing was an accident waiting to happen.", [HS]),
    _s(
        "You don't need to be a paediatrician to know that a bruise on a baby who can't roll is a problem.",
        [HS, BL],
    ),
    _s("the screener took mum's word for it and shut the contact, end of", [BL]),
    _s("All GPs need refresher training on the bruising protocol.", [RF]),
    _s(
        "The health visiting service should remind staff that they must always ask about every adult in the household.",
        [RF],
    ),
    _s(
        "MASH should bring in a mandatory checklist for any contact about a baby under six months.",
        [RF],
    ),
    _s(
        "Ms Tate was under a great deal of pressure but still fell well short of what you would expect from a health visitor of her experience.",
        [BL],
    ),
    _s(
        "In fairness to Dr Chaudhry he was tired, but tiredness is no excuse for missing a bruise on a nine-week-old.",
        [BL],
    ),
    _s("As events proved, the explanation given for the bruise was not true.", [HS]),
    _s("The injuries Ellis went on to suffer show that the threshold decision was wrong.", [HS]),
    _s("There was no attempt to speak to Dean at any point.", [CF]),
    _s(
        "the HV went out on the 3rd and baby seemed fine and mum said dad was at work and she didn't think to ask anything more which to be honest is what happens when you've got 400 families but it still wasn't good enough",
        [BL],
    ),
    _s("It was a catalogue of errors by the GP surgery from start to finish.", [BL]),
    _s("Ideally the duty doctor would have rung MASH back before the end of the day.", [CF]),
    _s(
        "Should every GP in the area be made to sit a refresher course on safeguarding infants?",
        [RF],
    ),
    _s(
        "Ms Tate's visits were kind and thorough, and Kayleigh told us the health visitor was 'the only one who asked how I was'.",
        [],
    ),
    _s(
        "Dean's earlier caution for assault was held on a police system that MASH screeners can only see after a contact is progressed to a strategy discussion.",
        [],
    ),
    # findings
    _s(
        "Across the partnership, templates used at routine health contacts ask about a 'partner' but not about other adults who care for a baby, so those adults stay out of view.",
        [],
        F,
        CASE1,
    ),
    _s(
        "Why it matters: an adult who is never asked about cannot be checked, and babies are most at risk from the adults who look after them.",
        [],
        F,
        CASE1,
    ),
    _s(
        "How does the partnership assure itself that a bruise recorded at a GP check reaches someone who can act on it, when the clinician reads it as innocent?",
        [],
        F,
        CASE1,
    ),
    _s(
        "What gets in the way of health colleagues joining strategy discussions at short notice, and what would make it easier?",
        [],
        F,
        CASE1,
    ),
    _s(
        "GPs in three practices told us they know the bruising protocol well, but that the electronic template does not bring it to mind at the point of examination.",
        [],
        F,
        CASE1,
    ),
    _s(
        "MASH screening decisions about non-mobile babies are shaped by a threshold document that treats an explained bruise as a lower level of need.",
        [],
        F,
        CASE1,
    ),
    _s(
        "This is not about one screener on one Monday: the dip sample of forty contacts found the same pattern in eleven of them.",
        [],
        F,
        CASE1,
    ),
    _s("Ellis's GP did not apply the bruising protocol.", [CS], F, CASE1),
    _s(
        "Kayleigh Marwood's account of the bruise was accepted by the GP and by MASH.",
        [CS],
        F,
        CASE1,
    ),
    _s(
        "Bronwen Tate should attend refresher training on household composition.",
        [CS, RF],
        F,
        CASE1,
    ),
    _s("The health visitor should have asked who else was living in the home.", [CF, CS], F, CASE1),
    _s("Dr Chaudhry's decision not to refer was poor practice.", [CS, BL], F, CASE1),
    _s(
        "Should every health visitor be retrained in asking about all the adults in a household?",
        [RF],
        F,
        CASE1,
    ),
    _s(
        "The partnership should issue a new policy requiring a referral for every bruise on a non-mobile baby, with no exceptions.",
        [RF],
        F,
        CASE1,
    ),
    _s(
        "Why it matters: Baby Ellis was left in the care of the man who went on to injure him.",
        [CS],
        F,
        CASE1,
    ),
    _s(
        "The partnership must accept that the warning signs in this family were there for all to see.",
        [HS, CS],
        F,
        CASE1,
    ),
    _s(
        "Question for the partnership: would a compliance audit of GP bruising referrals give assurance that this cannot happen again?",
        [RF],
        F,
        CASE1,
    ),
    _s(
        "The mother's partner was never seen by any professional before the injury.", [CS], F, CASE1
    ),
    # ---- CASE2: Harold Fenwick (SAR, self-neglect) ----
    _s(
        "Carol Whitby visited Harold twice a week to dress a leg ulcer and was, by her own account, the person he trusted most.",
        [],
    ),
    _s(
        "Mr Fenwick consistently declined personal care, telling the nurses, 'I've looked after myself since 1962 and I'm not stopping now.'",
        [],
    ),
    _s(
        "Tomasz Nowak assessed Mr Fenwick's capacity to decide about care at home in May and found that he had it; the assessment is recorded in detail.",
        [],
    ),
    _s(
        "The capacity assessment looked at the decision about carers, not the condition of the house, because that was the question the referral asked.",
        [],
    ),
    _s(
        "Ms Whitby did not raise a safeguarding concern because, as she put it, 'he had capacity, and I thought that was the end of it for us'.",
        [],
    ),
    _s(
        "Her understanding was shared by every district nurse we spoke to: a person with capacity who declines help cannot be the subject of an enquiry.",
        [],
    ),
    _s(
        "The self-neglect protocol says practitioners should consider a multi-agency meeting when a person with capacity is at risk of serious harm, but none of the nurses we met had come across it.",
        [],
    ),
    _s(
        "Gemma Rudkin from housing saw the hoarding during a gas safety visit and emailed ASC the same afternoon, and the email was logged as 'information only'.",
        [],
    ),
    _s(
        "The ASC front door system has three outcome codes, and 'information only' is the one that does not create a task for anyone.",
        [],
    ),
    _s(
        "Martin told us his father 'would have thrown out anyone who tried to clear the place', and that he had stopped raising it because it caused rows.",
        [],
    ),
    _s(
        "Harold missed three appointments at the leg ulcer clinic in the spring, each recorded as DNA and followed by a standard letter.",
        [],
    ),
    _s(
        "The clinic's DNA policy discharges patients after two missed appointments unless the referrer asks otherwise.",
        [],
    ),
    _s(
        "District nursing in the locality was carrying a 30% vacancy rate, and visits were planned as task-based slots of twenty minutes.",
        [],
    ),
    _s(
        "In twenty minutes Ms Whitby could dress the ulcer but had little time left to talk with Harold about the house or how he was managing.",
        [],
    ),
    _s(
        "Mr Nowak closed the case after the review because Mr Fenwick had capacity, had declined services and had a son living nearby.",
        [],
    ),
    _s(
        "His manager signed off the closure in supervision, which at that time concentrated on caseload numbers and overdue reviews.",
        [],
    ),
    _s(
        "The fire service made a home safety visit in July and fitted smoke alarms; their referral to ASC arrived as a PDF that the front door system could not open.",
        [],
    ),
    _s(
        "the attachment failed and the contact was closed with a note saying 'no information received'",
        [],
    ),
    _s(
        "Mr Fenwick's own view, recorded by the fire officer, was that he was 'perfectly comfortable, thank you'.",
        [],
    ),
    _s(
        "Carol took her worries about the ulcer to the tissue viability nurse, who visited within a week and changed the dressing regime.",
        [],
    ),
    _s(
        "It is understandable that Ms Whitby concentrated on the wound, which was the task she had been sent to do and the one her notes were audited on.",
        [],
    ),
    _s(
        "Staff across the three agencies each held one piece of the picture, and none of them had a reason, at the time, to think the others were worried too.",
        [],
    ),
    _s(
        "Mr Fenwick was a private man who had been a lorry driver and then a caretaker, and he took pride in needing nobody.",
        [],
    ),
    _s(
        "The district nurse should have raised a safeguarding concern as soon as she saw the state of the house.",
        [CF],
    ),
    _s("Staff hid behind the Mental Capacity Act.", [BL]),
    _s("It was obvious that Mr Fenwick was not coping and had not been for months.", [HS]),
    _s("ASC closed the case far too early and let Mr Fenwick down badly.", [BL]),
    _s("Housing neglected to follow up their email.", [CF]),
    _s("A lost opportunity to call a multi-agency meeting.", [CF]),
    _s("The social worker's capacity assessment was lazy and superficial.", [BL]),
    _s(
        "With the benefit of hindsight, the capacity assessment ought to have considered his executive functioning.",
        [HS, CF],
    ),
    _s("It was only a matter of time before the ulcer became infected in those conditions.", [HS]),
    _s(
        "Given that Mr Fenwick died of sepsis in September, the decision to close in June was plainly premature.",
        [HS],
    ),
    _s("If the clinic had kept him on, the infection would have been caught in time.", [CF]),
    _s("nobody bothered to read the fire service referral", [BL]),
    _s("Martin seems to have been content to leave his father to it, which says a lot.", [BL]),
    _s("Mr Nowak's manager was asleep at the wheel.", [BL]),
    _s("The red flags of self-neglect were ignored by every agency involved.", [HS]),
    _s(
        "The front door team should have picked up that this was the second referral about him in a month.",
        [CF],
    ),
    _s(
        "Hoarding, a leg ulcer and refusal of care: a textbook case of self-neglect that any practitioner should have recognised.",
        [HS, CF],
    ),
    _s(
        "District nurses need to be reminded that a finding of capacity does not end their safeguarding duty.",
        [RF],
    ),
    _s("All ASC staff to complete MCA refresher training within three months.", [RF]),
    _s(
        "The clinic's DNA policy should be amended so that vulnerable adults are never discharged, with compliance audited every quarter.",
        [RF],
    ),
    _s("The nurse was, to put it kindly, a little out of her depth with a man like Harold.", [BL]),
    _s(
        "Logging a hoarded house as 'information only' was, let's say, an interesting choice.", [BL]
    ),
    _s("the state of that kitchen was plain as day to anyone who walked in", [HS]),
    _s(
        "Frontline staff seem to have decided early that Harold was a lifestyle choice and stopped trying.",
        [BL],
    ),
    _s(
        "Had anyone put the housing email, the fire referral and the DNA letters side by side, his death might have been prevented.",
        [CF],
    ),
    _s(
        "A self-neglect screening form should be added to every district nursing first visit.", [RF]
    ),
    _s(
        "Housing officers should be issued with a hoarding referral flowchart so this doesn't happen again.",
        [RF],
    ),
    # findings
    _s(
        "Across the partnership, practitioners commonly understand a finding of capacity as closing down safeguarding options, rather than as one part of working with self-neglect.",
        [],
        F,
        CASE2,
    ),
    _s(
        "Front door systems that code incoming concerns as 'information only' allow repeated concerns about the same adult to go unconnected.",
        [],
        F,
        CASE2,
    ),
    _s(
        "Why it matters: adults who self-neglect often decline help many times, and the risk lies in the accumulation, which no single contact shows.",
        [],
        F,
        CASE2,
    ),
    _s(
        "How does the Safeguarding Adults Board know whether concerns from housing, fire and health about the same person are being read together?",
        [],
        F,
        CASE2,
    ),
    _s(
        "What would help district nurses, working in twenty-minute slots, to raise a worry that is not about the wound they were sent to dress?",
        [],
        F,
        CASE2,
    ),
    _s(
        "Supervision in adult social care is described by staff as focused on throughput, which leaves little room to think about a case they feel uneasy about closing.",
        [],
        F,
        CASE2,
    ),
    _s(
        "Clinic DNA policies designed for people who choose not to attend work against adults whose non-attendance is itself a sign of risk.",
        [],
        F,
        CASE2,
    ),
    _s(
        "Attachments sent from partner agencies in formats the front door system cannot open are closed without anyone seeing their contents, and the sender is not told.",
        [],
        F,
        CASE2,
    ),
    _s(
        "Harold Fenwick's district nurse did not understand that capacity does not end the duty to safeguard.",
        [CS, BL],
        F,
        CASE2,
    ),
    _s("Mr Nowak should not have closed the case in June.", [CS, CF], F, CASE2),
    _s("Martin Fenwick was not involved in planning his father's care.", [CS], F, CASE2),
    _s(
        "The Board should commission mandatory self-neglect training for all frontline staff.",
        [RF],
        F,
        CASE2,
    ),
    _s("Should the front door team be given a checklist for hoarding referrals?", [RF], F, CASE2),
    _s(
        "Why it matters: Mr Fenwick died in conditions that everyone could see were dangerous.",
        [CS, HS],
        F,
        CASE2,
    ),
    _s("The fire service referral about Harold was never opened.", [CS], F, CASE2),
    _s("The son in this case was never asked what he thought his father needed.", [CS], F, CASE2),
    # ---- CASE3: Leanne Corrigan (DHR) ----
    _s(
        "PC Shawcross attended the first call-out, completed a DASH risk assessment and graded the risk as standard, based on Leanne's answers on the night.",
        [],
    ),
    _s(
        "Leanne answered 'no' to most of the DASH questions with Jason in the next room, which PC Shawcross noted in the free text.",
        [],
    ),
    _s(
        "He told us, 'I asked if she wanted to talk outside and she said she was fine, so I put it down as she gave it.'",
        [],
    ),
    _s(
        "The force's DASH guidance allows officers to raise a grading on professional judgement, but officers told us this is rarely done without a sergeant's agreement, and no sergeant was free that night.",
        [],
    ),
    _s(
        "The PPN went to MASH and on to the GP practice as a standard-risk notification with no action requested.",
        [],
    ),
    _s(
        "Dr Moorcroft saw Leanne two weeks later for low mood and prescribed an antidepressant; the PPN was still in the correspondence queue and had not been coded to her record.",
        [],
    ),
    _s(
        "The practice had 600 unfiled letters that week because the administrator who codes correspondence was on long-term sick leave.",
        [],
    ),
    _s(
        "Ruth Okafor, the IDVA, made contact within 24 hours of the high-risk referral in March, inside the service standard.",
        [],
    ),
    _s(
        "Ms Okafor did the safety planning by phone because Leanne said Jason checked her messages and she could not risk a meeting.",
        [],
    ),
    _s(
        "The MARAC in April had 23 cases on the agenda, which left about eight minutes for each.",
        [],
    ),
    _s(
        "Housing was not represented at that MARAC because the post had been vacant since January.",
        [],
    ),
    _s(
        "Leanne's mother, Denise, told the review that Leanne 'made light of it with everyone, me included'.",
        [],
    ),
    _s("The MARAC action to flag the address was completed by the police within two days.", []),
    _s(
        "Jason had a previous conviction for assaulting an ex-partner in another force area, which did not show on the local system.",
        [],
    ),
    _s(
        "A national database check is not part of the standard DASH process for a standard-risk incident, so one was not run.",
        [],
    ),
    _s("Ruth was carrying 112 cases at the time against a recommended 70.", []),
    _s(
        "IDVA support closed in June under the service's policy of closing after three failed contact attempts.",
        [],
    ),
    _s(
        "Leanne had told Ruth she was 'done with him' and was moving in with her mum, which the IDVA service treats as a protective step.",
        [],
    ),
    _s(
        "Dr Moorcroft's consultation notes are careful and show she asked about sleep, appetite and thoughts of self-harm.",
        [],
    ),
    _s(
        "PC Shawcross's body-worn footage shows a calm, patient officer who gave Leanne his direct number before he left.",
        [],
    ),
    _s(
        "Officers we spoke to said that on a busy night 'standard' is the grading that lets you get to the next call, and nobody is criticised for it.",
        [],
    ),
    _s("PC Shawcross should have graded the incident as medium risk.", [CF]),
    _s("The officer took her answers at face value, which was frankly lazy policing.", [BL]),
    _s("Any experienced officer would have seen straight through Leanne's denials.", [CF, BL]),
    _s("The GP failed to ask about domestic abuse despite having the PPN.", [CF]),
    _s("It was obvious from the very first call-out that Jason was dangerous.", [HS]),
    _s("The homicide shows that the risk was underestimated at every stage.", [HS]),
    _s("MARAC was a talking shop that rubber-stamped actions no one followed up.", [BL]),
    _s("In retrospect, the escalation was there for all to see.", [HS]),
    _s("The IDVA gave up on Leanne far too easily.", [BL]),
    _s("If only housing had been at the MARAC, Leanne would have been rehoused in time.", [CF]),
    _s("There was no attempt to check Jason's history with the other force.", [CF]),
    _s("Ms Okafor ought to have kept the case open for longer.", [CF]),
    _s("it was always going to end this way once she told him she was leaving", [HS]),
    _s("Sadly the GP practice dropped the ball by leaving the PPN unfiled for a month.", [BL]),
    _s("All officers must complete DASH refresher training.", [RF]),
    _s("GP practices should be reminded of their duty to code PPNs within 48 hours.", [RF]),
    _s(
        "Would a mandatory national database check on every DASH stop this from happening again?",
        [RF],
    ),
    _s(
        "Police should bring in a new policy that any DASH completed with the perpetrator present is automatically graded medium.",
        [RF],
    ),
    _s(
        "Separation is a well-known high-risk factor and the practitioners should have known this.",
        [CF, BL],
    ),
    _s(
        "PC Shawcross was inexperienced and should never have been sent to that call on his own.",
        [BL, CF],
    ),
    _s("Leanne was let down by every agency she turned to.", [BL]),
    _s("A missed chance to join up what the GP and the IDVA knew.", [CF]),
    _s("the risk was staring them in the face and they graded it standard", [HS, BL]),
    _s("With a man like Jason Pike, what happened to Leanne was entirely predictable.", [HS]),
    _s("The MARAC chair should have insisted that housing send someone.", [CF]),
    _s("MARAC chairs should be reminded to escalate non-attendance to the strategic board.", [RF]),
    # findings
    _s(
        "Across the force area, DASH assessments completed with the alleged perpetrator nearby tend to record lower risk, and the grading rarely changes once entered.",
        [],
        F,
        CASE3,
    ),
    _s(
        "Why it matters: a standard grading shapes every later response, including whether anyone contacts the victim at all.",
        [],
        F,
        CASE3,
    ),
    _s(
        "Notifications about domestic abuse reach GP practices in the same queue as routine letters, and how fast they are filed depends on administrative staffing.",
        [],
        F,
        CASE3,
    ),
    _s(
        "How does the partnership know whether MARAC meetings have the time and the membership to do more than share information?",
        [],
        F,
        CASE3,
    ),
    _s(
        "What would need to be in place for IDVA services to keep a case open when a victim goes quiet after separation?",
        [],
        F,
        CASE3,
    ),
    _s(
        "Information about a perpetrator's history in another force area is not routinely available to officers grading risk at the scene.",
        [],
        F,
        CASE3,
    ),
    _s(
        "IDVA closure rules built around contact attempts can end support at the point of separation, when risk is often at its highest.",
        [],
        F,
        CASE3,
    ),
    _s(
        "What does the partnership expect a GP to do with a standard-risk PPN, and does the way PPNs arrive make that possible?",
        [],
        F,
        CASE3,
    ),
    _s("Leanne's risk was graded standard when it was in fact high.", [CS, HS], F, CASE3),
    _s("PC Shawcross did not check Jason Pike's criminal history.", [CS], F, CASE3),
    _s(
        "Dr Moorcroft should have asked Leanne about abuse at the April appointment.",
        [CS, CF],
        F,
        CASE3,
    ),
    _s(
        "The Community Safety Partnership should ensure all agencies receive refresher training on separation as a risk factor.",
        [RF],
        F,
        CASE3,
    ),
    _s(
        "The IDVA in this case closed too early and left the victim without support.",
        [CS, BL],
        F,
        CASE3,
    ),
    _s(
        "Should MARAC chairs be retrained to challenge agencies that do not send a representative?",
        [RF],
        F,
        CASE3,
    ),
    _s(
        "Denise Corrigan's concerns about her daughter were not sought by any agency.",
        [CS],
        F,
        CASE3,
    ),
    # ---- CASE4: Kai Donnelly / Child K (CSPR, criminal exploitation) ----
    _s(
        "Kai was reported missing eleven times between September and January, and each time he came home within 48 hours.",
        [],
    ),
    _s(
        "Return home interviews were done by a commissioned service, and their reports went to the missing coordinator rather than to Kai's YOS worker.",
        [],
    ),
    _s(
        "Sam Achebe met Kai weekly under a referral order and described him as 'bright, funny and very good at telling you what you want to hear'.",
        [],
    ),
    _s(
        "Mr Achebe did not make a National Referral Mechanism referral because the YOS's understanding at that time was that the police made them.",
        [],
    ),
    _s(
        "Fiona Grayling, the school DSL, logged thirteen concerns about Kai on the school's system, including new trainers and a second phone.",
        [],
    ),
    _s(
        "The school system sends concerns to the DSL but not to any outside agency, and Mrs Grayling made two referrals to MASH, both stepped down to early help.",
        [],
    ),
    _s(
        "Early help in the area had a waiting list of nine weeks, and Kai was still on it when he was excluded.",
        [],
    ),
    _s(
        "Tracey told us she had rung the police herself three times and 'nobody seemed to think a fifteen-year-old was a child'.",
        [],
    ),
    _s(
        "CAMHS accepted the referral for assessment but closed it after two missed appointments, in line with their access policy.",
        [],
    ),
    _s(
        "Oliver Brandt told us he tried to phone Tracey before closing, but the number on the referral was out of date.",
        [],
    ),
    _s(
        "The permanent exclusion in February left Kai with no daytime structure and cut him off from the one adult at school he talked to.",
        [],
    ),
    _s(
        "Mrs Grayling challenged the exclusion at the governors' meeting and set out her worries about exploitation in writing.",
        [],
    ),
    _s(
        "At the time, exploitation in the area was mostly understood as sexual exploitation, and the contextual safeguarding panel was not set up until the following year.",
        [],
    ),
    _s(
        "Officers who found Kai in Northborough with cannabis and four hundred pounds treated him as a suspect, because the custody system has no other category for a child found in those circumstances.",
        [],
    ),
    _s(
        "Sam said, 'I was his YOS worker, so my job as I understood it was the order, not who he was running with.'",
        [],
    ),
    _s(
        "Kai told his YOS worker the trainers were from his uncle, and there was an uncle in the family who bought him things, which made the account believable.",
        [],
    ),
    _s(
        "The YOS case-management system records compliance with the order in detail and has no field for concerns about who a child is spending time with.",
        [],
    ),
    _s(
        "Mrs Grayling's log is clear, dated and specific, and it was the single most useful record available to this review.",
        [],
    ),
    _s(
        "Tracey had two younger children and a night-shift job, and she said she 'couldn't sit up every night waiting for him'.",
        [],
    ),
    _s("The school should have referred Kai to children's social care much earlier.", [CF]),
    _s(
        "It was obvious from the new trainers and the second phone that Kai was being groomed.",
        [HS],
    ),
    _s("Excluding a child who was being exploited was a disgraceful decision by the head.", [BL]),
    _s("The YOS worker was naive to believe Kai's explanations.", [BL]),
    _s(
        "Kai's stabbing was the inevitable result of professionals sitting on their hands.",
        [HS, BL],
    ),
    _s("no-one joined up the missing episodes, which in hindsight is staggering", [HS, CF]),
    _s(
        "Police treated Kai as a criminal rather than a victim, which was a failure of basic professional judgement.",
        [BL],
    ),
    _s("CAMHS neglected to follow up the missed appointments.", [CF]),
    _s(
        "Had the NRM referral been made in October, Kai would have been recognised as a victim months earlier.",
        [CF],
    ),
    _s("The missing coordinator should have spotted the pattern.", [CF]),
    _s(
        "As the stabbing later showed, stepping Kai down to early help was a serious mistake.", [HS]
    ),
    _s("mum didn't seem that bothered where he was most nights tbh", [BL]),
    _s("Schools must always refer any suspicion of exploitation to MASH on the same day.", [RF]),
    _s("All YOS workers need training on county lines.", [RF]),
    _s(
        "Should the police introduce a checklist for officers who find a child in another town with cash?",
        [RF],
    ),
    _s(
        "Mrs Grayling did her best, but the rest of the school leadership couldn't see past his behaviour.",
        [BL],
    ),
    _s(
        "Everyone could see Kai was heading for serious harm, and nobody did owt about it.",
        [HS, CF],
    ),
    _s("A series of missed opportunities to intervene.", [CF]),
    _s("The CAMHS nurse washed his hands of Kai after two appointments.", [BL]),
    _s("The writing was on the wall from the first missing episode.", [HS]),
    _s(
        "Mr Achebe was so focused on ticking off the order that he took his eye off the ball.", [BL]
    ),
    _s("It is no surprise, looking at the chronology, that Kai ended up in hospital.", [HS]),
    _s(
        "Head teachers should be reminded that exclusion must be a last resort for children at risk of exploitation.",
        [RF],
    ),
    _s(
        "Was nobody in the YOS curious about where a fifteen-year-old was getting designer trainers?",
        [BL],
    ),
    _s(
        "CAMHS ought to have tried harder to engage a young person they knew was missing.", [CF, BL]
    ),
    # findings
    _s(
        "Across the partnership, information from return home interviews goes to a coordinator and does not routinely reach the practitioner who knows the child best.",
        [],
        F,
        CASE4,
    ),
    _s(
        "Custody and case-management systems describe children found with drugs and cash in the language of offending, which makes exploitation harder for officers to see.",
        [],
        F,
        CASE4,
    ),
    _s(
        "Why it matters: a child excluded from school loses daily contact with the adults best placed to notice change.",
        [],
        F,
        CASE4,
    ),
    _s(
        "What gets in the way of schools and youth justice services sharing the small signs that only make sense together?",
        [],
        F,
        CASE4,
    ),
    _s(
        "Early help waiting lists mean that children stepped down from MASH may wait weeks for a service while risk outside the home is rising.",
        [],
        F,
        CASE4,
    ),
    _s(
        "How does the partnership assure itself that CAMHS access policies take account of young people whose missed appointments are themselves a sign of risk?",
        [],
        F,
        CASE4,
    ),
    _s(
        "Staff in four schools described referrals about exploitation being stepped down because the threshold document is written around risk inside the family.",
        [],
        F,
        CASE4,
    ),
    _s(
        "Why it matters: when a parent's reports of a missing teenager are treated as routine, the parent stops calling and the system loses its best informant.",
        [],
        F,
        CASE4,
    ),
    _s("Kai was treated as an offender rather than a victim.", [CS], F, CASE4),
    _s("Child K's YOS worker should have made an NRM referral.", [CS, CF], F, CASE4),
    _s("Tracey Donnelly was not listened to when she reported Kai missing.", [CS], F, CASE4),
    _s(
        "The partnership should require all schools to complete exploitation training every year.",
        [RF],
        F,
        CASE4,
    ),
    _s("The head teacher's decision to exclude Kai was indefensible.", [CS, BL], F, CASE4),
    _s(
        "Would a new exploitation screening tool for all MASH contacts prevent a repeat?",
        [RF],
        F,
        CASE4,
    ),
    _s("Why it matters: Kai was stabbed.", [CS], F, CASE4),
    _s("The school in this case logged concerns but the boy was still excluded.", [CS], F, CASE4),
    # ---- CASE5: Ffion and Osian Pritchard (Child Practice Review, Wales, neglect) ----
    _s(
        "Gareth Llewellyn inherited the case from a colleague who had left, and the handover was a twenty-minute phone call.",
        [],
    ),
    _s(
        "He told us the family had 'been known for years and it was always the same: a bit messy, Mum tries hard'.",
        [],
    ),
    _s(
        "The children had been on the register under neglect twice before, and each plan ended when home conditions improved for a few months.",
        [],
    ),
    _s(
        "The Graded Care Profile was completed once, in 2019, and not repeated, because the local procedure makes it optional after the first plan.",
        [],
    ),
    _s(
        "Mair Rowlands measured Ffion at school and plotted her on the growth chart, noting a drop from the 50th to the 9th centile.",
        [],
    ),
    _s(
        "Ms Rowlands sent the chart to the GP and to Mr Llewellyn by secure email; the GP received it, but the social work address was a shared team inbox.",
        [],
    ),
    _s(
        "Sian was described by every practitioner as loving and welcoming, and the children were affectionate with her.",
        [],
    ),
    _s(
        "Sian told us she 'cleaned like mad before the social worker came, because that's what they look at'.",
        [],
    ),
    _s(
        "Dylan Hughes from EDT visited on a Saturday night after a neighbour rang and found the children asleep and fed; he recorded the kitchen as 'cluttered'.",
        [],
    ),
    _s(
        "EDT's role is to respond to immediate risk out of hours, and Mr Hughes passed his notes to the daytime team, as the protocol asks.",
        [],
    ),
    _s(
        "Osian was not in nursery, so no professional outside the home saw him regularly between his second and fourth birthdays.",
        [],
    ),
    _s(
        "Health visiting hands over to school nursing at school entry, and Osian, who had not started school, was in between the two services.",
        [],
    ),
    _s(
        "At core group meetings Sian's account of progress was the main source of information, because only two of the six members attended regularly.",
        [],
    ),
    _s("Gareth had 27 children on his caseload, eleven of them on child protection plans.", []),
    _s(
        "Core group minutes were kept in Welsh and English, and the agenda had a standing item on the children's views, to which Ffion contributed drawings.",
        [],
    ),
    _s(
        "Read week by week, the record changes slowly, and no single visit looks very different from the one before.",
        [],
    ),
    _s(
        "Mr Llewellyn visited every ten working days, as the plan required, and saw both children on every visit.",
        [],
    ),
    _s(
        "The dentist who saw Osian in hospital said the decay would have taken many months to develop, which helps the review date the period of concern.",
        [],
    ),
    _s("Mr Llewellyn should have repeated the Graded Care Profile.", [CF]),
    _s("The social worker was completely taken in by Sian's charm.", [BL]),
    _s("It was obvious for anyone to see that these children were being neglected.", [HS]),
    _s("Osian's dental decay is proof that the decision to end the plan was wrong.", [HS]),
    _s("The school nurse's growth chart was simply ignored.", [CF]),
    _s("Neglect like this does not happen overnight, and someone should have noticed.", [CF]),
    _s("EDT took the tidy bedroom at face value and went home, job done.", [BL]),
    _s("The core group was a waste of everyone's time.", [BL]),
    _s("Looking back, Ffion's drop in weight was the red flag everyone ignored.", [HS]),
    _s("Mr Llewellyn's assessment was, not to put too fine a point on it, shoddy.", [BL]),
    _s("There were missed opportunities to see Osian throughout 2022.", [CF]),
    _s(
        "If health visiting had kept Osian on their books, his poor growth would have been picked up.",
        [CF],
    ),
    _s("The local authority ought to have gone into pre-proceedings after the second plan.", [CF]),
    _s(
        "Anyone with a basic grasp of neglect would have seen the pattern of start-again plans.",
        [HS, BL],
    ),
    _s("Social workers must be reminded to read the full history before closing a plan.", [RF]),
    _s("A new neglect checklist should be introduced for every core group meeting.", [RF]),
    _s("Should EDT staff receive refresher training on recognising neglect?", [RF]),
    _s("It was only a matter of time before one of those children came to serious harm.", [HS]),
    _s("Dylan did a poor job that night and should be held accountable.", [BL]),
    _s("tbh the whole team were lulled into a false sense of security by a clean kitchen", [BL]),
    _s("The core group members who did not attend let these children down.", [BL]),
    _s(
        "Had Mr Llewellyn read the two earlier plans, he would have seen the cycle straight away.",
        [CF],
    ),
    _s("The decline in Ffion's growth was clear as day in hindsight.", [HS]),
    _s("All agencies to re-issue their neglect procedures to staff and confirm receipt.", [RF]),
    _s("Fair play to the school nurse, she did everything right, unlike the others.", [BL]),
    # findings
    _s(
        "Across the region, child protection plans for neglect tend to end when home conditions improve, and the next plan starts from a fresh assessment rather than the family's history.",
        [],
        F,
        CASE5,
    ),
    _s(
        "Why it matters: chronic neglect shows in the accumulation over time, and a system that reviews each period separately makes that accumulation hard to see.",
        [],
        F,
        CASE5,
    ),
    _s(
        "Pre-school children who are not in nursery can drop out of view of universal services between the last health visiting contact and school entry.",
        [],
        F,
        CASE5,
    ),
    _s(
        "Shared team inboxes mean that information sent to a named worker may not reach them, and the sender has no way of knowing.",
        [],
        F,
        CASE5,
    ),
    _s(
        "How does the partnership know whether core group members other than the social worker and the parent are attending and contributing?",
        [],
        F,
        CASE5,
    ),
    _s(
        "What would help practitioners to hold a family's history in mind when the current visit looks much like the last one?",
        [],
        F,
        CASE5,
    ),
    _s(
        "Out-of-hours visits are designed to answer whether a child is safe tonight, and what they see rarely changes a daytime plan.",
        [],
        F,
        CASE5,
    ),
    _s("Sian Pritchard's home conditions were not properly assessed.", [CS, BL], F, CASE5),
    _s("Osian was not seen by any professional for two years.", [CS], F, CASE5),
    _s(
        "Gareth Llewellyn should be offered refresher training on cumulative neglect.",
        [CS, RF],
        F,
        CASE5,
    ),
    _s(
        "The Regional Safeguarding Board should roll out mandatory Graded Care Profile training for every social worker.",
        [RF],
        F,
        CASE5,
    ),
    _s(
        "Mair Rowlands's growth chart should have triggered a strategy discussion.",
        [CS, CF],
        F,
        CASE5,
    ),
    _s("Ffion and Osian were failed by the system.", [CS], F, CASE5),
    _s("The mother's cleaning before visits misled the social worker.", [CS], F, CASE5),
    # ---- CASE6: Daniel Whitlock (SAR, learning disability, supported living) ----
    _s(
        "Daniel had a learning disability and autism and communicated mostly through gesture and a small set of Makaton signs.",
        [],
    ),
    _s(
        "His bowel chart was kept on paper in the office, and entries were made by whichever support worker was on shift.",
        [],
    ),
    _s(
        "The chart shows no bowel movement for six days in early November, but no single worker was on duty for more than two of those days.",
        [],
    ),
    _s(
        "Marcia Quayle, the service manager, was covering three services that month because of a vacancy.",
        [],
    ),
    _s(
        "The provider's constipation protocol says staff should contact the GP if there has been no bowel movement for three days.",
        [],
    ),
    _s(
        "Support workers told us they had not read the protocol as applying to Daniel, because his care plan listed constipation under 'history' rather than 'current needs'.",
        [],
    ),
    _s(
        "Of the fourteen staff who worked with Daniel that month, six were agency workers on their first or second shift at the service.",
        [],
    ),
    _s(
        "Joanne visited every Sunday and noticed that Daniel was 'off his food and holding his tummy'; she mentioned it to the worker on shift, who wrote it in the handover book.",
        [],
    ),
    _s(
        "Dr Oyelaran saw Daniel once, in September, for his annual health check, which was thorough and included a review of his laxative prescription.",
        [],
    ),
    _s(
        "Niamh Devlin's annual review of the placement was done by phone with the manager, because the review team was working through a backlog of 300 overdue reviews.",
        [],
    ),
    _s(
        "The review template asks whether the placement is 'meeting assessed needs' and offers a yes or no box.",
        [],
    ),
    _s(
        "Daniel's way of showing pain, by rocking and biting his hand, was described in his hospital passport, which was kept in a folder in his bedroom.",
        [],
    ),
    _s(
        "When Daniel became very unwell the worker on shift called 999 promptly and stayed with him at the hospital through the night, which his family valued.",
        [],
    ),
    _s(
        "Staff described the handover book as 'where things go to die', because it was read at the start of a shift but nobody owned the follow-up.",
        [],
    ),
    _s(
        "Daniel's laxative was prescribed 'as required', and the decision about when to give it rested with support workers who had no clinical training.",
        [],
    ),
    _s(
        "Ms Quayle told us, 'I should have been there more, but I was in three places at once that month.'",
        [],
    ),
    _s(
        "The agency induction at Brookfield Care was a one-page sheet that covered fire exits and medication times and said nothing about bowel care.",
        [],
    ),
    _s(
        "Joanne described the regular staff as 'lovely with him', and Daniel's records show many days of outings, swimming and music.",
        [],
    ),
    _s("Staff failed to act on the bowel chart.", [CF]),
    _s("Brookfield Care were negligent.", [BL]),
    _s(
        "It should have been obvious that a man with Daniel's history was at risk of obstruction.",
        [HS, CF],
    ),
    _s("The agency workers did not care enough to read his care plan.", [BL]),
    _s("Daniel's death shows that the provider's systems were not fit for purpose.", [HS]),
    _s("Ms Quayle should have made sure every worker knew the protocol.", [CF]),
    _s("In hindsight, Joanne's concerns on the Sunday were the last chance to save him.", [HS, CF]),
    _s(
        "The reviewing officer's phone review was a tick-box exercise and frankly unprofessional.",
        [BL],
    ),
    _s("Had the GP been called on day three, Daniel would still be alive.", [CF]),
    _s("There was no attempt to escalate Joanne's worries to the manager.", [CF]),
    _s("All support workers must complete bowel care training before their first shift.", [RF]),
    _s(
        "The provider should introduce a new electronic bowel monitoring form with automatic alerts.",
        [RF],
    ),
    _s("Would an annual audit of care plans prevent this?", [RF]),
    _s("Some of the agency staff at the service were, quite frankly, clueless.", [BL]),
    _s("Warning signs like his loss of appetite were missed by everyone.", [HS, CF]),
    _s(
        "Everyone knows constipation kills people with learning disabilities, so there is no excuse.",
        [HS, BL],
    ),
    _s(
        "Niamh Devlin should face disciplinary action for reviewing the placement by phone.",
        [BL, RF],
    ),
    _s("the staff on shift just wrote it in the book and carried on like nothing was wrong", [BL]),
    _s(
        "Six days without a bowel movement and nobody on shift thought to ring the GP - you couldn't make it up.",
        [CF, BL],
    ),
    _s("It was a tragedy waiting to happen in a service run like that.", [HS, BL]),
    _s("The reviewing officer ought to have visited and met Daniel in person.", [CF]),
    _s(
        "Managers of supported living services must audit bowel charts weekly and sign them off.",
        [RF],
    ),
    _s("Commissioners should add a constipation question to the contract monitoring form.", [RF]),
    # findings
    _s(
        "Across supported living services, bowel monitoring is recorded on paper by rotating staff, so a pattern over several days is not held by any one person.",
        [],
        F,
        CASE6,
    ),
    _s(
        "Care plan templates that separate 'history' from 'current needs' can lead staff to treat a long-standing risk as a past one.",
        [],
        F,
        CASE6,
    ),
    _s(
        "Why it matters: people with learning disabilities die from constipation at a higher rate than the general population, and the signs are often shown through behaviour.",
        [],
        F,
        CASE6,
    ),
    _s(
        "Annual placement reviews carried out under backlog pressure rely on the provider's account, which leaves commissioners with little independent view of daily care.",
        [],
        F,
        CASE6,
    ),
    _s(
        "How does the Safeguarding Adults Board assure itself that families' observations reach someone with the authority to act on them?",
        [],
        F,
        CASE6,
    ),
    _s(
        "What makes it hard for agency staff, new to a service, to know what matters most about the person they are supporting that day?",
        [],
        F,
        CASE6,
    ),
    _s(
        "Managers in three other providers told us they use the same paper charts and the same handover book arrangement.",
        [],
        F,
        CASE6,
    ),
    _s(
        "Medicines prescribed 'as required' leave the clinical decision with care staff, and the partnership has no shared view of how those decisions are supported.",
        [],
        F,
        CASE6,
    ),
    _s("Daniel Whitlock's bowel chart was not acted on.", [CS], F, CASE6),
    _s("Joanne's concerns were ignored by Brookfield staff.", [CS, BL], F, CASE6),
    _s(
        "Should all providers be required to move to electronic bowel charts with alerts?",
        [RF],
        F,
        CASE6,
    ),
    _s(
        "Ms Quayle's management of the service fell below an acceptable standard.",
        [CS, BL],
        F,
        CASE6,
    ),
    _s("The Board should remind commissioners to carry out reviews face to face.", [RF], F, CASE6),
    _s("Why it matters: Daniel died of a preventable condition.", [CS], F, CASE6),
    _s("Daniel's sister was the only person who noticed he was unwell.", [CS], F, CASE6),
    # ---- further sentences across the cases ----
    _s(
        "The review has judged each decision by what was known on the day, and the outcome was held back until the appraisal of each episode was complete.",
        [],
    ),
    _s(
        "Several practitioners said they still think about Ellis, and one told us, 'I go over that visit in my head all the time.'",
        [],
    ),
    _s(
        "The panel was clear from the outset that this review is for learning and not for holding individuals to account.",
        [],
    ),
    _s(
        "Training on the bruising protocol was given to all practices in 2021, and the GPs we met remembered it, which suggests the difficulty lies somewhere other than knowledge.",
        [],
    ),
    _s(
        "The health visiting record transfer failed in 2021, and some family histories from before the new system exist only as scanned PDFs.",
        [],
    ),
    _s(
        "Priya followed the screening procedure as it was written, and it led her to the decision she made.",
        [],
    ),
    _s(
        "Ms Tate made a clear and well-reasoned decision to put her time into a family in crisis that week.",
        [],
    ),
    _s(
        "Ms Whitby had completed level 3 adult safeguarding training the year before, and the course covered self-neglect in a single slide.",
        [],
    ),
    _s(
        "Reminders about the DNA policy had already been sent to clinics twice in 2022, and clinic staff described them as 'another email'.",
        [],
    ),
    _s(
        "Harold's GP practice had no contact with him for two years, which is common for older men who are not on repeat prescriptions.",
        [],
    ),
    _s(
        "The appointment letters were generated automatically and went to an address where Harold rarely opened his post.",
        [],
    ),
    _s(
        "The obvious route for a housing officer worried about an adult is an email to the ASC front door, and that is the route Ms Rudkin used.",
        [],
    ),
    _s(
        "Mr Nowak told us, 'In hindsight I can see it, but at the time he was a man who knew his own mind.'",
        [],
    ),
    _s(
        "PC Shawcross had been in the role eighteen months and had done the force's domestic abuse course, which covers DASH in a single morning.",
        [],
    ),
    _s(
        "Ruth's records show a steady, respectful effort to stay in touch with Leanne over eleven weeks, by text, call and letter.",
        [],
    ),
    _s(
        "It is not clear from the records who held the overview of Kai's case between October and February.",
        [],
    ),
    _s(
        "Kai's own view, given to the return home interviewer, was that he was 'just out with mates' and that 'nobody gets hurt'.",
        [],
    ),
    _s(
        "Mrs Grayling said the second phone was 'the thing that kept me awake', and she raised it with Kai's mum that same week.",
        [],
    ),
    _s(
        "The rule of optimism is visible in the records: each improvement in the home was read as the start of lasting change.",
        [],
    ),
    _s(
        "The escalation policy says professionals should raise a disagreement with a manager within five working days; none of the practitioners we met had used it, and most saw it as 'for when you're really sure'.",
        [],
    ),
    _s(
        "Supervision records for Mr Llewellyn show case discussion every four weeks, focused on visit timeliness and plan actions.",
        [],
    ),
    _s(
        "Priya should have pushed back on the threshold document instead of hiding behind it.",
        [CF, BL],
    ),
    _s("It goes without saying that the social worker should have seen the pattern.", [HS, CF]),
    _s(
        "The clinic discharged a frail 81-year-old by letter, which tells you everything about their attitude.",
        [BL],
    ),
    _s(
        "The police need a new DASH flowchart for incidents where the perpetrator is in the house.",
        [RF],
    ),
    _s(
        "Should all team managers be required to sign off every closure against a new checklist?",
        [RF],
    ),
    _s("The injuries speak for themselves: the safety plan was inadequate.", [HS]),
    _s("Frankly, Mr Llewellyn should not be working in child protection.", [BL]),
    _s("The GP surgery missed a golden opportunity to ask Leanne about home.", [CF]),
    _s(
        "A further checklist would add to the forms screeners already complete without changing what those forms direct their attention to.",
        [],
        F,
        CASE1,
    ),
    _s(
        "Practitioners across agencies told us that a parent who is warm and cooperative is, in practice, rarely asked who else is in the home.",
        [],
        F,
        CASE1,
    ),
    _s(
        "What would help officers to revisit a DASH grading when new information arrives after the night of the incident?",
        [],
        F,
        CASE3,
    ),
    _s(
        "Why it matters: when a referral is stepped down without feedback, the referrer has no reason to refer again with more information.",
        [],
        F,
        CASE4,
    ),
    _s(
        "How confident is the board that supervision in children's social care makes space to question a long-held view of a family?",
        [],
        F,
        CASE5,
    ),
    _s(
        "In supported living services, no one's role involves reading a person's daily records across the week as a whole.",
        [],
        F,
        CASE6,
    ),
    _s(
        "Kai's case should be used as a training case study for every school in the borough.",
        [CS, RF],
        F,
        CASE4,
    ),
]
