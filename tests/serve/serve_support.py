"""Fixtures of the serving tests: stores built from hand-written records (fast) or from the
example articles through the real coder (slow), and an in-process client (httpx ASGI transport).

Test modules import the fixtures they use from here (``from serve_support import client, ...``):
a conftest.py in this folder would take the module name ``conftest`` from tests/conftest.py,
which other test modules import from. The hand-written articles are ours; one of them carries
HTML and script text, which the dashboard must show as text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import anyio
import httpx
import pytest

import factories
from tacitus.model import Actor, Article, Coded, Event, Place, Quote, content_id
from tacitus.store import Store

REPO = Path(__file__).resolve().parents[2]

HOSTILE = ('Officials said <script>window.__pwned = 1</script> was posted and <img src=x onerror="window.__pwned = 2"> '
           'too. Rebels attacked the <b>garrison</b> on Monday.')


class ApiClient:
    """A synchronous face on httpx.AsyncClient + ASGITransport: the app runs in this process."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def send() -> httpx.Response:
            # raise_app_exceptions=False: a 500 comes back as the envelope the client would see.
            transport = httpx.ASGITransport(app=self.app, raise_app_exceptions=False)
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
                return await client.request(method, url, **kwargs)
        return anyio.run(send)

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)


def _actor(article_id: str, text: str, name: str, country: str, sector: str | None, kind: str = "person") -> Actor:
    return factories.actor(Article(id=article_id, text=text), name, country, sector, kind=kind)


def _event(article: Article, n: int, trigger: str, evidence: str, event_type: str, cameo: str, quad: int,
           goldstein: float, source: Actor, target: Actor | None, date: str | None, date_text: str | None,
           place: Place | None, modality: str = "asserted") -> Event:
    return factories.event(article, str(n), trigger=trigger, evidence=evidence, sentence=n, event_type=event_type,
                           cameo=cameo, quad_class=quad, goldstein=goldstein, source=source, target=target,
                           date=date, date_text=date_text, location=place, modality=modality, confidence=0.8,
                           why=f"trigger {trigger!r}")


def hand_records() -> list[Coded]:
    """Three articles we wrote: talks in Berlin, a protest and sanctions, and the hostile one."""
    berlin = Place(name="Berlin", country="DEU", lat=52.52, lon=13.41, geonameid=2950159, feature="city")
    lagos = Place(name="Lagos", country="NGA", lat=6.45, lon=3.39, geonameid=2332459, feature="city")

    text1 = ("French Foreign Minister Claire Dupont met German Chancellor Otto Weber in Berlin on Tuesday. "
             "Dupont urged Weber to back the grain deal.\n\n\"We want an answer soon,\" Dupont said.")
    a1 = Article(id=content_id("a1", text1), text=text1, title="Dupont meets Weber in Berlin", published="2024-03-05",
                 source="Test Wire", url="https://example.org/a1")
    dupont = _actor(a1.id, text1, "Claire Dupont", "FRA", "GOV")
    weber = _actor(a1.id, text1, "Otto Weber", "DEU", "GOV")
    s1 = "French Foreign Minister Claire Dupont met German Chancellor Otto Weber in Berlin on Tuesday."
    s2 = "Dupont urged Weber to back the grain deal."
    e1 = _event(a1, 0, "met", s1, "CONSULT", "042", 1, 1.9, dupont, weber, "2024-03-05", "on Tuesday", berlin)
    e2 = _event(a1, 1, "urged", s2, "REQUEST", "020", 1, -1.0, dupont, weber, "2024-03-05", None, berlin, "intended")
    q_start = text1.index("We want")
    q1 = Quote(id=content_id(a1.id, "q"), article_id=a1.id, text="We want an answer soon,", kind="direct", cue="said",
               speaker=dupont.ref(), start=q_start, end=q_start + len("We want an answer soon,"), sentence=2)
    c1 = Coded(article=a1, actors=(dupont, weber), events=(e1, e2), quotes=(q1,))

    text2 = ("Protesters rallied against the government of Nigeria in Lagos on 12 March 2024. "
             "The European Union imposed sanctions on Russia in March 2024.")
    a2 = Article(id=content_id("a2", text2), text=text2, title="Protest in Lagos; EU sanctions", published="2024-03-12",
                 source="Other Wire")
    crowd = _actor(a2.id, text2, "Protesters", "NGA", "CVL", kind="group")
    nigeria = _actor(a2.id, text2, "Nigeria", "NGA", None, kind="country")
    eu = _actor(a2.id, text2, "The European Union", "EUR", None, kind="organization")
    russia = _actor(a2.id, text2, "Russia", "RUS", None, kind="country")
    s3 = "Protesters rallied against the government of Nigeria in Lagos on 12 March 2024."
    s4 = "The European Union imposed sanctions on Russia in March 2024."
    e3 = _event(a2, 0, "rallied", s3, "PROTEST", "141", 3, -6.5, crowd, nigeria, "2024-03-12", "on 12 March 2024", lagos)
    e4 = _event(a2, 1, "imposed", s4, "SANCTION", "163", 4, -8.0, eu, russia, "2024-03", "in March 2024", None)
    c2 = Coded(article=a2, actors=(crowd, nigeria, eu, russia), events=(e3, e4))

    a3 = Article(id=content_id("a3", HOSTILE), text=HOSTILE, title="<script>alert(1)</script> headline",
                 published="2024-03-11", source="<b>Bold Wire</b>")
    rebels = _actor(a3.id, HOSTILE, "Rebels", "SDN", "REB", kind="group")
    officials = _actor(a3.id, HOSTILE, "Officials", "SDN", "GOV", kind="group")
    s5 = HOSTILE[:HOSTILE.index("too.") + 4]
    s6 = "Rebels attacked the <b>garrison</b> on Monday."
    e5 = _event(a3, 0, "said", s5, "ACCUSE", "112", 3, -2.0, officials, None, "2024-03-11", None, None)
    e6 = _event(a3, 1, "attacked", s6, "ASSAULT", "190", 4, -10.0, rebels, officials, "2024-03-11", "on Monday", None)
    c3 = Coded(article=a3, actors=(rebels, officials), events=(e5, e6))
    return [c1, c2, c3]


@pytest.fixture
def hand_db(tmp_path: Path) -> Path:
    """A store holding the hand-written articles (closed: the server opens it read-only)."""
    path = tmp_path / "hand.duckdb"
    with Store(path) as store:
        store.write(hand_records())
    return path


@pytest.fixture
def make_client() -> Callable[..., ApiClient]:
    """Build an app with create_app(**kwargs) and wrap it in an in-process client."""
    from tacitus.serve import create_app

    apps: list[Any] = []

    def make(db: Path, **kwargs: Any) -> ApiClient:
        app = create_app(db, **kwargs)
        apps.append(app)
        return ApiClient(app)

    yield make
    for app in apps:
        app.state.database.close()


@pytest.fixture
def client(hand_db: Path, make_client: Callable[..., ApiClient]) -> ApiClient:
    """A client over the hand-written store, bound to loopback, no token."""
    return make_client(hand_db)


_EXAMPLES_DB = pytest.StashKey[Path]()


@pytest.fixture(scope="session")
def examples_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, coder: Any) -> Path:
    """The example articles (examples/) coded by the real coder, stored once per session (slow).

    Kept on the session's stash: modules importing this fixture each get their own copy of the
    fixture definition, and the store is built only once for all of them.
    """
    from tacitus.ingest import iter_articles

    if _EXAMPLES_DB in request.config.stash:
        return request.config.stash[_EXAMPLES_DB]
    path = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    articles = [item for item in iter_articles([REPO / "examples"]) if isinstance(item, Article)]
    coded = [c for c in coder.pipe(articles, on_error="record") if isinstance(c, Coded)]
    with Store(path) as store:
        store.write(coded)
    request.config.stash[_EXAMPLES_DB] = path
    return path
