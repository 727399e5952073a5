"""Labelled dev sentences for the language coach (set dev5).

Written from the brief and method.md only, without sight of the coach's rules.
A cohort of roughly 30 trainees and reviewers, children's and adults' reviews
(CSPRs, SARs, DHRs). All names are fictional.
"""

C = "counterfactual"
B = "blame"
H = "hindsight"
R = "reflexive_fix"
X = "case_specific"


def _s(text, kinds=(), field="analysis", names=()):
    return {"text": text, "kinds": list(kinds), "field": field, "names": list(names)}


SENTENCES = [
    # --- BLAME (new): verdicts on competence/judgement with no modal verb; idioms, evaluative
    # adjectives and nouns, unusual verbs; formal, blunt, hedged and draft-like voices.
    _s("The health visitor's handling of the new birth visit was frankly slapdash.", [B]),
    _s(
        "Claire Bassett went through the motions at the six-week check.",
        [B],
        names=["Claire Bassett", "Claire"],
    ),
    _s("This was a cavalier approach to a baby with an unexplained bruise.", [B]),
    _s(
        "The duty social worker simply rubber-stamped the police decision to take no further action.",
        [B],
    ),
    _s("The MASH sat on the school's referral for nine days.", [B]),
    _s(
        "the school nurse showed a worrying lack of professional curiosity about Ayla's weight loss",
        [B],
        names=["Ayla"],
    ),
    _s("Frankly the GP's notes are shoddy and say almost nothing about the child.", [B]),
    _s("Police attended, took a statement and washed their hands of it.", [B]),
    _s(
        "The care home manager buried her head in the sand about the bruising on Mrs Colquhoun's arms.",
        [B],
        names=["Mrs Colquhoun"],
    ),
    _s("The district nursing team were asleep on the job for most of that winter.", [B]),
    _s(
        "Passing the referral straight back to the school was classic buck-passing by children's services.",
        [B],
    ),
    _s("Closing the case without speaking to the children was a rookie error.", [B]),
    _s("A schoolboy mistake from a very experienced practitioner.", [B]),
    _s("The discharge from ward 12 was, to put it bluntly, a shambles.", [B]),
    _s(
        "Adult social care's response to Mr Harrow's hoarding was lacklustre at best.",
        [B],
        names=["Mr Harrow"],
    ),
    _s(
        "Kwame was too easily charmed by the father and lost sight of the children.",
        [B],
        names=["Kwame"],
    ),
    _s("The midwife was gullible about the partner's account of the bruises.", [B]),
    _s("honestly the whole core group were just box ticking", [B]),
    _s("the GP practice bungled the referral to paediatrics", [B]),
    _s("Early help let Poppy and her brothers down badly.", [B], names=["Poppy"]),
    _s(
        "The assessment is riddled with basic errors and reads as though it was written in ten minutes.",
        [B],
    ),
    _s("There was a complete dereliction of duty by the out-of-hours team.", [B]),
    _s("It is hard to read the A&E notes as anything other than negligent.", [B]),
    _s("I think perhaps the social worker was a little naive about mum's new boyfriend?", [B]),
    _s("The CAMHS triage decision was, I'm afraid, a serious misjudgement.", [B]),
    _s(
        "Mr Greaves took the path of least resistance and accepted the stepfather's explanation.",
        [B],
        names=["Mr Greaves"],
    ),
    _s("ambulance crew were blase about an elderly man lying on a soiled mattress", [B]),
    _s(
        "Taken together, the agencies' involvement amounts to a catalogue of failings from start to finish.",
        [B],
    ),
    _s("The team manager was simply out of her depth.", [B]),
    _s("quite poor practice from the HV tbh, no interest at all in who else was living there", [B]),
    _s("Probation took their eye off Mr Kane once his licence ended.", [B], names=["Mr Kane"]),
    _s("The MARAC referral was handled with a carelessness I found troubling.", [B]),
    _s("Ian Royce's supervision notes are perfunctory.", [B], names=["Ian Royce"]),
    _s("It was a deeply unprofessional way to speak to a frightened seventeen year old.", [B]),
    _s("The school fobbed Zara off with a leaflet.", [B], names=["Zara"]),
    _s("The reviewing officer swallowed the mother's version hook, line and sinker.", [B]),
    _s("I'd describe the police's approach to Ms Rahman as indifferent.", [B], names=["Ms Rahman"]),
    _s("The practice nurse was out to lunch on this one.", [B]),
    # --- BLAME (classic): failed to, neglected to, ignored, overlooked, missed, did not bother,
    # varied shapes.
    _s(
        "The GP failed to ask who was looking after the children while their mother was in hospital.",
        [B],
    ),
    _s("Children's social care ignored three referrals from the school in six weeks.", [B]),
    _s("Mark Tully overlooked the entry about the knife.", [B], names=["Mark Tully"]),
    _s(
        "The safeguarding lead didn't bother to read the chronology before chairing the meeting.",
        [B],
    ),
    _s("The IDVA's concerns were brushed aside by the police.", [B]),
    # --- COUNTERFACTUAL: should/could/would have, if only, had X done Y, ought to, missed
    # opportunity, chance lost; various shapes including rhetorical question and typos.
    _s("The health visitor should have weighed the baby at every contact.", [C]),
    _s("If only someone had rung the nursery.", [C]),
    _s("Had the social worker seen the children on their own, the truth would have come out.", [C]),
    _s("It would have been better if the GP had been invited to the strategy discussion.", [C]),
    _s("This was a missed opportunity to bring the agencies round one table.", [C]),
    _s(
        "Had anyone joined up the two referrals, Jayden might have been protected.",
        [C],
        names=["Jayden"],
    ),
    _s("The police could have applied for a DVPO after the April incident.", [C]),
    _s(
        "A simple check with the previous local authority would have revealed the earlier plan.",
        [C],
    ),
    _s("The obvious step would have been to phone the GP.", [C, H]),
    _s("Better information-sharing at the MARAC would have saved Nadia.", [C], names=["Nadia"]),
    _s("The chance to reassess when the new partner moved in was lost.", [C]),
    _s("the case should of been stepped up to child protection in march", [C]),
    _s(
        "Were the DSL to have shared the disclosure that afternoon, a section 47 enquiry would have followed.",
        [C],
    ),
    _s(
        "With a face-to-face visit instead of a phone call, things might well have turned out differently.",
        [C],
    ),
    _s("Why did nobody ask to see where the baby slept?", [C]),
    _s(
        "Ideally the midwife would have asked about domestic abuse at a point when the partner was out of the room.",
        [C],
    ),
    _s("A second paediatric opinion was the least the hospital could have sought.", [C, B]),
    _s("The IRO was in a position to halt the plan and did not.", [C, B]),
    # --- HINDSIGHT ("obvious" in many forms): treating what is known now as knowable then.
    _s("The signs of neglect were there for anyone to see.", [H]),
    _s("It is obvious from the records that Tyler was being hurt at home.", [H], names=["Tyler"]),
    _s("The risk was staring everyone in the face.", [H]),
    _s("These were glaring red flags.", [H]),
    _s("By the autumn the writing was on the wall.", [H]),
    _s(
        "There can be no doubt that the mother's new partner posed a serious risk to the children.",
        [H],
    ),
    _s("Clearly a bruise on a non-mobile baby of that age meant something was wrong.", [H]),
    _s(
        "It should have been apparent to ward staff that Mr Harrow could not manage at home.",
        [H, C],
        names=["Mr Harrow"],
    ),
    _s("Reading the chronology, it leaps off the page that the injuries were escalating.", [H]),
    _s("self-evidently the flat was unsafe for a toddler", [H]),
    _s("Alarm bells should have been ringing after the second disclosure.", [H, C]),
    _s("By the third call the danger to Ms Rahman was unmistakable.", [H], names=["Ms Rahman"]),
    _s("With the benefit of hindsight it is clear the family were in crisis throughout 2023.", [H]),
    _s("The risk to the girls was hiding in plain sight.", [H]),
    _s(
        "There was ample evidence that Mrs Mensah no longer had capacity to manage her medication.",
        [H],
        names=["Mrs Mensah"],
    ),
    _s("Everybody in the network knew the boyfriend was trouble.", [H]),
    _s("The exploitation stood out a mile from the missing episodes alone.", [H]),
    _s("Nobody could seriously have believed the 'fell off the sofa' story.", [H]),
    _s("All the ingredients of a tragedy were in place by the summer.", [H]),
    _s("Any reasonable person would have seen where this was heading.", [H, C]),
    # --- HINDSIGHT (new): outcome bias, the later harm offered as proof the earlier decision
    # was wrong (or right); many shapes.
    _s(
        "Kayden's admission with a fractured femur a fortnight later shows the decision to close was wrong.",
        [H],
        names=["Kayden"],
    ),
    _s("As the outcome proves, the pre-birth assessment was inadequate.", [H, B]),
    _s("Given what happened, the safety plan was clearly unsafe.", [H]),
    _s(
        "Mrs Colquhoun's death demonstrates that the care home placement was unsuitable.",
        [H],
        names=["Mrs Colquhoun"],
    ),
    _s("The fact that Ruby was seriously injured speaks for itself.", [H], names=["Ruby"]),
    _s("Judged by where it led, stepping down to early help was a mistake.", [H]),
    _s("Events proved the school right and social care wrong.", [H]),
    _s(
        "What happened next tells you everything you need to know about the quality of that strategy discussion.",
        [H],
    ),
    _s("The tragic outcome leaves no room to argue that the threshold decision was sound.", [H]),
    _s(
        "Mr Brierley fell within 48 hours of getting home, which says it all about the discharge plan.",
        [H],
        names=["Mr Brierley"],
    ),
    _s(
        "Since Nadia was killed three weeks after the MARAC, the 'medium' risk grading was plainly wrong.",
        [H],
        names=["Nadia"],
    ),
    _s("That the baby died is proof enough that the safe sleep advice didn't land.", [H]),
    _s("The later sexual exploitation shows the return home interviews were worthless.", [H, B]),
    _s("In light of the outcome, the IRO's decision not to escalate cannot be defended.", [H, B]),
    _s("hindsight aside, the fact he died shows the GP's assessment wasnt good enough", [H, B]),
    _s(
        "The serious injuries Leo suffered vindicate the health visitor's original concerns.",
        [H],
        names=["Leo"],
    ),
    _s("Because the fire happened, the home safety visit obviously hadn't been thorough.", [H]),
    _s(
        "Mia's disclosure at school six months later is evidence that the first section 47 was botched.",
        [H, B],
        names=["Mia"],
    ),
    _s(
        "Had the decision been right, Oskar would not have ended up in intensive care.",
        [H, C],
        names=["Oskar"],
    ),
    _s(
        "Mr Wisniewski's death alone in his flat shows his self-neglect was never properly assessed.",
        [H, B],
        names=["Mr Wisniewski"],
    ),
    _s("it all went wrong so the decision was wrong, simple as that", [H]),
    _s(
        "What came after makes it hard to see the core group's optimism as anything but misguided.",
        [H, B],
    ),
    _s(
        "The baby's injuries in June are the best measure of how flawed the April assessment was.",
        [H, B],
    ),
    _s(
        "Ms Pell's readmission under section 2 a month later tells its own story about the CMHT discharge.",
        [H],
        names=["Ms Pell"],
    ),
    _s("The harm that followed is the yardstick by which this decision has to be judged.", [H]),
    # --- REFLEXIVE FIX: stock remedies aimed at groups of staff or agencies, as statements and
    # as questions for the partnership.
    _s(
        "All health visitors should receive refresher training on bruising in non-mobile babies.",
        [R],
        field="finding",
    ),
    _s(
        "Every school in the borough must have a copy of the escalation policy on the staffroom wall.",
        [R],
        field="finding",
    ),
    _s("Staff must follow procedures at all times.", [R], field="finding"),
    _s(
        "The police should be reminded of the requirement to submit a PPN after every domestic incident.",
        [R],
        field="finding",
    ),
    _s("Should all duty health visitors be retrained?", [R], field="finding"),
    _s(
        "Will the board ensure that every GP attends level 3 safeguarding training this year?",
        [R],
        field="finding",
    ),
    _s(
        "Can the partnership confirm that all practitioners have re-read the threshold document?",
        [R],
        field="finding",
    ),
    _s(
        "Agencies to audit compliance with the information-sharing protocol quarterly.",
        [R],
        field="finding",
    ),
    _s(
        "Is it time for a mandatory e-learning module for all receptionists in GP surgeries?",
        [R],
        field="finding",
    ),
    _s(
        "Would a laminated flowchart in every A&E cubicle help staff remember the pathway?",
        [R],
        field="finding",
    ),
    _s("Adult social care need a new policy on self-neglect and hoarding.", [R], field="finding"),
    _s("Probation officers must adhere to the MAPPA guidance.", [R], field="finding"),
    _s(
        "A seven-minute briefing should go out to all DSLs so they know what to do next time.",
        [R],
        field="finding",
    ),
    _s(
        "Lessons from this review should be cascaded to front-line staff in every agency through team meetings.",
        [R],
        field="finding",
    ),
    _s(
        "How will the partnership make sure every practitioner follows the escalation procedure?",
        [R],
        field="finding",
    ),
    _s(
        "The partnership should commission multi-agency training on professional curiosity for all frontline staff.",
        [R],
        field="finding",
    ),
    _s(
        "Should the out-of-hours GP service add a mandatory safeguarding prompt to every call template?",
        [R],
        field="finding",
    ),
    _s(
        "i would recomend more training for social workers on working with dads",
        [R],
        field="finding",
    ),
    _s(
        "Could the board mandate that all agencies sign up to a revised MARAC protocol?",
        [R],
        field="finding",
    ),
    _s(
        "The ambulance service must update its policy so that crews always raise a safeguarding concern.",
        [R],
        field="finding",
    ),
    _s(
        "Does the board plan to make safeguarding adults training compulsory for every housing officer?",
        [R],
        field="finding",
    ),
    _s(
        "What assurance can the partnership give that all agencies now comply with the neglect toolkit?",
        [R],
        field="finding",
    ),
    _s(
        "Practitioners across the partnership must be reminded that the child's voice is paramount.",
        [R],
        field="finding",
    ),
    _s(
        "A new referral form with mandatory fields for siblings would stop this happening again.",
        [R],
        field="finding",
    ),
    _s(
        "The police and children's social care should sign a new joint protocol on strategy discussions.",
        [R],
        field="finding",
    ),
    _s("Will CAMHS commit to retraining its triage clinicians?", [R], field="finding"),
    _s(
        "Is the board satisfied that schools know the procedure, and if not, will it reissue it to every head teacher?",
        [R],
        field="finding",
    ),
    _s(
        "Perhaps a refresher for the whole MASH on the bruising protocol would be worthwhile?",
        [R],
        field="finding",
    ),
    # --- CASE_SPECIFIC: finding statements, why-it-matters and questions that name the case's
    # people or are about this case's individuals rather than a pattern.
    _s(
        "Amelia's social worker should have a smaller caseload so she can visit more often.",
        [X],
        field="finding",
        names=["Amelia"],
    ),
    _s(
        "The health visitor in this case needs to reflect on her assumptions about the father.",
        [X],
        field="finding",
    ),
    _s(
        "Finding 1: Dr Okonjo did not read the discharge summary before the review appointment.",
        [X],
        field="finding",
        names=["Dr Okonjo"],
    ),
    _s(
        "Reuben's school must improve how it records absences.",
        [X],
        field="finding",
        names=["Reuben"],
    ),
    _s(
        "This matters because Mr Harrow was left living in squalor for eleven months.",
        [X],
        field="finding",
        names=["Mr Harrow"],
    ),
    _s(
        "The partnership should ask Siobhan Carey's manager to review her caseload.",
        [X],
        field="finding",
        names=["Siobhan Carey"],
    ),
    _s(
        "Questions for the board: how will Zara and her sister be kept safe now they have returned home?",
        [X],
        field="finding",
        names=["Zara"],
    ),
    _s(
        "The finding is that the IRO for Child B did not challenge drift in the care plan.",
        [X],
        field="finding",
        names=["Child B"],
    ),
    _s(
        "The practitioners around the Ashworth family each assumed another would act.",
        [X],
        field="finding",
        names=["Ashworth"],
    ),
    _s(
        "Why it matters: Isla's wishes were never put to the core group.",
        [X],
        field="finding",
        names=["Isla"],
    ),
    _s(
        "Ward 12 at St Anselm's must stop discharging frail patients on Friday evenings.",
        [X],
        field="finding",
    ),
    _s(
        "The CMHT team who knew Ms Pell should be given feedback from this review.",
        [X],
        field="finding",
        names=["Ms Pell"],
    ),
    _s(
        "Finding 3: the DSL at Child E's school assumed someone else had made the referral.",
        [X],
        field="finding",
        names=["Child E"],
    ),
    _s(
        "Child C's family needs an allocated worker who stays with them.",
        [X],
        field="finding",
        names=["Child C"],
    ),
    _s(
        "Why it matters: the baby in this review was seen by eleven professionals and none asked about the father.",
        [X],
        field="finding",
    ),
    _s(
        "How will the partnership support Mrs Colquhoun's daughter through the inquest?",
        [X],
        field="finding",
        names=["Mrs Colquhoun"],
    ),
    _s(
        "The GP practice that held Mrs Mensah's records should audit its safeguarding coding.",
        [X, R],
        field="finding",
        names=["Mrs Mensah"],
    ),
    _s(
        "Kwame Boateng and his manager should attend the partnership's training on hostile fathers.",
        [X, R],
        field="finding",
        names=["Kwame Boateng"],
    ),
    _s(
        "Does the board accept that PC Dyer's handling of the call fell well below standard?",
        [X, B],
        field="finding",
        names=["PC Dyer"],
    ),
    # --- MIXED: several kinds in one sentence, analysis and finding.
    _s("Any half-competent GP would have spotted the pattern of injuries.", [B, C, H]),
    _s(
        "Had the duty team been less complacent, the obvious risk would have been acted on.",
        [C, B, H],
    ),
    _s(
        "The IRO's failure to escalate was a missed opportunity, and IROs need refresher training.",
        [B, C, R],
    ),
    _s(
        "The HV missed glaring signs of neglect and should have referred to social care.", [B, H, C]
    ),
    _s("Frankly the police dropped the ball and the later stabbing proves it.", [B, H]),
    _s("It beggars belief that no one joined the dots.", [B, H]),
    _s(
        "The baby's death shows the social worker was negligent, so she should be retrained.",
        [H, B, R],
    ),
    _s(
        "The housing officer turned a blind eye to the damp, and if she had acted Mrs Colquhoun would not have been admitted.",
        [B, C],
        names=["Mrs Colquhoun"],
    ),
    _s("With hindsight, every agency let Jayden down.", [H, B], names=["Jayden"]),
    _s("Surely any experienced social worker would have recognised grooming here?", [H, C, B]),
    _s(
        "Finding: Poppy's health visitor was complacent and should be reminded of the neglect toolkit.",
        [X, B, R],
        field="finding",
        names=["Poppy"],
    ),
    _s(
        "Given how the case ended, should every GP practice now be required to use a safeguarding checklist?",
        [H, R],
        field="finding",
    ),
    _s(
        "Why it matters: had agencies followed the protocol, Child D would be alive today.",
        [C, X],
        field="finding",
        names=["Child D"],
    ),
    _s(
        "The outcome shows plainly that the MASH got the threshold wrong, and all MASH staff should redo their threshold training.",
        [H, R],
        field="finding",
    ),
    _s("Mr Kane's offence shows probation were asleep at the wheel.", [H, B], names=["Mr Kane"]),
    # ======================= CLEAN (no kind) =======================
    # --- CLEAN: reported speech using flagged words (practitioners' and families' own words).
    _s(
        "Claire said that, looking back, she wishes she had asked to see the baby undressed at that visit.",
        names=["Claire"],
    ),
    _s(
        "The GP told us he now wonders whether he should have phoned the health visitor, but at the time the consultation was about the mother's asthma."
    ),
    _s(
        "In our conversation Priya described feeling she had 'dropped the ball' that week, and explained she had four new allocations.",
        names=["Priya"],
    ),
    _s("The mother said the health visitor 'never missed a thing', which she found intrusive."),
    _s(
        "Mr Harrow's son told the review the family felt let down by adult social care.",
        names=["Mr Harrow"],
    ),
    _s("The DSL said she thought any teacher would have done the same in her position."),
    _s(
        "Ms Rahman's sister described the police as 'useless', which is how the family experienced that night.",
        names=["Ms Rahman"],
    ),
    _s(
        "PC Dyer told us he had been 'asleep on his feet' at the end of a double shift.",
        names=["PC Dyer"],
    ),
    _s(
        "The IRO reflected that she could have pushed harder, but said challenge was discouraged in the service at that time."
    ),
    _s(
        "Asked what would have helped, the midwife said a named contact in the MASH who would call her back."
    ),
    _s(
        "The team manager said 'we all thought she was coping', and the records from that period support this."
    ),
    _s(
        "the school nurse said she felt naive afterwards, but at the time the girl's explanation matched her medical history"
    ),
    _s(
        "Bev told us: 'If I'd known he'd stopped eating I would have rung someone straight away.'",
        names=["Bev"],
    ),
    _s(
        "Several practitioners at the learning event said the outcome made them doubt every decision they had made."
    ),
    _s(
        "Mum told the social worker she felt the school had ignored her when she asked for help with his behaviour."
    ),
    # --- CLEAN: what guidance, policy or a plan required (modals describe requirements, not verdicts).
    _s(
        "The partnership's procedures say a strategy discussion should take place as soon as possible and normally within one working day."
    ),
    _s(
        "The bruising protocol requires any bruise on a non-mobile baby to be referred for a paediatric opinion the same day."
    ),
    _s(
        "The child protection plan stated that the social worker should visit every ten working days."
    ),
    _s(
        "Under the Care Act the local authority must make enquiries if it has reasonable cause to suspect abuse or neglect."
    ),
    _s(
        "Force guidance in force at the time said officers should consider a DVPO after any high-risk incident."
    ),
    _s(
        "The trust's discharge policy required a home assessment before any patient over 75 living alone was sent home."
    ),
    _s(
        "The MCA Code of Practice says a person must be assumed to have capacity unless it is established that they lack it."
    ),
    _s("Working Together 2018 expected a rapid review to be completed within 15 working days."),
    _s(
        "According to the safety plan, mum should have been contacting the social worker if the father came back."
    ),
    _s(
        "The school's attendance policy said any absence over three days ought to trigger a home visit."
    ),
    _s(
        "If a referral was graded red, the policy said a visit within 24 hours; this one was graded amber."
    ),
    # --- CLEAN: family members' and others' actions with blame-like verbs.
    _s("The mother missed three antenatal appointments in a row."),
    _s("Dad failed to attend the core group twice in November."),
    _s(
        "Mr Wisniewski declined the district nurse's visits and ignored letters from the council.",
        names=["Mr Wisniewski"],
    ),
    _s(
        "Mrs Mensah's son had neglected to renew her prescription, which he later told us he regretted.",
        names=["Mrs Mensah"],
    ),
    _s(
        "Ms Pell's partner should have been collecting her medication, but by February he had moved out.",
        names=["Ms Pell"],
    ),
    _s(
        "Ayla missed eleven days of school in the spring term, most of them Mondays.",
        names=["Ayla"],
    ),
    _s(
        "Ms Rahman told the IDVA she had ignored his messages for a week before he turned up at the house.",
        names=["Ms Rahman"],
    ),
    _s(
        "The father overlooked the appointment letter because it came in English, which he does not read."
    ),
    _s(
        "Tyler failed his mocks that winter, which the school linked to his poor attendance.",
        names=["Tyler"],
    ),
    # --- CLEAN: local rationality and contributory factors.
    _s(
        "With forty referrals waiting and two staff off sick, a phone call seemed proportionate to the duty worker."
    ),
    _s(
        "From where the health visitor sat, the family had engaged well for a year and this looked like a blip."
    ),
    _s(
        "Kwame's aim was to keep the father talking, because every previous worker had been asked to leave the house.",
        names=["Kwame"],
    ),
    _s(
        "The GP had ten minutes, an interpreter on the phone and a mother whose main worry was her own pain."
    ),
    _s(
        "Nobody at the strategy meeting had the previous authority's records, so the history they worked from began in 2022."
    ),
    _s(
        "The paramedics' priority was getting Mr Brierley to hospital; the state of the house was noted on the patient record.",
        names=["Mr Brierley"],
    ),
    _s(
        "To the ward team, a patient who said he wanted to go home and was medically fit was a patient ready for discharge."
    ),
    _s(
        "Because the form offered only 'low', 'medium' or 'high', the officer chose 'medium' and added no narrative."
    ),
    _s(
        "It made sense to the DSL to wait for Monday's meeting with mum, because the child had said she felt safe at home."
    ),
    _s(
        "At the time, the explanation that the toddler fell off the sofa fitted what the HV had seen of his development."
    ),
    _s(
        "The duty worker could have chosen a visit or a call, and the screening tool pointed towards a call."
    ),
    _s(
        "She would have seen the baby at the next contact, which was booked for the following Tuesday."
    ),
    _s(
        "Priya Anand had been qualified for eleven months and was carrying twenty-six cases.",
        names=["Priya Anand"],
    ),
    _s(
        "Bev Atherton noticed the pressure sore and photographed it, but the referral form had no option for self-neglect.",
        names=["Bev Atherton"],
    ),
    _s(
        "The CAMHS waiting list was 38 weeks, so the GP referred to the school counsellor in the meantime."
    ),
    _s(
        "The carers on shift were agency staff who had not met Mrs Colquhoun before that night.",
        names=["Mrs Colquhoun"],
    ),
    _s(
        "Workers described the family as 'hard to reach', but the mother told us no one had asked what times suited her."
    ),
    _s(
        "The police officer told us he had no idea children were in the house, because the call log did not say."
    ),
    _s(
        "Mr Harrow had capacity to decide where to live, and his wish to stay at home was respected.",
        names=["Mr Harrow"],
    ),
    _s(
        "There was no doubt in the social worker's mind that the children wanted to stay with their nan, and they said so too."
    ),
    _s(
        "The system showed only the current episode, so the three earlier referrals were two clicks away and out of sight."
    ),
    _s(
        "Each agency held one piece: school had the absences, the GP the injuries, housing the noise complaints."
    ),
    _s(
        "Mark Tully had been Ms Pell's care coordinator for four years and trusted her to tell him when she was struggling.",
        names=["Mark Tully", "Ms Pell"],
    ),
    # --- CLEAN: neutral description naming people (analysis, names given).
    _s(
        "Siobhan saw the mother at 28 weeks and recorded that the partner answered most of the questions.",
        names=["Siobhan"],
    ),
    _s(
        "Dr Felton prescribed antibiotics and advised the mother to come back if the rash spread.",
        names=["Dr Felton"],
    ),
    _s(
        "Mr Greaves spoke to Reuben at lunchtime and phoned the MASH before the end of the day.",
        names=["Mr Greaves", "Reuben"],
    ),
    _s(
        "Helen Marr, the IRO, raised a query about drift in the care plan at her midway review.",
        names=["Helen Marr"],
    ),
    _s(
        "Gary Heald visited the flat twice in October and reported the damp to the landlord.",
        names=["Gary Heald"],
    ),
    _s(
        "Ian Royce's last contact with Mr Kane was a phone call on the day the licence expired.",
        names=["Ian Royce", "Mr Kane"],
    ),
    _s(
        "Jo Pritchard weighed Amelia at school and noted she had lost two kilos since the summer.",
        names=["Jo Pritchard", "Amelia"],
    ),
    _s(
        "The placement broke down after six weeks and Tyler moved to a residential home.",
        names=["Tyler"],
    ),
    _s("the HV recieved the discharge letter two weeks after Oskar went home", names=["Oskar"]),
    _s("The police attended within 20 mins and seperated the couple.", names=[]),
    # --- CLEAN: "missed", "failed", "outcome" in system or everyday senses.
    _s("The letter was missed because the practice filed it under 'information only'."),
    _s(
        "The PPN failed to reach the school because the police system held the old school's address."
    ),
    _s("The email failed to send when the secure gateway rejected the attachment."),
    _s(
        "Reviews often find that information is missed when it sits in a scanned document rather than a coded entry."
    ),
    _s("The missed-appointment letter went to an address the family had left in June."),
    _s(
        "Calls to the front door were being missed because the MASH phone line had no queueing system."
    ),
    _s("The step-down was the outcome of a multi-agency meeting chaired by the early help lead."),
    _s(
        "The outcome of the section 47 enquiry was that concerns were substantiated and a conference was called."
    ),
    _s(
        "The paediatrician's opinion was that the fracture was consistent with the explanation given."
    ),
    _s(
        "Nobody in the network knew of the father's previous conviction, because it sat on a police system no one else could see."
    ),
    # --- CLEAN: praise and good practice (evaluative words about practitioners, positive).
    _s("A careful, thorough assessment that gave real weight to what Isla said.", names=["Isla"]),
    _s(
        "The school nurse went well beyond what was expected, visiting the home twice after school hours."
    ),
    _s(
        "The IDVA's persistence in keeping contact with Ms Rahman was exemplary.",
        names=["Ms Rahman"],
    ),
    _s(
        "This was skilful work: the social worker kept both parents engaged while keeping the children's experience at the centre."
    ),
    _s("PC Dyer showed real professional curiosity by asking who was upstairs.", names=["PC Dyer"]),
    _s("The district nurse's notes are clear, dated and easy to follow."),
    _s(
        "Fatima noticed the change in Zara's mood and acted on it the same day.",
        names=["Fatima", "Zara"],
    ),
    _s("The housing officer was tenacious in chasing the landlord about repairs."),
    _s(
        "Good practice: the midwife asked about domestic abuse at booking while the partner was out of the room."
    ),
    _s(
        "honestly the GP did a brilliant job of keeping the door open for a man who didnt want help"
    ),
    _s("The early help worker's plan was clear, achievable and agreed with mum."),
    _s("The care coordinator clearly recorded the plan and shared it with the GP the same day."),
    # --- CLEAN: "obvious", "clearly", "blind", "asleep", "dropped" used innocently.
    _s(
        "The baby was asleep in her cot when the health visitor arrived, so she was weighed at the next visit."
    ),
    _s("Mum dropped the children at the school gate late most mornings."),
    _s(
        "Mr Okafor is registered blind and relied on his daughter to read his post.",
        names=["Mr Okafor"],
    ),
    _s("The bruise was clearly visible and the HV photographed it with the mother's consent."),
    _s(
        "It was obvious to the midwife that the mother was frightened, and she arranged to see her alone the next day."
    ),
    _s(
        "The records are silent on whether the children were seen, and the worker cannot now remember."
    ),
    # --- CLEAN: appraisal against what could reasonably be expected at the time; hindsight named
    # and resisted.
    _s(
        "Read now, with the outcome known, the entries look alarming; read one at a time in 2022, each had an ordinary explanation."
    ),
    _s(
        "We have judged the decision to close by what the team knew in March, not by what happened in June."
    ),
    _s(
        "The outcome should not colour the appraisal: the plan was reasonable on the information available."
    ),
    _s(
        "It is easy, with hindsight, to say the signs were there; the harder question is why they did not look like signs at the time."
    ),
    _s(
        "Knowing how things ended, it is tempting to call the step-down a mistake, but the way the decision was made was sound."
    ),
    _s("The panel was careful not to let the outcome drive its view of the discharge."),
    _s(
        "Appraisal: not holding a strategy discussion was below what could reasonably be expected, given the guidance in force and what was known that day."
    ),
    _s(
        "The response to the second call was in line with what could reasonably be expected at the time."
    ),
    _s(
        "The chronology we built makes the pattern visible, but no one working with the family ever saw it laid out like this."
    ),
    # --- CLEAN: training and audits that already happened, existing tools described neutrally.
    _s(
        "Bev had done her level 3 adult safeguarding training three months before the visit.",
        names=["Bev"],
    ),
    _s("All the social workers in the team had attended the neglect toolkit training in 2022."),
    _s(
        "The training the midwives received in 2021 covered routine enquiry but not what to do when the partner is always present."
    ),
    _s(
        "The practice introduced a safeguarding checklist in 2021, which staff described as long and rarely used."
    ),
    _s(
        "The trust's policy at the time required all ward staff to repeat MCA training every three years."
    ),
    _s(
        "The audit found half of the strategy discussions had no health representative, which staff linked to the timing of calls."
    ),
    _s(
        "Practitioners told us the new referral form added twenty minutes to each referral without improving what they could say."
    ),
    _s(
        "Following the rapid review the police retrained their call handlers; this review asks what that has changed in practice.",
        field="finding",
    ),
    # --- CLEAN: research and general statements about reasoning.
    _s(
        "Research on case reviews repeatedly describes the 'rule of optimism', in which workers give parents the benefit of the doubt."
    ),
    _s("Hindsight bias makes past events look more predictable than they were."),
    _s(
        "Studies of procedural compliance suggest that adding more rules can crowd out professional judgement."
    ),
    _s("Definately a systems issue: the GP and HV records don't talk to each other."),
    # --- CLEAN: finding statements naming generic patterns (no case individuals).
    _s(
        "Across the partnership, passing a referral on is often treated as if it were the same as communicating the concern.",
        field="finding",
    ),
    _s(
        "Where a parent is warm and cooperative, professionals routinely find it harder to keep the child's experience in view.",
        field="finding",
    ),
    _s(
        "Assessment forms in the MASH ask for facts and leave little room to record doubt.",
        field="finding",
    ),
    _s(
        "Adults who refuse help and have capacity tend to fall between services, each assuming another holds the overview.",
        field="finding",
    ),
    _s(
        "Supervision in the assessment teams mostly checks timescales rather than helping workers think.",
        field="finding",
    ),
    _s(
        "Hospital discharge of older people living alone is shaped more by bed pressures than by what is known about their home.",
        field="finding",
    ),
    _s(
        "In domestic abuse cases, risk grading at MARAC depends heavily on what the victim feels able to say on the day.",
        field="finding",
    ),
    _s(
        "Self-neglect referrals are often closed when the person declines help, with no plan for who keeps in touch.",
        field="finding",
    ),
    _s(
        "Health visitors in the area hold caseloads of around 600 children, which limits how often families with a new baby are seen.",
        field="finding",
    ),
    _s(
        "Procedures existed and were known; the question is why following them felt impossible on a Friday night.",
        field="finding",
    ),
    _s(
        "When a child turns eighteen, the plan around them tends to stop rather than hand over.",
        field="finding",
    ),
    _s(
        "Fathers and male partners are seldom invited into assessments unless they live in the home full time.",
        field="finding",
    ),
    # --- CLEAN: why it matters and how we know it is not a one-off.
    _s(
        "This matters because a concern held in one agency's record cannot protect a child unless someone else knows it is there.",
        field="finding",
    ),
    _s(
        "It matters because in busy services a first view of a family tends to stick, and new information gets read to fit it.",
        field="finding",
    ),
    _s(
        "Staff in three agencies told us this was usual, and the MASH audit for 2023 showed the same pattern.",
        field="finding",
    ),
    _s(
        "In four of the last six local reviews, step-down happened without a multi-agency meeting.",
        field="finding",
    ),
    _s(
        "Why it matters: older people who refuse care may be left with no one who holds their history.",
        field="finding",
    ),
    _s(
        "Without feedback, referrers cannot tell whether their concern was heard, and some stop referring.",
        field="finding",
    ),
    _s(
        "the risk is that children living with chronic neglect become part of the wallpaper for every agency",
        field="finding",
    ),
    # --- CLEAN: genuine systemic questions for the partnership (some share words with fixes).
    _s(
        "How does the partnership find out whether schools hear back after a MASH referral?",
        field="finding",
    ),
    _s(
        "What would help duty workers see the whole history when the case record opens on the latest episode?",
        field="finding",
    ),
    _s(
        "What gets in the way of GPs and health visitors talking to each other about babies under one?",
        field="finding",
    ),
    _s(
        "Is the board aware of how often older patients are discharged on a Friday without a home assessment, and what drives it?",
        field="finding",
    ),
    _s(
        "How confident is the partnership that the threshold document helps practitioners decide, rather than being something they work around?",
        field="finding",
    ),
    _s(
        "What do practitioners say makes it hard to challenge a decision made by a more senior agency?",
        field="finding",
    ),
    _s(
        "Does the current training on self-neglect reflect the dilemmas practitioners face when a person with capacity refuses help?",
        field="finding",
    ),
    _s(
        "What would it take for the MASH checklist to support thinking rather than replace it?",
        field="finding",
    ),
    _s(
        "How are MARAC actions tracked once the meeting ends, and who notices when one lapses?",
        field="finding",
    ),
    _s(
        "How can the board help agencies hold on to the child's lived experience when parents dominate meetings?",
        field="finding",
    ),
    _s(
        "What would help ward staff ask who is at home when an older patient is ready to leave?",
        field="finding",
    ),
    _s(
        "Are there ways to make it easier for probation to hear from children's services when a licence ends?",
        field="finding",
    ),
    _s(
        "How does the board know whether reminders to staff about procedures change what happens on a busy shift?",
        field="finding",
    ),
    _s(
        "The partnership has already run training on bruising in infants; what stops staff using it at six on a Friday evening?",
        field="finding",
    ),
    _s(
        "What would a checklist miss in a family like this, where the risk sat in relationships rather than the house?",
        field="finding",
    ),
    _s(
        "Who, in the current arrangements, is responsible for thinking about the whole family rather than their own part of it?",
        field="finding",
    ),
    _s(
        "Could the partnership explore with GP practices what makes scanned letters easy to file without anyone reading them?",
        field="finding",
    ),
    _s(
        "What support do supervisors need to make supervision a place for doubt rather than a check on deadlines?",
        field="finding",
    ),
]
