# Held-out labelled sentences for the Second Story language coach.
# Written from BRIEF.md and /work/shared/domain/method.md only, without sight of the coach's rules.
# Every person, family and worker is fictional. The sentences draw on several invented cases:
#   - Toby Marsh (baby), mother Kerry Marsh, her partner Dean Lacey, health visitor Bronwen Pryce,
#     GP Dr Oyelaran, social worker Gemma Stott
#   - Lenka Horvath (14), school DSL Mr Ainsworth, CAMHS clinician Priya Nandakumar, PC Dunmore
#   - Alfie and Maisie Crowther (twins), father Lee Crowther, housing officer Sandra Kettle, an IRO
#   - Jaxon Reid (6), mother Mrs Reid, father Mr Reid, midwife Siobhan Quigley
#   - Seun Adebayo (9), school nurse Heledd Morgan; Child F
# Kinds: counterfactual, blame, hindsight, reflexive_fix, case_specific. Empty list = clean.

SENTENCES = [
    # ------------------------------------------------------------------
    # COUNTERFACTUAL (analysis): modal should/could/would/ought, "had X done Y", "if only",
    # "it would have been better if", "missed opportunity".
    # ------------------------------------------------------------------
    {"text": "The health visitor should have seen Toby undressed at the six-week check.", "kinds": ["counterfactual"], "field": "analysis", "names": ["Toby Marsh", "Toby"]},
    {"text": "Had the GP rung the health visitor after the second attendance, the pattern of bruising would have come together.", "kinds": ["counterfactual"], "field": "analysis", "names": []},
    {"text": "if only someone had asked Lenka what was going on at home", "kinds": ["counterfactual"], "field": "analysis", "names": ["Lenka Horvath", "Lenka"]},
    {"text": "The social worker ought to have insisted on seeing the twins' bedroom.", "kinds": ["counterfactual"], "field": "analysis", "names": []},
    {"text": "It would have been better if the strategy discussion had included the school.", "kinds": ["counterfactual"], "field": "analysis", "names": []},
    {"text": "A referral to the MASH could have been made on the day of the disclosure.", "kinds": ["counterfactual"], "field": "analysis", "names": []},
    {"text": "This was a missed opportunity to share the PPN with the health visiting team.", "kinds": ["counterfactual"], "field": "analysis", "names": []},
    {"text": "On a home visit Gemma would have noticed the state of the flat straight away.", "kinds": ["counterfactual"], "field": "analysis", "names": ["Gemma Stott", "Gemma"]},
    {"text": "The midwife could have asked about domestic abuse while Mr Reid was out of the room.", "kinds": ["counterfactual"], "field": "analysis", "names": ["Mr Reid"]},
    {"text": "Officers should have completed a DASH risk assessment at the scene rather than recording the incident as a verbal argument.", "kinds": ["counterfactual"], "field": "analysis", "names": []},
    {"text": "Had the housing officer passed on the neighbours' complaints, children's services might well have reopened the case.", "kinds": ["counterfactual"], "field": "analysis", "names": []},
    {"text": "CAMHS ought to have offered a second appointment instead of discharging after one DNA.", "kinds": ["counterfactual"], "field": "analysis", "names": []},
    {"text": "the IRO should of challenged the plan at the second review", "kinds": ["counterfactual"], "field": "analysis", "names": []},
    {"text": "One more phone call to the school would have changed everything.", "kinds": ["counterfactual"], "field": "analysis", "names": []},
    {"text": "There were at least three missed opportunities to consider neglect before Seun turned two.", "kinds": ["counterfactual"], "field": "analysis", "names": ["Seun Adebayo", "Seun"]},

    # COUNTERFACTUAL (finding field, generic wording, no names)
    {"text": "Referrals from A&E could have been screened far more quickly if the MASH had had a health practitioner on site.", "kinds": ["counterfactual"], "field": "finding", "names": []},
    {"text": "Practitioners should have had access to the full chronology when the case transferred between teams.", "kinds": ["counterfactual"], "field": "finding", "names": []},
    {"text": "Agencies would have recognised the risk sooner had they pooled what they each knew.", "kinds": ["counterfactual"], "field": "finding", "names": []},

    # ------------------------------------------------------------------
    # BLAME, classic verbs: failed to, neglected to, missed, ignored, overlooked, did not bother.
    # ------------------------------------------------------------------
    {"text": "The GP failed to act on the health visitor's letter.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "The school neglected to tell children's social care about the second disclosure.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "Police missed the significance of the children being in the room during the assault.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "The social worker ignored the grandmother's repeated concerns.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "Housing overlooked the overcrowding entirely.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "nobody bothered to check whether Dean Lacey was actually living at the address", "kinds": ["blame"], "field": "analysis", "names": ["Dean Lacey"]},
    {"text": "The DSL did not bother following up when Lenka stopped coming to school.", "kinds": ["blame"], "field": "analysis", "names": ["Lenka Horvath", "Lenka"]},
    {"text": "In the end, CAMHS failed Lenka.", "kinds": ["blame"], "field": "analysis", "names": ["Lenka Horvath", "Lenka"]},
    {"text": "At booking the midwife overlooked the mother's mention of previous social care involvement.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "Children's services repeatedly ignored the warning signs.", "kinds": ["blame", "hindsight"], "field": "analysis", "names": []},
    {"text": "Early help failed to escalate despite four months of non-engagement.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "Finding: schools in the borough routinely fail to share attendance concerns with social care.", "kinds": ["blame"], "field": "finding", "names": []},

    # ------------------------------------------------------------------
    # BLAME, NEW class: competence / judgement verdicts with no modal verb (evaluative adjectives,
    # nouns, idioms about the practitioner or their work).
    # ------------------------------------------------------------------
    {"text": "This was a careless piece of recording by the duty worker.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "The health visitor's assessment was naive about the partner's role in the household.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "Sloppy handover between the two social workers.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "The school's response to Lenka's disclosure was complacent.", "kinds": ["blame"], "field": "analysis", "names": ["Lenka Horvath", "Lenka"]},
    {"text": "Frankly, the agencies let Maisie and Alfie down.", "kinds": ["blame"], "field": "analysis", "names": ["Maisie Crowther", "Alfie Crowther", "Maisie", "Alfie"]},
    {"text": "Children's social care dropped the ball when the case moved to the locality team.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "The GP practice appears to have been asleep at the wheel throughout 2022.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "Closing the case without seeing the children was a basic error.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "poor practice by the HV at the new birth visit", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "Once the arrest was made the officer took his eye off the ball.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "Nursery staff turned a blind eye to the repeated bruises on Alfie's arms.", "kinds": ["blame"], "field": "analysis", "names": ["Alfie Crowther", "Alfie"]},
    {"text": "Accepting the mother's account at face value was negligent.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "Her tone with the father on the phone was unprofessional.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "An incompetent assessment that never got past the front door.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "The child in need plan was a shambles from start to finish.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "The social worker was out of her depth.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "A lazy, tick-box core assessment.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "Supervision in the team was woefully inadequate.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "The housing officer's handling of the complaints was grossly negligent.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "Ms Kettle showed a shocking lack of curiosity about who was living in the flat.", "kinds": ["blame"], "field": "analysis", "names": ["Sandra Kettle", "Ms Kettle"]},
    {"text": "This was a serious lapse of judgement by the duty sergeant.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "The CAMHS discharge was a poor decision, plain and simple.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "Practitioners were far too trusting of the mother and far too quick to close.", "kinds": ["blame"], "field": "analysis", "names": []},
    {"text": "Bronwen's record keeping was shoddy.", "kinds": ["blame"], "field": "analysis", "names": ["Bronwen Pryce", "Bronwen"]},
    {"text": "Finding: health visitors in the county are complacent about bruising in babies who cannot yet crawl.", "kinds": ["blame"], "field": "finding", "names": []},
    {"text": "Why it matters: slapdash information sharing by agencies leaves children exposed.", "kinds": ["blame"], "field": "finding", "names": []},

    # ------------------------------------------------------------------
    # HINDSIGHT, "obvious" in many forms (what is known now treated as knowable then).
    # ------------------------------------------------------------------
    {"text": "It was obvious that Dean Lacey had moved into the flat.", "kinds": ["hindsight"], "field": "analysis", "names": ["Dean Lacey"]},
    {"text": "The signs of neglect were there for anyone to see.", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "Clearly the injury to Toby's ear was non-accidental.", "kinds": ["hindsight"], "field": "analysis", "names": ["Toby Marsh", "Toby"]},
    {"text": "There can be no doubt that the children were at risk of significant harm by the summer.", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "It should have been apparent to the school that Lenka was being groomed.", "kinds": ["hindsight", "counterfactual"], "field": "analysis", "names": ["Lenka Horvath", "Lenka"]},
    {"text": "Anyone reading the chronology can see where this was heading.", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "The pattern of missed health appointments was plain to everyone.", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "Even a quick look at the file makes it self-evident that the father posed a risk.", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "With the benefit of hindsight it is clear that the referral met the threshold for a section 47 enquiry.", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "The risk was staring everyone in the face.", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "it was blindingly obvious mum wasn't coping", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "No one could have failed to notice the weight loss.", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "The escalation in Dean's behaviour was evident from the very first police call-out.", "kinds": ["hindsight"], "field": "analysis", "names": ["Dean Lacey", "Dean"]},
    {"text": "The writing was on the wall by the time of the second PPN.", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "Why it matters: the risks in families like this one are obvious, yet agencies still do not act on them.", "kinds": ["hindsight"], "field": "finding", "names": []},

    # ------------------------------------------------------------------
    # HINDSIGHT, NEW class: outcome bias (later harm offered as proof an earlier decision was wrong).
    # ------------------------------------------------------------------
    {"text": "Toby's fractured skull shows that stepping the case down to child in need was the wrong decision.", "kinds": ["hindsight"], "field": "analysis", "names": ["Toby Marsh", "Toby"]},
    {"text": "The later assault proves the risk assessment was not fit for purpose.", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "After what happened to Maisie, it is plain that the safety plan was never safe.", "kinds": ["hindsight"], "field": "analysis", "names": ["Maisie Crowther", "Maisie"]},
    {"text": "Jaxon's death demonstrates that the threshold decision in the MASH was flawed.", "kinds": ["hindsight"], "field": "analysis", "names": ["Jaxon Reid", "Jaxon"]},
    {"text": "That the baby was injured within a fortnight of closure tells us the closure was premature.", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "The outcome speaks for itself: the plan did not protect the children.", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "The overdose that followed confirms CAMHS discharged Lenka too early.", "kinds": ["hindsight"], "field": "analysis", "names": ["Lenka Horvath", "Lenka"]},
    {"text": "Since the twins were later found in a cold, filthy flat, the housing assessment must have been wrong.", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "The tragic outcome is proof enough that the agencies' response was not good enough.", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "Because the injuries happened while the case was open, the monitoring visits were plainly ineffective.", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "what happened in october shows the MASH decision was the wrong one", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "In light of the outcome, the decision not to hold a strategy meeting cannot be defended.", "kinds": ["hindsight"], "field": "analysis", "names": []},
    {"text": "The fact that Seun ended up in hospital malnourished tells you everything about the quality of the early help plan.", "kinds": ["hindsight"], "field": "analysis", "names": ["Seun Adebayo", "Seun"]},
    {"text": "Why it matters: this child's death shows that the current threshold document does not work.", "kinds": ["hindsight"], "field": "finding", "names": []},

    # ------------------------------------------------------------------
    # REFLEXIVE FIX, statements aimed at groups of staff or organisations (finding field mostly).
    # ------------------------------------------------------------------
    {"text": "All health visitors should receive refresher training on bruising in non-mobile babies.", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "Staff must follow the escalation procedure.", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "The partnership should introduce a new checklist for new birth visits.", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "Every school should be reminded of its duty to share concerns with children's social care.", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "GPs need more safeguarding training.", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "A new protocol for information sharing between housing and children's services is needed.", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "Agencies should audit compliance with the domestic abuse policy every six months.", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "The police should remind officers to submit a PPN for every incident where children live at the address.", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "Practitioners must be reminded that non-engagement is a risk factor.", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "Recommendation: a mandatory closure form to be signed off by a manager before any early help case is closed.", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "The board should commission multi-agency training on disguised compliance.", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "maternity staff to be re-briefed on the routine enquiry policy", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "Children's social care should rewrite its supervision policy and monitor adherence to it.", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "Early help practitioners must adhere to the step-up procedure in every case.", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "The lesson here is simply that staff need to read the policy.", "kinds": ["reflexive_fix"], "field": "analysis", "names": []},

    # REFLEXIVE FIX, question form (stock remedy dressed as a question for the partnership).
    {"text": "Should all duty social workers attend refresher training on threshold decisions?", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "Can the partnership confirm that every DSL in the borough will redo the level 3 course this year?", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "Does the board agree that a new referral form for A&E staff is required?", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "How will the partnership make sure that practitioners comply with the neglect toolkit?", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "Should the police introduce a checklist so that officers always ask about children in the household?", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "Would a reminder to all GPs about the was-not-brought policy stop this happening again?", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "Should midwives be retrained in routine enquiry about domestic abuse?", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "What additional training will the board provide for health visitors on coercive control?", "kinds": ["reflexive_fix"], "field": "finding", "names": []},
    {"text": "Is it time for a compliance audit of every school's safeguarding log?", "kinds": ["reflexive_fix"], "field": "finding", "names": []},

    # ------------------------------------------------------------------
    # CASE-SPECIFIC findings: finding statement / why it matters / questions naming this case's
    # people or about this case's individuals rather than a pattern.
    # ------------------------------------------------------------------
    {"text": "Gemma Stott needs to visit unannounced when there are concerns about a new partner.", "kinds": ["case_specific"], "field": "finding", "names": ["Gemma Stott", "Gemma"]},
    {"text": "The health visitor in this case must share her concerns about the father with the GP.", "kinds": ["case_specific"], "field": "finding", "names": []},
    {"text": "Lenka's school should give her a named adult she can go to.", "kinds": ["case_specific"], "field": "finding", "names": ["Lenka Horvath", "Lenka"]},
    {"text": "Finding: Toby's GP practice does not link parents' records to the child's record.", "kinds": ["case_specific"], "field": "finding", "names": ["Toby Marsh", "Toby"]},
    {"text": "The Crowther twins' social worker did not have enough time to see the children alone.", "kinds": ["case_specific"], "field": "finding", "names": ["Alfie Crowther", "Maisie Crowther", "Crowther"]},
    {"text": "Why it matters: Kerry Marsh may have another baby and the same gaps could recur.", "kinds": ["case_specific"], "field": "finding", "names": ["Kerry Marsh", "Kerry"]},
    {"text": "How will Dr Oyelaran be supported to make safeguarding referrals in future?", "kinds": ["case_specific"], "field": "finding", "names": ["Dr Oyelaran"]},
    {"text": "PC Dunmore should be given feedback about the PPN he submitted.", "kinds": ["case_specific"], "field": "finding", "names": ["PC Dunmore"]},
    {"text": "Child F's school needs a clearer route for raising concerns with the MASH.", "kinds": ["case_specific"], "field": "finding", "names": ["Child F"]},
    {"text": "The IRO for Alfie and Maisie had too many cases to challenge the plan properly.", "kinds": ["case_specific"], "field": "finding", "names": ["Alfie Crowther", "Maisie Crowther", "Alfie", "Maisie"]},
    {"text": "Jaxon's family should be offered a whole-family assessment before the new baby arrives.", "kinds": ["case_specific"], "field": "finding", "names": ["Jaxon Reid", "Jaxon"]},
    {"text": "The midwife who looked after Mrs Reid does not routinely see women on their own.", "kinds": ["case_specific"], "field": "finding", "names": ["Mrs Reid", "Siobhan Quigley"]},
    {"text": "In this case the housing officer's worries never reached the social worker and that needs sorting out for this family.", "kinds": ["case_specific"], "field": "finding", "names": []},
    {"text": "Seun's school nurse needs supervision that helps her think about neglect.", "kinds": ["case_specific"], "field": "finding", "names": ["Seun Adebayo", "Seun"]},
    {"text": "Questions for the partnership: is Mr Ainsworth now confident about when to call the MASH?", "kinds": ["case_specific"], "field": "finding", "names": ["Mr Ainsworth"]},

    # ------------------------------------------------------------------
    # COMBINATIONS: several kinds in one sentence.
    # ------------------------------------------------------------------
    {"text": "The social worker should have seen that the mother was obviously lying.", "kinds": ["counterfactual", "hindsight"], "field": "analysis", "names": []},
    {"text": "Any competent practitioner would have recognised this as fabricated illness.", "kinds": ["counterfactual", "hindsight", "blame"], "field": "analysis", "names": []},
    {"text": "Sadly, the health visitor failed to spot what was clearly a non-accidental injury.", "kinds": ["blame", "hindsight"], "field": "analysis", "names": []},
    {"text": "The missed opportunity at the six-week check was a careless oversight.", "kinds": ["counterfactual", "blame"], "field": "analysis", "names": []},
    {"text": "Dr Oyelaran should have referred Toby, and all GPs need refresher training on bruising.", "kinds": ["case_specific", "counterfactual", "reflexive_fix"], "field": "finding", "names": ["Dr Oyelaran", "Toby Marsh", "Toby"]},
    {"text": "Ms Kettle ignored the obvious signs, and housing staff must now be reminded of the protocol.", "kinds": ["case_specific", "blame", "hindsight", "reflexive_fix"], "field": "finding", "names": ["Sandra Kettle", "Ms Kettle"]},
    {"text": "Had the school followed procedures Lenka would have been safe, so every DSL should be retrained.", "kinds": ["case_specific", "counterfactual", "reflexive_fix"], "field": "finding", "names": ["Lenka Horvath", "Lenka"]},
    {"text": "Given the outcome, the duty team's complacency is plain.", "kinds": ["hindsight", "blame"], "field": "analysis", "names": []},
    {"text": "It was plain to see that dad was dangerous and the police should have arrested him that night.", "kinds": ["hindsight", "counterfactual"], "field": "analysis", "names": []},
    {"text": "Poor practice: the IRO could have challenged the drift much earlier.", "kinds": ["blame", "counterfactual"], "field": "analysis", "names": []},
    {"text": "The school nurse in this case dropped the ball and should be retrained.", "kinds": ["case_specific", "blame", "reflexive_fix"], "field": "finding", "names": []},
    {"text": "The signs were all there and the early help worker simply missed them.", "kinds": ["hindsight", "blame"], "field": "analysis", "names": []},
    {"text": "With hindsight it is clear the case should never have been closed.", "kinds": ["hindsight", "counterfactual"], "field": "analysis", "names": []},
    {"text": "Why it matters: agencies failed to see the obvious, and staff must follow the procedures in future.", "kinds": ["blame", "hindsight", "reflexive_fix"], "field": "finding", "names": []},

    # ==================================================================
    # CLEAN SENTENCES (no kind). Mostly hard negatives sharing words with the flagged ones.
    # ==================================================================

    # CLEAN: reported speech and practitioners' own reflections (the reviewer reports, does not judge)
    {"text": "Bronwen said that, thinking about it now, she would like to have undressed Toby fully, but the room was cold and he was asleep.", "kinds": [], "field": "analysis", "names": ["Bronwen Pryce", "Bronwen", "Toby Marsh", "Toby"]},
    {"text": "Dr Oyelaran reflected that if the practice system had flagged the earlier A&E letter he would probably have phoned the health visitor.", "kinds": [], "field": "analysis", "names": ["Dr Oyelaran"]},
    {"text": "Mr Ainsworth described feeling that he had failed Lenka, which the review heard as a measure of how much he cared about her.", "kinds": [], "field": "analysis", "names": ["Mr Ainsworth", "Lenka Horvath", "Lenka"]},
    {"text": "At the learning event, officers said they sometimes miss the PPN step when the system times out at the end of a shift.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The twins' aunt told the reviewer that 'social services should have taken them years ago'.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Practitioners at the workshop described the referral form as 'a wall of tick boxes'.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Ms Nandakumar explained that the CAMHS service discharges after two missed appointments unless the referrer objects.", "kinds": [], "field": "analysis", "names": ["Priya Nandakumar", "Ms Nandakumar"]},
    {"text": "Looking back, the IRO said she would have liked more time to read the file before the review meeting.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Several health visitors told us they feel they ought to have more time with first-time parents but their caseloads do not allow it.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The sergeant said that in his words 'we dropped the ball', but the handover system he described made such gaps likely on any night shift.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Lee Crowther told the review that nobody had ever asked him about the children's routines.", "kinds": [], "field": "analysis", "names": ["Lee Crowther"]},
    {"text": "The midwife recalled thinking Mr Reid was a bit over-attentive, but that plenty of new fathers are.", "kinds": [], "field": "analysis", "names": ["Mr Reid", "Siobhan Quigley"]},
    {"text": "The duty manager said she had asked herself at the time whether a strategy discussion was needed and decided the threshold was not met.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Ms Kettle said she now thinks she should have rung social care, but at the time housing had no direct route to do so.", "kinds": [], "field": "analysis", "names": ["Sandra Kettle", "Ms Kettle"]},
    {"text": "Gemma Stott told us she had never been told that Dean Lacey had a probation officer.", "kinds": [], "field": "analysis", "names": ["Gemma Stott", "Dean Lacey"]},

    # CLEAN: what guidance, procedures or a plan required (descriptive "should/must/would")
    {"text": "The local neglect strategy expects practitioners to use the graded care profile where there are concerns about home conditions.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Under the partnership's bruising protocol, any bruise on a non-mobile baby should prompt a same-day paediatric assessment.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Working Together says a strategy discussion should involve children's social care, the police and health as a minimum.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The child in need plan stated that the family support worker would visit weekly.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Trust policy at the time required midwives to ask every woman about domestic abuse at booking, when seen alone.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The PPN guidance says officers must record the names and ages of any children in the household.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Early help procedures allowed cases to be closed after three unsuccessful attempts at contact.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Guidance in force in 2021 did not require schools to tell the health visitor when a pupil's sibling was born.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The practice's was-not-brought policy asks GPs to review the record after a child misses two appointments.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The escalation policy expects staff who disagree with a MASH decision to raise it with a manager within 48 hours.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The core group was supposed to meet every six weeks; it met twice in seven months.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The plan said the family support worker would help mum set up a bedtime routine.", "kinds": [], "field": "analysis", "names": []},

    # CLEAN: family members' actions (blame-like verbs about parents and relatives are not flagged)
    {"text": "Kerry missed the eight-week immunisations and the baby clinic in the same fortnight.", "kinds": [], "field": "analysis", "names": ["Kerry Marsh", "Kerry"]},
    {"text": "Dean Lacey failed to attend the perpetrator programme after the first session.", "kinds": [], "field": "analysis", "names": ["Dean Lacey"]},
    {"text": "Mum did not answer the door on three announced visits.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The father ignored repeated letters from the school about attendance.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Lenka's stepfather neglected to mention that he had previous convictions.", "kinds": [], "field": "analysis", "names": ["Lenka Horvath", "Lenka"]},
    {"text": "The grandmother overlooked the bruises, believing Alfie had fallen at nursery.", "kinds": [], "field": "analysis", "names": ["Alfie Crowther", "Alfie"]},
    {"text": "Mrs Reid cancelled the antenatal appointment twice, saying she had no childcare.", "kinds": [], "field": "analysis", "names": ["Mrs Reid"]},
    {"text": "dad missed the review conference because he was in custody", "kinds": [], "field": "analysis", "names": []},
    {"text": "The mother declined a referral to the perinatal mental health team.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Seun's mother did not bring him to either audiology appointment.", "kinds": [], "field": "analysis", "names": ["Seun Adebayo", "Seun"]},

    # CLEAN: local rationality (why it made sense at the time)
    {"text": "With thirty-one contacts on the MASH screen that morning, a phone call to the school felt like a proportionate check.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Bronwen had known Kerry since her first pregnancy and saw her as a mother who asked for help when she needed it.", "kinds": [], "field": "analysis", "names": ["Bronwen Pryce", "Bronwen", "Kerry Marsh", "Kerry"]},
    {"text": "Because the school had only ever known Lenka as a high achiever, the drop in her grades read as exam stress.", "kinds": [], "field": "analysis", "names": ["Lenka Horvath", "Lenka"]},
    {"text": "The attending officer was single-crewed, it was 2 a.m., and her priority was separating the adults safely.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Gemma's manager had told the team to clear the backlog of assessments that were out of timescale first.", "kinds": [], "field": "analysis", "names": ["Gemma Stott", "Gemma"]},
    {"text": "The housing officer did not see the complaints as a safeguarding matter; in her role, noise and rubbish were tenancy issues.", "kinds": [], "field": "analysis", "names": []},
    {"text": "To the midwife, Mr Reid's constant presence looked like devotion rather than control.", "kinds": [], "field": "analysis", "names": ["Mr Reid"]},
    {"text": "The IRO was chairing eleven reviews that month and relied on the social worker's report to prepare.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The duty worker read the referral as a parenting dispute because the system showed no previous contacts under the child's new surname.", "kinds": [], "field": "analysis", "names": []},
    {"text": "From where the early help worker stood, things had improved: the house was tidier and the children were in school.", "kinds": [], "field": "analysis", "names": []},
    {"text": "the HV knew the GP was a locum and didnt expect him to know the family", "kinds": [], "field": "analysis", "names": []},
    {"text": "The paediatric registrar was the only doctor covering both the children's ward and A&E that night.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Nothing on the CAMHS referral said that Lenka had been reported missing twice.", "kinds": [], "field": "analysis", "names": ["Lenka Horvath", "Lenka"]},
    {"text": "The social worker had been qualified for eight months and this was her first case with a hostile parent.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The obvious explanation at the time, given the baby's eczema, was that the marks were skin-related.", "kinds": [], "field": "analysis", "names": []},
    {"text": "What seemed clear to the duty team that night was that the children were safe with their grandmother.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Nobody at the time had all of this information in one place.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Kerry presented as warm and organised at every visit, which reassured Bronwen.", "kinds": [], "field": "analysis", "names": ["Kerry Marsh", "Kerry", "Bronwen Pryce", "Bronwen"]},
    {"text": "When Lenka said she was 'fine', the DSL had no other source of information to test that against.", "kinds": [], "field": "analysis", "names": ["Lenka Horvath", "Lenka"]},
    {"text": "Heledd Morgan saw Seun for ten minutes in a shared room, with a queue of Year 5 children waiting for vision checks.", "kinds": [], "field": "analysis", "names": ["Heledd Morgan", "Seun Adebayo", "Seun"]},

    # CLEAN: practice described neutrally (what happened, without verdict)
    {"text": "The health visitor did not see Toby undressed at the six-week contact.", "kinds": [], "field": "analysis", "names": ["Toby Marsh", "Toby"]},
    {"text": "The strategy discussion was held by phone between the police and the duty social worker; health was not included.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The GP recorded the bruise as 'accidental, per mum' and gave no further detail.", "kinds": [], "field": "analysis", "names": []},
    {"text": "No referral was made to the MASH after the second disclosure.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The school logged five low-level concerns on CPOMS between September and December, each by a different member of staff.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The police did not submit a PPN for the incident on 3 March.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The child protection plan ended at the second review conference on the social worker's recommendation.", "kinds": [], "field": "analysis", "names": []},
    {"text": "CAMHS discharged Lenka after one attended and one missed appointment, sending a letter to the GP.", "kinds": [], "field": "analysis", "names": ["Lenka Horvath", "Lenka"]},
    {"text": "Toby was seen by five professionals in his first ten weeks, none of whom had the whole history.", "kinds": [], "field": "analysis", "names": ["Toby Marsh", "Toby"]},
    {"text": "In this case, the housing complaints log and the social work file never met.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Alfie's nursery key worker kept a detailed log of his arrival times and moods.", "kinds": [], "field": "analysis", "names": ["Alfie Crowther", "Alfie"]},

    # CLEAN: praise and good practice
    {"text": "Heledd Morgan's referral was clear, specific and quoted Seun's own words.", "kinds": [], "field": "analysis", "names": ["Heledd Morgan", "Seun Adebayo", "Seun"]},
    {"text": "The duty social worker went back to the house that evening even though no visit was scheduled.", "kinds": [], "field": "analysis", "names": []},
    {"text": "A thoughtful, well-evidenced pre-birth assessment that drew on the father's probation history.", "kinds": [], "field": "analysis", "names": []},
    {"text": "PC Dunmore's PPN described exactly what the children had seen and heard.", "kinds": [], "field": "analysis", "names": ["PC Dunmore"]},
    {"text": "This was good practice: the midwife booked an interpreter and saw the mother alone.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The IRO's challenge at the second review was brave and well reasoned.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The GP's letter to the paediatrician was careful and set out the whole history, not only the latest attendance.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The early help worker clearly explained to the family why she was worried.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Clearly written and sent the same day, the housing officer's email reached the right social worker.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The team manager's supervision notes show reflective discussion of the father's role, not just a task list.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Mr Ainsworth did not let the matter drop: he rang the MASH twice and then emailed the team manager.", "kinds": [], "field": "analysis", "names": ["Mr Ainsworth"]},

    # CLEAN: training that already happened (description, not a remedy)
    {"text": "The health visitor had completed the trust's level 3 safeguarding update eleven months before the new birth visit.", "kinds": [], "field": "analysis", "names": []},
    {"text": "All officers on the response team had attended domestic abuse awareness training in 2020.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The DSL had been in post for two terms and had done the two-day DSL course before starting.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Ms Nandakumar had not yet done the trust's self-harm risk training; it was booked for the following month.", "kinds": [], "field": "analysis", "names": ["Priya Nandakumar", "Ms Nandakumar"]},
    {"text": "School staff received safeguarding refresher training every September, as statutory guidance expects.", "kinds": [], "field": "analysis", "names": []},

    # CLEAN: "missed" and "not seen" describing a system, not a person's failing
    {"text": "The A&E letter was missed because it arrived by post and was scanned under 'correspondence' rather than 'safeguarding'.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The second referral was missed at screening because the MASH system did not match the child's new surname to the earlier record.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Messages left on the shared duty phone were missed for a week while the team moved offices.", "kinds": [], "field": "analysis", "names": []},
    {"text": "the strategy meeting invite went to a generic inbox nobody monitored over Christmas", "kinds": [], "field": "analysis", "names": []},
    {"text": "Because the two records were held on different systems, the link between the adults was not visible to either agency.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The appointment reminder went to the family's previous address, so it was probably never received.", "kinds": [], "field": "analysis", "names": []},

    # CLEAN: research and method statements (mention hindsight/training/obvious without committing them)
    {"text": "Research on serious case reviews repeatedly finds that men in the household are often invisible to services.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Studies of review reports suggest that recommendations for more training rarely change practice on their own.", "kinds": [], "field": "finding", "names": []},
    {"text": "The literature on the rule of optimism describes how practitioners give parents the benefit of the doubt in order to keep working with them.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Hindsight bias means reviewers tend to judge a decision more harshly once they know the outcome was bad.", "kinds": [], "field": "analysis", "names": []},
    {"text": "National analyses of case reviews note that bruising in non-mobile babies is a recurring theme.", "kinds": [], "field": "finding", "names": []},
    {"text": "The reviewer's task is to judge practice by what could reasonably be known at the time.", "kinds": [], "field": "analysis", "names": []},

    # CLEAN: findings about patterns, why they matter, and genuine systemic questions for the partnership
    {"text": "What does the partnership know about how often schools hear back after making a referral to the MASH?", "kinds": [], "field": "finding", "names": []},
    {"text": "What would make it easier for a GP to see that a letter about a child also concerns an adult on their list?", "kinds": [], "field": "finding", "names": []},
    {"text": "Finding: early help assessment forms ask for strengths and needs but leave no obvious place to record doubt.", "kinds": [], "field": "finding", "names": []},
    {"text": "Across the partnership, new adults joining a household are rarely identified unless a parent volunteers the information.", "kinds": [], "field": "finding", "names": []},
    {"text": "Why it matters: when each agency holds one piece of a pattern, no one is responsible for putting the pieces together.", "kinds": [], "field": "finding", "names": []},
    {"text": "How can the board be assured that stepping down from child protection to early help does not lose the history of the case?", "kinds": [], "field": "finding", "names": []},
    {"text": "Staff told us that completing the checklist often takes the place of talking to the child, which the board may wish to explore.", "kinds": [], "field": "finding", "names": []},
    {"text": "What pressures lead duty teams to treat a phone call as equivalent to an assessment?", "kinds": [], "field": "finding", "names": []},
    {"text": "Is the partnership confident that practitioners feel able to challenge another agency's decision without damaging working relationships?", "kinds": [], "field": "finding", "names": []},
    {"text": "Finding: when a case transfers between teams, the receiving worker usually inherits a plan but not the reasoning behind it.", "kinds": [], "field": "finding", "names": []},
    {"text": "An audit of twenty closed early help cases found the same pattern in twelve of them.", "kinds": [], "field": "finding", "names": []},
    {"text": "What would help a newly qualified social worker keep the father in mind when he is never at home during visits?", "kinds": [], "field": "finding", "names": []},
    {"text": "Why it matters: babies who cannot yet crawl are seen mainly by universal services, so a cue that is not followed up there may not be seen by any other service.", "kinds": [], "field": "finding", "names": []},
    {"text": "What evidence does the board have that the 2021 information-sharing protocol changed how housing and social care talk to each other?", "kinds": [], "field": "finding", "names": []},
    {"text": "How do supervisors make space for thinking about a case when the supervision template is built around timescales?", "kinds": [], "field": "finding", "names": []},
    {"text": "Should the partnership explore why health visitors rarely take part in strategy discussions, and what would make that possible?", "kinds": [], "field": "finding", "names": []},
    {"text": "Finding: the performance framework rewards timely closure of early help episodes more visibly than it rewards staying involved.", "kinds": [], "field": "finding", "names": []},
    {"text": "Questions for the partnership: what stops a CAMHS clinician from telling the school directly about a discharge decision?", "kinds": [], "field": "finding", "names": []},
    {"text": "The review heard that the neglect toolkit is completed in most cases but rarely revisited once a plan is in place.", "kinds": [], "field": "finding", "names": []},
    {"text": "How does the partnership learn from cases that go well, such as pre-birth planning that involves probation early?", "kinds": [], "field": "finding", "names": []},
    {"text": "Finding: referral forms push referrers to state facts, and the worry that prompted the call often does not survive onto the page.", "kinds": [], "field": "finding", "names": []},
    {"text": "Why it matters: if a parent who seems cooperative is rarely seen as a possible risk, children in apparently engaged families may go unseen.", "kinds": [], "field": "finding", "names": []},
    {"text": "Housing officers told us they do not know who to call in children's services and usually write to the generic MASH address.", "kinds": [], "field": "finding", "names": []},
    {"text": "What is it about the way CAMHS waiting lists are managed that makes discharge after a missed appointment the default?", "kinds": [], "field": "finding", "names": []},

    # CLEAN: other hard negatives with should/could/would/if in non-counterfactual senses
    {"text": "It is possible the mother could not read the letters, as she had told the midwife she struggled with written English.", "kinds": [], "field": "analysis", "names": []},
    {"text": "The conference chair asked what the children would need to feel safe at home.", "kinds": [], "field": "analysis", "names": []},
    {"text": "Practitioners said a strategy discussion could take up to a week to arrange when health colleagues were on leave.", "kinds": [], "field": "analysis", "names": []},
    {"text": "If a health visitor is worried about a new partner, the only route to find out more is usually to ask the mother.", "kinds": [], "field": "finding", "names": []},
]
