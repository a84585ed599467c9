"""The DuckDB store: round trips, idempotent writes, filters, failures, atomic batches."""

from __future__ import annotations

import dataclasses

import pytest

from tacitus.errors import StoreError
from tacitus.model import Actor, Article, Coded, Event, Failure, Mention, Place, Quote, content_id
from tacitus.store import EventFilter, Store


def _coded(title: str, text: str, *, date: str = "2024-03-05", country: str = "FRA") -> Coded:
    article = Article(id=content_id(title, text), text=text, title=title, published="2024-03-05",
                      source="Test Wire", captions=("A caption",), subheads=("Sub",), removed={"placeholder": 1})
    first = text.split()[0]
    minister = Actor(id=content_id(article.id, first), name=first, mentions=(Mention(first, 0, len(first)),),
                     country=country, sector="GOV", code=f"{country}GOV", kind="person")
    other = Actor(id=content_id(article.id, "Germany"), name="Germany",
                  mentions=(Mention("Germany", text.index("Germany"), text.index("Germany") + 7),),
                  country="DEU", kind="country", code="DEU")
    event = Event(id=content_id(article.id, "e"), article_id=article.id, sentence=0, evidence=text,
                  event_type="CONSULT", cameo="042", quad_class=1, goldstein=1.9, source=minister.ref(),
                  target=other.ref(), date=date, date_text="on Tuesday",
                  location=Place(name="Berlin", country="DEU", lat=52.5, lon=13.4, geonameid=2950159, feature="city"),
                  modality="asserted", confidence=0.8, why="trigger 'visited'", trigger="visited",
                  trigger_start=text.index("visited"), trigger_end=text.index("visited") + 7)
    quote = Quote(id=content_id(article.id, "q"), article_id=article.id, text="We talked", kind="direct",
                  cue="said", speaker=minister.ref(), start=0, end=9, sentence=0)
    return Coded(article=article, actors=(minister, other), events=(event,), quotes=(quote,))


def test_round_trip_keeps_every_field(tmp_path):
    coded = _coded("Minister visits", "Dupont visited Germany on Tuesday.")
    with Store(tmp_path / "t.duckdb") as store:
        assert store.write([coded]) == 1
        back = store.coded(coded.article.id)
    assert back is not None
    assert back.to_dict() == coded.to_dict()


def test_second_write_of_same_article_changes_nothing(tmp_path):
    coded = _coded("Minister visits", "Dupont visited Germany on Tuesday.")
    path = tmp_path / "t.duckdb"
    with Store(path) as store:
        store.write([coded], [Failure("a.txt", None, "empty file")])
        before = store.counts()
        assert store.write([coded, coded], [Failure("a.txt", None, "empty file")]) == 0
        assert store.counts() == before
    assert before == {"articles": 1, "actors": 2, "events": 1, "quotes": 1, "failures": 1}


def test_event_filters(tmp_path):
    one = _coded("One", "Dupont visited Germany on Tuesday.", date="2024-03-05")
    two = _coded("Two", "Rossi visited Germany in June.", date="2023-06", country="ITA")
    with Store(tmp_path / "t.duckdb") as store:
        store.write([one, two])
        assert len(store.events()) == 2
        assert [e.source.country for e in store.events(EventFilter(country="ita"))] == ["ITA"]
        assert len(store.events(EventFilter(actor="rossi"))) == 1
        assert len(store.events(EventFilter(cameo="04"))) == 2
        assert len(store.events(EventFilter(cameo="19"))) == 0
        assert [e.date for e in store.events(EventFilter(date_from="2023-06", date_to="2023-06"))] == ["2023-06"]
        assert [e.date for e in store.events(EventFilter(date_from="2024"))] == ["2024-03-05"]
        assert len(store.events(EventFilter(text="in June"))) == 1
        assert len(store.events(EventFilter(limit=1))) == 1
        # Filters are parameters, never SQL text.
        assert store.events(EventFilter(actor="x' OR '1'='1")) == []
        # Text filters match literally: a "%" or "_" is a character, not a wildcard.
        assert store.events(EventFilter(actor="%")) == [] and store.events(EventFilter(text="_")) == []
        assert store.actors(name="%") == [] and store.quotes(speaker="%") == []


def test_actor_and_quote_queries(tmp_path):
    with Store(tmp_path / "t.duckdb") as store:
        store.write([_coded("One", "Dupont visited Germany on Tuesday.")])
        assert {a.name for a in store.actors(country="DEU")} == {"Germany"}
        assert [q.speaker.name for q in store.quotes(speaker="dup")] == ["Dupont"]
        assert store.quotes(text="nothing like this") == []


def test_failed_batch_leaves_nothing_behind(tmp_path):
    # A real failure midway through the transaction: the quote's offset does not fit its column,
    # after the article, actors and events rows went in.
    path = tmp_path / "t.duckdb"
    good = _coded("One", "Dupont visited Germany on Tuesday.")
    bad = dataclasses.replace(good, quotes=(dataclasses.replace(good.quotes[0], start=2**40),))
    with Store(path) as store:
        with pytest.raises(StoreError, match="cannot write"):
            store.write([bad])
        assert store.counts()["articles"] == 0
        assert store.counts()["events"] == 0
        assert store.write([good]) == 1  # the connection is usable again


def test_read_only_open_of_missing_database_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="tacitus run"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_dyad_and_sector_filters(tmp_path):
    one = _coded("One", "Dupont visited Germany on Tuesday.")  # FRAGOV -> DEU
    with Store(tmp_path / "t.duckdb") as store:
        store.write([one])
        assert len(store.events(EventFilter(dyad=("FRA", "DEU")))) == 1
        assert len(store.events(EventFilter(dyad=("FRAGOV", "deu")))) == 1
        assert store.events(EventFilter(dyad=("DEU", "FRA"))) == []
        assert len(store.events(EventFilter(dyad=("DEU", "FRA"), either_direction=True))) == 1
        assert [a.name for a in store.actors(sector="gov")] == ["Dupont"]


def test_quotes_keep_their_event_links(tmp_path):
    import dataclasses

    coded = _coded("One", "Dupont visited Germany on Tuesday.")
    linked = dataclasses.replace(coded, quotes=tuple(dataclasses.replace(q, event_ids=(coded.events[0].id,)) for q in coded.quotes))
    with Store(tmp_path / "t.duckdb") as store:
        store.write([linked])
        assert store.quotes()[0].event_ids == (coded.events[0].id,)
