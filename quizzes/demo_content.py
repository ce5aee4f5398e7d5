"""Demo quiz questions for the three demo courses, drawn from the 2024 brief on violence
against women and girls in Kazakhstan (shared/seed) and the demo protocols it inspired.

Plain Python literals only. Each question points at the protocol clauses (protocol slug,
clause key) that a learner should reread. For "ordering" questions the options are listed
in the correct order. Texts are in English, Russian and Kazakh.
"""

QUESTIONS = [
    # ------------------------------------------------------------------------------------
    # Course: ending-investigative-re-enactment (16 questions)
    # ------------------------------------------------------------------------------------
    {
        "key": "reenact-may-victim-re-enact",
        "course": "ending-investigative-re-enactment",
        "kind": "single",
        "scoring": "all_or_nothing",
        "difficulty": 1,
        "case": "",
        "prompt": {
            "en": "May a victim of sexual violence be asked to re-enact the assault in an investigative experiment?",
            "ru": "Можно ли предлагать пострадавшей от сексуального насилия воспроизвести совершённое в отношении неё преступление в ходе следственного эксперимента?",
            "kk": "Жыныстық зорлық-зомбылықтан зардап шеккен әйелге тергеу экспериментінде өзіне қатысты жасалған қылмысты қайта көрсетуді ұсынуға бола ма?",
        },
        "explanation": {
            "en": (
                "No. The protocol on interviewing an adult survivor of sexual violence (clause “No re-enactment”) "
                "says never to ask her to re-enact the crime, to show on herself or on another person what was done "
                "to her, or to return to the scene to act out events. The practice is degrading and re-traumatising, "
                "and the 2024 brief names it as a barrier to justice. The circumstances are established from her "
                "statement, the forensic medical examination and other evidence."
            ),
            "ru": (
                "Нет. Протокол допроса взрослой пострадавшей от сексуального насилия (пункт о запрете воспроизведения "
                "событий) требует никогда не предлагать ей воспроизводить преступление, показывать на себе или на "
                "другом человеке, что с ней делали, или возвращаться на место происшествия, чтобы изобразить события. "
                "Такая практика унижает и заново травмирует пострадавшую; в докладе 2024 года она названа препятствием "
                "для доступа к правосудию. Обстоятельства устанавливаются на основании её показаний, "
                "судебно-медицинской экспертизы и других доказательств."
            ),
            "kk": (
                "Жоқ. Жыныстық зорлық-зомбылықтан зардап шеккен ересек әйелден жауап алу хаттамасы (оқиғаны қайта "
                "көрсетуге тыйым салатын тармақ) оған қылмысты қайта көрсетуді, өзіне немесе басқа адамға оған не "
                "істелгенін көрсетуді немесе оқиғаларды бейнелеу үшін оқиға орнына қайта баруды ешқашан ұсынбауды "
                "талап етеді. Бұл тәжірибе әйелдің қадір-қасиетін қорлайды және оны қайта жарақаттайды; 2024 жылғы "
                "баяндамада ол сот төрелігіне қол жеткізудегі кедергі ретінде аталған. Мән-жайлар оның жауабы, "
                "сот-медициналық сараптама және басқа дәлелдемелер негізінде анықталады."
            ),
        },
        "clauses": [["interviewing-adult-survivor-sexual-violence", "no-re-enactment"]],
        "options": [
            {
                "text": {
                    "en": "Yes, if she agrees in writing.",
                    "ru": "Да, если она даст письменное согласие.",
                    "kk": "Иә, егер ол жазбаша келісім берсе.",
                },
                "correct": False,
                "explanation": {
                    "en": "A survivor often feels she cannot refuse a request from the police. Her “agreement” does not make re-enactment safe or necessary.",
                    "ru": "Пострадавшая часто чувствует, что не может отказать полиции. Её «согласие» не делает воспроизведение событий ни безопасным, ни необходимым.",
                    "kk": "Зардап шеккен әйел көбіне полицияның өтінішінен бас тарта алмайтындай сезінеді. Оның «келісімі» оқиғаны қайта көрсетуді қауіпсіз де, қажетті де етпейді.",
                },
            },
            {
                "text": {
                    "en": "No, never. The circumstances are established from her statement, the forensic medical examination and other evidence.",
                    "ru": "Нет, никогда. Обстоятельства устанавливаются на основании её показаний, судебно-медицинской экспертизы и других доказательств.",
                    "kk": "Жоқ, ешқашан. Мән-жайлар оның жауабы, сот-медициналық сараптама және басқа дәлелдемелер негізінде анықталады.",
                },
                "correct": True,
                "explanation": {
                    "en": "Correct: the rule has no exceptions for survivors of sexual violence.",
                    "ru": "Верно: для пострадавших от сексуального насилия это правило не имеет исключений.",
                    "kk": "Дұрыс: жыныстық зорлық-зомбылықтан зардап шеккендерге қатысты бұл ережеден ешқандай ерекшелік жоқ.",
                },
            },
            {
                "text": {
                    "en": "Yes, but briefly, with a female investigator and as few people present as possible.",
                    "ru": "Да, но кратко, с участием следователя-женщины и при минимальном числе присутствующих.",
                    "kk": "Иә, бірақ қысқа уақытқа, әйел тергеушінің қатысуымен және мүмкіндігінше аз адамның көзінше.",
                },
                "correct": False,
                "explanation": {
                    "en": "A short re-enactment is still a re-enactment. The protocol does not allow it in any form.",
                    "ru": "Краткое воспроизведение событий — всё равно воспроизведение. Протокол не допускает его ни в какой форме.",
                    "kk": "Қысқа уақытқа қайта көрсету де — қайта көрсету. Хаттама оған ешқандай түрде жол бермейді.",
                },
            },
            {
                "text": {
                    "en": "Only when she has no visible injuries and the facts need to be checked.",
                    "ru": "Только если у неё нет видимых телесных повреждений и факты нужно проверить.",
                    "kk": "Тек оның көзге көрінетін дене жарақаттары болмаса және фактілерді тексеру қажет болса ғана.",
                },
                "correct": False,
                "explanation": {
                    "en": "The absence of injuries does not mean the absence of violence, and it is never a reason to make her act out events.",
                    "ru": "Отсутствие повреждений не означает отсутствия насилия и никогда не является основанием заставлять её изображать события.",
                    "kk": "Жарақаттардың болмауы зорлық-зомбылықтың болмағанын білдірмейді және оны оқиғаларды бейнелеуге мәжбүрлеуге ешқашан негіз болмайды.",
                },
            },
        ],
    },
    {
        "key": "reenact-agreement-does-not-permit",
        "course": "ending-investigative-re-enactment",
        "kind": "true_false",
        "scoring": "all_or_nothing",
        "difficulty": 1,
        "case": "",
        "prompt": {
            "en": "True or false: if the survivor agrees, she may be asked to show on another person what was done to her.",
            "ru": "Верно или неверно: если пострадавшая согласна, её можно попросить показать на другом человеке, что с ней делали.",
            "kk": "Дұрыс па, бұрыс па: егер зардап шеккен әйел келіссе, одан басқа адамға оған не істелгенін көрсетуді сұрауға болады.",
        },
        "explanation": {
            "en": (
                "False. The clause “No re-enactment” forbids asking the survivor to show on herself or on another "
                "person what was done to her. When the police ask, she may feel she cannot refuse, especially if she "
                "fears she will not be believed, so her agreement does not change the rule."
            ),
            "ru": (
                "Неверно. Пункт протокола о запрете воспроизведения событий запрещает просить пострадавшую показывать "
                "на себе или на другом человеке, что с ней делали. Когда просит полиция, она может чувствовать, что не "
                "вправе отказать, особенно если боится, что ей не поверят; поэтому её согласие правила не меняет."
            ),
            "kk": (
                "Бұрыс. Хаттаманың оқиғаны қайта көрсетуге тыйым салатын тармағы зардап шеккен әйелден өзіне немесе "
                "басқа адамға оған не істелгенін көрсетуді сұрауға тыйым салады. Полиция сұраған кезде, әсіресе "
                "өзіне сенбейді деп қорықса, ол бас тарта алмайтындай сезінуі мүмкін; сондықтан оның келісімі бұл "
                "ережені өзгертпейді."
            ),
        },
        "clauses": [["interviewing-adult-survivor-sexual-violence", "no-re-enactment"]],
        "options": [
            {
                "text": {"en": "True", "ru": "Верно", "kk": "Дұрыс"},
                "correct": False,
                "explanation": {
                    "en": "The protocol forbids this in every case; her agreement does not make it acceptable.",
                    "ru": "Протокол запрещает это во всех случаях; её согласие не делает это допустимым.",
                    "kk": "Хаттама бұған барлық жағдайда тыйым салады; оның келісімі мұны рұқсат етілген әрекетке айналдырмайды.",
                },
            },
            {
                "text": {"en": "False", "ru": "Неверно", "kk": "Бұрыс"},
                "correct": True,
                "explanation": {
                    "en": "Correct: she is never asked to demonstrate on herself or on another person.",
                    "ru": "Верно: её никогда не просят показывать на себе или на другом человеке.",
                    "kk": "Дұрыс: одан ешқашан өзіне немесе басқа адамға көрсетуді сұрамайды.",
                },
            },
        ],
    },
    {
        "key": "reenact-checking-scene-without-her",
        "course": "ending-investigative-re-enactment",
        "kind": "single",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": (
            "A woman has given a detailed statement about sexual violence in a rented room. The suspect denies "
            "it and says that the room is too small for events to have happened as she describes. The "
            "investigator wants to check this."
        ),
        "case_i18n": {
            "en": (
                "A woman has given a detailed statement about sexual violence in a rented room. The suspect denies "
                "it and says that the room is too small for events to have happened as she describes. The "
                "investigator wants to check this."
            ),
            "ru": (
                "Женщина дала подробные показания о сексуальном насилии в съёмной комнате. Подозреваемый всё "
                "отрицает и утверждает, что комната слишком мала, чтобы события могли произойти так, как она их "
                "описывает. Следователь хочет это проверить."
            ),
            "kk": (
                "Әйел жалдамалы бөлмеде болған жыныстық зорлық-зомбылық туралы егжей-тегжейлі жауап берді. "
                "Күдікті бәрін жоққа шығарып, бөлме оқиғалардың әйел сипаттағандай болуы үшін тым тар деп "
                "мәлімдейді. Тергеуші мұны тексергісі келеді."
            ),
        },
        "prompt": {
            "en": "How should the investigator check the suspect's claim?",
            "ru": "Как следователю проверить утверждение подозреваемого?",
            "kk": "Тергеуші күдіктінің мәлімдемесін қалай тексеруі керек?",
        },
        "explanation": {
            "en": (
                "The protocol requires the circumstances to be established from her statement, the forensic medical "
                "examination and other evidence, never by making her act out events or return to the scene. The "
                "protocol on registering and investigating sexual violence adds that the investigator collects the "
                "evidence actively, rather than leaving the burden on the survivor. The scene can be inspected, "
                "measured and photographed without her."
            ),
            "ru": (
                "Протокол требует устанавливать обстоятельства на основании её показаний, судебно-медицинской "
                "экспертизы и других доказательств и никогда — путём изображения событий или возвращения на место "
                "происшествия. Протокол о регистрации и расследовании сексуального насилия добавляет, что следователь "
                "сам активно собирает доказательства, а не перекладывает это бремя на пострадавшую. Место "
                "происшествия можно осмотреть, измерить и сфотографировать без неё."
            ),
            "kk": (
                "Хаттама мән-жайларды оның жауабы, сот-медициналық сараптама және басқа дәлелдемелер негізінде "
                "анықтауды талап етеді, оны оқиғаларды бейнелеуге мәжбүрлеу немесе оқиға орнына қайта апару арқылы ешқашан "
                "анықтамайды. Жыныстық зорлық-зомбылықты тіркеу және тергеу хаттамасы тергеуші бұл ауыртпалықты "
                "зардап шеккен әйелге артпай, дәлелдемелерді өзі белсенді түрде жинайтынын қосымша атап өтеді. "
                "Оқиға орнын онсыз қарап, өлшеп, суретке түсіруге болады."
            ),
        },
        "clauses": [
            ["interviewing-adult-survivor-sexual-violence", "no-re-enactment"],
            ["registering-sexual-violence-ex-officio", "investigate-proactively"],
        ],
        "options": [
            {
                "text": {
                    "en": "Take her back to the room so that she can point out where everything happened.",
                    "ru": "Привезти её в эту комнату, чтобы она показала, где всё происходило.",
                    "kk": "Оны сол бөлмеге қайта апарып, бәрі қай жерде болғанын көрсетуін сұрау.",
                },
                "correct": False,
                "explanation": {
                    "en": "Returning her to the scene to act out events is exactly what the protocol forbids.",
                    "ru": "Возвращение её на место происшествия для изображения событий — именно то, что запрещает протокол.",
                    "kk": "Оқиғаларды бейнелеу үшін оны оқиға орнына қайта апару — хаттама тыйым салатын нақ сол әрекет.",
                },
            },
            {
                "text": {
                    "en": "Ask her to demonstrate the positions at the station, with a colleague standing in for the suspect.",
                    "ru": "Попросить её показать всё в отделе полиции, а роль подозреваемого исполнит коллега.",
                    "kk": "Одан бөлімде бәрін көрсетуді сұрау, ал күдіктінің рөлін әріптес атқарады.",
                },
                "correct": False,
                "explanation": {
                    "en": "Showing on another person what was done to her is a re-enactment, wherever it takes place.",
                    "ru": "Показ на другом человеке того, что с ней делали, — это воспроизведение событий, где бы оно ни проводилось.",
                    "kk": "Оған не істелгенін басқа адамға көрсету — қай жерде өтсе де, оқиғаны қайта көрсету болып табылады.",
                },
            },
            {
                "text": {
                    "en": "Close the matter as “her word against his”.",
                    "ru": "Закрыть дело как «слово против слова».",
                    "kk": "Істі «сөзге қарсы сөз» деп жабу.",
                },
                "correct": False,
                "explanation": {
                    "en": "Her account is evidence, and the investigator must collect and test the other evidence actively.",
                    "ru": "Её рассказ — это доказательство, и следователь обязан активно собирать и проверять другие доказательства.",
                    "kk": "Оның айтқаны — дәлелдеме, ал тергеуші басқа дәлелдемелерді белсенді түрде жинап, тексеруге міндетті.",
                },
            },
            {
                "text": {
                    "en": "Inspect, measure and photograph the room without her, and compare the findings with her statement and the other evidence.",
                    "ru": "Осмотреть, измерить и сфотографировать комнату без её участия и сопоставить результаты с её показаниями и другими доказательствами.",
                    "kk": "Бөлмені онсыз қарап, өлшеп, суретке түсіру және нәтижелерді оның жауабымен және басқа дәлелдемелермен салыстыру.",
                },
                "correct": True,
                "explanation": {
                    "en": "Correct: the facts are checked without making her live through the violence again.",
                    "ru": "Верно: факты проверяются без того, чтобы заставлять её заново переживать насилие.",
                    "kk": "Дұрыс: фактілер оны зорлық-зомбылықты қайта бастан кешіруге мәжбүрлемей тексеріледі.",
                },
            },
        ],
    },
    {
        "key": "reenact-private-room",
        "course": "ending-investigative-re-enactment",
        "kind": "single",
        "scoring": "all_or_nothing",
        "difficulty": 1,
        "case": "",
        "prompt": {
            "en": "Where should a survivor of sexual violence be interviewed?",
            "ru": "Где следует допрашивать пострадавшую от сексуального насилия?",
            "kk": "Жыныстық зорлық-зомбылықтан зардап шеккен әйелден қай жерде жауап алу керек?",
        },
        "explanation": {
            "en": (
                "The clause “Private room” requires a room where no one else can see or hear the conversation, "
                "with the door closed and no interruptions. The 2024 brief reports that survivors are often "
                "interviewed in shared spaces without privacy or confidentiality; privacy is a precondition for a "
                "full and accurate statement."
            ),
            "ru": (
                "Пункт протокола об отдельном помещении требует помещения, где разговор никто не может увидеть или "
                "услышать, с закрытой дверью и без посторонних. В докладе 2024 года отмечается, что пострадавших "
                "часто допрашивают в общих помещениях без соблюдения приватности и конфиденциальности; приватность — "
                "необходимое условие полных и точных показаний."
            ),
            "kk": (
                "Хаттаманың оқшау бөлме туралы тармағы әңгімені ешкім көре немесе ести алмайтын, есігі жабылатын "
                "және ешкім кедергі келтірмейтін бөлмені талап етеді. 2024 жылғы баяндамада зардап шеккендерден "
                "көбіне оңашалық пен құпиялылық сақталмайтын ортақ үй-жайларда жауап алынатыны айтылған; оңашалық — "
                "толық әрі дәл жауаптың қажетті шарты."
            ),
        },
        "clauses": [["interviewing-adult-survivor-sexual-violence", "private-room"]],
        "options": [
            {
                "text": {
                    "en": "In a private room where no one else can see or hear the conversation.",
                    "ru": "В отдельном помещении, где разговор никто не может увидеть или услышать.",
                    "kk": "Әңгімені ешкім көре немесе ести алмайтын оқшау бөлмеде.",
                },
                "correct": True,
                "explanation": {
                    "en": "Correct: this is what the protocol requires.",
                    "ru": "Верно: именно этого требует протокол.",
                    "kk": "Дұрыс: хаттама дәл осыны талап етеді.",
                },
            },
            {
                "text": {
                    "en": "In the duty room, if the other officers there are busy with their own work.",
                    "ru": "В дежурной части, если находящиеся там сотрудники заняты своими делами.",
                    "kk": "Кезекші бөлімде, егер ондағы басқа қызметкерлер өз жұмыстарымен айналысып отырса.",
                },
                "correct": False,
                "explanation": {
                    "en": "Other staff can still hear her. A shared room is never acceptable.",
                    "ru": "Другие сотрудники всё равно её слышат. Общее помещение недопустимо.",
                    "kk": "Басқа қызметкерлер бәрібір оны естиді. Ортақ бөлмеге жол берілмейді.",
                },
            },
            {
                "text": {
                    "en": "In the corridor, speaking quietly, if no office is free.",
                    "ru": "В коридоре, вполголоса, если нет свободного кабинета.",
                    "kk": "Бос кабинет болмаса, дәлізде, ақырын дауыспен.",
                },
                "correct": False,
                "explanation": {
                    "en": "The protocol names the corridor as a place where she must never be interviewed.",
                    "ru": "Протокол прямо называет коридор местом, где допрашивать её нельзя.",
                    "kk": "Хаттамада дәліз одан ешқашан жауап алуға болмайтын орын ретінде тікелей аталған.",
                },
            },
            {
                "text": {
                    "en": "In any office, as long as the suspect is not in it.",
                    "ru": "В любом кабинете, лишь бы там не было подозреваемого.",
                    "kk": "Кез келген кабинетте, тек күдікті болмаса болғаны.",
                },
                "correct": False,
                "explanation": {
                    "en": "Keeping the suspect away is necessary but not enough: no other staff or visitors may be present either.",
                    "ru": "Отсутствие подозреваемого необходимо, но недостаточно: не должно быть и других сотрудников или посетителей.",
                    "kk": "Күдіктінің болмауы қажет, бірақ жеткіліксіз: басқа қызметкерлер мен келушілер де болмауы керек.",
                },
            },
        ],
    },
    {
        "key": "reenact-interviewer-sex-choice",
        "course": "ending-investigative-re-enactment",
        "kind": "single",
        "scoring": "all_or_nothing",
        "difficulty": 1,
        "case": "",
        "prompt": {
            "en": "When should the survivor be asked whether she would prefer to speak to a woman or a man?",
            "ru": "Когда следует спросить пострадавшую, с кем ей удобнее говорить — с женщиной или с мужчиной?",
            "kk": "Зардап шеккен әйелден кіммен — әйел адаммен немесе ер адаммен — сөйлескені ыңғайлы екенін қашан сұрау керек?",
        },
        "explanation": {
            "en": (
                "The clause “Trained interviewer” says to ask her early, in private, whether she prefers a female or "
                "a male interviewer, to assign a trained interviewer, and to respect her choice. If the choice cannot "
                "be met, explain why and offer the options available. This is a requirement of the protocol, not a "
                "courtesy."
            ),
            "ru": (
                "Пункт протокола о специально обученном сотруднике требует спросить её заранее и наедине, хочет ли "
                "она, чтобы допрос проводила женщина или мужчина, назначить обученного сотрудника и уважать её выбор. "
                "Если выполнить её просьбу невозможно, объясните причину и предложите имеющиеся варианты. Это "
                "требование протокола, а не проявление вежливости."
            ),
            "kk": (
                "Хаттаманың арнайы даярланған қызметкер туралы тармағы одан ерте және оңаша түрде жауапты әйел "
                "адамның немесе ер адамның алғанын қалайтынын сұрауды, даярланған қызметкерді тағайындауды және оның "
                "таңдауын құрметтеуді талап етеді. Егер оның өтінішін орындау мүмкін болмаса, себебін түсіндіріп, бар "
                "нұсқаларды ұсыныңыз. Бұл — сыпайылық емес, хаттаманың талабы."
            ),
        },
        "clauses": [["interviewing-adult-survivor-sexual-violence", "trained-interviewer"]],
        "options": [
            {
                "text": {
                    "en": "Only if she raises the question herself.",
                    "ru": "Только если она сама поднимет этот вопрос.",
                    "kk": "Тек ол бұл мәселені өзі көтерсе ғана.",
                },
                "correct": False,
                "explanation": {
                    "en": "Many survivors will not ask. Do not assume she has no preference because she did not raise it.",
                    "ru": "Многие пострадавшие сами не попросят. Не считайте, что у неё нет предпочтений, только потому, что она о них не сказала.",
                    "kk": "Көптеген зардап шеккендер өздері сұрамайды. Ол айтпады екен деп, оның қалауы жоқ деп есептемеңіз.",
                },
            },
            {
                "text": {
                    "en": "After the interview, as part of her feedback.",
                    "ru": "После допроса, в рамках обратной связи.",
                    "kk": "Жауап алғаннан кейін, кері байланыс ретінде.",
                },
                "correct": False,
                "explanation": {
                    "en": "By then it is too late: her preference must shape who conducts the interview.",
                    "ru": "Тогда уже поздно: от её предпочтения зависит, кто будет проводить допрос.",
                    "kk": "Ол кезде тым кеш болады: жауапты кім алатыны оның қалауына байланысты.",
                },
            },
            {
                "text": {
                    "en": "Early, in private, before the interview begins.",
                    "ru": "Заранее, наедине, до начала допроса.",
                    "kk": "Ерте, оңаша түрде, жауап алу басталғанға дейін.",
                },
                "correct": True,
                "explanation": {
                    "en": "Correct: asking early allows a trained interviewer of her choice to be arranged.",
                    "ru": "Верно: если спросить заранее, можно назначить обученного сотрудника по её выбору.",
                    "kk": "Дұрыс: ерте сұраса, оның таңдауы бойынша даярланған қызметкерді тағайындауға болады.",
                },
            },
            {
                "text": {
                    "en": "Never: the officer on duty conducts the interview.",
                    "ru": "Никогда: допрос проводит дежурный сотрудник.",
                    "kk": "Ешқашан: жауапты кезекші қызметкер алады.",
                },
                "correct": False,
                "explanation": {
                    "en": "The protocol forbids handing the interview to whoever is on duty without the right training.",
                    "ru": "Протокол запрещает поручать допрос любому дежурному сотруднику без необходимой подготовки.",
                    "kk": "Хаттама жауап алуды тиісті даярлығы жоқ кез келген кезекші қызметкерге тапсыруға тыйым салады.",
                },
            },
        ],
    },
    {
        "key": "reenact-who-must-not-interpret",
        "course": "ending-investigative-re-enactment",
        "kind": "multiple",
        "scoring": "partial",
        "difficulty": 2,
        "case": "",
        "prompt": {
            "en": "The survivor is not fluent in the language of the proceedings. Who must never act as her interpreter? Select all that apply.",
            "ru": "Пострадавшая недостаточно свободно владеет языком судопроизводства. Кого никогда нельзя привлекать в качестве её переводчика? Выберите все подходящие варианты.",
            "kk": "Зардап шеккен әйел іс жүргізу тілін жеткілікті еркін меңгермеген. Кімді ешқашан оның аудармашысы ретінде тартуға болмайды? Барлық сәйкес нұсқаларды таңдаңыз.",
        },
        "explanation": {
            "en": (
                "The clause “Interpreter and accessibility” requires a qualified interpreter and forbids using the "
                "suspect, his relatives or a child. With them present she may not dare to speak freely, her words may "
                "be changed and she may be pressured afterwards. The interpreter must be qualified, impartial and "
                "bound by confidentiality, and, where possible and if she prefers, a woman. The brief identifies "
                "language barriers as a particular obstacle for migrant and ethnic-minority women."
            ),
            "ru": (
                "Пункт протокола о переводчике и доступности требует участия квалифицированного переводчика и "
                "запрещает привлекать подозреваемого, его родственников или ребёнка. При них она может не решиться "
                "говорить свободно, её слова могут исказить, а потом на неё могут оказать давление. Переводчик должен "
                "быть квалифицированным, беспристрастным и обязанным соблюдать конфиденциальность, а по возможности и "
                "по её желанию — женщиной. В докладе языковой барьер назван особым препятствием для женщин-мигранток "
                "и женщин из этнических меньшинств."
            ),
            "kk": (
                "Хаттаманың аудармашы және қолжетімділік туралы тармағы білікті аудармашының қатысуын талап етеді "
                "және күдіктіні, оның туыстарын немесе баланы тартуға тыйым салады. Олардың көзінше ол еркін сөйлеуге "
                "батылы жетпеуі мүмкін, оның сөздері бұрмалануы, ал кейін оған қысым көрсетілуі мүмкін. Аудармашы "
                "білікті, бейтарап және құпиялылықты сақтауға міндетті, ал мүмкіндігінше және оның қалауы бойынша "
                "әйел адам болуы керек. Баяндамада тіл кедергісі мигрант әйелдер мен этникалық азшылық әйелдері үшін "
                "ерекше кедергі ретінде аталған."
            ),
        },
        "clauses": [["interviewing-adult-survivor-sexual-violence", "interpreter-accessibility"]],
        "options": [
            {
                "text": {
                    "en": "A qualified, impartial interpreter bound by confidentiality, a woman if she prefers.",
                    "ru": "Квалифицированного беспристрастного переводчика, обязанного соблюдать конфиденциальность, — женщину, если она того пожелает.",
                    "kk": "Құпиялылықты сақтауға міндетті білікті, бейтарап аудармашыны — егер ол қаласа, әйел адамды.",
                },
                "correct": False,
                "explanation": {
                    "en": "This is exactly the interpreter the protocol asks for.",
                    "ru": "Именно такого переводчика требует протокол.",
                    "kk": "Хаттама дәл осындай аудармашыны талап етеді.",
                },
            },
            {
                "text": {"en": "The suspect.", "ru": "Подозреваемого.", "kk": "Күдіктіні."},
                "correct": True,
                "explanation": {
                    "en": "Never: the suspect has an interest in what she says and can intimidate her.",
                    "ru": "Никогда: подозреваемый заинтересован в её показаниях и может её запугать.",
                    "kk": "Ешқашан: күдікті оның айтатынына мүдделі және оны қорқытуы мүмкін.",
                },
            },
            {
                "text": {
                    "en": "The suspect's sister, who has offered to help.",
                    "ru": "Сестру подозреваемого, которая предложила помочь.",
                    "kk": "Көмектесуге ұсыныс білдірген күдіктінің әпкесін.",
                },
                "correct": True,
                "explanation": {
                    "en": "Never: the protocol forbids using the suspect's relatives as interpreters.",
                    "ru": "Никогда: протокол запрещает привлекать родственников подозреваемого в качестве переводчиков.",
                    "kk": "Ешқашан: хаттама күдіктінің туыстарын аудармашы ретінде тартуға тыйым салады.",
                },
            },
            {
                "text": {
                    "en": "The survivor's twelve-year-old son.",
                    "ru": "Двенадцатилетнего сына пострадавшей.",
                    "kk": "Зардап шеккен әйелдің он екі жасар ұлын.",
                },
                "correct": True,
                "explanation": {
                    "en": "Never: a child must not be used as an interpreter.",
                    "ru": "Никогда: ребёнка нельзя привлекать в качестве переводчика.",
                    "kk": "Ешқашан: баланы аудармашы ретінде тартуға болмайды.",
                },
            },
        ],
    },
    {
        "key": "reenact-disability-accommodations",
        "course": "ending-investigative-re-enactment",
        "kind": "multiple",
        "scoring": "partial",
        "difficulty": 2,
        "case": (
            "A deaf woman who communicates in sign language comes to the police to report sexual violence. "
            "A friend she trusts has come with her."
        ),
        "case_i18n": {
            "en": (
                "A deaf woman who communicates in sign language comes to the police to report sexual violence. "
                "A friend she trusts has come with her."
            ),
            "ru": (
                "Глухая женщина, которая общается на языке жестов, обращается в полицию с заявлением о "
                "сексуальном насилии. С ней пришла подруга, которой она доверяет."
            ),
            "kk": (
                "Ымдау тілінде қарым-қатынас жасайтын есту қабілеті жоқ әйел жыныстық зорлық-зомбылық туралы "
                "хабарлау үшін полицияға келді. Онымен бірге өзі сенетін құрбысы келген."
            ),
        },
        "prompt": {
            "en": "Which steps follow the protocol? Select all that apply.",
            "ru": "Какие действия соответствуют протоколу? Выберите все подходящие варианты.",
            "kk": "Қандай әрекеттер хаттамаға сәйкес келеді? Барлық сәйкес нұсқаларды таңдаңыз.",
        },
        "explanation": {
            "en": (
                "The clause “Interpreter and accessibility” requires the procedural accommodations she needs to take "
                "part on an equal basis with others: an accessible room, a sign language interpreter, "
                "easy-to-understand explanations, extra time, or the help of a person she trusts. Ask her what she "
                "needs rather than deciding for her. A disability is never a reason to doubt her account. The brief "
                "records that women with disabilities meet a lack of procedural accommodation."
            ),
            "ru": (
                "Пункт протокола о переводчике и доступности требует обеспечить процессуальные приспособления, "
                "необходимые ей для участия наравне с другими: доступное помещение, сурдопереводчика, понятные "
                "объяснения, дополнительное время или помощь человека, которому она доверяет. Спросите её, что ей "
                "нужно, а не решайте за неё. Инвалидность никогда не является основанием сомневаться в её показаниях. "
                "В докладе отмечается, что женщины с инвалидностью сталкиваются с отсутствием процессуальных "
                "приспособлений."
            ),
            "kk": (
                "Хаттаманың аудармашы және қолжетімділік туралы тармағы оның басқалармен тең негізде қатысуы үшін "
                "қажетті іс жүргізу бейімдеулерін қамтамасыз етуді талап етеді: қолжетімді бөлме, ымдау тілінің "
                "аудармашысы, түсінікті түсіндірмелер, қосымша уақыт немесе өзі сенетін адамның көмегі. Оған не "
                "қажет екенін өзінен сұраңыз, ол үшін шешім қабылдамаңыз. Мүгедектік ешқашан оның айтқандарына күмән "
                "келтіруге негіз болмайды. Баяндамада мүгедектігі бар әйелдердің іс жүргізу бейімдеулерінің "
                "болмауына тап болатыны атап өтілген."
            ),
        },
        "clauses": [["interviewing-adult-survivor-sexual-violence", "interpreter-accessibility"]],
        "options": [
            {
                "text": {
                    "en": "Let her friend give the account on her behalf, to save time.",
                    "ru": "Чтобы сэкономить время, позволить подруге рассказать обо всём вместо неё.",
                    "kk": "Уақытты үнемдеу үшін құрбысына оның орнына бәрін айтып беруге рұқсат ету.",
                },
                "correct": False,
                "explanation": {
                    "en": "A support person helps her; she gives her own account, through a qualified interpreter.",
                    "ru": "Человек поддержки помогает ей, но показания она даёт сама — через квалифицированного переводчика.",
                    "kk": "Қолдау көрсетуші адам оған көмектеседі, ал жауапты білікті аудармашы арқылы өзі береді.",
                },
            },
            {
                "text": {
                    "en": "Treat her account with extra caution because of her disability.",
                    "ru": "Относиться к её показаниям с особой осторожностью из-за её инвалидности.",
                    "kk": "Мүгедектігіне байланысты оның айтқандарына ерекше сақтықпен қарау.",
                },
                "correct": False,
                "explanation": {
                    "en": "A disability is never a reason to doubt her account.",
                    "ru": "Инвалидность никогда не является основанием сомневаться в её показаниях.",
                    "kk": "Мүгедектік ешқашан оның айтқандарына күмән келтіруге негіз болмайды.",
                },
            },
            {
                "text": {
                    "en": "Arrange a qualified sign language interpreter.",
                    "ru": "Обеспечить участие квалифицированного сурдопереводчика.",
                    "kk": "Білікті ымдау тілінің аудармашысының қатысуын қамтамасыз ету.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: this lets her give her statement herself, in her own language.",
                    "ru": "Да: так она сможет дать показания сама, на своём языке.",
                    "kk": "Иә: осылайша ол жауапты өз тілінде өзі бере алады.",
                },
            },
            {
                "text": {
                    "en": "Ask her what she needs in order to take part, and provide it.",
                    "ru": "Спросить её, что ей нужно для участия, и обеспечить это.",
                    "kk": "Қатысуы үшін оған не қажет екенін өзінен сұрап, соны қамтамасыз ету.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: the protocol says to ask her rather than decide for her.",
                    "ru": "Да: протокол требует спросить её, а не решать за неё.",
                    "kk": "Иә: хаттама ол үшін шешім қабылдамай, өзінен сұрауды талап етеді.",
                },
            },
            {
                "text": {
                    "en": "Plan extra time and allow the friend she trusts to support her, if she wishes.",
                    "ru": "Запланировать дополнительное время и, если она хочет, позволить подруге, которой она доверяет, поддерживать её.",
                    "kk": "Қосымша уақыт жоспарлау және, егер ол қаласа, өзі сенетін құрбысына оны қолдауға мүмкіндік беру.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: extra time and the help of a person she trusts are accommodations named in the protocol.",
                    "ru": "Да: дополнительное время и помощь человека, которому она доверяет, прямо названы в протоколе.",
                    "kk": "Иә: қосымша уақыт пен өзі сенетін адамның көмегі хаттамада тікелей аталған.",
                },
            },
        ],
    },
    {
        "key": "reenact-no-injuries-not-consent",
        "course": "ending-investigative-re-enactment",
        "kind": "true_false",
        "scoring": "all_or_nothing",
        "difficulty": 1,
        "case": "",
        "prompt": {
            "en": "True or false: if the survivor has no visible injuries and did not physically resist, this shows that she agreed.",
            "ru": "Верно или неверно: если у пострадавшей нет видимых телесных повреждений и она физически не сопротивлялась, это означает, что она была согласна.",
            "kk": "Дұрыс па, бұрыс па: егер зардап шеккен әйелде көзге көрінетін дене жарақаттары болмаса және ол физикалық қарсылық көрсетпесе, бұл оның келісім бергенін білдіреді.",
        },
        "explanation": {
            "en": (
                "False. The clause “No victim-blaming” states that the absence of visible injuries or of physical "
                "resistance does not mean that she agreed: many survivors do not resist out of fear. The brief "
                "reports that reliance on physical injuries disadvantages victims who did not resist because they "
                "were afraid. Record any fear, threats or pressure she describes."
            ),
            "ru": (
                "Неверно. Пункт протокола о недопустимости обвинения пострадавшей гласит: отсутствие видимых "
                "повреждений или физического сопротивления не означает согласия — многие пострадавшие не "
                "сопротивляются из-за страха. В докладе отмечается, что опора на телесные повреждения ставит в "
                "невыгодное положение тех, кто не сопротивлялся от страха. Фиксируйте страх, угрозы или давление, о "
                "которых она рассказывает."
            ),
            "kk": (
                "Бұрыс. Хаттаманың зардап шеккен әйелді кінәлауға жол бермеу туралы тармағында көзге көрінетін "
                "жарақаттардың немесе физикалық қарсылықтың болмауы оның келісім бергенін білдірмейтіні айтылған: "
                "зардап шеккендердің көбі қорыққандықтан қарсылық көрсетпейді. Баяндамада дене жарақаттарына сүйену "
                "қорыққандықтан қарсылық көрсетпегендерді қолайсыз жағдайға қоятыны атап өтілген. Ол айтқан қорқынышты, "
                "қорқытуларды немесе қысымды тіркеңіз."
            ),
        },
        "clauses": [["interviewing-adult-survivor-sexual-violence", "no-victim-blaming"]],
        "options": [
            {
                "text": {"en": "True", "ru": "Верно", "kk": "Дұрыс"},
                "correct": False,
                "explanation": {
                    "en": "Many survivors freeze or submit out of fear; this is not consent.",
                    "ru": "Многие пострадавшие цепенеют или подчиняются от страха; это не согласие.",
                    "kk": "Көптеген зардап шеккендер қорыққаннан сіресіп қалады немесе бағынады; бұл келісім емес.",
                },
            },
            {
                "text": {"en": "False", "ru": "Неверно", "kk": "Бұрыс"},
                "correct": True,
                "explanation": {
                    "en": "Correct: neither the absence of injuries nor of resistance shows consent.",
                    "ru": "Верно: ни отсутствие повреждений, ни отсутствие сопротивления не доказывают согласия.",
                    "kk": "Дұрыс: жарақаттардың да, қарсылықтың да болмауы келісімді дәлелдемейді.",
                },
            },
        ],
    },
    {
        "key": "reenact-neutral-question",
        "course": "ending-investigative-re-enactment",
        "kind": "single",
        "scoring": "all_or_nothing",
        "difficulty": 1,
        "case": "",
        "prompt": {
            "en": "Which of these questions to a survivor is consistent with the protocol?",
            "ru": "Какой из этих вопросов пострадавшей соответствует протоколу?",
            "kk": "Зардап шеккен әйелге қойылатын мына сұрақтардың қайсысы хаттамаға сәйкес келеді?",
        },
        "explanation": {
            "en": (
                "The clause “No victim-blaming” says to ask about what happened, not about the survivor's character. "
                "Neutral, open questions such as “What happened next?” let her continue her account. Questions about "
                "her clothing, way of life, past relationships or why she did not resist suggest she is to blame and "
                "signal disbelief."
            ),
            "ru": (
                "Пункт протокола о недопустимости обвинения пострадавшей требует спрашивать о том, что произошло, а "
                "не о её личности. Нейтральные открытые вопросы, например «Что было дальше?», позволяют ей продолжить "
                "рассказ. Вопросы об одежде, образе жизни, прошлых отношениях или о том, почему она не сопротивлялась, "
                "подразумевают её вину и выражают недоверие."
            ),
            "kk": (
                "Хаттаманың зардап шеккен әйелді кінәлауға жол бермеу туралы тармағы оның жеке басы туралы емес, "
                "болған оқиға туралы сұрауды талап етеді. «Одан кейін не болды?» сияқты бейтарап, ашық сұрақтар оған "
                "әңгімесін жалғастыруға мүмкіндік береді. Оның киімі, өмір салты, бұрынғы қарым-қатынастары немесе "
                "неге қарсылық көрсетпегені туралы сұрақтар оны кінәлі деп меңзейді және сенбеушілікті білдіреді."
            ),
        },
        "clauses": [["interviewing-adult-survivor-sexual-violence", "no-victim-blaming"]],
        "options": [
            {
                "text": {
                    "en": "“Why didn't you scream or fight back?”",
                    "ru": "«Почему вы не кричали и не сопротивлялись?»",
                    "kk": "«Неге айқайламадыңыз және қарсыласпадыңыз?»",
                },
                "correct": False,
                "explanation": {
                    "en": "The protocol says not to ask this: it implies blame, and many survivors freeze out of fear.",
                    "ru": "Протокол запрещает такой вопрос: он подразумевает вину, а многие пострадавшие цепенеют от страха.",
                    "kk": "Хаттама бұл сұраққа тыйым салады: ол кінәні меңзейді, ал көптеген зардап шеккендер қорыққаннан сіресіп қалады.",
                },
            },
            {
                "text": {
                    "en": "“What happened next?”",
                    "ru": "«Что было дальше?»",
                    "kk": "«Одан кейін не болды?»",
                },
                "correct": True,
                "explanation": {
                    "en": "Correct: a neutral, open question about what happened.",
                    "ru": "Верно: нейтральный открытый вопрос о произошедшем.",
                    "kk": "Дұрыс: болған оқиға туралы бейтарап, ашық сұрақ.",
                },
            },
            {
                "text": {
                    "en": "“What were you wearing that evening?”",
                    "ru": "«Во что вы были одеты в тот вечер?»",
                    "kk": "«Сол кеші не киіп жүрдіңіз?»",
                },
                "correct": False,
                "explanation": {
                    "en": "Her clothing says nothing about consent and suggests she provoked the violence.",
                    "ru": "Одежда ничего не говорит о согласии, а вопрос намекает, что она спровоцировала насилие.",
                    "kk": "Киім келісім туралы ештеңе айтпайды, ал сұрақ оны зорлық-зомбылыққа өзі түрткі болды деп меңзейді.",
                },
            },
            {
                "text": {
                    "en": "“How many relationships have you had before?”",
                    "ru": "«Сколько у вас было отношений раньше?»",
                    "kk": "«Бұған дейін қанша рет қарым-қатынаста болдыңыз?»",
                },
                "correct": False,
                "explanation": {
                    "en": "Her past relationships are not what the case is about; the question shifts blame onto her.",
                    "ru": "Её прошлые отношения не относятся к делу; вопрос перекладывает вину на неё.",
                    "kk": "Оның бұрынғы қарым-қатынастары іске қатысы жоқ; сұрақ кінәні оған аударады.",
                },
            },
        ],
    },
    {
        "key": "reenact-order-explain-rights",
        "course": "ending-investigative-re-enactment",
        "kind": "ordering",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": "",
        "prompt": {
            "en": "Put the steps for opening the interview, before any questions about what happened, in the order the protocol sets out.",
            "ru": "Расположите шаги начала допроса — до вопросов о произошедшем — в порядке, установленном протоколом.",
            "kk": "Болған оқиға туралы сұрақтарға дейінгі жауап алудың бастапқы қадамдарын хаттамада белгіленген ретпен орналастырыңыз.",
        },
        "explanation": {
            "en": (
                "The clause “Explain the process and her rights” says that before asking any questions you explain, "
                "in plain words, what will happen and what her rights are, check that she has understood, and answer "
                "her questions. Knowing what to expect gives her back a measure of control and makes an accurate "
                "account more likely."
            ),
            "ru": (
                "Пункт протокола о разъяснении процедуры и прав требует до любых вопросов простыми словами объяснить, "
                "что будет происходить и какие у неё права, убедиться, что она всё поняла, и ответить на её вопросы. "
                "Понимание того, что её ждёт, возвращает ей часть контроля над ситуацией и повышает вероятность точных "
                "показаний."
            ),
            "kk": (
                "Хаттаманың рәсімді және құқықтарды түсіндіру туралы тармағы кез келген сұрақ қоймас бұрын не "
                "болатынын және оның қандай құқықтары бар екенін қарапайым сөзбен түсіндіруді, оның түсінгеніне көз "
                "жеткізуді және сұрақтарына жауап беруді талап етеді. Не күтіп тұрғанын білу оған жағдайды ішінара "
                "басқаруға мүмкіндік береді және дәл жауап беру ықтималдығын арттырады."
            ),
        },
        "clauses": [["interviewing-adult-survivor-sexual-violence", "explain-process-rights"]],
        "options": [
            {
                "text": {
                    "en": "Introduce yourself and explain your role.",
                    "ru": "Представьтесь и объясните свою роль.",
                    "kk": "Өзіңізді таныстырып, өз рөліңізді түсіндіріңіз.",
                },
                "correct": True,
                "explanation": {
                    "en": "First: she needs to know who she is speaking to.",
                    "ru": "Первый шаг: ей нужно знать, с кем она говорит.",
                    "kk": "Бірінші қадам: ол кіммен сөйлесіп отырғанын білуі керек.",
                },
            },
            {
                "text": {
                    "en": "Explain the purpose of the interview, how long it may take and how her statement will be recorded.",
                    "ru": "Объясните цель допроса, сколько он может продлиться и как будут записаны её показания.",
                    "kk": "Жауап алудың мақсатын, оның қанша уақытқа созылуы мүмкін екенін және жауабының қалай жазылатынын түсіндіріңіз.",
                },
                "correct": True,
                "explanation": {
                    "en": "Second: she learns what will happen.",
                    "ru": "Второй шаг: она узнаёт, что будет происходить.",
                    "kk": "Екінші қадам: ол не болатынын біледі.",
                },
            },
            {
                "text": {
                    "en": "Explain her rights, including a representative, an interpreter, and reading and correcting the record before signing.",
                    "ru": "Разъясните её права, в том числе право на представителя, на переводчика, а также право прочитать протокол и исправить его до подписания.",
                    "kk": "Оның құқықтарын, оның ішінде өкіл мен аудармашыға құқығын, хаттаманы қол қоймас бұрын оқып, түзету құқығын түсіндіріңіз.",
                },
                "correct": True,
                "explanation": {
                    "en": "Third: her rights as a victim.",
                    "ru": "Третий шаг: её права как потерпевшей.",
                    "kk": "Үшінші қадам: оның жәбірленуші ретіндегі құқықтары.",
                },
            },
            {
                "text": {
                    "en": "Tell her about support services: hotlines, free legal aid, crisis centres and psychological help.",
                    "ru": "Расскажите о службах поддержки: телефонах доверия, бесплатной юридической помощи, кризисных центрах и психологической помощи.",
                    "kk": "Қолдау қызметтері туралы айтыңыз: сенім телефондары, тегін заң көмегі, дағдарыс орталықтары және психологиялық көмек.",
                },
                "correct": True,
                "explanation": {
                    "en": "Fourth: where she can find help.",
                    "ru": "Четвёртый шаг: где она может получить помощь.",
                    "kk": "Төртінші қадам: көмекті қайдан алуға болатыны.",
                },
            },
            {
                "text": {
                    "en": "Ask whether she has any questions or particular needs before you begin.",
                    "ru": "Спросите, есть ли у неё вопросы или особые потребности, прежде чем начать.",
                    "kk": "Бастамас бұрын оның сұрақтары немесе ерекше қажеттіліктері бар-жоғын сұраңыз.",
                },
                "correct": True,
                "explanation": {
                    "en": "Last, before the first question about what happened.",
                    "ru": "Последний шаг перед первым вопросом о произошедшем.",
                    "kk": "Болған оқиға туралы алғашқы сұрақ алдындағы соңғы қадам.",
                },
            },
        ],
    },
    {
        "key": "reenact-order-single-interview",
        "course": "ending-investigative-re-enactment",
        "kind": "ordering",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": "",
        "prompt": {
            "en": "Put the steps of a single interview in the order the protocol sets out.",
            "ru": "Расположите этапы единственного допроса в порядке, установленном протоколом.",
            "kk": "Бір реттік жауап алудың кезеңдерін хаттамада белгіленген ретпен орналастырыңыз.",
        },
        "explanation": {
            "en": (
                "The clause “Single interview” asks you to plan the interview so that she gives her account once. "
                "Preparing the questions with the investigation team is what spares her from being called back. She "
                "speaks first in her own words, then open questions clarify what the investigation needs, and your "
                "summary lets her correct any misunderstanding."
            ),
            "ru": (
                "Пункт протокола о единственном допросе требует планировать допрос так, чтобы она рассказала о "
                "произошедшем один раз. Подготовка вопросов вместе со следственной группой избавляет её от повторных "
                "вызовов. Сначала она рассказывает своими словами, затем открытые вопросы уточняют то, что нужно для "
                "расследования, а ваше резюме позволяет ей исправить неточности."
            ),
            "kk": (
                "Хаттаманың бір реттік жауап алу туралы тармағы ол болған оқиға туралы бір рет айтып беретіндей етіп "
                "жоспарлауды талап етеді. Сұрақтарды тергеу тобымен бірге дайындау оны қайта шақырудан құтқарады. "
                "Алдымен ол өз сөзімен айтады, содан кейін ашық сұрақтар тергеуге қажетті мәліметтерді нақтылайды, ал "
                "сіздің қысқаша қорытындыңыз оған дәлсіздіктерді түзетуге мүмкіндік береді."
            ),
        },
        "clauses": [["interviewing-adult-survivor-sexual-violence", "single-interview"]],
        "options": [
            {
                "text": {
                    "en": "Agree the questions with the investigation team before the interview.",
                    "ru": "До допроса согласуйте вопросы со следственной группой.",
                    "kk": "Жауап алуға дейін сұрақтарды тергеу тобымен келісіп алыңыз.",
                },
                "correct": True,
                "explanation": {
                    "en": "First: preparation makes a single interview possible.",
                    "ru": "Первый шаг: подготовка делает возможным единственный допрос.",
                    "kk": "Бірінші қадам: дайындық бір реттік жауап алуды мүмкін етеді.",
                },
            },
            {
                "text": {
                    "en": "Invite her to describe what happened in her own words, without interrupting.",
                    "ru": "Предложите ей рассказать о произошедшем своими словами и не перебивайте.",
                    "kk": "Оған болған оқиғаны өз сөзімен айтып беруді ұсыныңыз және сөзін бөлмеңіз.",
                },
                "correct": True,
                "explanation": {
                    "en": "Second: her free account, at her own pace.",
                    "ru": "Второй шаг: её свободный рассказ в своём темпе.",
                    "kk": "Екінші қадам: оның өз қарқынымен еркін айтып беруі.",
                },
            },
            {
                "text": {
                    "en": "Ask open questions to clarify what the investigation needs.",
                    "ru": "Задайте открытые вопросы, чтобы уточнить то, что необходимо для расследования.",
                    "kk": "Тергеуге қажетті мәліметтерді нақтылау үшін ашық сұрақтар қойыңыз.",
                },
                "correct": True,
                "explanation": {
                    "en": "Third: clarification comes after her own account.",
                    "ru": "Третий шаг: уточнения — после её собственного рассказа.",
                    "kk": "Үшінші қадам: нақтылау оның өз әңгімесінен кейін жүргізіледі.",
                },
            },
            {
                "text": {
                    "en": "Summarise what you have understood and let her correct it.",
                    "ru": "Кратко изложите, как вы её поняли, и дайте ей возможность вас поправить.",
                    "kk": "Оны қалай түсінгеніңізді қысқаша айтып, түзетуге мүмкіндік беріңіз.",
                },
                "correct": True,
                "explanation": {
                    "en": "Fourth: she checks that you understood her correctly.",
                    "ru": "Четвёртый шаг: она проверяет, правильно ли вы её поняли.",
                    "kk": "Төртінші қадам: ол сіздің өзін дұрыс түсінгеніңізді тексереді.",
                },
            },
            {
                "text": {
                    "en": "Explain what will happen next and how she can contact you.",
                    "ru": "Объясните, что будет дальше и как она может с вами связаться.",
                    "kk": "Бұдан әрі не болатынын және сізбен қалай байланыса алатынын түсіндіріңіз.",
                },
                "correct": True,
                "explanation": {
                    "en": "Last: she leaves knowing what comes next.",
                    "ru": "Последний шаг: она уходит, зная, что будет дальше.",
                    "kk": "Соңғы қадам: ол бұдан әрі не болатынын біліп кетеді.",
                },
            },
        ],
    },
    {
        "key": "reenact-account-given-once",
        "course": "ending-investigative-re-enactment",
        "kind": "true_false",
        "scoring": "all_or_nothing",
        "difficulty": 1,
        "case": "",
        "prompt": {
            "en": (
                "True or false: the interview is planned, with questions prepared in advance with the investigation "
                "team, so that the survivor gives her account once and is not called back to tell the same story again."
            ),
            "ru": (
                "Верно или неверно: допрос планируется, а вопросы заранее готовятся вместе со следственной группой, "
                "чтобы пострадавшая рассказала о произошедшем один раз и её не вызывали повторно для того же рассказа."
            ),
            "kk": (
                "Дұрыс па, бұрыс па: зардап шеккен әйел болған оқиға туралы бір рет айтып беруі және оны сол оқиғаны "
                "қайта айтып беру үшін қайта шақырмау мақсатында жауап алу жоспарланады, ал сұрақтар тергеу тобымен "
                "бірге алдын ала дайындалады."
            ),
        },
        "explanation": {
            "en": (
                "True. The clause “Single interview” requires exactly this. Each time a survivor is made to repeat "
                "her account she lives through it again: repeated questioning re-traumatises her, and she may not "
                "come back."
            ),
            "ru": (
                "Верно. Именно этого требует пункт протокола о единственном допросе. Каждый раз, когда пострадавшую "
                "заставляют повторять рассказ, она переживает всё заново: повторные расспросы травмируют её, и она "
                "может больше не прийти."
            ),
            "kk": (
                "Дұрыс. Хаттаманың бір реттік жауап алу туралы тармағы дәл осыны талап етеді. Зардап шеккен әйелді "
                "әңгімесін қайталауға мәжбүрлеген сайын ол бәрін қайта бастан кешеді: қайталап сұрау оны қайта "
                "жарақаттайды және ол енді келмеуі мүмкін."
            ),
        },
        "clauses": [["interviewing-adult-survivor-sexual-violence", "single-interview"]],
        "options": [
            {
                "text": {"en": "True", "ru": "Верно", "kk": "Дұрыс"},
                "correct": True,
                "explanation": {
                    "en": "Correct: one well-prepared interview, not repeated questioning.",
                    "ru": "Верно: один хорошо подготовленный допрос, а не повторные расспросы.",
                    "kk": "Дұрыс: қайталап сұрау емес, жақсы дайындалған бір реттік жауап алу.",
                },
            },
            {
                "text": {"en": "False", "ru": "Неверно", "kk": "Бұрыс"},
                "correct": False,
                "explanation": {
                    "en": "Repeating her account to “check consistency” re-traumatises her; the protocol asks for a single interview.",
                    "ru": "Повторение рассказа «для проверки последовательности» травмирует её; протокол требует единственного допроса.",
                    "kk": "Әңгімені «дәйектілігін тексеру үшін» қайталату оны жарақаттайды; хаттама бір реттік жауап алуды талап етеді.",
                },
            },
        ],
    },
    {
        "key": "reenact-record-statement",
        "course": "ending-investigative-re-enactment",
        "kind": "multiple",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": "",
        "prompt": {
            "en": "What does the protocol require when you record the survivor's statement? Select all that apply.",
            "ru": "Чего требует протокол при записи показаний пострадавшей? Выберите все подходящие варианты.",
            "kk": "Зардап шеккен әйелдің жауабын жазу кезінде хаттама нені талап етеді? Барлық сәйкес нұсқаларды таңдаңыз.",
        },
        "explanation": {
            "en": (
                "The clause “Record the statement” requires an accurate record in her own words, including what she "
                "said about fear, threats, force and her physical or mental state, read back to her and corrected as "
                "she asks before she signs. Because the Criminal Code defines rape by violence, the threat of "
                "violence or the victim's helpless condition, these details are often decisive for the case."
            ),
            "ru": (
                "Пункт протокола о записи показаний требует точной записи её собственными словами, включая сказанное "
                "о страхе, угрозах, применённой силе и её физическом или психическом состоянии; протокол читается ей, "
                "и до подписания вносятся исправления, о которых она просит. Поскольку Уголовный кодекс определяет "
                "изнасилование через насилие, угрозу насилия или беспомощное состояние потерпевшей, эти подробности "
                "часто имеют решающее значение для дела."
            ),
            "kk": (
                "Хаттаманың жауапты жазу туралы тармағы оның өз сөзімен, қорқыныш, қорқыту, күш қолдану және өзінің "
                "дене немесе психикалық жай-күйі туралы айтқандарын қоса алғанда дәл жазуды, хаттаманы оған оқып "
                "беруді және ол қол қоймас бұрын сұраған түзетулерін енгізуді талап етеді. Қылмыстық кодекс зорлауды "
                "күш қолдану, күш қолдану қаупі немесе жәбірленушінің дәрменсіз күйі арқылы анықтайтындықтан, бұл "
                "мәліметтердің іс үшін көбіне шешуші маңызы бар."
            ),
        },
        "clauses": [["interviewing-adult-survivor-sexual-violence", "record-statement"]],
        "options": [
            {
                "text": {
                    "en": "Record her account in her own words, not paraphrased into conclusions.",
                    "ru": "Записывать её рассказ её собственными словами, не подменяя их выводами.",
                    "kk": "Оның әңгімесін тұжырымдармен алмастырмай, өз сөзімен жазу.",
                },
                "correct": True,
                "explanation": {
                    "en": "Required: her words, not the interviewer's interpretation.",
                    "ru": "Обязательно: её слова, а не толкование следователя.",
                    "kk": "Міндетті: жауап алушының түсіндірмесі емес, оның өз сөздері.",
                },
            },
            {
                "text": {
                    "en": "Record what she says about fear, threats, pressure and her state at the time.",
                    "ru": "Фиксировать сказанное ею о страхе, угрозах, давлении и её состоянии в тот момент.",
                    "kk": "Оның қорқыныш, қорқыту, қысым және сол сәттегі өз жай-күйі туралы айтқандарын тіркеу.",
                },
                "correct": True,
                "explanation": {
                    "en": "Required: under the current definition of rape these circumstances are decisive.",
                    "ru": "Обязательно: при действующем определении изнасилования эти обстоятельства решающие.",
                    "kk": "Міндетті: зорлаудың қолданыстағы анықтамасы бойынша бұл мән-жайлар шешуші.",
                },
            },
            {
                "text": {
                    "en": "Read the record back to her, through the interpreter if one is used, and make her corrections before she signs.",
                    "ru": "Прочитать ей протокол — при необходимости через переводчика — и внести её исправления до подписания.",
                    "kk": "Хаттаманы оған — қажет болса, аудармашы арқылы — оқып беру және ол қол қоймас бұрын түзетулерін енгізу.",
                },
                "correct": True,
                "explanation": {
                    "en": "Required: she must be able to check and correct the record.",
                    "ru": "Обязательно: она должна иметь возможность проверить и исправить протокол.",
                    "kk": "Міндетті: ол хаттаманы тексеріп, түзете алуы керек.",
                },
            },
            {
                "text": {
                    "en": "Leave out details that do not fit the expected version of events.",
                    "ru": "Опускать подробности, которые не укладываются в ожидаемую версию событий.",
                    "kk": "Оқиғалардың күтілген нұсқасына сай келмейтін мәліметтерді түсіріп тастау.",
                },
                "correct": False,
                "explanation": {
                    "en": "Forbidden: the record must not be shortened, softened or made to fit a version.",
                    "ru": "Запрещено: нельзя сокращать, смягчать рассказ или подгонять его под версию.",
                    "kk": "Тыйым салынған: әңгімені қысқартуға, жұмсартуға немесе белгілі бір нұсқаға икемдеуге болмайды.",
                },
            },
        ],
    },
    {
        "key": "reenact-register-same-day",
        "course": "ending-investigative-re-enactment",
        "kind": "single",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": (
            "A woman comes to the police and reports that a colleague raped her after an office party. She is "
            "not sure whether she wants to file a complaint. The officer on duty says there is no point "
            "registering anything until she decides."
        ),
        "case_i18n": {
            "en": (
                "A woman comes to the police and reports that a colleague raped her after an office party. She is "
                "not sure whether she wants to file a complaint. The officer on duty says there is no point "
                "registering anything until she decides."
            ),
            "ru": (
                "Женщина обращается в полицию и сообщает, что коллега изнасиловал её после корпоративного "
                "мероприятия. Она не уверена, хочет ли подавать жалобу. Дежурный говорит, что нет смысла что-либо "
                "регистрировать, пока она не решит."
            ),
            "kk": (
                "Әйел полицияға келіп, әріптесі оны қызметтік кештен кейін зорлағанын хабарлайды. Ол шағым "
                "бергісі келетініне сенімді емес. Кезекші ол шешім қабылдағанша ештеңе тіркеудің мәні жоқ дейді."
            ),
        },
        "prompt": {
            "en": "What should happen?",
            "ru": "Как следует поступить?",
            "kk": "Қалай әрекет ету керек?",
        },
        "explanation": {
            "en": (
                "The protocol on registering and investigating sexual violence ex officio requires every report to be "
                "registered on the day it is made, and says not to wait to see whether the victim will “change her "
                "mind”. Where the law makes the case depend on her complaint (Code of Criminal Procedure art. 35(5) "
                "for Criminal Code art. 120(1)), explain this neutrally and, if she wishes, record her complaint in "
                "writing as part of the first report. The brief reports that delay has been used to discourage women "
                "and to let cases lapse."
            ),
            "ru": (
                "Протокол о регистрации и расследовании сексуального насилия ex officio требует регистрировать каждое "
                "сообщение в день обращения и не ждать, «передумает» ли пострадавшая. Если закон ставит дело в "
                "зависимость от её жалобы (статья 35(5) УПК для части первой статьи 120 УК), нейтрально объясните это "
                "и, если она желает, оформите жалобу письменно в рамках первого сообщения. В докладе отмечается, что "
                "промедление использовалось, чтобы отговорить женщин и дать делу заглохнуть."
            ),
            "kk": (
                "Жыныстық зорлық-зомбылықты ex officio тіркеу және тергеу хаттамасы әрбір хабарламаны жүгінген күні "
                "тіркеуді және жәбірленушінің «райынан қайтар-қайтпасын» күтпеуді талап етеді. Егер заң істі оның "
                "шағымына байланысты етсе (Қылмыстық кодекстің 120-бабының бірінші бөлігі үшін ҚПК-нің 35(5)-бабы), "
                "мұны бейтарап түсіндіріңіз және, егер ол қаласа, шағымын алғашқы хабарламаның бөлігі ретінде жазбаша "
                "ресімдеңіз. Баяндамада кешіктіру әйелдерді жүгінуден айныту және істі тоқтатып тастау үшін "
                "пайдаланылғаны айтылған."
            ),
        },
        "clauses": [
            ["registering-sexual-violence-ex-officio", "register-every-report"],
            ["registering-sexual-violence-ex-officio", "complaint-in-writing"],
        ],
        "options": [
            {
                "text": {
                    "en": "Note her visit informally and wait until she decides.",
                    "ru": "Неофициально отметить её визит и подождать, пока она решит.",
                    "kk": "Оның келгенін бейресми белгілеп, ол шешім қабылдағанша күту.",
                },
                "correct": False,
                "explanation": {
                    "en": "This is the practice the brief describes: evidence is lost and she learns she is not taken seriously.",
                    "ru": "Это именно та практика, которую описывает доклад: доказательства утрачиваются, а она понимает, что её не воспринимают всерьёз.",
                    "kk": "Бұл — баяндамада сипатталған тәжірибе: дәлелдемелер жоғалады, ал ол өзіне байыппен қарамайтынын түсінеді.",
                },
            },
            {
                "text": {
                    "en": "Register it only if she has visible injuries.",
                    "ru": "Регистрировать, только если у неё есть видимые телесные повреждения.",
                    "kk": "Тек оның көзге көрінетін дене жарақаттары болса ғана тіркеу.",
                },
                "correct": False,
                "explanation": {
                    "en": "Every report is registered, whoever makes it and however it is made; many survivors have no visible injuries.",
                    "ru": "Регистрируется каждое сообщение, кто бы и как бы его ни сделал; у многих пострадавших нет видимых повреждений.",
                    "kk": "Кім және қалай жасағанына қарамастан әрбір хабарлама тіркеледі; көптеген зардап шеккендерде көрінетін жарақаттар болмайды.",
                },
            },
            {
                "text": {
                    "en": (
                        "Register the report the same day and tell her so; explain neutrally what a complaint means "
                        "under current law, and record it in writing if she wishes to make one."
                    ),
                    "ru": (
                        "Зарегистрировать сообщение в тот же день и сообщить ей об этом; нейтрально объяснить, что "
                        "означает жалоба по действующему закону, и оформить её письменно, если она пожелает её подать."
                    ),
                    "kk": (
                        "Хабарламаны сол күні тіркеп, бұл туралы оған айту; қолданыстағы заң бойынша шағымның нені "
                        "білдіретінін бейтарап түсіндіру және, егер ол шағым бергісі келсе, оны жазбаша ресімдеу."
                    ),
                },
                "correct": True,
                "explanation": {
                    "en": "Correct: the report is protected from the start, and the choice about the complaint stays hers.",
                    "ru": "Верно: сообщение защищено с самого начала, а решение о жалобе остаётся за ней.",
                    "kk": "Дұрыс: хабарлама басынан бастап қорғалған, ал шағым туралы шешім оның өзінде қалады.",
                },
            },
            {
                "text": {
                    "en": "Advise her to try to settle the matter with her colleague first.",
                    "ru": "Посоветовать ей сначала попробовать уладить всё с коллегой.",
                    "kk": "Оған алдымен әріптесімен мәселені шешіп көруге кеңес беру.",
                },
                "correct": False,
                "explanation": {
                    "en": "Suggesting she settle privately is pressure to reconcile, which the protocol forbids.",
                    "ru": "Совет уладить всё частным образом — это давление с целью примирения, которое протокол запрещает.",
                    "kk": "Мәселені жеке шешуге кеңес беру — хаттама тыйым салатын татуласуға итермелейтін қысым.",
                },
            },
        ],
    },
    {
        "key": "reenact-free-explain-to-colleague",
        "course": "ending-investigative-re-enactment",
        "kind": "free_text",
        "scoring": "all_or_nothing",
        "difficulty": 3,
        "case": (
            "A senior colleague insists on an investigative experiment in which the survivor would return to the "
            "scene and show what happened, “so that the court will believe her”."
        ),
        "case_i18n": {
            "en": (
                "A senior colleague insists on an investigative experiment in which the survivor would return to the "
                "scene and show what happened, “so that the court will believe her”."
            ),
            "ru": (
                "Старший коллега настаивает на следственном эксперименте, в ходе которого пострадавшая вернулась бы "
                "на место происшествия и показала, что произошло, — «чтобы суд ей поверил»."
            ),
            "kk": (
                "Аға әріптес зардап шеккен әйел оқиға орнына қайта барып, не болғанын көрсететін тергеу "
                "экспериментін жүргізуді талап етеді — «сот оған сенуі үшін»."
            ),
        },
        "prompt": {
            "en": "In a few sentences, explain to your colleague why you will not do this and how you will establish the circumstances instead.",
            "ru": "В нескольких предложениях объясните коллеге, почему вы этого не сделаете и как вы установите обстоятельства иначе.",
            "kk": "Әріптесіңізге мұны неге істемейтініңізді және мән-жайларды басқаша қалай анықтайтыныңызды бірнеше сөйлеммен түсіндіріңіз.",
        },
        "explanation": {
            "en": (
                "A good answer says that the protocol forbids asking a survivor of sexual violence to re-enact the "
                "crime, to demonstrate it on herself or another person, or to return to the scene to act out events, "
                "with no exceptions; that re-enactment is degrading and re-traumatising, may lead her to withdraw, and "
                "has been named in the 2024 brief as a barrier to justice; and that the circumstances are established "
                "from her statement, recorded accurately in her own words, from a forensic medical examination done "
                "with her consent, and from other evidence collected by the investigator: an inspection of the scene "
                "without her, witness statements, messages and video recordings."
            ),
            "ru": (
                "В хорошем ответе говорится, что протокол без исключений запрещает предлагать пострадавшей от "
                "сексуального насилия воспроизводить преступление, показывать его на себе или на другом человеке или "
                "возвращаться на место происшествия, чтобы изобразить события; что воспроизведение унижает и заново "
                "травмирует её, может привести к отзыву жалобы и названо в докладе 2024 года препятствием для доступа "
                "к правосудию; и что обстоятельства устанавливаются на основании её показаний, точно записанных её "
                "словами, судебно-медицинской экспертизы, проведённой с её согласия, и других доказательств, которые "
                "собирает следователь: осмотра места происшествия без её участия, показаний свидетелей, переписки и "
                "видеозаписей."
            ),
            "kk": (
                "Жақсы жауапта хаттама жыныстық зорлық-зомбылықтан зардап шеккен әйелге қылмысты қайта көрсетуді, "
                "оны өзіне немесе басқа адамға көрсетуді немесе оқиғаларды бейнелеу үшін оқиға орнына қайта баруды "
                "ұсынуға ешқандай ерекшеліксіз тыйым салатыны; қайта көрсету оның қадір-қасиетін қорлап, оны қайта "
                "жарақаттайтыны, шағымын кері қайтарып алуына әкелуі мүмкін екені және 2024 жылғы баяндамада сот "
                "төрелігіне қол жеткізудегі кедергі ретінде аталғаны; мән-жайлар оның өз сөзімен дәл жазылған "
                "жауабы, оның келісімімен жүргізілген сот-медициналық сараптама және тергеуші жинайтын басқа "
                "дәлелдемелер — оқиға орнын онсыз қарау, куәлардың жауаптары, хат алмасу және бейнежазбалар "
                "негізінде анықталатыны айтылады."
            ),
        },
        "clauses": [
            ["interviewing-adult-survivor-sexual-violence", "no-re-enactment"],
            ["interviewing-adult-survivor-sexual-violence", "record-statement"],
        ],
        "options": [],
    },
    {
        "key": "reenact-free-why-privacy-and-choice",
        "course": "ending-investigative-re-enactment",
        "kind": "free_text",
        "scoring": "all_or_nothing",
        "difficulty": 3,
        "case": "",
        "prompt": {
            "en": (
                "A new colleague asks why the protocol insists on a private room, a trained interviewer of the "
                "survivor's chosen sex, and a single interview. In a few sentences, explain how these steps help both "
                "the survivor and the case."
            ),
            "ru": (
                "Новый коллега спрашивает, почему протокол настаивает на отдельном помещении, обученном сотруднике "
                "выбранного пострадавшей пола и единственном допросе. В нескольких предложениях объясните, как эти "
                "меры помогают и пострадавшей, и делу."
            ),
            "kk": (
                "Жаңа әріптес хаттама неге оқшау бөлмені, зардап шеккен әйел таңдаған жыныстағы даярланған "
                "қызметкерді және бір реттік жауап алуды талап ететінін сұрайды. Бұл шаралардың зардап шеккен әйелге "
                "де, іске де қалай көмектесетінін бірнеше сөйлеммен түсіндіріңіз."
            ),
        },
        "explanation": {
            "en": (
                "A good answer explains that privacy protects confidentiality and lets her speak without being seen "
                "or heard by others; that a trained interviewer of the sex she prefers reduces her distress and "
                "avoids victim-blaming; that giving her account once spares her from reliving it and keeps her "
                "engaged in the case; and that together these steps make a full, accurate statement more likely, "
                "including the details about fear, threats and her state that are often decisive under the current "
                "definition of rape. The 2024 brief links interviews in shared spaces by untrained staff, and fear of "
                "humiliation, to underreporting."
            ),
            "ru": (
                "В хорошем ответе объясняется, что приватность защищает конфиденциальность и позволяет ей говорить, "
                "не опасаясь, что её увидят или услышат посторонние; что обученный сотрудник выбранного ею пола "
                "снижает её переживания и исключает обвинение пострадавшей; что единственный допрос избавляет её от "
                "повторного переживания событий и помогает ей не отказаться от участия в деле; и что вместе эти меры "
                "повышают вероятность полных и точных показаний, включая сведения о страхе, угрозах и её состоянии, "
                "которые при действующем определении изнасилования часто имеют решающее значение. Доклад 2024 года "
                "связывает допросы в общих помещениях необученными сотрудниками и страх унижения с тем, что о насилии "
                "не сообщают."
            ),
            "kk": (
                "Жақсы жауапта оңашалық құпиялылықты қорғайтыны және оған бөгде адамдар көреді не естиді деп "
                "қорықпай сөйлеуге мүмкіндік беретіні; өзі таңдаған жыныстағы даярланған қызметкер оның күйзелісін "
                "азайтып, оны кінәлауға жол бермейтіні; бір реттік жауап алу оны оқиғаны қайта бастан кешуден "
                "құтқаратыны және іске қатысуын жалғастыруына көмектесетіні; бұл шаралар бірігіп толық әрі дәл жауап "
                "алу ықтималдығын, оның ішінде зорлаудың қолданыстағы анықтамасы бойынша көбіне шешуші маңызы бар "
                "қорқыныш, қорқыту және оның жай-күйі туралы мәліметтерді алу ықтималдығын арттыратыны түсіндіріледі. "
                "2024 жылғы баяндама ортақ үй-жайларда даярлығы жоқ қызметкерлердің жауап алуын және қорлықтан "
                "қорқуды зорлық-зомбылық туралы хабарланбауымен байланыстырады."
            ),
        },
        "clauses": [
            ["interviewing-adult-survivor-sexual-violence", "private-room"],
            ["interviewing-adult-survivor-sexual-violence", "trained-interviewer"],
        ],
        "options": [],
    },
    # ------------------------------------------------------------------------------------
    # Course: examining-without-hymen-examination (13 questions)
    # ------------------------------------------------------------------------------------
    {
        "key": "hymen-needed-to-establish-rape",
        "course": "examining-without-hymen-examination",
        "kind": "single",
        "scoring": "all_or_nothing",
        "difficulty": 1,
        "case": "",
        "prompt": {
            "en": "Is a hymen examination needed to establish rape?",
            "ru": "Нужно ли исследование девственной плевы, чтобы установить факт изнасилования?",
            "kk": "Зорлау фактісін анықтау үшін қыздық пердені тексеру қажет пе?",
        },
        "explanation": {
            "en": (
                "No. The clause “No hymen examination” of the protocol on forensic medical examination says never to "
                "perform it: its findings are rarely probative of whether sexual violence took place, it diverts "
                "attention from establishing injuries and collecting evidence, and it is humiliating and can "
                "re-traumatise the survivor. What matters is whether violence was used and whether she freely "
                "consented, not her sexual history."
            ),
            "ru": (
                "Нет. Пункт протокола судебно-медицинской экспертизы о запрете исследования девственной плевы требует "
                "никогда его не проводить: его результаты редко имеют доказательственное значение для установления "
                "факта сексуального насилия, оно отвлекает внимание от установления повреждений и сбора доказательств, "
                "унижает пострадавшую и может повторно её травмировать. Значение имеет то, было ли применено насилие "
                "и дала ли она свободное согласие, а не её сексуальное прошлое."
            ),
            "kk": (
                "Жоқ. Сот-медициналық сараптама хаттамасының қыздық пердені тексеруге тыйым салатын тармағы оны "
                "ешқашан жүргізбеуді талап етеді: оның нәтижелері жыныстық зорлық-зомбылық фактісін анықтау үшін "
                "сирек дәлелдемелік маңызға ие, ол назарды жарақаттарды анықтау мен дәлелдемелерді жинаудан "
                "алшақтатады, жәбірленушінің қадір-қасиетін қорлайды және оны қайта жарақаттауы мүмкін. Маңыздысы — "
                "зорлық-зомбылық қолданылды ма және ол ерікті түрде келісім берді ме, оның бұрынғы жыныстық өмірі емес."
            ),
        },
        "clauses": [["forensic-examination-without-hymen-examination", "no-hymen-exam"]],
        "options": [
            {
                "text": {
                    "en": "No. Its findings are rarely probative, and it diverts attention from injuries and other evidence.",
                    "ru": "Нет. Его результаты редко имеют доказательственное значение, а само оно отвлекает внимание от повреждений и других доказательств.",
                    "kk": "Жоқ. Оның нәтижелерінің дәлелдемелік маңызы сирек болады, ал тексерудің өзі назарды жарақаттар мен басқа дәлелдемелерден алшақтатады.",
                },
                "correct": True,
                "explanation": {
                    "en": "Correct: the protocol says never to perform it.",
                    "ru": "Верно: протокол требует никогда его не проводить.",
                    "kk": "Дұрыс: хаттама оны ешқашан жүргізбеуді талап етеді.",
                },
            },
            {
                "text": {
                    "en": "Yes, it is the main evidence of rape.",
                    "ru": "Да, это главное доказательство изнасилования.",
                    "kk": "Иә, бұл — зорлаудың басты дәлелі.",
                },
                "correct": False,
                "explanation": {
                    "en": "Its findings rarely show whether sexual violence took place.",
                    "ru": "Его результаты редко показывают, имело ли место сексуальное насилие.",
                    "kk": "Оның нәтижелері жыныстық зорлық-зомбылықтың болған-болмағанын сирек көрсетеді.",
                },
            },
            {
                "text": {
                    "en": "Yes, but only for unmarried women.",
                    "ru": "Да, но только для незамужних женщин.",
                    "kk": "Иә, бірақ тек тұрмысқа шықпаған әйелдер үшін.",
                },
                "correct": False,
                "explanation": {
                    "en": "Her marital status and sexual history are not the question; violence and consent are.",
                    "ru": "Вопрос не в её семейном положении и сексуальном прошлом, а в насилии и согласии.",
                    "kk": "Мәселе оның отбасылық жағдайында немесе бұрынғы жыныстық өмірінде емес, зорлық-зомбылық пен келісімде.",
                },
            },
            {
                "text": {
                    "en": "Only if the investigator asks for it in the referral.",
                    "ru": "Только если следователь указал это в направлении.",
                    "kk": "Тек тергеуші жолдамада мұны сұраса ғана.",
                },
                "correct": False,
                "explanation": {
                    "en": "A request does not change the rule: record it, explain, and inform your supervisor.",
                    "ru": "Запрос не меняет правила: зафиксируйте его, объясните позицию и сообщите руководителю.",
                    "kk": "Сұрау ережені өзгертпейді: оны тіркеңіз, түсіндіріңіз және басшыңызға хабарлаңыз.",
                },
            },
        ],
    },
    {
        "key": "hymen-referral-request-not-permission",
        "course": "examining-without-hymen-examination",
        "kind": "true_false",
        "scoring": "all_or_nothing",
        "difficulty": 1,
        "case": "",
        "prompt": {
            "en": "True or false: a forensic expert may perform a hymen examination if the investigator's referral asks for it.",
            "ru": "Верно или неверно: судебно-медицинский эксперт может провести исследование девственной плевы, если об этом просит следователь в направлении.",
            "kk": "Дұрыс па, бұрыс па: егер тергеуші жолдамада сұраса, сот-медициналық сарапшы қыздық пердені тексере алады.",
        },
        "explanation": {
            "en": (
                "False. The protocol's warning is explicit: do not carry out a hymen examination even if an "
                "investigator, a relative or anyone else asks for it. Record the request, explain that this "
                "examination is not part of the protocol, and inform your supervisor. Then offer the full, "
                "consent-based examination that the case does need."
            ),
            "ru": (
                "Неверно. Предупреждение в протоколе однозначно: не проводите исследование девственной плевы, даже "
                "если об этом просит следователь, родственник или кто-либо ещё. Зафиксируйте запрос, объясните, что "
                "такое исследование не предусмотрено протоколом, и сообщите руководителю. Затем предложите полное "
                "обследование на основе согласия, которое действительно нужно делу."
            ),
            "kk": (
                "Бұрыс. Хаттамадағы ескерту айқын: тергеуші, туыс немесе басқа біреу сұраса да, қыздық пердені "
                "тексермеңіз. Сұрауды тіркеңіз, бұл тексеру хаттамаға кірмейтінін түсіндіріңіз және басшыңызға "
                "хабарлаңыз. Содан кейін іске шын мәнінде қажет, келісімге негізделген толық тексеруді ұсыныңыз."
            ),
        },
        "clauses": [["forensic-examination-without-hymen-examination", "no-hymen-exam"]],
        "options": [
            {
                "text": {"en": "True", "ru": "Верно", "kk": "Дұрыс"},
                "correct": False,
                "explanation": {
                    "en": "No request, from anyone, makes a hymen examination part of the protocol.",
                    "ru": "Ничей запрос не делает исследование девственной плевы частью протокола.",
                    "kk": "Ешкімнің сұрауы қыздық пердені тексеруді хаттаманың бөлігіне айналдырмайды.",
                },
            },
            {
                "text": {"en": "False", "ru": "Неверно", "kk": "Бұрыс"},
                "correct": True,
                "explanation": {
                    "en": "Correct: decline, record the request, explain and inform your supervisor.",
                    "ru": "Верно: откажитесь, зафиксируйте запрос, объясните и сообщите руководителю.",
                    "kk": "Дұрыс: бас тартыңыз, сұрауды тіркеңіз, түсіндіріңіз және басшыңызға хабарлаңыз.",
                },
            },
        ],
    },
    {
        "key": "hymen-order-responding-to-request",
        "course": "examining-without-hymen-examination",
        "kind": "ordering",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": (
            "You receive a referral for a woman who has reported rape. Among the questions the investigator asks "
            "you to answer is whether her hymen is intact. She is waiting in the examination room."
        ),
        "case_i18n": {
            "en": (
                "You receive a referral for a woman who has reported rape. Among the questions the investigator asks "
                "you to answer is whether her hymen is intact. She is waiting in the examination room."
            ),
            "ru": (
                "Вы получили направление в отношении женщины, заявившей об изнасиловании. Среди вопросов, на которые "
                "следователь просит ответить, есть вопрос о целостности девственной плевы. Она ждёт в смотровом "
                "кабинете."
            ),
            "kk": (
                "Сізге зорлау туралы хабарлаған әйелге қатысты жолдама келді. Тергеуші жауап беруді сұраған "
                "сұрақтардың арасында оның қыздық пердесінің бүтіндігі туралы сұрақ бар. Әйел тексеру бөлмесінде "
                "күтіп отыр."
            ),
        },
        "prompt": {
            "en": "Put the steps of your response to this request in the order the course sets out.",
            "ru": "Расположите шаги вашего ответа на этот запрос в порядке, изложенном в курсе.",
            "kk": "Осы сұрауға жауап ретіндегі қадамдарыңызды курста берілген ретпен орналастырыңыз.",
        },
        "explanation": {
            "en": (
                "The clause “No hymen examination” and its warning set out the response: do not carry out the "
                "examination, record the request, explain that it is not part of the protocol, and inform your "
                "supervisor. The survivor is then offered the full examination the case needs, with her consent at "
                "each step. Recording who asked and when helps supervisors end the practice."
            ),
            "ru": (
                "Пункт протокола о запрете исследования девственной плевы и предупреждение к нему определяют порядок "
                "действий: не проводить исследование, зафиксировать запрос, объяснить, что оно не предусмотрено "
                "протоколом, и сообщить руководителю. Затем пострадавшей предлагается полное обследование, нужное "
                "делу, с её согласия на каждом этапе. Фиксация того, кто и когда сделал запрос, помогает руководству "
                "покончить с этой практикой."
            ),
            "kk": (
                "Хаттаманың қыздық пердені тексеруге тыйым салатын тармағы мен оған берілген ескерту әрекет тәртібін "
                "белгілейді: тексеруді жүргізбеу, сұрауды тіркеу, оның хаттамаға кірмейтінін түсіндіру және басшыға "
                "хабарлау. Содан кейін жәбірленушіге әр кезеңде оның келісімі алынатын, іске қажетті толық тексеру "
                "ұсынылады. Кімнің және қашан сұрағанын тіркеу басшылыққа бұл тәжірибені тоқтатуға көмектеседі."
            ),
        },
        "clauses": [["forensic-examination-without-hymen-examination", "no-hymen-exam"]],
        "options": [
            {
                "text": {
                    "en": "Decide not to carry out the hymen examination.",
                    "ru": "Принять решение не проводить исследование девственной плевы.",
                    "kk": "Қыздық пердені тексермеу туралы шешім қабылдау.",
                },
                "correct": True,
                "explanation": {
                    "en": "First: the examination is not performed, whatever the referral says.",
                    "ru": "Первый шаг: исследование не проводится, что бы ни было указано в направлении.",
                    "kk": "Бірінші қадам: жолдамада не жазылса да, тексеру жүргізілмейді.",
                },
            },
            {
                "text": {
                    "en": "Record the request: who made it and when.",
                    "ru": "Зафиксировать запрос: кто и когда его сделал.",
                    "kk": "Сұрауды тіркеу: оны кім және қашан жасады.",
                },
                "correct": True,
                "explanation": {
                    "en": "Second: the request is documented.",
                    "ru": "Второй шаг: запрос документируется.",
                    "kk": "Екінші қадам: сұрау құжатталады.",
                },
            },
            {
                "text": {
                    "en": "Explain to the investigator that this examination is not part of the protocol.",
                    "ru": "Объяснить следователю, что такое исследование не предусмотрено протоколом.",
                    "kk": "Тергеушіге бұл тексеру хаттамаға кірмейтінін түсіндіру.",
                },
                "correct": True,
                "explanation": {
                    "en": "Third: the person who asked is told why.",
                    "ru": "Третий шаг: тому, кто сделал запрос, объясняют причину.",
                    "kk": "Үшінші қадам: сұраған адамға себебі түсіндіріледі.",
                },
            },
            {
                "text": {
                    "en": "Inform your supervisor.",
                    "ru": "Сообщить руководителю.",
                    "kk": "Басшыға хабарлау.",
                },
                "correct": True,
                "explanation": {
                    "en": "Fourth: the supervisor can address the practice.",
                    "ru": "Четвёртый шаг: руководитель может принять меры в отношении этой практики.",
                    "kk": "Төртінші қадам: басшы бұл тәжірибеге қатысты шара қолдана алады.",
                },
            },
        ],
    },
    {
        "key": "hymen-examiner-preference-unasked",
        "course": "examining-without-hymen-examination",
        "kind": "single",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": (
            "A survivor arrives for a forensic medical examination. She has not said anything about the sex of "
            "the examiner. The only expert on duty is a man."
        ),
        "case_i18n": {
            "en": (
                "A survivor arrives for a forensic medical examination. She has not said anything about the sex of "
                "the examiner. The only expert on duty is a man."
            ),
            "ru": (
                "Пострадавшая пришла на судебно-медицинское обследование. О поле эксперта она ничего не говорила. "
                "Единственный дежурный эксперт — мужчина."
            ),
            "kk": (
                "Жәбірленуші сот-медициналық тексеруге келді. Ол сарапшының жынысы туралы ештеңе айтқан жоқ. "
                "Кезекшілікте тек бір сарапшы бар, ол — ер адам."
            ),
        },
        "prompt": {
            "en": "What should be done?",
            "ru": "Как следует поступить?",
            "kk": "Қалай әрекет ету керек?",
        },
        "explanation": {
            "en": (
                "The clause “Examiner of her choice” notes that most forensic medical experts are men and that being "
                "examined by a man can add to a survivor's distress. Ask her privately, before the examination, "
                "whether she prefers an examiner of a particular sex, and meet the request wherever possible. If it "
                "cannot be met at once, explain why, offer the options (waiting, another facility, a chaperone of her "
                "chosen sex) and let her choose. Do not assume she has no preference because she did not raise it."
            ),
            "ru": (
                "Пункт протокола о выборе эксперта отмечает, что большинство судебно-медицинских экспертов — мужчины "
                "и что обследование мужчиной может усилить переживания пострадавшей. До обследования наедине "
                "спросите, предпочитает ли она эксперта определённого пола, и по возможности выполните просьбу. Если "
                "сразу это невозможно, объясните причину, предложите варианты (подождать, другое учреждение, "
                "сопровождающее лицо выбранного ею пола) и дайте ей выбрать. Не считайте, что у неё нет предпочтений, "
                "только потому, что она о них не сказала."
            ),
            "kk": (
                "Хаттаманың сарапшыны таңдау туралы тармағында сот-медициналық сарапшылардың көпшілігі ер адамдар "
                "екені және ер сарапшының тексеруі жәбірленушінің күйзелісін күшейтуі мүмкін екені айтылған. Тексеру "
                "алдында оңаша түрде оның белгілі бір жыныстағы сарапшыны қалайтынын сұраңыз және мүмкіндігінше "
                "өтінішін орындаңыз. Егер бұл бірден мүмкін болмаса, себебін түсіндіріп, нұсқаларды ұсыныңыз (күту, "
                "басқа мекеме, өзі таңдаған жыныстағы сүйемелдеуші адам) және таңдауды өзіне қалдырыңыз. Ол айтпады "
                "екен деп, оның қалауы жоқ деп есептемеңіз."
            ),
        },
        "clauses": [["forensic-examination-without-hymen-examination", "examiner-choice"]],
        "options": [
            {
                "text": {
                    "en": "Proceed with the male expert: she did not raise the question, so she has no preference.",
                    "ru": "Проводить обследование экспертом-мужчиной: она не поднимала этот вопрос, значит, предпочтений у неё нет.",
                    "kk": "Ер сарапшымен тексеруді жүргізу: ол бұл мәселені көтерген жоқ, демек оның қалауы жоқ.",
                },
                "correct": False,
                "explanation": {
                    "en": "The protocol says not to assume she has no preference because she did not raise it.",
                    "ru": "Протокол запрещает считать, что у неё нет предпочтений, только потому, что она о них не сказала.",
                    "kk": "Хаттама ол айтпады екен деп, оның қалауы жоқ деп есептеуге тыйым салады.",
                },
            },
            {
                "text": {
                    "en": "Tell her that the sex of the examiner makes no medical difference.",
                    "ru": "Сказать ей, что с медицинской точки зрения пол эксперта значения не имеет.",
                    "kk": "Оған медициналық тұрғыдан сарапшының жынысының маңызы жоқ екенін айту.",
                },
                "correct": False,
                "explanation": {
                    "en": "This dismisses her distress; her request is not a whim.",
                    "ru": "Это пренебрежение её переживаниями; её просьба — не каприз.",
                    "kk": "Бұл оның күйзелісін елемеу; оның өтініші — қыңырлық емес.",
                },
            },
            {
                "text": {
                    "en": "Ask the investigator to decide who should examine her.",
                    "ru": "Попросить следователя решить, кто будет её обследовать.",
                    "kk": "Оны кім тексеретінін тергеушінің шешуін сұрау.",
                },
                "correct": False,
                "explanation": {
                    "en": "The choice belongs to the survivor, not to the investigator.",
                    "ru": "Выбор принадлежит пострадавшей, а не следователю.",
                    "kk": "Таңдау тергеушіге емес, жәбірленушінің өзіне тиесілі.",
                },
            },
            {
                "text": {
                    "en": (
                        "Ask her privately whether she has a preference; if she prefers a woman and that cannot be met "
                        "at once, explain why and let her choose between waiting, another facility or a chaperone of "
                        "her chosen sex."
                    ),
                    "ru": (
                        "Наедине спросить о её предпочтениях; если она хочет, чтобы её обследовала женщина, а сразу "
                        "это невозможно, объяснить причину и дать ей выбрать: подождать, обратиться в другое "
                        "учреждение или пригласить сопровождающее лицо выбранного ею пола."
                    ),
                    "kk": (
                        "Оңаша түрде оның қалауын сұрау; егер ол әйел адамның тексергенін қаласа, ал бұл бірден мүмкін "
                        "болмаса, себебін түсіндіріп, таңдауды өзіне қалдыру: күту, басқа мекемеге бару немесе өзі "
                        "таңдаған жыныстағы сүйемелдеуші адамды шақыру."
                    ),
                },
                "correct": True,
                "explanation": {
                    "en": "Correct: she is asked, informed and given the choice.",
                    "ru": "Верно: её спрашивают, информируют и дают ей выбор.",
                    "kk": "Дұрыс: одан сұрайды, оған хабарлайды және таңдау береді.",
                },
            },
        ],
    },
    {
        "key": "hymen-consent-every-step",
        "course": "examining-without-hymen-examination",
        "kind": "multiple",
        "scoring": "partial",
        "difficulty": 2,
        "case": "",
        "prompt": {
            "en": "Which statements about consent to the forensic medical examination reflect the protocol? Select all that apply.",
            "ru": "Какие утверждения о согласии на судебно-медицинское обследование соответствуют протоколу? Выберите все подходящие варианты.",
            "kk": "Сот-медициналық тексеруге келісім туралы қандай тұжырымдар хаттамаға сәйкес келеді? Барлық сәйкес нұсқаларды таңдаңыз.",
        },
        "explanation": {
            "en": (
                "The clause “Informed consent” requires explaining, in a language she understands, what the "
                "examination involves, why each step is proposed and who will see the results, and asking for her "
                "consent before every step, not only once at the start. She may decline any part or stop at any time; "
                "this is respected and recorded without pressure and without asking her to give reasons. A survivor "
                "has had control over her body taken from her; the examination must give it back."
            ),
            "ru": (
                "Пункт протокола об информированном согласии требует объяснить на понятном ей языке, из чего состоит "
                "обследование, зачем предлагается каждый этап и кто увидит результаты, и спрашивать согласие перед "
                "каждым этапом, а не один раз в начале. Она вправе отказаться от любой части или прекратить "
                "обследование в любой момент; это уважается и фиксируется без давления и без требования объяснить "
                "причины. У пострадавшей отняли контроль над собственным телом; обследование должно его вернуть."
            ),
            "kk": (
                "Хаттаманың ақпараттандырылған келісім туралы тармағы тексерудің неден тұратынын, әр кезеңнің не үшін "
                "ұсынылатынын және нәтижелерін кім көретінін оған түсінікті тілде түсіндіруді және келісімін басында "
                "бір рет қана емес, әр кезеңнің алдында сұрауды талап етеді. Ол кез келген бөліктен бас тартуға "
                "немесе тексеруді кез келген уақытта тоқтатуға құқылы; бұл құрметтеледі және қысымсыз, себебін "
                "түсіндіруді талап етпей тіркеледі. Жәбірленушіден өз денесіне билік ету мүмкіндігі тартып алынған; "
                "тексеру оны қайтаруы тиіс."
            ),
        },
        "clauses": [["forensic-examination-without-hymen-examination", "informed-consent"]],
        "options": [
            {
                "text": {
                    "en": "Once she has signed a consent form at the start, there is no need to ask again.",
                    "ru": "Если она подписала согласие в начале, спрашивать снова не нужно.",
                    "kk": "Егер ол басында келісімге қол қойса, қайта сұраудың қажеті жоқ.",
                },
                "correct": False,
                "explanation": {
                    "en": "No: one signature at the start does not cover every step.",
                    "ru": "Нет: одна подпись в начале не охватывает все этапы.",
                    "kk": "Жоқ: басындағы бір қолтаңба барлық кезеңді қамтымайды.",
                },
            },
            {
                "text": {
                    "en": "If she refuses a step, tell her that her refusal will weaken her case.",
                    "ru": "Если она отказывается от какого-либо этапа, сказать ей, что отказ ослабит её дело.",
                    "kk": "Егер ол қандай да бір кезеңнен бас тартса, бас тарту оның ісін әлсірететінін айту.",
                },
                "correct": False,
                "explanation": {
                    "en": "No: that is pressure; a refusal is respected and recorded without pressure.",
                    "ru": "Нет: это давление; отказ уважается и фиксируется без давления.",
                    "kk": "Жоқ: бұл қысым; бас тарту құрметтеледі және қысымсыз тіркеледі.",
                },
            },
            {
                "text": {
                    "en": "Consent is asked for before every step, not only once at the start.",
                    "ru": "Согласие спрашивают перед каждым этапом, а не один раз в начале.",
                    "kk": "Келісім басында бір рет қана емес, әр кезеңнің алдында сұралады.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: consent is step by step.",
                    "ru": "Да: согласие даётся поэтапно.",
                    "kk": "Иә: келісім кезең-кезеңімен беріледі.",
                },
            },
            {
                "text": {
                    "en": "She may refuse any part of the examination or stop it at any time.",
                    "ru": "Она вправе отказаться от любой части обследования или прекратить его в любой момент.",
                    "kk": "Ол тексерудің кез келген бөлігінен бас тартуға немесе оны кез келген уақытта тоқтатуға құқылы.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: this must be respected.",
                    "ru": "Да: это необходимо уважать.",
                    "kk": "Иә: мұны құрметтеу қажет.",
                },
            },
            {
                "text": {
                    "en": "A refusal is recorded without asking her to give reasons.",
                    "ru": "Отказ фиксируется без требования объяснить причины.",
                    "kk": "Бас тарту себебін түсіндіруді талап етпей тіркеледі.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: she does not have to justify a refusal.",
                    "ru": "Да: она не обязана обосновывать отказ.",
                    "kk": "Иә: ол бас тартуын негіздеуге міндетті емес.",
                },
            },
        ],
    },
    {
        "key": "hymen-washed-still-offer-exam",
        "course": "examining-without-hymen-examination",
        "kind": "true_false",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": "",
        "prompt": {
            "en": "True or false: if the survivor has washed and changed her clothes, a forensic medical examination is pointless and need not be offered.",
            "ru": "Верно или неверно: если пострадавшая помылась и переоделась, судебно-медицинское обследование бессмысленно и предлагать его не нужно.",
            "kk": "Дұрыс па, бұрыс па: егер жәбірленуші жуынып, киімін ауыстырса, сот-медициналық тексерудің мәні жоқ және оны ұсынудың қажеті жоқ.",
        },
        "explanation": {
            "en": (
                "False. The clause “Injuries and evidence” says that if she has washed, changed clothes or time has "
                "passed, the examination is still offered: injuries and other evidence may remain. Help must never "
                "depend on whether she preserved traces, and a survivor should not be turned away for reacting as "
                "many people do after violence."
            ),
            "ru": (
                "Неверно. Пункт протокола о повреждениях и доказательствах гласит: если она помылась, переоделась или "
                "прошло время, обследование всё равно предлагается — повреждения и другие доказательства могут "
                "сохраниться. Помощь никогда не должна зависеть от того, сохранила ли она следы, и нельзя отказывать "
                "пострадавшей из-за того, что она поступила так, как поступают многие после насилия."
            ),
            "kk": (
                "Бұрыс. Хаттаманың жарақаттар мен дәлелдемелер туралы тармағында егер ол жуынған, киімін ауыстырған "
                "немесе біраз уақыт өткен болса да, тексеру бәрібір ұсынылатыны айтылған: жарақаттар мен басқа "
                "дәлелдемелер сақталуы мүмкін. Көмек оның іздерді сақтаған-сақтамағанына ешқашан байланысты болмауы "
                "керек, және зорлық-зомбылықтан кейін көп адам істейтіндей әрекет еткені үшін жәбірленушіден бас "
                "тартуға болмайды."
            ),
        },
        "clauses": [["forensic-examination-without-hymen-examination", "injuries-evidence"]],
        "options": [
            {
                "text": {"en": "True", "ru": "Верно", "kk": "Дұрыс"},
                "correct": False,
                "explanation": {
                    "en": "Injuries and other evidence may remain; the examination is still offered.",
                    "ru": "Повреждения и другие доказательства могут сохраниться; обследование всё равно предлагается.",
                    "kk": "Жарақаттар мен басқа дәлелдемелер сақталуы мүмкін; тексеру бәрібір ұсынылады.",
                },
            },
            {
                "text": {"en": "False", "ru": "Неверно", "kk": "Бұрыс"},
                "correct": True,
                "explanation": {
                    "en": "Correct: still offer the examination.",
                    "ru": "Верно: обследование всё равно нужно предложить.",
                    "kk": "Дұрыс: тексеруді бәрібір ұсыну керек.",
                },
            },
        ],
    },
    {
        "key": "hymen-absence-of-injuries-neutral",
        "course": "examining-without-hymen-examination",
        "kind": "single",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": "",
        "prompt": {
            "en": "The examination finds no visible injuries. How should this be recorded in the conclusion?",
            "ru": "При обследовании видимых повреждений не обнаружено. Как это отразить в заключении?",
            "kk": "Тексеру кезінде көзге көрінетін жарақаттар табылмады. Мұны қорытындыда қалай көрсету керек?",
        },
        "explanation": {
            "en": (
                "The clause “Injuries and evidence” requires the absence of visible injuries to be recorded neutrally, "
                "without conclusions about consent. Many survivors do not resist because of fear, and the absence of "
                "injuries does not mean the absence of violence. The examiner does not judge whether she resisted "
                "“enough” or whether she can be believed."
            ),
            "ru": (
                "Пункт протокола о повреждениях и доказательствах требует фиксировать отсутствие видимых повреждений "
                "нейтрально, без выводов о согласии. Многие пострадавшие не сопротивляются из-за страха, и отсутствие "
                "повреждений не означает отсутствия насилия. Эксперт не оценивает, «достаточно ли» она "
                "сопротивлялась и можно ли ей верить."
            ),
            "kk": (
                "Хаттаманың жарақаттар мен дәлелдемелер туралы тармағы көрінетін жарақаттардың болмауын келісім "
                "туралы тұжырым жасамай, бейтарап тіркеуді талап етеді. Көптеген жәбірленушілер қорыққандықтан "
                "қарсылық көрсетпейді, сондықтан жарақаттардың болмауы зорлық-зомбылықтың болмағанын білдірмейді. "
                "Сарапшы оның «жеткілікті» қарсылық көрсеткенін немесе оған сенуге болатынын бағаламайды."
            ),
        },
        "clauses": [["forensic-examination-without-hymen-examination", "injuries-evidence"]],
        "options": [
            {
                "text": {
                    "en": "As a sign that her account is doubtful.",
                    "ru": "Как признак того, что её рассказ вызывает сомнения.",
                    "kk": "Оның айтқанына күмән келтіретін белгі ретінде.",
                },
                "correct": False,
                "explanation": {
                    "en": "The absence of injuries does not mean the absence of violence.",
                    "ru": "Отсутствие повреждений не означает отсутствия насилия.",
                    "kk": "Жарақаттардың болмауы зорлық-зомбылықтың болмағанын білдірмейді.",
                },
            },
            {
                "text": {
                    "en": "As evidence that she did not resist enough.",
                    "ru": "Как доказательство того, что она недостаточно сопротивлялась.",
                    "kk": "Оның жеткілікті қарсылық көрсетпегенінің дәлелі ретінде.",
                },
                "correct": False,
                "explanation": {
                    "en": "The protocol forbids conclusions about whether she resisted “enough”.",
                    "ru": "Протокол запрещает делать выводы о том, «достаточно ли» она сопротивлялась.",
                    "kk": "Хаттама оның «жеткілікті» қарсылық көрсеткені туралы тұжырым жасауға тыйым салады.",
                },
            },
            {
                "text": {
                    "en": "Neutrally, as a finding, without conclusions about consent or resistance.",
                    "ru": "Нейтрально, как факт, без выводов о согласии или сопротивлении.",
                    "kk": "Бейтарап түрде, факт ретінде, келісім немесе қарсылық туралы тұжырымсыз.",
                },
                "correct": True,
                "explanation": {
                    "en": "Correct: the finding is recorded; no conclusion is drawn from it.",
                    "ru": "Верно: факт фиксируется, но выводов из него не делается.",
                    "kk": "Дұрыс: факт тіркеледі, бірақ одан тұжырым жасалмайды.",
                },
            },
            {
                "text": {
                    "en": "It should be left out of the conclusion.",
                    "ru": "Не упоминать об этом в заключении.",
                    "kk": "Қорытындыда бұл туралы айтпау.",
                },
                "correct": False,
                "explanation": {
                    "en": "The record must be complete; the absence of injuries is recorded, neutrally.",
                    "ru": "Запись должна быть полной; отсутствие повреждений фиксируется, но нейтрально.",
                    "kk": "Жазба толық болуы керек; жарақаттардың болмауы бейтарап түрде тіркеледі.",
                },
            },
        ],
    },
    {
        "key": "hymen-complete-forensic-record",
        "course": "examining-without-hymen-examination",
        "kind": "multiple",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": "",
        "prompt": {
            "en": "Which of the following belong in a forensic record made under the protocol? Select all that apply.",
            "ru": "Что из перечисленного должно входить в заключение, составленное по протоколу? Выберите все подходящие варианты.",
            "kk": "Хаттама бойынша жасалған сот-медициналық жазбаға төмендегілердің қайсысы енгізілуі керек? Барлық сәйкес нұсқаларды таңдаңыз.",
        },
        "explanation": {
            "en": (
                "The clause “Injuries and evidence” requires the whole body to be examined with consent for each area, "
                "each injury to be described in neutral, precise language (location, size, colour, shape), her "
                "account to be recorded in her own words without judgement, and photographs and diagrams to be made "
                "only with her specific consent. The clause “No hymen examination” forbids describing the hymen or "
                "her presumed sexual history in the conclusion."
            ),
            "ru": (
                "Пункт протокола о повреждениях и доказательствах требует осмотреть всё тело с согласия на осмотр "
                "каждой области, описать каждое повреждение нейтральным и точным языком (локализация, размер, цвет, "
                "форма), записать её рассказ её словами без оценок, а фотографии и схемы делать только с её особого "
                "согласия. Пункт о запрете исследования девственной плевы запрещает описывать в заключении девственную "
                "плеву или её предполагаемую сексуальную историю."
            ),
            "kk": (
                "Хаттаманың жарақаттар мен дәлелдемелер туралы тармағы әр аймақты тексеруге келісім ала отырып бүкіл "
                "денені тексеруді, әр жарақатты бейтарап әрі нақты тілмен сипаттауды (орналасқан жері, көлемі, түсі, "
                "пішіні), оның әңгімесін баға бермей өз сөзімен жазуды, ал фотосуреттер мен сызбаларды тек оның "
                "арнайы келісімімен жасауды талап етеді. Қыздық пердені тексеруге тыйым салатын тармақ қорытындыда "
                "қыздық пердені немесе оның болжамды жыныстық өмірін сипаттауға тыйым салады."
            ),
        },
        "clauses": [
            ["forensic-examination-without-hymen-examination", "injuries-evidence"],
            ["forensic-examination-without-hymen-examination", "no-hymen-exam"],
        ],
        "options": [
            {
                "text": {
                    "en": "The examiner's opinion on whether she can be believed.",
                    "ru": "Мнение эксперта о том, можно ли ей верить.",
                    "kk": "Сарапшының оған сенуге бола ма деген пікірі.",
                },
                "correct": False,
                "explanation": {
                    "en": "No: the examiner does not judge her credibility.",
                    "ru": "Нет: эксперт не оценивает её достоверность.",
                    "kk": "Жоқ: сарапшы оның сенімділігін бағаламайды.",
                },
            },
            {
                "text": {
                    "en": "Each injury described by location, size, colour and shape.",
                    "ru": "Описание каждого повреждения: локализация, размер, цвет и форма.",
                    "kk": "Әр жарақаттың сипаттамасы: орналасқан жері, көлемі, түсі және пішіні.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: neutral, precise documentation of injuries.",
                    "ru": "Да: нейтральное и точное описание повреждений.",
                    "kk": "Иә: жарақаттарды бейтарап әрі нақты құжаттау.",
                },
            },
            {
                "text": {
                    "en": "The survivor's account in her own words.",
                    "ru": "Рассказ пострадавшей её собственными словами.",
                    "kk": "Жәбірленушінің өз сөзімен айтқан әңгімесі.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: recorded without judgement.",
                    "ru": "Да: записанный без оценок.",
                    "kk": "Иә: баға берілмей жазылған.",
                },
            },
            {
                "text": {
                    "en": "Photographs and body diagrams made with her specific consent.",
                    "ru": "Фотографии и схемы тела, сделанные с её особого согласия.",
                    "kk": "Оның арнайы келісімімен жасалған фотосуреттер мен дене сызбалары.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes, but only with her specific consent.",
                    "ru": "Да, но только с её особого согласия.",
                    "kk": "Иә, бірақ тек оның арнайы келісімімен.",
                },
            },
            {
                "text": {
                    "en": "A description of the hymen and of her presumed sexual history.",
                    "ru": "Описание девственной плевы и её предполагаемой сексуальной истории.",
                    "kk": "Қыздық перденің және оның болжамды жыныстық өмірінің сипаттамасы.",
                },
                "correct": False,
                "explanation": {
                    "en": "No: the protocol forbids this in the conclusion.",
                    "ru": "Нет: протокол запрещает включать это в заключение.",
                    "kk": "Жоқ: хаттама мұны қорытындыға енгізуге тыйым салады.",
                },
            },
        ],
    },
    {
        "key": "hymen-prompt-examination-nearby",
        "course": "examining-without-hymen-examination",
        "kind": "single",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": (
            "A survivor lives in a village about 200 km from the regional forensic bureau. She has been given a "
            "referral and told to get to the bureau on her own."
        ),
        "case_i18n": {
            "en": (
                "A survivor lives in a village about 200 km from the regional forensic bureau. She has been given a "
                "referral and told to get to the bureau on her own."
            ),
            "ru": (
                "Пострадавшая живёт в селе примерно в 200 км от областного бюро судебно-медицинской экспертизы. Ей "
                "выдали направление и сказали добираться до бюро самостоятельно."
            ),
            "kk": (
                "Жәбірленуші облыстық сот-медициналық сараптама бюросынан шамамен 200 шақырым жердегі ауылда "
                "тұрады. Оған жолдама беріп, бюроға өз бетінше жетуді айтқан."
            ),
        },
        "prompt": {
            "en": "What does the protocol require?",
            "ru": "Чего требует протокол?",
            "kk": "Хаттама нені талап етеді?",
        },
        "explanation": {
            "en": (
                "The clause “Prompt and nearby” requires the examination as soon as possible and as close to the "
                "survivor as possible. The 2024 brief reports that bureaus are often far from investigators and that "
                "evidence is lost while a survivor travels. Agree at once with the investigator on the nearest "
                "suitable place; if the bureau is far, the expert travels or the examination takes place at the "
                "nearest medical facility; if she must still travel, arrange transport so that the cost and the delay "
                "do not fall on her. Urgent medical care comes first."
            ),
            "ru": (
                "Пункт протокола о своевременности и близости требует провести обследование как можно скорее и как "
                "можно ближе к пострадавшей. В докладе 2024 года отмечается, что бюро часто расположены далеко от "
                "органов следствия и доказательства утрачиваются, пока пострадавшая добирается до них. Сразу "
                "договоритесь со следователем о ближайшем подходящем месте; если бюро далеко, эксперт выезжает сам или "
                "обследование проводится в ближайшем медицинском учреждении; если ей всё же нужно ехать, организуйте "
                "транспорт, чтобы расходы и задержка не ложились на неё. Неотложная медицинская помощь — в первую "
                "очередь."
            ),
            "kk": (
                "Хаттаманың жеделдік пен жақындық туралы тармағы тексеруді мүмкіндігінше тез және жәбірленушіге "
                "мүмкіндігінше жақын жерде жүргізуді талап етеді. 2024 жылғы баяндамада бюролар көбіне тергеу "
                "органдарынан алыс орналасатыны және жәбірленуші оларға жеткенше дәлелдемелер жоғалатыны айтылған. "
                "Тергеушімен ең жақын қолайлы орын туралы бірден келісіңіз; бюро алыс болса, сарапшы өзі барады "
                "немесе тексеру ең жақын медициналық мекемеде жүргізіледі; егер оған бәрібір бару керек болса, шығын "
                "мен кешігу оған жүктелмейтіндей етіп көлік ұйымдастырыңыз. Шұғыл медициналық көмек — бірінші кезекте."
            ),
        },
        "clauses": [["forensic-examination-without-hymen-examination", "prompt-nearby"]],
        "options": [
            {
                "text": {
                    "en": "Let her come when she can afford the journey.",
                    "ru": "Пусть приедет, когда сможет оплатить дорогу.",
                    "kk": "Жол ақысын төлей алған кезде келсін.",
                },
                "correct": False,
                "explanation": {
                    "en": "The cost and the delay must not fall on her, and evidence may be lost.",
                    "ru": "Расходы и задержка не должны ложиться на неё, а доказательства могут быть утрачены.",
                    "kk": "Шығын мен кешігу оған жүктелмеуі керек, ал дәлелдемелер жоғалуы мүмкін.",
                },
            },
            {
                "text": {
                    "en": (
                        "Agree at once with the investigator on the nearest suitable place: the expert travels, or the "
                        "examination is done at the nearest medical facility; if she must travel, transport is arranged "
                        "for her."
                    ),
                    "ru": (
                        "Сразу договориться со следователем о ближайшем подходящем месте: эксперт выезжает сам или "
                        "обследование проводится в ближайшем медицинском учреждении; если ей нужно ехать, для неё "
                        "организуется транспорт."
                    ),
                    "kk": (
                        "Тергеушімен ең жақын қолайлы орын туралы бірден келісу: сарапшы өзі барады немесе тексеру ең "
                        "жақын медициналық мекемеде жүргізіледі; егер оған бару керек болса, оған көлік ұйымдастырылады."
                    ),
                },
                "correct": True,
                "explanation": {
                    "en": "Correct: the system, not the survivor, carries the burden of distance.",
                    "ru": "Верно: бремя расстояния несёт система, а не пострадавшая.",
                    "kk": "Дұрыс: қашықтықтың ауыртпалығын жәбірленуші емес, жүйе көтереді.",
                },
            },
            {
                "text": {
                    "en": "Examine her only if she reaches the bureau within 24 hours; otherwise there is no point.",
                    "ru": "Обследовать её, только если она доберётся до бюро в течение 24 часов; иначе смысла нет.",
                    "kk": "Егер ол бюроға 24 сағат ішінде жетсе ғана тексеру; әйтпесе мәні жоқ.",
                },
                "correct": False,
                "explanation": {
                    "en": "Even after time has passed, the examination is still offered: injuries and evidence may remain.",
                    "ru": "Даже если прошло время, обследование всё равно предлагается: повреждения и доказательства могут сохраниться.",
                    "kk": "Уақыт өтсе де, тексеру бәрібір ұсынылады: жарақаттар мен дәлелдемелер сақталуы мүмкін.",
                },
            },
            {
                "text": {
                    "en": "Make medical treatment conditional on her going to the bureau first.",
                    "ru": "Оказывать медицинскую помощь только после того, как она побывает в бюро.",
                    "kk": "Медициналық көмекті ол алдымен бюроға барғаннан кейін ғана көрсету.",
                },
                "correct": False,
                "explanation": {
                    "en": "Urgent medical care comes first; the examination must never delay treatment.",
                    "ru": "Неотложная медицинская помощь — в первую очередь; обследование никогда не должно задерживать лечение.",
                    "kk": "Шұғыл медициналық көмек — бірінші кезекте; тексеру емдеуді ешқашан кешіктірмеуі керек.",
                },
            },
        ],
    },
    {
        "key": "hymen-urgent-care-first",
        "course": "examining-without-hymen-examination",
        "kind": "true_false",
        "scoring": "all_or_nothing",
        "difficulty": 1,
        "case": "",
        "prompt": {
            "en": "True or false: urgent medical care comes first, and the forensic examination must never delay treatment.",
            "ru": "Верно или неверно: неотложная медицинская помощь оказывается в первую очередь, и судебно-медицинское обследование никогда не должно задерживать лечение.",
            "kk": "Дұрыс па, бұрыс па: шұғыл медициналық көмек бірінші кезекте көрсетіледі, ал сот-медициналық тексеру емдеуді ешқашан кешіктірмеуі керек.",
        },
        "explanation": {
            "en": (
                "True. The clause “Prompt and nearby” says to give urgent medical care first, and the referral "
                "protocol repeats that medical care comes first. The survivor's health and safety are never "
                "subordinate to collecting evidence."
            ),
            "ru": (
                "Верно. Пункт протокола о своевременности и близости требует сначала оказать неотложную медицинскую "
                "помощь, и протокол о направлении в службы поддержки повторяет, что медицинская помощь — в первую "
                "очередь. Здоровье и безопасность пострадавшей никогда не подчиняются сбору доказательств."
            ),
            "kk": (
                "Дұрыс. Хаттаманың жеделдік пен жақындық туралы тармағы алдымен шұғыл медициналық көмек көрсетуді "
                "талап етеді, ал қолдау қызметтеріне жолдау хаттамасы медициналық көмек бірінші кезекте екенін "
                "қайталайды. Жәбірленушінің денсаулығы мен қауіпсіздігі ешқашан дәлелдеме жинаудан кейін тұрмайды."
            ),
        },
        "clauses": [
            ["forensic-examination-without-hymen-examination", "prompt-nearby"],
            ["referral-to-support-services", "medical-first"],
        ],
        "options": [
            {
                "text": {"en": "True", "ru": "Верно", "kk": "Дұрыс"},
                "correct": True,
                "explanation": {
                    "en": "Correct: treatment first, then the examination, with her consent.",
                    "ru": "Верно: сначала лечение, затем обследование с её согласия.",
                    "kk": "Дұрыс: алдымен емдеу, содан кейін оның келісімімен тексеру.",
                },
            },
            {
                "text": {"en": "False", "ru": "Неверно", "kk": "Бұрыс"},
                "correct": False,
                "explanation": {
                    "en": "The protocol puts urgent medical care before the examination.",
                    "ru": "Протокол ставит неотложную медицинскую помощь впереди обследования.",
                    "kk": "Хаттама шұғыл медициналық көмекті тексеруден бұрын қояды.",
                },
            },
        ],
    },
    {
        "key": "hymen-order-chain-of-custody",
        "course": "examining-without-hymen-examination",
        "kind": "ordering",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": "",
        "prompt": {
            "en": "Put the chain-of-custody steps for a sample in the order the protocol sets out.",
            "ru": "Расположите этапы цепочки хранения образца в порядке, установленном протоколом.",
            "kk": "Үлгіні сақтау тізбегінің кезеңдерін хаттамада белгіленген ретпен орналастырыңыз.",
        },
        "explanation": {
            "en": (
                "The clause “Chain of custody” requires an unbroken, documented chain for every sample, photograph and "
                "record, from collection until it reaches the investigator or laboratory, so that the evidence can be "
                "relied on in court. Evidence that is lost or challenged is one more way a survivor is denied justice. "
                "Any broken seal or gap in the record is reported in writing at once."
            ),
            "ru": (
                "Пункт протокола о цепочке хранения требует непрерывной документально подтверждённой цепочки для "
                "каждого образца, фотографии и записи — с момента изъятия до передачи следователю или в лабораторию, "
                "чтобы на эти доказательства можно было опираться в суде. Утраченное или оспоренное доказательство — "
                "ещё один путь, которым пострадавшую лишают правосудия. О любом нарушении пломбы или пробеле в записях "
                "немедленно сообщается в письменной форме."
            ),
            "kk": (
                "Хаттаманың сақтау тізбегі туралы тармағы әр үлгі, фотосурет және жазба үшін оны алған сәттен "
                "бастап тергеушіге немесе зертханаға тапсырғанға дейін үзіліссіз, құжатталған тізбекті талап етеді, "
                "сонда бұл дәлелдемелерге сотта сүйенуге болады. Жоғалған немесе дауланған дәлелдеме — "
                "жәбірленушіні сот төрелігінен айырудың тағы бір жолы. Пломбаның кез келген бұзылуы немесе "
                "жазбадағы олқылық туралы дереу жазбаша хабарланады."
            ),
        },
        "clauses": [["forensic-examination-without-hymen-examination", "chain-of-custody"]],
        "options": [
            {
                "text": {
                    "en": "Seal and label the item at the moment of collection: case number, type of item, date, time and examiner's name.",
                    "ru": "Опечатать и промаркировать объект в момент изъятия: номер дела, вид объекта, дата, время и фамилия эксперта.",
                    "kk": "Объектіні алған сәтте пломбалап, таңбалау: іс нөмірі, объектінің түрі, күні, уақыты және сарапшының аты-жөні.",
                },
                "correct": True,
                "explanation": {
                    "en": "First: at the moment of collection.",
                    "ru": "Первый шаг: в момент изъятия.",
                    "kk": "Бірінші қадам: алған сәтте.",
                },
            },
            {
                "text": {
                    "en": "Record every transfer: who handed it over, who received it, date, time and the condition of the seal.",
                    "ru": "Фиксировать каждую передачу: кто передал, кто принял, дата, время и состояние пломбы.",
                    "kk": "Әр берілуді тіркеу: кім берді, кім қабылдады, күні, уақыты және пломбаның жай-күйі.",
                },
                "correct": True,
                "explanation": {
                    "en": "Second: every movement of the item is documented.",
                    "ru": "Второй шаг: каждое перемещение объекта документируется.",
                    "kk": "Екінші қадам: объектінің әр қозғалысы құжатталады.",
                },
            },
            {
                "text": {
                    "en": "Store the item securely, in the conditions its type requires, with access limited to authorised staff.",
                    "ru": "Хранить объект надёжно, в условиях, которых требует его вид, с доступом только для уполномоченных сотрудников.",
                    "kk": "Объектіні оның түрі талап ететін жағдайда, тек уәкілетті қызметкерлер қол жеткізе алатындай етіп сенімді сақтау.",
                },
                "correct": True,
                "explanation": {
                    "en": "Third: secure storage until hand-over.",
                    "ru": "Третий шаг: надёжное хранение до передачи.",
                    "kk": "Үшінші қадам: тапсырғанға дейін сенімді сақтау.",
                },
            },
            {
                "text": {
                    "en": "Hand the item to the investigator or laboratory without delay, against signature.",
                    "ru": "Без промедления передать объект следователю или в лабораторию под подпись.",
                    "kk": "Объектіні тергеушіге немесе зертханаға кідіріссіз, қолхат алып тапсыру.",
                },
                "correct": True,
                "explanation": {
                    "en": "Last: hand-over, signed for.",
                    "ru": "Последний шаг: передача под подпись.",
                    "kk": "Соңғы қадам: қолхат алып тапсыру.",
                },
            },
        ],
    },
    {
        "key": "hymen-before-she-leaves",
        "course": "examining-without-hymen-examination",
        "kind": "multiple",
        "scoring": "partial",
        "difficulty": 2,
        "case": "",
        "prompt": {
            "en": "Before the survivor leaves after the examination, what should you make sure of? Select all that apply.",
            "ru": "В чём нужно убедиться, прежде чем пострадавшая уйдёт после обследования? Выберите все подходящие варианты.",
            "kk": "Тексеруден кейін жәбірленуші кетпес бұрын неге көз жеткізу керек? Барлық сәйкес нұсқаларды таңдаңыз.",
        },
        "explanation": {
            "en": (
                "The clause “Referral and care” treats the examination as a chance to provide care: urgent medical "
                "needs treated or referred, prevention of pregnancy and sexually transmitted infections offered where "
                "clinically indicated, referral to a psychologist or crisis centre, information on hotlines, free "
                "legal aid and shelters, and a check that she has a safe place to go. Referral does not depend on "
                "whether she makes a complaint or withdraws it."
            ),
            "ru": (
                "Пункт протокола о направлении и помощи рассматривает обследование как возможность оказать помощь: "
                "неотложная медицинская помощь или направление к врачу, профилактика беременности и инфекций, "
                "передающихся половым путём, по клиническим показаниям, направление к психологу или в кризисный "
                "центр, информация о телефонах доверия, бесплатной юридической помощи и приютах, а также проверка, "
                "есть ли у неё безопасное место. Направление не зависит от того, подаёт ли она заявление или "
                "отзывает его."
            ),
            "kk": (
                "Хаттаманың жолдама және көмек туралы тармағы тексеруді көмек көрсету мүмкіндігі ретінде қарастырады: "
                "шұғыл медициналық көмек немесе жолдама, клиникалық көрсетілім болса, жүктіліктің және жыныстық жолмен "
                "берілетін инфекциялардың алдын алу, психологқа немесе дағдарыс орталығына жолдама, сенім "
                "телефондары, тегін заң көмегі және баспаналар туралы ақпарат, сондай-ақ оның баратын қауіпсіз жері "
                "бар-жоғын тексеру. Жолдама оның арыз беруіне немесе арызын кері қайтарып алуына байланысты емес."
            ),
        },
        "clauses": [["forensic-examination-without-hymen-examination", "referral-care"]],
        "options": [
            {
                "text": {
                    "en": "She has information on hotlines, free legal aid and shelters.",
                    "ru": "У неё есть информация о телефонах доверия, бесплатной юридической помощи и приютах.",
                    "kk": "Оның сенім телефондары, тегін заң көмегі және баспаналар туралы ақпараты бар.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: she knows where to find further help.",
                    "ru": "Да: она знает, где получить дальнейшую помощь.",
                    "kk": "Иә: ол одан әрі көмекті қайдан алуға болатынын біледі.",
                },
            },
            {
                "text": {
                    "en": "She has a safe place to go.",
                    "ru": "У неё есть безопасное место, куда пойти.",
                    "kk": "Оның баратын қауіпсіз жері бар.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: her safety is checked.",
                    "ru": "Да: её безопасность проверяется.",
                    "kk": "Иә: оның қауіпсіздігі тексеріледі.",
                },
            },
            {
                "text": {
                    "en": "She has confirmed that she will keep her complaint, since referral depends on it.",
                    "ru": "Она подтвердила, что не будет отзывать заявление, поскольку от этого зависит направление.",
                    "kk": "Ол арызын кері қайтарып алмайтынын растады, өйткені жолдама соған байланысты.",
                },
                "correct": False,
                "explanation": {
                    "en": "No: referral never depends on whether she makes or withdraws a complaint.",
                    "ru": "Нет: направление никогда не зависит от того, подаёт ли она заявление или отзывает его.",
                    "kk": "Жоқ: жолдама оның арыз беруіне немесе оны кері қайтарып алуына ешқашан байланысты емес.",
                },
            },
            {
                "text": {
                    "en": "Her urgent medical needs have been treated or referred.",
                    "ru": "Её неотложные медицинские потребности удовлетворены или она направлена к врачу.",
                    "kk": "Оның шұғыл медициналық қажеттіліктері қамтамасыз етілді немесе ол дәрігерге жолданды.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: care is part of the examination.",
                    "ru": "Да: помощь — часть обследования.",
                    "kk": "Иә: көмек — тексерудің бір бөлігі.",
                },
            },
            {
                "text": {
                    "en": "She has been offered referral to a psychologist or a crisis centre.",
                    "ru": "Ей предложено направление к психологу или в кризисный центр.",
                    "kk": "Оған психологқа немесе дағдарыс орталығына жолдама ұсынылды.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: psychological support is offered.",
                    "ru": "Да: психологическая поддержка предлагается.",
                    "kk": "Иә: психологиялық қолдау ұсынылады.",
                },
            },
        ],
    },
    {
        "key": "hymen-free-answer-colleague",
        "course": "examining-without-hymen-examination",
        "kind": "free_text",
        "scoring": "all_or_nothing",
        "difficulty": 3,
        "case": (
            "A colleague who has worked at the bureau for many years says: “We have always checked the hymen. "
            "Investigators and courts expect it, and without it the conclusion looks incomplete.”"
        ),
        "case_i18n": {
            "en": (
                "A colleague who has worked at the bureau for many years says: “We have always checked the hymen. "
                "Investigators and courts expect it, and without it the conclusion looks incomplete.”"
            ),
            "ru": (
                "Коллега, много лет проработавший в бюро, говорит: «Мы всегда проверяли девственную плеву. Следователи "
                "и суды этого ждут, и без этого заключение выглядит неполным»."
            ),
            "kk": (
                "Бюрода көп жыл жұмыс істеген әріптес былай дейді: «Біз әрдайым қыздық пердені тексеріп келдік. "
                "Тергеушілер мен соттар соны күтеді, онсыз қорытынды толық емес болып көрінеді»."
            ),
        },
        "prompt": {
            "en": "In a few sentences, answer your colleague: why does the protocol end this practice, and what makes a conclusion complete?",
            "ru": "В нескольких предложениях ответьте коллеге: почему протокол отказывается от этой практики и что делает заключение полным?",
            "kk": "Әріптесіңізге бірнеше сөйлеммен жауап беріңіз: хаттама бұл тәжірибеден неге бас тартады және қорытындыны не толық етеді?",
        },
        "explanation": {
            "en": (
                "A good answer says that a hymen examination is rarely probative of whether sexual violence took place, "
                "diverts attention from establishing injuries and collecting evidence, and is humiliating and "
                "re-traumatising; that the legal question is whether violence was used and whether she freely "
                "consented, not her sexual history; and that a complete conclusion documents all injuries on the whole "
                "body in neutral, precise language, records her account in her own words, records the absence of "
                "injuries neutrally, and keeps an unbroken chain of custody for every sample. It may add that requests "
                "for the examination are recorded and reported to a supervisor."
            ),
            "ru": (
                "В хорошем ответе говорится, что исследование девственной плевы редко имеет доказательственное "
                "значение для установления факта сексуального насилия, отвлекает внимание от установления "
                "повреждений и сбора доказательств, унижает и заново травмирует пострадавшую; что правовой вопрос — "
                "было ли применено насилие и дала ли она свободное согласие, а не её сексуальное прошлое; и что полное "
                "заключение описывает все повреждения на всём теле нейтральным и точным языком, содержит её рассказ "
                "её словами, нейтрально фиксирует отсутствие повреждений и обеспечивает непрерывную цепочку хранения "
                "каждого образца. Можно добавить, что запросы о таком исследовании фиксируются и о них сообщается "
                "руководителю."
            ),
            "kk": (
                "Жақсы жауапта қыздық пердені тексерудің жыныстық зорлық-зомбылық фактісін анықтау үшін дәлелдемелік "
                "маңызы сирек болатыны, ол назарды жарақаттарды анықтау мен дәлелдемелерді жинаудан алшақтататыны, "
                "жәбірленушіні қорлап, қайта жарақаттайтыны; құқықтық мәселе оның бұрынғы жыныстық өмірі емес, "
                "зорлық-зомбылық қолданылды ма және ол ерікті түрде келісім берді ме деген сұрақ екені; толық "
                "қорытынды бүкіл денедегі барлық жарақаттарды бейтарап әрі нақты тілмен сипаттайтыны, оның әңгімесін "
                "өз сөзімен беретіні, жарақаттардың болмауын бейтарап тіркейтіні және әр үлгінің үзіліссіз сақтау "
                "тізбегін қамтамасыз ететіні айтылады. Мұндай тексеру туралы сұраулар тіркеліп, басшыға хабарланатынын "
                "қосуға болады."
            ),
        },
        "clauses": [
            ["forensic-examination-without-hymen-examination", "no-hymen-exam"],
            ["forensic-examination-without-hymen-examination", "injuries-evidence"],
        ],
        "options": [],
    },
    # ------------------------------------------------------------------------------------
    # Course: consent-vulnerability-ex-officio-prosecution (13 questions)
    # ------------------------------------------------------------------------------------
    {
        "key": "consent-definition-law-and-standard",
        "course": "consent-vulnerability-ex-officio-prosecution",
        "kind": "single",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": "",
        "prompt": {
            "en": "Which statement correctly describes the current definition of rape in the Criminal Code and the international standard?",
            "ru": "Какое утверждение верно описывает действующее определение изнасилования в Уголовном кодексе и международный стандарт?",
            "kk": "Қай тұжырым Қылмыстық кодекстегі зорлаудың қолданыстағы анықтамасын және халықаралық стандартты дұрыс сипаттайды?",
        },
        "explanation": {
            "en": (
                "The clause “Consent standard” explains that the Criminal Code defines rape and violent acts of a "
                "sexual nature (arts. 120 and 121) by violence, the threat of violence or the use of the victim's "
                "helpless condition, not by the absence of consent. CEDAW General Recommendation No. 35 (para. 29(e)) "
                "and the CEDAW Committee's concluding observations on Kazakhstan (CEDAW/C/KAZ/CO/5, para. 25(b)) call "
                "for a definition based on the lack of genuine, free and voluntary consent, taking account of coercive "
                "circumstances. While the law remains as it is, violence, threat and helplessness are interpreted in "
                "the light of that standard."
            ),
            "ru": (
                "Пункт протокола о стандарте согласия поясняет, что Уголовный кодекс определяет изнасилование и "
                "насильственные действия сексуального характера (статьи 120 и 121) через насилие, угрозу его "
                "применения или использование беспомощного состояния потерпевшей, а не через отсутствие согласия. "
                "Общая рекомендация КЛДЖ № 35 (п. 29(e)) и заключительные замечания Комитета по Казахстану "
                "(CEDAW/C/KAZ/CO/5, п. 25(b)) требуют определения, основанного на отсутствии подлинного, свободного и "
                "добровольного согласия, с учётом принудительных обстоятельств. Пока закон не изменён, насилие, угроза "
                "и беспомощность толкуются в свете этого стандарта."
            ),
            "kk": (
                "Хаттаманың келісім стандарты туралы тармағында Қылмыстық кодекс зорлауды және сексуалдық сипаттағы "
                "зорлық әрекеттерін (120 және 121-баптар) келісімнің болмауы арқылы емес, күш қолдану, күш қолдану "
                "қаупі немесе жәбірленушінің дәрменсіз жағдайын пайдалану арқылы анықтайтыны түсіндіріледі. "
                "CEDAW-тың № 35 жалпы ұсынымы (29(e)-тармақ) және Комитеттің Қазақстан бойынша қорытынды ескертпелері "
                "(CEDAW/C/KAZ/CO/5, 25(b)-тармақ) мәжбүрлеу мән-жайларын ескере отырып, шынайы, еркін және ерікті "
                "келісімнің болмауына негізделген анықтаманы талап етеді. Заң өзгермейінше, күш қолдану, қорқыту және "
                "дәрменсіздік осы стандарт тұрғысынан түсіндіріледі."
            ),
        },
        "clauses": [["assessing-consent-and-vulnerability", "consent-standard"]],
        "options": [
            {
                "text": {
                    "en": (
                        "The Code defines rape by violence, the threat of violence or the victim's helpless condition; "
                        "international standards require a definition based on the lack of genuine, free and "
                        "voluntary consent."
                    ),
                    "ru": (
                        "Кодекс определяет изнасилование через насилие, угрозу его применения или беспомощное "
                        "состояние потерпевшей; международные стандарты требуют определения, основанного на "
                        "отсутствии подлинного, свободного и добровольного согласия."
                    ),
                    "kk": (
                        "Кодекс зорлауды күш қолдану, күш қолдану қаупі немесе жәбірленушінің дәрменсіз жағдайы арқылы "
                        "анықтайды; халықаралық стандарттар шынайы, еркін және ерікті келісімнің болмауына негізделген "
                        "анықтаманы талап етеді."
                    ),
                },
                "correct": True,
                "explanation": {
                    "en": "Correct: this is the gap between current law and the standard.",
                    "ru": "Верно: в этом и состоит разрыв между действующим законом и стандартом.",
                    "kk": "Дұрыс: қолданыстағы заң мен стандарт арасындағы алшақтық осында.",
                },
            },
            {
                "text": {
                    "en": "The Code already defines rape by the lack of consent, as international standards require.",
                    "ru": "Кодекс уже определяет изнасилование через отсутствие согласия, как того требуют международные стандарты.",
                    "kk": "Кодекс халықаралық стандарттар талап еткендей, зорлауды келісімнің болмауы арқылы анықтап қойған.",
                },
                "correct": False,
                "explanation": {
                    "en": "No: the Code's definition rests on violence, threat or helplessness.",
                    "ru": "Нет: определение в Кодексе основано на насилии, угрозе или беспомощности.",
                    "kk": "Жоқ: Кодекстегі анықтама күш қолдануға, қорқытуға немесе дәрменсіздікке негізделген.",
                },
            },
            {
                "text": {
                    "en": "Both the Code and international standards require proof of physical resistance.",
                    "ru": "И Кодекс, и международные стандарты требуют доказать физическое сопротивление.",
                    "kk": "Кодекс те, халықаралық стандарттар да физикалық қарсылықтың дәлелденуін талап етеді.",
                },
                "correct": False,
                "explanation": {
                    "en": "No: neither requires resistance, and many victims freeze out of fear.",
                    "ru": "Нет: ни то, ни другое не требует сопротивления, а многие пострадавшие цепенеют от страха.",
                    "kk": "Жоқ: екеуі де қарсылықты талап етпейді, ал көптеген жәбірленушілер қорыққаннан сіресіп қалады.",
                },
            },
            {
                "text": {
                    "en": "International standards require visible injuries before a case can go to court.",
                    "ru": "Международные стандарты требуют наличия видимых повреждений, чтобы дело можно было передать в суд.",
                    "kk": "Халықаралық стандарттар іс сотқа жіберілуі үшін көзге көрінетін жарақаттардың болуын талап етеді.",
                },
                "correct": False,
                "explanation": {
                    "en": "No: they call for removing burdensome evidentiary and corroboration requirements.",
                    "ru": "Нет: они призывают отменить обременительные требования к доказательствам и их подтверждению.",
                    "kk": "Жоқ: олар дәлелдемелерге және оларды растауға қойылатын ауыр талаптарды алып тастауға шақырады.",
                },
            },
        ],
    },
    {
        "key": "consent-withdrawal-speak-alone",
        "course": "consent-vulnerability-ex-officio-prosecution",
        "kind": "true_false",
        "scoring": "all_or_nothing",
        "difficulty": 1,
        "case": "",
        "prompt": {
            "en": (
                "True or false: when a victim says she wants to withdraw her complaint, you speak with her alone, "
                "without relatives, the accused or people acting for him."
            ),
            "ru": (
                "Верно или неверно: если потерпевшая говорит, что хочет отозвать жалобу, вы беседуете с ней наедине — "
                "без родственников, обвиняемого и лиц, действующих в его интересах."
            ),
            "kk": (
                "Дұрыс па, бұрыс па: егер жәбірленуші шағымын кері қайтарып алғысы келетінін айтса, сіз онымен "
                "туыстарсыз, айыпталушысыз және оның мүддесін көздейтін адамдарсыз оңаша сөйлесесіз."
            ),
        },
        "explanation": {
            "en": (
                "True. Under the protocol on protecting a victim from pressure to withdraw a complaint (clause “Speak "
                "privately”), you meet her in a private room, in the language she prefers, with an interpreter who has "
                "no connection to either family. The brief reports that victims are pressured by relatives and the "
                "accused, intimidated or persuaded to take money. Once you are satisfied that the decision is her own, "
                "you respect it."
            ),
            "ru": (
                "Верно. Согласно протоколу о защите потерпевшей от давления с целью отзыва жалобы (пункт о беседе "
                "наедине), вы встречаетесь с ней в отдельном помещении, на удобном ей языке, с переводчиком, не "
                "связанным ни с одной из семей. В докладе отмечается, что на потерпевших давят родственники и "
                "обвиняемый, их запугивают или склоняют взять деньги. Убедившись, что решение принято ею самой, вы его "
                "уважаете."
            ),
            "kk": (
                "Дұрыс. Жәбірленушіні шағымын кері қайтарып алуға көрсетілетін қысымнан қорғау хаттамасына (оңаша "
                "сөйлесу туралы тармақ) сәйкес сіз онымен оқшау бөлмеде, ол қалаған тілде, екі отбасының ешқайсысымен "
                "байланысы жоқ аудармашының қатысуымен кездесесіз. Баяндамада жәбірленушілерге туыстары мен "
                "айыпталушы қысым көрсететіні, оларды қорқытатыны немесе ақша алуға көндіретіні айтылған. Шешімді "
                "оның өзі қабылдағанына көз жеткізгеннен кейін сіз оны құрметтейсіз."
            ),
        },
        "clauses": [["protecting-victim-from-withdrawal-pressure", "speak-privately"]],
        "options": [
            {
                "text": {"en": "True", "ru": "Верно", "kk": "Дұрыс"},
                "correct": True,
                "explanation": {
                    "en": "Correct: only alone can you check whether the decision is free.",
                    "ru": "Верно: только наедине можно проверить, свободно ли её решение.",
                    "kk": "Дұрыс: шешімнің ерікті екенін тек оңаша жағдайда тексеруге болады.",
                },
            },
            {
                "text": {"en": "False", "ru": "Неверно", "kk": "Бұрыс"},
                "correct": False,
                "explanation": {
                    "en": "With relatives or the accused's side present she may not be able to speak freely.",
                    "ru": "В присутствии родственников или стороны обвиняемого она может не решиться говорить свободно.",
                    "kk": "Туыстары немесе айыпталушы жағы отырғанда ол еркін сөйлей алмауы мүмкін.",
                },
            },
        ],
    },
    {
        "key": "consent-threats-and-dependency",
        "course": "consent-vulnerability-ex-officio-prosecution",
        "kind": "single",
        "scoring": "all_or_nothing",
        "difficulty": 3,
        "case": (
            "The accused is the victim's landlord. She testifies that he told her that she and her child would be "
            "put out on the street if she refused, and that she froze and did not resist. She has no visible "
            "injuries. The defence argues that she consented."
        ),
        "case_i18n": {
            "en": (
                "The accused is the victim's landlord. She testifies that he told her that she and her child would be "
                "put out on the street if she refused, and that she froze and did not resist. She has no visible "
                "injuries. The defence argues that she consented."
            ),
            "ru": (
                "Обвиняемый — арендодатель потерпевшей. Она показывает, что он сказал ей: если она откажет, её с "
                "ребёнком выставят на улицу, — и что она оцепенела и не сопротивлялась. Видимых повреждений у неё нет. "
                "Защита утверждает, что она была согласна."
            ),
            "kk": (
                "Айыпталушы — жәбірленуші жалдап тұрған пәтердің иесі. Ол айыпталушының «егер бас тартсаң, сені "
                "балаңмен бірге көшеге қуып шығарамын» дегенін, өзінің сіресіп қалып, қарсылық көрсетпегенін айтады. "
                "Оның денесінде көзге көрінетін жарақаттар жоқ. Қорғау тарапы ол келісім берді деп дәлелдейді."
            ),
        },
        "prompt": {
            "en": "How should the prosecutor or judge assess the evidence?",
            "ru": "Как прокурору или судье следует оценивать доказательства?",
            "kk": "Прокурор немесе судья дәлелдемелерді қалай бағалауы керек?",
        },
        "explanation": {
            "en": (
                "The clause “No resistance” states that the absence of resistance, of visible injuries or of biological "
                "evidence does not show consent: many victims freeze or submit out of fear. Consider fear, threats, "
                "dependency, the setting and the relationship between the victim and the accused, and ask whether she "
                "was in a position to refuse freely. The clause “Consent standard” asks for violence, threat and "
                "helplessness to be read in the light of the consent-based standard, looking at the whole situation, "
                "not only at physical force. Do not demand more corroboration than for other crimes."
            ),
            "ru": (
                "Пункт протокола об отсутствии сопротивления гласит: отсутствие сопротивления, видимых повреждений или "
                "биологических следов не доказывает согласия — многие пострадавшие цепенеют или подчиняются от страха. "
                "Учитывайте страх, угрозы, зависимость, обстановку и отношения между потерпевшей и обвиняемым и "
                "выясняйте, могла ли она свободно отказать. Пункт о стандарте согласия требует толковать насилие, "
                "угрозу и беспомощность в свете стандарта согласия, рассматривая ситуацию в целом, а не только "
                "физическую силу. Не требуйте больше подтверждений, чем по другим преступлениям."
            ),
            "kk": (
                "Хаттаманың қарсылықтың болмауы туралы тармағында қарсылықтың, көрінетін жарақаттардың немесе "
                "биологиялық іздердің болмауы келісімді дәлелдемейтіні айтылған: көптеген жәбірленушілер қорыққаннан "
                "сіресіп қалады немесе бағынады. Қорқынышты, қорқытуларды, тәуелділікті, жағдаятты және жәбірленуші "
                "мен айыпталушы арасындағы қарым-қатынасты ескеріп, оның еркін түрде бас тарта алатын жағдайда "
                "болған-болмағанын анықтаңыз. Келісім стандарты туралы тармақ күш қолдануды, қорқытуды және "
                "дәрменсіздікті тек физикалық күшке емес, жағдайдың бәріне қарай отырып, келісімге негізделген "
                "стандарт тұрғысынан түсіндіруді талап етеді. Басқа қылмыстарға қарағанда көбірек растауды талап "
                "етпеңіз."
            ),
        },
        "clauses": [
            ["assessing-consent-and-vulnerability", "no-resistance"],
            ["assessing-consent-and-vulnerability", "consent-standard"],
        ],
        "options": [
            {
                "text": {
                    "en": "Accept the defence's argument: without injuries or resistance there is no violence.",
                    "ru": "Согласиться с защитой: без повреждений и сопротивления насилия нет.",
                    "kk": "Қорғау тарапының уәжін қабылдау: жарақат пен қарсылық болмаса, зорлық-зомбылық жоқ.",
                },
                "correct": False,
                "explanation": {
                    "en": "This treats the absence of injuries or resistance as proof of consent, which the protocol forbids.",
                    "ru": "Так отсутствие повреждений или сопротивления принимается за доказательство согласия, что протокол запрещает.",
                    "kk": "Бұл жарақаттар мен қарсылықтың болмауын келісімнің дәлелі деп санау, ал хаттама бұған тыйым салады.",
                },
            },
            {
                "text": {
                    "en": "Require independent witnesses to confirm her account before giving it any weight.",
                    "ru": "Требовать, чтобы её рассказ подтвердили независимые свидетели, прежде чем придавать ему какое-либо значение.",
                    "kk": "Оның айтқанына мән беру үшін алдымен тәуелсіз куәлардың растауын талап ету.",
                },
                "correct": False,
                "explanation": {
                    "en": "Do not demand more corroboration of her account than for other crimes.",
                    "ru": "Нельзя требовать подтверждения её рассказа больше, чем по другим преступлениям.",
                    "kk": "Оның айтқанын басқа қылмыстарға қарағанда көбірек растауды талап етуге болмайды.",
                },
            },
            {
                "text": {
                    "en": "Order a hymen examination to clarify the facts.",
                    "ru": "Назначить исследование девственной плевы, чтобы прояснить факты.",
                    "kk": "Фактілерді анықтау үшін қыздық пердені тексеруді тағайындау.",
                },
                "correct": False,
                "explanation": {
                    "en": "A hymen examination is rarely probative and says nothing about consent.",
                    "ru": "Исследование девственной плевы редко имеет доказательственное значение и ничего не говорит о согласии.",
                    "kk": "Қыздық пердені тексерудің дәлелдемелік маңызы сирек болады және ол келісім туралы ештеңе айтпайды.",
                },
            },
            {
                "text": {
                    "en": (
                        "Weigh the whole situation: the threat, her dependency on him for housing, and her fear. The "
                        "absence of resistance and of injuries does not show consent."
                    ),
                    "ru": (
                        "Оценить ситуацию в целом: угрозу, её зависимость от него в вопросе жилья и её страх. "
                        "Отсутствие сопротивления и повреждений не доказывает согласия."
                    ),
                    "kk": (
                        "Жағдайды тұтастай бағалау: қорқытуды, оның баспана жағынан айыпталушыға тәуелділігін және "
                        "қорқынышын. Қарсылық пен жарақаттардың болмауы келісімді дәлелдемейді."
                    ),
                },
                "correct": True,
                "explanation": {
                    "en": "Correct: the question is whether she was in a position to refuse freely.",
                    "ru": "Верно: вопрос в том, могла ли она свободно отказать.",
                    "kk": "Дұрыс: мәселе — оның еркін түрде бас тарта алатын жағдайда болған-болмағаны.",
                },
            },
        ],
    },
    {
        "key": "consent-able-to-refuse-freely",
        "course": "consent-vulnerability-ex-officio-prosecution",
        "kind": "multiple",
        "scoring": "partial",
        "difficulty": 2,
        "case": "",
        "prompt": {
            "en": "Which factors does the protocol tell you to consider when assessing whether the victim was in a position to refuse freely? Select all that apply.",
            "ru": "Какие обстоятельства протокол предписывает учитывать, оценивая, могла ли потерпевшая свободно отказать? Выберите все подходящие варианты.",
            "kk": "Жәбірленушінің еркін түрде бас тарта алатын жағдайда болған-болмағанын бағалағанда хаттама қандай мән-жайларды ескеруді талап етеді? Барлық сәйкес нұсқаларды таңдаңыз.",
        },
        "explanation": {
            "en": (
                "The clause “No resistance” lists fear, threats, dependency, the setting and the relationship between "
                "the victim and the accused, together with all the evidence: her account, witness statements and "
                "messages. It forbids inferring consent from her past, clothing, lifestyle or relationship with the "
                "accused, and drawing conclusions from a hymen examination. Gender stereotypes are a barrier to "
                "justice named in the 2024 brief."
            ),
            "ru": (
                "Пункт протокола об отсутствии сопротивления называет страх, угрозы, зависимость, обстановку и "
                "отношения между потерпевшей и обвиняемым, а также все доказательства: её рассказ, показания "
                "свидетелей и переписку. Он запрещает выводить согласие из её прошлого, одежды, образа жизни или "
                "отношений с обвиняемым и делать выводы из исследования девственной плевы. Гендерные стереотипы "
                "названы в докладе 2024 года препятствием для доступа к правосудию."
            ),
            "kk": (
                "Хаттаманың қарсылықтың болмауы туралы тармағы қорқынышты, қорқытуларды, тәуелділікті, жағдаятты және "
                "жәбірленуші мен айыпталушы арасындағы қарым-қатынасты, сондай-ақ барлық дәлелдемелерді: оның "
                "әңгімесін, куәлардың жауаптарын және хат алмасуды атайды. Ол келісімді оның өткенінен, киімінен, өмір "
                "салтынан немесе айыпталушымен қарым-қатынасынан шығаруға және қыздық пердені тексеруден тұжырым "
                "жасауға тыйым салады. 2024 жылғы баяндамада гендерлік стереотиптер сот төрелігіне қол жеткізудегі "
                "кедергі ретінде аталған."
            ),
        },
        "clauses": [["assessing-consent-and-vulnerability", "no-resistance"]],
        "options": [
            {
                "text": {
                    "en": "The result of a hymen examination.",
                    "ru": "Результат исследования девственной плевы.",
                    "kk": "Қыздық пердені тексеру нәтижесі.",
                },
                "correct": False,
                "explanation": {
                    "en": "No: the protocol says not to draw conclusions from it.",
                    "ru": "Нет: протокол запрещает делать из него выводы.",
                    "kk": "Жоқ: хаттама одан тұжырым жасауға тыйым салады.",
                },
            },
            {
                "text": {
                    "en": "Fear and threats, including threats not involving physical force.",
                    "ru": "Страх и угрозы, в том числе угрозы, не связанные с физической силой.",
                    "kk": "Қорқыныш пен қорқытулар, оның ішінде физикалық күшпен байланысты емес қорқытулар.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: coercive circumstances are central to the assessment.",
                    "ru": "Да: принудительные обстоятельства — центральная часть оценки.",
                    "kk": "Иә: мәжбүрлеу мән-жайлары бағалаудың негізгі бөлігі.",
                },
            },
            {
                "text": {
                    "en": "Her dependency on the accused, for example for work, housing or money.",
                    "ru": "Её зависимость от обвиняемого, например в работе, жилье или деньгах.",
                    "kk": "Оның айыпталушыға тәуелділігі, мысалы, жұмыс, баспана немесе ақша жағынан.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: dependency limits the freedom to refuse.",
                    "ru": "Да: зависимость ограничивает свободу отказа.",
                    "kk": "Иә: тәуелділік бас тарту еркіндігін шектейді.",
                },
            },
            {
                "text": {
                    "en": "The setting and the relationship between the victim and the accused.",
                    "ru": "Обстановку и отношения между потерпевшей и обвиняемым.",
                    "kk": "Жағдаят және жәбірленуші мен айыпталушы арасындағы қарым-қатынас.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: the protocol names both.",
                    "ru": "Да: протокол называет и то и другое.",
                    "kk": "Иә: хаттама екеуін де атайды.",
                },
            },
            {
                "text": {
                    "en": "Her clothing and lifestyle.",
                    "ru": "Её одежду и образ жизни.",
                    "kk": "Оның киімі мен өмір салты.",
                },
                "correct": False,
                "explanation": {
                    "en": "No: consent must not be inferred from these; they reflect gender stereotypes.",
                    "ru": "Нет: из этого нельзя выводить согласие; это гендерные стереотипы.",
                    "kk": "Жоқ: бұлардан келісімді шығаруға болмайды; бұл — гендерлік стереотиптер.",
                },
            },
        ],
    },
    {
        "key": "consent-helpless-condition",
        "course": "consent-vulnerability-ex-officio-prosecution",
        "kind": "single",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": "",
        "prompt": {
            "en": (
                "According to the Supreme Court's resolution of 11 May 2007 No. 4 (para. 5), as summarised in the "
                "protocol, what is a “helpless condition”?"
            ),
            "ru": (
                "Что, согласно нормативному постановлению Верховного Суда от 11 мая 2007 года № 4 (п. 5), как оно "
                "изложено в протоколе, понимается под «беспомощным состоянием»?"
            ),
            "kk": (
                "Хаттамада баяндалғандай, Жоғарғы Соттың 2007 жылғы 11 мамырдағы № 4 нормативтік қаулысына "
                "(5-тармақ) сәйкес «дәрменсіз жағдай» дегеніміз не?"
            ),
        },
        "explanation": {
            "en": (
                "The clause “Helpless condition” summarises the resolution: the victim's inability to resist the "
                "perpetrator, who was aware of her state, because of her physical or mental condition, young age "
                "(under 14), old age, physical disability, mental disorder, or another painful or unconscious "
                "condition. Whether he was aware is established from the evidence, not from his own statement."
            ),
            "ru": (
                "Пункт протокола о беспомощном состоянии излагает постановление так: это неспособность потерпевшей "
                "оказать сопротивление виновному, который осознавал её состояние, вследствие её физического или "
                "психического состояния, малолетнего возраста (до 14 лет), преклонного возраста, физических "
                "недостатков, психического расстройства, иного болезненного или бессознательного состояния. "
                "Осознавал ли он это, устанавливается по доказательствам, а не по его собственным словам."
            ),
            "kk": (
                "Хаттаманың дәрменсіз жағдай туралы тармағы қаулыны былай баяндайды: бұл — жәбірленушінің өзінің "
                "дене немесе психикалық жай-күйіне, жас балалығына (14 жасқа дейін), егде жасына, дене кемістіктеріне, "
                "психикалық бұзылушылығына, өзге де ауру немесе ессіз күйіне байланысты оның жағдайын білген айыпкерге "
                "қарсылық көрсете алмауы. Айыпкердің мұны білген-білмегені оның өз сөзімен емес, дәлелдемелер арқылы "
                "анықталады."
            ),
        },
        "clauses": [["assessing-consent-and-vulnerability", "helpless-condition"]],
        "options": [
            {
                "text": {
                    "en": "Only the state of being unconscious.",
                    "ru": "Только бессознательное состояние.",
                    "kk": "Тек ессіз күй.",
                },
                "correct": False,
                "explanation": {
                    "en": "Too narrow: age, disability, illness and mental disorder are also included.",
                    "ru": "Слишком узко: сюда входят также возраст, инвалидность, болезнь и психическое расстройство.",
                    "kk": "Тым тар: бұған жас, мүгедектік, ауру және психикалық бұзылушылық та кіреді.",
                },
            },
            {
                "text": {
                    "en": (
                        "The victim's inability to resist a perpetrator who was aware of her state, because of her "
                        "physical or mental condition, age under 14, old age, disability, mental disorder, or another "
                        "painful or unconscious condition."
                    ),
                    "ru": (
                        "Неспособность потерпевшей оказать сопротивление виновному, осознававшему её состояние, "
                        "вследствие физического или психического состояния, возраста до 14 лет, преклонного возраста, "
                        "инвалидности, психического расстройства, иного болезненного или бессознательного состояния."
                    ),
                    "kk": (
                        "Жәбірленушінің дене немесе психикалық жай-күйіне, 14 жасқа толмағанына, егде жасына, "
                        "мүгедектігіне, психикалық бұзылушылығына, өзге де ауру немесе ессіз күйіне байланысты оның "
                        "жағдайын білген айыпкерге қарсылық көрсете алмауы."
                    ),
                },
                "correct": True,
                "explanation": {
                    "en": "Correct: this is the definition the protocol relies on.",
                    "ru": "Верно: именно на это определение опирается протокол.",
                    "kk": "Дұрыс: хаттама дәл осы анықтамаға сүйенеді.",
                },
            },
            {
                "text": {
                    "en": "Only cases where the victim's disability has been officially registered.",
                    "ru": "Только случаи, когда инвалидность потерпевшей официально установлена.",
                    "kk": "Тек жәбірленушінің мүгедектігі ресми түрде белгіленген жағдайлар.",
                },
                "correct": False,
                "explanation": {
                    "en": "No: the test is her actual inability to resist, not official status.",
                    "ru": "Нет: критерий — её фактическая неспособность сопротивляться, а не официальный статус.",
                    "kk": "Жоқ: өлшем — ресми мәртебе емес, оның іс жүзінде қарсылық көрсете алмауы.",
                },
            },
            {
                "text": {
                    "en": "A condition that counts only if the accused admits he knew of it.",
                    "ru": "Состояние, которое учитывается, только если обвиняемый признал, что знал о нём.",
                    "kk": "Айыпталушы өзінің бұл туралы білгенін мойындаған жағдайда ғана ескерілетін күй.",
                },
                "correct": False,
                "explanation": {
                    "en": "No: his awareness is established from the evidence, not from his own statement.",
                    "ru": "Нет: его осведомлённость устанавливается по доказательствам, а не по его словам.",
                    "kk": "Жоқ: оның хабардар болғаны оның сөзімен емес, дәлелдемелер арқылы анықталады.",
                },
            },
        ],
    },
    {
        "key": "consent-looked-older-claim",
        "course": "consent-vulnerability-ex-officio-prosecution",
        "kind": "true_false",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": "",
        "prompt": {
            "en": (
                "True or false: if the accused says that a girl under 14 “looked older”, this statement is enough to "
                "establish that he was not aware of her age."
            ),
            "ru": (
                "Верно или неверно: если обвиняемый говорит, что девочка младше 14 лет «выглядела старше», этого "
                "заявления достаточно, чтобы установить, что он не знал о её возрасте."
            ),
            "kk": (
                "Дұрыс па, бұрыс па: егер айыпталушы 14 жасқа толмаған қыз «үлкен болып көрінді» десе, оның бұл "
                "мәлімдемесі оның қыздың жасын білмегенін анықтау үшін жеткілікті."
            ),
        },
        "explanation": {
            "en": (
                "False. The clause “Awareness of age” says that whether the accused was aware of the victim's condition "
                "or age is established from the evidence, not from his own statement. The 2024 brief reports that "
                "cases involving girls under 14 have not been classified as rape because the accused said the girl "
                "“looked older”. Test the claim against her actual age and appearance, how well he knew her, messages "
                "between them and what witnesses knew."
            ),
            "ru": (
                "Неверно. Пункт протокола об осведомлённости о возрасте гласит: знал ли обвиняемый о состоянии или "
                "возрасте потерпевшей, устанавливается по доказательствам, а не по его собственному заявлению. В "
                "докладе 2024 года отмечается, что дела о девочках младше 14 лет не квалифицировались как "
                "изнасилование, потому что обвиняемый утверждал, что девочка «выглядела старше». Проверяйте это "
                "утверждение по её фактическому возрасту и внешности, тому, насколько хорошо он её знал, их переписке "
                "и тому, что было известно свидетелям."
            ),
            "kk": (
                "Бұрыс. Хаттаманың жасы туралы хабардар болу жөніндегі тармағында айыпталушының жәбірленушінің "
                "жай-күйін немесе жасын білген-білмегені оның өз мәлімдемесімен емес, дәлелдемелер арқылы "
                "анықталатыны айтылған. 2024 жылғы баяндамада 14 жасқа толмаған қыздарға қатысты істер айыпталушы "
                "қызды «үлкен болып көрінді» дегендіктен зорлау ретінде сараланбағаны айтылған. Бұл мәлімдемені "
                "қыздың нақты жасымен және сыртқы келбетімен, айыпталушының оны қаншалықты жақсы білгенімен, олардың "
                "хат алмасуымен және куәлардың не білгенімен салыстырып тексеріңіз."
            ),
        },
        "clauses": [["assessing-consent-and-vulnerability", "awareness-of-age"]],
        "options": [
            {
                "text": {"en": "True", "ru": "Верно", "kk": "Дұрыс"},
                "correct": False,
                "explanation": {
                    "en": "His claim must be tested against the evidence, not simply accepted.",
                    "ru": "Его утверждение нужно проверять по доказательствам, а не просто принимать.",
                    "kk": "Оның мәлімдемесін жай қабылдамай, дәлелдемелер арқылы тексеру керек.",
                },
            },
            {
                "text": {"en": "False", "ru": "Неверно", "kk": "Бұрыс"},
                "correct": True,
                "explanation": {
                    "en": "Correct: awareness is established from the evidence.",
                    "ru": "Верно: осведомлённость устанавливается по доказательствам.",
                    "kk": "Дұрыс: хабардар болу дәлелдемелер арқылы анықталады.",
                },
            },
        ],
    },
    {
        "key": "consent-article-122-or-rape",
        "course": "consent-vulnerability-ex-officio-prosecution",
        "kind": "single",
        "scoring": "all_or_nothing",
        "difficulty": 3,
        "case": (
            "A case file concerns a 15-year-old girl and an adult family acquaintance. According to her statement, "
            "he threatened to harm her younger brother if she refused or told anyone. There is no additional "
            "serious physical harm. The investigator has charged him under Article 122 “because there are no "
            "serious injuries”."
        ),
        "case_i18n": {
            "en": (
                "A case file concerns a 15-year-old girl and an adult family acquaintance. According to her statement, "
                "he threatened to harm her younger brother if she refused or told anyone. There is no additional "
                "serious physical harm. The investigator has charged him under Article 122 “because there are no "
                "serious injuries”."
            ),
            "ru": (
                "Материалы дела касаются 15-летней девочки и взрослого знакомого её семьи. По её показаниям, он "
                "угрожал причинить вред её младшему брату, если она откажет или кому-нибудь расскажет. Дополнительного "
                "тяжкого вреда здоровью нет. Следователь предъявил обвинение по статье 122, «поскольку серьёзных "
                "повреждений нет»."
            ),
            "kk": (
                "Іс материалдары 15 жастағы қызға және оның отбасының ересек танысына қатысты. Қыздың жауабы бойынша, "
                "ол егер қыз бас тартса немесе біреуге айтса, інісіне зиян келтіремін деп қорқытқан. Денсаулыққа "
                "қосымша ауыр зиян келтірілмеген. Тергеуші оған 122-бап бойынша «ауыр жарақаттар жоқ болғандықтан» "
                "айып таққан."
            ),
        },
        "prompt": {
            "en": "What should the supervising prosecutor do?",
            "ru": "Как должен поступить надзирающий прокурор?",
            "kk": "Қадағалаушы прокурор қалай әрекет етуі керек?",
        },
        "explanation": {
            "en": (
                "The clause “Article 122 or rape” says that where the acts involved violence, the threat of violence or "
                "the use of the child's helpless condition, they are rape or violent acts of a sexual nature under "
                "Articles 120 and 121, where the victim's age is an aggravating factor, and must be classified as "
                "such. The absence of additional serious physical harm is not a reason to charge under Article 122, "
                "which carries a significantly lighter penalty. The 2024 brief identifies this misclassification as a "
                "practice that denies girls justice."
            ),
            "ru": (
                "Пункт протокола «Статья 122 или изнасилование» гласит: если действия были совершены с применением "
                "насилия, с угрозой его применения или с использованием беспомощного состояния ребёнка, это "
                "изнасилование или насильственные действия сексуального характера по статьям 120 и 121, где возраст "
                "потерпевшей является отягчающим обстоятельством, и квалифицировать их нужно именно так. Отсутствие "
                "дополнительного тяжкого вреда не является основанием для обвинения по статье 122, которая "
                "предусматривает значительно более мягкое наказание. В докладе 2024 года такая неверная квалификация "
                "названа практикой, лишающей девочек правосудия."
            ),
            "kk": (
                "Хаттаманың «122-бап па, әлде зорлау ма» тармағында егер әрекеттер күш қолданумен, күш қолдану "
                "қаупін төндірумен немесе баланың дәрменсіз жағдайын пайдаланумен жасалса, бұл жәбірленушінің жасы "
                "ауырлататын мән-жай болып табылатын 120 және 121-баптар бойынша зорлау немесе сексуалдық сипаттағы "
                "зорлық әрекеттері екені және дәл солай саралануы керек екені айтылған. Денсаулыққа қосымша ауыр "
                "зиянның болмауы әлдеқайда жеңіл жаза көздейтін 122-бап бойынша айып тағуға негіз болмайды. 2024 "
                "жылғы баяндамада мұндай қате саралау қыздарды сот төрелігінен айыратын тәжірибе ретінде аталған."
            ),
        },
        "clauses": [["assessing-consent-and-vulnerability", "art-122-or-rape"]],
        "options": [
            {
                "text": {
                    "en": "Keep the Article 122 charge, since there is no serious physical harm.",
                    "ru": "Оставить обвинение по статье 122, поскольку тяжкого вреда здоровью нет.",
                    "kk": "Денсаулыққа ауыр зиян болмағандықтан, 122-бап бойынша айыпты қалдыру.",
                },
                "correct": False,
                "explanation": {
                    "en": "The protocol says this is not a reason to charge under Article 122.",
                    "ru": "Протокол прямо указывает, что это не основание для обвинения по статье 122.",
                    "kk": "Хаттамада бұл 122-бап бойынша айып тағуға негіз емес екені тікелей айтылған.",
                },
            },
            {
                "text": {
                    "en": "Have the girl questioned again about whether she agreed and who started it.",
                    "ru": "Повторно допросить девочку о том, была ли она согласна и кто был инициатором.",
                    "kk": "Қыздан оның келіскен-келіспегенін және кім бастағанын қайта сұрау.",
                },
                "correct": False,
                "explanation": {
                    "en": "The protocol forbids asking a child this and protects her from repeated questioning.",
                    "ru": "Протокол запрещает задавать ребёнку такие вопросы и защищает его от повторных допросов.",
                    "kk": "Хаттама балаға мұндай сұрақ қоюға тыйым салады және оны қайталап сұраудан қорғайды.",
                },
            },
            {
                "text": {
                    "en": (
                        "Require the acts to be classified under Article 120 or 121, with the victim's age as an "
                        "aggravating factor, because a threat was used; the absence of serious harm is irrelevant."
                    ),
                    "ru": (
                        "Потребовать квалифицировать действия по статье 120 или 121 с учётом возраста потерпевшей как "
                        "отягчающего обстоятельства, поскольку была угроза; отсутствие тяжкого вреда значения не имеет."
                    ),
                    "kk": (
                        "Қорқыту қолданылғандықтан, әрекеттерді жәбірленушінің жасын ауырлататын мән-жай ретінде "
                        "ескеріп, 120 немесе 121-бап бойынша саралауды талап ету; ауыр зиянның болмауының маңызы жоқ."
                    ),
                },
                "correct": True,
                "explanation": {
                    "en": "Correct: a threat makes this rape of a minor, not an Article 122 case.",
                    "ru": "Верно: угроза делает это изнасилованием несовершеннолетней, а не делом по статье 122.",
                    "kk": "Дұрыс: қорқыту бұны 122-бап бойынша іс емес, кәмелетке толмағанды зорлау етеді.",
                },
            },
            {
                "text": {
                    "en": "Terminate the case unless the girl's parents file a complaint.",
                    "ru": "Прекратить дело, если родители девочки не подадут жалобу.",
                    "kk": "Егер қыздың ата-анасы шағым бермесе, істі тоқтату.",
                },
                "correct": False,
                "explanation": {
                    "en": "The victim's age is an aggravating factor, which takes the case outside Part 1 of Articles 120 and 121.",
                    "ru": "Возраст потерпевшей — отягчающее обстоятельство, и дело выходит за рамки части первой статей 120 и 121.",
                    "kk": "Жәбірленушінің жасы — ауырлататын мән-жай, сондықтан іс 120 және 121-баптардың бірінші бөлігінің шегінен шығады.",
                },
            },
        ],
    },
    {
        "key": "consent-order-classifying-child-case",
        "course": "consent-vulnerability-ex-officio-prosecution",
        "kind": "ordering",
        "scoring": "all_or_nothing",
        "difficulty": 3,
        "case": "",
        "prompt": {
            "en": "Put the steps for classifying a case of sexual acts by an adult with a child under 16 in the order the protocol sets out.",
            "ru": "Расположите шаги квалификации дела о действиях сексуального характера взрослого в отношении ребёнка младше 16 лет в порядке, установленном протоколом.",
            "kk": "Ересек адамның 16 жасқа толмаған баламен жасаған сексуалдық сипаттағы әрекеттері туралы істі саралау қадамдарын хаттамада белгіленген ретпен орналастырыңыз.",
        },
        "explanation": {
            "en": (
                "The clause “Article 122 or rape” sets out the sequence: establish the child's age from documents; "
                "examine whether violence, the threat of violence or the child's helpless condition, including her "
                "young age, was involved; if so, classify under Article 120 or 121 with the victim's age as an "
                "aggravating factor, and apply Article 122 only where none of those elements is present; record the "
                "reasons for the classification so that they can be reviewed."
            ),
            "ru": (
                "Пункт протокола «Статья 122 или изнасилование» устанавливает последовательность: установить возраст "
                "ребёнка по документам; выяснить, было ли применено насилие, угроза его применения или использовано "
                "беспомощное состояние ребёнка, включая малолетний возраст; если да — квалифицировать по статье 120 "
                "или 121 с учётом возраста как отягчающего обстоятельства, а статью 122 применять, только если ни "
                "одного из этих признаков нет; записать основания квалификации, чтобы их можно было проверить."
            ),
            "kk": (
                "Хаттаманың «122-бап па, әлде зорлау ма» тармағы мынадай реттілікті белгілейді: баланың жасын "
                "құжаттар бойынша анықтау; күш қолданылды ма, күш қолдану қаупі төндірілді ме немесе баланың дәрменсіз "
                "жағдайы, оның ішінде жас балалығы пайдаланылды ма — соны анықтау; егер солай болса, жасын ауырлататын "
                "мән-жай ретінде ескеріп, 120 немесе 121-бап бойынша саралау, ал 122-бапты бұл белгілердің ешқайсысы "
                "болмаған жағдайда ғана қолдану; саралау негіздерін тексеруге болатындай етіп жазу."
            ),
        },
        "clauses": [["assessing-consent-and-vulnerability", "art-122-or-rape"]],
        "options": [
            {
                "text": {
                    "en": "Establish the child's age from documents.",
                    "ru": "Установить возраст ребёнка по документам.",
                    "kk": "Баланың жасын құжаттар бойынша анықтау.",
                },
                "correct": True,
                "explanation": {
                    "en": "First: her actual age, from documents.",
                    "ru": "Первый шаг: её фактический возраст по документам.",
                    "kk": "Бірінші қадам: оның құжаттағы нақты жасы.",
                },
            },
            {
                "text": {
                    "en": "Examine whether violence, the threat of violence or the child's helpless condition, including her young age, was involved.",
                    "ru": "Выяснить, было ли применено насилие, угроза его применения или использовано беспомощное состояние ребёнка, включая малолетний возраст.",
                    "kk": "Күш қолданылды ма, күш қолдану қаупі төндірілді ме немесе баланың дәрменсіз жағдайы, оның ішінде жас балалығы пайдаланылды ма — соны анықтау.",
                },
                "correct": True,
                "explanation": {
                    "en": "Second: the elements of rape are examined.",
                    "ru": "Второй шаг: проверяются признаки изнасилования.",
                    "kk": "Екінші қадам: зорлаудың белгілері тексеріледі.",
                },
            },
            {
                "text": {
                    "en": (
                        "Classify under Article 120 or 121, with the victim's age as an aggravating factor, if any of "
                        "those elements is present; apply Article 122 only where none is."
                    ),
                    "ru": (
                        "Квалифицировать по статье 120 или 121 с учётом возраста потерпевшей как отягчающего "
                        "обстоятельства, если есть хотя бы один из этих признаков; статью 122 применять, только если их "
                        "нет."
                    ),
                    "kk": (
                        "Осы белгілердің біреуі болса, жәбірленушінің жасын ауырлататын мән-жай ретінде ескеріп, 120 "
                        "немесе 121-бап бойынша саралау; 122-бапты олар болмаған жағдайда ғана қолдану."
                    ),
                },
                "correct": True,
                "explanation": {
                    "en": "Third: the classification follows from the elements found.",
                    "ru": "Третий шаг: квалификация вытекает из установленных признаков.",
                    "kk": "Үшінші қадам: саралау анықталған белгілерден туындайды.",
                },
            },
            {
                "text": {
                    "en": "Record the reasons for the classification.",
                    "ru": "Записать основания квалификации.",
                    "kk": "Саралау негіздерін жазу.",
                },
                "correct": True,
                "explanation": {
                    "en": "Last: the reasons are on record for review.",
                    "ru": "Последний шаг: основания зафиксированы для проверки.",
                    "kk": "Соңғы қадам: негіздер тексеру үшін тіркеледі.",
                },
            },
        ],
    },
    {
        "key": "consent-child-power-imbalance",
        "course": "consent-vulnerability-ex-officio-prosecution",
        "kind": "multiple",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": "",
        "prompt": {
            "en": "In a case of sexual acts by an adult with a child under 16, which of these are consistent with the protocol? Select all that apply.",
            "ru": "Что из перечисленного соответствует протоколу по делу о действиях сексуального характера взрослого в отношении ребёнка младше 16 лет? Выберите все подходящие варианты.",
            "kk": "Ересек адамның 16 жасқа толмаған баламен жасаған сексуалдық сипаттағы әрекеттері туралы істе мыналардың қайсысы хаттамаға сәйкес келеді? Барлық сәйкес нұсқаларды таңдаңыз.",
        },
        "explanation": {
            "en": (
                "The clause “Child consent” says that a child's apparent “consent” or “initiative” does not reduce the "
                "adult's responsibility; assess the power imbalance (age, authority, dependency and experience), hear "
                "the child in a child-friendly setting with a psychologist or teacher present as the law provides, and "
                "protect her from repeated questioning. Do not ask the child whether she agreed or who started it, "
                "describe her as having provoked the adult, or question her about previous sexual experience. The "
                "recommendations in the 2024 brief call for a minor's “consent” to be immaterial."
            ),
            "ru": (
                "Пункт протокола о «согласии» ребёнка гласит: кажущееся «согласие» или «инициатива» ребёнка не "
                "уменьшают ответственности взрослого; оценивайте неравенство сил (возраст, авторитет, зависимость, "
                "опыт), допрашивайте ребёнка в обстановке, подходящей для детей, в присутствии психолога или педагога, "
                "как предусмотрено законом, и защищайте его от повторных допросов. Не спрашивайте ребёнка, была ли она "
                "согласна и кто был инициатором, не называйте её провоцирующей стороной и не задавайте вопросов о "
                "прежнем сексуальном опыте. Рекомендации доклада 2024 года требуют, чтобы «согласие» "
                "несовершеннолетней не имело значения."
            ),
            "kk": (
                "Хаттаманың бала «келісімі» туралы тармағында баланың сырттай көрінетін «келісімі» немесе "
                "«бастамасы» ересек адамның жауапкершілігін азайтпайтыны айтылған; күш теңсіздігін (жасы, беделі, "
                "тәуелділік, тәжірибе) бағалаңыз, баладан заңда көзделгендей психологтың немесе педагогтың "
                "қатысуымен балаға қолайлы жағдайда жауап алыңыз және оны қайталап сұраудан қорғаңыз. Баладан оның "
                "келіскен-келіспегенін немесе кім бастағанын сұрамаңыз, оны ересек адамды арандатты деп "
                "сипаттамаңыз және бұрынғы жыныстық тәжірибесі туралы сұрамаңыз. 2024 жылғы баяндаманың ұсынымдары "
                "кәмелетке толмаған адамның «келісімі» маңызды болмауын талап етеді."
            ),
        },
        "clauses": [["assessing-consent-and-vulnerability", "child-consent"]],
        "options": [
            {
                "text": {
                    "en": "Assess the power imbalance between the adult and the child: age, authority, dependency and experience.",
                    "ru": "Оценить неравенство сил между взрослым и ребёнком: возраст, авторитет, зависимость и опыт.",
                    "kk": "Ересек адам мен бала арасындағы күш теңсіздігін бағалау: жасы, беделі, тәуелділік және тәжірибе.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: the power imbalance is part of the assessment.",
                    "ru": "Да: неравенство сил — часть оценки.",
                    "kk": "Иә: күш теңсіздігі бағалаудың бір бөлігі.",
                },
            },
            {
                "text": {
                    "en": "Hear the child in a child-friendly setting, with a psychologist or teacher present as the law provides.",
                    "ru": "Допрашивать ребёнка в подходящей для детей обстановке, в присутствии психолога или педагога, как предусмотрено законом.",
                    "kk": "Баладан заңда көзделгендей психологтың немесе педагогтың қатысуымен балаға қолайлы жағдайда жауап алу.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: this protects the child during the proceedings.",
                    "ru": "Да: это защищает ребёнка в ходе производства.",
                    "kk": "Иә: бұл іс жүргізу барысында баланы қорғайды.",
                },
            },
            {
                "text": {
                    "en": "Protect the child from repeated questioning.",
                    "ru": "Защищать ребёнка от повторных допросов.",
                    "kk": "Баланы қайталап сұраудан қорғау.",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: repeated questioning re-traumatises her.",
                    "ru": "Да: повторные допросы травмируют её заново.",
                    "kk": "Иә: қайталап сұрау оны қайта жарақаттайды.",
                },
            },
            {
                "text": {
                    "en": "Ask the child whether she agreed or who started it.",
                    "ru": "Спросить ребёнка, была ли она согласна и кто был инициатором.",
                    "kk": "Баладан оның келіскен-келіспегенін немесе кім бастағанын сұрау.",
                },
                "correct": False,
                "explanation": {
                    "en": "No: her apparent “consent” does not reduce the adult's responsibility.",
                    "ru": "Нет: её кажущееся «согласие» не уменьшает ответственности взрослого.",
                    "kk": "Жоқ: оның сырттай көрінетін «келісімі» ересек адамның жауапкершілігін азайтпайды.",
                },
            },
            {
                "text": {
                    "en": "Question the child about previous sexual experience.",
                    "ru": "Расспросить ребёнка о прежнем сексуальном опыте.",
                    "kk": "Баладан бұрынғы жыныстық тәжірибесі туралы сұрау.",
                },
                "correct": False,
                "explanation": {
                    "en": "No: the protocol forbids this.",
                    "ru": "Нет: протокол это запрещает.",
                    "kk": "Жоқ: хаттама бұған тыйым салады.",
                },
            },
        ],
    },
    {
        "key": "consent-complaint-dependency-law",
        "course": "consent-vulnerability-ex-officio-prosecution",
        "kind": "single",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": "",
        "prompt": {
            "en": "Which statement accurately describes how current procedural law makes certain sexual violence cases depend on the victim?",
            "ru": "Какое утверждение точно описывает, как действующее процессуальное законодательство ставит некоторые дела о сексуальном насилии в зависимость от потерпевшей?",
            "kk": "Қолданыстағы іс жүргізу заңнамасы жыныстық зорлық-зомбылық туралы кейбір істерді жәбірленушіге қалай тәуелді ететінін қай тұжырым дәл сипаттайды?",
        },
        "explanation": {
            "en": (
                "The clause “Current law” of the protocol on registering and investigating sexual violence ex officio "
                "explains that under Code of Criminal Procedure art. 35(5) a case under Criminal Code arts. 120(1) or "
                "121(1) (non-aggravated rape and violent acts of a sexual nature) is terminated if the victim has not "
                "filed a complaint, and that under art. 32 non-aggravated coercion into acts of a sexual nature (art. "
                "123(1)) is a case of private prosecution, started on her complaint and ended if she reconciles with "
                "the accused or withdraws. These rules put the burden on the survivor; UN bodies have recommended ex "
                "officio investigation and prosecution instead."
            ),
            "ru": (
                "Пункт «Действующий закон» протокола о регистрации и расследовании сексуального насилия ex officio "
                "поясняет: согласно статье 35(5) УПК дело по части первой статьи 120 или 121 УК (изнасилование и "
                "насильственные действия сексуального характера без отягчающих обстоятельств) прекращается при "
                "отсутствии жалобы потерпевшей, а согласно статье 32 понуждение к действиям сексуального характера "
                "без отягчающих обстоятельств (часть первая статьи 123) относится к делам частного обвинения — оно "
                "возбуждается по её жалобе и прекращается при примирении с обвиняемым или отзыве жалобы. Эти нормы "
                "перекладывают бремя на пострадавшую; органы ООН рекомендовали вместо этого расследование и уголовное "
                "преследование ex officio."
            ),
            "kk": (
                "Жыныстық зорлық-зомбылықты ex officio тіркеу және тергеу хаттамасының «Қолданыстағы заң» тармағы "
                "былай түсіндіреді: ҚПК-нің 35(5)-бабына сәйкес Қылмыстық кодекстің 120 немесе 121-бабының бірінші "
                "бөлігі (ауырлататын мән-жайларсыз зорлау және сексуалдық сипаттағы зорлық әрекеттері) бойынша іс "
                "жәбірленушінің шағымы болмаған кезде тоқтатылады, ал 32-бапқа сәйкес ауырлататын мән-жайларсыз "
                "сексуалдық сипаттағы әрекеттерге мәжбүрлеу (123-баптың бірінші бөлігі) жеке айыптау ісі болып "
                "табылады — ол оның шағымы бойынша қозғалады және айыпталушымен татуласқанда немесе шағым кері "
                "қайтарып алынғанда тоқтатылады. Бұл нормалар ауыртпалықты зардап шеккен әйелге артады; БҰҰ "
                "органдары оның орнына ex officio тергеу мен қылмыстық қудалауды ұсынды."
            ),
        },
        "clauses": [["registering-sexual-violence-ex-officio", "current-law"]],
        "options": [
            {
                "text": {
                    "en": (
                        "Cases under arts. 120(1) and 121(1) are terminated without the victim's complaint (CCP art. "
                        "35(5)); non-aggravated coercion under art. 123(1) is private prosecution (CCP art. 32)."
                    ),
                    "ru": (
                        "Дела по части первой статей 120 и 121 прекращаются при отсутствии жалобы потерпевшей (статья "
                        "35(5) УПК); понуждение без отягчающих обстоятельств по части первой статьи 123 — дело "
                        "частного обвинения (статья 32 УПК)."
                    ),
                    "kk": (
                        "120 және 121-баптардың бірінші бөліктері бойынша істер жәбірленушінің шағымы болмаған кезде "
                        "тоқтатылады (ҚПК-нің 35(5)-бабы); 123-баптың бірінші бөлігі бойынша ауырлататын мән-жайларсыз "
                        "мәжбүрлеу — жеке айыптау ісі (ҚПК-нің 32-бабы)."
                    ),
                },
                "correct": True,
                "explanation": {
                    "en": "Correct: this is the current procedural position.",
                    "ru": "Верно: таково действующее процессуальное положение.",
                    "kk": "Дұрыс: қолданыстағы іс жүргізу ережесі осындай.",
                },
            },
            {
                "text": {
                    "en": "All sexual violence cases are already prosecuted ex officio, whatever the victim does.",
                    "ru": "Все дела о сексуальном насилии уже преследуются ex officio, что бы ни делала потерпевшая.",
                    "kk": "Жәбірленуші не істесе де, жыныстық зорлық-зомбылық туралы барлық істер ex officio қудаланады.",
                },
                "correct": False,
                "explanation": {
                    "en": "No: that is the recommendation, not yet the law.",
                    "ru": "Нет: это рекомендация, а не действующий закон.",
                    "kk": "Жоқ: бұл — ұсыным, әлі қолданыстағы заң емес.",
                },
            },
            {
                "text": {
                    "en": "A complaint is needed only for aggravated rape; non-aggravated rape is always prosecuted.",
                    "ru": "Жалоба нужна только по делам об изнасиловании при отягчающих обстоятельствах; без отягчающих — дело возбуждается всегда.",
                    "kk": "Шағым тек ауырлататын мән-жайлармен жасалған зорлау үшін қажет; ауырлататын мән-жайларсыз зорлау әрдайым қудаланады.",
                },
                "correct": False,
                "explanation": {
                    "en": "No: it is the reverse; Part 1 cases depend on her complaint.",
                    "ru": "Нет: всё наоборот — дела по части первой зависят от её жалобы.",
                    "kk": "Жоқ: керісінше — бірінші бөлік бойынша істер оның шағымына байланысты.",
                },
            },
            {
                "text": {
                    "en": "Coercion under art. 123(1) is public prosecution, while rape under art. 120(1) is private prosecution.",
                    "ru": "Понуждение по части первой статьи 123 — дело публичного обвинения, а изнасилование по части первой статьи 120 — частного.",
                    "kk": "123-баптың бірінші бөлігі бойынша мәжбүрлеу — жария айыптау ісі, ал 120-баптың бірінші бөлігі бойынша зорлау — жеке айыптау ісі.",
                },
                "correct": False,
                "explanation": {
                    "en": "No: art. 123(1) is private prosecution; art. 120(1) ends without a complaint under art. 35(5).",
                    "ru": "Нет: часть первая статьи 123 — частное обвинение; дело по части первой статьи 120 прекращается без жалобы по статье 35(5).",
                    "kk": "Жоқ: 123-баптың бірінші бөлігі — жеке айыптау; 120-баптың бірінші бөлігі бойынша іс 35(5)-бапқа сәйкес шағымсыз тоқтатылады.",
                },
            },
        ],
    },
    {
        "key": "consent-no-waiting-to-register",
        "course": "consent-vulnerability-ex-officio-prosecution",
        "kind": "true_false",
        "scoring": "all_or_nothing",
        "difficulty": 2,
        "case": "",
        "prompt": {
            "en": (
                "True or false: because a case of non-aggravated rape depends on the victim's complaint, the police may "
                "wait a few days before registering the report, to see whether she changes her mind."
            ),
            "ru": (
                "Верно или неверно: поскольку дело об изнасиловании без отягчающих обстоятельств зависит от жалобы "
                "потерпевшей, полиция может подождать несколько дней с регистрацией сообщения, чтобы посмотреть, не "
                "передумает ли она."
            ),
            "kk": (
                "Дұрыс па, бұрыс па: ауырлататын мән-жайларсыз зорлау туралы іс жәбірленушінің шағымына байланысты "
                "болғандықтан, полиция оның райынан қайтар-қайтпасын көру үшін хабарламаны тіркеуді бірнеше күнге "
                "кейінге қалдыра алады."
            ),
        },
        "explanation": {
            "en": (
                "False. The protocol on registering and investigating sexual violence ex officio requires every report "
                "to be registered on the day it is made, and warns that classification as a private or private-public "
                "prosecution case is never a reason to refuse, delay or discourage a report. Until the law changes, "
                "act in the spirit of the recommendations of the CEDAW Committee and the Human Rights Committee: the "
                "state, not the survivor, carries the investigation."
            ),
            "ru": (
                "Неверно. Протокол о регистрации и расследовании сексуального насилия ex officio требует "
                "регистрировать каждое сообщение в день обращения и предупреждает: отнесение дела к делам частного "
                "или частно-публичного обвинения никогда не является основанием отказывать в приёме сообщения, "
                "откладывать его или отговаривать пострадавшую. Пока закон не изменился, действуйте в духе "
                "рекомендаций Комитета КЛДЖ и Комитета по правам человека: расследование ведёт государство, а не "
                "пострадавшая."
            ),
            "kk": (
                "Бұрыс. Жыныстық зорлық-зомбылықты ex officio тіркеу және тергеу хаттамасы әрбір хабарламаны жүгінген "
                "күні тіркеуді талап етеді және істің жеке немесе жеке-жария айыптау істеріне жатқызылуы "
                "хабарламаны қабылдаудан бас тартуға, оны кейінге қалдыруға немесе жәбірленушіні айнытуға ешқашан "
                "негіз болмайтынын ескертеді. Заң өзгергенге дейін CEDAW комитеті мен Адам құқықтары жөніндегі "
                "комитеттің ұсынымдары рухында әрекет етіңіз: тергеуді зардап шеккен әйел емес, мемлекет жүргізеді."
            ),
        },
        "clauses": [
            ["registering-sexual-violence-ex-officio", "register-every-report"],
            ["registering-sexual-violence-ex-officio", "international-standard"],
        ],
        "options": [
            {
                "text": {"en": "True", "ru": "Верно", "kk": "Дұрыс"},
                "correct": False,
                "explanation": {
                    "en": "Delay loses evidence and leaves her alone with pressure to withdraw.",
                    "ru": "Промедление ведёт к утрате доказательств и оставляет её наедине с давлением.",
                    "kk": "Кешіктіру дәлелдемелердің жоғалуына әкеледі және оны қысыммен жалғыз қалдырады.",
                },
            },
            {
                "text": {"en": "False", "ru": "Неверно", "kk": "Бұрыс"},
                "correct": True,
                "explanation": {
                    "en": "Correct: register on the day the report is made.",
                    "ru": "Верно: сообщение регистрируется в день обращения.",
                    "kk": "Дұрыс: хабарлама жүгінген күні тіркеледі.",
                },
            },
        ],
    },
    {
        "key": "consent-review-terminated-case",
        "course": "consent-vulnerability-ex-officio-prosecution",
        "kind": "multiple",
        "scoring": "partial",
        "difficulty": 3,
        "case": (
            "A case under Article 121(1) was terminated after the victim withdrew her complaint two days after her "
            "husband's relatives visited her. The file contains her first statement, but no forensic medical "
            "examination and no witness statements, and a note that “the parties have reconciled”."
        ),
        "case_i18n": {
            "en": (
                "A case under Article 121(1) was terminated after the victim withdrew her complaint two days after her "
                "husband's relatives visited her. The file contains her first statement, but no forensic medical "
                "examination and no witness statements, and a note that “the parties have reconciled”."
            ),
            "ru": (
                "Дело по части первой статьи 121 прекращено после того, как потерпевшая отозвала жалобу через два дня "
                "после визита родственников мужа. В деле есть её первые показания, но нет ни судебно-медицинской "
                "экспертизы, ни показаний свидетелей, а есть отметка «стороны примирились»."
            ),
            "kk": (
                "121-баптың бірінші бөлігі бойынша іс тоқтатылған: күйеуінің туыстары келіп кеткеннен екі күн өткен "
                "соң жәбірленуші шағымын кері қайтарып алған. Істе оның алғашқы жауабы бар, бірақ "
                "сот-медициналық сараптама да, куәлардың жауаптары да жоқ, тек «тараптар татуласты» деген белгі бар."
            ),
        },
        "prompt": {
            "en": "As the supervising prosecutor, which questions should you check? Select all that apply.",
            "ru": "Что вам как надзирающему прокурору следует проверить? Выберите все подходящие варианты.",
            "kk": "Қадағалаушы прокурор ретінде нені тексеруіңіз керек? Барлық сәйкес нұсқаларды таңдаңыз.",
        },
        "explanation": {
            "en": (
                "The clause “Prosecutor oversight” asks prosecutors to check sexual violence cases terminated for lack "
                "of a complaint or after reconciliation: was the classification correct and were aggravating "
                "circumstances considered, did the investigator collect the evidence rather than leave it to the "
                "victim, is there any record of pressure, threats or offers of money, and was she informed of her "
                "rights and offered support. A withdrawal soon after contact with the accused's family is a sign of "
                "pressure listed in the protocol on protecting a victim from pressure to withdraw."
            ),
            "ru": (
                "Пункт протокола о прокурорском надзоре требует проверять дела о сексуальном насилии, прекращённые за "
                "отсутствием жалобы или после примирения: правильна ли квалификация и учтены ли отягчающие "
                "обстоятельства, собирал ли доказательства следователь, а не перекладывал это на потерпевшую, есть ли "
                "сведения о давлении, угрозах или предложениях денег, были ли ей разъяснены права и предложена "
                "поддержка. Отзыв жалобы вскоре после контакта с семьёй обвиняемого — признак давления, указанный в "
                "протоколе о защите потерпевшей от давления."
            ),
            "kk": (
                "Хаттаманың прокурорлық қадағалау туралы тармағы шағымның болмауына немесе татуласуға байланысты "
                "тоқтатылған жыныстық зорлық-зомбылық туралы істерді тексеруді талап етеді: саралау дұрыс па және "
                "ауырлататын мән-жайлар ескерілді ме, дәлелдемелерді жәбірленушіге артпай, тергеушінің өзі жинады ма, "
                "қысым, қорқыту немесе ақша ұсыну туралы мәліметтер бар ма, оған құқықтары түсіндіріліп, қолдау "
                "ұсынылды ма. Айыпталушының отбасымен байланыстан кейін көп ұзамай шағымды кері қайтарып алу — "
                "жәбірленушіні қысымнан қорғау хаттамасында көрсетілген қысым белгісі."
            ),
        },
        "clauses": [
            ["registering-sexual-violence-ex-officio", "prosecutor-oversight"],
            ["protecting-victim-from-withdrawal-pressure", "signs-of-pressure"],
        ],
        "options": [
            {
                "text": {
                    "en": "Did the victim's behaviour before the incident contribute to what happened?",
                    "ru": "Не способствовало ли произошедшему поведение потерпевшей до случившегося?",
                    "kk": "Жәбірленушінің оқиғаға дейінгі мінез-құлқы болған жағдайға себепші болмады ма?",
                },
                "correct": False,
                "explanation": {
                    "en": "No: this is victim-blaming, not oversight.",
                    "ru": "Нет: это обвинение пострадавшей, а не надзор.",
                    "kk": "Жоқ: бұл қадағалау емес, жәбірленушіні кінәлау.",
                },
            },
            {
                "text": {
                    "en": "Was the reconciliation meeting properly organised by the investigator?",
                    "ru": "Правильно ли следователь организовал встречу сторон для примирения?",
                    "kk": "Тергеуші тараптарды татуластыру кездесуін дұрыс ұйымдастырды ма?",
                },
                "correct": False,
                "explanation": {
                    "en": "No: investigators must never propose, arrange or host a reconciliation.",
                    "ru": "Нет: следователь никогда не должен предлагать, организовывать или проводить примирение.",
                    "kk": "Жоқ: тергеуші татуластыруды ешқашан ұсынбауы, ұйымдастырмауы және өткізбеуі керек.",
                },
            },
            {
                "text": {
                    "en": "Were aggravating circumstances considered before the case was classified under Part 1?",
                    "ru": "Были ли рассмотрены отягчающие обстоятельства, прежде чем дело квалифицировали по части первой?",
                    "kk": "Іс бірінші бөлік бойынша сараланғанға дейін ауырлататын мән-жайлар қаралды ма?",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: a wrong classification can make the case depend on her complaint.",
                    "ru": "Да: неверная квалификация может поставить дело в зависимость от её жалобы.",
                    "kk": "Иә: қате саралау істі оның шағымына тәуелді етуі мүмкін.",
                },
            },
            {
                "text": {
                    "en": "Was the withdrawal free: is there any sign or record of pressure, threats or offers of money?",
                    "ru": "Был ли отзыв добровольным: есть ли признаки или сведения о давлении, угрозах или предложениях денег?",
                    "kk": "Шағымды кері қайтарып алу ерікті болды ма: қысымның, қорқытудың немесе ақша ұсынудың белгілері не мәліметтері бар ма?",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: the visit by the husband's relatives is a warning sign.",
                    "ru": "Да: визит родственников мужа — тревожный признак.",
                    "kk": "Иә: күйеуінің туыстарының келуі — алаңдатарлық белгі.",
                },
            },
            {
                "text": {
                    "en": "Did the investigator collect the evidence, rather than leave it to the victim?",
                    "ru": "Собирал ли доказательства следователь, а не перекладывал это на потерпевшую?",
                    "kk": "Дәлелдемелерді жәбірленушіге артпай, тергеушінің өзі жинады ма?",
                },
                "correct": True,
                "explanation": {
                    "en": "Yes: the file shows no forensic examination or witness statements.",
                    "ru": "Да: в деле нет ни экспертизы, ни показаний свидетелей.",
                    "kk": "Иә: істе сараптама да, куәлардың жауаптары да жоқ.",
                },
            },
        ],
    },
    {
        "key": "consent-free-explain-definitions",
        "course": "consent-vulnerability-ex-officio-prosecution",
        "kind": "free_text",
        "scoring": "all_or_nothing",
        "difficulty": 3,
        "case": "",
        "prompt": {
            "en": (
                "In a few sentences, explain the difference between the Criminal Code's current definition of rape and "
                "a consent-based definition, and how you apply the international standard while the law remains "
                "unchanged."
            ),
            "ru": (
                "В нескольких предложениях объясните разницу между действующим определением изнасилования в Уголовном "
                "кодексе и определением, основанным на отсутствии согласия, и как вы применяете международный стандарт, "
                "пока закон не изменён."
            ),
            "kk": (
                "Қылмыстық кодекстегі зорлаудың қолданыстағы анықтамасы мен келісімнің болмауына негізделген "
                "анықтаманың айырмашылығын және заң өзгермейінше халықаралық стандартты қалай қолданатыныңызды "
                "бірнеше сөйлеммен түсіндіріңіз."
            ),
        },
        "explanation": {
            "en": (
                "A good answer says that the Criminal Code defines rape and violent acts of a sexual nature by "
                "violence, the threat of violence or the use of the victim's helpless condition, whereas a "
                "consent-based definition, required by CEDAW General Recommendation No. 35 and CEDAW/C/KAZ/CO/5, asks "
                "whether there was genuine, free and voluntary consent, taking account of coercive circumstances. While "
                "the law is unchanged, violence, threat and helplessness are interpreted in the light of that standard: "
                "the whole situation is considered (fear, threats, dependency, the setting, the relationship), the "
                "absence of resistance or injuries is not treated as consent, consent is not inferred from the "
                "victim's past, clothing or lifestyle, and no more corroboration is demanded than for other crimes."
            ),
            "ru": (
                "В хорошем ответе говорится, что Уголовный кодекс определяет изнасилование и насильственные действия "
                "сексуального характера через насилие, угрозу его применения или использование беспомощного состояния "
                "потерпевшей, тогда как определение, основанное на отсутствии согласия, которого требуют Общая "
                "рекомендация КЛДЖ № 35 и CEDAW/C/KAZ/CO/5, исходит из того, было ли подлинное, свободное и "
                "добровольное согласие, с учётом принудительных обстоятельств. Пока закон не изменён, насилие, угроза и "
                "беспомощность толкуются в свете этого стандарта: ситуация оценивается в целом (страх, угрозы, "
                "зависимость, обстановка, отношения), отсутствие сопротивления или повреждений не считается согласием, "
                "согласие не выводится из прошлого, одежды или образа жизни потерпевшей, и подтверждений требуется не "
                "больше, чем по другим преступлениям."
            ),
            "kk": (
                "Жақсы жауапта Қылмыстық кодекс зорлауды және сексуалдық сипаттағы зорлық әрекеттерін күш қолдану, күш "
                "қолдану қаупі немесе жәбірленушінің дәрменсіз жағдайын пайдалану арқылы анықтайтыны, ал CEDAW-тың № 35 "
                "жалпы ұсынымы мен CEDAW/C/KAZ/CO/5 талап ететін келісімге негізделген анықтама мәжбүрлеу "
                "мән-жайларын ескере отырып, шынайы, еркін және ерікті келісімнің болған-болмағанына сүйенетіні "
                "айтылады. Заң өзгермейінше, күш қолдану, қорқыту және дәрменсіздік осы стандарт тұрғысынан "
                "түсіндіріледі: жағдай тұтастай бағаланады (қорқыныш, қорқыту, тәуелділік, жағдаят, қарым-қатынас), "
                "қарсылықтың немесе жарақаттардың болмауы келісім деп саналмайды, келісім жәбірленушінің өткенінен, "
                "киімінен немесе өмір салтынан шығарылмайды және басқа қылмыстарға қарағанда көбірек растау талап "
                "етілмейді."
            ),
        },
        "clauses": [
            ["assessing-consent-and-vulnerability", "consent-standard"],
            ["assessing-consent-and-vulnerability", "no-resistance"],
        ],
        "options": [],
    },
]
