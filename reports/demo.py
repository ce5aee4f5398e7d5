"""Synthetic learners and a year of their training, so every completion report shows figures.

About three hundred learners in the demo units (police districts, prosecutors' offices,
courts, forensic institutes, hospitals, social services, crisis centres, academies), each
with a profile, an active membership, one to three enrolments (many assigned by the
institution's administrator, with due dates, some overdue), lesson progress with
realistic drop-off, quiz attempts with scored answers, and protocol acknowledgements.
The rows have the shapes the services write (courses.services, quizzes.services,
protocols.services); the report roll-ups are rebuilt from them at the end.

Learners are data, not logins: their passwords are unusable. Deterministic
(random.Random(2026)): the same rows and figures on every load, with dates counted back
from the start of today. Idempotent: nothing is created once the first synthetic learner
exists.
"""

import math
import random
import uuid
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

EMAIL = "learner.{:04d}@academy.example"
SEED = 2026

# --- people ------------------------------------------------------------------------

# Given names, fathers' names (for patronymics) and surnames (male, female), by naming
# tradition: Kazakh in Kazakh spelling, Kazakh in Russian spelling, Russian and other
# Slavic, Korean and German families of Kazakhstan, and Uzbek and Uyghur names of the south.
NAMES = {
    "kk": {
        "female": ["Айгерім", "Аружан", "Динара", "Жанар", "Гүлнара", "Сәуле", "Ақмарал", "Меруерт",
                   "Әсел", "Назерке", "Айнұр", "Жансая", "Салтанат", "Гаухар", "Мадина", "Жұлдыз",
                   "Ботагөз", "Индира", "Самал", "Ләззат", "Шынар", "Арайлым", "Балжан", "Гүлмира",
                   "Дариға"],
        "male": ["Ерлан", "Нұрлан", "Серік", "Бауыржан", "Дәурен", "Асқар", "Ержан", "Қайрат",
                 "Марат", "Арман", "Олжас", "Азамат", "Мейрамбек", "Талғат", "Берік", "Жандос",
                 "Ғалым", "Дархан", "Әділет", "Айдос", "Ернар", "Санжар", "Нұржан", "Ақжол"],
        "fathers": ["Серік", "Нұрлан", "Болат", "Қайрат", "Ерлан", "Марат", "Асқар", "Бақыт",
                    "Талғат", "Мұрат", "Қанат", "Ермек", "Жұмабек", "Сәкен", "Бекзат", "Нұрбек"],
        "surnames": [("Нұрланов", "Нұрланова"), ("Ахметов", "Ахметова"), ("Омаров", "Омарова"),
                     ("Тоқтаров", "Тоқтарова"), ("Қасымов", "Қасымова"), ("Садықов", "Садықова"),
                     ("Ысқақов", "Ысқақова"), ("Жақсыбеков", "Жақсыбекова"),
                     ("Сұлтанов", "Сұлтанова"), ("Ермеков", "Ермекова"), ("Оспанов", "Оспанова"),
                     ("Тұрсынов", "Тұрсынова"), ("Жұмабаев", "Жұмабаева"),
                     ("Бекмұратов", "Бекмұратова"), ("Әбенов", "Әбенова"),
                     ("Серікбаев", "Серікбаева"), ("Мұқанов", "Мұқанова"),
                     ("Құдайбергенов", "Құдайбергенова"), ("Сәрсенбаев", "Сәрсенбаева"),
                     ("Әлімжанов", "Әлімжанова"), ("Байжанов", "Байжанова"),
                     ("Төлеуов", "Төлеуова")],
    },
    "kk_ru": {
        "female": ["Айгерим", "Динара", "Жанар", "Гульнара", "Сауле", "Асель", "Айнур", "Салтанат",
                   "Мадина", "Жулдыз", "Индира", "Самал", "Ляззат", "Гульмира", "Алия", "Камила",
                   "Асем", "Дана"],
        "male": ["Ерлан", "Нурлан", "Серик", "Бауыржан", "Даурен", "Аскар", "Ержан", "Кайрат",
                 "Марат", "Арман", "Олжас", "Азамат", "Талгат", "Берик", "Жандос", "Галым",
                 "Дархан", "Руслан", "Тимур", "Ринат"],
        "fathers": [("Серикович", "Сериковна"), ("Нурланович", "Нурлановна"),
                    ("Болатович", "Болатовна"), ("Кайратович", "Кайратовна"),
                    ("Ерланович", "Ерлановна"), ("Маратович", "Маратовна"),
                    ("Аскарович", "Аскаровна"), ("Бахытович", "Бахытовна"),
                    ("Талгатович", "Талгатовна"), ("Муратович", "Муратовна"),
                    ("Канатович", "Канатовна"), ("Ермекович", "Ермековна"),
                    ("Жумабекович", "Жумабековна")],
        "surnames": [("Нурланов", "Нурланова"), ("Ахметов", "Ахметова"), ("Омаров", "Омарова"),
                     ("Токтаров", "Токтарова"), ("Касымов", "Касымова"), ("Садыков", "Садыкова"),
                     ("Искаков", "Искакова"), ("Жаксыбеков", "Жаксыбекова"),
                     ("Султанов", "Султанова"), ("Ермеков", "Ермекова"), ("Оспанов", "Оспанова"),
                     ("Турсынов", "Турсынова"), ("Жумабаев", "Жумабаева"),
                     ("Бекмуратов", "Бекмуратова"), ("Абенов", "Абенова"),
                     ("Серикбаев", "Серикбаева"), ("Муканов", "Муканова"),
                     ("Кудайбергенов", "Кудайбергенова"), ("Сарсенбаев", "Сарсенбаева"),
                     ("Алимжанов", "Алимжанова"), ("Жаксылыков", "Жаксылыкова"),
                     ("Исмаилов", "Исмаилова")],
    },
    "ru": {
        "female": ["Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Юлия", "Марина", "Анастасия",
                   "Екатерина", "Светлана", "Оксана", "Виктория", "Людмила", "Анна"],
        "male": ["Дмитрий", "Андрей", "Сергей", "Алексей", "Виктор", "Александр", "Владимир",
                 "Игорь", "Максим", "Евгений", "Павел", "Денис", "Константин"],
        "fathers": [("Сергеевич", "Сергеевна"), ("Александрович", "Александровна"),
                    ("Викторович", "Викторовна"), ("Николаевич", "Николаевна"),
                    ("Владимирович", "Владимировна"), ("Юрьевич", "Юрьевна"),
                    ("Иванович", "Ивановна"), ("Павлович", "Павловна"),
                    ("Андреевич", "Андреевна"), ("Олегович", "Олеговна"),
                    ("Михайлович", "Михайловна"), ("Геннадьевич", "Геннадьевна")],
        "surnames": [("Иванов", "Иванова"), ("Кузнецов", "Кузнецова"), ("Морозов", "Морозова"),
                     ("Соколов", "Соколова"), ("Лебедев", "Лебедева"), ("Ковалёв", "Ковалёва"),
                     ("Попов", "Попова"), ("Волков", "Волкова"), ("Гусев", "Гусева"),
                     ("Ким", "Ким"), ("Пак", "Пак"), ("Цой", "Цой"), ("Шмидт", "Шмидт"),
                     ("Петренко", "Петренко"), ("Шевченко", "Шевченко"),
                     ("Бондаренко", "Бондаренко"), ("Нестеренко", "Нестеренко"),
                     ("Вагнер", "Вагнер")],
    },
    "uz": {
        "female": ["Дилноза", "Гулноза", "Зульфия", "Шахида", "Нигора", "Мухаббат"],
        "male": ["Рустам", "Бахтияр", "Алишер", "Шухрат", "Фарход", "Дильшат"],
        "fathers": [("Алишерович", "Алишеровна"), ("Бахтиярович", "Бахтияровна"),
                    ("Абдуллаевич", "Абдуллаевна"), ("Рахимович", "Рахимовна"),
                    ("Каримович", "Каримовна"), ("Ильхамович", "Ильхамовна")],
        "surnames": [("Юсупов", "Юсупова"), ("Каримов", "Каримова"), ("Рахимов", "Рахимова"),
                     ("Масимов", "Масимова"), ("Умаров", "Умарова"), ("Турсунов", "Турсунова")],
    },
}

# Which naming traditions, by region (weights); a national body counts as the capital.
NAMING = {
    "city": {"kk": 45, "kk_ru": 30, "ru": 22, "uz": 3},
    "north": {"kk": 30, "kk_ru": 25, "ru": 45},
    "south": {"kk": 70, "kk_ru": 12, "ru": 3, "uz": 15},
    "west": {"kk": 60, "kk_ru": 25, "ru": 15},
}
REGION_GROUP = {"almaty": "city", "astana": "city", "": "city", "karaganda": "north",
                "kostanay": "north", "pavlodar": "north", "north_kazakhstan": "north",
                "east_kazakhstan": "north", "turkistan": "south", "shymkent": "south",
                "kyzylorda": "south", "jambyl": "south"}
# Preferred language, by naming tradition (weights).
LANGUAGES = {"kk": {"kk": 74, "ru": 22, "en": 4}, "kk_ru": {"ru": 80, "kk": 16, "en": 4},
             "ru": {"ru": 96, "en": 4}, "uz": {"ru": 60, "kk": 36, "en": 4}}

# Professions by kind of institution (weights).
PROFESSIONS = {
    "police": {"police_investigator": 35, "district_police": 25, "patrol_police": 25,
               "juvenile_inspector": 15},
    "prosecution": {"prosecutor": 1},
    "court": {"judge": 1},
    "forensic": {"forensic_expert": 1},
    "health": {"doctor": 55, "nurse": 45},
    "social": {"social_worker": 70, "psychologist": 30},
    "ngo": {"crisis_centre": 65, "psychologist": 35},
    "training": {"other": 1},
}
# Share of women, by profession.
FEMALE = {"police_investigator": 0.35, "district_police": 0.15, "patrol_police": 0.2,
          "juvenile_inspector": 0.8, "prosecutor": 0.45, "judge": 0.5, "forensic_expert": 0.45,
          "doctor": 0.7, "nurse": 0.95, "social_worker": 0.9, "psychologist": 0.85,
          "crisis_centre": 0.9, "other": 0.5}
# Job titles (ru, kk, en), by profession.
POSITIONS = {
    "police_investigator": [("Следователь", "Тергеуші", "Investigator"),
                            ("Старший следователь", "Аға тергеуші", "Senior investigator")],
    "district_police": [("Участковый инспектор полиции", "Учаскелік полиция инспекторы",
                         "District police inspector")],
    "patrol_police": [("Инспектор патрульной полиции", "Патрульдік полиция инспекторы",
                       "Patrol police inspector")],
    "juvenile_inspector": [("Инспектор по делам несовершеннолетних",
                            "Кәмелетке толмағандар істері жөніндегі инспектор",
                            "Juvenile affairs inspector")],
    "prosecutor": [("Прокурор отдела", "Бөлім прокуроры", "Prosecutor"),
                   ("Старший помощник прокурора", "Прокурордың аға көмекшісі",
                    "Senior assistant prosecutor")],
    "judge": [("Судья", "Судья", "Judge")],
    "forensic_expert": [("Судебно-медицинский эксперт", "Сот-медициналық сарапшы",
                         "Forensic medical expert")],
    "doctor": [("Врач акушер-гинеколог", "Акушер-гинеколог дәрігер", "Obstetrician-gynaecologist"),
               ("Врач приёмного отделения", "Қабылдау бөлімінің дәрігері",
                "Emergency department doctor"),
               ("Врач-травматолог", "Травматолог дәрігер", "Trauma doctor")],
    "nurse": [("Медицинская сестра", "Мейірбике", "Nurse"),
              ("Старшая медицинская сестра", "Аға мейірбике", "Senior nurse")],
    "social_worker": [("Социальный работник", "Әлеуметтік қызметкер", "Social worker"),
                      ("Специалист по социальной работе", "Әлеуметтік жұмыс жөніндегі маман",
                       "Social work specialist")],
    "psychologist": [("Психолог", "Психолог", "Psychologist")],
    "crisis_centre": [("Консультант кризисного центра", "Дағдарыс орталығының кеңесшісі",
                       "Crisis-centre counsellor"),
                      ("Юрист кризисного центра", "Дағдарыс орталығының заңгері",
                       "Crisis-centre lawyer")],
    "other": [("Преподаватель кафедры уголовного процесса",
               "Қылмыстық процесс кафедрасының оқытушысы",
               "Lecturer, criminal procedure department"),
              ("Методист учебного центра", "Оқу орталығының әдіскері", "Training methodologist")],
}

# --- training --------------------------------------------------------------------------

RE_ENACTMENT = "ending-investigative-re-enactment"
HYMEN = "examining-without-hymen-examination"
CONSENT = "consent-vulnerability-ex-officio-prosecution"
# Chance of enrolling in each course, by profession.
INTEREST = {
    "police_investigator": {RE_ENACTMENT: 0.9, HYMEN: 0.45, CONSENT: 0.45},
    "district_police": {RE_ENACTMENT: 0.85, HYMEN: 0.2, CONSENT: 0.25},
    "patrol_police": {RE_ENACTMENT: 0.85, HYMEN: 0.15, CONSENT: 0.2},
    "juvenile_inspector": {RE_ENACTMENT: 0.85, HYMEN: 0.3, CONSENT: 0.4},
    "prosecutor": {RE_ENACTMENT: 0.7, HYMEN: 0.35, CONSENT: 0.9},
    "judge": {RE_ENACTMENT: 0.45, HYMEN: 0.3, CONSENT: 0.9},
    "forensic_expert": {RE_ENACTMENT: 0.2, HYMEN: 0.95, CONSENT: 0.2},
    "doctor": {RE_ENACTMENT: 0.05, HYMEN: 0.9, CONSENT: 0.15},
    "nurse": {RE_ENACTMENT: 0.05, HYMEN: 0.9, CONSENT: 0.1},
    "social_worker": {RE_ENACTMENT: 0.3, HYMEN: 0.45, CONSENT: 0.6},
    "psychologist": {RE_ENACTMENT: 0.3, HYMEN: 0.5, CONSENT: 0.6},
    "crisis_centre": {RE_ENACTMENT: 0.35, HYMEN: 0.5, CONSENT: 0.65},
    "other": {RE_ENACTMENT: 0.6, HYMEN: 0.5, CONSENT: 0.6},
}
# Share of enrolments assigned by the institution (the rest enrol themselves), by kind.
ASSIGNED = {"police": 0.8, "prosecution": 0.7, "court": 0.45, "forensic": 0.7, "health": 0.6,
            "social": 0.6, "ngo": 0.3, "training": 0.5}
# Where learners stop: a weight per lesson, in course order (dense legal lessons and the
# start of a new module lose the most).
STOPS = {RE_ENACTMENT: [3, 1, 5, 3, 1, 1], HYMEN: [3, 5, 1, 1, 4, 1],
         CONSENT: [3, 1, 6, 1, 5, 1, 1, 1]}
# Questions that practitioners miss far more often (myths the courses take apart), by the
# start of their English prompt: extra difficulty.
HARD = {
    "True or false: if the survivor agrees, she may be asked": 1.6,
    "The survivor is not fluent in the language": 1.0,
    "True or false: if the survivor has no visible injuries": 1.8,
    "Put the steps of a single interview": 1.2,
    "True or false: if the survivor has washed": 1.7,
    "The examination finds no visible injuries": 1.3,
    "Which statement correctly describes the current definition of rape": 1.5,
    "True or false: because a case of non-aggravated rape": 1.9,
    "True or false: if the accused says that a girl under 14": 1.1,
}
# Learners who acknowledge the protocols for their work, by kind of institution.
READERS = {"police": 0.4, "prosecution": 0.55, "court": 0.6, "forensic": 0.6, "health": 0.5,
           "social": 0.55, "ngo": 0.6, "training": 0.5}
AUDIENCES = {"police_investigator": {"investigators", "police"}, "district_police": {"police"},
             "patrol_police": {"police"}, "juvenile_inspector": {"police"},
             "prosecutor": {"prosecutors"}, "judge": {"judges"}, "forensic_expert": {"forensic"},
             "doctor": {"medical"}, "nurse": {"medical"}, "social_worker": {"social-workers"},
             "psychologist": {"social-workers"}, "crisis_centre": {"crisis-centres"},
             "other": None}  # training centres teach them all
# Free-text answers to the re-enactment case, as a reviewer would find them: good, or not.
FREE_TEXT = {
    "ru": {True: [
        "Протокол без исключений запрещает предлагать пострадавшей воспроизводить преступление: это "
        "унижает её и заново травмирует, после этого женщины часто отзывают заявление. Обстоятельства "
        "я установлю по её показаниям, записанным её словами, по судебно-медицинской экспертизе с её "
        "согласия, по осмотру места происшествия без её участия, показаниям свидетелей и видеозаписям.",
        "Суд должен опираться на доказательства, а не на то, что она «покажет». Воспроизведение "
        "событий — повторная травма, и доклад 2024 года прямо называет его препятствием для правосудия. "
        "Назначу экспертизу, изыму записи камер и переписку, допрошу свидетелей.",
    ], False: [
        "Эксперимент можно провести, если пострадавшая согласна и рядом будет психолог.",
        "Проведу эксперимент без подозреваемого, чтобы ей было спокойнее, и запишу всё на видео.",
    ]},
    "kk": {True: [
        "Хаттама зардап шеккен әйелден қылмысты қайта көрсетуді сұрауға ешбір жағдайда рұқсат "
        "етпейді: бұл оны қорлайды және қайта жарақаттайды. Мән-жайды оның өз сөзімен жазылған "
        "жауабынан, оның келісімімен жүргізілген сот-медициналық сараптамадан, оқиға орнын онсыз "
        "қараудан, куәлардың жауабынан және бейнежазбалардан анықтаймын.",
        "Сот дәлелдемелерге сүйенуі керек. Оқиғаны қайталату — қайта жарақат, одан кейін әйелдер "
        "арызын жиі қайтарып алады. Сараптама тағайындап, камера жазбаларын алып, куәлардан жауап "
        "аламын.",
    ], False: [
        "Егер әйел келіссе, психологтың қатысуымен эксперимент жүргізуге болады.",
    ]},
    "en": {True: [
        "The protocol forbids asking her to re-enact the assault, with no exceptions: it is degrading "
        "and re-traumatising, and survivors often withdraw after it. I will establish the circumstances "
        "from her statement in her own words, a forensic examination with her consent, an inspection "
        "of the scene without her, witness statements, messages and CCTV.",
    ], False: [
        "We can do it if she agrees and a psychologist is present.",
    ]},
}


def _pick(rng, weights):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _full_name(rng, tradition, female):
    names = NAMES[tradition]
    given = rng.choice(names["female" if female else "male"])
    father = rng.choice(names["fathers"])
    if tradition == "kk":
        patronymic = father + ("қызы" if female else "ұлы")
    else:
        patronymic = father[1 if female else 0]
    surname = rng.choice(names["surnames"])[1 if female else 0]
    return given, patronymic, surname


def _working_hours(rng, moment, now):
    """The same day, at a plausible office time (never after now)."""
    local = timezone.localtime(moment)
    moment = local.replace(hour=rng.randint(9, 17), minute=rng.randint(0, 59),
                           second=rng.randint(0, 59), microsecond=0)
    return min(moment, now - timedelta(minutes=rng.randint(5, 90)))


def _sigmoid_chance(rng, logit):
    return rng.random() < 1 / (1 + math.exp(-logit))


# --- what exists ------------------------------------------------------------------


def _courses():
    """The demo courses: outline, lesson minutes and quizzes with their questions."""
    from courses.models import CoursePage, LessonPage
    from courses.services import course_outline_for
    from quizzes.models import QuizPage
    from quizzes.services import options_by_question

    courses = []
    for course in CoursePage.objects.live().filter(locale__language_code="en",
                                                   slug__in=list(STOPS)).order_by("path"):
        outline = course_outline_for(course.translation_key)
        if outline is None or not outline.lessons:
            continue
        minutes = dict(LessonPage.objects.filter(
            translation_key__in=[lesson["key"] for lesson in outline.lessons],
            locale__language_code="en").values_list("translation_key", "minutes"))
        quizzes = []
        for quiz in QuizPage.objects.live().descendant_of(course).order_by("path"):
            questions = list(quiz.questions.order_by("pk"))
            if not questions:
                continue
            options = options_by_question(questions)
            languages = set(QuizPage.objects.live().filter(translation_key=quiz.translation_key)
                            .values_list("locale__language_code", flat=True))
            quizzes.append({
                "page": quiz, "key": quiz.translation_key, "role": quiz.role,
                "required": quiz.required, "languages": languages,
                "questions": [(q, options[q.pk], q.difficulty + next(
                    (extra for start, extra in HARD.items() if q.prompt.startswith(start)), 0))
                    for q in questions],
            })
        stops = STOPS[course.slug]
        if len(stops) != len(outline.lessons):
            stops = [1] * len(outline.lessons)
        courses.append({
            "slug": course.slug, "key": course.translation_key, "outline": outline,
            "lessons": [(lesson["key"], minutes.get(_uuid(lesson["key"]), 10))
                        for lesson in outline.lessons],
            "stops": stops, "quizzes": quizzes,
        })
    return courses


def _uuid(value):
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _protocols():
    """{translation key: {"version", "audiences", "pages": {language: page}}} of live protocols."""
    from protocols.models import ProtocolPage

    protocols = {}
    for page in (ProtocolPage.objects.live().select_related("locale")
                 .prefetch_related("audiences").order_by("path")):
        entry = protocols.setdefault(page.translation_key, {"version": page.version,
                                                            "audiences": set(), "pages": {}})
        entry["pages"][page.locale.language_code] = page
        entry["version"] = max(entry["version"], page.version)
        entry["audiences"] |= {a.slug for a in page.audiences.all()}
    return protocols


def _admins():
    """{institution path: administrator} for the demo institution administrators."""
    from institutions.constants import RoleKind
    from institutions.models import Role

    return {role.institution.path: role.user for role in Role.objects.filter(
        kind=RoleKind.INSTITUTION_ADMIN).select_related("institution", "user")
        .order_by("institution__path")}


def _marker():
    """Who marks free-text answers: a user allowed to (the demo platform administrator)."""
    User = get_user_model()
    return User.objects.filter(is_superuser=True).order_by("pk").first()


# --- quiz answers -----------------------------------------------------------------


def _response(rng, question, options, right, language):
    """A response of the shape attempt_answers_parse gives; right or a plausible mistake."""
    keys = [str(o.key) for o in options]
    correct = [str(o.key) for o in options if o.is_correct]
    wrong = [k for k in keys if k not in correct]
    kind = question.kind
    if kind == "free_text":
        texts = FREE_TEXT.get(language, FREE_TEXT["en"])
        return {"text": rng.choice(texts[right])}
    if kind == "ordering":
        if right or len(keys) < 2:
            return {"order": keys}
        order = list(keys)
        i = rng.randrange(len(order) - 1)
        order[i], order[i + 1] = order[i + 1], order[i]  # two neighbouring steps swapped
        if rng.random() < 0.3 and len(order) > 3:
            j = (i + 2) % (len(order) - 1)
            order[j], order[j + 1] = order[j + 1], order[j]
        return {"order": order}
    if kind == "multiple":
        if right:
            return {"selected": correct}
        chosen = rng.sample(correct, rng.randint(1, max(1, len(correct) - 1)))
        if wrong and (rng.random() < 0.5 or chosen == correct):
            chosen.append(rng.choice(wrong))
        return {"selected": sorted(chosen, key=keys.index)}
    if right or not wrong:
        return {"selected": correct[:1]}
    return {"selected": [rng.choice(wrong)]}


def _items(rng, quiz):
    """The attempt's questions and option order, fixed as attempt_start fixes them."""
    items = []
    for question, options, _difficulty in quiz["questions"]:
        keys = [str(o.key) for o in options]
        in_order = list(keys)
        if quiz["page"].shuffle_options or question.kind == "ordering":
            rng.shuffle(keys)
        if question.kind == "ordering" and len(keys) > 1 and keys == in_order:
            keys = keys[1:] + keys[:1]
        items.append({"question": str(question.translation_key), "options": keys})
    return items


# --- the loader -----------------------------------------------------------------


@transaction.atomic
def demo_reports_load():
    """Create the synthetic learners and their training; returns what was created."""
    from accounts.models import Profile
    from courses.constants import EnrolmentSource
    from courses.models import CourseProgress, Enrolment, LessonProgress
    from institutions.constants import MembershipStatus
    from institutions.models import Institution, Membership
    from protocols.models import ProtocolAcknowledgement
    from quizzes.constants import AttemptStatus, QuizRole
    from quizzes.models import Attempt, AttemptAnswer
    from quizzes.services import _score

    from .services import learner_stats_rebuild, question_stats_rebuild

    User = get_user_model()
    if User.objects.filter(email__iexact=EMAIL.format(1)).exists():
        return []
    units = list(Institution.objects.filter(numchild=0, is_active=True).order_by("path"))
    courses = _courses()
    if not units or not courses:
        return []
    by_slug = {c["slug"]: c for c in courses}
    protocols = _protocols()
    admins = _admins()
    marker = _marker()
    rng = random.Random(SEED)
    # Everything happens before today (local midnight), so that the same seed gives the same
    # figures whenever the demo is loaded; only the dates move.
    now = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    days = timedelta(days=1)

    # How many learners each unit has: police districts more; the three smallest other units
    # have only two to four, so that a national drill-down shows suppressed ("<5") cells.
    sizes = {u.pk: rng.randint(8, 14) if u.kind == "police" else rng.randint(4, 12)
             for u in units}
    smallest = sorted((u for u in units if u.kind != "police"), key=lambda u: (sizes[u.pk], u.path))
    for unit, size in zip(smallest, (2, 3, 4), strict=False):
        sizes[unit.pk] = size

    # People: account, profile, membership.
    people = []
    users = []
    taken = set()
    for unit in units:
        for _n in range(sizes[unit.pk]):
            number = len(people) + 1
            profession = _pick(rng, PROFESSIONS.get(unit.kind, {"other": 1}))
            female = rng.random() < FEMALE[profession]
            tradition = _pick(rng, NAMING[REGION_GROUP.get(unit.region, "west")])
            while True:
                given, patronymic, surname = _full_name(rng, tradition, female)
                if (given, surname) not in taken:
                    taken.add((given, surname))
                    break
            language = _pick(rng, LANGUAGES[tradition])
            if rng.random() < 0.7:
                joined = now - timedelta(days=rng.uniform(330, 395))  # the first onboarding
            else:
                joined = now - timedelta(days=rng.uniform(25, 330))
            joined = _working_hours(rng, joined, now)
            sex = ("female" if female else "male") if rng.random() < 0.85 else "not_said"
            year = rng.randint(1966, 2001) if rng.random() < (0.9 if sex != "not_said" else 0.2) \
                else None
            ru, kk, en = rng.choice(POSITIONS[profession])
            person = {
                "unit": unit, "profession": profession, "language": language, "joined": joined,
                "member_since": joined + timedelta(hours=rng.uniform(2, 60)),  # request approved
                "ability": rng.gauss(0, 1), "diligence": rng.gauss(0, 1),
                "profile": {"full_name": f"{given} {patronymic} {surname}",
                            "position": {"ru": ru, "kk": kk, "en": en}[language], "sex": sex,
                            "year_of_birth": year},
            }
            user = User(email=EMAIL.format(number), first_name=given, last_name=surname,
                        date_joined=joined, is_active=True)
            user.set_unusable_password()
            users.append(user)
            people.append(person)
    User.objects.bulk_create(users, batch_size=500)
    users = {u.email: u for u in User.objects.filter(
        email__in=[u.email for u in users]).only("pk", "email")}
    for number, person in enumerate(people, start=1):
        person["user"] = users[EMAIL.format(number)]
    Profile.objects.bulk_create([Profile(
        user=p["user"], full_name=p["profile"]["full_name"], profession=p["profession"],
        position=p["profile"]["position"], preferred_language=p["language"],
        sex=p["profile"]["sex"], year_of_birth=p["profile"]["year_of_birth"],
        demographics_consent_at=p["joined"] + timedelta(minutes=3)
        if p["profile"]["sex"] != "not_said" or p["profile"]["year_of_birth"] else None,
        completed_at=p["joined"] + timedelta(minutes=3)) for p in people], batch_size=500)
    Membership.objects.bulk_create([Membership(
        user=p["user"], institution=p["unit"], status=MembershipStatus.ACTIVE,
        requested_at=p["joined"] + timedelta(minutes=5),
        started_at=p["member_since"],
        decided_by=_admin_for(admins, p["unit"])) for p in people], batch_size=500)

    # Assignment campaigns: an administrator assigns a course to a unit with a due date.
    campaigns = {}
    for unit in units:
        for course in courses:
            dates = sorted(now - timedelta(days=rng.uniform(10, 350))
                           for _n in range(rng.choice((1, 1, 2))))
            campaigns[(unit.pk, course["slug"])] = [
                (_working_hours(rng, d, now), (d + timedelta(days=rng.choice((30, 45, 60, 90))))
                 .date()) for d in dates]

    enrolments, progress, lessons, attempts, acknowledgements = [], [], [], [], []
    answers = []  # (attempt index, AttemptAnswer)
    overdue = completed = 0
    today = timezone.localdate()
    for person in people:
        unit, user = person["unit"], person["user"]
        interest = INTEREST[person["profession"]]
        chosen = [c for c in courses if rng.random() < interest.get(c["slug"], 0.2)]
        if not chosen:
            chosen = [by_slug.get(max(interest, key=interest.get)) or courses[0]]
        for course in chosen[:3]:
            start = person["member_since"] + timedelta(days=rng.uniform(1, 20))
            assigned = None
            if rng.random() < ASSIGNED.get(unit.kind, 0.5):
                open_to = [c for c in campaigns[(unit.pk, course["slug"])] if c[0] > start]
                if open_to:
                    assigned = open_to[0]
            if assigned:
                enrolled_at = assigned[0] + timedelta(seconds=rng.randint(0, 40))
                due_date = assigned[1]
            else:
                latest = now - timedelta(hours=6)
                if start >= latest:
                    continue
                enrolled_at = start + (latest - start) * rng.random() ** 1.3
                enrolled_at = _working_hours(rng, enrolled_at, now) \
                    if rng.random() < 0.6 else enrolled_at
                enrolled_at = max(enrolled_at, start)
                due_date = None
            enrolments.append(Enrolment(
                user=user, course_key=course["key"],
                source=EnrolmentSource.ASSIGNED if assigned else EnrolmentSource.SELF,
                enrolled_at=enrolled_at, assigned_by=_admin_for(admins, unit) if assigned else None,
                due_date=due_date, institution=unit))
            done_at = _learn(rng, person, course, enrolled_at, bool(assigned), now, marker,
                             progress, lessons, attempts, answers, _score)
            if done_at:
                completed += 1
            elif assigned and due_date < today:
                overdue += 1

        # Protocol acknowledgements: the ones for their work, if they read protocols at all.
        reader = rng.random() < READERS.get(unit.kind, 0.5)
        for key, protocol in protocols.items():
            audiences = AUDIENCES[person["profession"]]
            relevant = audiences is None or bool(audiences & protocol["audiences"])
            chance = (0.8 if relevant else 0.15) if reader else (0.03 if relevant else 0)
            if rng.random() >= chance:
                continue
            language = person["language"] if person["language"] in protocol["pages"] else "en"
            page = protocol["pages"].get(language) or next(iter(protocol["pages"].values()))
            earliest = max(person["member_since"] + days, now - timedelta(days=330))
            acknowledgements.append(ProtocolAcknowledgement(
                user=user, translation_key=key, version=protocol["version"], page=page,
                institution=unit, language=page.locale.language_code,
                acknowledged_at=earliest + (now - timedelta(hours=2) - earliest) * rng.random()))

    Enrolment.objects.bulk_create(enrolments, batch_size=500)
    CourseProgress.objects.bulk_create(progress, batch_size=500)
    LessonProgress.objects.bulk_create(lessons, batch_size=500)
    Attempt.objects.bulk_create(attempts, batch_size=500)
    for attempt, answer in answers:
        answer.attempt_id = attempt.pk
    AttemptAnswer.objects.bulk_create([a for _attempt, a in answers], batch_size=500)
    ProtocolAcknowledgement.objects.bulk_create(acknowledgements, batch_size=500)
    learner_stats_rebuild()
    question_stats_rebuild()

    pre = sum(1 for a in attempts if a.role == QuizRole.PRE_TEST)
    pending = sum(1 for a in attempts if a.status == AttemptStatus.PENDING_REVIEW)
    assigned = sum(1 for e in enrolments if e.source == EnrolmentSource.ASSIGNED)
    return [
        f"{len(people)} synthetic learners in {len(units)} units (unusable passwords)",
        f"{len(enrolments)} enrolments ({assigned} assigned, {overdue} overdue)",
        f"{completed} course completions, {len(lessons)} lesson progress rows",
        f"{len(attempts)} quiz attempts ({pre} pre-tests"
        + (f", {pending} waiting for marking" if pending else "") + f"), {len(answers)} answers",
        f"{len(acknowledgements)} protocol acknowledgements",
        "report roll-ups rebuilt",
    ]


def _admin_for(admins, unit):
    """The administrator of the unit or of an institution above it, if any."""
    for path in sorted(admins, key=len, reverse=True):
        if unit.path.startswith(path):
            return admins[path]
    return None


def _learn(rng, person, course, enrolled_at, assigned, now, marker, progress, lessons, attempts,
           answers, score):
    """Simulate one enrolment: lessons, quizzes, maybe completion. Returns completed_at or None.

    Appends unsaved CourseProgress, LessonProgress, Attempt and (attempt, AttemptAnswer) rows.
    """
    from courses.models import CourseProgress, LessonProgress
    from quizzes.constants import QuizRole

    user, unit = person["user"], person["unit"]
    diligence = person["diligence"] + (0.5 if assigned else 0)
    never = rng.random() < (0.16 if assigned else 0.24) - 0.05 * diligence
    finish = not never and rng.random() < min(0.95, max(0.25, 0.7 + 0.12 * diligence))
    stop_at = None
    if not never and not finish:
        stop_at = rng.choices(range(len(course["lessons"])), weights=course["stops"])[0]

    pre_test = next((q for q in course["quizzes"] if q["role"] == QuizRole.PRE_TEST), None)
    finals = [q for q in course["quizzes"] if q["role"] != QuizRole.PRE_TEST]
    t = enrolled_at + timedelta(hours=rng.expovariate(1 / 60))
    if pre_test and rng.random() < (0.88 if not never else 0.35):
        pre_at = enrolled_at + (t - enrolled_at) * rng.uniform(0.1, 0.6)
        if pre_at < now:
            _attempts(rng, person, course, pre_test, pre_at, now, marker, attempts, answers,
                      score, boost=0)
    if never:
        return None

    opened, done = [], 0
    last_activity = None
    for index, (lesson_key, minutes) in enumerate(course["lessons"]):
        if t >= now:
            break
        started = t
        finished = started + timedelta(minutes=minutes * rng.uniform(0.7, 1.8))
        if stop_at is not None and index == stop_at:
            if rng.random() < 0.75:  # opened the lesson, and never came back
                lessons.append(LessonProgress(user=user, lesson_key=lesson_key,
                                              course_key=course["key"], started_at=started))
                opened.append(lesson_key)
                last_activity = started
            break
        if finished >= now:
            lessons.append(LessonProgress(user=user, lesson_key=lesson_key,
                                          course_key=course["key"], started_at=started))
            opened.append(lesson_key)
            last_activity = started
            break
        lessons.append(LessonProgress(user=user, lesson_key=lesson_key, course_key=course["key"],
                                      started_at=started, completed_at=finished))
        opened.append(lesson_key)
        done += 1
        last_activity = finished
        # The next lesson: often straight on, else another day (evenings, on a phone).
        t = finished + (timedelta(minutes=rng.uniform(1, 15)) if rng.random() < 0.55
                        else timedelta(hours=rng.expovariate(1 / (70 - 25 * min(1, diligence)))))
    if not opened:
        return None

    outline = course["outline"]
    required = outline.required_count
    completed_at = None
    if done == len(course["lessons"]):
        passed_at = []
        for quiz in finals:
            start = t + timedelta(minutes=rng.uniform(2, 30)) if rng.random() < 0.6 \
                else t + timedelta(hours=rng.expovariate(1 / 40))
            if rng.random() < 0.07 or start >= now:
                passed_at.append(None)  # not taken yet
                continue
            passed_at.append(_attempts(rng, person, course, quiz, start, now, marker, attempts,
                                       answers, score, boost=1.6 + 0.2 * diligence))
        required_passed = [p for q, p in zip(finals, passed_at, strict=True) if q["required"]]
        if all(required_passed):
            completed_at = max([last_activity, *required_passed])
    progress.append(CourseProgress(
        user=user, course_key=course["key"], lessons_completed=done, lessons_required=required,
        percent=100 if completed_at else (done * 100 // required if required else 0),
        last_lesson_key=opened[-1], started_at=lessons[-len(opened)].started_at,
        last_activity_at=last_activity, completed_at=completed_at,
        institution=unit if completed_at else None,
        completed_revision=outline.revision if completed_at else None))
    return completed_at


def _attempts(rng, person, course, quiz, start, now, marker, attempts, answers, score, boost):
    """Attempts at one quiz until passed, given up or out of attempts; returns when it was
    passed (the marking, for a free-text answer), or None."""
    from quizzes.constants import AttemptStatus
    from quizzes.models import Attempt, AttemptAnswer

    page = quiz["page"]
    user, unit = person["user"], person["unit"]
    language = person["language"] if person["language"] in quiz["languages"] else "en"
    limit = page.max_attempts or 3
    for number in range(1, limit + 1):
        if start >= now:
            return None
        ability = person["ability"] + boost + 0.6 * (number - 1)
        took = timedelta(minutes=rng.uniform(0.8, 2.6) * len(quiz["questions"]))
        if page.time_limit_minutes:
            took = min(took, timedelta(minutes=page.time_limit_minutes - 1))
        submitted = start + took
        if submitted >= now:
            return None
        attempt = Attempt(
            user=user, quiz_key=quiz["key"], course_key=course["key"], number=number,
            items=_items(rng, quiz), language=language, started_at=start,
            deadline=start + timedelta(minutes=page.time_limit_minutes)
            if page.time_limit_minutes else None,
            submitted_at=submitted, status=AttemptStatus.SUBMITTED,
            institution=unit, profession=person["profession"])
        attempt.role = quiz["role"]
        total, pending, marked_at = Decimal(0), False, None
        for question, options, difficulty in quiz["questions"]:
            right = _sigmoid_chance(rng, 1.1 * ability - 1.05 * (difficulty - 1) + 1.0)
            response = _response(rng, question, options, right, language)
            points = score(question, options, response)
            marked_by = None
            if points is None:  # free text: a reviewer marks it, usually within a day or two
                marked_at = submitted + timedelta(hours=rng.expovariate(1 / 30))
                if marked_at >= now:
                    pending = True
                else:
                    points, marked_by = Decimal(1 if right else 0), marker
            else:
                total += points
            if points is not None and question.kind == "free_text":
                total += points
            answers.append((attempt, AttemptAnswer(
                question_key=question.translation_key, response=response, points=points,
                correct=None if points is None else points == 1, institution=unit,
                profession=person["profession"], clause_ids=question.clause_ids,
                marked_by=marked_by)))
        count = len(quiz["questions"]) or 1
        attempt.score = (total * 100 / count).quantize(Decimal("0.1"))
        if pending:
            attempt.status, attempt.passed = AttemptStatus.PENDING_REVIEW, None
        else:
            attempt.passed = attempt.score >= page.pass_mark
        attempts.append(attempt)
        if pending:
            return None
        if attempt.passed:
            return max(submitted, marked_at) if marked_at else submitted
        if rng.random() < 0.15:
            return None  # gave up, for now
        start = submitted + timedelta(hours=rng.uniform(0.5, 120))
    return None
