import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from academy.sanitize import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, html_clean, text_clean

XSS_DIR = Path(__file__).resolve().parent.parent / "data" / "xss"
VECTORS = sorted(
    {
        line.rstrip("\n")
        for path in XSS_DIR.glob("*.txt")
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
        if line.strip()
    }
)
SAFE_SCHEMES = {"http", "https", "mailto"}


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))

    handle_startendtag = handle_starttag


def _elements(markup):
    parser = _Collector()
    parser.feed(markup)
    parser.close()
    return parser.elements


def _scheme(url):
    """The scheme a browser reads from an attribute value the parser has decoded (a browser
    decodes character references once: `javascript&amp;colon;` is the relative link
    `javascript&colon;`, with no scheme). Browsers ignore control characters and white
    space inside a scheme."""
    compact = re.sub(r"[\x00-\x20]", "", url).lower()
    match = re.match(r"^([a-z][a-z0-9+.\-]*):", compact)
    return match.group(1) if match else None


def test_corpus_is_large_enough():
    assert len(VECTORS) >= 300


@pytest.mark.parametrize("vector", VECTORS)
def test_no_vector_survives_cleaning(vector):
    cleaned = html_clean(vector)
    for tag, attrs in _elements(cleaned):
        assert tag in ALLOWED_TAGS, (vector, cleaned)
        for name, value in attrs:
            assert name in ALLOWED_ATTRIBUTES.get(tag, []), (vector, cleaned)
            assert not name.startswith("on"), (vector, cleaned)
            if name == "href" and value:
                scheme = _scheme(value)
                assert scheme is None or scheme in SAFE_SCHEMES, (vector, cleaned)


@pytest.mark.parametrize(
    "dangerous",
    ["<script>alert(1)</script>", "<style>body{}</style>", "<svg onload=alert(1)>",
     "<math><mi>x</mi></math>", "<iframe src=//evil></iframe>", "<img src=x onerror=alert(1)>",
     "<form action=//evil><input></form>", '<a href="javascript:alert(1)">x</a>',
     '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "<p style=\"color:red\">x</p>"],
)
def test_dangerous_elements_are_removed(dangerous):
    cleaned = html_clean(dangerous)
    assert not re.search(r"<(script|style|svg|math|iframe|img|form|input)\b", cleaned)
    assert "javascript:" not in cleaned and "data:" not in cleaned and "style=" not in cleaned


def test_ordinary_formatting_is_kept():
    source = (
        '<p>Offer a <strong>private room</strong> and <em>never</em> ask for a re-enactment.</p>'
        '<ul><li>Step one</li></ul><a href="https://example.org/protocol#3.2" title="3.2">3.2</a>'
    )
    assert html_clean(source) == source


def test_text_clean_strips_all_markup():
    assert text_clean("<b>Almaty</b> <script>x</script>") == "Almaty x"
    assert html_clean(None) == "" and text_clean("") == ""
