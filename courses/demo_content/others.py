# Demo course content for Protocol Academy: two English-only courses.
# 1. Forensic examination without hymen examination (forensic and medical staff).
# 2. Consent, vulnerability and ex officio prosecution (prosecutors and judges).
# Drawn from the 2024 brief on violence against women and girls in Kazakhstan
# (shared/seed), the domain brief and the demo protocols. Plain literals only.

COURSES = [
    # 1. Forensic examination without hymen examination
    {
        "slug": "examining-without-hymen-examination",
        "audiences": ["forensic", "medical"],
        "topics": ["forensic-examination", "consent"],
        "protocols": ["forensic-examination-without-hymen-examination"],
        "duration_minutes": 64,
        "translations": ["en"],
        "en": {
            "title": "Forensic examination without hymen examination",
            "description": (
                "For forensic medical experts and medical staff who examine survivors of sexual "
                "violence. The course explains why hymen examinations must end, and how to carry "
                "out a prompt, consent-based examination that documents injuries, preserves "
                "evidence and connects the survivor to care."
            ),
            "modules": [
                {
                    "key": "why-hymen-examinations-must-end",
                    "title": "Why hymen examinations must end",
                    "intro": (
                        "This module explains why a hymen examination has no place in a forensic "
                        "examination, and what the examination should establish instead."
                    ),
                    "lessons": [
                        {
                            "key": "what-hymen-examination-shows",
                            "title": "What a hymen examination does and does not show",
                            "minutes": 10,
                            "blocks": [
                                {
                                    "type": "content_note",
                                    "text": (
                                        "This lesson discusses the forensic examination of "
                                        "survivors of sexual violence. It contains no graphic "
                                        "description."
                                    ),
                                },
                                {
                                    "type": "text",
                                    "html": (
                                        "<p>Hymen (“virginity”) examinations are still carried "
                                        "out on survivors of sexual violence in Kazakhstan. Their "
                                        "findings are <strong>rarely probative</strong> of whether "
                                        "sexual violence took place, and they <strong>divert "
                                        "attention</strong> from what the case actually needs: "
                                        "establishing injuries and collecting evidence.</p>"
                                        "<p>The examination is also humiliating and can "
                                        "re-traumatise the survivor at the moment she most needs "
                                        "to be treated with respect. Fear of humiliation is one of "
                                        "the barriers that keep survivors from reporting at "
                                        "all.</p>"
                                        "<p>Civil-society organisations have highlighted the lack "
                                        "of gender-sensitive protocols for forensic examinations, "
                                        "and recommend protocols for medical staff grounded in UN "
                                        "recommendations. The protocol you are learning is one of "
                                        "them, and its rule is simple: <strong>never perform a "
                                        "hymen examination</strong>.</p>"
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "forensic-examination-without-hymen-examination",
                                    "clause": "no-hymen-exam",
                                    "note": (
                                        "This is the central rule of the protocol: no hymen "
                                        "examination, and no description of the hymen or of the "
                                        "survivor's presumed sexual history in the conclusion."
                                    ),
                                },
                                {
                                    "type": "key_points",
                                    "items": [
                                        "A hymen examination is rarely probative of sexual violence.",
                                        "It diverts attention from injuries and other evidence.",
                                        "It is humiliating and can re-traumatise the survivor.",
                                        "The protocol forbids it, and forbids describing the hymen or sexual history in the conclusion.",
                                    ],
                                },
                                {
                                    "type": "reflection",
                                    "prompt": (
                                        "Think of the conclusions you have written or read. How "
                                        "often did they describe the hymen, and what did that "
                                        "description add to the investigation?"
                                    ),
                                },
                            ],
                        },
                        {
                            "key": "consent-not-sexual-history",
                            "title": "The question is violence and consent, not sexual history",
                            "minutes": 10,
                            "blocks": [
                                {
                                    "type": "content_note",
                                    "text": (
                                        "This lesson discusses sexual violence and how it is "
                                        "proved. It contains no graphic description."
                                    ),
                                },
                                {
                                    "type": "text",
                                    "html": (
                                        "<p>The Criminal Code defines rape (art. 120) and violent "
                                        "acts of a sexual nature (art. 121) by violence, the threat "
                                        "of violence or the use of the victim's helpless "
                                        "condition. International standards binding on Kazakhstan, "
                                        "including CEDAW General Recommendation No. 35, call for "
                                        "sexual crimes to be defined by the <strong>lack of freely "
                                        "given consent</strong>, taking account of coercive "
                                        "circumstances.</p>"
                                        "<p>Neither standard asks whether the survivor had sexual "
                                        "experience before. What matters is whether violence was "
                                        "used and whether she freely consented. A forensic "
                                        "conclusion helps the case when it records injuries, "
                                        "samples and her account precisely and neutrally.</p>"
                                        "<p>Many survivors do not resist because they are afraid, "
                                        "and have no visible injuries. <strong>The absence of "
                                        "injuries does not mean the absence of violence</strong>, "
                                        "and the conclusion must not suggest otherwise.</p>"
                                    ),
                                },
                                {
                                    "type": "key_points",
                                    "items": [
                                        "A survivor's sexual history is irrelevant to whether she was assaulted.",
                                        "Record what you find, neutrally: injuries, samples and her account in her own words.",
                                        "Record the absence of visible injuries without conclusions about consent or resistance.",
                                        "Never comment on whether she resisted “enough” or can be believed.",
                                    ],
                                },
                                {
                                    "type": "reflection",
                                    "prompt": (
                                        "How would you explain to a colleague, in two or three "
                                        "sentences, why a finding about the hymen cannot answer "
                                        "the question the court must decide?"
                                    ),
                                },
                            ],
                        },
                        {
                            "key": "when-asked-for-hymen-examination",
                            "title": "When someone asks for a hymen examination",
                            "minutes": 10,
                            "blocks": [
                                {
                                    "type": "content_note",
                                    "text": (
                                        "This lesson discusses requests made during the "
                                        "examination of a survivor of sexual violence. It contains "
                                        "no graphic description."
                                    ),
                                },
                                {
                                    "type": "text",
                                    "html": (
                                        "<p>Requests for a hymen examination may come from an "
                                        "investigator's referral, from a relative or from a "
                                        "colleague used to the old practice. The protocol tells "
                                        "you what to do:</p>"
                                        "<ol>"
                                        "<li>Do not carry out the hymen examination.</li>"
                                        "<li>Record the request: who made it and when.</li>"
                                        "<li>Explain that this examination is not part of the "
                                        "protocol.</li>"
                                        "<li>Inform your supervisor.</li>"
                                        "<li>Offer the survivor the full, consent-based "
                                        "examination that the case does need.</li>"
                                        "</ol>"
                                    ),
                                },
                                {
                                    "type": "scenario",
                                    "situation": (
                                        "You receive a referral for a woman who has reported "
                                        "rape. Among the questions the investigator asks you to "
                                        "answer is whether her hymen is intact. She is waiting in "
                                        "the examination room."
                                    ),
                                    "question": "What do you do?",
                                    "choices": [
                                        {
                                            "text": "Answer all the questions in the referral, including the one about the hymen, since the investigator has asked for it.",
                                            "outcome": (
                                                "The survivor undergoes a humiliating procedure "
                                                "that is rarely probative, and the conclusion "
                                                "draws attention to her sexual history instead of "
                                                "to injuries and evidence. A referral does not "
                                                "override the protocol."
                                            ),
                                            "recommended": False,
                                        },
                                        {
                                            "text": "Return the referral and postpone the examination until the investigator sends a corrected one.",
                                            "outcome": (
                                                "The request is refused, but the survivor pays the "
                                                "price: she is sent away, the examination is "
                                                "delayed and evidence may be lost. The problem is "
                                                "one question, not the whole examination."
                                            ),
                                            "recommended": False,
                                        },
                                        {
                                            "text": "Proceed with the consent-based examination without a hymen examination, record the request, explain in the conclusion that this examination is not part of the protocol, and inform your supervisor.",
                                            "outcome": (
                                                "The survivor is examined promptly and with "
                                                "respect, the evidence the case needs is "
                                                "collected, and the request is documented so that "
                                                "the practice can be corrected. This is what the "
                                                "protocol requires."
                                            ),
                                            "recommended": True,
                                        },
                                    ],
                                },
                                {
                                    "type": "scenario",
                                    "situation": (
                                        "An adult survivor arrives with her mother. Before the "
                                        "examination, the mother asks you privately to “check "
                                        "whether she is still a virgin”, saying the family needs "
                                        "to know."
                                    ),
                                    "question": "How do you respond?",
                                    "choices": [
                                        {
                                            "text": "Explain to the mother, calmly, that this examination is not performed, record the request, and speak with the survivor alone about the examination and who she wishes to have present.",
                                            "outcome": (
                                                "The survivor's dignity and privacy are protected, "
                                                "and she, not her family, decides who is present. "
                                                "The mother is treated with respect without her "
                                                "request being met."
                                            ),
                                            "recommended": True,
                                        },
                                        {
                                            "text": "Agree to the mother's request to avoid a conflict with the family.",
                                            "outcome": (
                                                "The protocol forbids this examination whoever "
                                                "asks for it. Agreeing would humiliate the "
                                                "survivor and could expose her to blame from her "
                                                "relatives."
                                            ),
                                            "recommended": False,
                                        },
                                    ],
                                },
                            ],
                        },
                    ],
                },
                {
                    "key": "prompt-consent-based-examination",
                    "title": "A prompt, consent-based, evidence-focused examination",
                    "intro": (
                        "This module walks through the examination the protocol requires, from the "
                        "referral to the survivor's departure."
                    ),
                    "lessons": [
                        {
                            "key": "prompt-and-close",
                            "title": "Prompt, and as close to the survivor as possible",
                            "minutes": 10,
                            "blocks": [
                                {
                                    "type": "content_note",
                                    "text": (
                                        "This lesson discusses the examination of survivors of "
                                        "sexual violence. It contains no graphic description."
                                    ),
                                },
                                {
                                    "type": "text",
                                    "html": (
                                        "<p>Forensic examination bureaus are often not located "
                                        "with the investigative authorities. A survivor who "
                                        "receives a referral may find the bureau hard to reach, "
                                        "and evidence can be lost while she travels to it. The "
                                        "delay is not her fault, and it must not become her "
                                        "burden.</p>"
                                        "<p>The protocol puts the effort on the system: agree on "
                                        "the nearest suitable place at once, let the expert travel "
                                        "if needed, arrange transport, and never let the "
                                        "examination delay urgent medical care.</p>"
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "forensic-examination-without-hymen-examination",
                                    "clause": "prompt-nearby",
                                    "note": (
                                        "Evidence is lost with time and distance. This clause "
                                        "makes the examination come to the survivor, not the "
                                        "other way round."
                                    ),
                                },
                                {
                                    "type": "scenario",
                                    "situation": (
                                        "A survivor is being treated at a district hospital far "
                                        "from the regional forensic bureau. The investigator "
                                        "calls to say she has been given a referral and will come "
                                        "to the bureau by bus in a few days, when she feels "
                                        "better."
                                    ),
                                    "question": "What do you suggest?",
                                    "choices": [
                                        {
                                            "text": "Agree: the bureau has the equipment, and she can come when she is ready.",
                                            "outcome": (
                                                "The delay and the journey fall on the survivor, "
                                                "and evidence may be lost in the meantime. The "
                                                "protocol asks you not to send her on a long "
                                                "journey."
                                            ),
                                            "recommended": False,
                                        },
                                        {
                                            "text": "Agree with the investigator to examine her at the district hospital, with her consent, by travelling there or arranging for a qualified doctor at the hospital to do so.",
                                            "outcome": (
                                                "The examination takes place promptly, where she "
                                                "already receives care, without cost or delay for "
                                                "her. Evidence is preserved and her treatment is "
                                                "not interrupted."
                                            ),
                                            "recommended": True,
                                        },
                                    ],
                                },
                                {
                                    "type": "key_points",
                                    "items": [
                                        "Agree on the nearest suitable place as soon as the referral arrives.",
                                        "Let the expert travel rather than the survivor where possible.",
                                        "If she must travel, the cost and delay must not fall on her.",
                                        "Urgent medical care always comes first.",
                                    ],
                                },
                            ],
                        },
                        {
                            "key": "consent-and-examiner-choice",
                            "title": "Consent at every step, and her choice of examiner",
                            "minutes": 12,
                            "blocks": [
                                {
                                    "type": "content_note",
                                    "text": (
                                        "This lesson discusses the examination of survivors of "
                                        "sexual violence. It contains no graphic description."
                                    ),
                                },
                                {
                                    "type": "text",
                                    "html": (
                                        "<p>A survivor of sexual violence has had control over "
                                        "her body taken from her. The examination must give it "
                                        "back. Explain each step in a language she understands, "
                                        "ask for consent <strong>before every step</strong>, and "
                                        "respect a refusal or a request to stop, recording it "
                                        "without asking her to give reasons.</p>"
                                        "<p>Forensic experts are predominantly men, and being "
                                        "examined by a man can add to a woman's distress. Ask "
                                        "about her preference privately and meet it wherever "
                                        "possible.</p>"
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "forensic-examination-without-hymen-examination",
                                    "clause": "informed-consent",
                                    "note": (
                                        "Consent is sought for each step, not once at the start, "
                                        "and includes an interpreter and accommodations for a "
                                        "survivor with a disability."
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "forensic-examination-without-hymen-examination",
                                    "clause": "examiner-choice",
                                    "note": (
                                        "The sex of the examiner matters to many survivors. This "
                                        "clause makes asking about it routine."
                                    ),
                                },
                                {
                                    "type": "scenario",
                                    "situation": (
                                        "When you ask, the survivor says quietly that she would "
                                        "prefer a woman to examine her. The only expert on duty "
                                        "is a man, and the nearest female doctor works at a "
                                        "hospital across town."
                                    ),
                                    "question": "What do you do?",
                                    "choices": [
                                        {
                                            "text": "Reassure her that the male expert is very experienced and begin the examination.",
                                            "outcome": (
                                                "Her request is set aside, and the examination "
                                                "begins without her genuine consent to it. This "
                                                "can add to her distress and undermine her trust "
                                                "in the process."
                                            ),
                                            "recommended": False,
                                        },
                                        {
                                            "text": "Explain the situation and offer her the options: calling in the female doctor, waiting, or a female chaperone being present. Let her choose, and record her request and choice.",
                                            "outcome": (
                                                "She decides what happens to her body, with "
                                                "honest information. Recording the request also "
                                                "shows where the service needs more female "
                                                "examiners."
                                            ),
                                            "recommended": True,
                                        },
                                        {
                                            "text": "Tell her the examination will have to wait until a female expert is on duty.",
                                            "outcome": (
                                                "Her preference is respected, but the decision is "
                                                "made for her and the delay may cost evidence. She "
                                                "should be offered the options and allowed to "
                                                "choose."
                                            ),
                                            "recommended": False,
                                        },
                                    ],
                                },
                                {
                                    "type": "reflection",
                                    "prompt": (
                                        "How do you usually ask for consent during an "
                                        "examination? Write down the words you would use before "
                                        "each step, in the language your patients speak."
                                    ),
                                },
                            ],
                        },
                        {
                            "key": "documenting-evidence-and-care",
                            "title": "Documenting injuries, preserving evidence and referring to care",
                            "minutes": 12,
                            "blocks": [
                                {
                                    "type": "content_note",
                                    "text": (
                                        "This lesson discusses documenting injuries after sexual "
                                        "violence. It contains no graphic description."
                                    ),
                                },
                                {
                                    "type": "text",
                                    "html": (
                                        "<p>In practice, cases of sexual violence often depend on "
                                        "physical injuries and biological evidence. That makes the "
                                        "forensic record decisive, and it must be complete and "
                                        "neutral:</p>"
                                        "<ul>"
                                        "<li>examine the whole body, with consent for each area, "
                                        "and describe every injury precisely;</li>"
                                        "<li>record her account in her own words, without "
                                        "judgement;</li>"
                                        "<li>collect samples with consent for each, and keep an "
                                        "unbroken, documented <strong>chain of custody</strong> "
                                        "until they reach the investigator or laboratory;</li>"
                                        "<li>if she has washed, changed or time has passed, still "
                                        "offer the examination.</li>"
                                        "</ul>"
                                        "<p>The examination is also a chance to provide care. "
                                        "Referral to medical treatment and psychological support "
                                        "does not depend on whether she makes or withdraws a "
                                        "complaint.</p>"
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "forensic-examination-without-hymen-examination",
                                    "clause": "injuries-evidence",
                                    "note": (
                                        "This is where the effort once spent on the hymen "
                                        "belongs: injuries, samples and her account, recorded "
                                        "neutrally."
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "forensic-examination-without-hymen-examination",
                                    "clause": "referral-care",
                                    "note": (
                                        "No survivor should leave the examination without care, "
                                        "or a referral to it, and a safe place to go."
                                    ),
                                },
                                {
                                    "type": "key_points",
                                    "items": [
                                        "Examine the whole body with consent for each area, and describe every injury precisely.",
                                        "Record the absence of injuries neutrally: it does not mean the absence of violence.",
                                        "Seal, label and log every item so the evidence can be relied on in court.",
                                        "Before she leaves: treatment, psychological support, information on help, and a safe place to go.",
                                    ],
                                },
                                {
                                    "type": "reflection",
                                    "prompt": (
                                        "Which services can you refer a survivor to from your "
                                        "facility today, and which are missing in your area?"
                                    ),
                                },
                            ],
                        },
                    ],
                },
            ],
        },
    },
    # 2. Consent, vulnerability and ex officio prosecution
    {
        "slug": "consent-vulnerability-ex-officio-prosecution",
        "audiences": ["prosecutors", "judges"],
        "topics": ["consent", "ex-officio", "children", "withdrawal-pressure"],
        "protocols": [
            "assessing-consent-and-vulnerability",
            "registering-sexual-violence-ex-officio",
            "protecting-victim-from-withdrawal-pressure",
        ],
        "duration_minutes": 90,
        "translations": ["en"],
        "en": {
            "title": "Consent, vulnerability and ex officio prosecution",
            "description": (
                "For prosecutors and judges handling cases of sexual violence. The course covers "
                "assessing consent, coercive circumstances and vulnerability under the current "
                "Criminal Code, including sexual violence against children under 16, and making "
                "sure that the state, not the survivor, carries the case and that victims are "
                "protected from pressure to withdraw."
            ),
            "modules": [
                {
                    "key": "assessing-consent-and-vulnerability",
                    "title": "Assessing consent and vulnerability",
                    "intro": (
                        "This module shows how to read violence, threat and helplessness in the "
                        "light of the consent-based standard, including in cases involving "
                        "children and women with disabilities."
                    ),
                    "lessons": [
                        {
                            "key": "consent-and-coercive-circumstances",
                            "title": "Consent and coercive circumstances",
                            "minutes": 12,
                            "blocks": [
                                {
                                    "type": "content_note",
                                    "text": (
                                        "This lesson discusses sexual violence and how it is "
                                        "assessed in court. It contains no graphic description."
                                    ),
                                },
                                {
                                    "type": "text",
                                    "html": (
                                        "<p>The Criminal Code defines rape and violent acts of a "
                                        "sexual nature by violence, the threat of violence or the "
                                        "use of the victim's helpless condition, not by the "
                                        "absence of consent. The CEDAW Committee has called on "
                                        "Kazakhstan to base the definition of rape on the lack of "
                                        "<strong>genuine, free and voluntary consent</strong>.</p>"
                                        "<p>Until the law changes, read violence, threat and "
                                        "helplessness in the light of that standard. Look at the "
                                        "whole situation: fear, threats, dependency, the setting "
                                        "and the relationship between the victim and the accused. "
                                        "Many victims do not resist because they are afraid, and "
                                        "have no visible injuries.</p>"
                                        "<p>Gender stereotypes and burdensome evidentiary "
                                        "standards are a major barrier to justice for survivors. "
                                        "Do not demand more corroboration of her account than you "
                                        "would for any other crime.</p>"
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "assessing-consent-and-vulnerability",
                                    "clause": "consent-standard",
                                    "note": (
                                        "Sets out the gap between the Criminal Code and "
                                        "international standards, and how to interpret the law "
                                        "while it remains as it is."
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "assessing-consent-and-vulnerability",
                                    "clause": "no-resistance",
                                    "note": (
                                        "The absence of resistance, injuries or biological "
                                        "evidence is the most common ground on which cases fail. "
                                        "This clause says why it is not proof of consent."
                                    ),
                                },
                                {
                                    "type": "scenario",
                                    "situation": (
                                        "At trial, the defence argues that the victim consented: "
                                        "she has no visible injuries and did not call for help. "
                                        "She testified that the accused, her employer, told her "
                                        "she would lose her job and her housing, and that she "
                                        "froze with fear."
                                    ),
                                    "question": "How should the evidence be weighed?",
                                    "choices": [
                                        {
                                            "text": "Treat the absence of injuries and of a call for help as strong evidence of consent.",
                                            "outcome": (
                                                "This applies exactly the stereotype the standard "
                                                "rejects. Many victims freeze or submit out of "
                                                "fear, and the absence of injuries does not show "
                                                "consent."
                                            ),
                                            "recommended": False,
                                        },
                                        {
                                            "text": "Weigh all the evidence, including her account, the threats, her dependency on the accused and the setting, and ask whether she was in a position to refuse freely.",
                                            "outcome": (
                                                "The coercive circumstances are examined as the "
                                                "threat of violence and the pressure they were, "
                                                "and her account is treated as evidence rather "
                                                "than as something to be doubted by default."
                                            ),
                                            "recommended": True,
                                        },
                                    ],
                                },
                                {
                                    "type": "key_points",
                                    "items": [
                                        "International standards require sexual crimes to be defined by the lack of freely given consent.",
                                        "Interpret violence, threat and helplessness in the light of that standard.",
                                        "No resistance, no injuries and no biological evidence do not mean consent.",
                                        "Never infer consent from her past, clothing, lifestyle or relationship with the accused.",
                                    ],
                                },
                            ],
                        },
                        {
                            "key": "helpless-condition-and-disability",
                            "title": "Helpless condition, awareness and disability",
                            "minutes": 12,
                            "blocks": [
                                {
                                    "type": "content_note",
                                    "text": (
                                        "This lesson discusses sexual violence against people in "
                                        "a vulnerable position. It contains no graphic "
                                        "description."
                                    ),
                                },
                                {
                                    "type": "text",
                                    "html": (
                                        "<p>The Supreme Court's resolution of 11 May 2007 No. 4 "
                                        "(para. 5) explains the <em>helpless condition</em> as the "
                                        "victim's inability, because of her physical or mental "
                                        "condition, young age, old age, physical disability, "
                                        "mental disorder or another painful or unconscious "
                                        "condition, to resist a perpetrator <strong>who was aware"
                                        "</strong> of her state.</p>"
                                        "<p>Whether he was aware is a question of evidence, not of "
                                        "his own statement. And a victim with a disability must "
                                        "be able to take part in the proceedings on an equal "
                                        "basis: women with disabilities often meet a lack of "
                                        "procedural accommodation, as well as stigma.</p>"
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "assessing-consent-and-vulnerability",
                                    "clause": "helpless-condition",
                                    "note": (
                                        "Gives the checklist for assessing a helpless condition, "
                                        "including what shows that the accused knew of it."
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "assessing-consent-and-vulnerability",
                                    "clause": "procedural-accommodation",
                                    "note": (
                                        "A disability is never a reason to doubt a victim's "
                                        "account. This clause sets out the accommodation she is "
                                        "entitled to."
                                    ),
                                },
                                {
                                    "type": "reflection",
                                    "prompt": (
                                        "In your court or office, what would a woman who is deaf, "
                                        "or who has an intellectual disability, need in order to "
                                        "give evidence on an equal basis? Which of those things "
                                        "are available today?"
                                    ),
                                },
                            ],
                        },
                        {
                            "key": "children-under-16",
                            "title": "Children under 16: Article 122 or rape",
                            "minutes": 12,
                            "blocks": [
                                {
                                    "type": "content_note",
                                    "text": (
                                        "This lesson discusses sexual violence against children. "
                                        "It contains no graphic description."
                                    ),
                                },
                                {
                                    "type": "text",
                                    "html": (
                                        "<p>Article 122 addresses sexual acts by an adult with a "
                                        "person under 16 and carries a significantly lighter "
                                        "penalty than rape of a minor under Articles 120 and 121, "
                                        "where the victim's age is an aggravating factor.</p>"
                                        "<p>Two practices deny girls justice:</p>"
                                        "<ul>"
                                        "<li>cases where there was no additional serious physical "
                                        "harm are charged under Article 122 instead of as "
                                        "rape;</li>"
                                        "<li>cases involving girls under 14 are not classified as "
                                        "rape because the accused says the girl “looked "
                                        "older”.</li>"
                                        "</ul>"
                                        "<p>A child's apparent “consent” or “initiative” does "
                                        "not reduce the adult's responsibility. The power "
                                        "imbalance between an adult and a child is part of the "
                                        "assessment.</p>"
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "assessing-consent-and-vulnerability",
                                    "clause": "art-122-or-rape",
                                    "note": (
                                        "The steps for classification: Article 122 applies only "
                                        "where there was no violence, threat or use of the child's "
                                        "helpless condition."
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "assessing-consent-and-vulnerability",
                                    "clause": "awareness-of-age",
                                    "note": (
                                        "A claim that the girl “looked older” must be tested "
                                        "against the evidence, not accepted on the accused's "
                                        "word."
                                    ),
                                },
                                {
                                    "type": "scenario",
                                    "situation": (
                                        "A case file concerns a 13-year-old girl and an adult "
                                        "neighbour. There is no additional serious physical harm. "
                                        "The accused says she looked older and agreed, and the "
                                        "investigator has charged him under Article 122."
                                    ),
                                    "question": "As the supervising prosecutor, what do you do?",
                                    "choices": [
                                        {
                                            "text": "Approve the charge: there is no serious physical harm, and the accused says she agreed.",
                                            "outcome": (
                                                "The classification rests on the two practices the "
                                                "protocol identifies as wrong. The girl's young "
                                                "age may itself be a helpless condition, and his "
                                                "claim has not been tested."
                                            ),
                                            "recommended": False,
                                        },
                                        {
                                            "text": "Return the file for the classification to be reconsidered: establish her age from documents, test his claim against how well he knew her and other evidence, and examine whether her age or other circumstances amounted to a helpless condition.",
                                            "outcome": (
                                                "The classification is based on evidence rather "
                                                "than the accused's word, and if the elements of "
                                                "Articles 120 or 121 are present, the case is "
                                                "charged with the gravity it deserves. The child "
                                                "is not asked whether she agreed."
                                            ),
                                            "recommended": True,
                                        },
                                    ],
                                },
                            ],
                        },
                    ],
                },
                {
                    "key": "state-carries-the-case",
                    "title": "The state, not the survivor, carries the case",
                    "intro": (
                        "This module explains how sexual violence cases depend on the victim's "
                        "complaint under current law, and how prosecutors make sure every report "
                        "is registered and acted on."
                    ),
                    "lessons": [
                        {
                            "key": "current-law-and-standard",
                            "title": "Current law and the international standard",
                            "minutes": 10,
                            "blocks": [
                                {
                                    "type": "content_note",
                                    "text": (
                                        "This lesson discusses how sexual violence cases are "
                                        "prosecuted. It contains no graphic description."
                                    ),
                                },
                                {
                                    "type": "text",
                                    "html": (
                                        "<p>Under Article 35(5) of the Code of Criminal Procedure, "
                                        "a case of non-aggravated rape or violent acts of a sexual "
                                        "nature (Criminal Code arts. 120(1) and 121(1)) is "
                                        "terminated if there is no complaint from the victim. "
                                        "Under Article 32, non-aggravated coercion into acts of a "
                                        "sexual nature (art. 123(1)) is a case of private "
                                        "prosecution, ending on reconciliation or withdrawal.</p>"
                                        "<p>These rules put the burden of the proceedings, "
                                        "including collecting evidence, on the survivor. They have "
                                        "been used to discourage women from reporting and to "
                                        "delay investigations in the expectation that the "
                                        "complaint will be withdrawn.</p>"
                                        "<p>The Human Rights Committee and the CEDAW Committee "
                                        "have recommended that violence against women be "
                                        "investigated and prosecuted <em>ex officio</em>. Until "
                                        "the law changes, act in that spirit.</p>"
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "registering-sexual-violence-ex-officio",
                                    "clause": "current-law",
                                    "note": (
                                        "States the current legal position precisely, and the "
                                        "effect it has had in practice."
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "registering-sexual-violence-ex-officio",
                                    "clause": "international-standard",
                                    "note": (
                                        "The classification of a case is never a reason to "
                                        "refuse, delay or discourage a report."
                                    ),
                                },
                                {
                                    "type": "key_points",
                                    "items": [
                                        "Cases under arts. 120(1) and 121(1) are terminated without the victim's complaint (CCP art. 35(5)).",
                                        "Art. 123(1) is a case of private prosecution (CCP art. 32).",
                                        "International standards call for ex officio investigation and prosecution.",
                                        "Until the law changes, the state, not the survivor, carries the investigation.",
                                    ],
                                },
                            ],
                        },
                        {
                            "key": "registration-and-oversight",
                            "title": "Registration, complaint and prosecutorial oversight",
                            "minutes": 12,
                            "blocks": [
                                {
                                    "type": "content_note",
                                    "text": (
                                        "This lesson discusses how reports of sexual violence are "
                                        "handled. It contains no graphic description."
                                    ),
                                },
                                {
                                    "type": "text",
                                    "html": (
                                        "<p>Every report must be registered on the day it is made. "
                                        "Where the law makes the case depend on the victim's "
                                        "complaint, the complaint should be recorded in writing as "
                                        "part of the first report, so that the case is not "
                                        "dropped for want of it. Aggravating circumstances, such "
                                        "as the victim's age, must be checked at once.</p>"
                                        "<p>Prosecutors supervising the investigation check cases "
                                        "terminated for lack of a complaint or after "
                                        "reconciliation: was the classification correct, was any "
                                        "withdrawal free, and was the victim discouraged or "
                                        "pressured?</p>"
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "registering-sexual-violence-ex-officio",
                                    "clause": "complaint-in-writing",
                                    "note": (
                                        "A complaint recorded with the first report closes the "
                                        "gap through which many cases are lost."
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "registering-sexual-violence-ex-officio",
                                    "clause": "prosecutor-oversight",
                                    "note": (
                                        "The checklist a supervising prosecutor applies to every "
                                        "terminated sexual violence case."
                                    ),
                                },
                                {
                                    "type": "scenario",
                                    "situation": (
                                        "Reviewing terminated cases, you find one under Article "
                                        "120(1) closed for lack of a complaint. The report was "
                                        "registered several days after the woman came to the "
                                        "police. The file holds her first statement but no "
                                        "written complaint, no witness statements and no forensic "
                                        "examination. A note says she “reconciled with the "
                                        "family”."
                                    ),
                                    "question": "What do you do?",
                                    "choices": [
                                        {
                                            "text": "Accept the termination: without a complaint, the law requires it.",
                                            "outcome": (
                                                "The file shows delayed registration, no evidence "
                                                "collected and a possible reconciliation under "
                                                "pressure. Accepting it leaves unanswered whether "
                                                "she was discouraged and whether the "
                                                "classification was correct."
                                            ),
                                            "recommended": False,
                                        },
                                        {
                                            "text": "Check the file against the oversight checklist, establish whether aggravating circumstances were considered and whether she was told she could file a complaint, and find out, through a private conversation with her, whether she was pressured.",
                                            "outcome": (
                                                "The failures in registration and evidence "
                                                "collection are identified and addressed, and the "
                                                "victim has a chance to say freely what she wants, "
                                                "away from anyone who may have pressed her."
                                            ),
                                            "recommended": True,
                                        },
                                    ],
                                },
                            ],
                        },
                    ],
                },
                {
                    "key": "protecting-from-withdrawal-pressure",
                    "title": "Protecting the victim from pressure to withdraw",
                    "intro": (
                        "This module shows how to recognise pressure on a victim to withdraw her "
                        "complaint, how to respond, and how to keep her safe and supported."
                    ),
                    "lessons": [
                        {
                            "key": "recognising-pressure",
                            "title": "Recognising pressure to withdraw",
                            "minutes": 10,
                            "blocks": [
                                {
                                    "type": "content_note",
                                    "text": (
                                        "This lesson discusses pressure and intimidation faced "
                                        "by survivors of sexual violence. It contains no graphic "
                                        "description."
                                    ),
                                },
                                {
                                    "type": "text",
                                    "html": (
                                        "<p>Because some cases end on reconciliation or "
                                        "withdrawal, others have a reason to make the victim "
                                        "withdraw. Victims are pressured by relatives, family "
                                        "members and the accused; some are intimidated or "
                                        "persuaded to accept money. In small, close-knit "
                                        "communities, senior community figures may press women to "
                                        "keep silent.</p>"
                                        "<p>A decision to withdraw is not always free. Knowing the "
                                        "signs helps you see when it may not be.</p>"
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "protecting-victim-from-withdrawal-pressure",
                                    "clause": "why-it-matters",
                                    "note": (
                                        "Explains how the law on private and private-public "
                                        "prosecution creates an incentive to pressure victims."
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "protecting-victim-from-withdrawal-pressure",
                                    "clause": "signs-of-pressure",
                                    "note": (
                                        "The signs to look for whenever a victim speaks of "
                                        "withdrawing."
                                    ),
                                },
                                {
                                    "type": "key_points",
                                    "items": [
                                        "Pressure comes from relatives, the accused and the community, and may include money or threats.",
                                        "A wish to withdraw soon after contact with the accused or his family is a warning sign.",
                                        "Dependency for housing, income or contact with children makes pressure more effective.",
                                        "Pressure is a reason to look more closely, not to close the case.",
                                    ],
                                },
                            ],
                        },
                        {
                            "key": "responding-to-pressure",
                            "title": "Responding when a victim wants to withdraw",
                            "minutes": 12,
                            "blocks": [
                                {
                                    "type": "content_note",
                                    "text": (
                                        "This lesson discusses pressure and intimidation faced "
                                        "by survivors of sexual violence. It contains no graphic "
                                        "description."
                                    ),
                                },
                                {
                                    "type": "text",
                                    "html": (
                                        "<p>When a victim says she wants to withdraw, or you see "
                                        "signs of pressure, speak with her <strong>alone</strong>, "
                                        "in the language she prefers, with an interpreter who has "
                                        "no connection to either family. Explain neutrally what "
                                        "withdrawal means and what protection and support are "
                                        "available.</p>"
                                        "<p>Record any pressure, threats or offers of money and "
                                        "pass the record to the investigator and the supervising "
                                        "prosecutor. Once you are satisfied that the decision is "
                                        "her own, respect it.</p>"
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "protecting-victim-from-withdrawal-pressure",
                                    "clause": "speak-privately",
                                    "note": (
                                        "A private conversation is the only way to learn whether "
                                        "a decision to withdraw is really hers."
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "protecting-victim-from-withdrawal-pressure",
                                    "clause": "record-pressure",
                                    "note": (
                                        "What is not recorded cannot be acted on. Intimidating a "
                                        "victim may itself call for a legal response."
                                    ),
                                },
                                {
                                    "type": "scenario",
                                    "situation": (
                                        "A victim arrives at the prosecutor's office with her "
                                        "uncle and the accused's mother. She says she wants to "
                                        "withdraw her complaint “for the sake of the family”. "
                                        "Her uncle does most of the talking and asks that the "
                                        "matter be settled today."
                                    ),
                                    "question": "How do you proceed?",
                                    "choices": [
                                        {
                                            "text": "Accept the withdrawal on the spot, since she has said clearly what she wants.",
                                            "outcome": (
                                                "Several signs of pressure are present: relatives "
                                                "of the accused, someone speaking for her, and "
                                                "withdrawal for the family's sake. Without a "
                                                "private conversation, you cannot know whether the "
                                                "decision is free."
                                            ),
                                            "recommended": False,
                                        },
                                        {
                                            "text": "Ask the relatives to wait outside, speak with her alone, ask open questions about whether anyone has contacted her, explain the protection available, and record what she tells you.",
                                            "outcome": (
                                                "She has a safe space to speak freely. If there is "
                                                "pressure, it is recorded and acted on; if the "
                                                "decision is her own, it is respected, and she "
                                                "still receives support."
                                            ),
                                            "recommended": True,
                                        },
                                        {
                                            "text": "Tell her in front of her relatives that withdrawing would be a mistake.",
                                            "outcome": (
                                                "This adds your own pressure to theirs and puts her "
                                                "in a difficult position in front of the family. "
                                                "She needs a private conversation, not a public "
                                                "argument."
                                            ),
                                            "recommended": False,
                                        },
                                    ],
                                },
                                {
                                    "type": "reflection",
                                    "prompt": (
                                        "Where in your building could you speak with a victim "
                                        "privately, away from relatives and other visitors? What "
                                        "would you need to change to make that possible every "
                                        "time?"
                                    ),
                                },
                            ],
                        },
                        {
                            "key": "protection-and-support",
                            "title": "Protective measures and support throughout the case",
                            "minutes": 10,
                            "blocks": [
                                {
                                    "type": "content_note",
                                    "text": (
                                        "This lesson discusses the safety of survivors of sexual "
                                        "violence. It contains no graphic description."
                                    ),
                                },
                                {
                                    "type": "text",
                                    "html": (
                                        "<p>Assess the risk to the victim and her children, and "
                                        "apply the protective measures available under the law "
                                        "<strong>without waiting for her to ask</strong>. Pressure "
                                        "works best when a victim depends on the accused or his "
                                        "family for housing, income or contact with her children, "
                                        "so practical support matters as much as legal "
                                        "protection.</p>"
                                        "<p>Make sure she is referred to a crisis centre, shelter, "
                                        "psychologist and free legal aid, and that support does "
                                        "not stop if she decides to withdraw.</p>"
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "protecting-victim-from-withdrawal-pressure",
                                    "clause": "protective-measures",
                                    "note": (
                                        "Protection is applied on the basis of risk, not only on "
                                        "the victim's request."
                                    ),
                                },
                                {
                                    "type": "protocol_excerpt",
                                    "protocol": "protecting-victim-from-withdrawal-pressure",
                                    "clause": "ongoing-support",
                                    "note": (
                                        "Support throughout the case means she is not left alone "
                                        "with the pressure."
                                    ),
                                },
                                {
                                    "type": "key_points",
                                    "items": [
                                        "Assess risk to her and her children, and apply protective measures where needed.",
                                        "Agree a safe way of contacting her, and make sure she can reach the police urgently.",
                                        "Refer her to a crisis centre, shelter, psychologist and legal aid.",
                                        "Never judge her, or stop supporting her, if she withdraws.",
                                    ],
                                },
                            ],
                        },
                    ],
                },
            ],
        },
    },
]
