"""The demo content a reviewer signs: every provision cited from a legal-reference snippet, every
snippet sourced, every text in en, ru and kk, a content note wherever violence is described,
and one rendering of each glossary term.

These read site/demo_data/ only (no database): `tests/base/test_demo.py` loads it.
"""

import re

import pytest

from academy.base.demo_data import DEMO_DATA, demo_data_all, demo_data_read
from protocols.demo import demo_clause_references

LANGUAGES = ("en", "ru", "kk")
SEED = DEMO_DATA / "source"  # the brief the demo is drawn from, as it was given to us

# What names a provision in English, and which snippets satisfy it.
ARTICLES = re.compile(r"\b(?:arts?\.|articles?)\s+((?:\d+(?:\(\d+\))?(?:\s*(?:,|and|or|to|–|-)\s*)?)+)",
                      re.IGNORECASE)
PARAGRAPHS = re.compile(r"\bparas?\.?\s+((?:\d+(?:\([a-z]\))?(?:\s*(?:,|and|to|–|-)\s*)?)+)",
                        re.IGNORECASE)
RECOMMENDATIONS = re.compile(r"\brecommendations?\s+((?:\d+(?:\s*(?:,|and|to|–|-)\s*)?)+)",
                             re.IGNORECASE)
INSTRUMENTS = [
    (re.compile(r"General Recommendation|CEDAW/C/GC/35|\bGR ?35\b", re.IGNORECASE),
     {"cedaw_gr35"}),
    (re.compile(r"CEDAW/C/KAZ/CO/5"), {"cedaw_co5"}),
    (re.compile(r"Supreme Court", re.IGNORECASE), {"supreme_court_2007_4"}),
    (re.compile(r"Civil Code", re.IGNORECASE), {"civil_code"}),
    (re.compile(r"Human Rights Committee", re.IGNORECASE), {"hrc_co2", "cedaw_co5"}),
]
NUMBER = re.compile(r"(\d+)(?:\((\w+)\))?")
RANGE = re.compile(r"(\d+)\s*(?:–|-|to)\s*(\d+)")

# Words that describe violence done to someone (not the name of an offence or a topic).
DESCRIBES_VIOLENCE = re.compile(
    r"\b(raped|assaulted|attack(?:ed|s)?|beat(?:s|en|ing)?|hit (?:her|him|them)|slapp\w*|"
    r"punch\w*|kick(?:ed|ing)|strangl\w*|chok(?:ed|ing)|threaten(?:ed|s|ing)? (?:her|to|him)|"
    r"forced (?:her|him)|bruis\w*|abused|molest\w*|grabbed)\b",
    re.IGNORECASE)


def _strings(value):
    """Every string inside `value`, depth first."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _texts_by_language(value, language=None):
    """(language, text) for every text: a dict keyed by language codes (a question's texts, a
    protocol's whole copies) says which language is below it."""
    if isinstance(value, str):
        if language:
            yield language, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts_by_language(item, key if key in LANGUAGES else language)
    elif isinstance(value, list):
        for item in value:
            yield from _texts_by_language(item, language)


def _references():
    return demo_data_read("taxonomies")["legal_references"]


def _files(kind):
    return [(path.stem, data) for path, data in
            zip(sorted((DEMO_DATA / kind).glob("*.yaml")), demo_data_all(kind), strict=True)]


def _clause_items(slug, spec):
    """(where, English texts, cited snippet keys) of each clause of a protocol, in its main and
    its second version."""
    copies = [spec["en"]["sections"]]
    if spec.get("version_2"):
        copies.append([{"clauses": list(spec["version_2"]["en"]["clauses"].values())}])
    shown = demo_clause_references(spec)  # the legal basis the demo gives each clause
    for sections in copies:
        for section in sections:
            for clause in section["clauses"]:
                cited = set(shown.get(clause["key"], ()))
                cited |= {e["reference"] for e in clause["elements"] if e["type"] == "law_quote"}
                yield f"protocol {slug}, clause {clause['key']}", [
                    clause["text"], *_strings(clause["elements"])], cited


def _lessons(spec):
    for module in spec["en"]["modules"]:
        yield from module["lessons"]


def _items():
    """(where, English texts, cited snippet keys) of every clause, lesson and question."""
    for _name, spec in _files("protocols"):
        yield (f"protocol {spec['slug']} (title and summary)",
               [spec["en"]["title"], spec["en"]["summary"]], set(spec["references"]))
        yield from _clause_items(spec["slug"], spec)
    for _name, spec in _files("courses"):
        for lesson in _lessons(spec):
            yield (f"course {spec['slug']}, lesson {lesson['key']}",
                   list(_strings(lesson["blocks"])), set(lesson.get("references", ())))
    for _name, bank in _files("questions"):
        for question in bank["questions"]:
            texts = [question["prompt"]["en"], question["explanation"]["en"],
                     question.get("case", {}).get("en", "")]
            texts += [o["text"]["en"] for o in question["options"]]
            texts += [o.get("explanation", {}).get("en", "") for o in question["options"]]
            yield (f"question {question['key']} ({bank['course']})", texts,
                   set(question.get("references", ())))


def _numbers(listing):
    """[(first, last, part)] of "120(1) and 121", "16–19", "26(a)"."""
    found = [(int(a), int(b), None) for a, b in RANGE.findall(listing)]
    listing = RANGE.sub("", listing)
    return found + [(int(n), int(n), part or None) for n, part in NUMBER.findall(listing)]


def _missing_citations(text, cited, references):
    """The provisions `text` names that none of the snippets `cited` is."""
    snippets = [references[key] for key in cited if key in references]
    missing = []

    def satisfied(field, first, last, part, prefix=""):
        for snippet in snippets:
            value = snippet[field]
            number = re.match(rf"{prefix}(\d+)(?:\((\w+)\))?", value or "")
            if not number or not first <= int(number.group(1)) <= last:
                continue
            if part is None or part in ((number.group(2) or ""), snippet["part"]) or (
                    field == "article" and not snippet["part"].isdigit()):
                return True
        return False

    for match in ARTICLES.finditer(text):
        for first, last, part in _numbers(match.group(1)):
            if not satisfied("article", first, last, part):
                missing.append(match.group(0).strip())
    for match in PARAGRAPHS.finditer(text):
        for first, last, part in _numbers(match.group(1)):
            if not satisfied("paragraph", first, last, part):
                missing.append(match.group(0).strip())
    for match in RECOMMENDATIONS.finditer(text):
        for first, last, _part in _numbers(match.group(1)):
            if not satisfied("paragraph", first, last, None, prefix="R"):
                missing.append(match.group(0).strip())
    for pattern, instruments in INSTRUMENTS:
        match = pattern.search(text)
        if match and not any(s["instrument"] in instruments for s in snippets):
            missing.append(match.group(0))
    return missing


def test_every_provision_named_is_cited_from_a_legal_reference_snippet():
    references = _references()
    problems = []
    for where, texts, cited in _items():
        unknown = cited - set(references)
        if unknown:
            problems.append(f"{where}: no snippet {sorted(unknown)}")
        for text in texts:
            for name in _missing_citations(text, cited, references):
                problems.append(f"{where}: names {name!r} without citing its snippet")
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_citation_check_catches_a_free_typed_citation():
    references = _references()
    assert _missing_citations("Under Criminal Code art. 120(1) a case ends", set(), references)
    assert _missing_citations("Under art. 120(1) a case ends", {"cc-121-1"}, references)
    assert not _missing_citations("Under art. 120(1) a case ends", {"cc-120-1"}, references)
    assert _missing_citations("CEDAW/C/KAZ/CO/5 para. 26(a)", {"co5-25b"}, references)
    assert _missing_citations("the brief's recommendation 9", {"brief-r7"}, references)
    assert not _missing_citations("the brief's recommendation 9", {"brief-r9"}, references)
    assert _missing_citations("General Recommendation No. 35", {"co5-25b"}, references)


def test_every_snippet_is_sourced_in_the_seed_or_marked_as_the_editors():
    seed = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in SEED.glob("*.txt"))
    if not seed:
        pytest.fail(f"the seed brief is not in {SEED}")
    problems = []
    for key, snippet in _references().items():
        source = snippet.get("source") or {}
        if "seed" in source:
            if " ".join(source["seed"].split()) not in seed:
                problems.append(f"{key}: {source['seed']!r} is not in the seed")
        elif not (source.get("editor") or "").strip():
            problems.append(f"{key}: neither a seed quotation nor the editor's source")
        for field in ("title", "excerpt"):
            problems += [f"{key}: no {field} in {lang}" for lang in LANGUAGES
                         if not (snippet[field].get(lang) or "").strip()]
    assert not problems, "\n".join(problems)


def _shape(value):
    """The structure of a protocol or course copy without its words: keys, types, counts."""
    if isinstance(value, dict):
        return {k: (v if k in ("key", "type", "reference", "protocol", "clause", "minutes",
                               "recommended", "references") else _shape(v))
                for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(v) for v in value]
    return "text"


@pytest.mark.parametrize("kind", ["protocols", "courses"])
def test_every_protocol_and_course_is_whole_in_english_russian_and_kazakh(kind):
    problems = []
    for name, spec in _files(kind):
        if list(spec["translations"]) != list(LANGUAGES):
            problems.append(f"{name}: translations are {spec['translations']}")
        for language in ("ru", "kk"):
            if _shape(spec.get(language)) != _shape(spec["en"]):
                problems.append(f"{name}: the {language} copy differs from the en one in shape")
            if not (spec.get("review") or {}).get(language):
                problems.append(f"{name}: no review status for {language}")
        if spec.get("version_2"):
            for language in ("ru", "kk"):
                if _shape(spec["version_2"].get(language)) != _shape(spec["version_2"]["en"]):
                    problems.append(f"{name}: version 2 in {language} differs in shape")
    assert not problems, "\n".join(problems)


def test_every_question_is_whole_in_english_russian_and_kazakh():
    problems = []
    for name, bank in _files("questions"):
        for question in bank["questions"]:
            texts = [("prompt", question["prompt"]), ("explanation", question["explanation"])]
            if question.get("case"):
                texts.append(("case", question["case"]))
            for n, option in enumerate(question["options"], start=1):
                texts.append((f"option {n}", option["text"]))
                if option.get("explanation"):
                    texts.append((f"option {n} explanation", option["explanation"]))
            problems += [f"{name} {question['key']}: {field} has no {lang}"
                         for field, text in texts for lang in LANGUAGES
                         if not (text.get(lang) or "").strip()]
        problems += [f"{name}: no review status for {lang}" for lang in ("ru", "kk")
                     if not (bank.get("review") or {}).get(lang)]
    assert not problems, "\n".join(problems)


def test_every_lesson_and_question_that_describes_violence_carries_a_content_note():
    problems = []
    for _name, spec in _files("courses"):
        for lesson in _lessons(spec):
            words = DESCRIBES_VIOLENCE.findall(" ".join(_strings(lesson["blocks"])))
            if words and lesson["blocks"][0]["type"] != "content_note":
                problems.append(f"lesson {lesson['key']} ({words[0]}): no content note first")
    for _name, bank in _files("questions"):
        for question in bank["questions"]:
            english = [t["en"] for t in _strings_by_language(question)]
            words = DESCRIBES_VIOLENCE.findall(" ".join(english))
            if words and not question.get("content_note"):
                problems.append(f"question {question['key']} ({words[0]}): no content_note")
    assert not problems, "\n".join(problems)


def _strings_by_language(question):
    """The {en, ru, kk} texts of a question."""
    texts = [question["prompt"], question["explanation"], question.get("case") or {}]
    for option in question["options"]:
        texts += [option["text"], option.get("explanation") or {}]
    return [t for t in texts if t.get("en")]


def test_the_content_note_check_sees_a_described_assault():
    assert DESCRIBES_VIOLENCE.search("Her husband beat her and threatened to kill her.")
    assert not DESCRIBES_VIOLENCE.search("The protocol on sexual violence cases.")


def _glossary():
    return demo_data_read("glossary")["terms"]


def _form(form):
    return re.compile(rf"(?<!\w){re.escape(form)}", re.IGNORECASE)


def _all_texts():
    for kind in ("protocols", "courses", "questions"):
        for name, data in _files(kind):
            for language, text in _texts_by_language(data):
                yield f"{kind}/{name}", language, text
    for language, text in _texts_by_language(demo_data_read("taxonomies")):
        yield "taxonomies", language, text


def test_no_glossary_term_is_rendered_two_ways_in_one_language():
    terms = _glossary()
    problems = []
    for language in LANGUAGES:
        renderings = [term[language].lower() for term in terms.values()]
        problems += [f"{language}: {r!r} renders two terms" for r in set(renderings)
                     if renderings.count(r) > 1]
    avoid = [(language, _form(form), key, form) for key, term in terms.items()
             for language, forms in (term.get("avoid") or {}).items() for form in forms]
    for where, language, text in _all_texts():
        for avoided_language, pattern, key, form in avoid:
            if language == avoided_language and pattern.search(text):
                problems.append(f"{where} ({language}): {form!r} for {key!r}, the glossary "
                                f"says {terms[key][language]!r}")
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_glossary_check_finds_a_second_rendering():
    pattern = _form("опрос")
    assert pattern.search("В ходе опроса потерпевшей")
    assert not pattern.search("В ходе допроса потерпевшей")
