"""A 60-clause protocol page (each clause with steps, a quotation of law and its legal basis),
warm: median and p95 ms and queries (target p95 < 50 ms, ≤ 8)."""

import json
import statistics
import time
import uuid

from django.db import connection
from django.test import Client

from protocols.models import LegalReference, ProtocolIndexPage, ProtocolPage

RUNS = 100


def _body(clauses, reference, other):
    items = []
    for number in range(clauses):
        elements = [
            {"type": "steps", "id": str(uuid.uuid4()),
             "value": {"items": ["Explain the step.", "Ask for consent.", "Record the answer."]}},
            {"type": "law_quote", "id": str(uuid.uuid4()),
             "value": {"reference": reference.pk, "text": "A short paraphrase of the provision."}},
            {"type": "legal_basis", "id": str(uuid.uuid4()),
             "value": {"references": [reference.pk, other.pk]}},
        ]
        if number % 5 == 0:
            elements.append({"type": "warning", "id": str(uuid.uuid4()),
                             "value": {"text": "Never ask the victim to re-enact the crime."}})
        items.append({"type": "item", "id": str(uuid.uuid4()), "value": {
            "text": f"<p>Clause {number}: offer a private room and an interviewer of the "
                    "survivor's choice of sex where possible.</p>", "elements": elements}})
    return json.dumps([
        {"type": "section", "id": str(uuid.uuid4()),
         "value": {"heading": f"Section {s + 1}", "clauses": items[s * 10:(s + 1) * 10]}}
        for s in range(clauses // 10)
    ])


def run():
    index = ProtocolIndexPage.objects.get(locale__language_code="en")
    reference, other = LegalReference.objects.all()[:2]
    page = ProtocolPage(title="Benchmark protocol", slug="benchmark-protocol", summary="Bench.",
                        body=_body(60, reference, other))
    index.add_child(instance=page)
    page.save_revision().publish()
    page = ProtocolPage.objects.get(pk=page.pk)
    client = Client()
    url = page.url
    client.get(url)  # warm: caches filled as for any reader after the first
    queries = []
    with connection.execute_wrapper(lambda ex, sql, *a: queries.append(sql) or ex(sql, *a)):
        response = client.get(url)
    assert response.status_code == 200
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        client.get(url)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p95 = samples[int(len(samples) * 0.95) - 1]
    cold = ProtocolPage.objects.get(pk=page.pk)
    from django.core.cache import cache

    cache.clear()
    start = time.perf_counter()
    client.get(cold.url)
    cold_ms = (time.perf_counter() - start) * 1000
    print(f"protocol_page: 60 clauses, {len(response.content)} bytes, {RUNS} warm requests "
          f"(anonymous, test client)")
    print(f"  queries {len(queries)}  median {statistics.median(samples):.2f} ms  "
          f"p95 {p95:.2f} ms  first render after publish {cold_ms:.2f} ms")
    print("  target: p95 < 50 ms and <= 8 queries")
