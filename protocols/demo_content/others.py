# Demo content for Protocol Academy: taxonomies, legal references and four
# English-only protocols. Drawn from the 2024 brief on violence against women
# and girls in Kazakhstan (shared/seed) and the domain brief. Plain literals.

AUDIENCES = {
    "police": {
        "en": "Police",
        "ru": "Полиция",
        "kk": "Полиция",
    },
    "investigators": {
        "en": "Investigators",
        "ru": "Следователи",
        "kk": "Тергеушілер",
    },
    "prosecutors": {
        "en": "Prosecutors",
        "ru": "Прокуроры",
        "kk": "Прокурорлар",
    },
    "judges": {
        "en": "Judges",
        "ru": "Судьи",
        "kk": "Судьялар",
    },
    "forensic": {
        "en": "Forensic medical experts",
        "ru": "Судебно-медицинские эксперты",
        "kk": "Сот-медициналық сарапшылар",
    },
    "medical": {
        "en": "Medical staff",
        "ru": "Медицинские работники",
        "kk": "Медицина қызметкерлері",
    },
    "social-workers": {
        "en": "Social workers",
        "ru": "Социальные работники",
        "kk": "Әлеуметтік қызметкерлер",
    },
    "crisis-centres": {
        "en": "Crisis-centre staff",
        "ru": "Сотрудники кризисных центров",
        "kk": "Дағдарыс орталықтарының қызметкерлері",
    },
}

TOPICS = {
    "interviewing": {
        "en": "Interviewing survivors",
        "ru": "Опрос пострадавших",
        "kk": "Зардап шеккендерден жауап алу",
    },
    "re-enactment": {
        "en": "Investigative experiments and re-enactment",
        "ru": "Следственный эксперимент и воспроизведение событий",
        "kk": "Тергеу эксперименті және оқиғаны қайта жаңғырту",
    },
    "forensic-examination": {
        "en": "Forensic medical examination",
        "ru": "Судебно-медицинская экспертиза",
        "kk": "Сот-медициналық сараптама",
    },
    "consent": {
        "en": "Consent",
        "ru": "Согласие",
        "kk": "Келісім",
    },
    "ex-officio": {
        "en": "Ex officio investigation and prosecution",
        "ru": "Расследование и уголовное преследование ex officio",
        "kk": "Ex officio тергеу және қылмыстық қудалау",
    },
    "withdrawal-pressure": {
        "en": "Pressure to withdraw a complaint",
        "ru": "Давление с целью отзыва жалобы",
        "kk": "Шағымды кері қайтарып алуға қысым көрсету",
    },
    "children": {
        "en": "Children and adolescents",
        "ru": "Дети и подростки",
        "kk": "Балалар мен жасөспірімдер",
    },
    "referral": {
        "en": "Referral to support services",
        "ru": "Направление в службы поддержки",
        "kk": "Қолдау қызметтеріне жолдау",
    },
    "disability": {
        "en": "Disability and accessibility",
        "ru": "Инвалидность и доступность",
        "kk": "Мүгедектік және қолжетімділік",
    },
}

LEGAL_REFERENCES = {
    "cc-120-1": {
        "instrument": "criminal_code",
        "article": "120",
        "part": "1",
        "paragraph": "",
        "title": {
            "en": "Rape",
            "ru": "Изнасилование",
            "kk": "Зорлау",
        },
        "excerpt": {
            "en": (
                "Defines rape by reference to violence, the threat of violence or the use of "
                "the victim's helpless condition, rather than by the absence of consent. Under "
                "Code of Criminal Procedure art. 35(5), a case under Part 1 (without aggravating "
                "circumstances) is terminated if the victim has not filed a complaint."
            ),
            "ru": (
                "Определяет изнасилование через применение насилия, угрозу его применения или "
                "использование беспомощного состояния потерпевшего, а не через отсутствие "
                "согласия. Согласно статье 35(5) Уголовно-процессуального кодекса, дело по части "
                "первой (без отягчающих обстоятельств) прекращается при отсутствии жалобы "
                "потерпевшего."
            ),
            "kk": (
                "Зорлауды келісімнің болмауы арқылы емес, күш қолдану, күш қолданамын деп "
                "қорқыту немесе жәбірленушінің дәрменсіз жағдайын пайдалану арқылы анықтайды. "
                "Қылмыстық-процестік кодекстің 35(5)-бабына сәйкес бірінші бөлік бойынша "
                "(ауырлататын мән-жайларсыз) іс жәбірленушінің шағымы болмаған кезде тоқтатылады."
            ),
        },
    },
    "cc-121-1": {
        "instrument": "criminal_code",
        "article": "121",
        "part": "1",
        "paragraph": "",
        "title": {
            "en": "Violent acts of a sexual nature",
            "ru": "Насильственные действия сексуального характера",
            "kk": "Сексуалдық сипаттағы зорлық әрекеттері",
        },
        "excerpt": {
            "en": (
                "Covers acts of a sexual nature committed with violence, the threat of violence "
                "or the use of the victim's helpless condition. As with rape, a case under Part 1 "
                "(without aggravating circumstances) is terminated if the victim has not filed a "
                "complaint (Code of Criminal Procedure art. 35(5))."
            ),
            "ru": (
                "Охватывает действия сексуального характера, совершённые с применением насилия, "
                "с угрозой его применения или с использованием беспомощного состояния "
                "потерпевшего. Как и при изнасиловании, дело по части первой (без отягчающих "
                "обстоятельств) прекращается при отсутствии жалобы потерпевшего (статья 35(5) "
                "Уголовно-процессуального кодекса)."
            ),
            "kk": (
                "Күш қолданып, күш қолданамын деп қорқытып немесе жәбірленушінің дәрменсіз "
                "жағдайын пайдаланып жасалған сексуалдық сипаттағы әрекеттерді қамтиды. Зорлау "
                "сияқты, бірінші бөлік бойынша (ауырлататын мән-жайларсыз) іс жәбірленушінің "
                "шағымы болмаған кезде тоқтатылады (Қылмыстық-процестік кодекстің 35(5)-бабы)."
            ),
        },
    },
    "cc-122": {
        "instrument": "criminal_code",
        "article": "122",
        "part": "",
        "paragraph": "",
        "title": {
            "en": "Sexual acts with a person under sixteen years of age",
            "ru": "Половое сношение и иные действия сексуального характера с лицом, "
                  "не достигшим шестнадцатилетнего возраста",
            "kk": "Он алты жасқа толмаған адаммен жыныстық қатынас және сексуалдық сипаттағы "
                  "өзге де әрекеттер",
        },
        "excerpt": {
            "en": (
                "Addresses sexual acts committed by an adult with a person under sixteen. It "
                "carries a significantly lighter penalty than rape of a minor under Articles 120 "
                "and 121, where the victim's age is an aggravating factor."
            ),
            "ru": (
                "Касается действий сексуального характера, совершённых совершеннолетним лицом в "
                "отношении лица, не достигшего шестнадцати лет. Предусматривает значительно "
                "более мягкое наказание, чем изнасилование несовершеннолетней по статьям 120 и "
                "121, где возраст потерпевшей является отягчающим обстоятельством."
            ),
            "kk": (
                "Кәмелетке толған адамның он алты жасқа толмаған адаммен жасаған сексуалдық "
                "сипаттағы әрекеттеріне қатысты. Жәбірленушінің жасы ауырлататын мән-жай болып "
                "табылатын 120 және 121-баптар бойынша кәмелетке толмағанды зорлауға қарағанда "
                "әлдеқайда жеңіл жаза көздейді."
            ),
        },
    },
    "cc-123-1": {
        "instrument": "criminal_code",
        "article": "123",
        "part": "1",
        "paragraph": "",
        "title": {
            "en": "Coercion into acts of a sexual nature",
            "ru": "Понуждение к действиям сексуального характера",
            "kk": "Сексуалдық сипаттағы әрекеттерге мәжбүрлеу",
        },
        "excerpt": {
            "en": (
                "Covers compelling a person into sexual intercourse or other acts of a sexual "
                "nature. Part 1 is classed as a less serious crime and, under Code of Criminal "
                "Procedure art. 32, is a case of private prosecution."
            ),
            "ru": (
                "Охватывает понуждение лица к половому сношению или иным действиям сексуального "
                "характера. Деяние по части первой отнесено к преступлениям небольшой тяжести и, "
                "согласно статье 32 Уголовно-процессуального кодекса, относится к делам частного "
                "обвинения."
            ),
            "kk": (
                "Адамды жыныстық қатынасқа немесе сексуалдық сипаттағы өзге де әрекеттерге "
                "мәжбүрлеуді қамтиды. Бірінші бөліктегі әрекет онша ауыр емес қылмыстарға "
                "жатқызылған және Қылмыстық-процестік кодекстің 32-бабына сәйкес жеке айыптау "
                "ісі болып табылады."
            ),
        },
    },
    "ccp-32": {
        "instrument": "criminal_procedure_code",
        "article": "32",
        "part": "",
        "paragraph": "",
        "title": {
            "en": "Criminal cases of private, private-public and public prosecution",
            "ru": "Уголовные дела частного, частно-публичного и публичного обвинения",
            "kk": "Жеке, жеке-жария және жария айыптау тәртібіндегі қылмыстық істер",
        },
        "excerpt": {
            "en": (
                "Classifies non-aggravated coercion into acts of a sexual nature (Criminal Code "
                "art. 123(1)) as a case of private prosecution: it is initiated on the victim's "
                "complaint and terminated if she reconciles with the accused or withdraws her "
                "complaint for any other reason."
            ),
            "ru": (
                "Относит понуждение к действиям сексуального характера без отягчающих "
                "обстоятельств (часть первая статьи 123 Уголовного кодекса) к делам частного "
                "обвинения: такое дело возбуждается по жалобе потерпевшей и прекращается в случае "
                "её примирения с обвиняемым или отзыва жалобы по иной причине."
            ),
            "kk": (
                "Ауырлататын мән-жайларсыз сексуалдық сипаттағы әрекеттерге мәжбүрлеуді "
                "(Қылмыстық кодекстің 123-бабының бірінші бөлігі) жеке айыптау істеріне "
                "жатқызады: мұндай іс жәбірленушінің шағымы бойынша қозғалады және ол "
                "айыпталушымен татуласқан немесе шағымын өзге себеппен кері қайтарып алған "
                "жағдайда тоқтатылады."
            ),
        },
    },
    "ccp-35-5": {
        "instrument": "criminal_procedure_code",
        "article": "35",
        "part": "5",
        "paragraph": "",
        "title": {
            "en": "Circumstances precluding proceedings: absence of the victim's complaint",
            "ru": "Обстоятельства, исключающие производство по уголовному делу: "
                  "отсутствие жалобы потерпевшего",
            "kk": "Қылмыстық іс бойынша іс жүргізуді болдырмайтын мән-жайлар: "
                  "жәбірленуші шағымының болмауы",
        },
        "excerpt": {
            "en": (
                "Requires a criminal case to be terminated when there is no complaint from the "
                "victim in cases under Criminal Code arts. 120(1) and 121(1) (non-aggravated rape "
                "and violent acts of a sexual nature)."
            ),
            "ru": (
                "Предусматривает прекращение уголовного дела при отсутствии жалобы потерпевшего "
                "по делам, предусмотренным частью первой статьи 120 и частью первой статьи 121 "
                "Уголовного кодекса (изнасилование и насильственные действия сексуального "
                "характера без отягчающих обстоятельств)."
            ),
            "kk": (
                "Қылмыстық кодекстің 120-бабының бірінші бөлігі және 121-бабының бірінші бөлігі "
                "бойынша істерде (ауырлататын мән-жайларсыз зорлау және сексуалдық сипаттағы "
                "зорлық әрекеттері) жәбірленушінің шағымы болмаған кезде қылмыстық істі "
                "тоқтатуды көздейді."
            ),
        },
    },
    "gr35-29e": {
        "instrument": "cedaw_gr35",
        "article": "",
        "part": "",
        "paragraph": "29(e)",
        "title": {
            "en": "Consent-based definition of sexual crimes",
            "ru": "Определение сексуальных преступлений на основе отсутствия согласия",
            "kk": "Сексуалдық қылмыстарды келісімнің болмауы негізінде анықтау",
        },
        "excerpt": {
            "en": (
                "Calls on States to base the definition of sexual crimes, including rape, on the "
                "lack of freely given consent, taking account of coercive circumstances, and to "
                "ensure that sexual violence is treated as a serious crime and proactively "
                "investigated and prosecuted."
            ),
            "ru": (
                "Призывает государства основывать определение сексуальных преступлений, включая "
                "изнасилование, на отсутствии свободно выраженного согласия с учётом "
                "принудительных обстоятельств, а также обеспечивать, чтобы сексуальное насилие "
                "рассматривалось как тяжкое преступление и активно расследовалось и преследовалось."
            ),
            "kk": (
                "Мемлекеттерді сексуалдық қылмыстардың, оның ішінде зорлаудың анықтамасын "
                "мәжбүрлеу мән-жайларын ескере отырып, еркін берілген келісімнің болмауына "
                "негіздеуге, сондай-ақ сексуалдық зорлық-зомбылықтың ауыр қылмыс ретінде "
                "қаралуын және белсенді түрде тергеліп, қудалануын қамтамасыз етуге шақырады."
            ),
        },
    },
    "co5-25b": {
        "instrument": "cedaw_co5",
        "article": "",
        "part": "",
        "paragraph": "25(b)",
        "title": {
            "en": "Definition of rape based on the lack of consent",
            "ru": "Определение изнасилования на основе отсутствия согласия",
            "kk": "Зорлауды келісімнің болмауы негізінде анықтау",
        },
        "excerpt": {
            "en": (
                "Cited as requiring that the definition of rape in Kazakhstan's Criminal Code be "
                "based on the lack of genuine, free and voluntary consent, rather than on "
                "violence or the threat of violence."
            ),
            "ru": (
                "Приводится как требование о том, чтобы определение изнасилования в Уголовном "
                "кодексе Казахстана основывалось на отсутствии подлинного, свободного и "
                "добровольного согласия, а не на применении насилия или угрозе его применения."
            ),
            "kk": (
                "Қазақстан Қылмыстық кодексіндегі зорлау анықтамасы күш қолдануға немесе күш "
                "қолданамын деп қорқытуға емес, шынайы, еркін және ерікті келісімнің болмауына "
                "негізделуі тиіс деген талап ретінде келтіріледі."
            ),
        },
    },
    "co5-26a": {
        "instrument": "cedaw_co5",
        "article": "",
        "part": "",
        "paragraph": "26(a)",
        "title": {
            "en": "Criminalising domestic violence and prosecuting it ex officio",
            "ru": "Криминализация домашнего насилия и его преследование ex officio",
            "kk": "Тұрмыстық зорлық-зомбылықты қылмыс деп тану және оны ex officio қудалау",
        },
        "excerpt": {
            "en": (
                "Recommends that domestic violence be specifically criminalised, prosecuted "
                "ex officio and sanctioned with appropriate penalties commensurate with the "
                "gravity of the abuse."
            ),
            "ru": (
                "Рекомендует обеспечить, чтобы домашнее насилие было криминализировано как "
                "отдельное преступление, преследовалось ex officio и влекло надлежащие наказания, "
                "соразмерные тяжести совершённого."
            ),
            "kk": (
                "Тұрмыстық зорлық-зомбылықтың жеке қылмыс ретінде танылуын, ex officio "
                "қудалануын және жасалған әрекеттің ауырлығына сай тиісті жазаға тартылуын "
                "қамтамасыз етуді ұсынады."
            ),
        },
    },
    "co5-26f": {
        "instrument": "cedaw_co5",
        "article": "",
        "part": "",
        "paragraph": "26(f)",
        "title": {
            "en": "Ex officio investigation and prosecution of violence against women",
            "ru": "Расследование и уголовное преследование насилия в отношении женщин ex officio",
            "kk": "Әйелдерге қатысты зорлық-зомбылықты ex officio тергеу және қылмыстық қудалау",
        },
        "excerpt": {
            "en": (
                "Cited together with the Human Rights Committee's recommendation that acts of "
                "violence against women be classified as public prosecution cases, subject to "
                "ex officio investigation and prosecution."
            ),
            "ru": (
                "Приводится вместе с рекомендацией Комитета по правам человека отнести акты "
                "насилия в отношении женщин к делам публичного обвинения, подлежащим "
                "расследованию и уголовному преследованию ex officio."
            ),
            "kk": (
                "Адам құқықтары жөніндегі комитеттің әйелдерге қатысты зорлық-зомбылық "
                "әрекеттерін ex officio тергеуге және қылмыстық қудалауға жататын жария айыптау "
                "істеріне жатқызу туралы ұсынымымен бірге келтіріледі."
            ),
        },
    },
}

PROTOCOLS = [
    # a. Registering and investigating ex officio
    {
        "slug": "registering-sexual-violence-ex-officio",
        "audiences": ["police", "investigators", "prosecutors"],
        "topics": ["ex-officio", "withdrawal-pressure"],
        "references": ["cc-120-1", "cc-121-1", "cc-123-1", "ccp-32", "ccp-35-5", "co5-26a",
                       "co5-26f"],
        "effective_date": "2025-03-03",
        "translations": ["en"],
        "en": {
            "title": "Registering and investigating sexual violence ex officio, without "
                     "pressing for reconciliation",
            "summary": "How police, investigators and prosecutors register every report of "
                       "sexual violence and act on it proactively within the current law, "
                       "without discouraging the victim or pressing her to reconcile with the "
                       "accused.",
            "change_summary": "First published version.",
            "sections": [
                {
                    "heading": "The legal position and the standard to follow",
                    "clauses": [
                        {
                            "key": "current-law",
                            "text": (
                                "<p>Under the Code of Criminal Procedure, a case of rape or "
                                "violent acts of a sexual nature without aggravating "
                                "circumstances (Criminal Code arts. 120(1) and 121(1)) is "
                                "terminated if the victim has not filed a complaint. Coercion "
                                "into acts of a sexual nature without aggravating circumstances "
                                "(art. 123(1)) is a case of private prosecution: it starts on "
                                "the victim's complaint and ends if she reconciles with the "
                                "accused or withdraws her complaint.</p>"
                                "<p>These rules put the burden of the proceedings on the "
                                "survivor instead of the state. In practice they have been used "
                                "to discourage women from reporting and to delay investigations "
                                "in the expectation that the complaint will be withdrawn.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "law_quote",
                                    "reference": "ccp-35-5",
                                    "text": "A criminal case is terminated when there is no "
                                            "complaint from the victim in cases under Criminal "
                                            "Code arts. 120(1) and 121(1).",
                                },
                                {
                                    "type": "law_quote",
                                    "reference": "ccp-32",
                                    "text": "Non-aggravated coercion into acts of a sexual "
                                            "nature (art. 123(1)) is a case of private "
                                            "prosecution, initiated on the victim's complaint "
                                            "and terminated on reconciliation or withdrawal.",
                                },
                            ],
                        },
                        {
                            "key": "international-standard",
                            "text": (
                                "<p>The CEDAW Committee has recommended that Kazakhstan ensure "
                                "that domestic violence is specifically criminalised and "
                                "prosecuted <em>ex officio</em>, and the Human Rights Committee "
                                "has recommended that acts of violence against women be treated "
                                "as public prosecution cases, subject to <em>ex officio</em> "
                                "investigation and prosecution.</p>"
                                "<p>Until the law changes, act in that spirit: <strong>the "
                                "state, not the survivor, carries the investigation.</strong></p>"
                            ),
                            "elements": [
                                {
                                    "type": "law_quote",
                                    "reference": "co5-26a",
                                    "text": "Domestic violence should be specifically "
                                            "criminalised, prosecuted ex officio and sanctioned "
                                            "with penalties commensurate with the gravity of "
                                            "the abuse.",
                                },
                                {
                                    "type": "warning",
                                    "text": "The classification of a case as private or "
                                            "private-public prosecution is never a reason to "
                                            "refuse, delay or discourage a report. Register it "
                                            "and act on it.",
                                },
                            ],
                        },
                    ],
                },
                {
                    "heading": "Registering the report",
                    "clauses": [
                        {
                            "key": "register-every-report",
                            "text": (
                                "<p>Register <strong>every</strong> report of sexual violence, "
                                "whoever makes it and however it is made, and start work on it "
                                "without delay. Do not wait to see whether the victim will "
                                "“change her mind”.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "steps",
                                    "items": [
                                        "Receive the victim in a private room, away from other "
                                        "visitors and from staff who are not involved in the "
                                        "case.",
                                        "Record the report in full, in her own words and in the "
                                        "language she chooses, with a professional interpreter "
                                        "if needed.",
                                        "Register the report on the day it is made, following "
                                        "the established procedure, and tell her that it has "
                                        "been registered.",
                                        "Check at once whether the facts point to aggravating "
                                        "circumstances, such as the victim's age, that take the "
                                        "case outside Part 1 of arts. 120 and 121.",
                                        "With her informed consent, arrange medical care and a "
                                        "prompt forensic medical examination, so that evidence "
                                        "is not lost.",
                                        "Offer referral to support services, following the "
                                        "referral protocol.",
                                    ],
                                },
                            ],
                        },
                        {
                            "key": "complaint-in-writing",
                            "text": (
                                "<p>Where the law makes the case depend on the victim's "
                                "complaint, explain clearly and neutrally what this means, and "
                                "help her to make the complaint if she wishes to. Record her "
                                "complaint in writing as part of the first report, so that the "
                                "case is not dropped for want of a complaint.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "checklist",
                                    "items": [
                                        "She has been told, in her language, that she may file "
                                        "a complaint and what happens if she does not.",
                                        "If she makes a complaint, it is recorded in writing "
                                        "and she has signed it.",
                                        "She has been told that she may have a lawyer and has "
                                        "been given information on legal aid.",
                                        "She has the name and contact details of the "
                                        "investigator responsible for her case.",
                                        "Questions she could not answer have been noted without "
                                        "comment or judgment.",
                                    ],
                                },
                            ],
                        },
                    ],
                },
                {
                    "heading": "Acting on the report without pressing for reconciliation",
                    "clauses": [
                        {
                            "key": "investigate-proactively",
                            "text": (
                                "<p>Investigate actively from the first day. Collect and secure "
                                "the evidence yourself — witness statements, medical and "
                                "forensic evidence, messages, video recordings — rather "
                                "than leaving it to the survivor. Do not rely only on physical "
                                "injuries or biological evidence: many victims do not resist "
                                "because they are afraid, and have no visible injuries.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "do_dont",
                                    "do": [
                                        "Treat the survivor's account as evidence and record "
                                        "it fully.",
                                        "Secure evidence early, before it can be lost.",
                                        "Keep the survivor informed of the progress of the "
                                        "case.",
                                        "Record any sign of pressure on her and report it to "
                                        "the supervising prosecutor.",
                                    ],
                                    "dont": [
                                        "Suggest that she should think of her family or settle "
                                        "the matter privately.",
                                        "Tell her that the case will go nowhere or that women "
                                        "usually withdraw.",
                                        "Blame her for what happened, or question her conduct, "
                                        "clothing or relationships.",
                                        "Postpone the investigation in the expectation that she "
                                        "will withdraw her complaint.",
                                    ],
                                },
                            ],
                        },
                        {
                            "key": "no-reconciliation",
                            "text": (
                                "<p>Never propose, arrange or host a meeting to "
                                "“reconcile” the victim and the accused, and never "
                                "pass on offers of money or other proposals from the accused or "
                                "his relatives. If the victim says she wants to withdraw, speak "
                                "with her alone, check whether she is under pressure, and follow "
                                "the protocol on protecting a victim from pressure to withdraw a "
                                "complaint.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "warning",
                                    "text": "Pressing a survivor to reconcile or to withdraw "
                                            "her complaint re-traumatises her, exposes her to "
                                            "further harm and leaves the perpetrator unpunished. "
                                            "It is contrary to international human rights "
                                            "standards binding on Kazakhstan.",
                                },
                            ],
                        },
                        {
                            "key": "prosecutor-oversight",
                            "text": (
                                "<p>Prosecutors supervising the investigation check sexual "
                                "violence cases that have been terminated for lack of a "
                                "complaint or after reconciliation: that the classification was "
                                "correct, that any withdrawal was free, and that the victim was "
                                "not discouraged or pressured.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "checklist",
                                    "items": [
                                        "Was the report registered on the day it was made?",
                                        "Were aggravating circumstances considered before the "
                                        "case was classified under Part 1?",
                                        "Did the investigator collect the evidence, rather than "
                                        "leave it to the victim?",
                                        "Is there any record of pressure, threats or offers of "
                                        "money?",
                                        "Was the victim informed of her rights and offered "
                                        "referral to support services?",
                                    ],
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        "version_2": None,
    },
    # b. Assessing consent and vulnerability
    {
        "slug": "assessing-consent-and-vulnerability",
        "audiences": ["prosecutors", "judges"],
        "topics": ["consent", "children", "disability"],
        "references": ["cc-120-1", "cc-121-1", "cc-122", "gr35-29e", "co5-25b"],
        "effective_date": "2025-03-17",
        "translations": ["en"],
        "en": {
            "title": "Assessing consent and vulnerability, including children under 16",
            "summary": "How prosecutors and judges assess consent, coercive circumstances and "
                       "the victim's vulnerability under the current Criminal Code, and how to "
                       "distinguish sexual acts with a child under 16 (art. 122) from rape of "
                       "a minor.",
            "change_summary": "First published version.",
            "sections": [
                {
                    "heading": "Understanding consent",
                    "clauses": [
                        {
                            "key": "consent-standard",
                            "text": (
                                "<p>The Criminal Code defines rape and violent acts of a sexual "
                                "nature by violence, the threat of violence or the use of the "
                                "victim's helpless condition, not by the absence of consent. "
                                "International standards binding on Kazakhstan require that "
                                "sexual crimes be defined by the lack of genuine, free and "
                                "voluntary consent, taking account of coercive "
                                "circumstances.</p>"
                                "<p>While the law remains as it is, interpret violence, threat "
                                "and helplessness in the light of that standard: look at the "
                                "whole situation in which the acts took place, not only at "
                                "physical force.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "law_quote",
                                    "reference": "gr35-29e",
                                    "text": "The definition of sexual crimes, including rape, "
                                            "should be based on the lack of freely given "
                                            "consent and take account of coercive "
                                            "circumstances.",
                                },
                                {
                                    "type": "law_quote",
                                    "reference": "co5-25b",
                                    "text": "The definition of rape should be based on the "
                                            "lack of genuine, free and voluntary consent.",
                                },
                            ],
                        },
                        {
                            "key": "no-resistance",
                            "text": (
                                "<p>The absence of resistance, of visible injuries or of "
                                "biological evidence does not show that the victim consented. "
                                "Many victims freeze or submit out of fear. Weigh the evidence "
                                "without gender stereotypes.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "do_dont",
                                    "do": [
                                        "Consider fear, threats, dependency, the setting and "
                                        "the relationship between the victim and the accused.",
                                        "Consider all the evidence, including the victim's "
                                        "account, witness statements and messages.",
                                        "Ask whether the victim was in a position to refuse "
                                        "freely.",
                                    ],
                                    "dont": [
                                        "Treat the absence of injuries or of resistance as "
                                        "proof of consent.",
                                        "Infer consent from the victim's past, clothing, "
                                        "lifestyle or relationship with the accused.",
                                        "Demand corroboration of the victim's account beyond "
                                        "what is required for other crimes.",
                                        "Draw conclusions from a hymen examination, which is "
                                        "rarely probative.",
                                    ],
                                },
                            ],
                        },
                    ],
                },
                {
                    "heading": "Helpless condition and vulnerability",
                    "clauses": [
                        {
                            "key": "helpless-condition",
                            "text": (
                                "<p>According to the Supreme Court's resolution of 11 May 2007 "
                                "No. 4 (para. 5), a helpless condition is the victim's "
                                "inability to resist the perpetrator, who was aware of her "
                                "state, because of her physical or mental condition, young age "
                                "(under 14), old age, physical disability, mental disorder, or "
                                "another painful or unconscious condition.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "checklist",
                                    "items": [
                                        "Was the victim under 14 years of age?",
                                        "Was she elderly, ill, unconscious or otherwise unable "
                                        "to understand or resist what was happening?",
                                        "Does she have a physical, intellectual or "
                                        "psychosocial disability that affected her ability to "
                                        "resist?",
                                        "What evidence shows that the accused knew of her "
                                        "condition or age?",
                                    ],
                                },
                            ],
                        },
                        {
                            "key": "awareness-of-age",
                            "text": (
                                "<p>Whether the accused was aware of the victim's condition or "
                                "age is established from the evidence, not from his own "
                                "statement. In practice, cases involving girls under 14 have "
                                "not been classified as rape because the accused said that the "
                                "girl “looked older”.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "warning",
                                    "text": "Do not accept a claim that the victim looked "
                                            "older or seemed willing without testing it against "
                                            "the evidence: her actual age and appearance, how "
                                            "well the accused knew her, messages between them, "
                                            "and what witnesses knew.",
                                },
                            ],
                        },
                        {
                            "key": "procedural-accommodation",
                            "text": (
                                "<p>Women with disabilities often meet a lack of procedural "
                                "accommodation. Make sure that a victim with a disability can "
                                "take part in the proceedings and give evidence on an equal "
                                "basis with others.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "steps",
                                    "items": [
                                        "Ask the victim what she needs in order to take part, "
                                        "and record the answer.",
                                        "Provide a sign-language interpreter, plain-language "
                                        "explanations or other accommodation as needed.",
                                        "Allow breaks, and a support person of her choice "
                                        "where the law permits.",
                                        "Do not treat a disability as a reason to doubt her "
                                        "account or her ability to testify.",
                                    ],
                                },
                            ],
                        },
                    ],
                },
                {
                    "heading": "Children under 16",
                    "clauses": [
                        {
                            "key": "art-122-or-rape",
                            "text": (
                                "<p>Article 122 addresses sexual acts committed by an adult "
                                "with a person under sixteen. Where the acts involved violence, "
                                "the threat of violence or the use of the child's helpless "
                                "condition, they are rape or violent acts of a sexual nature "
                                "under Articles 120 and 121, where the victim's age is an "
                                "aggravating factor, and must be classified as such. "
                                "<strong>The absence of additional serious physical harm is not "
                                "a reason to charge under Article 122.</strong></p>"
                            ),
                            "elements": [
                                {
                                    "type": "law_quote",
                                    "reference": "cc-122",
                                    "text": "Addresses sexual acts committed by an adult with a "
                                            "person under sixteen, with a significantly lighter "
                                            "penalty than rape of a minor.",
                                },
                                {
                                    "type": "law_quote",
                                    "reference": "cc-120-1",
                                    "text": "Rape is defined by violence, the threat of "
                                            "violence or the use of the victim's helpless "
                                            "condition; the victim's age is an aggravating "
                                            "factor.",
                                },
                                {
                                    "type": "steps",
                                    "items": [
                                        "Establish the child's age from documents.",
                                        "Examine whether violence, the threat of violence or "
                                        "the child's helpless condition, including her young "
                                        "age, was involved.",
                                        "If so, classify the acts under Article 120 or 121, "
                                        "with the victim's age as an aggravating factor.",
                                        "Apply Article 122 only where none of those elements is "
                                        "present.",
                                        "Record the reasons for the classification.",
                                    ],
                                },
                            ],
                        },
                        {
                            "key": "child-consent",
                            "text": (
                                "<p>A child's apparent “consent” or "
                                "“initiative” does not reduce the adult's "
                                "responsibility. Consider the power imbalance between an adult "
                                "and a child: the difference in age, authority, dependency and "
                                "experience.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "do_dont",
                                    "do": [
                                        "Assess the power imbalance between the adult and the "
                                        "child.",
                                        "Hear the child in a child-friendly setting, with a "
                                        "psychologist or teacher present as the law provides.",
                                        "Protect the child from repeated questioning.",
                                    ],
                                    "dont": [
                                        "Ask the child whether she agreed or who started it.",
                                        "Describe the child as having provoked the adult.",
                                        "Question the child about previous sexual experience.",
                                    ],
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        "version_2": None,
    },
    # c. Protecting a victim from pressure to withdraw
    {
        "slug": "protecting-victim-from-withdrawal-pressure",
        "audiences": ["police", "prosecutors", "social-workers"],
        "topics": ["withdrawal-pressure", "ex-officio"],
        "references": ["ccp-32", "ccp-35-5", "co5-26f"],
        "effective_date": "2025-04-07",
        "translations": ["en"],
        "en": {
            "title": "Protecting a victim from pressure to withdraw a complaint",
            "summary": "How to recognise and respond to pressure on a victim of sexual violence "
                       "to withdraw her complaint, whether it comes from her family, the accused "
                       "or the community, and how to keep her safe and supported.",
            "change_summary": "First published version.",
            "sections": [
                {
                    "heading": "Recognising pressure",
                    "clauses": [
                        {
                            "key": "why-it-matters",
                            "text": (
                                "<p>Because some sexual violence cases depend on the victim's "
                                "complaint and end on reconciliation or withdrawal, others have "
                                "a reason to make her withdraw. Victims are pressured by "
                                "relatives, family members and the accused; some are "
                                "intimidated or persuaded to accept money; and in small, "
                                "close-knit communities senior community figures may press "
                                "women to keep silent.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "law_quote",
                                    "reference": "ccp-32",
                                    "text": "A case of private prosecution is terminated if the "
                                            "victim reconciles with the accused or withdraws her "
                                            "complaint for any other reason.",
                                },
                                {
                                    "type": "law_quote",
                                    "reference": "co5-26f",
                                    "text": "Acts of violence against women should be public "
                                            "prosecution cases, subject to ex officio "
                                            "investigation and prosecution.",
                                },
                            ],
                        },
                        {
                            "key": "signs-of-pressure",
                            "text": (
                                "<p>Watch for signs that a decision to withdraw may not be "
                                "free.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "checklist",
                                    "items": [
                                        "She wants to withdraw soon after contact with the "
                                        "accused, his relatives or her own family.",
                                        "Relatives or people acting for the accused insist on "
                                        "being present when you speak with her.",
                                        "She speaks of withdrawing for the sake of the family "
                                        "or to avoid shame.",
                                        "She seems afraid, or her account changes without "
                                        "explanation.",
                                        "She mentions money, promises or threats.",
                                        "She depends on the accused or his family for housing, "
                                        "income or contact with her children.",
                                        "Community elders or other respected figures have "
                                        "intervened.",
                                    ],
                                },
                            ],
                        },
                    ],
                },
                {
                    "heading": "Responding to pressure",
                    "clauses": [
                        {
                            "key": "speak-privately",
                            "text": (
                                "<p>When a victim says she wants to withdraw, or you see signs "
                                "of pressure, speak with her alone.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "steps",
                                    "items": [
                                        "Meet her in a private room, without relatives, the "
                                        "accused or people acting for him.",
                                        "Use the language she prefers, with an interpreter who "
                                        "has no connection to either family.",
                                        "Ask open questions about how she is and whether anyone "
                                        "has contacted her about the case.",
                                        "Explain neutrally what withdrawal means for the case, "
                                        "and what protection and support are available.",
                                        "Respect her decision, once you are satisfied that it "
                                        "is her own.",
                                    ],
                                },
                            ],
                        },
                        {
                            "key": "record-pressure",
                            "text": (
                                "<p>Record any pressure, threats, intimidation or offers of "
                                "money in writing — who, when, and what was said or "
                                "offered — and pass the record to the investigator and "
                                "the supervising prosecutor. Intimidating a victim or offering "
                                "her money may itself call for a separate legal response.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "warning",
                                    "text": "Never act as a go-between for the accused or his "
                                            "family, never pass on offers of money, and never "
                                            "tell the victim that withdrawing is best for "
                                            "everyone. Doing so makes you part of the pressure.",
                                },
                            ],
                        },
                        {
                            "key": "protective-measures",
                            "text": (
                                "<p>Assess the risk to the victim and apply the protective "
                                "measures available under the law, without waiting for her to "
                                "ask.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "checklist",
                                    "items": [
                                        "The risk of threats or violence to her and her "
                                        "children has been assessed.",
                                        "The safety measures available to participants in "
                                        "criminal proceedings, and in domestic settings the "
                                        "protective measures available to the police, have "
                                        "been considered and applied where needed.",
                                        "A safe way of contacting her has been agreed with "
                                        "her.",
                                        "She knows how to reach the police urgently.",
                                        "Shelter has been arranged if she cannot safely return "
                                        "home.",
                                    ],
                                },
                            ],
                        },
                    ],
                },
                {
                    "heading": "Support throughout the case",
                    "clauses": [
                        {
                            "key": "ongoing-support",
                            "text": (
                                "<p>Social workers and support services stay in touch with the "
                                "victim throughout the case, so that she is not left alone with "
                                "the pressure.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "do_dont",
                                    "do": [
                                        "Refer her to a crisis centre, shelter, psychologist "
                                        "and legal aid.",
                                        "Help with the practical needs that make her dependent "
                                        "on the accused or his family.",
                                        "Keep in regular contact, by the means she considers "
                                        "safe.",
                                        "With her knowledge, tell the investigator if you learn "
                                        "of new pressure.",
                                    ],
                                    "dont": [
                                        "Discuss the case with her relatives without her "
                                        "consent.",
                                        "Judge her if she decides to withdraw.",
                                        "Stop supporting her because she has withdrawn.",
                                    ],
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        "version_2": None,
    },
    # d. Referral to support services
    {
        "slug": "referral-to-support-services",
        "audiences": ["police", "investigators", "prosecutors", "judges", "forensic", "medical",
                      "social-workers", "crisis-centres"],
        "topics": ["referral", "disability"],
        "references": ["ccp-35-5"],
        "effective_date": "2025-04-21",
        "translations": ["en"],
        "en": {
            "title": "Referral to support services",
            "summary": "How every professional who meets a survivor of sexual or domestic "
                       "violence refers her, with her consent, to crisis centres, shelters and "
                       "psychological, legal and medical help, and how to reduce the extra "
                       "barriers that some women face.",
            "change_summary": "First published version.",
            "sections": [
                {
                    "heading": "Principles of referral",
                    "clauses": [
                        {
                            "key": "survivor-led",
                            "text": (
                                "<p>Every professional who meets a survivor can open the way to "
                                "support. Offer referral to every survivor, whether or not she "
                                "reports to the police, and respect her choices.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "do_dont",
                                    "do": [
                                        "Explain which services exist and what each can offer.",
                                        "Ask for her consent before sharing her information "
                                        "with another service.",
                                        "Refer her in person where you can: call ahead, and "
                                        "accompany her or arrange transport.",
                                        "Give her the information in writing, in her language, "
                                        "if that is safe for her.",
                                    ],
                                    "dont": [
                                        "Make support conditional on reporting to the police "
                                        "or on keeping a complaint.",
                                        "Share information with her family or community "
                                        "without her consent.",
                                        "Send her from office to office without checking that "
                                        "the service can see her.",
                                        "Use her relatives as interpreters.",
                                    ],
                                },
                            ],
                        },
                        {
                            "key": "services",
                            "text": (
                                "<p>Depending on her needs and wishes, refer her to:</p>"
                                "<ul>"
                                "<li>a crisis centre or a 24-hour hotline;</li>"
                                "<li>a shelter, if she is not safe at home;</li>"
                                "<li>medical care;</li>"
                                "<li>psychological and psychosocial counselling;</li>"
                                "<li>free legal aid;</li>"
                                "<li>social and economic support.</li>"
                                "</ul>"
                                "<p>These services are not available everywhere in Kazakhstan. "
                                "Know what exists in your area before you need it.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "checklist",
                                    "items": [
                                        "Name, address and opening hours of the nearest crisis "
                                        "centre and shelter.",
                                        "Hotline numbers, including any 24-hour hotline.",
                                        "Where a forensic medical examination can be done, and "
                                        "how to get there.",
                                        "Providers of free legal aid.",
                                        "Interpreters, including sign-language interpreters.",
                                        "Which services are accessible to women with "
                                        "disabilities.",
                                    ],
                                },
                            ],
                        },
                        {
                            "key": "medical-first",
                            "text": (
                                "<p>Medical care comes first. Evidence can be lost while a "
                                "survivor travels to a distant forensic bureau, so, if she "
                                "agrees, help her reach the forensic medical examination "
                                "promptly.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "steps",
                                    "items": [
                                        "Ask whether she needs urgent medical treatment, and "
                                        "arrange it first.",
                                        "Explain what a forensic medical examination involves "
                                        "and that it is her choice.",
                                        "Tell her that evidence is best collected as soon as "
                                        "possible, and help her get to the forensic service.",
                                        "Ask whether she would prefer a female examiner, and "
                                        "pass the request on.",
                                        "Let her bring a support person she trusts.",
                                    ],
                                },
                            ],
                        },
                    ],
                },
                {
                    "heading": "Support and reporting",
                    "clauses": [
                        {
                            "key": "reporting-information",
                            "text": (
                                "<p>A visit to a crisis centre, a hotline or a doctor is not a "
                                "complaint to the police. Tell the survivor, neutrally, that for "
                                "some offences, including rape without aggravating "
                                "circumstances, the case cannot go forward without her "
                                "complaint, and that she can make one with support. Help her if "
                                "she decides to report; respect her if she does not.</p>"
                                "<p>Where the survivor is a child, follow the child-protection "
                                "and reporting procedures that apply to your profession.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "law_quote",
                                    "reference": "ccp-35-5",
                                    "text": "A criminal case under Criminal Code arts. 120(1) "
                                            "and 121(1) is terminated when there is no complaint "
                                            "from the victim.",
                                },
                            ],
                        },
                    ],
                },
                {
                    "heading": "Women who face extra barriers",
                    "clauses": [
                        {
                            "key": "extra-barriers",
                            "text": (
                                "<p>Women with disabilities, ethnic-minority women, migrant "
                                "women, LBT women, women in prostitution and women who use drugs "
                                "meet additional barriers: stigma, language barriers, a lack of "
                                "procedural accommodation, and fear of being penalised "
                                "themselves for their own activities.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "warning",
                                    "text": "Never use a survivor's circumstances — her work, "
                                            "drug use, migration status, sexual orientation or "
                                            "disability — to doubt her account, to discourage "
                                            "her from seeking help, or to threaten her with "
                                            "sanctions. Focus on her safety and on the violence "
                                            "she has experienced.",
                                },
                            ],
                        },
                        {
                            "key": "reduce-barriers",
                            "text": (
                                "<p>Remove the barriers that are within your control.</p>"
                            ),
                            "elements": [
                                {
                                    "type": "checklist",
                                    "items": [
                                        "A professional interpreter in her language, including "
                                        "sign language, is offered.",
                                        "Explanations are in plain language, and you have "
                                        "checked that she has understood.",
                                        "Your premises and the service you refer her to are "
                                        "physically accessible to her.",
                                        "She may bring a support person she trusts.",
                                        "Where they exist, she is referred to organisations "
                                        "experienced in working with women in her situation.",
                                        "You are honest about what you can and cannot "
                                        "guarantee about confidentiality.",
                                    ],
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        "version_2": None,
    },
]
