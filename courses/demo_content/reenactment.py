"""Demo course: ending investigative re-enactment, a victim-centred investigation.

For police, investigators and prosecutors. Teaches the protocol
"interviewing-adult-survivor-sexual-violence" and cites
"registering-sexual-violence-ex-officio". Drawn from the 2024 brief on violence
against women and girls in Kazakhstan (shared/seed). Plain literals.
"""

COURSE = {
    "slug": "ending-investigative-re-enactment",
    "audiences": ["police", "investigators", "prosecutors"],
    "topics": ["interviewing", "re-enactment", "ex-officio"],
    "protocols": ["interviewing-adult-survivor-sexual-violence"],
    "duration_minutes": 64,
    "translations": ["en", "ru", "kk"],
    "en": {
        "title": "Ending investigative re-enactment: a victim-centred investigation",
        "description": (
            "Why making a survivor of sexual violence re-enact the crime, or blaming her for it, harms "
            "both her and the case, and what to do instead. The course is for police officers, "
            "investigators and prosecutors and is based on the protocol on interviewing an adult survivor "
            "of sexual violence and on the 2024 brief on violence against women and girls in Kazakhstan. "
            "You will practise planning a single, private interview, with an interpreter and "
            "accommodations where needed, and registering every report."
        ),
        "modules": [
            {
                "key": "why-re-enactment-harms",
                "title": "Why re-enactment and victim-blaming harm survivors and cases",
                "intro": (
                    "What the 2024 brief reports about investigative practice in Kazakhstan, and why these "
                    "practices re-traumatise survivors and weaken cases."
                ),
                "lessons": [
                    {
                        "key": "what-the-brief-reports",
                        "title": "What the brief reports",
                        "minutes": 10,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "This lesson discusses sexual violence and how survivors are treated "
                                    "during investigations. It contains no graphic description."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p>In 2024 the international human rights organisation Equality Now, "
                                    "working with Kazakh partners, prepared a brief on violence against "
                                    "women and girls in Kazakhstan for the EU–Kazakhstan Human Rights "
                                    "Dialogue. It found that sexual violence remains <strong>significantly "
                                    "underreported</strong>, and that survivors who do come forward face "
                                    "fear of disbelief, humiliation from law-enforcement officials and "
                                    "blame from their relatives.</p>"
                                    "<p>The brief names several everyday investigative practices as a "
                                    "significant barrier to justice:</p>"
                                    "<ul>"
                                    "<li>the routine use of the <em>investigative experiment</em>, which "
                                    "is provided for by law, in a way that requires the victim to "
                                    "“re-enact” the crime;</li>"
                                    "<li>interviews in shared spaces, without privacy or "
                                    "confidentiality;</li>"
                                    "<li>interviews by staff who are not specifically trained and lack a "
                                    "sensitive approach to victims;</li>"
                                    "<li>victim-blaming by law enforcement: local groups report that they "
                                    "frequently hear from investigators that women are themselves to "
                                    "blame for the sexual violence they suffered, even when they come "
                                    "forward with severe physical injuries;</li>"
                                    "<li>reliance on physical injuries and biological evidence, which "
                                    "disadvantages victims without visible injuries, such as those who "
                                    "did not resist out of fear.</li>"
                                    "</ul>"
                                    "<p>The brief's recommendations, grounded in recommendations from UN "
                                    "human rights bodies, include protocols for police, prosecutors and "
                                    "other professionals, comprehensive and sustained training on "
                                    "victim-centred approaches, and investigating and prosecuting every "
                                    "case of violence against women and girls with a victim-centred "
                                    "approach. This course is part of that work.</p>"
                                ),
                            },
                            {
                                "type": "key_points",
                                "items": [
                                    "Sexual violence in Kazakhstan is significantly underreported; fear of "
                                    "disbelief and humiliation by officials is one of the reasons.",
                                    "The brief identifies routine re-enactment in investigative "
                                    "experiments, interviews without privacy and victim-blaming as "
                                    "discriminatory practices that block access to justice.",
                                    "Relying on visible injuries disadvantages survivors who did not "
                                    "resist because they were afraid.",
                                    "The recommended answer is a victim-centred approach, set out in "
                                    "protocols and backed by training.",
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Think about where survivors who come to your unit are received and "
                                    "interviewed. Which of the practices described in the brief could "
                                    "happen there, even unintentionally?"
                                ),
                            },
                        ],
                    },
                    {
                        "key": "how-re-enactment-harms",
                        "title": "How re-enactment harms the survivor and the case",
                        "minutes": 10,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "This lesson discusses sexual violence and investigative actions "
                                    "involving survivors. It contains no graphic description."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p>An investigative experiment is a tool for checking facts. Used "
                                    "with a survivor of sexual violence, it becomes something else: she "
                                    "is asked to act out what happened, to show on herself or on another "
                                    "person what was done to her, or to return to the place of the "
                                    "violence to demonstrate events, often in front of strangers. The "
                                    "protocol calls this what it is: <strong>degrading and "
                                    "re-traumatising</strong>.</p>"
                                    "<p>The harm does not stop with her. When the process humiliates "
                                    "her:</p>"
                                    "<ul>"
                                    "<li>she may stop cooperating or withdraw her complaint, and under "
                                    "current law a case of rape or violent acts of a sexual nature "
                                    "without aggravating circumstances cannot go forward without her "
                                    "complaint;</li>"
                                    "<li>other women hear what happened and do not come forward, so "
                                    "underreporting grows;</li>"
                                    "<li>the investigation spends its effort on a staged performance "
                                    "instead of the evidence that matters.</li>"
                                    "</ul>"
                                    "<p>The circumstances can be established without re-enactment: from "
                                    "her statement, recorded accurately and in her own words; from a "
                                    "prompt forensic medical examination carried out with her informed "
                                    "consent; and from other evidence, such as witness statements, "
                                    "messages and video recordings.</p>"
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "no-re-enactment",
                                "note": (
                                    "The rule has no exceptions: a survivor of sexual violence is never "
                                    "asked to re-enact the crime, to demonstrate it on herself or on "
                                    "another person, or to act out events at the scene."
                                ),
                            },
                            {
                                "type": "scenario",
                                "situation": (
                                    "A woman has reported that an acquaintance raped her in his flat. Her "
                                    "statement is detailed, and a forensic medical examination has been "
                                    "carried out with her consent. A senior colleague proposes an "
                                    "investigative experiment “to check her version”: she would go back "
                                    "to the flat with the team and show where and how everything "
                                    "happened."
                                ),
                                "question": "What do you do?",
                                "choices": [
                                    {
                                        "text": (
                                            "Hold the investigative experiment, but keep it as short as "
                                            "possible and with as few people present as possible."
                                        ),
                                        "outcome": (
                                            "A short re-enactment is still a re-enactment. She is still "
                                            "made to act out the violence in front of police officers, "
                                            "which degrades and re-traumatises her, and she may withdraw "
                                            "from the case. The protocol does not allow it in any form."
                                        ),
                                        "recommended": False,
                                    },
                                    {
                                        "text": (
                                            "Explain to your colleague that the protocol forbids "
                                            "re-enactment, and establish the circumstances from her "
                                            "statement, the forensic findings and other evidence: an "
                                            "inspection of the scene without her, witness statements, "
                                            "messages and video recordings."
                                        ),
                                        "outcome": (
                                            "The facts are checked without making her live through the "
                                            "violence again. The scene can be inspected and documented "
                                            "without her, and a specific clarifying question can be put "
                                            "to her once, calmly, during the interview. Her trust in the "
                                            "investigation is preserved, and with it the case."
                                        ),
                                        "recommended": True,
                                    },
                                    {
                                        "text": "Ask her whether she agrees, and go ahead if she does.",
                                        "outcome": (
                                            "When the police ask for something, a survivor often feels "
                                            "she cannot refuse, especially if she fears she will not be "
                                            "believed. The protocol says never to ask her to take part in "
                                            "such an experiment; her “agreement” makes it neither safe "
                                            "nor necessary."
                                        ),
                                        "recommended": False,
                                    },
                                ],
                            },
                            {
                                "type": "key_points",
                                "items": [
                                    "Re-enactment degrades and re-traumatises the survivor; the protocol "
                                    "forbids it with survivors of sexual violence.",
                                    "A survivor who is humiliated may withdraw, and other women may not "
                                    "come forward at all.",
                                    "Establish the circumstances from her statement, the forensic medical "
                                    "examination and other evidence.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "victim-blaming-and-evidence",
                        "title": "Victim-blaming and the evidence that matters",
                        "minutes": 10,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "This lesson discusses sexual violence and the blaming of survivors. "
                                    "It contains no graphic description."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p>Victim-blaming is any suggestion that the survivor caused or "
                                    "provoked the violence: questions about her clothing, her way of life "
                                    "or her past relationships, or about why she did not fight back, "
                                    "scream or leave. The brief records that local groups frequently hear "
                                    "investigators say that women are themselves to blame.</p>"
                                    "<p>Such questions do not establish facts; they signal disbelief. They "
                                    "also rest on a mistaken idea of how people react to violence. "
                                    "<strong>Many survivors do not resist because they are "
                                    "afraid</strong>, and many have no visible injuries. The absence of "
                                    "injuries or of physical resistance does not mean that she "
                                    "agreed.</p>"
                                    "<p>What the case needs instead is an accurate record of what she "
                                    "experienced. The Criminal Code currently defines rape by the use of "
                                    "violence, the threat of violence or the abuse of the victim's "
                                    "helpless condition, not by the absence of consent. So what she says "
                                    "about fear, threats, pressure and her physical or mental state is "
                                    "often <strong>decisive evidence</strong>. An interviewer who blames "
                                    "her will not hear it; one who asks neutral, open questions will.</p>"
                                    "<p>UN bodies have recommended that Kazakhstan define rape by the lack "
                                    "of genuine, free and voluntary consent. Until the law changes, a "
                                    "careful, respectful record of her account is the best protection "
                                    "for the case.</p>"
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "no-victim-blaming",
                                "note": (
                                    "This clause sets out what not to ask and what to record instead: "
                                    "fear, threats and pressure, including why she could not resist."
                                ),
                            },
                            {
                                "type": "scenario",
                                "situation": (
                                    "During an interview the survivor says that she froze and did not "
                                    "call for help. A colleague who is present asks her why she did not "
                                    "scream, whether she had been drinking and what she was wearing."
                                ),
                                "question": "As the lead interviewer, how do you respond?",
                                "choices": [
                                    {
                                        "text": (
                                            "Let your colleague continue: the defence will ask these "
                                            "questions anyway."
                                        ),
                                        "outcome": (
                                            "These questions tell her she is not believed and shift the "
                                            "blame onto her. She may fall silent or leave out details, "
                                            "and the record will lack what matters most: her fear and why "
                                            "she froze. A case is prepared for court by collecting "
                                            "evidence, not by blaming the survivor."
                                        ),
                                        "recommended": False,
                                    },
                                    {
                                        "text": (
                                            "Calmly take the interview back and ask a neutral, open "
                                            "question, such as “What happened next?” or “Tell me what you "
                                            "felt at that moment”; after the interview, speak to your "
                                            "colleague in private about the protocol."
                                        ),
                                        "outcome": (
                                            "She can go on with her account. Her description of freezing "
                                            "with fear is recorded in her own words, which matters under "
                                            "the current definition of rape. Your colleague learns the "
                                            "standard, and no one is put in an awkward position in front "
                                            "of her."
                                        ),
                                        "recommended": True,
                                    },
                                    {
                                        "text": (
                                            "Stop the interview and reschedule it for another day with a "
                                            "different officer."
                                        ),
                                        "outcome": (
                                            "She would have to tell her account again, which the protocol "
                                            "seeks to avoid, and she may not come back. The problem is the "
                                            "questions, not the interview: correct them and continue, "
                                            "offering her a break if she needs one."
                                        ),
                                        "recommended": False,
                                    },
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Which questions that you have heard, or asked yourself, could make a "
                                    "survivor feel blamed? How could each be replaced by a neutral, open "
                                    "question?"
                                ),
                            },
                        ],
                    },
                ],
            },
            {
                "key": "victim-centred-practice",
                "title": "A victim-centred interview and investigation in practice",
                "intro": (
                    "How to prepare and conduct a single, private interview that meets the survivor's "
                    "needs, and make sure that every report is registered and acted on."
                ),
                "lessons": [
                    {
                        "key": "private-room-and-interviewer",
                        "title": "A private room and an interviewer of her choice",
                        "minutes": 12,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "This lesson discusses interviews with survivors of sexual violence. "
                                    "It contains no graphic description."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p>A victim-centred interview starts before the first question. Three "
                                    "things are decided in advance.</p>"
                                    "<ol>"
                                    "<li><strong>Where.</strong> In a private room where no one else can "
                                    "see or hear the conversation, never in a shared office, a corridor "
                                    "or a room where other staff, visitors or suspects are present. She "
                                    "should not have to wait where the suspect or his relatives can see "
                                    "her.</li>"
                                    "<li><strong>Who.</strong> A police officer or investigator trained to "
                                    "work with survivors of sexual violence. Ask her early, in private, "
                                    "whether she would prefer to speak to a woman or a man, and respect "
                                    "her choice. If it cannot be met, explain why and offer the options "
                                    "available. Only the people needed for the interview are "
                                    "present.</li>"
                                    "<li><strong>What she is told.</strong> Before any questions, explain "
                                    "in plain words what will happen, how her statement will be recorded "
                                    "and what her rights are, including the right to a representative, to "
                                    "an interpreter, and to read and correct the record before signing "
                                    "it. Tell her about hotlines, free legal aid, crisis centres and "
                                    "psychological help.</li>"
                                    "</ol>"
                                    "<p>These steps cost little. They protect confidentiality, reduce her "
                                    "distress and make it more likely that she can give a full and "
                                    "accurate account.</p>"
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "private-room",
                                "note": (
                                    "Privacy is a precondition for an accurate statement: the brief "
                                    "reports that survivors are often interviewed in shared spaces "
                                    "without privacy."
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "trained-interviewer",
                                "note": (
                                    "Asking her whether she prefers a female or a male interviewer, and "
                                    "assigning a trained one, is a requirement of the protocol, not a "
                                    "courtesy."
                                ),
                            },
                            {
                                "type": "scenario",
                                "situation": (
                                    "A woman comes to a district police station at night to report sexual "
                                    "violence. The only free space is the duty room, where two officers "
                                    "are working. The officer on duty is a man without specific training; "
                                    "a trained female investigator can arrive in about an hour."
                                ),
                                "question": "What is the best course of action?",
                                "choices": [
                                    {
                                        "text": (
                                            "Take her statement in the duty room straight away, while "
                                            "everything is fresh."
                                        ),
                                        "outcome": (
                                            "She would have to speak in front of others, without privacy "
                                            "or confidentiality, to an untrained officer. She may hold "
                                            "back important details, and no one has asked her whom she "
                                            "would prefer to speak to."
                                        ),
                                        "recommended": False,
                                    },
                                    {
                                        "text": (
                                            "Find a room where she can wait in private, arrange urgent "
                                            "medical care if she needs it, ask whether she would prefer "
                                            "to speak to a woman or a man, explain the options and the "
                                            "likely wait, and call in the trained female investigator if "
                                            "that is her choice."
                                        ),
                                        "outcome": (
                                            "She is safe, in private and informed, and her preference is "
                                            "respected. Urgent medical care comes first, and the wait is "
                                            "explained rather than imposed. The interview is then "
                                            "conducted once, properly, by a trained interviewer."
                                        ),
                                        "recommended": True,
                                    },
                                    {
                                        "text": (
                                            "Ask her to come back tomorrow morning, when a trained "
                                            "investigator is on duty."
                                        ),
                                        "outcome": (
                                            "Sending her away risks losing both her report and the "
                                            "evidence, and she may not return. A report of sexual "
                                            "violence is registered and acted on without delay."
                                        ),
                                        "recommended": False,
                                    },
                                ],
                            },
                            {
                                "type": "key_points",
                                "items": [
                                    "Interview her in a private room, never in a shared office or a "
                                    "corridor.",
                                    "Ask her, early and in private, whether she prefers a female or a male "
                                    "interviewer, and respect her choice.",
                                    "Assign a trained interviewer and keep the number of people present to "
                                    "a minimum.",
                                    "Explain what will happen and what her rights are before asking any "
                                    "questions.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "one-interview-language-access",
                        "title": "One interview, in her language, with the accommodations she needs",
                        "minutes": 12,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "This lesson discusses interviews with survivors of sexual violence. "
                                    "It contains no graphic description."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p><strong>One interview.</strong> Each time a survivor is made to "
                                    "repeat her account, she lives through it again. Plan the interview "
                                    "with the investigation team so that she gives her account once: "
                                    "agree the questions in advance, let her speak in her own words and "
                                    "at her own pace, then ask open, clarifying questions. Summarise what "
                                    "you have understood and let her correct it.</p>"
                                    "<p><strong>Her language.</strong> Ask which language she wishes to "
                                    "give her statement in. If she is not fluent in the language of the "
                                    "proceedings, arrange a qualified, impartial interpreter bound by "
                                    "confidentiality, where possible and if she prefers, a woman. Never "
                                    "use the suspect, his relatives or a child as an interpreter. The "
                                    "brief identifies language barriers as a particular obstacle for "
                                    "migrant and ethnic-minority women.</p>"
                                    "<p><strong>Accommodations.</strong> Women with disabilities face a "
                                    "lack of procedural accommodations. Ask her what she needs rather than "
                                    "deciding for her: an accessible room, a sign language interpreter, "
                                    "plain-language explanations, extra time, or the help of a person she "
                                    "trusts. A disability is never a reason to doubt her account.</p>"
                                    "<p>Finally, record her statement accurately and in her own words, "
                                    "read the record back to her (through the interpreter, if one is "
                                    "used) and make the corrections she asks for before she signs.</p>"
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "single-interview",
                                "note": (
                                    "Preparing the questions in advance is what makes a single interview "
                                    "possible and spares her from being called back to tell the same "
                                    "story again."
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "interpreter-accessibility",
                                "note": (
                                    "The interpreter and any accommodations are arranged before the "
                                    "interview begins, based on what she herself says she needs."
                                ),
                            },
                            {
                                "type": "scenario",
                                "situation": (
                                    "A migrant woman who speaks little Russian or Kazakh reports sexual "
                                    "violence by a relative of her employer. Her employer, the suspect's "
                                    "sister, has come to the station with her and offers to interpret so "
                                    "that the interview can start at once."
                                ),
                                "question": "What do you do?",
                                "choices": [
                                    {
                                        "text": (
                                            "Accept the offer: she speaks both languages, and the "
                                            "interview can start immediately."
                                        ),
                                        "outcome": (
                                            "She is the suspect's relative. The survivor may not dare to "
                                            "speak freely, her words may be changed, and she may be put "
                                            "under pressure afterwards. The protocol forbids using the "
                                            "suspect's relatives as interpreters."
                                        ),
                                        "recommended": False,
                                    },
                                    {
                                        "text": (
                                            "Thank the employer and ask her to wait outside, arrange a "
                                            "qualified, impartial interpreter in the survivor's language "
                                            "(a woman, if she prefers), and interview her once with the "
                                            "interpreter present."
                                        ),
                                        "outcome": (
                                            "She can give her account freely and in full, through someone "
                                            "bound by confidentiality. The interpreter is named in the "
                                            "record and helps her check it before she signs. A short wait "
                                            "is worth an accurate statement given in safety."
                                        ),
                                        "recommended": True,
                                    },
                                    {
                                        "text": (
                                            "Conduct the interview in Russian as best you can, and find "
                                            "an interpreter later if anything is unclear."
                                        ),
                                        "outcome": (
                                            "She may not understand her rights or the questions, and the "
                                            "record may not reflect what she said. Calling her back later "
                                            "with an interpreter would mean a second interview, which the "
                                            "protocol seeks to avoid."
                                        ),
                                        "recommended": False,
                                    },
                                ],
                            },
                            {
                                "type": "key_points",
                                "items": [
                                    "Plan one interview: agree the questions with the team in advance, and "
                                    "do not ask her to repeat her account.",
                                    "She gives her statement in the language she chooses, with a qualified "
                                    "interpreter, never the suspect, his relatives or a child.",
                                    "Ask a woman with a disability which accommodations she needs, and "
                                    "provide them.",
                                    "Read the record back to her and make her corrections before she signs.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "registering-every-report",
                        "title": "Registering every report and acting on it",
                        "minutes": 10,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "This lesson discusses sexual violence and pressure on survivors to "
                                    "withdraw their complaints. It contains no graphic description."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p>A victim-centred interview is wasted if the report goes nowhere. "
                                    "Under the Code of Criminal Procedure, a case of rape or violent acts "
                                    "of a sexual nature without aggravating circumstances (Criminal Code "
                                    "arts. 120(1) and 121(1)) is terminated if the victim has not filed a "
                                    "complaint (art. 35(5)), and non-aggravated coercion into acts of a "
                                    "sexual nature (art. 123(1)) is a case of private prosecution (art. "
                                    "32). The brief reports that these rules have been used to discourage "
                                    "women from reporting and to postpone investigations in the "
                                    "expectation that the complaint will be withdrawn.</p>"
                                    "<p>UN human rights bodies have recommended that violence against "
                                    "women be investigated and prosecuted <em>ex officio</em>. Until the "
                                    "law changes, act in that spirit: <strong>the state, not the "
                                    "survivor, carries the investigation.</strong></p>"
                                    "<ul>"
                                    "<li>Register every report on the day it is made, and tell her that it "
                                    "has been registered.</li>"
                                    "<li>Check at once for aggravating circumstances, such as her age, "
                                    "that take the case outside Part 1.</li>"
                                    "<li>Where the law requires her complaint, explain this neutrally and, "
                                    "if she wishes to make one, record it in writing as part of the first "
                                    "report.</li>"
                                    "<li>Collect the evidence yourself, and never propose or host a "
                                    "“reconciliation” with the accused.</li>"
                                    "<li>Prosecutors review cases terminated for lack of a complaint or "
                                    "after reconciliation: was the classification correct, and was any "
                                    "withdrawal free?</li>"
                                    "</ul>"
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "registering-sexual-violence-ex-officio",
                                "clause": "register-every-report",
                                "note": (
                                    "Registering the report on the day it is made, in private and in her "
                                    "language, is the first step in making the state, not the survivor, "
                                    "responsible for the investigation."
                                ),
                            },
                            {
                                "type": "scenario",
                                "situation": (
                                    "A woman reports that her former partner raped her. She is frightened "
                                    "and says that her family will be angry. The duty officer suggests "
                                    "noting her visit informally and waiting a few days to see whether "
                                    "she “changes her mind” before registering anything."
                                ),
                                "question": "What should happen?",
                                "choices": [
                                    {
                                        "text": (
                                            "Agree: there is no point in registering a case that will "
                                            "probably be withdrawn."
                                        ),
                                        "outcome": (
                                            "This is exactly the practice the brief describes. Evidence "
                                            "may be lost, she is left alone with the pressure from her "
                                            "family, and she learns that her report is not taken "
                                            "seriously."
                                        ),
                                        "recommended": False,
                                    },
                                    {
                                        "text": (
                                            "Register the report the same day; explain neutrally what her "
                                            "complaint means under the current law and record it in "
                                            "writing if she wishes; with her consent, arrange a prompt "
                                            "forensic medical examination; offer support services; and "
                                            "note her fear of her family's reaction."
                                        ),
                                        "outcome": (
                                            "The case is protected from the start: the report and her "
                                            "complaint are on record, evidence is secured, and any later "
                                            "pressure on her to withdraw can be recognised and "
                                            "documented. She knows who is responsible for her case and "
                                            "where to find support."
                                        ),
                                        "recommended": True,
                                    },
                                    {
                                        "text": (
                                            "Register the report, but advise her to talk it over with her "
                                            "family first and settle the matter if she can."
                                        ),
                                        "outcome": (
                                            "Advising her to settle privately is pressure to reconcile, "
                                            "which the protocol forbids. It exposes her to further harm "
                                            "and leaves the perpetrator unpunished."
                                        ),
                                        "recommended": False,
                                    },
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "In your unit, what happens between a survivor's first contact and the "
                                    "registration of her report? Where could a report be lost or delayed, "
                                    "and who could prevent that?"
                                ),
                            },
                        ],
                    },
                ],
            },
        ],
    },
    "ru": {
        "title": (
            "Отказ от воспроизведения преступления: расследование, ориентированное на интересы пострадавшей"
        ),
        "description": (
            "Почему требование к пострадавшей от сексуального насилия воспроизвести преступление и "
            "перекладывание вины на неё причиняют вред и ей самой, и делу, и как действовать вместо "
            "этого. Курс предназначен для сотрудников полиции, следователей и прокуроров и основан на "
            "протоколе допроса взрослой пострадавшей от сексуального насилия и на докладе 2024 года о "
            "насилии в отношении женщин и девочек в Казахстане. Вы научитесь планировать один "
            "конфиденциальный допрос — при необходимости с переводчиком и с учётом особых потребностей — "
            "и регистрировать каждое сообщение."
        ),
        "modules": [
            {
                "key": "why-re-enactment-harms",
                "title": "Почему воспроизведение преступления и обвинение пострадавшей вредят ей и делу",
                "intro": (
                    "Что говорится в докладе 2024 года о практике расследования в Казахстане и почему эти "
                    "практики заново травмируют пострадавших и ослабляют дела."
                ),
                "lessons": [
                    {
                        "key": "what-the-brief-reports",
                        "title": "Что говорится в докладе",
                        "minutes": 10,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "В этом уроке речь идёт о сексуальном насилии и об обращении с "
                                    "пострадавшими в ходе расследования. Урок не содержит "
                                    "натуралистичных описаний."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p>В 2024 году международная правозащитная организация Equality Now "
                                    "совместно с казахстанскими партнёрами подготовила доклад о насилии в "
                                    "отношении женщин и девочек в Казахстане для диалога по правам "
                                    "человека между ЕС и Казахстаном. В докладе отмечается, что о "
                                    "сексуальном насилии по-прежнему <strong>сообщают значительно реже, "
                                    "чем оно происходит</strong>, а пострадавшие, которые всё же "
                                    "обращаются, сталкиваются со страхом, что им не поверят, с унижением "
                                    "со стороны сотрудников правоохранительных органов и с обвинениями со "
                                    "стороны родственников.</p>"
                                    "<p>Ряд повседневных практик расследования назван в докладе серьёзным "
                                    "препятствием для доступа к правосудию:</p>"
                                    "<ul>"
                                    "<li>систематическое использование предусмотренного законом "
                                    "<em>следственного эксперимента</em> в форме, которая требует от "
                                    "пострадавшей «воспроизвести» преступление;</li>"
                                    "<li>допросы в общих помещениях, без соблюдения приватности и "
                                    "конфиденциальности;</li>"
                                    "<li>допросы сотрудниками, которые не прошли специального обучения и "
                                    "не владеют бережным подходом к пострадавшим;</li>"
                                    "<li>обвинение пострадавших сотрудниками правоохранительных органов: "
                                    "местные организации сообщают, что часто слышат от следователей, "
                                    "будто женщины сами виноваты в пережитом сексуальном насилии, — даже "
                                    "когда они обращаются с тяжёлыми телесными повреждениями;</li>"
                                    "<li>опора на телесные повреждения и биологические следы, которая "
                                    "ставит в невыгодное положение пострадавших без видимых повреждений, "
                                    "например тех, кто не сопротивлялся из-за страха.</li>"
                                    "</ul>"
                                    "<p>Рекомендации доклада, основанные на рекомендациях правозащитных "
                                    "органов ООН, включают разработку протоколов для полиции, прокуроров "
                                    "и других специалистов, всестороннее и регулярное обучение подходам, "
                                    "ориентированным на интересы пострадавших, а также расследование и "
                                    "уголовное преследование каждого случая насилия в отношении женщин и "
                                    "девочек на основе такого подхода. Этот курс — часть этой работы.</p>"
                                ),
                            },
                            {
                                "type": "key_points",
                                "items": [
                                    "О сексуальном насилии в Казахстане сообщают значительно реже, чем оно "
                                    "происходит; одна из причин — страх, что не поверят, и унижение со "
                                    "стороны должностных лиц.",
                                    "Систематическое воспроизведение преступления в ходе следственного "
                                    "эксперимента, допросы без соблюдения приватности и обвинение "
                                    "пострадавших названы в докладе дискриминационными практиками, "
                                    "препятствующими доступу к правосудию.",
                                    "Опора на видимые повреждения ставит в невыгодное положение "
                                    "пострадавших, которые не сопротивлялись из-за страха.",
                                    "Рекомендуемое решение — подход, ориентированный на интересы "
                                    "пострадавшей, закреплённый в протоколах и подкреплённый обучением.",
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Подумайте, где в вашем подразделении принимают пострадавших и "
                                    "проводят их допрос. Какие из описанных в докладе практик могут "
                                    "происходить там, пусть даже непреднамеренно?"
                                ),
                            },
                        ],
                    },
                    {
                        "key": "how-re-enactment-harms",
                        "title": "Как воспроизведение преступления вредит пострадавшей и делу",
                        "minutes": 10,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "В этом уроке речь идёт о сексуальном насилии и о следственных "
                                    "действиях с участием пострадавших. Урок не содержит натуралистичных "
                                    "описаний."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p>Следственный эксперимент — инструмент проверки фактов. Когда его "
                                    "проводят с участием пострадавшей от сексуального насилия, он "
                                    "превращается в нечто иное: её просят изобразить произошедшее, "
                                    "показать на себе или на другом человеке, что с ней делали, или "
                                    "вернуться туда, где было совершено насилие, чтобы продемонстрировать "
                                    "события, — часто в присутствии посторонних. Протокол называет это "
                                    "прямо: такое требование <strong>унижает её достоинство и заново "
                                    "травмирует её</strong>.</p>"
                                    "<p>Вред не ограничивается самой пострадавшей. Когда процедура её "
                                    "унижает:</p>"
                                    "<ul>"
                                    "<li>она может перестать сотрудничать со следствием или отозвать "
                                    "жалобу, а по действующему закону дело об изнасиловании или "
                                    "насильственных действиях сексуального характера без отягчающих "
                                    "обстоятельств не может продолжаться без её жалобы;</li>"
                                    "<li>другие женщины узнают о случившемся и не обращаются в полицию, и "
                                    "число незаявленных случаев растёт;</li>"
                                    "<li>силы следствия уходят на инсценировку, а не на действительно "
                                    "значимые доказательства.</li>"
                                    "</ul>"
                                    "<p>Обстоятельства можно установить без воспроизведения: по её "
                                    "показаниям, записанным точно и её собственными словами; по "
                                    "результатам своевременной судебно-медицинской экспертизы, проведённой "
                                    "с её информированного согласия; по другим доказательствам — "
                                    "показаниям свидетелей, переписке, видеозаписям.</p>"
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "no-re-enactment",
                                "note": (
                                    "Это правило не знает исключений: от пострадавшей от сексуального "
                                    "насилия никогда не требуют воспроизвести преступление, показать его "
                                    "на себе или на другом человеке или изобразить события на месте "
                                    "происшествия."
                                ),
                            },
                            {
                                "type": "scenario",
                                "situation": (
                                    "Женщина сообщила, что её изнасиловал знакомый у себя в квартире. Её "
                                    "показания подробны, судебно-медицинская экспертиза проведена с её "
                                    "согласия. Старший коллега предлагает провести следственный "
                                    "эксперимент, чтобы «проверить её версию»: она должна вернуться в "
                                    "квартиру вместе с группой и показать, где и как всё происходило."
                                ),
                                "question": "Как вы поступите?",
                                "choices": [
                                    {
                                        "text": (
                                            "Провести следственный эксперимент, но как можно короче и с "
                                            "минимальным числом присутствующих."
                                        ),
                                        "outcome": (
                                            "Короткое воспроизведение — всё равно воспроизведение. Её всё "
                                            "так же заставляют изображать насилие перед сотрудниками "
                                            "полиции, что унижает её и заново травмирует, и она может "
                                            "отказаться от участия в деле. Протокол не допускает этого ни "
                                            "в какой форме."
                                        ),
                                        "recommended": False,
                                    },
                                    {
                                        "text": (
                                            "Объяснить коллеге, что протокол запрещает воспроизведение "
                                            "преступления, и устанавливать обстоятельства по её "
                                            "показаниям, заключению экспертизы и другим доказательствам: "
                                            "осмотру места происшествия без её участия, показаниям "
                                            "свидетелей, переписке и видеозаписям."
                                        ),
                                        "outcome": (
                                            "Факты проверяются без того, чтобы она заново переживала "
                                            "насилие. Место происшествия можно осмотреть и зафиксировать "
                                            "без неё, а отдельный уточняющий вопрос — задать ей один раз, "
                                            "спокойно, в ходе допроса. Её доверие к следствию "
                                            "сохраняется, а вместе с ним и дело."
                                        ),
                                        "recommended": True,
                                    },
                                    {
                                        "text": (
                                            "Спросить её, согласна ли она, и провести эксперимент, если "
                                            "она согласится."
                                        ),
                                        "outcome": (
                                            "Когда о чём-то просит полиция, пострадавшая часто чувствует, "
                                            "что не может отказаться, особенно если боится, что ей не "
                                            "поверят. Протокол требует никогда не предлагать ей участвовать "
                                            "в таком эксперименте; её «согласие» не делает его ни "
                                            "безопасным, ни необходимым."
                                        ),
                                        "recommended": False,
                                    },
                                ],
                            },
                            {
                                "type": "key_points",
                                "items": [
                                    "Воспроизведение преступления унижает достоинство пострадавшей и "
                                    "заново травмирует её; протокол запрещает применять его к "
                                    "пострадавшим от сексуального насилия.",
                                    "Униженная пострадавшая может отказаться от участия в деле, а другие "
                                    "женщины — вовсе не обратиться в полицию.",
                                    "Устанавливайте обстоятельства по её показаниям, результатам "
                                    "судебно-медицинской экспертизы и другим доказательствам.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "victim-blaming-and-evidence",
                        "title": "Обвинение пострадавшей и доказательства, которые действительно важны",
                        "minutes": 10,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "В этом уроке речь идёт о сексуальном насилии и о перекладывании вины "
                                    "на пострадавших. Урок не содержит натуралистичных описаний."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p>Обвинение пострадавшей — это любой намёк на то, что она сама "
                                    "вызвала или спровоцировала насилие: вопросы о её одежде, образе "
                                    "жизни или прошлых отношениях, о том, почему она не отбивалась, не "
                                    "кричала или не ушла. В докладе отмечается, что местные организации "
                                    "часто слышат от следователей, будто женщины сами виноваты.</p>"
                                    "<p>Такие вопросы не устанавливают факты — они демонстрируют "
                                    "недоверие. Кроме того, в их основе лежит неверное представление о "
                                    "том, как люди реагируют на насилие. <strong>Многие пострадавшие не "
                                    "сопротивляются из-за страха</strong>, и у многих нет видимых "
                                    "телесных повреждений. Отсутствие повреждений или физического "
                                    "сопротивления не означает согласия.</p>"
                                    "<p>Делу нужно другое — точная запись того, что она пережила. "
                                    "Уголовный кодекс сейчас определяет изнасилование через применение "
                                    "насилия, угрозу его применения или использование беспомощного "
                                    "состояния потерпевшей, а не через отсутствие согласия. Поэтому её "
                                    "слова о страхе, угрозах, давлении и о своём физическом или "
                                    "психическом состоянии часто становятся <strong>решающими "
                                    "доказательствами</strong>. Сотрудник, который обвиняет её, этого не "
                                    "услышит; сотрудник, который задаёт нейтральные открытые вопросы, — "
                                    "услышит.</p>"
                                    "<p>Органы ООН рекомендовали Казахстану определять изнасилование через "
                                    "отсутствие подлинного, свободного и добровольного согласия. Пока "
                                    "закон не изменился, тщательная и уважительная запись её показаний — "
                                    "лучшая защита дела.</p>"
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "no-victim-blaming",
                                "note": (
                                    "Этот пункт определяет, о чём не следует спрашивать и что нужно "
                                    "фиксировать вместо этого: страх, угрозы и давление, в том числе "
                                    "почему она не могла сопротивляться."
                                ),
                            },
                            {
                                "type": "scenario",
                                "situation": (
                                    "Во время допроса пострадавшая говорит, что оцепенела и не позвала на "
                                    "помощь. Присутствующий коллега спрашивает её, почему она не "
                                    "кричала, не выпивала ли она и во что была одета."
                                ),
                                "question": "Как вы, ведущий допрос, отреагируете?",
                                "choices": [
                                    {
                                        "text": (
                                            "Позволить коллеге продолжать: эти вопросы всё равно задаст "
                                            "защита."
                                        ),
                                        "outcome": (
                                            "Такие вопросы показывают ей, что ей не верят, и перекладывают "
                                            "на неё вину. Она может замолчать или умолчать о подробностях, "
                                            "и в протоколе не окажется главного — её страха и того, почему "
                                            "она оцепенела. Дело готовят к суду, собирая доказательства, "
                                            "а не обвиняя пострадавшую."
                                        ),
                                        "recommended": False,
                                    },
                                    {
                                        "text": (
                                            "Спокойно вернуть ведение допроса себе и задать нейтральный "
                                            "открытый вопрос, например: «Что произошло дальше?» или "
                                            "«Расскажите, что вы чувствовали в тот момент», а после "
                                            "допроса наедине поговорить с коллегой о протоколе."
                                        ),
                                        "outcome": (
                                            "Она может продолжить рассказ. Её описание того, как она "
                                            "оцепенела от страха, записывается её собственными словами, "
                                            "что важно при действующем определении изнасилования. Коллега "
                                            "узнаёт о стандарте, и никто не оказывается в неловком "
                                            "положении в её присутствии."
                                        ),
                                        "recommended": True,
                                    },
                                    {
                                        "text": (
                                            "Прервать допрос и перенести его на другой день с другим "
                                            "сотрудником."
                                        ),
                                        "outcome": (
                                            "Ей пришлось бы рассказывать всё заново, чего протокол "
                                            "стремится избежать, и она может больше не прийти. Проблема в "
                                            "вопросах, а не в допросе: исправьте их и продолжайте, "
                                            "предложив ей перерыв, если он нужен."
                                        ),
                                        "recommended": False,
                                    },
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Какие вопросы, которые вы слышали или задавали сами, могут заставить "
                                    "пострадавшую почувствовать себя виноватой? Как заменить каждый из них "
                                    "нейтральным открытым вопросом?"
                                ),
                            },
                        ],
                    },
                ],
            },
            {
                "key": "victim-centred-practice",
                "title": "Допрос и расследование, ориентированные на интересы пострадавшей, на практике",
                "intro": (
                    "Как подготовить и провести один конфиденциальный допрос с учётом потребностей "
                    "пострадавшей и добиться того, чтобы каждое сообщение было зарегистрировано и по нему "
                    "велась работа."
                ),
                "lessons": [
                    {
                        "key": "private-room-and-interviewer",
                        "title": "Отдельное помещение и допрашивающий по её выбору",
                        "minutes": 12,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "В этом уроке речь идёт о допросе пострадавших от сексуального "
                                    "насилия. Урок не содержит натуралистичных описаний."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p>Допрос, ориентированный на интересы пострадавшей, начинается до "
                                    "первого вопроса. Три вещи решаются заранее.</p>"
                                    "<ol>"
                                    "<li><strong>Где.</strong> В отдельном помещении, где разговор никто "
                                    "не может увидеть или услышать, — никогда в общем кабинете, в "
                                    "коридоре или там, где находятся другие сотрудники, посетители или "
                                    "подозреваемые. Ей не должно приходиться ждать там, где её могут "
                                    "видеть подозреваемый или его родственники.</li>"
                                    "<li><strong>Кто.</strong> Сотрудник полиции или следователь, "
                                    "прошедший обучение работе с пострадавшими от сексуального насилия. "
                                    "Заранее и наедине спросите её, с кем ей удобнее говорить — с "
                                    "женщиной или с мужчиной, — и уважайте её выбор. Если его невозможно "
                                    "учесть, объясните причину и предложите доступные варианты. При "
                                    "допросе присутствуют только необходимые лица.</li>"
                                    "<li><strong>Что ей объясняют.</strong> До любых вопросов простыми "
                                    "словами объясните, что будет происходить, как будут записаны её "
                                    "показания и какие у неё есть права, в том числе право иметь "
                                    "представителя, право на переводчика и право ознакомиться с "
                                    "протоколом и внести в него исправления до подписания. Расскажите о "
                                    "телефонах доверия, бесплатной юридической помощи, кризисных центрах "
                                    "и психологической помощи.</li>"
                                    "</ol>"
                                    "<p>Эти шаги почти ничего не стоят. Они обеспечивают "
                                    "конфиденциальность, уменьшают её тревогу и повышают вероятность того, "
                                    "что она сможет дать полные и точные показания.</p>"
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "private-room",
                                "note": (
                                    "Приватность — условие точных показаний: в докладе отмечается, что "
                                    "пострадавших часто допрашивают в общих помещениях без соблюдения "
                                    "приватности."
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "trained-interviewer",
                                "note": (
                                    "Спросить, с кем ей удобнее говорить — с женщиной или с мужчиной, — и "
                                    "назначить обученного сотрудника — это требование протокола, а не "
                                    "любезность."
                                ),
                            },
                            {
                                "type": "scenario",
                                "situation": (
                                    "Ночью женщина приходит в районный отдел полиции, чтобы сообщить о "
                                    "сексуальном насилии. Единственное свободное место — дежурная часть, "
                                    "где работают двое сотрудников. Дежурный — мужчина без специальной "
                                    "подготовки; следователь-женщина, прошедшая обучение, может приехать "
                                    "примерно через час."
                                ),
                                "question": "Как лучше поступить?",
                                "choices": [
                                    {
                                        "text": (
                                            "Сразу принять у неё показания в дежурной части, пока всё "
                                            "свежо в памяти."
                                        ),
                                        "outcome": (
                                            "Ей придётся говорить при посторонних, без приватности и "
                                            "конфиденциальности, с необученным сотрудником. Она может "
                                            "умолчать о важных подробностях, и никто не спросил её, с кем "
                                            "ей было бы удобнее говорить."
                                        ),
                                        "recommended": False,
                                    },
                                    {
                                        "text": (
                                            "Найти помещение, где она сможет подождать без посторонних, "
                                            "организовать срочную медицинскую помощь, если она нужна, "
                                            "спросить, с кем ей удобнее говорить — с женщиной или с "
                                            "мужчиной, объяснить варианты и примерное время ожидания и "
                                            "вызвать следователя-женщину, прошедшую обучение, если она "
                                            "этого хочет."
                                        ),
                                        "outcome": (
                                            "Она в безопасности, без посторонних и в курсе происходящего, "
                                            "а её предпочтение учтено. Срочная медицинская помощь — в "
                                            "первую очередь, а ожидание ей объяснено, а не навязано. Затем "
                                            "допрос проводится один раз, как положено, обученным "
                                            "сотрудником."
                                        ),
                                        "recommended": True,
                                    },
                                    {
                                        "text": (
                                            "Попросить её прийти завтра утром, когда будет дежурить "
                                            "обученный следователь."
                                        ),
                                        "outcome": (
                                            "Отправив её домой, можно потерять и её сообщение, и "
                                            "доказательства, а она может не вернуться. Сообщение о "
                                            "сексуальном насилии регистрируется, и работа по нему "
                                            "начинается без промедления."
                                        ),
                                        "recommended": False,
                                    },
                                ],
                            },
                            {
                                "type": "key_points",
                                "items": [
                                    "Допрашивайте её в отдельном помещении — никогда в общем кабинете или "
                                    "в коридоре.",
                                    "Заранее и наедине спросите, с кем ей удобнее говорить — с женщиной "
                                    "или с мужчиной, — и уважайте её выбор.",
                                    "Назначьте обученного сотрудника и сведите число присутствующих к "
                                    "минимуму.",
                                    "Прежде чем задавать вопросы, объясните, что будет происходить и какие "
                                    "у неё есть права.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "one-interview-language-access",
                        "title": "Один допрос, на её языке, с учётом её потребностей",
                        "minutes": 12,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "В этом уроке речь идёт о допросе пострадавших от сексуального "
                                    "насилия. Урок не содержит натуралистичных описаний."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p><strong>Один допрос.</strong> Каждый раз, когда пострадавшую "
                                    "заставляют повторять рассказ, она переживает случившееся заново. "
                                    "Спланируйте допрос вместе со следственной группой так, чтобы она "
                                    "рассказала всё один раз: заранее согласуйте вопросы, дайте ей "
                                    "говорить своими словами и в своём темпе, затем задайте открытые "
                                    "уточняющие вопросы. Кратко изложите, как вы её поняли, и дайте ей "
                                    "возможность вас поправить.</p>"
                                    "<p><strong>Её язык.</strong> Спросите, на каком языке она хочет "
                                    "давать показания. Если она недостаточно свободно владеет языком "
                                    "судопроизводства, обеспечьте участие квалифицированного и "
                                    "беспристрастного переводчика, обязанного соблюдать "
                                    "конфиденциальность, — по возможности, если она того пожелает, "
                                    "женщины. Никогда не привлекайте в качестве переводчика "
                                    "подозреваемого, его родственников или ребёнка. В докладе языковой "
                                    "барьер назван особым препятствием для женщин-мигранток и женщин из "
                                    "этнических меньшинств.</p>"
                                    "<p><strong>Особые потребности.</strong> Женщины с инвалидностью "
                                    "сталкиваются с отсутствием процессуальных приспособлений. Спросите "
                                    "её, что ей нужно, а не решайте за неё: доступное помещение, "
                                    "сурдопереводчик, объяснения простым языком, дополнительное время "
                                    "или помощь человека, которому она доверяет. Инвалидность никогда не "
                                    "является основанием сомневаться в её показаниях.</p>"
                                    "<p>Наконец, запишите её показания точно и её собственными словами, "
                                    "прочитайте ей протокол (через переводчика, если он участвует) и "
                                    "внесите исправления, о которых она просит, до того как она его "
                                    "подпишет.</p>"
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "single-interview",
                                "note": (
                                    "Именно заранее подготовленные вопросы делают возможным единственный "
                                    "допрос и избавляют её от повторных вызовов ради того же рассказа."
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "interpreter-accessibility",
                                "note": (
                                    "Переводчик и необходимые приспособления обеспечиваются до начала "
                                    "допроса — исходя из того, что, по её словам, нужно ей самой."
                                ),
                            },
                            {
                                "type": "scenario",
                                "situation": (
                                    "Женщина-мигрантка, которая плохо владеет русским и казахским "
                                    "языками, сообщает о сексуальном насилии со стороны родственника "
                                    "своей работодательницы. Работодательница — сестра подозреваемого — "
                                    "пришла с ней в отдел и предлагает переводить, чтобы допрос можно "
                                    "было начать сразу."
                                ),
                                "question": "Как вы поступите?",
                                "choices": [
                                    {
                                        "text": (
                                            "Принять предложение: она владеет обоими языками, и допрос "
                                            "можно начать немедленно."
                                        ),
                                        "outcome": (
                                            "Она — родственница подозреваемого. Пострадавшая может не "
                                            "решиться говорить свободно, её слова могут быть искажены, а "
                                            "потом на неё могут оказать давление. Протокол запрещает "
                                            "привлекать родственников подозреваемого в качестве "
                                            "переводчиков."
                                        ),
                                        "recommended": False,
                                    },
                                    {
                                        "text": (
                                            "Поблагодарить работодательницу и попросить её подождать "
                                            "снаружи, обеспечить участие квалифицированного "
                                            "беспристрастного переводчика с языка пострадавшей (женщины, "
                                            "если она того пожелает) и провести один допрос с участием "
                                            "переводчика."
                                        ),
                                        "outcome": (
                                            "Она может рассказать всё свободно и полностью через "
                                            "человека, обязанного соблюдать конфиденциальность. "
                                            "Переводчик указывается в протоколе и помогает ей проверить "
                                            "его перед подписанием. Короткое ожидание оправдано точными "
                                            "показаниями, данными в безопасной для неё обстановке."
                                        ),
                                        "recommended": True,
                                    },
                                    {
                                        "text": (
                                            "Провести допрос на русском языке как получится и найти "
                                            "переводчика позже, если что-то окажется неясным."
                                        ),
                                        "outcome": (
                                            "Она может не понять своих прав или вопросов, и протокол может "
                                            "не отражать того, что она сказала. Повторный вызов с "
                                            "переводчиком означал бы второй допрос, которого протокол "
                                            "стремится избежать."
                                        ),
                                        "recommended": False,
                                    },
                                ],
                            },
                            {
                                "type": "key_points",
                                "items": [
                                    "Планируйте один допрос: заранее согласуйте вопросы с группой и не "
                                    "просите её повторять рассказ.",
                                    "Она даёт показания на выбранном ею языке с помощью "
                                    "квалифицированного переводчика — никогда не подозреваемого, его "
                                    "родственников или ребёнка.",
                                    "Спросите женщину с инвалидностью, какие приспособления ей нужны, и "
                                    "обеспечьте их.",
                                    "Прочитайте ей протокол и внесите её исправления до подписания.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "registering-every-report",
                        "title": "Регистрация каждого сообщения и работа по нему",
                        "minutes": 10,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "В этом уроке речь идёт о сексуальном насилии и о давлении на "
                                    "пострадавших с целью отзыва жалобы. Урок не содержит "
                                    "натуралистичных описаний."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p>Допрос, ориентированный на интересы пострадавшей, теряет смысл, "
                                    "если сообщение не получает хода. Согласно Уголовно-процессуальному "
                                    "кодексу, дело об изнасиловании или насильственных действиях "
                                    "сексуального характера без отягчающих обстоятельств (часть первая "
                                    "статей 120 и 121 Уголовного кодекса) прекращается при отсутствии "
                                    "жалобы потерпевшей (статья 35(5)), а понуждение к действиям "
                                    "сексуального характера без отягчающих обстоятельств (часть первая "
                                    "статьи 123) относится к делам частного обвинения (статья 32). В "
                                    "докладе отмечается, что эти нормы использовались, чтобы отговаривать "
                                    "женщин от обращения и откладывать расследование в расчёте на то, что "
                                    "жалобу отзовут.</p>"
                                    "<p>Правозащитные органы ООН рекомендовали, чтобы насилие в отношении "
                                    "женщин расследовалось и преследовалось <em>ex officio</em>. Пока "
                                    "закон не изменился, действуйте в этом духе: <strong>расследование "
                                    "ведёт государство, а не пострадавшая.</strong></p>"
                                    "<ul>"
                                    "<li>Регистрируйте каждое сообщение в день обращения и сообщайте ей, "
                                    "что оно зарегистрировано.</li>"
                                    "<li>Сразу проверяйте, нет ли отягчающих обстоятельств, например "
                                    "связанных с её возрастом, которые выводят дело за пределы части "
                                    "первой.</li>"
                                    "<li>Если закон требует её жалобы, объясните это нейтрально и, если "
                                    "она желает подать жалобу, оформите её письменно в рамках первого "
                                    "сообщения.</li>"
                                    "<li>Собирайте доказательства сами и никогда не предлагайте и не "
                                    "организуйте «примирение» с обвиняемым.</li>"
                                    "<li>Прокуроры проверяют дела, прекращённые за отсутствием жалобы или "
                                    "в связи с примирением: была ли квалификация правильной и был ли "
                                    "отзыв жалобы добровольным?</li>"
                                    "</ul>"
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "registering-sexual-violence-ex-officio",
                                "clause": "register-every-report",
                                "note": (
                                    "Регистрация сообщения в день обращения, без посторонних и на её "
                                    "языке, — первый шаг к тому, чтобы ответственность за расследование "
                                    "несло государство, а не пострадавшая."
                                ),
                            },
                            {
                                "type": "scenario",
                                "situation": (
                                    "Женщина сообщает, что её изнасиловал бывший партнёр. Она напугана и "
                                    "говорит, что семья будет недовольна. Дежурный предлагает пока "
                                    "неофициально отметить её визит и несколько дней подождать, не "
                                    "«передумает» ли она, прежде чем что-либо регистрировать."
                                ),
                                "question": "Как следует поступить?",
                                "choices": [
                                    {
                                        "text": (
                                            "Согласиться: нет смысла регистрировать дело, жалобу по "
                                            "которому, скорее всего, отзовут."
                                        ),
                                        "outcome": (
                                            "Именно эту практику описывает доклад. Доказательства могут "
                                            "быть утрачены, она остаётся один на один с давлением семьи и "
                                            "понимает, что её сообщение не принимают всерьёз."
                                        ),
                                        "recommended": False,
                                    },
                                    {
                                        "text": (
                                            "Зарегистрировать сообщение в тот же день; нейтрально "
                                            "объяснить, что означает её жалоба по действующему закону, и "
                                            "оформить жалобу письменно, если она этого хочет; с её "
                                            "согласия организовать своевременную судебно-медицинскую "
                                            "экспертизу; предложить службы поддержки и зафиксировать её "
                                            "опасения по поводу реакции семьи."
                                        ),
                                        "outcome": (
                                            "Дело защищено с самого начала: сообщение и её жалоба "
                                            "зафиксированы, доказательства сохранены, а последующее "
                                            "давление с целью отзыва жалобы можно распознать и "
                                            "задокументировать. Она знает, кто отвечает за её дело и куда "
                                            "обратиться за поддержкой."
                                        ),
                                        "recommended": True,
                                    },
                                    {
                                        "text": (
                                            "Зарегистрировать сообщение, но посоветовать ей сначала всё "
                                            "обсудить с семьёй и по возможности уладить дело миром."
                                        ),
                                        "outcome": (
                                            "Совет уладить дело частным образом — это давление с целью "
                                            "примирения, которое протокол запрещает. Оно подвергает её "
                                            "риску нового вреда и оставляет виновного безнаказанным."
                                        ),
                                        "recommended": False,
                                    },
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Что происходит в вашем подразделении между первым обращением "
                                    "пострадавшей и регистрацией её сообщения? Где сообщение может "
                                    "потеряться или задержаться и кто может это предотвратить?"
                                ),
                            },
                        ],
                    },
                ],
            },
        ],
    },
    "kk": {
        "title": (
            "Қылмысты қайта көрсету тәжірибесін тоқтату: зардап шеккен әйелдің мүддесін басшылыққа "
            "алатын тергеу"
        ),
        "description": (
            "Жыныстық зорлық-зомбылықтан зардап шеккен әйелден қылмысты қайта көрсетуді талап ету және "
            "кінәні оған аудару неліктен оның өзіне де, іске де зиян келтіретіні және оның орнына қалай "
            "әрекет ету керектігі туралы. Курс полиция қызметкерлеріне, тергеушілер мен прокурорларға "
            "арналған және жыныстық зорлық-зомбылықтан зардап шеккен ересек әйелден жауап алу "
            "хаттамасына және Қазақстандағы әйелдер мен қыздарға қатысты зорлық-зомбылық туралы 2024 "
            "жылғы баяндамаға негізделген. Сіз бір рет өтетін оңаша жауап алуды — қажет болса, "
            "аудармашымен және ерекше қажеттіліктерді ескере отырып — жоспарлауды және әрбір хабарламаны "
            "тіркеуді үйренесіз."
        ),
        "modules": [
            {
                "key": "why-re-enactment-harms",
                "title": (
                    "Қылмысты қайта көрсету және кінәні зардап шеккен әйелге аудару оған да, іске де "
                    "неліктен зиян келтіреді"
                ),
                "intro": (
                    "2024 жылғы баяндамада Қазақстандағы тергеу тәжірибесі туралы не айтылғаны және бұл "
                    "тәжірибелер неліктен зардап шеккен әйелдерге қайта психологиялық жарақат келтіріп, "
                    "істерді әлсірететіні."
                ),
                "lessons": [
                    {
                        "key": "what-the-brief-reports",
                        "title": "Баяндамада не айтылған",
                        "minutes": 10,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "Бұл сабақта жыныстық зорлық-зомбылық және тергеу барысында зардап "
                                    "шеккен әйелдерге қалай қарайтыны туралы айтылады. Сабақта ауыр әсер "
                                    "ететін егжей-тегжейлі сипаттамалар жоқ."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p>2024 жылы Equality Now халықаралық құқық қорғау ұйымы "
                                    "қазақстандық серіктестерімен бірлесіп, Еуропалық Одақ пен Қазақстан "
                                    "арасындағы адам құқықтары жөніндегі диалогқа арнап Қазақстандағы "
                                    "әйелдер мен қыздарға қатысты зорлық-зомбылық туралы баяндама "
                                    "дайындады. Баяндамада жыныстық зорлық-зомбылық жағдайларының "
                                    "<strong>едәуір бөлігі туралы әлі де хабарланбайтыны</strong>, ал "
                                    "жүгінген зардап шеккен әйелдер өздеріне сенбейді деген қорқынышқа, "
                                    "құқық қорғау органдары қызметкерлері тарапынан қорлауға және "
                                    "туыстары тарапынан айыптауға тап болатыны атап өтілген.</p>"
                                    "<p>Баяндамада тергеудің бірқатар күнделікті тәжірибесі сот "
                                    "төрелігіне қол жеткізуге елеулі кедергі ретінде аталған:</p>"
                                    "<ul>"
                                    "<li>заңда көзделген <em>тергеу экспериментін</em> жәбірленушіден "
                                    "қылмысты «қайта көрсетуді» талап ететіндей етіп жүйелі түрде "
                                    "қолдану;</li>"
                                    "<li>оңашалық пен құпиялылық сақталмайтын ортақ бөлмелерде жауап "
                                    "алу;</li>"
                                    "<li>арнайы даярлықтан өтпеген және зардап шеккендерге ұқыпты қарай "
                                    "білмейтін қызметкерлердің жауап алуы;</li>"
                                    "<li>құқық қорғау органдары қызметкерлерінің кінәні зардап шеккен "
                                    "әйелдерге аударуы: жергілікті ұйымдар тергеушілерден әйелдер "
                                    "басынан өткерген жыныстық зорлық-зомбылыққа өздері кінәлі деген "
                                    "сөзді жиі еститінін айтады — тіпті олар ауыр дене жарақаттарымен "
                                    "жүгінген жағдайда да;</li>"
                                    "<li>дене жарақаттары мен биологиялық іздерге сүйену — бұл көзге "
                                    "көрінетін жарақаты жоқ, мысалы, қорыққандықтан қарсылық көрсетпеген "
                                    "зардап шеккендерді қолайсыз жағдайға қояды.</li>"
                                    "</ul>"
                                    "<p>Баяндаманың БҰҰ-ның адам құқықтары жөніндегі органдарының "
                                    "ұсынымдарына негізделген ұсынымдары полицияға, прокурорларға және "
                                    "басқа мамандарға арналған хаттамалар әзірлеуді, зардап шеккендердің "
                                    "мүддесін басшылыққа алатын тәсілдер бойынша жан-жақты әрі тұрақты "
                                    "оқытуды, сондай-ақ әйелдер мен қыздарға қатысты зорлық-зомбылықтың "
                                    "әрбір жағдайын осындай тәсіл негізінде тергеу мен қылмыстық "
                                    "қудалауды қамтиды. Бұл курс — осы жұмыстың бір бөлігі.</p>"
                                ),
                            },
                            {
                                "type": "key_points",
                                "items": [
                                    "Қазақстанда жыныстық зорлық-зомбылық жағдайларының едәуір бөлігі "
                                    "туралы хабарланбайды; оның бір себебі — сенбейді деген қорқыныш және "
                                    "лауазымды адамдар тарапынан қорлау.",
                                    "Баяндамада тергеу экспериментінде қылмысты қайта көрсетуді жүйелі түрде "
                                    "талап ету, оңашалық сақталмайтын жауап алу және кінәні зардап шеккен "
                                    "әйелге аудару сот төрелігіне қол жеткізуге кедергі келтіретін "
                                    "кемсітушілік тәжірибелер ретінде аталған.",
                                    "Көзге көрінетін жарақаттарға сүйену қорыққандықтан қарсылық "
                                    "көрсетпеген зардап шеккендерді қолайсыз жағдайға қояды.",
                                    "Ұсынылатын шешім — хаттамаларда бекітілген және оқытумен "
                                    "қамтамасыз етілген, зардап шеккен әйелдің мүддесін басшылыққа "
                                    "алатын тәсіл.",
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Сіздің бөлімшеңізде зардап шеккен әйелдерді қай жерде қабылдайтынын "
                                    "және олардан қай жерде жауап алатынын ойлаңыз. Баяндамада "
                                    "сипатталған тәжірибелердің қайсысы, тіпті әдейі болмаса да, сол "
                                    "жерде орын алуы мүмкін?"
                                ),
                            },
                        ],
                    },
                    {
                        "key": "how-re-enactment-harms",
                        "title": "Қылмысты қайта көрсету зардап шеккен әйелге және іске қалай зиян келтіреді",
                        "minutes": 10,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "Бұл сабақта жыныстық зорлық-зомбылық және зардап шеккен әйелдердің "
                                    "қатысуымен жүргізілетін тергеу әрекеттері туралы айтылады. Сабақта "
                                    "ауыр әсер ететін егжей-тегжейлі сипаттамалар жоқ."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p>Тергеу эксперименті — фактілерді тексеру құралы. Оны жыныстық "
                                    "зорлық-зомбылықтан зардап шеккен әйелдің қатысуымен жүргізгенде, ол "
                                    "мүлде басқа нәрсеге айналады: одан болған оқиғаны бейнелеп "
                                    "көрсетуді, өзіне немесе басқа адамға оған не істелгенін көрсетуді "
                                    "немесе оқиғаларды көрсету үшін зорлық-зомбылық болған жерге қайта "
                                    "баруды сұрайды — көбіне бөгде адамдардың көзінше. Хаттама мұны "
                                    "ашық айтады: мұндай талап <strong>оның қадір-қасиетін қорлайды және "
                                    "оған қайта психологиялық жарақат келтіреді</strong>.</p>"
                                    "<p>Зиян зардап шеккен әйелдің өзімен шектелмейді. Рәсім оны "
                                    "қорлаған кезде:</p>"
                                    "<ul>"
                                    "<li>ол тергеуге көмектесуді тоқтатуы немесе шағымын кері қайтарып "
                                    "алуы мүмкін, ал қолданыстағы заң бойынша ауырлататын мән-жайларсыз "
                                    "зорлау немесе сексуалдық сипаттағы зорлық әрекеттері туралы іс оның "
                                    "шағымынсыз әрі қарай жүргізілмейді;</li>"
                                    "<li>болған жайды естіген басқа әйелдер полицияға жүгінбейді, сөйтіп "
                                    "хабарланбайтын жағдайлар көбейе түседі;</li>"
                                    "<li>тергеудің күші шын мәнінде маңызды дәлелдемелерге емес, "
                                    "сахналық көрініске жұмсалады.</li>"
                                    "</ul>"
                                    "<p>Мән-жайларды қылмысты қайта көрсетусіз анықтауға болады: оның "
                                    "дәл және өз сөзімен жазылған жауабы, оның ақпараттандырылған "
                                    "келісімімен уақтылы жүргізілген сот-медициналық сараптама, сондай-ақ "
                                    "куәлардың жауаптары, хат-хабарлар және бейнежазбалар сияқты басқа "
                                    "дәлелдемелер негізінде.</p>"
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "no-re-enactment",
                                "note": (
                                    "Бұл ережеде ерекшелік жоқ: жыныстық зорлық-зомбылықтан зардап шеккен "
                                    "әйелден қылмысты қайта көрсетуді, оны өзіне немесе басқа адамға "
                                    "көрсетуді немесе оқиға орнында оқиғаларды бейнелеуді ешқашан талап "
                                    "етпейді."
                                ),
                            },
                            {
                                "type": "scenario",
                                "situation": (
                                    "Әйел таныс ер адамның оны өз пәтерінде зорлағанын хабарлады. Оның "
                                    "жауабы егжей-тегжейлі, сот-медициналық сараптама оның келісімімен "
                                    "жүргізілді. Аға әріптесіңіз «оның нұсқасын тексеру үшін» тергеу "
                                    "экспериментін өткізуді ұсынады: ол топпен бірге пәтерге қайта барып, "
                                    "бәрі қай жерде және қалай болғанын көрсетуі тиіс."
                                ),
                                "question": "Сіз не істейсіз?",
                                "choices": [
                                    {
                                        "text": (
                                            "Тергеу экспериментін өткізу, бірақ оны мүмкіндігінше қысқа "
                                            "және қатысушылар санын барынша аз етіп ұйымдастыру."
                                        ),
                                        "outcome": (
                                            "Қысқа болса да, қылмысты қайта көрсету бәрібір қайта көрсету "
                                            "болып қала береді. Оны бәрібір полиция қызметкерлерінің "
                                            "көзінше зорлық-зомбылықты бейнелеуге мәжбүрлейді, бұл оның "
                                            "қадір-қасиетін қорлап, оған қайта психологиялық жарақат "
                                            "келтіреді, ал ол істен бас тартуы мүмкін. Хаттама мұған "
                                            "ешқандай түрде жол бермейді."
                                        ),
                                        "recommended": False,
                                    },
                                    {
                                        "text": (
                                            "Әріптесіңізге хаттаманың қылмысты қайта көрсетуге тыйым "
                                            "салатынын түсіндіріп, мән-жайларды оның жауабы, сараптама "
                                            "қорытындысы және басқа дәлелдемелер — оның қатысуынсыз "
                                            "жүргізілген оқиға орнын қарау, куәлардың жауаптары, "
                                            "хат-хабарлар мен бейнежазбалар негізінде анықтау."
                                        ),
                                        "outcome": (
                                            "Фактілер оны зорлық-зомбылықты қайта бастан кешуге "
                                            "мәжбүрлемей-ақ тексеріледі. Оқиға орнын онсыз қарап, "
                                            "тіркеуге болады, ал жекелеген нақтылау сұрағын жауап алу "
                                            "барысында оған бір рет, сабырлы түрде қоюға болады. Оның "
                                            "тергеуге деген сенімі сақталады, онымен бірге іс те "
                                            "сақталады."
                                        ),
                                        "recommended": True,
                                    },
                                    {
                                        "text": (
                                            "Одан келісетін-келіспейтінін сұрап, егер келіссе, "
                                            "экспериментті өткізу."
                                        ),
                                        "outcome": (
                                            "Полиция бір нәрсе сұраған кезде зардап шеккен әйел көбіне бас "
                                            "тарта алмайтындай сезінеді, әсіресе оған сенбейді деп "
                                            "қорықса. Хаттама оған мұндай экспериментке қатысуды ешқашан "
                                            "ұсынбауды талап етеді; оның «келісімі» экспериментті "
                                            "қауіпсіз де, қажет те етпейді."
                                        ),
                                        "recommended": False,
                                    },
                                ],
                            },
                            {
                                "type": "key_points",
                                "items": [
                                    "Қылмысты қайта көрсету зардап шеккен әйелдің қадір-қасиетін "
                                    "қорлайды және оған қайта психологиялық жарақат келтіреді; хаттама "
                                    "оны жыныстық зорлық-зомбылықтан зардап шеккендерге қолдануға тыйым "
                                    "салады.",
                                    "Қорланған әйел істен бас тартуы, ал басқа әйелдер полицияға мүлде "
                                    "жүгінбеуі мүмкін.",
                                    "Мән-жайларды оның жауабы, сот-медициналық сараптама және басқа "
                                    "дәлелдемелер негізінде анықтаңыз.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "victim-blaming-and-evidence",
                        "title": "Кінәні зардап шеккен әйелге аудару және шын мәнінде маңызды дәлелдемелер",
                        "minutes": 10,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "Бұл сабақта жыныстық зорлық-зомбылық және кінәні зардап шеккен "
                                    "әйелдерге аудару туралы айтылады. Сабақта ауыр әсер ететін "
                                    "егжей-тегжейлі сипаттамалар жоқ."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p>Кінәні зардап шеккен әйелге аудару — зорлық-зомбылыққа оның өзі "
                                    "себеп болды немесе өзі түрткі болды деген кез келген меңзеу: оның "
                                    "киімі, өмір салты немесе бұрынғы қарым-қатынастары туралы, неге "
                                    "қарсыласпағаны, айқайламағаны немесе кетіп қалмағаны туралы "
                                    "сұрақтар. Баяндамада жергілікті ұйымдардың тергеушілерден "
                                    "әйелдердің өздері кінәлі деген сөзді жиі еститіні атап өтілген.</p>"
                                    "<p>Мұндай сұрақтар фактілерді анықтамайды — олар сенімсіздікті "
                                    "білдіреді. Сонымен қатар олар адамдардың зорлық-зомбылыққа қалай "
                                    "әрекет ететіні туралы қате түсінікке негізделген. <strong>Зардап "
                                    "шеккендердің көбі қорыққандықтан қарсылық көрсетпейді</strong>, "
                                    "көбінде көзге көрінетін дене жарақаттары да болмайды. Жарақаттардың "
                                    "немесе физикалық қарсылықтың болмауы оның келісім бергенін "
                                    "білдірмейді.</p>"
                                    "<p>Іске мүлде басқа нәрсе — оның басынан өткергенінің дәл жазбасы "
                                    "қажет. Қылмыстық кодекс қазір зорлауды келісімнің болмауы арқылы "
                                    "емес, күш қолдану, күш қолданамын деп қорқыту немесе жәбірленушінің "
                                    "дәрменсіз жағдайын пайдалану арқылы анықтайды. Сондықтан оның "
                                    "қорқыныш, қорқыту, қысым және өзінің дене немесе психикалық жай-күйі "
                                    "туралы айтқандары көбіне <strong>шешуші дәлелдеме</strong> болады. "
                                    "Оны кінәлайтын қызметкер мұны естімейді; бейтарап, ашық сұрақтар "
                                    "қоятын қызметкер естиді.</p>"
                                    "<p>БҰҰ органдары Қазақстанға зорлауды шынайы, еркін және ерікті "
                                    "келісімнің болмауы негізінде анықтауды ұсынды. Заң өзгергенге дейін "
                                    "оның жауабын мұқият әрі құрметпен жазу — істі қорғаудың ең жақсы "
                                    "жолы.</p>"
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "no-victim-blaming",
                                "note": (
                                    "Бұл тармақ нені сұрамау керектігін және оның орнына нені тіркеу "
                                    "керектігін көрсетеді: қорқынышты, қорқытуларды және қысымды, оның "
                                    "ішінде неге қарсылық көрсете алмағанын."
                                ),
                            },
                            {
                                "type": "scenario",
                                "situation": (
                                    "Жауап алу кезінде зардап шеккен әйел қорқыныштан сілейіп қалғанын "
                                    "және көмекке шақырмағанын айтады. Қатысып отырған әріптесіңіз одан "
                                    "неге айқайламағанын, ішімдік ішкен-ішпегенін және қандай киім "
                                    "кигенін сұрайды."
                                ),
                                "question": "Жауап алуды жүргізуші ретінде сіз қалай әрекет етесіз?",
                                "choices": [
                                    {
                                        "text": (
                                            "Әріптесіңізге жалғастыруға мүмкіндік беру: бұл сұрақтарды "
                                            "бәрібір қорғау тарапы қояды."
                                        ),
                                        "outcome": (
                                            "Мұндай сұрақтар оған сенбейтінін көрсетеді және кінәні оған "
                                            "аударады. Ол үндемей қалуы немесе егжей-тегжейлерді айтпай "
                                            "қоюы мүмкін, ал жауап алу хаттамасында ең бастысы — оның "
                                            "қорқынышы және неге сілейіп қалғаны көрсетілмей қалады. Істі "
                                            "сотқа зардап шеккен әйелді кінәлау арқылы емес, дәлелдемелер "
                                            "жинау арқылы дайындайды."
                                        ),
                                        "recommended": False,
                                    },
                                    {
                                        "text": (
                                            "Жауап алуды сабырмен өз қолыңызға алып, бейтарап, ашық сұрақ "
                                            "қою, мысалы: «Одан кейін не болды?» немесе «Сол сәтте не "
                                            "сезінгеніңізді айтып беріңізші», ал жауап алудан кейін "
                                            "әріптесіңізбен оңаша хаттама туралы сөйлесу."
                                        ),
                                        "outcome": (
                                            "Ол әңгімесін жалғастыра алады. Оның қорыққаннан сілейіп "
                                            "қалғаны туралы сипаттамасы өз сөзімен жазылады, бұл зорлаудың "
                                            "қолданыстағы анықтамасы бойынша маңызды. Әріптесіңіз "
                                            "стандартпен танысады, әрі оның көзінше ешкім ыңғайсыз "
                                            "жағдайға түспейді."
                                        ),
                                        "recommended": True,
                                    },
                                    {
                                        "text": (
                                            "Жауап алуды тоқтатып, оны басқа күнге, басқа қызметкерге "
                                            "ауыстыру."
                                        ),
                                        "outcome": (
                                            "Оған бәрін қайта айтып беруге тура келеді, ал хаттама дәл "
                                            "осыған жол бермеуге тырысады, әрі ол қайта келмеуі мүмкін. "
                                            "Мәселе жауап алуда емес, сұрақтарда: оларды түзетіп, "
                                            "жалғастырыңыз, қажет болса, оған үзіліс ұсыныңыз."
                                        ),
                                        "recommended": False,
                                    },
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Өзіңіз естіген немесе қойған қандай сұрақтар зардап шеккен әйелді "
                                    "өзін кінәлі сезінуге итермелеуі мүмкін? Олардың әрқайсысын "
                                    "бейтарап, ашық сұрақпен қалай алмастыруға болады?"
                                ),
                            },
                        ],
                    },
                ],
            },
            {
                "key": "victim-centred-practice",
                "title": "Зардап шеккен әйелдің мүддесін басшылыққа алатын жауап алу мен тергеу іс жүзінде",
                "intro": (
                    "Зардап шеккен әйелдің қажеттіліктерін ескеретін, бір рет өтетін оңаша жауап алуды "
                    "қалай дайындап, жүргізу керектігі және әрбір хабарламаның тіркеліп, ол бойынша жұмыс "
                    "жүргізілуін қалай қамтамасыз ету керектігі."
                ),
                "lessons": [
                    {
                        "key": "private-room-and-interviewer",
                        "title": "Оқшау бөлме және ол таңдаған жауап алушы",
                        "minutes": 12,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "Бұл сабақта жыныстық зорлық-зомбылықтан зардап шеккен әйелдерден "
                                    "жауап алу туралы айтылады. Сабақта ауыр әсер ететін егжей-тегжейлі "
                                    "сипаттамалар жоқ."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p>Зардап шеккен әйелдің мүддесін басшылыққа алатын жауап алу "
                                    "бірінші сұраққа дейін басталады. Үш нәрсе алдын ала шешіледі.</p>"
                                    "<ol>"
                                    "<li><strong>Қай жерде.</strong> Әңгімені ешкім көре немесе ести "
                                    "алмайтын оқшау бөлмеде — ешқашан ортақ кабинетте, дәлізде немесе "
                                    "басқа қызметкерлер, келушілер не күдіктілер отырған жерде емес. Ол "
                                    "күдікті немесе оның туыстары көре алатын жерде күтпеуі тиіс.</li>"
                                    "<li><strong>Кім.</strong> Жыныстық зорлық-зомбылықтан зардап "
                                    "шеккендермен жұмыс істеуге даярлықтан өткен полиция қызметкері "
                                    "немесе тергеуші. Алдын ала, оңаша жағдайда одан кіммен — әйел "
                                    "адаммен немесе ер адаммен — сөйлескені ыңғайлы екенін сұраңыз және "
                                    "оның таңдауын құрметтеңіз. Егер оны ескеру мүмкін болмаса, себебін "
                                    "түсіндіріп, қолжетімді нұсқаларды ұсыныңыз. Жауап алу кезінде тек "
                                    "қажетті адамдар ғана қатысады.</li>"
                                    "<li><strong>Оған не түсіндіріледі.</strong> Кез келген сұрақтан "
                                    "бұрын не болатынын, оның айтқандары қалай жазылатынын және оның "
                                    "құқықтарын, оның ішінде өкілі болу, аудармашының көмегін алу, жауап "
                                    "алу хаттамасымен танысып, қол қоймас бұрын оған түзетулер енгізу "
                                    "құқығын қарапайым сөзбен түсіндіріңіз. Сенім телефондары, тегін заң "
                                    "көмегі, дағдарыс орталықтары және психологиялық көмек туралы "
                                    "айтыңыз.</li>"
                                    "</ol>"
                                    "<p>Бұл қадамдар көп шығынды қажет етпейді. Олар құпиялылықты "
                                    "қамтамасыз етеді, оның мазасыздығын азайтады және оның толық әрі дәл "
                                    "жауап беру мүмкіндігін арттырады.</p>"
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "private-room",
                                "note": (
                                    "Оңашалық — дәл жауаптың алғышарты: баяндамада зардап шеккен "
                                    "әйелдерден көбіне оңашалық сақталмайтын ортақ бөлмелерде жауап "
                                    "алынатыны атап өтілген."
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "trained-interviewer",
                                "note": (
                                    "Одан әйел адаммен немесе ер адаммен сөйлескенді қалайтынын сұрау "
                                    "және даярлықтан өткен қызметкерді тағайындау — ілтипат емес, "
                                    "хаттаманың талабы."
                                ),
                            },
                            {
                                "type": "scenario",
                                "situation": (
                                    "Түнде бір әйел жыныстық зорлық-зомбылық туралы хабарлау үшін "
                                    "аудандық полиция бөліміне келеді. Бос орын тек кезекші бөлім ғана, "
                                    "онда екі қызметкер жұмыс істеп отыр. Кезекші — арнайы даярлығы жоқ "
                                    "ер адам; даярлықтан өткен әйел тергеуші шамамен бір сағаттан кейін "
                                    "келе алады."
                                ),
                                "question": "Қалай әрекет еткен дұрыс?",
                                "choices": [
                                    {
                                        "text": (
                                            "Бәрі есінде тұрғанда, одан кезекші бөлімде бірден жауап алу."
                                        ),
                                        "outcome": (
                                            "Ол бөгде адамдардың көзінше, оңашалық пен құпиялылық "
                                            "сақталмай, даярлығы жоқ қызметкермен сөйлесуге мәжбүр "
                                            "болады. Ол маңызды егжей-тегжейлерді айтпай қалуы мүмкін, "
                                            "әрі одан кіммен сөйлескені ыңғайлы екенін ешкім сұрамады."
                                        ),
                                        "recommended": False,
                                    },
                                    {
                                        "text": (
                                            "Оның бөгде адамдарсыз күте алатын бөлмесін табу, қажет "
                                            "болса, шұғыл медициналық көмекті ұйымдастыру, одан кіммен — "
                                            "әйел адаммен немесе ер адаммен — сөйлескені ыңғайлы екенін "
                                            "сұрау, нұсқалар мен шамамен күту уақытын түсіндіру және, егер "
                                            "ол солай қаласа, даярлықтан өткен әйел тергеушіні шақыру."
                                        ),
                                        "outcome": (
                                            "Ол қауіпсіз, оңаша жерде және не болып жатқанынан хабардар, "
                                            "ал оның қалауы ескерілді. Шұғыл медициналық көмек бірінші "
                                            "кезекте көрсетіледі, ал күту оған таңылмай, түсіндірілді. "
                                            "Содан кейін жауапты даярлықтан өткен қызметкер тиісті түрде "
                                            "бір рет алады."
                                        ),
                                        "recommended": True,
                                    },
                                    {
                                        "text": (
                                            "Ертең таңертең даярлықтан өткен тергеуші кезекшілікте "
                                            "болғанда қайта келуін сұрау."
                                        ),
                                        "outcome": (
                                            "Оны үйіне қайтарып жіберу оның хабарламасын да, "
                                            "дәлелдемелерді де жоғалтуға әкелуі мүмкін, ал ол қайта "
                                            "келмеуі мүмкін. Жыныстық зорлық-зомбылық туралы хабарлама "
                                            "кідіріссіз тіркеледі және ол бойынша жұмыс басталады."
                                        ),
                                        "recommended": False,
                                    },
                                ],
                            },
                            {
                                "type": "key_points",
                                "items": [
                                    "Одан оқшау бөлмеде жауап алыңыз — ешқашан ортақ кабинетте немесе "
                                    "дәлізде емес.",
                                    "Алдын ала, оңаша жағдайда одан әйел адаммен немесе ер адаммен "
                                    "сөйлескенді қалайтынын сұрап, оның таңдауын құрметтеңіз.",
                                    "Даярлықтан өткен қызметкерді тағайындаңыз және қатысушылар санын "
                                    "барынша азайтыңыз.",
                                    "Сұрақ қоймас бұрын не болатынын және оның қандай құқықтары бар "
                                    "екенін түсіндіріңіз.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "one-interview-language-access",
                        "title": "Бір рет жауап алу — оның тілінде, оның қажеттіліктерін ескере отырып",
                        "minutes": 12,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "Бұл сабақта жыныстық зорлық-зомбылықтан зардап шеккен әйелдерден "
                                    "жауап алу туралы айтылады. Сабақта ауыр әсер ететін егжей-тегжейлі "
                                    "сипаттамалар жоқ."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p><strong>Бір рет жауап алу.</strong> Зардап шеккен әйелді "
                                    "әңгімесін қайталауға мәжбүрлеген сайын, ол болған оқиғаны қайта "
                                    "бастан кешеді. Ол бәрін бір рет айтып беретіндей етіп, жауап алуды "
                                    "тергеу тобымен бірге жоспарлаңыз: сұрақтарды алдын ала келісіп "
                                    "алыңыз, оған өз сөзімен, өз қарқынымен сөйлеуге мүмкіндік беріңіз, "
                                    "содан кейін ашық, нақтылау сұрақтарын қойыңыз. Оны қалай "
                                    "түсінгеніңізді қысқаша айтып, түзетуге мүмкіндік беріңіз.</p>"
                                    "<p><strong>Оның тілі.</strong> Одан қай тілде жауап бергісі "
                                    "келетінін сұраңыз. Егер ол іс жүргізу тілін жеткілікті еркін "
                                    "меңгермесе, құпиялылықты сақтауға міндетті білікті әрі бейтарап "
                                    "аудармашының қатысуын қамтамасыз етіңіз — мүмкіндігінше, егер ол "
                                    "қаласа, әйел аудармашының. Күдіктіні, оның туыстарын немесе баланы "
                                    "ешқашан аудармашы ретінде тартпаңыз. Баяндамада тіл кедергісі "
                                    "мигрант әйелдер мен этникалық азшылыққа жататын әйелдер үшін ерекше "
                                    "кедергі ретінде аталған.</p>"
                                    "<p><strong>Бейімдеулер.</strong> Мүгедектігі бар әйелдер іс жүргізу "
                                    "бейімдеулерінің болмауына тап болады. Ол үшін шешім қабылдамай, оған "
                                    "не қажет екенін өзінен сұраңыз: қолжетімді бөлме, ымдау тілінің "
                                    "аудармашысы, қарапайым тілдегі түсіндірмелер, қосымша уақыт немесе "
                                    "өзі сенетін адамның көмегі. Мүгедектік ешқашан оның айтқандарына "
                                    "күмән келтіруге негіз болмайды.</p>"
                                    "<p>Соңында оның жауабын дәл және өз сөзімен жазып, жауап алу "
                                    "хаттамасын оған оқып беріңіз (аудармашы қатысса, ол арқылы) және ол "
                                    "қол қоймас бұрын сұраған түзетулерін енгізіңіз.</p>"
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "single-interview",
                                "note": (
                                    "Сұрақтарды алдын ала дайындау бір рет жауап алуды мүмкін етеді және "
                                    "оны сол әңгімені қайта айту үшін қайта шақырудан сақтайды."
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "interviewing-adult-survivor-sexual-violence",
                                "clause": "interpreter-accessibility",
                                "note": (
                                    "Аудармашы мен қажетті бейімдеулер оның өзі айтқан қажеттіліктеріне "
                                    "қарай жауап алу басталғанға дейін қамтамасыз етіледі."
                                ),
                            },
                            {
                                "type": "scenario",
                                "situation": (
                                    "Орыс және қазақ тілдерін нашар білетін мигрант әйел жұмыс берушісінің "
                                    "туысы жасаған жыныстық зорлық-зомбылық туралы хабарлайды. Онымен "
                                    "бірге бөлімге келген жұмыс берушісі — күдіктінің әпкесі — жауап "
                                    "алуды бірден бастау үшін аудармашы болуды ұсынады."
                                ),
                                "question": "Сіз не істейсіз?",
                                "choices": [
                                    {
                                        "text": (
                                            "Ұсынысты қабылдау: ол екі тілді де біледі, жауап алуды "
                                            "бірден бастауға болады."
                                        ),
                                        "outcome": (
                                            "Ол — күдіктінің туысы. Зардап шеккен әйел еркін сөйлеуге "
                                            "батылы бармауы мүмкін, оның сөздері бұрмалануы мүмкін, ал "
                                            "кейін оған қысым көрсетілуі мүмкін. Хаттама күдіктінің "
                                            "туыстарын аудармашы ретінде тартуға тыйым салады."
                                        ),
                                        "recommended": False,
                                    },
                                    {
                                        "text": (
                                            "Жұмыс берушіге алғыс айтып, сыртта күте тұруын сұрау, "
                                            "зардап шеккен әйелдің тілін білетін білікті, бейтарап "
                                            "аудармашының (егер ол қаласа, әйел аудармашының) қатысуын "
                                            "қамтамасыз ету және аудармашының қатысуымен одан бір рет "
                                            "жауап алу."
                                        ),
                                        "outcome": (
                                            "Ол құпиялылықты сақтауға міндетті адам арқылы бәрін еркін әрі "
                                            "толық айтып бере алады. Аудармашы жауап алу хаттамасында "
                                            "көрсетіледі және қол қоймас бұрын оған хаттаманы тексеруге "
                                            "көмектеседі. Қысқа күту оның өзі үшін қауіпсіз жағдайда "
                                            "берілген дәл жауабына тұрарлық."
                                        ),
                                        "recommended": True,
                                    },
                                    {
                                        "text": (
                                            "Жауапты орыс тілінде қалай болса солай алып, бірдеңе "
                                            "түсініксіз болса, аудармашыны кейін табу."
                                        ),
                                        "outcome": (
                                            "Ол өз құқықтарын немесе сұрақтарды түсінбеуі мүмкін, ал "
                                            "жауап алу хаттамасы оның айтқанын көрсетпеуі мүмкін. Оны "
                                            "кейін аудармашымен қайта шақыру екінші рет жауап алу деген "
                                            "сөз, ал хаттама дәл осыған жол бермеуге тырысады."
                                        ),
                                        "recommended": False,
                                    },
                                ],
                            },
                            {
                                "type": "key_points",
                                "items": [
                                    "Бір рет жауап алуды жоспарлаңыз: сұрақтарды топпен алдын ала "
                                    "келісіп алыңыз және одан әңгімесін қайталауды сұрамаңыз.",
                                    "Ол өзі таңдаған тілде білікті аудармашының көмегімен жауап береді — "
                                    "ешқашан күдіктінің, оның туыстарының немесе баланың көмегімен емес.",
                                    "Мүгедектігі бар әйелден оған қандай бейімдеулер қажет екенін сұраңыз "
                                    "және оларды қамтамасыз етіңіз.",
                                    "Жауап алу хаттамасын оған оқып беріп, ол қол қоймас бұрын "
                                    "түзетулерін енгізіңіз.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "registering-every-report",
                        "title": "Әрбір хабарламаны тіркеу және ол бойынша әрекет ету",
                        "minutes": 10,
                        "blocks": [
                            {
                                "type": "content_note",
                                "text": (
                                    "Бұл сабақта жыныстық зорлық-зомбылық және зардап шеккен әйелдерге "
                                    "шағымын кері қайтарып алу үшін көрсетілетін қысым туралы айтылады. "
                                    "Сабақта ауыр әсер ететін егжей-тегжейлі сипаттамалар жоқ."
                                ),
                            },
                            {
                                "type": "text",
                                "html": (
                                    "<p>Егер хабарлама әрі қарай қозғалмаса, зардап шеккен әйелдің "
                                    "мүддесін басшылыққа алатын жауап алудың мәні жоғалады. "
                                    "Қылмыстық-процестік кодекске сәйкес ауырлататын мән-жайларсыз зорлау "
                                    "немесе сексуалдық сипаттағы зорлық әрекеттері туралы іс (Қылмыстық "
                                    "кодекстің 120 және 121-баптарының бірінші бөліктері) жәбірленушінің "
                                    "шағымы болмаған кезде тоқтатылады (35(5)-бап), ал ауырлататын "
                                    "мән-жайларсыз сексуалдық сипаттағы әрекеттерге мәжбүрлеу (123-баптың "
                                    "бірінші бөлігі) жеке айыптау ісі болып табылады (32-бап). Баяндамада "
                                    "бұл нормалардың әйелдерді жүгінуден айнытуға және шағым кері "
                                    "қайтарып алынады деген есеппен тергеуді кейінге қалдыруға "
                                    "пайдаланылғаны атап өтілген.</p>"
                                    "<p>БҰҰ-ның адам құқықтары жөніндегі органдары әйелдерге қатысты "
                                    "зорлық-зомбылықты <em>ex officio</em> тергеуді және қылмыстық "
                                    "қудалауды ұсынды. Заң өзгергенге дейін осы рухта әрекет етіңіз: "
                                    "<strong>тергеуді зардап шеккен әйел емес, мемлекет "
                                    "жүргізеді.</strong></p>"
                                    "<ul>"
                                    "<li>Әрбір хабарламаны жүгінген күні тіркеңіз және оған хабарламаның "
                                    "тіркелгенін айтыңыз.</li>"
                                    "<li>Істі бірінші бөліктің шегінен шығаратын ауырлататын "
                                    "мән-жайлардың, мысалы, оның жасына байланысты мән-жайлардың "
                                    "бар-жоғын бірден тексеріңіз.</li>"
                                    "<li>Егер заң оның шағымын талап етсе, мұны бейтарап түсіндіріңіз "
                                    "және, егер ол шағым бергісі келсе, оны алғашқы хабарламаның бөлігі "
                                    "ретінде жазбаша ресімдеңіз.</li>"
                                    "<li>Дәлелдемелерді өзіңіз жинаңыз және айыпталушымен "
                                    "«татуластыруды» ешқашан ұсынбаңыз әрі ұйымдастырмаңыз.</li>"
                                    "<li>Прокурорлар шағымның болмауына немесе татуласуға байланысты "
                                    "тоқтатылған істерді тексереді: саралау дұрыс болды ма, шағымды кері "
                                    "қайтарып алу ерікті болды ма?</li>"
                                    "</ul>"
                                ),
                            },
                            {
                                "type": "protocol_excerpt",
                                "protocol": "registering-sexual-violence-ex-officio",
                                "clause": "register-every-report",
                                "note": (
                                    "Хабарламаны жүгінген күні, оңаша жағдайда және оның тілінде тіркеу — "
                                    "тергеу үшін жауапкершілікті зардап шеккен әйел емес, мемлекет "
                                    "көтеретін тәртіпке көшудің алғашқы қадамы."
                                ),
                            },
                            {
                                "type": "scenario",
                                "situation": (
                                    "Әйел бұрынғы серіктесі оны зорлағанын хабарлайды. Ол қорқып тұр және "
                                    "отбасы наразы болатынын айтады. Кезекші оның келгенін әзірше "
                                    "бейресми белгілей салып, бірдеңе тіркемес бұрын оның «райынан "
                                    "қайтар-қайтпасын» бірнеше күн күтуді ұсынады."
                                ),
                                "question": "Қалай әрекет ету керек?",
                                "choices": [
                                    {
                                        "text": (
                                            "Келісу: шағымы кері қайтарып алынуы ықтимал істі тіркеудің "
                                            "мәні жоқ."
                                        ),
                                        "outcome": (
                                            "Баяндама дәл осы тәжірибені сипаттайды. Дәлелдемелер жоғалуы "
                                            "мүмкін, ол отбасының қысымымен жалғыз қалады және оның "
                                            "хабарламасына байыппен қарамайтынын түсінеді."
                                        ),
                                        "recommended": False,
                                    },
                                    {
                                        "text": (
                                            "Хабарламаны сол күні тіркеу; оның шағымы қолданыстағы заң "
                                            "бойынша нені білдіретінін бейтарап түсіндіру және, егер ол "
                                            "қаласа, шағымды жазбаша ресімдеу; оның келісімімен уақтылы "
                                            "сот-медициналық сараптаманы ұйымдастыру; қолдау қызметтерін "
                                            "ұсыну және оның отбасы наразылығына байланысты қорқынышын "
                                            "тіркеу."
                                        ),
                                        "outcome": (
                                            "Іс басынан бастап қорғалған: хабарлама мен оның шағымы "
                                            "тіркелген, дәлелдемелер сақталған, ал кейін шағымды кері "
                                            "қайтарып алу үшін көрсетілетін қысымды анықтап, құжаттауға "
                                            "болады. Ол өз ісіне кім жауапты екенін және қолдауды қайдан "
                                            "алуға болатынын біледі."
                                        ),
                                        "recommended": True,
                                    },
                                    {
                                        "text": (
                                            "Хабарламаны тіркеу, бірақ оған алдымен бәрін отбасымен "
                                            "ақылдасып, мүмкін болса, істі бітімгершілікпен шешуге кеңес "
                                            "беру."
                                        ),
                                        "outcome": (
                                            "Істі жеке тәртіппен шешуге кеңес беру — хаттама тыйым "
                                            "салатын татуласуға итермелейтін қысым. Бұл оны жаңа зиянға "
                                            "ұшыратады және кінәліні жазасыз қалдырады."
                                        ),
                                        "recommended": False,
                                    },
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Сіздің бөлімшеңізде зардап шеккен әйелдің алғашқы жүгінуі мен оның "
                                    "хабарламасын тіркеу арасында не болады? Хабарлама қай жерде жоғалып "
                                    "немесе кешігіп қалуы мүмкін және мұның алдын кім ала алады?"
                                ),
                            },
                        ],
                    },
                ],
            },
        ],
    },
}
