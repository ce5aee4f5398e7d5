"""Demo content for the home page and section pages, in English, Russian and Kazakh.

Drawn from the 2024 brief on violence against women and girls in Kazakhstan
(Equality Now, for the EU-Kazakhstan Human Rights Dialogue) and the UN CEDAW
Committee's concluding observations it cites (CEDAW/C/KAZ/CO/5).
"""

HOME = {
    "en": {
        "title": "Protocol Academy",
        "lead": (
            "Victim-centred protocols and training for the police officers, prosecutors, "
            "judges, forensic experts, doctors and social workers who respond to violence "
            "against women and girls in Kazakhstan."
        ),
        "intro": (
            "<p>Survivors of sexual and domestic violence too often meet a justice system that "
            "harms them again: they are asked to re-enact the crime in an investigative "
            "experiment, sent for hymen examinations that prove nothing, and interviewed in "
            "shared rooms by untrained staff. Cases are lost on the way.</p>"
            "<p>The UN Committee on the Elimination of Discrimination against Women has "
            "recommended protocols for every profession, developed with civil society, and "
            "comprehensive, sustained training on victim-centred approaches "
            "(CEDAW/C/KAZ/CO/5). Protocol Academy publishes those protocols, teaches them in "
            "short courses that work on a phone, and shows each institution who has been "
            "trained.</p>"
        ),
        "audiences_heading": "Who it is for",
        "audiences": [
            ("Police and investigators",
             "Take a report, interview a survivor in private and gather evidence without "
             "re-enactment or victim-blaming."),
            ("Prosecutors and judges",
             "Apply the law with a consent-based understanding of sexual violence and pursue "
             "cases ex officio where the law allows."),
            ("Forensic and medical staff",
             "Examine and document injuries promptly and respectfully, without hymen "
             "examinations."),
            ("Social workers and crisis centres",
             "Support survivors, including women with disabilities, migrant and "
             "ethnic-minority women, through every step."),
            ("Institution administrators",
             "Assign courses and follow completion across your institution and the units "
             "below it."),
            ("Civil-society editors",
             "Write and revise protocols and courses in Kazakh, Russian and English, "
             "through review before publishing."),
        ],
        "protocols": {
            "title": "Protocols",
            "intro": (
                "<p>Step-by-step, victim-centred standards for each profession, citing the "
                "Criminal Code, the Code of Criminal Procedure and international standards "
                "such as CEDAW General Recommendation No. 35.</p>"
            ),
        },
        "courses": {
            "title": "Courses",
            "intro": (
                "<p>Short modular courses with case scenarios and quizzes: ending investigative "
                "re-enactment, ending hymen examinations, consent-based definitions of rape, "
                "ex officio prosecution and interviewing survivors.</p>"
            ),
        },
    },
    "ru": {
        "title": "Академия протоколов",
        "lead": (
            "Протоколы, ориентированные на пострадавших, и обучение для полицейских, "
            "прокуроров, судей, судебно-медицинских экспертов, врачей и социальных работников, "
            "которые работают со случаями насилия в отношении женщин и девочек в Казахстане."
        ),
        "intro": (
            "<p>Пострадавшие от сексуального и домашнего насилия слишком часто сталкиваются с "
            "системой правосудия, которая травмирует их повторно: их просят воспроизвести "
            "преступление в ходе следственного эксперимента, направляют на осмотр девственной "
            "плевы, который ничего не доказывает, и допрашивают в общих кабинетах без "
            "подготовленных специалистов. Дела разваливаются на полпути.</p>"
            "<p>Комитет ООН по ликвидации дискриминации в отношении женщин рекомендовал "
            "разработать вместе с гражданским обществом протоколы для каждой профессии и "
            "обеспечить всестороннее и постоянное обучение подходам, ориентированным на "
            "пострадавших (CEDAW/C/KAZ/CO/5). Академия протоколов публикует эти протоколы, "
            "обучает им в коротких курсах, которые удобно проходить с телефона, и показывает "
            "каждому учреждению, кто прошёл обучение.</p>"
        ),
        "audiences_heading": "Для кого",
        "audiences": [
            ("Полиция и следователи",
             "Принять заявление, опросить пострадавшую наедине и собрать доказательства без "
             "воспроизведения событий и обвинения пострадавшей."),
            ("Прокуроры и судьи",
             "Применять закон, понимая сексуальное насилие через отсутствие согласия, и "
             "возбуждать дела в публичном порядке там, где это позволяет закон."),
            ("Судебно-медицинские и медицинские работники",
             "Своевременно и уважительно осматривать и фиксировать телесные повреждения без "
             "осмотра девственной плевы."),
            ("Социальные работники и кризисные центры",
             "Поддерживать пострадавших, в том числе женщин с инвалидностью, мигранток и "
             "женщин из этнических меньшинств, на каждом этапе."),
            ("Администраторы учреждений",
             "Назначать курсы и следить за их прохождением в своём учреждении и "
             "подчинённых подразделениях."),
            ("Редакторы из гражданского общества",
             "Писать и обновлять протоколы и курсы на казахском, русском и английском языках "
             "с рецензированием перед публикацией."),
        ],
        "protocols": {
            "title": "Протоколы",
            "intro": (
                "<p>Пошаговые стандарты, ориентированные на пострадавших, для каждой профессии "
                "со ссылками на Уголовный кодекс, Уголовно-процессуальный кодекс и "
                "международные стандарты, такие как Общая рекомендация КЛДЖ № 35.</p>"
            ),
        },
        "courses": {
            "title": "Курсы",
            "intro": (
                "<p>Короткие модульные курсы с разбором ситуаций и тестами: отказ от "
                "воспроизведения событий в следственном эксперименте, отказ от осмотра "
                "девственной плевы, определение изнасилования через отсутствие согласия, "
                "публичное преследование и опрос пострадавших.</p>"
            ),
        },
    },
    "kk": {
        "title": "Хаттамалар академиясы",
        "lead": (
            "Қазақстанда әйелдер мен қыздарға қатысты зорлық-зомбылық істерімен жұмыс істейтін "
            "полиция қызметкерлеріне, прокурорларға, судьяларға, сот-медициналық сарапшыларға, "
            "дәрігерлер мен әлеуметтік қызметкерлерге арналған жәбірленушіге бағдарланған "
            "хаттамалар мен оқыту."
        ),
        "intro": (
            "<p>Жыныстық және тұрмыстық зорлық-зомбылықтан зардап шеккендер көбіне оларды қайта "
            "жарақаттайтын сот жүйесіне тап болады: олардан тергеу экспериментінде қылмысты "
            "қайта көрсетуді талап етеді, ештеңе дәлелдемейтін қыздық пердені тексеруге "
            "жібереді, дайындығы жоқ қызметкерлер оларды ортақ кабинеттерде жауап алады. "
            "Істер жолда жоғалады.</p>"
            "<p>БҰҰ-ның Әйелдерге қатысты кемсітушілікті жою жөніндегі комитеті азаматтық "
            "қоғаммен бірлесіп әр мамандыққа арналған хаттамалар әзірлеуді және жәбірленушіге "
            "бағдарланған тәсілдер бойынша жан-жақты әрі тұрақты оқытуды ұсынды "
            "(CEDAW/C/KAZ/CO/5). Хаттамалар академиясы осы хаттамаларды жариялайды, оларды "
            "телефоннан өтуге ыңғайлы қысқа курстарда оқытады және әр мекемеге кімнің оқудан "
            "өткенін көрсетеді.</p>"
        ),
        "audiences_heading": "Кімге арналған",
        "audiences": [
            ("Полиция және тергеушілер",
             "Арызды қабылдау, жәбірленушімен оңаша сөйлесу және оқиғаны қайта көрсетусіз, "
             "жәбірленушіні кінәламай дәлелдемелер жинау."),
            ("Прокурорлар мен судьялар",
             "Жыныстық зорлық-зомбылықты келісімнің болмауы тұрғысынан түсініп, заңды қолдану "
             "және заң рұқсат ететін жерде істі жария тәртіппен қозғау."),
            ("Сот-медициналық және медицина қызметкерлері",
             "Дене жарақаттарын қыздық пердені тексерусіз, уақтылы әрі құрметпен қарап, "
             "тіркеу."),
            ("Әлеуметтік қызметкерлер және дағдарыс орталықтары",
             "Жәбірленушілерге, соның ішінде мүгедектігі бар әйелдерге, мигрант әйелдерге "
             "және этникалық азшылық өкілдеріне әр кезеңде қолдау көрсету."),
            ("Мекеме әкімшілері",
             "Курстарды тағайындау және өз мекемеңіз бен бағынышты бөлімшелерде олардың "
             "өтілуін қадағалау."),
            ("Азаматтық қоғам редакторлары",
             "Хаттамалар мен курстарды қазақ, орыс және ағылшын тілдерінде жазу және "
             "жарияламас бұрын сараптамадан өткізу."),
        ],
        "protocols": {
            "title": "Хаттамалар",
            "intro": (
                "<p>Қылмыстық кодекске, Қылмыстық іс жүргізу кодексіне және ӘКЖК-нің № 35 "
                "жалпы ұсынымы сияқты халықаралық стандарттарға сілтеме жасайтын, әр "
                "мамандыққа арналған жәбірленушіге бағдарланған қадамдық стандарттар.</p>"
            ),
        },
        "courses": {
            "title": "Курстар",
            "intro": (
                "<p>Жағдаяттарды талдау мен тесттері бар қысқа модульдік курстар: тергеу "
                "экспериментінде оқиғаны қайта көрсетуден бас тарту, қыздық пердені тексеруден "
                "бас тарту, зорлауды келісімнің болмауы арқылы анықтау, жария қудалау және "
                "жәбірленушіден жауап алу.</p>"
            ),
        },
    },
}

DEMO_PASSWORD = "demo-pass-2026"
# A fixed TOTP secret for the demo's privileged users, so that `make run` can
# print it; `manage.py demo_totp` prints the current code.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

# role: learner | institution_admin | national_admin | editor | moderator | reviewer
#       | legal_reviewer | superuser
DEMO_USERS = [
    {"email": "admin@academy.example", "role": "superuser", "full_name": "Aigerim Seitkali",
     "profession": "other", "position": "Platform administrator", "language": "en"},
    {"email": "national@academy.example", "role": "national_admin",
     "full_name": "Dana Nurlanovna Abenova", "profession": "other",
     "position": "Head of training, NGO coalition", "language": "ru"},
    {"email": "almaty.admin@academy.example", "role": "institution_admin",
     "institution": "POL-ALM", "full_name": "Serik Bolatuly Zhaksylykov",
     "profession": "police_investigator", "position": "Head of personnel training",
     "language": "ru"},
    {"email": "astana.admin@academy.example", "role": "institution_admin",
     "institution": "POL-AST", "full_name": "Gulnara Kairatovna Omarova",
     "profession": "police_investigator", "position": "Deputy head, training unit",
     "language": "kk"},
    {"email": "editor@academy.example", "role": "editor", "full_name": "Madina Ermekova",
     "profession": "other", "position": "Protocol editor, crisis-centre union", "language": "ru"},
    {"email": "moderator@academy.example", "role": "moderator", "full_name": "Saule Akhmetova",
     "profession": "other", "position": "Publishing moderator", "language": "ru"},
    {"email": "reviewer@academy.example", "role": "reviewer", "full_name": "Zhanna Mukhamedova",
     "profession": "crisis_centre", "position": "Civil-society reviewer, crisis-centre union",
     "language": "ru"},
    {"email": "lawyer@academy.example", "role": "legal_reviewer", "full_name": "Arman Kaliyev",
     "profession": "other", "position": "Legal reviewer", "language": "kk"},
    {"email": "investigator@academy.example", "role": "learner", "institution": "POL-ALM-MED",
     "full_name": "Yerlan Tokhtarov", "profession": "police_investigator",
     "position": "Senior investigator", "language": "ru"},
    {"email": "inspector@academy.example", "role": "learner", "institution": "POL-ALM-BOS",
     "full_name": "Aliya Kassymova", "profession": "juvenile_inspector",
     "position": "Juvenile inspector", "language": "kk"},
    {"email": "patrol@academy.example", "role": "learner", "institution": "POL-AST-YES",
     "full_name": "Nurlan Sadykov", "profession": "patrol_police",
     "position": "Patrol officer", "language": "ru"},
    {"email": "prosecutor@academy.example", "role": "learner", "institution": "PRK-ALM",
     "full_name": "Zhanar Bekova", "profession": "prosecutor",
     "position": "Prosecutor, criminal cases", "language": "ru"},
    {"email": "judge@academy.example", "role": "learner", "institution": "CRT-ALM-SMC",
     "full_name": "Marat Iskakov", "profession": "judge", "position": "Judge", "language": "kk"},
    {"email": "forensic@academy.example", "role": "learner", "institution": "CSE-ALM",
     "full_name": "Ainur Dzhaksybekova", "profession": "forensic_expert",
     "position": "Forensic medical expert", "language": "ru"},
    {"email": "nurse@academy.example", "role": "learner", "institution": "HLT-ALM-GKB7",
     "full_name": "Olga Petrenko", "profession": "nurse", "position": "Emergency nurse",
     "language": "ru"},
    {"email": "social@academy.example", "role": "learner", "institution": "NGO-ALM",
     "full_name": "Kamila Utepova", "profession": "crisis_centre",
     "position": "Crisis-centre psychologist", "language": "kk"},
    # Waits for the Almaty police administrator to approve the request.
    {"email": "newcomer@academy.example", "role": "learner", "request": "POL-ALM-AUE",
     "full_name": "Timur Abenov", "profession": "district_police",
     "position": "District police inspector", "language": "ru"},
]
