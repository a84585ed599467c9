"""GDELT 2.0 export: the column lists, 61/16 fields per row, and the values we fill in."""

from __future__ import annotations

import duckdb
import pytest

from export_fixtures import accusation_article, add_clusters, make_store, protest_article, visit_article
from tacitus.errors import TacitusError
from tacitus.export import export_events
from tacitus.export.columns import gdelt_event_columns, gdelt_mention_columns
from tacitus.export.fields import numeric_id
from tacitus.store import EventFilter, Store

# Transcribed separately from the GDELT Event Codebook V2.0 (a second copy to check the data file).
_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
EXPECTED_EVENT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO), *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)
EXPECTED_MENTION_COLUMNS = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)


def test_column_files_match_the_codebook():
    assert len(gdelt_event_columns()) == 61
    assert gdelt_event_columns() == EXPECTED_EVENT_COLUMNS
    assert len(gdelt_mention_columns()) == 16
    assert gdelt_mention_columns() == EXPECTED_MENTION_COLUMNS


# Every fixture event, whatever its modality and date (the default export keeps asserted news only).
EVERY = EventFilter(modality="all")


def _export(tmp_path, where=EVERY, historical=True, **options):
    db = make_store(tmp_path / "t.duckdb") if not (tmp_path / "t.duckdb").exists() else tmp_path / "t.duckdb"
    with Store(db, read_only=True) as store:
        summary = export_events(store, where, "gdelt", tmp_path / "gdelt", historical=historical, **options)
    events = [line.split("\t") for line in (tmp_path / "gdelt" / "events.tsv").read_text(encoding="utf-8").splitlines()]
    mentions = [line.split("\t") for line in (tmp_path / "gdelt" / "mentions.tsv").read_text(encoding="utf-8").splitlines()]
    return summary, events, mentions


def _by_id(rows, event_id):
    """The row (as a column -> value dict) whose GLOBALEVENTID is derived from ``event_id``."""
    columns = EXPECTED_EVENT_COLUMNS if len(rows[0]) == 61 else EXPECTED_MENTION_COLUMNS
    wanted = str(numeric_id(event_id))
    return next(dict(zip(columns, row)) for row in rows if row[0] == wanted)


def test_every_row_has_61_event_fields_and_16_mention_fields(tmp_path):
    summary, events, mentions = _export(tmp_path)
    assert summary.events == 5 and len(events) == 5 and len(mentions) == 5
    assert {len(row) for row in events} == {61}
    assert {len(row) for row in mentions} == {16}
    assert sorted(summary.files) == sorted([str(tmp_path / "gdelt" / "events.tsv"), str(tmp_path / "gdelt" / "mentions.tsv")])


def test_event_values_for_a_dated_located_dyadic_event(tmp_path):
    _, events, _ = _export(tmp_path)
    event = visit_article().events[0]
    row = _by_id(events, event.id)
    assert row["GLOBALEVENTID"] == str(numeric_id(event.id))
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == ("20240305", "202403", "2024")
    assert row["FractionDate"] == f"{2024 + (3 * 30 + 5) / 365:.4f}"
    assert (row["Actor1Code"], row["Actor1Name"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == \
        ("FRAGOV", "CLAIRE DUPONT", "FRA", "GOV")
    assert (row["Actor2Code"], row["Actor2CountryCode"], row["Actor2KnownGroupCode"]) == ("DEUGOV", "DEU", "")
    assert (row["IsRootEvent"], row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("1", "042", "042", "04")
    assert (row["QuadClass"], row["GoldsteinScale"]) == ("1", "1.9")
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"], row["AvgTone"]) == ("1", "1", "1", "")
    # Berlin: a city outside the US (type 4), FIPS country code GM, GeoNames id as the feature id.
    assert (row["ActionGeo_Type"], row["ActionGeo_FullName"], row["ActionGeo_CountryCode"]) == ("4", "Berlin, Germany", "GM")
    assert (float(row["ActionGeo_Lat"]), float(row["ActionGeo_Long"]), row["ActionGeo_FeatureID"]) == (52.5244, 13.4105, "2950159")
    assert all(row[f"Actor1Geo_{c}"] == "" for c in _GEO)
    assert row["DATEADDED"] == "20240305000000"
    assert row["SOURCEURL"] == "https://www.example.org/news/visit"


def test_partial_dates_fill_sqldate_non_state_actors_are_cameo_and_missing_places_stay_empty(tmp_path):
    _, events, _ = _export(tmp_path)
    accusation = _by_id(events, accusation_article().events[0].id)
    # A month-dated event: the first day of its month (the documented SQLDATE rule).
    assert (accusation["SQLDATE"], accusation["MonthYear"], accusation["Year"], accusation["FractionDate"]) == \
        ("20230601", "202306", "2023", f"{2023 + (6 * 30 + 1) / 365:.4f}")
    assert (accusation["Actor1Code"], accusation["Actor1CountryCode"], accusation["Actor1KnownGroupCode"],
            accusation["Actor1Type1Code"]) == ("IGOUNO", "", "UNO", "IGO")
    assert (accusation["IsRootEvent"], accusation["EventBaseCode"], accusation["EventRootCode"]) == ("0", "112", "11")
    assert all(accusation[f"ActionGeo_{c}"] == "" for c in _GEO)
    assert accusation["SOURCEURL"].startswith("Other Daily; UN accuses Italy; 2023-07-02; tacitus article ")
    protest, threat, deal = (_by_id(events, e.id) for e in protest_article().events)
    assert protest["Actor2Code"] == protest["Actor2Name"] == ""
    assert (protest["ActionGeo_Type"], protest["ActionGeo_CountryCode"]) == ("3", "US")  # a US city
    assert protest["DATEADDED"] == "20250110083000"  # the publication time is kept
    assert (threat["SQLDATE"], threat["MonthYear"], threat["Year"]) == ("20210101", "202101", "2021")
    # Undated: the article's publication day, as GDELT dates events by their article.
    assert (deal["SQLDATE"], deal["Year"]) == ("20250110", "2025")


def test_mention_rows(tmp_path):
    _, _, mentions = _export(tmp_path)
    coded = visit_article()
    event = coded.events[0]
    row = _by_id(mentions, event.id)
    assert row["EventTimeDate"] == row["MentionTimeDate"] == "20240305000000"
    assert (row["MentionType"], row["MentionSourceName"], row["MentionIdentifier"]) == \
        ("1", "Example Wire", "https://www.example.org/news/visit")
    assert row["SentenceID"] == "1"  # GDELT counts sentences from 1
    assert row["Actor1CharOffset"] == str(coded.article.text.index("Claire Dupont"))
    assert row["Actor2CharOffset"] == str(coded.article.text.index("Jonas Weber"))
    assert row["ActionCharOffset"] == str(event.trigger_start)
    assert (row["InRawText"], row["Confidence"], row["MentionDocLen"]) == ("1", "80", str(len(coded.article.text)))
    accusation = _by_id(mentions, accusation_article().events[0].id)
    assert (accusation["MentionType"], accusation["SentenceID"], accusation["Confidence"]) == ("2", "2", "66")


def test_cluster_counts_and_first_seen_come_from_the_clusters_tables(tmp_path):
    db = make_store(tmp_path / "t.duckdb")
    event = visit_article().events[0]
    add_clusters(db, event.id, mentions=7, articles=5, sources=3, first_seen="2024-03-04")
    _, events, mentions = _export(tmp_path)
    row = _by_id(events, event.id)
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("7", "3", "5")
    assert row["DATEADDED"] == "20240304000000"
    assert _by_id(mentions, event.id)["EventTimeDate"] == "20240304000000"
    other = _by_id(events, accusation_article().events[0].id)  # not in any cluster
    assert (other["NumMentions"], other["NumSources"], other["NumArticles"]) == ("1", "1", "1")


def test_header_option_and_filters(tmp_path):
    _, events, mentions = _export(tmp_path, EventFilter(country="DEU"), header=True)
    assert tuple(events[0]) == EXPECTED_EVENT_COLUMNS
    assert tuple(mentions[0]) == EXPECTED_MENTION_COLUMNS
    assert [row[0] for row in events[1:]] == [str(numeric_id(visit_article().events[0].id))]


def test_duckdb_loads_the_tables_back(tmp_path):
    _export(tmp_path)
    con = duckdb.connect()
    names = list(EXPECTED_EVENT_COLUMNS)
    relation = con.read_csv(str(tmp_path / "gdelt" / "events.tsv"), sep="\t", header=False, names=names,
                            all_varchar=True, quotechar="")
    assert relation.columns == names
    rows = relation.fetchall()
    assert len(rows) == 5
    codes = {row[names.index("EventCode")] for row in rows}
    assert codes == {"042", "112", "141", "130", "030"}


@pytest.mark.parametrize("value", ["a", "b1", "2018-10-07", ""])
def test_numeric_ids_are_stable_and_fit_in_53_bits(value):
    assert numeric_id(value) == numeric_id(value)
    assert 0 <= numeric_id(value) < 2 ** 53


def test_per_cluster_writes_one_event_row_per_happening_and_a_mention_per_report(tmp_path):
    db = make_store(tmp_path / "t.duckdb")
    representative, member = visit_article().events[0], accusation_article().events[0]
    add_clusters(db, representative.id, member.id, mentions=2, articles=2, sources=2, first_seen="2023-07-02")
    _, events, mentions = _export(tmp_path, per_cluster=True)
    assert len(events) == 4 and len(mentions) == 5  # five reports of four happenings
    assert str(numeric_id(member.id)) not in {row[0] for row in events}
    happening = str(numeric_id(representative.id))
    assert [row[0] for row in mentions].count(happening) == 2
    assert _by_id(events, representative.id)["NumArticles"] == "2"
    # A filter that matches only the member still exports its happening, through the representative.
    with Store(db, read_only=True) as store:
        export_events(store, EventFilter(country="ITA"), "gdelt", tmp_path / "ita", per_cluster=True)  # ITA: asserted
    ita_events = (tmp_path / "ita" / "events.tsv").read_text(encoding="utf-8").splitlines()
    ita_mentions = (tmp_path / "ita" / "mentions.tsv").read_text(encoding="utf-8").splitlines()
    assert [line.split("\t")[0] for line in ita_events] == [happening]
    assert [line.split("\t")[0] for line in ita_mentions] == [happening]
    assert ita_mentions[0].split("\t")[9] == str(member.trigger_start)  # the report is the member's


def test_per_cluster_is_for_gdelt_only(tmp_path):
    db = make_store(tmp_path / "t.duckdb")
    with Store(db, read_only=True) as store, pytest.raises(TacitusError, match="gdelt only"):
        export_events(store, EventFilter(), "csv", tmp_path / "x.csv", per_cluster=True)


def test_by_default_only_asserted_news_is_exported(tmp_path):
    """Negated, hypothetical, intended... events and background history are not GDELT rows."""
    summary, events, _ = _export(tmp_path, EventFilter(), historical=None)
    exported = {row[0] for row in events}
    visit, accusation, (protest, threat, deal) = visit_article(), accusation_article(), protest_article().events
    assert exported == {str(numeric_id(e.id)) for e in (visit.events[0], accusation.events[0], protest)}
    assert str(numeric_id(deal.id)) not in exported  # hypothetical
    assert str(numeric_id(threat.id)) not in exported  # 2021, in an article of 2025: history
    assert summary.events == 3


def _coded_with(actors_and_events):
    """An article whose events have the given (source country, source sector, source id) sides."""
    from tacitus.model import Actor, Article, Coded, Event, Mention, content_id

    text = "The European Union criticized the Health Ministry. The Daily Star reported it. Shots were fired."
    article = Article(id=content_id("cameo", text), text=text, title="t", published="2024-05-02", source="S")
    actors, events = [], []
    for i, (name, country, sector) in enumerate(actors_and_events):
        start = text.index(name) if name in text else 0
        actor = Actor(id=f"a{i}", name=name, mentions=(Mention(name, start, start + len(name)),),
                      country=country, sector=sector, code=(country or "") + (sector or "") or None)
        actors.append(actor)
        events.append(Event(id=content_id(article.id, str(i)), article_id=article.id, sentence=0, evidence=text,
                            event_type="ACCUSE", cameo="111", quad_class=3, goldstein=-2.0, source=actor.ref(),
                            date="2024-05-01", modality="asserted", confidence=0.5, why="t", trigger="criticized",
                            trigger_start=text.index("criticized"), trigger_end=text.index("criticized") + 10))
    return Coded(article=article, actors=tuple(actors), events=tuple(events), quotes=())


def test_plover_codes_become_cameo_codes(tmp_path):
    from tacitus.events.detect import UNIDENTIFIED
    from tacitus.model import Event

    coded = _coded_with([("European Union", "EUR", None), ("Health Ministry", "GBR", "MED"),
                         ("The Daily Star", "LBN", "JRN"), ("Shots", None, None)])
    # The unknown doer of a passive: the coder's UNIDENTIFIED reference.
    unknown = Event.from_dict({**coded.events[3].to_dict(), "id": "unknown-doer", "source": UNIDENTIFIED.to_dict()})
    coded = type(coded)(article=coded.article, actors=coded.actors, events=(*coded.events[:3], unknown, coded.events[3]),
                        quotes=())
    with Store(tmp_path / "c.duckdb") as store:
        store.write([coded])
    with Store(tmp_path / "c.duckdb", read_only=True) as store:
        export_events(store, EventFilter(), "gdelt", tmp_path / "out")
    rows = [dict(zip(EXPECTED_EVENT_COLUMNS, line.split("\t")))
            for line in (tmp_path / "out" / "events.tsv").read_text(encoding="utf-8").splitlines()]
    by_id = {row["GLOBALEVENTID"]: row for row in rows}
    eu, health, paper, unknown_row, no_code = (by_id[str(numeric_id(e.id))] for e in (*coded.events,))
    assert [eu[f"Actor1{c}"] for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "Type1Code")] == \
        ["IGOEUREEC", "EUROPEAN UNION", "EUR", "EEC", "IGO"]
    assert (health["Actor1Code"], health["Actor1Type1Code"]) == ("GBRHLH", "HLH")  # PLOVER MED is health
    assert (paper["Actor1Code"], paper["Actor1Type1Code"]) == ("LBNMED", "MED")  # PLOVER JRN is CAMEO media
    for row in (unknown_row, no_code):  # GDELT leaves an actor it cannot code blank
        assert all(row[f"Actor1{c}"] == "" for c in _ACTOR)


def test_adm1_is_filled_at_least_at_country_level(tmp_path):
    _, events, _ = _export(tmp_path)
    berlin = _by_id(events, visit_article().events[0].id)
    assert berlin["ActionGeo_ADM1Code"] == "GM16"  # FIPS Germany + GeoNames admin1 of Berlin
    washington = _by_id(events, protest_article().events[0].id)
    assert washington["ActionGeo_ADM1Code"].startswith("US") and len(washington["ActionGeo_ADM1Code"]) == 4
