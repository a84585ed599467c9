"""Security of the server: SQL injection in every filter, path traversal on the static route,
security headers, and pages that can run no inline script and fetch nothing from elsewhere."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from tacitus.serve.pages import PAGES, static_dir
from serve_support import client, hand_db, make_client  # noqa: F401 - pytest fixtures

INJECTIONS = [
    "' OR '1'='1", "'; DROP TABLE events; --", "x\" OR 1=1 --", "1) UNION SELECT * FROM articles --",
    "%' OR 1=1 --", "\\'; DELETE FROM events; --", "\x00", "é' OR ''='",
]

EVENT_FILTERS = ["type", "cameo", "actor", "country", "dyad", "date_from", "date_to", "modality", "text",
                 "article_id", "quad_class", "sort"]
OTHER_FILTERS = {
    "articles": ["source", "text", "date_from", "date_to", "sort"],
    "actors": ["name", "country", "sector", "article_id", "sort"],
    "quotes": ["speaker", "country", "text", "article_id", "sort"],
    "clusters": ["type", "country", "date_from", "date_to", "sort"],
}


def _table_counts(client) -> dict:
    return client.get("/api/overview").json()["counts"]


@pytest.mark.parametrize("endpoint", ["events", "timeline", "network", "map", "overview"])
def test_injection_in_every_event_filter_matches_nothing_and_changes_nothing(client, endpoint):
    before = _table_counts(client)
    for name in EVENT_FILTERS:
        if name == "sort" and endpoint != "events":
            continue
        for attack in INJECTIONS:
            response = client.get(f"/api/{endpoint}", params={name: attack})
            # Either refused by validation, or run as a plain value that matches nothing.
            assert response.status_code in (200, 422), (name, attack, response.text)
            if response.status_code == 200 and endpoint == "events":
                assert response.json()["total"] == 0, (name, attack)
    assert _table_counts(client) == before


@pytest.mark.parametrize("endpoint,filters", OTHER_FILTERS.items())
def test_injection_in_other_listings(client, endpoint, filters):
    before = _table_counts(client)
    for name in filters:
        for attack in INJECTIONS:
            response = client.get(f"/api/{endpoint}", params={name: attack})
            assert response.status_code in (200, 422), (endpoint, name, attack)
            if response.status_code == 200:
                assert response.json()["total"] == 0, (endpoint, name, attack)
    response = client.get("/api/articles/' OR '1'='1")
    assert response.status_code == 404
    assert _table_counts(client) == before


@pytest.mark.parametrize("path", [
    "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2f%2e%2e%2fstore.py",
    "/static/....//app.py", "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/..\\app.py",
    "/static/%5c..%5capp.py", "/article/../../store.py",
])
def test_path_traversal_on_static_route_serves_nothing_outside(client, path):
    response = client.get(path)
    assert response.status_code in (400, 404), (path, response.status_code)
    assert "def create_app" not in response.text and "root:" not in response.text


def test_security_headers_on_pages_and_api(client):
    for url in ("/", "/api/events", "/static/common.js", "/nope"):
        headers = client.get(url).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'self'" in csp and "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff"
    assert client.get("/api/events").headers["cache-control"] == "no-store"


class _ScriptFinder(HTMLParser):
    """Collect inline script bodies, inline event handlers, style attributes and URLs of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.inline, self.handlers, self.urls, self._in_script = [], [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._in_script = tag == "script"
        if tag == "script" and not attrs.get("src"):
            self.inline.append("<script> without src")
        self.handlers += [k for k in attrs if k.startswith("on") or k == "style"]
        self.urls += [v for k, v in attrs.items() if k in ("src", "href") and v]

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.inline.append(data)


@pytest.mark.parametrize("route,filename", PAGES.items())
def test_pages_have_no_inline_script_and_only_local_assets(client, route, filename):
    response = client.get(route)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    finder = _ScriptFinder()
    finder.feed(response.text)
    assert finder.inline == [] and finder.handlers == []
    for url in finder.urls:
        assert url.startswith("/static/"), url
        assert client.get(url).status_code == 200, url


def test_static_assets_reach_nothing_outside_and_never_use_inner_html():
    for path in static_dir().iterdir():
        if path.suffix not in (".js", ".css", ".html"):
            continue
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"https?://", source.replace("http://www.w3.org/2000/svg", "")), path.name
        assert "innerHTML" not in source and "outerHTML" not in source and "insertAdjacentHTML" not in source
        assert "document.write" not in source and "eval(" not in source, path.name


# Each malformed query and what it must get: 422 with the parameter named, or 200 for values that
# are merely odd text (they match nothing) or for parameters the API does not know (ignored).
MALFORMED = [
    ("actor=%ff%fe%fd", 200, None), ("text=%zz", 200, None), ("limit=1e9999", 422, "limit"),
    ("offset=99999999999999999999999", 422, "offset"), ("type=%00", 422, "event type"), ("cameo=%00%00", 422, "cameo"),
    ("actor=" + "a" * 5000, 422, "actor"), ("date_from=9999-99-99", 422, "date_from"),
    ("sort=date;DROP", 422, "cannot sort by 'date;DROP'"), ("dyad=:::", 422, "dyad"), ("quad_class=NaN", 422, "quad_class"),
    ("&".join(f"p{i}=x" for i in range(500)), 200, None), ("country=" + "%e2%80%ae" * 3, 200, None),
]


@pytest.mark.parametrize("query, status, named", MALFORMED)
def test_malformed_query_strings_get_their_own_answer(client, query, status, named):
    response = client.get(f"/api/events?{query}")
    assert response.status_code == status, (query, response.status_code, response.text[:200])
    if status == 422:
        assert named in response.json()["error"]["message"]
    else:
        assert "items" in response.json()


def test_a_sort_injection_is_refused_and_the_table_is_intact(client):
    before = client.get("/api/events").json()["total"]
    for sort in ("date;DROP TABLE events", "date; DELETE FROM events", "(SELECT 1)", "date DESC, id"):
        response = client.get("/api/events", params={"sort": sort})
        assert response.status_code == 422 and "use one of date" in response.json()["error"]["message"]
    assert before > 0 and client.get("/api/events").json()["total"] == before


def test_oversized_path_and_ids_are_refused(client):
    assert client.get("/api/articles/" + "x" * 5000).status_code == 422
    assert client.get("/api/articles/%00").status_code == 404
