"""Demo protocol: interviewing an adult survivor of sexual violence (police, investigators)."""

PROTOCOL = {
    "slug": "interviewing-adult-survivor-sexual-violence",
    "audiences": ["police", "investigators"],
    "topics": ["interviewing", "re-enactment", "disability"],
    "references": ["cc-120-1", "gr35-29e", "co5-25b"],
    "effective_date": "2025-02-01",
    "translations": ["en", "ru", "kk"],
    "en": {
        "title": "Interviewing an adult survivor of sexual violence",
        "summary": (
            "How police officers and investigators conduct a private, respectful and accurate "
            "interview with an adult survivor of sexual violence. The survivor is interviewed once, "
            "by a trained interviewer, and is never asked to re-enact the crime."
        ),
        "change_summary": "First published version.",
        "sections": [
            {
                "heading": "Preparing the interview",
                "clauses": [
                    {
                        "key": "private-room",
                        "text": (
                            "<p>Interview the survivor in a <strong>private room</strong> where no one else "
                            "can see or hear the conversation. Never interview her in a shared office, a "
                            "corridor or a room where other staff, visitors or suspects are present.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "The door can be closed and the conversation cannot be overheard.",
                                    "No other staff, visitors or suspects are in the room or pass through it.",
                                    "Telephones and radios are silenced, and no one will interrupt.",
                                    "Water, tissues and a comfortable place to sit are available.",
                                    "The survivor does not have to wait where the suspect or his relatives "
                                    "can see her.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "trained-interviewer",
                        "text": (
                            "<p>The interview is conducted by a police officer or investigator "
                            "<strong>trained</strong> to work with survivors of sexual violence using a "
                            "victim-centred approach. Where possible, ask the survivor whether she would "
                            "prefer to speak to a woman or a man, and respect her choice.</p>"
                            "<p>Only the people needed for the interview are present. Everything she says "
                            "is treated as confidential and shared only as far as the proceedings "
                            "require.</p>"
                        ),
                        "elements": [
                            {
                                "type": "do_dont",
                                "do": [
                                    "Ask her early, in private, whether she prefers a female or a male "
                                    "interviewer.",
                                    "Assign a trained interviewer; if her choice cannot be met, explain why "
                                    "and offer the options available.",
                                    "Keep the number of people in the room to a minimum.",
                                ],
                                "dont": [
                                    "Do not hand the interview to whoever is on duty without the right "
                                    "training.",
                                    "Do not discuss her case with colleagues who are not working on it.",
                                    "Do not bring in observers without her knowledge.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "explain-process-rights",
                        "text": (
                            "<p>Before asking any questions, explain in plain words <strong>what will "
                            "happen</strong> during the interview and afterwards, and <strong>what her "
                            "rights are</strong>. Check that she has understood, and answer her "
                            "questions.</p>"
                        ),
                        "elements": [
                            {
                                "type": "steps",
                                "items": [
                                    "Introduce yourself and explain your role.",
                                    "Explain the purpose of the interview, how long it may take and how her "
                                    "statement will be recorded.",
                                    "Explain her rights as a victim, including the right to have a "
                                    "representative, to give her statement in the language she speaks best "
                                    "with the help of an interpreter, and to read the record and correct it "
                                    "before signing.",
                                    "Tell her about the support services available to her: hotlines, free "
                                    "legal aid, crisis centres and psychological help.",
                                    "Ask whether she has any questions or particular needs before you begin.",
                                ],
                            },
                        ],
                    },
                ],
            },
            {
                "heading": "Conducting the interview",
                "clauses": [
                    {
                        "key": "single-interview",
                        "text": (
                            "<p>Plan the interview so that the survivor gives her account "
                            "<strong>once</strong>, in a single interview wherever possible. Prepare your "
                            "questions in advance with the investigation team so that she is not called "
                            "back to tell the same story again.</p>"
                            "<p>Let her describe what happened in her own words and at her own pace. Then "
                            "ask open, clarifying questions. <strong>Do not ask her to repeat</strong> her "
                            "account or ask the same questions again: repeated questioning re-traumatises "
                            "her.</p>"
                        ),
                        "elements": [
                            {
                                "type": "steps",
                                "items": [
                                    "Agree the questions with the investigation team before the interview.",
                                    "Invite her to describe what happened in her own words, without "
                                    "interrupting.",
                                    "Ask open questions to clarify what the investigation needs.",
                                    "Summarise what you have understood and let her correct it.",
                                    "Explain what will happen next and how she can contact you.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "no-re-enactment",
                        "text": (
                            "<p><strong>Never</strong> ask the survivor to take part in an "
                            "<em>investigative experiment</em> that requires her to re-enact the crime, to "
                            "show on herself or on another person what was done to her, or to return to "
                            "the scene to act out events. Establish the circumstances from her statement, "
                            "the forensic medical examination and other evidence.</p>"
                        ),
                        "elements": [
                            {
                                "type": "warning",
                                "text": (
                                    "Requiring a survivor to re-enact sexual violence is degrading and "
                                    "re-traumatising; this discriminatory practice has been identified as a "
                                    "barrier to justice in Kazakhstan. It must not be used with survivors of "
                                    "sexual violence."
                                ),
                            },
                        ],
                    },
                    {
                        "key": "no-victim-blaming",
                        "text": (
                            "<p>Ask about what happened, not about the survivor's character. Do not ask "
                            "questions that suggest she is to blame for the violence, for example about her "
                            "clothing, her way of life or her past relationships, or about why she did not "
                            "resist or leave. The absence of visible injuries or of physical resistance does "
                            "not mean that she agreed: many survivors do not resist out of fear.</p>"
                        ),
                        "elements": [
                            {
                                "type": "do_dont",
                                "do": [
                                    "Ask neutral, open questions: “What happened next?”",
                                    "Record any fear, threats or pressure she describes, including why she "
                                    "could not resist.",
                                    "Acknowledge that it takes courage to report.",
                                ],
                                "dont": [
                                    "Do not ask why she did not fight back or scream.",
                                    "Do not comment on her clothing, behaviour or way of life.",
                                    "Do not suggest that she provoked the violence or that she should "
                                    "reconcile with the suspect.",
                                    "Do not show disbelief or treat the lack of injuries as proof that "
                                    "nothing happened.",
                                ],
                            },
                            {
                                "type": "law_quote",
                                "reference": "gr35-29e",
                                "text": (
                                    "Calls on States to define rape and other sexual crimes by the lack of "
                                    "freely given consent, and to ensure that all forms of sexual violence "
                                    "are investigated and prosecuted."
                                ),
                            },
                        ],
                    },
                ],
            },
            {
                "heading": "Language, accessibility and the record",
                "clauses": [
                    {
                        "key": "interpreter-accessibility",
                        "text": (
                            "<p>Ask the survivor which language she wishes to give her statement in. If she "
                            "is not fluent in the language of the proceedings, arrange a qualified "
                            "<strong>interpreter</strong>; never use the suspect, his relatives or a child "
                            "as an interpreter. Where possible, and if she prefers, the interpreter should "
                            "be a woman.</p>"
                            "<p>For a woman with a disability, provide the <strong>procedural "
                            "accommodations</strong> she needs to take part on an equal basis with others: "
                            "an accessible room, a sign language interpreter, easy-to-understand "
                            "explanations, extra time, or the help of a person she trusts. Ask her what "
                            "she needs rather than deciding for her. A disability is never a reason to "
                            "doubt her account.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "Her chosen language is recorded and, if needed, an interpreter has been "
                                    "arranged.",
                                    "The interpreter is qualified, impartial and bound by confidentiality.",
                                    "The room and the way to it are accessible.",
                                    "Communication support is in place if she needs it: a sign language "
                                    "interpreter, plain language, written or visual aids.",
                                    "Extra time has been planned if she needs it.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "record-statement",
                        "text": (
                            "<p>Record the statement <strong>accurately and in her own words</strong>, "
                            "including what she said about fear, threats, force and her physical or mental "
                            "state. Do not turn her words into conclusions, do not shorten or soften her "
                            "account, and do not leave out details that do not fit an expected version of "
                            "events. Under the current definition of rape, these circumstances are decisive "
                            "for the case.</p>"
                            "<p>Read the record back to her or let her read it, through the interpreter if "
                            "one is used, and make the corrections she asks for before she signs.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "Her account is in her own words, not paraphrased into conclusions.",
                                    "Fear, threats, pressure and her state at the time are recorded.",
                                    "Everyone present, including the interpreter, is named in the record.",
                                    "She has read or heard the record, and her corrections have been made.",
                                    "The record is kept confidential.",
                                ],
                            },
                            {
                                "type": "law_quote",
                                "reference": "cc-120-1",
                                "text": (
                                    "Establishes liability for rape without aggravating circumstances, "
                                    "defined by the use of violence, the threat of violence, or the abuse of "
                                    "the victim's helpless condition."
                                ),
                            },
                            {
                                "type": "law_quote",
                                "reference": "co5-25b",
                                "text": (
                                    "Recommends that Kazakhstan base the definition of rape on the lack of "
                                    "genuine, free and voluntary consent."
                                ),
                            },
                        ],
                    },
                ],
            },
        ],
    },
    "ru": {
        "title": "Допрос взрослой пострадавшей от сексуального насилия",
        "summary": (
            "Как сотрудники полиции и следователи проводят конфиденциальный, уважительный и точный "
            "допрос взрослой пострадавшей от сексуального насилия. Пострадавшую допрашивает один раз "
            "обученный сотрудник, и от неё никогда не требуют воспроизводить преступление."
        ),
        "change_summary": "Первая опубликованная версия.",
        "sections": [
            {
                "heading": "Подготовка к допросу",
                "clauses": [
                    {
                        "key": "private-room",
                        "text": (
                            "<p>Проводите допрос пострадавшей в <strong>отдельном помещении</strong>, где "
                            "разговор никто не может увидеть или услышать. Никогда не допрашивайте её в "
                            "общем кабинете, в коридоре или в помещении, где находятся другие сотрудники, "
                            "посетители или подозреваемые.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "Дверь закрывается, и разговор не слышен снаружи.",
                                    "В помещении нет других сотрудников, посетителей или подозреваемых, и "
                                    "никто не проходит через него.",
                                    "Телефоны и рации выключены, никто не прервёт разговор.",
                                    "Есть вода, бумажные салфетки и удобное место, чтобы сесть.",
                                    "Пострадавшей не приходится ждать там, где её могут видеть "
                                    "подозреваемый или его родственники.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "trained-interviewer",
                        "text": (
                            "<p>Допрос проводит сотрудник полиции или следователь, <strong>прошедший "
                            "специальное обучение</strong> работе с пострадавшими от сексуального насилия "
                            "на основе подхода, ориентированного на интересы пострадавшей. По возможности "
                            "спросите пострадавшую, с кем ей удобнее говорить — с женщиной или с мужчиной, "
                            "— и уважайте её выбор.</p>"
                            "<p>При допросе присутствуют только необходимые лица. Всё, что она сообщает, "
                            "считается конфиденциальным и передаётся только в той мере, в какой этого "
                            "требует производство по делу.</p>"
                        ),
                        "elements": [
                            {
                                "type": "do_dont",
                                "do": [
                                    "Заранее и наедине спросите, кто, по её желанию, должен проводить "
                                    "допрос: женщина или мужчина.",
                                    "Назначьте обученного сотрудника; если её выбор невозможно учесть, "
                                    "объясните причину и предложите доступные варианты.",
                                    "Сведите число присутствующих к минимуму.",
                                ],
                                "dont": [
                                    "Не поручайте допрос дежурному сотруднику, не имеющему "
                                    "соответствующей подготовки.",
                                    "Не обсуждайте её дело с коллегами, которые им не занимаются.",
                                    "Не приглашайте наблюдателей без её ведома.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "explain-process-rights",
                        "text": (
                            "<p>Прежде чем задавать вопросы, простыми словами объясните, <strong>что будет "
                            "происходить</strong> во время допроса и после него и <strong>какие у неё есть "
                            "права</strong>. Убедитесь, что она всё поняла, и ответьте на её вопросы.</p>"
                        ),
                        "elements": [
                            {
                                "type": "steps",
                                "items": [
                                    "Представьтесь и объясните свою роль.",
                                    "Объясните цель допроса, сколько времени он может занять и как будут "
                                    "записаны её показания.",
                                    "Разъясните её права как потерпевшей, в том числе право иметь "
                                    "представителя, давать показания на языке, которым она лучше всего "
                                    "владеет, с помощью переводчика, а также ознакомиться с протоколом и "
                                    "внести в него исправления до подписания.",
                                    "Расскажите о доступных ей службах поддержки: телефонах доверия, "
                                    "бесплатной юридической помощи, кризисных центрах и психологической "
                                    "помощи.",
                                    "Прежде чем начать, спросите, есть ли у неё вопросы или особые "
                                    "потребности.",
                                ],
                            },
                        ],
                    },
                ],
            },
            {
                "heading": "Проведение допроса",
                "clauses": [
                    {
                        "key": "single-interview",
                        "text": (
                            "<p>Планируйте допрос так, чтобы пострадавшая рассказала о произошедшем "
                            "<strong>один раз</strong> — по возможности в ходе одного допроса. Заранее "
                            "подготовьте вопросы вместе со следственной группой, чтобы её не вызывали "
                            "повторно для того же рассказа.</p>"
                            "<p>Дайте ей рассказать о случившемся своими словами и в своём темпе. Затем "
                            "задайте открытые уточняющие вопросы. <strong>Не просите её повторять</strong> "
                            "рассказ и не задавайте одни и те же вопросы снова: повторные расспросы заново "
                            "травмируют её.</p>"
                        ),
                        "elements": [
                            {
                                "type": "steps",
                                "items": [
                                    "До допроса согласуйте вопросы со следственной группой.",
                                    "Предложите ей рассказать о произошедшем своими словами и не "
                                    "перебивайте.",
                                    "Задавайте открытые вопросы, чтобы уточнить то, что необходимо для "
                                    "расследования.",
                                    "Кратко изложите, как вы её поняли, и дайте ей возможность вас "
                                    "поправить.",
                                    "Объясните, что будет дальше и как она может с вами связаться.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "no-re-enactment",
                        "text": (
                            "<p><strong>Никогда</strong> не предлагайте пострадавшей участвовать в "
                            "<em>следственном эксперименте</em>, в ходе которого она должна воспроизвести "
                            "преступление, показать на себе или на другом человеке, что с ней делали, или "
                            "вернуться на место происшествия, чтобы изобразить события. Устанавливайте "
                            "обстоятельства на основании её показаний, судебно-медицинской экспертизы и "
                            "других доказательств.</p>"
                        ),
                        "elements": [
                            {
                                "type": "warning",
                                "text": (
                                    "Требование воспроизвести сексуальное насилие унижает достоинство "
                                    "пострадавшей и заново травмирует её; эта дискриминационная практика "
                                    "признана препятствием для доступа к правосудию в Казахстане. Её нельзя "
                                    "применять к пострадавшим от сексуального насилия."
                                ),
                            },
                        ],
                    },
                    {
                        "key": "no-victim-blaming",
                        "text": (
                            "<p>Спрашивайте о том, что произошло, а не о личности пострадавшей. Не задавайте "
                            "вопросов, которые подразумевают, что она сама виновата в насилии, — например, "
                            "о её одежде, образе жизни или прошлых отношениях либо о том, почему она не "
                            "сопротивлялась или не ушла. Отсутствие видимых телесных повреждений или "
                            "физического сопротивления не означает согласия: многие пострадавшие не "
                            "сопротивляются из-за страха.</p>"
                        ),
                        "elements": [
                            {
                                "type": "do_dont",
                                "do": [
                                    "Задавайте нейтральные открытые вопросы: «Что произошло дальше?»",
                                    "Фиксируйте страх, угрозы или давление, о которых она рассказывает, в "
                                    "том числе почему она не могла сопротивляться.",
                                    "Признайте, что для обращения в полицию нужно мужество.",
                                ],
                                "dont": [
                                    "Не спрашивайте, почему она не отбивалась или не кричала.",
                                    "Не комментируйте её одежду, поведение или образ жизни.",
                                    "Не намекайте, что она спровоцировала насилие или что ей следует "
                                    "примириться с подозреваемым.",
                                    "Не выражайте недоверия и не считайте отсутствие телесных повреждений "
                                    "доказательством того, что ничего не произошло.",
                                ],
                            },
                            {
                                "type": "law_quote",
                                "reference": "gr35-29e",
                                "text": (
                                    "Призывает государства определять изнасилование и другие сексуальные "
                                    "преступления через отсутствие свободно выраженного согласия и "
                                    "обеспечивать расследование и уголовное преследование всех форм "
                                    "сексуального насилия."
                                ),
                            },
                        ],
                    },
                ],
            },
            {
                "heading": "Язык, доступность и протокол",
                "clauses": [
                    {
                        "key": "interpreter-accessibility",
                        "text": (
                            "<p>Спросите пострадавшую, на каком языке она хочет давать показания. Если она "
                            "недостаточно свободно владеет языком судопроизводства, обеспечьте участие "
                            "квалифицированного <strong>переводчика</strong>; никогда не привлекайте в "
                            "качестве переводчика подозреваемого, его родственников или ребёнка. По "
                            "возможности, если она того пожелает, переводчиком должна быть женщина.</p>"
                            "<p>Для женщины с инвалидностью обеспечьте <strong>процессуальные "
                            "приспособления</strong>, необходимые ей для участия наравне с другими: "
                            "доступное помещение, сурдопереводчика, понятные объяснения, дополнительное "
                            "время или помощь человека, которому она доверяет. Спросите её, что ей нужно, "
                            "а не решайте за неё. Инвалидность никогда не является основанием сомневаться "
                            "в её показаниях.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "Выбранный ею язык записан, и при необходимости приглашён переводчик.",
                                    "Переводчик квалифицирован, беспристрастен и обязан соблюдать "
                                    "конфиденциальность.",
                                    "Помещение и путь к нему доступны.",
                                    "При необходимости обеспечена поддержка в общении: сурдопереводчик, "
                                    "простой язык, письменные или наглядные материалы.",
                                    "Если ей это нужно, предусмотрено дополнительное время.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "record-statement",
                        "text": (
                            "<p>Записывайте показания <strong>точно и её собственными словами</strong>, "
                            "включая то, что она рассказала о страхе, угрозах, применённой силе и о своём "
                            "физическом или психическом состоянии. Не подменяйте её слова выводами, не "
                            "сокращайте и не смягчайте рассказ и не опускайте подробности, которые не "
                            "укладываются в ожидаемую версию событий. При действующем определении "
                            "изнасилования эти обстоятельства имеют решающее значение для дела.</p>"
                            "<p>Прочитайте ей протокол или дайте прочитать его самой — при необходимости "
                            "через переводчика — и до подписания внесите исправления, о которых она "
                            "просит.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "Показания изложены её словами, а не пересказаны в виде выводов.",
                                    "Записаны страх, угрозы, давление и её состояние в момент событий.",
                                    "В протоколе указаны все присутствовавшие, включая переводчика.",
                                    "Она прочитала или прослушала протокол, и её исправления внесены.",
                                    "Протокол хранится с соблюдением конфиденциальности.",
                                ],
                            },
                            {
                                "type": "law_quote",
                                "reference": "cc-120-1",
                                "text": (
                                    "Устанавливает ответственность за изнасилование без отягчающих "
                                    "обстоятельств, определяемое через применение насилия, угрозу его "
                                    "применения или использование беспомощного состояния потерпевшей."
                                ),
                            },
                            {
                                "type": "law_quote",
                                "reference": "co5-25b",
                                "text": (
                                    "Рекомендует Казахстану определить изнасилование через отсутствие "
                                    "подлинного, свободного и добровольного согласия."
                                ),
                            },
                        ],
                    },
                ],
            },
        ],
    },
    "kk": {
        "title": "Жыныстық зорлық-зомбылықтан зардап шеккен ересек әйелден жауап алу",
        "summary": (
            "Полиция қызметкерлері мен тергеушілер жыныстық зорлық-зомбылықтан зардап шеккен ересек "
            "әйелден оңаша жағдайда, құрметпен және дәл жауап алуды қалай жүргізеді. Зардап шеккен "
            "әйелден арнайы даярлықтан өткен қызметкер бір рет жауап алады және одан қылмысты қайта "
            "көрсету ешқашан талап етілмейді."
        ),
        "change_summary": "Алғашқы жарияланған нұсқа.",
        "sections": [
            {
                "heading": "Жауап алуға дайындық",
                "clauses": [
                    {
                        "key": "private-room",
                        "text": (
                            "<p>Зардап шеккен әйелден әңгімені ешкім көре немесе ести алмайтын "
                            "<strong>оқшау бөлмеде</strong> жауап алыңыз. Одан ешқашан ортақ кабинетте, "
                            "дәлізде немесе басқа қызметкерлер, келушілер не күдіктілер отырған бөлмеде "
                            "жауап алмаңыз.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "Есік жабылады, әңгіме сыртқа естілмейді.",
                                    "Бөлмеде басқа қызметкерлер, келушілер немесе күдіктілер жоқ және "
                                    "бөлме арқылы ешкім өтпейді.",
                                    "Телефондар мен рациялар өшірілген, әңгімені ешкім бөлмейді.",
                                    "Су, қағаз майлықтар және жайлы отыратын орын бар.",
                                    "Зардап шеккен әйел күдікті немесе оның туыстары көре алатын жерде "
                                    "күтпейді.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "trained-interviewer",
                        "text": (
                            "<p>Жауапты жыныстық зорлық-зомбылықтан зардап шеккендермен олардың мүддесін "
                            "басшылыққа алатын тәсіл негізінде жұмыс істеуге <strong>арнайы даярлықтан "
                            "өткен</strong> полиция қызметкері немесе тергеуші алады. Мүмкіндігінше зардап "
                            "шеккен әйелден кіммен — әйел адаммен немесе ер адаммен — сөйлескені ыңғайлы "
                            "екенін сұраңыз және оның таңдауын құрметтеңіз.</p>"
                            "<p>Жауап алу кезінде тек қажетті адамдар ғана қатысады. Оның айтқандарының бәрі "
                            "құпия болып саналады және іс жүргізу талап ететін көлемде ғана беріледі.</p>"
                        ),
                        "elements": [
                            {
                                "type": "do_dont",
                                "do": [
                                    "Алдын ала, оңаша жағдайда жауапты әйел адам немесе ер адам алғанын "
                                    "қалайтынын сұраңыз.",
                                    "Даярлықтан өткен қызметкерді тағайындаңыз; егер оның таңдауын ескеру "
                                    "мүмкін болмаса, себебін түсіндіріп, қолжетімді нұсқаларды ұсыныңыз.",
                                    "Бөлмедегі адамдар санын барынша азайтыңыз.",
                                ],
                                "dont": [
                                    "Жауап алуды тиісті даярлығы жоқ кезекші қызметкерге тапсырмаңыз.",
                                    "Оның ісін онымен айналыспайтын әріптестермен талқыламаңыз.",
                                    "Оның хабарынсыз бақылаушыларды шақырмаңыз.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "explain-process-rights",
                        "text": (
                            "<p>Сұрақ қоймас бұрын жауап алу кезінде және одан кейін <strong>не "
                            "болатынын</strong> және оның <strong>қандай құқықтары бар екенін</strong> "
                            "қарапайым сөзбен түсіндіріңіз. Оның бәрін түсінгеніне көз жеткізіп, "
                            "сұрақтарына жауап беріңіз.</p>"
                        ),
                        "elements": [
                            {
                                "type": "steps",
                                "items": [
                                    "Өзіңізді таныстырып, өз рөліңізді түсіндіріңіз.",
                                    "Жауап алудың мақсатын, оның қанша уақыт алуы мүмкін екенін және "
                                    "айтқандары қалай жазылатынын түсіндіріңіз.",
                                    "Жәбірленуші ретіндегі құқықтарын, оның ішінде өкілі болу, өзі жақсы "
                                    "білетін тілде аудармашының көмегімен жауап беру, сондай-ақ хаттамамен "
                                    "танысып, оған қол қоймас бұрын түзетулер енгізу құқығын түсіндіріңіз.",
                                    "Оған қолжетімді қолдау қызметтері туралы айтыңыз: сенім телефондары, "
                                    "тегін заң көмегі, дағдарыс орталықтары және психологиялық көмек.",
                                    "Бастамас бұрын оның сұрақтары немесе ерекше қажеттіліктері бар-жоғын "
                                    "сұраңыз.",
                                ],
                            },
                        ],
                    },
                ],
            },
            {
                "heading": "Жауап алуды жүргізу",
                "clauses": [
                    {
                        "key": "single-interview",
                        "text": (
                            "<p>Зардап шеккен әйел болған оқиға туралы <strong>бір рет</strong>, "
                            "мүмкіндігінше бір жауап алу барысында айтып беретіндей етіп жоспарлаңыз. Оны "
                            "сол оқиғаны қайта айтып беру үшін қайта шақырмау мақсатында сұрақтарды тергеу "
                            "тобымен бірге алдын ала дайындаңыз.</p>"
                            "<p>Оған болған оқиғаны өз сөзімен, өз қарқынымен айтып беруге мүмкіндік "
                            "беріңіз. Содан кейін ашық, нақтылау сұрақтарын қойыңыз. Одан әңгімесін "
                            "<strong>қайталауды сұрамаңыз</strong> және бір сұрақтарды қайта қоймаңыз: "
                            "қайталап сұрау оған қайта психологиялық жарақат келтіреді.</p>"
                        ),
                        "elements": [
                            {
                                "type": "steps",
                                "items": [
                                    "Жауап алуға дейін сұрақтарды тергеу тобымен келісіп алыңыз.",
                                    "Оған болған оқиғаны өз сөзімен айтып беруді ұсыныңыз және сөзін "
                                    "бөлмеңіз.",
                                    "Тергеуге қажетті мәліметтерді нақтылау үшін ашық сұрақтар қойыңыз.",
                                    "Оны қалай түсінгеніңізді қысқаша айтып, түзетуге мүмкіндік беріңіз.",
                                    "Бұдан әрі не болатынын және сізбен қалай байланыса алатынын "
                                    "түсіндіріңіз.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "no-re-enactment",
                        "text": (
                            "<p>Зардап шеккен әйелге қылмысты қайта көрсетуді, өзіне немесе басқа адамға "
                            "оған не істелгенін көрсетуді немесе оқиғаларды бейнелеу үшін оқиға орнына "
                            "қайта баруды талап ететін <em>тергеу экспериментіне</em> қатысуды "
                            "<strong>ешқашан</strong> ұсынбаңыз. Мән-жайларды оның жауабы, сот-медициналық "
                            "сараптама және басқа дәлелдемелер негізінде анықтаңыз.</p>"
                        ),
                        "elements": [
                            {
                                "type": "warning",
                                "text": (
                                    "Зардап шеккен әйелден жыныстық зорлық-зомбылықты қайта көрсетуді талап "
                                    "ету оның қадір-қасиетін қорлайды және оған қайта психологиялық жарақат "
                                    "келтіреді; бұл кемсітушілік тәжірибе Қазақстанда сот төрелігіне қол "
                                    "жеткізуге кедергі ретінде танылған. Оны жыныстық зорлық-зомбылықтан "
                                    "зардап шеккендерге қолдануға болмайды."
                                ),
                            },
                        ],
                    },
                    {
                        "key": "no-victim-blaming",
                        "text": (
                            "<p>Зардап шеккен әйелдің жеке басы туралы емес, болған оқиға туралы сұраңыз. "
                            "Зорлық-зомбылыққа оның өзі кінәлі дегенді меңзейтін сұрақтар қоймаңыз — "
                            "мысалы, оның киімі, өмір салты немесе бұрынғы қарым-қатынастары туралы, не "
                            "болмаса неге қарсылық көрсетпегені немесе неге кетіп қалмағаны туралы. Көзге "
                            "көрінетін дене жарақаттарының немесе физикалық қарсылықтың болмауы оның келісім "
                            "бергенін білдірмейді: зардап шеккендердің көбі қорыққандықтан қарсылық "
                            "көрсетпейді.</p>"
                        ),
                        "elements": [
                            {
                                "type": "do_dont",
                                "do": [
                                    "Бейтарап, ашық сұрақтар қойыңыз: «Одан кейін не болды?»",
                                    "Ол айтқан қорқынышты, қорқытуларды немесе қысымды, оның ішінде неге "
                                    "қарсылық көрсете алмағанын тіркеңіз.",
                                    "Полицияға жүгіну үшін батылдық қажет екенін мойындаңыз.",
                                ],
                                "dont": [
                                    "Неге қарсыласпағанын немесе айқайламағанын сұрамаңыз.",
                                    "Оның киіміне, мінез-құлқына немесе өмір салтына пікір білдірмеңіз.",
                                    "Зорлық-зомбылыққа оның өзі түрткі болды немесе күдіктімен татуласуы "
                                    "керек деп меңземеңіз.",
                                    "Сенбейтініңізді білдірмеңіз және дене жарақаттарының болмауын ештеңе "
                                    "болмағанының дәлелі деп санамаңыз.",
                                ],
                            },
                            {
                                "type": "law_quote",
                                "reference": "gr35-29e",
                                "text": (
                                    "Мемлекеттерді зорлауды және басқа да жыныстық қылмыстарды еркін "
                                    "берілген келісімнің болмауы негізінде анықтауға және жыныстық "
                                    "зорлық-зомбылықтың барлық нысандарын тергеу мен қылмыстық қудалауды "
                                    "қамтамасыз етуге шақырады."
                                ),
                            },
                        ],
                    },
                ],
            },
            {
                "heading": "Тіл, қолжетімділік және хаттама",
                "clauses": [
                    {
                        "key": "interpreter-accessibility",
                        "text": (
                            "<p>Зардап шеккен әйелден қай тілде жауап бергісі келетінін сұраңыз. Егер ол іс "
                            "жүргізу тілін жеткілікті еркін меңгермесе, білікті "
                            "<strong>аудармашының</strong> қатысуын қамтамасыз етіңіз; күдіктіні, оның "
                            "туыстарын немесе баланы ешқашан аудармашы ретінде тартпаңыз. Мүмкіндігінше, "
                            "егер ол қаласа, аудармашы әйел адам болуы керек.</p>"
                            "<p>Мүгедектігі бар әйелдің басқалармен тең негізде қатысуы үшін оған қажетті "
                            "<strong>іс жүргізу бейімдеулерін</strong> қамтамасыз етіңіз: қолжетімді "
                            "бөлме, ымдау тілінің аудармашысы, түсінікті түсіндірмелер, қосымша уақыт "
                            "немесе өзі сенетін адамның көмегі. Оған не қажет екенін өзінен сұраңыз, ол "
                            "үшін шешім қабылдамаңыз. Мүгедектік ешқашан оның айтқандарына күмән келтіруге "
                            "негіз болмайды.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "Ол таңдаған тіл жазылды және қажет болса, аудармашы шақырылды.",
                                    "Аудармашы білікті, бейтарап және құпиялылықты сақтауға міндетті.",
                                    "Бөлме және оған апаратын жол қолжетімді.",
                                    "Қажет болса, қарым-қатынасқа қолдау көрсетілді: ымдау тілінің "
                                    "аудармашысы, қарапайым тіл, жазбаша немесе көрнекі материалдар.",
                                    "Егер оған қажет болса, қосымша уақыт қарастырылды.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "record-statement",
                        "text": (
                            "<p>Жауапты <strong>дәл және оның өз сөзімен</strong> жазыңыз, оның ішінде "
                            "қорқыныш, қорқыту, күш қолдану және өзінің дене немесе психикалық жай-күйі "
                            "туралы айтқандарын жазыңыз. Оның сөздерін тұжырымдармен алмастырмаңыз, "
                            "әңгімесін қысқартпаңыз және жұмсартпаңыз, оқиғалардың күтілген нұсқасына сай "
                            "келмейтін егжей-тегжейлерді түсіріп тастамаңыз. Зорлаудың қолданыстағы "
                            "анықтамасы бойынша бұл мән-жайлардың іс үшін шешуші маңызы бар.</p>"
                            "<p>Хаттаманы оған оқып беріңіз немесе өзіне оқуға беріңіз — қажет болса, "
                            "аудармашы арқылы — және ол қол қоймас бұрын сұраған түзетулерін енгізіңіз.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "Жауап тұжырымдар түрінде қайта баяндалмай, оның өз сөзімен жазылған.",
                                    "Қорқыныш, қорқыту, қысым және оқиға сәтіндегі оның жай-күйі жазылған.",
                                    "Хаттамада қатысқандардың барлығы, оның ішінде аудармашы көрсетілген.",
                                    "Ол хаттаманы оқыды немесе тыңдады, оның түзетулері енгізілді.",
                                    "Хаттама құпиялылық сақтала отырып сақталады.",
                                ],
                            },
                            {
                                "type": "law_quote",
                                "reference": "cc-120-1",
                                "text": (
                                    "Күш қолданумен, күш қолдану қаупін төндірумен немесе жәбірленушінің "
                                    "дәрменсіз күйін пайдаланумен жасалған, ауырлататын мән-жайларсыз "
                                    "зорлау үшін жауаптылықты белгілейді."
                                ),
                            },
                            {
                                "type": "law_quote",
                                "reference": "co5-25b",
                                "text": (
                                    "Қазақстанға зорлауды шынайы, еркін және ерікті келісімнің болмауы "
                                    "негізінде анықтауды ұсынады."
                                ),
                            },
                        ],
                    },
                ],
            },
        ],
    },
    "version_2": {
        "en": {
            "change_summary": (
                "The clause on conducting the interview now requires the interviewer to offer breaks and "
                "the presence of a support person of the survivor's choice."
            ),
            "clauses": {
                "single-interview": {
                    "key": "single-interview",
                    "text": (
                        "<p>Plan the interview so that the survivor gives her account "
                        "<strong>once</strong>, in a single interview wherever possible. Prepare your "
                        "questions in advance with the investigation team so that she is not called back "
                        "to tell the same story again.</p>"
                        "<p>Before you begin, ask whether she would like a <strong>support person of her "
                        "choice</strong> to be present, for example a relative, a friend, a psychologist "
                        "or a crisis-centre worker, and respect her answer, provided that person is not a "
                        "suspect or a witness in the case. Offer her <strong>breaks</strong> during the "
                        "interview, and pause whenever she asks.</p>"
                        "<p>Let her describe what happened in her own words and at her own pace. Then ask "
                        "open, clarifying questions. <strong>Do not ask her to repeat</strong> her account "
                        "or ask the same questions again: repeated questioning re-traumatises her.</p>"
                    ),
                    "elements": [
                        {
                            "type": "steps",
                            "items": [
                                "Agree the questions with the investigation team before the interview.",
                                "Ask whether she would like a support person of her choice to be present, "
                                "and arrange it.",
                                "Invite her to describe what happened in her own words, without "
                                "interrupting.",
                                "Ask open questions to clarify what the investigation needs.",
                                "Offer breaks, and pause whenever she asks.",
                                "Summarise what you have understood and let her correct it.",
                                "Explain what will happen next and how she can contact you.",
                            ],
                        },
                    ],
                },
            },
        },
        "ru": {
            "change_summary": (
                "Пункт о проведении допроса теперь предусматривает, что сотрудник предлагает "
                "пострадавшей перерывы и присутствие человека для поддержки по её выбору."
            ),
            "clauses": {
                "single-interview": {
                    "key": "single-interview",
                    "text": (
                        "<p>Планируйте допрос так, чтобы пострадавшая рассказала о произошедшем "
                        "<strong>один раз</strong> — по возможности в ходе одного допроса. Заранее "
                        "подготовьте вопросы вместе со следственной группой, чтобы её не вызывали повторно "
                        "для того же рассказа.</p>"
                        "<p>Перед началом спросите, хочет ли она, чтобы при допросе присутствовал "
                        "<strong>человек для поддержки по её выбору</strong>, — например, родственник, "
                        "подруга, психолог или сотрудник кризисного центра, — и уважайте её решение, если "
                        "этот человек не является подозреваемым или свидетелем по делу. Предлагайте ей "
                        "<strong>перерывы</strong> во время допроса и делайте паузу всякий раз, когда она "
                        "об этом просит.</p>"
                        "<p>Дайте ей рассказать о случившемся своими словами и в своём темпе. Затем "
                        "задайте открытые уточняющие вопросы. <strong>Не просите её повторять</strong> "
                        "рассказ и не задавайте одни и те же вопросы снова: повторные расспросы заново "
                        "травмируют её.</p>"
                    ),
                    "elements": [
                        {
                            "type": "steps",
                            "items": [
                                "До допроса согласуйте вопросы со следственной группой.",
                                "Спросите, хочет ли она, чтобы присутствовал человек для поддержки по её "
                                "выбору, и обеспечьте его участие.",
                                "Предложите ей рассказать о произошедшем своими словами и не перебивайте.",
                                "Задавайте открытые вопросы, чтобы уточнить то, что необходимо для "
                                "расследования.",
                                "Предлагайте перерывы и делайте паузу, когда она об этом просит.",
                                "Кратко изложите, как вы её поняли, и дайте ей возможность вас поправить.",
                                "Объясните, что будет дальше и как она может с вами связаться.",
                            ],
                        },
                    ],
                },
            },
        },
        "kk": {
            "change_summary": (
                "Жауап алуды жүргізу туралы тармақта енді жауап алушы қызметкердің зардап шеккен әйелге "
                "үзіліс жасауды және өзі таңдаған қолдау көрсетуші адамның қатысуын ұсынуы көзделген."
            ),
            "clauses": {
                "single-interview": {
                    "key": "single-interview",
                    "text": (
                        "<p>Зардап шеккен әйел болған оқиға туралы <strong>бір рет</strong>, мүмкіндігінше "
                        "бір жауап алу барысында айтып беретіндей етіп жоспарлаңыз. Оны сол оқиғаны қайта "
                        "айтып беру үшін қайта шақырмау мақсатында сұрақтарды тергеу тобымен бірге алдын "
                        "ала дайындаңыз.</p>"
                        "<p>Бастамас бұрын жауап алу кезінде <strong>өзі таңдаған қолдау көрсетуші "
                        "адамның</strong> — мысалы, туысының, құрбысының, психологтың немесе дағдарыс "
                        "орталығы қызметкерінің — қатысуын қалайтынын сұраңыз және, егер ол адам іс "
                        "бойынша күдікті немесе куә болмаса, оның шешімін құрметтеңіз. Жауап алу "
                        "барысында оған <strong>үзіліс</strong> ұсынып отырыңыз және ол сұраған сайын "
                        "үзіліс жасаңыз.</p>"
                        "<p>Оған болған оқиғаны өз сөзімен, өз қарқынымен айтып беруге мүмкіндік беріңіз. "
                        "Содан кейін ашық, нақтылау сұрақтарын қойыңыз. Одан әңгімесін <strong>қайталауды "
                        "сұрамаңыз</strong> және бір сұрақтарды қайта қоймаңыз: қайталап сұрау оған қайта "
                        "психологиялық жарақат келтіреді.</p>"
                    ),
                    "elements": [
                        {
                            "type": "steps",
                            "items": [
                                "Жауап алуға дейін сұрақтарды тергеу тобымен келісіп алыңыз.",
                                "Өзі таңдаған қолдау көрсетуші адамның қатысуын қалайтынын сұраңыз және "
                                "оның қатысуын қамтамасыз етіңіз.",
                                "Оған болған оқиғаны өз сөзімен айтып беруді ұсыныңыз және сөзін бөлмеңіз.",
                                "Тергеуге қажетті мәліметтерді нақтылау үшін ашық сұрақтар қойыңыз.",
                                "Үзіліс ұсынып отырыңыз және ол сұраған сайын үзіліс жасаңыз.",
                                "Оны қалай түсінгеніңізді қысқаша айтып, түзетуге мүмкіндік беріңіз.",
                                "Бұдан әрі не болатынын және сізбен қалай байланыса алатынын түсіндіріңіз.",
                            ],
                        },
                    ],
                },
            },
        },
    },
}
