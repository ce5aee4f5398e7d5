"""Home and section pages: server time, queries and bytes transferred, per language."""

import gzip
import re
import statistics
import time

from django.contrib.staticfiles import finders
from django.db import connection
from django.test import Client

from tests.factories import add_children

REQUESTS = 50


def _weight(client, html):
    total_raw, total_gzip = len(html), len(gzip.compress(html))
    for asset in re.findall(rb'<link[^>]+rel="stylesheet" href="/static/([^"]+)"', html):
        with open(finders.find(asset.decode()), "rb") as handle:
            data = handle.read()
        total_raw += len(data)
        total_gzip += len(gzip.compress(data))
    return total_raw, total_gzip


def _measure(client, url):
    client.get(url)
    queries = []
    with connection.execute_wrapper(lambda execute, sql, *a: queries.append(sql) or execute(sql, *a)):
        response = client.get(url)
    timings = []
    for _ in range(REQUESTS):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    raw, zipped = _weight(client, response.content)
    return len(queries), statistics.median(timings), max(timings), raw, zipped


def run():
    from protocols.models import ProtocolIndexPage

    client = Client()
    print(f"home_page: {REQUESTS} requests each, Django test client, no network")
    print(f"{'url':<18}{'queries':>8}{'median ms':>11}{'max ms':>9}{'bytes':>9}{'gzip':>8}")
    urls = ["/en/", "/ru/", "/kk/", "/ru/protocols/"]
    for url in urls:
        queries, median, worst, raw, zipped = _measure(client, url)
        print(f"{url:<18}{queries:>8}{median:>11.2f}{worst:>9.2f}{raw:>9}{zipped:>8}")
    for index in ProtocolIndexPage.objects.all():
        add_children(index, 60, prefix="bench-protocol")
    queries, median, worst, raw, zipped = _measure(client, "/ru/protocols/")
    print(f"{'/ru/protocols/ +60':<18}{queries:>8}{median:>11.2f}{worst:>9.2f}{raw:>9}{zipped:>8}")
    print("budget: 153600 bytes gzip per content page before images")
