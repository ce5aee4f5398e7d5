"""The editors' Translations screen: every protocol × language as current, behind (with the
source's changed clauses word by word since the version the translation reflects) or
missing, filterable, with links to edit or translate."""
import re

import pytest

from protocols.models import ProtocolPage
from tests.currency.test_refreshers import CLAUSES, RU, _body
from tests.factories import (
    UserFactory,
    give_totp,
    make_home_page,
    make_learner,
    make_protocol,
    republish,
    translate_tree,
)

pytestmark = pytest.mark.django_db

URL = "/admin/protocol-translations/"


def _statuses(html):
    """{(protocol title, language name): status word} from the table."""
    found = {}
    for title, language, status in re.findall(
            r'<th scope="row">([^<]+)</th>\s*<td>([^<]+)</td>\s*<td><strong>\S+ (\w+)</strong>',
            html):
        found[(title, language)] = status
    return found


@pytest.fixture
def world(django_capture_on_commit_callbacks):
    home = make_home_page()
    index = home.get_children().get(slug="protocols").specific
    en = make_protocol(index, sections=[("The interview", CLAUSES)])
    translate_tree(home, "ru", {"Protocols": "Протоколы", "Courses": "Курсы"})
    ru = ProtocolPage.objects.get(translation_key=en.translation_key, locale__language_code="ru")
    republish(ru, body=_body(ru, RU), change_kind="editorial")
    with django_capture_on_commit_callbacks(execute=True):
        republish(en, body=_body(en, [CLAUSES[0], "Ask which interviewer she prefers.",
                                      CLAUSES[2]]))
    editor = UserFactory(is_superuser=True, is_staff=True)
    give_totp(editor)
    return {"en": en, "ru": ru, "index": index, "editor": editor}


def test_current_behind_and_missing(world, client):
    client.force_login(world["editor"])
    html = client.get(URL).content.decode()
    title = world["en"].title
    assert _statuses(html) == {(title, "English"): "Current", (title, "Russian"): "Behind",
                               (title, "Kazakh"): "Missing"}
    behind = html[html.index(f'id="translation-{world["en"].translation_key}-ru"'):]
    behind = behind[:behind.index("</tr>")]
    assert "<del>the survivor</del>" in behind and "<ins>she</ins>" in behind
    assert f"/admin/pages/{world['ru'].pk}/edit/" in behind
    missing = html[html.index(f'id="translation-{world["en"].translation_key}-kk"'):]
    assert f"/admin/translation/submit/page/{world['en'].pk}/" in missing[:missing.index("</tr>")]
    assert "1 current, 1 behind, 1 missing." in html


def test_filters(world, client):
    client.force_login(world["editor"])
    assert list(_statuses(client.get(URL, {"status": "behind"}).content.decode()).values()) \
        == ["Behind"]
    assert list(_statuses(client.get(URL, {"language": "kk"}).content.decode())) == [
        (world["en"].title, "Kazakh")]
    response = client.get(URL, {"status": "nonsense"})
    assert response.status_code == 200 and len(_statuses(response.content.decode())) == 3


def test_a_learner_cannot_open_it(world, client):
    client.force_login(make_learner())
    response = client.get(URL)
    assert response.status_code == 302 and "login" in response["Location"]


def test_queries_do_not_grow_with_protocols(world, client, django_assert_max_num_queries):
    client.force_login(world["editor"])
    counts = []
    for extra in (0, 4):
        for n in range(extra):
            make_protocol(world["index"], title=f"Protocol {n}", slug=f"protocol-{n}")
        client.get(URL)
        with django_assert_max_num_queries(40) as captured:
            assert client.get(URL).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]


def test_the_edit_page_shows_the_same_status_and_the_source_diff(world, client):
    client.force_login(world["editor"])
    html = client.get(f"/admin/pages/{world['ru'].pk}/edit/").content.decode()
    panel = html[html.index('class="help-block help-info translation-status"'):]
    panel = panel[:panel.index("</div>")]
    assert "Behind" in panel and "Missing" in panel and "Current" in panel
    assert "<del>the survivor</del>" in panel and "<ins>she</ins>" in panel
    assert 'aria-current="page"' in panel
