# Demo protocol content: forensic medical examination without hymen examination.
# Plain Python literals only.

PROTOCOL = {
    "slug": "forensic-examination-without-hymen-examination",
    "audiences": ["forensic", "medical"],
    "topics": ["forensic-examination", "consent"],
    "references": ["cc-120-1", "cc-121-1", "gr35-29e"],
    "effective_date": "2025-03-01",
    "translations": ["en", "ru", "kk"],
    "en": {
        "title": "Forensic medical examination without hymen examination",
        "summary": (
            "How forensic medical experts and medical staff examine a survivor of sexual violence "
            "promptly, as close to her as possible, with her informed consent and without a hymen "
            "examination. It covers documenting injuries, collecting and preserving evidence, and "
            "referral to care."
        ),
        "change_summary": "First published version.",
        "sections": [
            {
                "heading": "Before the examination",
                "clauses": [
                    {
                        "key": "prompt-nearby",
                        "text": (
                            "<p>Examine the survivor <strong>as soon as possible and as close to where "
                            "she is as possible</strong>. Forensic examination bureaus are often far from "
                            "the investigating authorities, and evidence can be lost while a survivor "
                            "travels to them. Do not send her on a long journey: arrange the examination "
                            "at the nearest medical facility or where she is already receiving care.</p>"
                        ),
                        "elements": [
                            {
                                "type": "steps",
                                "items": [
                                    "On receiving a referral, agree at once with the investigator on the nearest suitable place for the examination.",
                                    "If the bureau is far away, arrange for the expert to travel, or for the examination to take place at the nearest medical facility.",
                                    "If the survivor must still travel, arrange transport so that the cost and the delay do not fall on her.",
                                    "Explain how traces can be preserved (for example, by not washing clothing), but never make help conditional on it.",
                                    "Give urgent medical care first: the examination must never delay treatment.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "informed-consent",
                        "text": (
                            "<p>Explain, in a language the survivor understands, what the examination "
                            "involves, why each step is proposed and who will see the results. Ask for her "
                            "consent <strong>before every step</strong>, not only once at the start. She "
                            "may decline any part of the examination or stop it at any time; this must be "
                            "respected and recorded without any pressure.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "Purpose of the examination, and how the findings may be used in the case, explained",
                                    "Each step explained before it began, and consent obtained for it",
                                    "Survivor told she may pause, refuse a step or stop the examination at any time",
                                    "Interpreter arranged where needed",
                                    "Accommodations made for a survivor with a disability, according to her needs",
                                    "Consent to each step, and any refusal, recorded without asking her to give reasons",
                                    "A trusted person of her choice present, if she wishes",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "examiner-choice",
                        "text": (
                            "<p>Most forensic medical experts are men, and being examined by a man can add "
                            "to a survivor's distress. Ask whether she would prefer an examiner of a "
                            "particular sex, and <strong>meet that request wherever possible</strong>. If it "
                            "cannot be met at once, explain why, offer the options (waiting, another "
                            "facility, a chaperone of her chosen sex being present) and let her choose.</p>"
                        ),
                        "elements": [
                            {
                                "type": "do_dont",
                                "do": [
                                    "Ask about her preference privately, before the examination",
                                    "If she asks, bring in a female expert or a female doctor from the nearest facility",
                                    "Offer a chaperone of her chosen sex if her preference cannot be met at once",
                                    "Record the request and how it was met",
                                ],
                                "dont": [
                                    "Assume she has no preference because she did not raise it",
                                    "Treat the request as a whim or an attempt to delay the case",
                                    "Allow anyone to be present who is not needed for the examination",
                                ],
                            },
                        ],
                    },
                ],
            },
            {
                "heading": "During the examination",
                "clauses": [
                    {
                        "key": "no-hymen-exam",
                        "text": (
                            "<p><strong>Never perform a hymen (“virginity”) examination.</strong> "
                            "Its findings are rarely probative of whether sexual violence took place, and it "
                            "diverts attention from establishing injuries and collecting evidence. It is "
                            "humiliating and can re-traumatise the survivor. Do not describe the hymen, or "
                            "the survivor's presumed sexual history, in the conclusion.</p>"
                            "<p>What matters is whether violence was used and whether the survivor freely "
                            "consented, not her sexual history.</p>"
                        ),
                        "elements": [
                            {
                                "type": "warning",
                                "text": (
                                    "Do not carry out a hymen examination even if an investigator, a relative "
                                    "or anyone else asks for it. Record the request, explain that this "
                                    "examination is not part of this protocol, and inform your supervisor."
                                ),
                            },
                            {
                                "type": "law_quote",
                                "reference": "gr35-29e",
                                "text": (
                                    "Calls on States to ensure that the definition of sexual crimes is based "
                                    "on the lack of freely given consent and takes account of coercive "
                                    "circumstances."
                                ),
                            },
                        ],
                    },
                    {
                        "key": "injuries-evidence",
                        "text": (
                            "<p>With consent for each area, examine the whole body and document "
                            "<strong>all injuries</strong> in neutral, precise language: location, size, "
                            "colour and shape. Record the survivor's account in her own words, without "
                            "judgement. Collect the samples that fit her account and the time that has "
                            "passed, explaining what each one is for. If she has washed, changed clothes or "
                            "time has passed, still offer the examination: injuries and other evidence may "
                            "remain.</p>"
                            "<p>Record the absence of visible injuries neutrally. Many survivors do not "
                            "resist because of fear, and <strong>the absence of injuries does not mean the "
                            "absence of violence</strong>. Do not draw conclusions about whether she "
                            "resisted “enough” or whether she can be believed.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "Whole body examined, not only the genital area, with consent for each area",
                                    "Each injury described: location, size, colour, shape",
                                    "Survivor's account recorded in her own words",
                                    "Photographs and body diagrams made only with her specific consent",
                                    "Samples collected with consent for each, into sealed kits, with new gloves for each sample",
                                    "Clothing taken only with consent, and replacement clothing offered",
                                    "Absence of visible injuries recorded neutrally, without conclusions about consent",
                                ],
                            },
                            {
                                "type": "law_quote",
                                "reference": "cc-120-1",
                                "text": (
                                    "Establishes criminal liability for rape without aggravating circumstances. "
                                    "The Criminal Code defines rape by violence, the threat of violence or use "
                                    "of the victim's helpless condition, not by the lack of consent."
                                ),
                            },
                            {
                                "type": "law_quote",
                                "reference": "cc-121-1",
                                "text": (
                                    "Establishes criminal liability for violent acts of a sexual nature without "
                                    "aggravating circumstances, defined by the same elements: violence, the "
                                    "threat of violence or a helpless condition."
                                ),
                            },
                        ],
                    },
                ],
            },
            {
                "heading": "Evidence and aftercare",
                "clauses": [
                    {
                        "key": "chain-of-custody",
                        "text": (
                            "<p>Keep an unbroken, documented <strong>chain of custody</strong> for every "
                            "sample, photograph and record, from collection until it is handed to the "
                            "investigator or laboratory, so that the evidence can be relied on in court. "
                            "Records are confidential and are shared only with those entitled to them by "
                            "law.</p>"
                        ),
                        "elements": [
                            {
                                "type": "steps",
                                "items": [
                                    "Seal and label each item at the moment of collection: case number, type of item, date, time and examiner's name.",
                                    "Record every transfer: who handed it over, who received it, date, time and the condition of the seal.",
                                    "Store items securely, in the conditions their type requires, with access limited to authorised staff.",
                                    "Hand items to the investigator or laboratory without delay, against signature.",
                                    "Report any broken seal or gap in the record in writing at once.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "referral-care",
                        "text": (
                            "<p>The examination is also a chance to provide care. Before the survivor leaves, "
                            "make sure she has received <strong>medical treatment and psychological "
                            "support</strong>, or a referral to them, and information about other help "
                            "available to her. Referral does not depend on whether she makes a complaint or "
                            "withdraws it.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "Urgent medical needs treated or referred",
                                    "Prevention of pregnancy and sexually transmitted infections offered where clinically indicated",
                                    "Follow-up medical appointment explained and offered",
                                    "Referral to a psychologist or a crisis centre offered",
                                    "Information given on hotlines, free legal aid and shelters",
                                    "Safety checked: she has a safe place to go",
                                    "Referrals recorded with her consent",
                                ],
                            },
                        ],
                    },
                ],
            },
        ],
    },
    "ru": {
        "title": "Судебно-медицинская экспертиза без исследования девственной плевы",
        "summary": (
            "Как судебно-медицинские эксперты и медицинские работники обследуют пострадавшую от "
            "сексуального насилия без промедления, как можно ближе к месту её нахождения, с её "
            "информированного согласия и без исследования девственной плевы. Протокол охватывает "
            "фиксацию повреждений, сбор и сохранность доказательств и направление за помощью."
        ),
        "change_summary": "Первая опубликованная версия.",
        "sections": [
            {
                "heading": "До обследования",
                "clauses": [
                    {
                        "key": "prompt-nearby",
                        "text": (
                            "<p>Проводите обследование пострадавшей <strong>как можно скорее и как можно "
                            "ближе к месту, где она находится</strong>. Бюро судебно-медицинской экспертизы "
                            "часто расположены далеко от органов следствия, и пока пострадавшая добирается "
                            "до них, доказательства могут быть утрачены. Не отправляйте её в долгий путь: "
                            "организуйте обследование в ближайшем медицинском учреждении или там, где ей "
                            "уже оказывают помощь.</p>"
                        ),
                        "elements": [
                            {
                                "type": "steps",
                                "items": [
                                    "Получив направление, сразу согласуйте со следователем ближайшее подходящее место для обследования.",
                                    "Если бюро находится далеко, организуйте выезд эксперта или проведение обследования в ближайшем медицинском учреждении.",
                                    "Если пострадавшей всё же нужно ехать, обеспечьте транспорт, чтобы расходы и задержка не ложились на неё.",
                                    "Объясните, как сохранить следы (например, не стирать одежду), но никогда не ставьте помощь в зависимость от этого.",
                                    "Сначала окажите неотложную медицинскую помощь: обследование не должно задерживать лечение.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "informed-consent",
                        "text": (
                            "<p>Объясните на понятном пострадавшей языке, из чего состоит обследование, "
                            "зачем предлагается каждый этап и кто увидит его результаты. Спрашивайте её "
                            "согласия <strong>перед каждым этапом</strong>, а не один раз в начале. Она "
                            "вправе отказаться от любой части обследования или прекратить его в любой "
                            "момент; это необходимо уважать и фиксировать без какого-либо давления.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "Объяснены цель обследования и то, как его результаты могут быть использованы в деле",
                                    "Каждый этап объяснён до его начала, и на него получено согласие",
                                    "Пострадавшей сказано, что она может сделать перерыв, отказаться от этапа или прекратить обследование в любой момент",
                                    "При необходимости приглашён переводчик",
                                    "Для пострадавшей с инвалидностью созданы условия с учётом её потребностей",
                                    "Согласие на каждый этап и любой отказ записаны без требования объяснить причины",
                                    "По её желанию присутствует выбранное ею доверенное лицо",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "examiner-choice",
                        "text": (
                            "<p>Большинство судебно-медицинских экспертов — мужчины, и обследование "
                            "экспертом-мужчиной может усилить переживания пострадавшей. Спросите, "
                            "предпочитает ли она эксперта определённого пола, и <strong>по возможности "
                            "выполните эту просьбу</strong>. Если сразу это невозможно, объясните причину, "
                            "предложите варианты (подождать, обратиться в другое учреждение, присутствие "
                            "сопровождающего лица выбранного ею пола) и дайте ей выбрать.</p>"
                        ),
                        "elements": [
                            {
                                "type": "do_dont",
                                "do": [
                                    "Спрашивать о её предпочтении наедине, до начала обследования",
                                    "По её просьбе приглашать эксперта-женщину или врача-женщину из ближайшего учреждения",
                                    "Предлагать сопровождающее лицо выбранного ею пола, если её просьбу нельзя выполнить сразу",
                                    "Записывать просьбу и то, как она была выполнена",
                                ],
                                "dont": [
                                    "Считать, что у неё нет предпочтений, раз она сама о них не сказала",
                                    "Воспринимать просьбу как каприз или попытку затянуть дело",
                                    "Допускать присутствие лиц, без которых можно провести обследование",
                                ],
                            },
                        ],
                    },
                ],
            },
            {
                "heading": "Во время обследования",
                "clauses": [
                    {
                        "key": "no-hymen-exam",
                        "text": (
                            "<p><strong>Никогда не проводите исследование девственной плевы "
                            "(«проверку на девственность»).</strong> Его результаты редко имеют "
                            "доказательственное значение для установления факта сексуального насилия, а "
                            "само оно отвлекает внимание от установления повреждений и сбора "
                            "доказательств. Оно унизительно и может повторно травмировать пострадавшую. Не "
                            "описывайте в заключении девственную плеву или предполагаемую сексуальную "
                            "историю пострадавшей.</p>"
                            "<p>Значение имеет то, было ли применено насилие и дала ли пострадавшая "
                            "свободное согласие, а не её сексуальное прошлое.</p>"
                        ),
                        "elements": [
                            {
                                "type": "warning",
                                "text": (
                                    "Не проводите исследование девственной плевы, даже если об этом просит "
                                    "следователь, родственник или кто-либо ещё. Зафиксируйте такую просьбу, "
                                    "объясните, что это исследование не предусмотрено настоящим протоколом, и "
                                    "сообщите руководителю."
                                ),
                            },
                            {
                                "type": "law_quote",
                                "reference": "gr35-29e",
                                "text": (
                                    "Призывает государства обеспечить, чтобы определение сексуальных "
                                    "преступлений основывалось на отсутствии добровольного согласия и "
                                    "учитывало обстоятельства принуждения."
                                ),
                            },
                        ],
                    },
                    {
                        "key": "injuries-evidence",
                        "text": (
                            "<p>Получая согласие на осмотр каждой области, осмотрите всё тело и "
                            "зафиксируйте <strong>все повреждения</strong> нейтральным и точным языком: "
                            "локализацию, размер, цвет и форму. Запишите рассказ пострадавшей её "
                            "собственными словами, без оценок. Соберите образцы, соответствующие её рассказу "
                            "и прошедшему времени, объясняя назначение каждого. Если она помылась, "
                            "переоделась или прошло время, всё равно предложите обследование: повреждения и "
                            "другие доказательства могут сохраниться.</p>"
                            "<p>Отсутствие видимых повреждений фиксируйте нейтрально. Многие пострадавшие не "
                            "сопротивляются из-за страха, и <strong>отсутствие повреждений не означает "
                            "отсутствия насилия</strong>. Не делайте выводов о том, «достаточно ли» она "
                            "сопротивлялась и можно ли ей верить.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "Осмотрено всё тело, а не только область половых органов, с согласия на осмотр каждой области",
                                    "Каждое повреждение описано: локализация, размер, цвет, форма",
                                    "Рассказ пострадавшей записан её собственными словами",
                                    "Фотографии и схемы тела выполнены только с её отдельного согласия",
                                    "Образцы взяты с согласия на каждый, в запечатанные наборы, в новых перчатках для каждого образца",
                                    "Одежда изъята только с согласия, пострадавшей предложена сменная одежда",
                                    "Отсутствие видимых повреждений записано нейтрально, без выводов о согласии",
                                ],
                            },
                            {
                                "type": "law_quote",
                                "reference": "cc-120-1",
                                "text": (
                                    "Устанавливает уголовную ответственность за изнасилование без отягчающих "
                                    "обстоятельств. Уголовный кодекс определяет изнасилование через насилие, "
                                    "угрозу насилием или использование беспомощного состояния потерпевшей, а "
                                    "не через отсутствие согласия."
                                ),
                            },
                            {
                                "type": "law_quote",
                                "reference": "cc-121-1",
                                "text": (
                                    "Устанавливает уголовную ответственность за насильственные действия "
                                    "сексуального характера без отягчающих обстоятельств, определяемые теми же "
                                    "признаками: насилие, угроза насилием или беспомощное состояние."
                                ),
                            },
                        ],
                    },
                ],
            },
            {
                "heading": "Сохранность доказательств и дальнейшая помощь",
                "clauses": [
                    {
                        "key": "chain-of-custody",
                        "text": (
                            "<p>Обеспечьте непрерывную, документально подтверждённую <strong>цепочку "
                            "хранения</strong> каждого образца, фотографии и записи — с момента изъятия до "
                            "передачи следователю или в лабораторию, чтобы на эти доказательства можно было "
                            "опираться в суде. Записи конфиденциальны и предоставляются только лицам, "
                            "имеющим на это право по закону.</p>"
                        ),
                        "elements": [
                            {
                                "type": "steps",
                                "items": [
                                    "Опечатайте и промаркируйте каждый объект в момент изъятия: номер дела, вид объекта, дата, время и имя эксперта.",
                                    "Фиксируйте каждую передачу: кто передал, кто принял, дата, время и состояние печати.",
                                    "Храните объекты надёжно, в условиях, которых требует их вид, с доступом только для уполномоченных сотрудников.",
                                    "Передавайте объекты следователю или в лабораторию без промедления, под подпись.",
                                    "О любом нарушении печати или пробеле в записях немедленно сообщайте в письменной форме.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "referral-care",
                        "text": (
                            "<p>Обследование — это и возможность оказать помощь. Прежде чем пострадавшая "
                            "уйдёт, убедитесь, что она получила <strong>медицинскую помощь и "
                            "психологическую поддержку</strong> или направление к ним, а также информацию о "
                            "другой доступной ей помощи. Направление не зависит от того, подаёт ли она "
                            "заявление или отзывает его.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "Неотложная медицинская помощь оказана, или выдано направление",
                                    "При наличии клинических показаний предложена профилактика беременности и инфекций, передаваемых половым путём",
                                    "Объяснён и предложен повторный приём у врача",
                                    "Предложено направление к психологу или в кризисный центр",
                                    "Предоставлена информация о телефонах доверия, бесплатной юридической помощи и убежищах",
                                    "Проверена безопасность: у неё есть безопасное место, куда можно пойти",
                                    "Направления записаны с её согласия",
                                ],
                            },
                        ],
                    },
                ],
            },
        ],
    },
    "kk": {
        "title": "Қыздық пердені тексерусіз сот-медициналық сараптама",
        "summary": (
            "Сот-медициналық сарапшылар мен медицина қызметкерлері жыныстық зорлық-зомбылықтан "
            "зардап шеккен адамды кідіріссіз, ол тұрған жерге барынша жақын, оның ақпараттандырылған "
            "келісімімен және қыздық пердені тексерусіз қалай тексереді. Хаттама жарақаттарды "
            "құжаттауды, дәлелдемелерді жинау мен сақтауды және көмекке жолдауды қамтиды."
        ),
        "change_summary": "Алғашқы жарияланған нұсқа.",
        "sections": [
            {
                "heading": "Тексеруге дейін",
                "clauses": [
                    {
                        "key": "prompt-nearby",
                        "text": (
                            "<p>Жәбірленушіні <strong>мүмкіндігінше тез және ол тұрған жерге "
                            "мүмкіндігінше жақын</strong> тексеріңіз. Сот-медициналық сараптама бюролары "
                            "көбіне тергеу органдарынан алыс орналасқан, ал жәбірленуші оларға жеткенше "
                            "дәлелдемелер жоғалуы мүмкін. Оны алыс жолға жібермеңіз: тексеруді ең жақын "
                            "медициналық мекемеде немесе оған көмек көрсетіліп жатқан жерде "
                            "ұйымдастырыңыз.</p>"
                        ),
                        "elements": [
                            {
                                "type": "steps",
                                "items": [
                                    "Жолдаманы алған бойда тергеушімен тексеру жүргізілетін ең жақын қолайлы орынды келісіңіз.",
                                    "Бюро алыс болса, сарапшының барып тексеруін немесе тексеруді ең жақын медициналық мекемеде өткізуді ұйымдастырыңыз.",
                                    "Жәбірленушіге бәрібір жол жүруге тура келсе, шығын мен кідіріс оған жүктелмейтіндей көлік ұйымдастырыңыз.",
                                    "Іздерді қалай сақтауға болатынын түсіндіріңіз (мысалы, киімді жумау), бірақ көмек көрсетуді ешқашан осыған тәуелді етпеңіз.",
                                    "Алдымен шұғыл медициналық көмек көрсетіңіз: тексеру емдеуді кешіктірмеуі тиіс.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "informed-consent",
                        "text": (
                            "<p>Тексерудің неден тұратынын, әр кезеңнің не үшін ұсынылатынын және оның "
                            "нәтижелерін кім көретінін жәбірленушіге түсінікті тілде түсіндіріңіз. Оның "
                            "келісімін басында бір рет қана емес, <strong>әр кезеңнің алдында</strong> "
                            "сұраңыз. Ол тексерудің кез келген бөлігінен бас тартуға немесе оны кез келген "
                            "уақытта тоқтатуға құқылы; мұны құрметтеп, ешқандай қысымсыз тіркеу қажет.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "Тексерудің мақсаты және оның нәтижелері іс бойынша қалай пайдаланылуы мүмкін екені түсіндірілді",
                                    "Әр кезең басталар алдында түсіндірілді және оған келісім алынды",
                                    "Жәбірленушіге кез келген уақытта үзіліс жасауға, кезеңнен бас тартуға немесе тексеруді тоқтатуға болатыны айтылды",
                                    "Қажет болған жағдайда аудармашы шақырылды",
                                    "Мүгедектігі бар жәбірленуші үшін оның қажеттіліктеріне сай жағдай жасалды",
                                    "Әр кезеңге берілген келісім және кез келген бас тарту себебі сұралмай тіркелді",
                                    "Оның қалауы бойынша өзі таңдаған сенімді адам қатысады",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "examiner-choice",
                        "text": (
                            "<p>Сот-медициналық сарапшылардың көпшілігі — ер адамдар, ал ер сарапшының "
                            "тексеруі жәбірленушінің күйзелісін күшейтуі мүмкін. Оның белгілі бір жыныстағы "
                            "сарапшыны қалайтынын сұраңыз және <strong>мүмкіндігінше бұл өтінішті "
                            "орындаңыз</strong>. Егер бұл бірден мүмкін болмаса, себебін түсіндіріп, "
                            "нұсқаларды ұсыныңыз (күту, басқа мекемеге бару, өзі таңдаған жыныстағы "
                            "сүйемелдеуші адамның қатысуы) және таңдауды оның өзіне қалдырыңыз.</p>"
                        ),
                        "elements": [
                            {
                                "type": "do_dont",
                                "do": [
                                    "Тексеруге дейін оның қалауын оңаша сұрау",
                                    "Оның өтініші бойынша әйел сарапшыны немесе ең жақын мекемеден әйел дәрігерді шақыру",
                                    "Қалауын бірден орындау мүмкін болмаса, өзі таңдаған жыныстағы сүйемелдеуші адамды ұсыну",
                                    "Өтінішті және оның қалай орындалғанын тіркеу",
                                ],
                                "dont": [
                                    "Өзі айтпағандықтан, оның қалауы жоқ деп санау",
                                    "Өтінішті қыңырлық немесе істі созуға тырысу деп қабылдау",
                                    "Тексеруге қажет емес адамдардың қатысуына жол беру",
                                ],
                            },
                        ],
                    },
                ],
            },
            {
                "heading": "Тексеру барысында",
                "clauses": [
                    {
                        "key": "no-hymen-exam",
                        "text": (
                            "<p><strong>Қыздық пердені тексеруді («қыздыққа тексеруді») ешқашан "
                            "жүргізбеңіз.</strong> Оның нәтижелері жыныстық зорлық-зомбылық фактісін "
                            "анықтау үшін сирек дәлелдемелік маңызға ие, ал тексерудің өзі назарды "
                            "жарақаттарды анықтау мен дәлелдемелерді жинаудан алшақтатады. Ол жәбірленушінің "
                            "қадір-қасиетін қорлайды және оны қайта жарақаттауы мүмкін. Қорытындыда қыздық "
                            "пердені немесе жәбірленушінің болжамды жыныстық өмірін сипаттамаңыз.</p>"
                            "<p>Маңыздысы — зорлық-зомбылық қолданылды ма және жәбірленуші ерікті түрде "
                            "келісім берді ме, оның бұрынғы жыныстық өмірі емес.</p>"
                        ),
                        "elements": [
                            {
                                "type": "warning",
                                "text": (
                                    "Қыздық пердені тексеруді тергеуші, туыстар немесе басқа біреу сұраса да "
                                    "жүргізбеңіз. Мұндай өтінішті тіркеп, бұл тексеру осы хаттамада "
                                    "көзделмегенін түсіндіріңіз және басшыңызға хабарлаңыз."
                                ),
                            },
                            {
                                "type": "law_quote",
                                "reference": "gr35-29e",
                                "text": (
                                    "Мемлекеттерді жыныстық қылмыстардың анықтамасы ерікті келісімнің "
                                    "болмауына негізделуін және мәжбүрлеу жағдайларын ескеруін қамтамасыз "
                                    "етуге шақырады."
                                ),
                            },
                        ],
                    },
                    {
                        "key": "injuries-evidence",
                        "text": (
                            "<p>Әр аймақты тексеруге келісім ала отырып, бүкіл денені тексеріңіз және "
                            "<strong>барлық жарақаттарды</strong> бейтарап әрі нақты тілмен құжаттаңыз: "
                            "орналасқан жері, көлемі, түсі және пішіні. Жәбірленушінің әңгімесін баға "
                            "бермей, оның өз сөзімен жазыңыз. Оның әңгімесіне және өткен уақытқа сәйкес "
                            "үлгілерді әрқайсысының мақсатын түсіндіре отырып алыңыз. Егер ол жуынған, "
                            "киімін ауыстырған немесе біраз уақыт өткен болса да, тексеруді ұсыныңыз: "
                            "жарақаттар мен басқа дәлелдемелер сақталуы мүмкін.</p>"
                            "<p>Көрінетін жарақаттардың болмауын бейтарап тіркеңіз. Көптеген жәбірленушілер "
                            "қорыққандықтан қарсылық көрсетпейді, сондықтан <strong>жарақаттардың болмауы "
                            "зорлық-зомбылықтың болмағанын білдірмейді</strong>. Оның «жеткілікті» қарсылық "
                            "көрсеткені немесе оған сенуге болатыны туралы қорытынды жасамаңыз.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "Тек жыныс мүшелері аймағы емес, әр аймаққа келісім алынып, бүкіл дене тексерілді",
                                    "Әр жарақат сипатталды: орналасқан жері, көлемі, түсі, пішіні",
                                    "Жәбірленушінің әңгімесі оның өз сөзімен жазылды",
                                    "Фотосуреттер мен дене сызбалары тек оның жеке келісімімен жасалды",
                                    "Үлгілер әрқайсысына келісім алынып, мөрленген жинақтарға, әр үлгі үшін жаңа қолғаппен алынды",
                                    "Киім тек келісіммен алынды, жәбірленушіге ауыстыратын киім ұсынылды",
                                    "Көрінетін жарақаттардың болмауы келісім туралы қорытындысыз, бейтарап тіркелді",
                                ],
                            },
                            {
                                "type": "law_quote",
                                "reference": "cc-120-1",
                                "text": (
                                    "Ауырлататын мән-жайларсыз зорлау үшін қылмыстық жауаптылықты белгілейді. "
                                    "Қылмыстық кодекс зорлауды келісімнің болмауы арқылы емес, "
                                    "зорлық-зомбылық, зорлық-зомбылық қолданамын деп қорқыту немесе "
                                    "жәбірленушінің дәрменсіз жағдайын пайдалану арқылы анықтайды."
                                ),
                            },
                            {
                                "type": "law_quote",
                                "reference": "cc-121-1",
                                "text": (
                                    "Ауырлататын мән-жайларсыз сексуалдық сипаттағы зорлық-зомбылық әрекеттері "
                                    "үшін қылмыстық жауаптылықты белгілейді; олар да сол белгілер арқылы "
                                    "анықталады: зорлық-зомбылық, зорлық-зомбылық қолданамын деп қорқыту "
                                    "немесе дәрменсіз жағдай."
                                ),
                            },
                        ],
                    },
                ],
            },
            {
                "heading": "Дәлелдемелердің сақталуы және одан әрі көмек",
                "clauses": [
                    {
                        "key": "chain-of-custody",
                        "text": (
                            "<p>Әр үлгі, фотосурет және жазба үшін оны алған сәттен бастап тергеушіге "
                            "немесе зертханаға тапсырғанға дейін үзіліссіз, құжатталған <strong>сақтау "
                            "тізбегін</strong> қамтамасыз етіңіз, сонда бұл дәлелдемелерге сотта сүйенуге "
                            "болады. Жазбалар құпия болып табылады және заң бойынша оларға құқығы бар "
                            "адамдарға ғана беріледі.</p>"
                        ),
                        "elements": [
                            {
                                "type": "steps",
                                "items": [
                                    "Әр затты алған сәтте мөрлеп, таңбалаңыз: іс нөмірі, заттың түрі, күні, уақыты және сарапшының аты-жөні.",
                                    "Әр беруді тіркеңіз: кім берді, кім қабылдады, күні, уақыты және мөрдің жай-күйі.",
                                    "Заттарды олардың түріне қажетті жағдайда, тек уәкілетті қызметкерлер қол жеткізе алатындай қауіпсіз сақтаңыз.",
                                    "Заттарды тергеушіге немесе зертханаға кідіріссіз, қол қойдырып тапсырыңыз.",
                                    "Мөрдің бұзылғанын немесе жазбадағы олқылықты дереу жазбаша хабарлаңыз.",
                                ],
                            },
                        ],
                    },
                    {
                        "key": "referral-care",
                        "text": (
                            "<p>Тексеру — көмек көрсетуге де мүмкіндік. Жәбірленуші кетпес бұрын оның "
                            "<strong>медициналық көмек пен психологиялық қолдау</strong> алғанына немесе "
                            "оларға жолдама алғанына, сондай-ақ өзіне қолжетімді басқа көмек туралы ақпарат "
                            "алғанына көз жеткізіңіз. Жолдама оның арыз беруіне немесе арызын кері қайтарып "
                            "алуына байланысты емес.</p>"
                        ),
                        "elements": [
                            {
                                "type": "checklist",
                                "items": [
                                    "Шұғыл медициналық көмек көрсетілді немесе жолдама берілді",
                                    "Клиникалық көрсетілім болған жағдайда жүктіліктің және жыныстық жолмен берілетін инфекциялардың алдын алу ұсынылды",
                                    "Дәрігердің қайта қабылдауы түсіндіріліп, ұсынылды",
                                    "Психологқа немесе дағдарыс орталығына жолдама ұсынылды",
                                    "Сенім телефондары, тегін заң көмегі және баспаналар туралы ақпарат берілді",
                                    "Қауіпсіздігі тексерілді: оның баратын қауіпсіз орны бар",
                                    "Жолдамалар оның келісімімен тіркелді",
                                ],
                            },
                        ],
                    },
                ],
            },
        ],
    },
    "version_2": None,
}
