"""Hand-built articles and events for the export tests (our own invented texts, no corpus data)."""

from __future__ import annotations

from pathlib import Path

import factories
from tacitus.model import Actor, Article, Coded, Event, Place, Quote, content_id
from tacitus.store import Store

BERLIN = Place(name="Berlin", country="DEU", lat=52.52437, lon=13.41053, geonameid=2950159, feature="city")
WASHINGTON = Place(name="Washington", country="USA", lat=38.89511, lon=-77.03637, geonameid=4140963, feature="city")


def _actor(article: Article, name: str, country: str | None, sector: str | None, **extra) -> Actor:
    return factories.actor(article, name, country, sector, **extra)


def _event(article: Article, key: str, trigger: str, sentence: int, **fields) -> Event:
    return factories.event(article, key, trigger=trigger, sentence=sentence, **fields)


def visit_article() -> Coded:
    """A French minister meets a German counterpart in Berlin (day-precise date, city, quote)."""
    text = "Minister Claire Dupont met Chancellor Jonas Weber in Berlin on Tuesday. \"We agreed on a lot,\" Dupont said."
    article = Article(id=content_id("visit", text), text=text, title="Dupont meets Weber", published="2024-03-05",
                      source="Example Wire", url="https://www.example.org/news/visit")
    dupont = _actor(article, "Claire Dupont", "FRA", "GOV", title="Minister", kind="person", wikidata="Q1")
    weber = _actor(article, "Jonas Weber", "DEU", "GOV", title="Chancellor", kind="person")
    event = _event(article, "meet", "met", 0, event_type="CONSULT", cameo="042", quad_class=1, goldstein=1.9,
                   source=dupont.ref(), target=weber.ref(), date="2024-03-05", date_text="on Tuesday",
                   location=BERLIN, modality="asserted", confidence=0.8, why="trigger 'met'",
                   evidence=text.split(". ")[0] + ".")
    quote = Quote(id=content_id(article.id, "q"), article_id=article.id, text="We agreed on a lot,", kind="direct",
                  cue="said", speaker=dupont.ref(), start=text.index("We"), end=text.index("lot,") + 4,
                  sentence=1, event_ids=(event.id,))
    return Coded(article=article, actors=(dupont, weber), events=(event,), quotes=(quote,))


def accusation_article() -> Coded:
    """The UN accuses Italy, dated to a month only; evidence with quotes, a comma and a line break."""
    text = ("Earlier, a relief convoy was stopped.\nThe United Nations accused Italy of \"delays, and worse\" in June,\n"
            "officials said.")
    article = Article(id=content_id("accuse", text), text=text, title="UN accuses Italy", published="2023-07-02",
                      source="Other Daily")
    un = _actor(article, "United Nations", "UNO", None, kind="organization")
    italy = _actor(article, "Italy", "ITA", None, kind="country")
    event = _event(article, "accuse", "accused", 1, event_type="ACCUSE", mode="disapprove", cameo="112",
                   quad_class=3, goldstein=-2.0, source=un.ref(), target=italy.ref(), date="2023-06",
                   date_text="in June", location=None, modality="asserted", confidence=0.66,
                   why="trigger 'accused'", evidence=text[text.index("The United"):])
    return Coded(article=article, actors=(un, italy), events=(event,), quotes=())


def protest_article() -> Coded:
    """A protest in Washington without a target, plus one undated and one year-only event."""
    text = "Farmers protested in Washington. They had also threatened strikes in 2021. A deal may follow."
    article = Article(id=content_id("protest", text), text=text, title="Farmers protest", published="2025-01-10T08:30:00")
    farmers = _actor(article, "Farmers", "USA", "AGR", kind="group")
    protest = _event(article, "protest", "protested", 0, event_type="PROTEST", mode="demonstrate", cameo="141",
                     quad_class=4, goldstein=-6.5, source=farmers.ref(), date="2025-01-10",
                     location=WASHINGTON, confidence=0.9, why="trigger 'protested'",
                     evidence="Farmers protested in Washington.")
    threat = _event(article, "threat", "threatened", 1, event_type="THREATEN", cameo="130", quad_class=3,
                    goldstein=-4.4, source=farmers.ref(), date="2021", date_text="in 2021",
                    confidence=0.7, why="trigger 'threatened'", evidence="They had also threatened strikes in 2021.")
    deal = _event(article, "deal", "deal", 2, event_type="AGREE", cameo="030", quad_class=1, goldstein=4.0,
                  source=farmers.ref(), date=None, modality="hypothetical", confidence=0.4, why="trigger 'deal'",
                  evidence="A deal may follow.")
    return Coded(article=article, actors=(farmers,), events=(protest, threat, deal), quotes=())


def all_coded() -> list[Coded]:
    """The three hand-built articles (five events)."""
    return [visit_article(), accusation_article(), protest_article()]


def make_store(path: Path) -> Path:
    """Write the hand-built articles into a new database at ``path``; return the path."""
    with Store(path) as store:
        store.write(all_coded())
    return path


def add_clusters(path: Path, *event_ids: str, mentions: int, articles: int, sources: int, first_seen: str) -> None:
    """Create the clusters tables (as the clustering module defines them) with one cluster of
    ``event_ids``, the first being its representative."""
    with Store(path) as store:
        con = store.connection
        con.execute("""CREATE TABLE IF NOT EXISTS clusters(id VARCHAR PRIMARY KEY, event_type VARCHAR, cameo VARCHAR,
            date_first VARCHAR, date_last VARCHAR, source_country VARCHAR, source_sector VARCHAR,
            target_country VARCHAR, target_sector VARCHAR, location_name VARCHAR, location_country VARCHAR,
            location_lat DOUBLE, location_lon DOUBLE, num_mentions INTEGER, num_articles INTEGER,
            num_sources INTEGER, first_seen VARCHAR, representative_event_id VARCHAR, goldstein DOUBLE)""")
        con.execute("CREATE TABLE IF NOT EXISTS cluster_events(event_id VARCHAR PRIMARY KEY, cluster_id VARCHAR, why VARCHAR)")
        con.execute("INSERT INTO clusters (id, num_mentions, num_articles, num_sources, first_seen, representative_event_id) "
                    "VALUES ('c1', ?, ?, ?, ?, ?)", [mentions, articles, sources, first_seen, event_ids[0]])
        for event_id in event_ids:
            con.execute("INSERT INTO cluster_events VALUES (?, 'c1', 'test')", [event_id])
