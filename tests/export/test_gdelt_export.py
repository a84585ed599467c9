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


def _export(tmp_path, where=EventFilter(), **options):
    db = make_store(tmp_path / "t.duckdb") if not (tmp_path / "t.duckdb").exists() else tmp_path / "t.duckdb"
    with Store(db, read_only=True) as store:
        summary = export_events(store, where, "gdelt", tmp_path / "gdelt", **options)
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


def test_partial_dates_non_state_actors_and_missing_places_stay_empty(tmp_path):
    _, events, _ = _export(tmp_path)
    accusation = _by_id(events, accusation_article().events[0].id)
    assert (accusation["SQLDATE"], accusation["MonthYear"], accusation["Year"], accusation["FractionDate"]) == ("", "202306", "2023", "")
    assert (accusation["Actor1CountryCode"], accusation["Actor1KnownGroupCode"]) == ("", "UNO")
    assert (accusation["IsRootEvent"], accusation["EventBaseCode"], accusation["EventRootCode"]) == ("0", "112", "11")
    assert all(accusation[f"ActionGeo_{c}"] == "" for c in _GEO)
    assert accusation["SOURCEURL"].startswith("Other Daily; UN accuses Italy; 2023-07-02; tacitus article ")
    protest, threat, deal = (_by_id(events, e.id) for e in protest_article().events)
    assert protest["Actor2Code"] == protest["Actor2Name"] == ""
    assert (protest["ActionGeo_Type"], protest["ActionGeo_CountryCode"]) == ("3", "US")  # a US city
    assert protest["DATEADDED"] == "20250110083000"  # the publication time is kept
    assert (threat["SQLDATE"], threat["MonthYear"], threat["Year"]) == ("", "", "2021")
    assert (deal["SQLDATE"], deal["Year"]) == ("", "")


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
        export_events(store, EventFilter(country="ITA"), "gdelt", tmp_path / "ita", per_cluster=True)
    ita_events = (tmp_path / "ita" / "events.tsv").read_text(encoding="utf-8").splitlines()
    ita_mentions = (tmp_path / "ita" / "mentions.tsv").read_text(encoding="utf-8").splitlines()
    assert [line.split("\t")[0] for line in ita_events] == [happening]
    assert [line.split("\t")[0] for line in ita_mentions] == [happening]
    assert ita_mentions[0].split("\t")[9] == str(member.trigger_start)  # the report is the member's


def test_per_cluster_is_for_gdelt_only(tmp_path):
    db = make_store(tmp_path / "t.duckdb")
    with Store(db, read_only=True) as store, pytest.raises(TacitusError, match="gdelt only"):
        export_events(store, EventFilter(), "csv", tmp_path / "x.csv", per_cluster=True)
