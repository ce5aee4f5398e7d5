"""Demo protocols from site/demo_data/protocols/ (the 2024 brief), in en and, for two, ru and kk,
with the audiences, topics and legal references of site/demo_data/taxonomies.yaml.

Idempotent: a protocol that exists (by slug, in English) is left as it is.
"""

import copy
import json
import uuid

from django.db import transaction
from wagtail.models import Locale

from academy.base.demo_data import demo_clause_id, demo_data_all, demo_data_read, demo_page_publish

from .models import Audience, LegalReference, ProtocolIndexPage, ProtocolPage, Topic
from .workflow import protocol_workflow_ensure


def _element(element, references):
    kind = element["type"]
    if kind in ("steps", "checklist"):
        value = {"items": element["items"]}
    elif kind == "do_dont":
        value = {"do": element["do"], "dont": element["dont"]}
    elif kind == "warning":
        value = {"text": element["text"]}
    elif kind == "law_quote":
        value = {"reference": references[element["reference"]].pk, "text": element["text"]}
    else:
        raise ValueError(f"unknown element type {kind}")
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def legal_basis_block(keys, references):
    """A `legal_basis` block citing the legal-reference snippets `keys` (taxonomies.yaml)."""
    return {"type": "legal_basis", "id": str(uuid.uuid4()),
            "value": {"references": [{"type": "item", "value": references[key].pk,
                                      "id": str(uuid.uuid4())} for key in keys]}}


def demo_clause_references(spec):
    """{clause key: the snippet keys it cites}: one list for every language, from whichever
    copy gives it (the English one, by convention)."""
    cited = {}
    copies = [spec[language] for language in ("en", "ru", "kk") if spec.get(language)]
    copies += [change for change in (spec.get("version_2") or {}).values()]
    for content in copies:
        clauses = [c for s in content.get("sections", []) for c in s["clauses"]]
        clauses += list(content.get("clauses", {}).values())
        for clause in clauses:
            if clause.get("references"):
                cited.setdefault(clause["key"], clause["references"])
    return cited


def _body(spec, content, references, replace=None):
    slug, replace, cited = spec["slug"], replace or {}, demo_clause_references(spec)
    sections = []
    for index, section in enumerate(content["sections"]):
        clauses = []
        for clause in section["clauses"]:
            clause = replace.get(clause["key"], clause)
            elements = [_element(e, references) for e in clause["elements"]]
            if cited.get(clause["key"]):
                elements.append(legal_basis_block(cited[clause["key"]], references))
            clauses.append({
                "type": "item",
                "id": demo_clause_id(protocol=slug, key=clause["key"]),
                "value": {"text": clause["text"], "elements": elements},
            })
        sections.append({"type": "section", "id": demo_clause_id(protocol=slug, key=f"section-{index}"),
                         "value": {"heading": section["heading"], "clauses": clauses}})
    return json.dumps(sections)


def demo_legal_references():
    """{key: LegalReference} of taxonomies.yaml, in one query: demo_protocols_load, which the
    demo runs first, has created them."""
    found = {(r.instrument, r.article, r.part, r.paragraph): r
             for r in LegalReference.objects.all()}
    return {key: found[(spec["instrument"], spec["article"], spec["part"], spec["paragraph"])]
            for key, spec in demo_data_read("taxonomies")["legal_references"].items()}


def _taxonomies(content):
    for model, items in ((Audience, content["audiences"]), (Topic, content["topics"])):
        for slug, names in items.items():
            model.objects.get_or_create(slug=slug, defaults={
                "name_en": names["en"], "name_ru": names["ru"], "name_kk": names["kk"]})
    references = {}
    for key, spec in content["legal_references"].items():
        references[key], _created = LegalReference.objects.get_or_create(
            instrument=spec["instrument"], article=spec["article"], part=spec["part"],
            paragraph=spec["paragraph"],
            defaults={**{f"title_{lang}": spec["title"][lang] for lang in ("en", "ru", "kk")},
                      **{f"excerpt_{lang}": spec["excerpt"][lang] for lang in ("en", "ru", "kk")}},
        )
    return references


def _fields(spec, language, references, replace=None, **extra):
    content = spec[language]
    return {"title": content["title"], "summary": content["summary"],
            "change_summary": content["change_summary"],
            "body": _body(spec, content, references, replace), **extra}


@transaction.atomic
def demo_protocols_load():
    created = []
    references = _taxonomies(demo_data_read("taxonomies"))
    index_pages = {i.locale.language_code: i for i in
                   ProtocolIndexPage.objects.select_related("locale")}
    if "en" not in index_pages:
        return created
    for spec in demo_data_all("protocols"):
        if ProtocolPage.objects.filter(slug=spec["slug"], locale=index_pages["en"].locale).exists():
            continue
        english = ProtocolPage(slug=spec["slug"], effective_date=spec["effective_date"], version=1,
                               **_fields(spec, "en", references))
        index_pages["en"].add_child(instance=english)
        english.audiences.set(Audience.objects.filter(slug__in=spec["audiences"]))
        english.topics.set(Topic.objects.filter(slug__in=spec["topics"]))
        english.legal_basis.set([references[key] for key in spec["references"]])
        pages = {"en": demo_page_publish(english)}
        for language in spec["translations"]:
            if language == "en" or language not in index_pages:
                continue
            translation = pages["en"].copy_for_translation(Locale.objects.get(language_code=language))
            pages[language] = demo_page_publish(
                translation, fields=_fields(spec, language, references))
        created.append(f"protocol {spec['slug']} ({', '.join(pages)})")
        if spec.get("version_2"):
            for language, page in pages.items():
                change = spec["version_2"][language]
                replace = {key: copy.deepcopy(clause) for key, clause in change["clauses"].items()}
                demo_page_publish(page, fields={**_fields(spec, language, references, replace),
                                                "version": 2,
                                                "change_summary": change["change_summary"]})
            created.append(f"protocol {spec['slug']} version 2")
    protocol_workflow_ensure(index_pages=list(index_pages.values()))
    return created
