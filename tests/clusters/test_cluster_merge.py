"""Which reports merge and which stay apart (hand-built events through Store.write; no model)."""

from __future__ import annotations

import pytest

from tacitus.clusters import cluster_pending

from .cluster_fixtures import E, coded, event_id, same_cluster, store_with

MEET = ("CONSULT", "042")


def _two(tmp_path, first: E, second: E, *, same_outlet: bool = False):
    tmp_path.mkdir(parents=True, exist_ok=True)
    store = store_with(tmp_path / "t.duckdb", [
        coded("a", "2018-10-07", "Wire One", [first]),
        coded("b", "2018-10-08", "Wire One" if same_outlet else "Wire Two", [second]),
    ])
    cluster_pending(store)
    return store


def test_two_reports_of_one_meeting_merge_with_a_why(tmp_path):
    store = _two(tmp_path, E(*MEET, "USAGOV", "PRKGOV", "2018-10-07", "Pyongyang"),
                 E(*MEET, "USAGOV", "PRKGOV", "2018-10-08", "Pyongyang"))
    assert same_cluster(store, event_id("a", 0), event_id("b", 0))
    why = store.connection.execute("SELECT why FROM cluster_events WHERE event_id = ?", [event_id("b", 0)]).fetchone()[0]
    assert why == "same CONSULT USAGOV->PRKGOV, dates 2018-10-07/2018-10-08 within 1 day, both in Pyongyang"


def test_symmetric_meeting_matches_either_direction_but_an_attack_does_not(tmp_path):
    store = _two(tmp_path, E(*MEET, "USAGOV", "PRKGOV", "2018-10-07"), E(*MEET, "PRKGOV", "USAGOV", "2018-10-07"))
    assert same_cluster(store, event_id("a", 0), event_id("b", 0))
    store.close()
    attack = _two(tmp_path / "x", E("ASSAULT", "190", "ISRMIL", "PSEREB", "2018-10-07"),
                  E("ASSAULT", "190", "PSEREB", "ISRMIL", "2018-10-07"))
    assert not same_cluster(attack, event_id("a", 0), event_id("b", 0))


@pytest.mark.parametrize("second", [
    E("AGREE", "036", "USAGOV", "PRKGOV", "2018-10-07", "Pyongyang"),   # another type
    E(*MEET, "USAGOV", "KORGOV", "2018-10-07", "Pyongyang"),            # another target country
    E(*MEET, "USAMIL", "PRKGOV", "2018-10-07", "Pyongyang"),            # another source sector
    E(*MEET, "USAGOV", "PRKGOV", "2018-10-09", "Pyongyang"),            # two days later
    E(*MEET, "USAGOV", "PRKGOV", "2018-10-07", "Seoul"),                # another country
    E(*MEET, "USAGOV", "PRKGOV", "2018-10-07", "Wonsan"),               # same country, 150 km away
    E(*MEET, "USAGOV", "PRKGOV", "2018-10-07", "Pyongyang", "negated"),  # did not happen
    E(*MEET, "USAGOV", "PRKGOV", "2018-10-07", "Pyongyang", "planned"),  # another modality
])
def test_distractors_stay_apart(tmp_path, second):
    store = _two(tmp_path, E(*MEET, "USAGOV", "PRKGOV", "2018-10-07", "Pyongyang"), second)
    assert not same_cluster(store, event_id("a", 0), event_id("b", 0))


@pytest.mark.parametrize("second", [
    E(*MEET, "USAGOV", "PRKGOV", "2018-10-07", None),           # one place unknown
    E(*MEET, "USAGOV", "PRKGOV", "2018-10-07", "North Korea"),  # an area holding the city
    E(*MEET, "USAGOV", "PRKGOV", "2018-10", "Pyongyang"),       # month-dated: covers the day
    E(*MEET, "USAGOV", "PRKGOV", None, "Pyongyang"),            # undated: dated by publication (next day)
])
def test_compatible_reports_merge(tmp_path, second):
    store = _two(tmp_path, E(*MEET, "USAGOV", "PRKGOV", "2018-10-07", "Pyongyang"), second)
    assert same_cluster(store, event_id("a", 0), event_id("b", 0))


def test_a_missing_side_joins_only_on_the_same_day_and_place(tmp_path):
    first = E("ASSAULT", "190", "ISRMIL", "PSEREB", "2018-10-07", "Gaza")
    store = _two(tmp_path, first, E("ASSAULT", "190", "ISRMIL", None, "2018-10-07", "Gaza"))
    assert same_cluster(store, event_id("a", 0), event_id("b", 0))
    why = store.connection.execute("SELECT why FROM cluster_events WHERE event_id = ?", [event_id("b", 0)]).fetchone()[0]
    assert "a side unknown" in why
    store.close()
    for n, second in enumerate([E("ASSAULT", "190", "ISRMIL", None, "2018-10-07", None),
                                E("ASSAULT", "190", "ISRMIL", None, "2018-10-08", "Gaza"),
                                E("ASSAULT", "190", None, None, "2018-10-07", "Gaza")]):
        apart = _two(tmp_path / str(n), first, second)
        assert not same_cluster(apart, event_id("a", 0), event_id("b", 0)), second
        apart.close()


def test_same_article_merges_only_a_restatement(tmp_path):
    store = store_with(tmp_path / "t.duckdb", [coded("a", "2018-10-07", "Wire", [
        E(*MEET, "USAGOV", "PRKGOV", "2018-10-07", "Pyongyang"),
        E(*MEET, "USAGOV", "PRKGOV", "2018-10-07", None),        # the lead restated later: merged
        E("CONSULT", "040", "USAGOV", "PRKGOV", "2018-10-07"),   # another CAMEO code: another meeting
    ])])
    cluster_pending(store)
    assert same_cluster(store, event_id("a", 0), event_id("a", 1))
    assert not same_cluster(store, event_id("a", 0), event_id("a", 2))
    assert "same article" in store.connection.execute(
        "SELECT why FROM cluster_events WHERE event_id = ?", [event_id("a", 1)]).fetchone()[0]


def test_month_dated_report_that_fits_two_happenings_is_kept_apart(tmp_path):
    store = store_with(tmp_path / "t.duckdb", [
        coded("a", "2018-10-03", "One", [E(*MEET, "USAGOV", "PRKGOV", "2018-10-03")]),
        coded("b", "2018-10-20", "Two", [E(*MEET, "USAGOV", "PRKGOV", "2018-10-20")]),
        coded("c", "2018-10-31", "Three", [E(*MEET, "USAGOV", "PRKGOV", "2018-10")]),
    ])
    cluster_pending(store)
    ids = [event_id(n, 0) for n in "abc"]
    assert not any(same_cluster(store, ids[2], other) for other in ids[:2])
    assert "fits 2 happenings" in store.connection.execute(
        "SELECT why FROM cluster_events WHERE event_id = ?", [ids[2]]).fetchone()[0]


def test_reports_chain_no_further_than_the_window_from_the_first(tmp_path):
    # Daily reports of one dyad are separate happenings: the cluster's first day bounds it.
    store = store_with(tmp_path / "t.duckdb", [
        coded(f"d{day}", f"2018-10-0{day}", "Wire", [E("ASSAULT", "190", "ISRMIL", "PSEREB", f"2018-10-0{day}", "Gaza")])
        for day in range(1, 6)])
    cluster_pending(store)
    sizes = sorted(n for (n,) in store.connection.execute("SELECT num_mentions FROM clusters").fetchall())
    assert sizes == [1, 2, 2]


def test_two_codings_of_one_sentence_merge_even_with_a_side_unknown(tmp_path):
    store = store_with(tmp_path / "t.duckdb", [coded("a", "2018-10-07", "Wire", [
        E("ASSAULT", "194", "RUSMIL", "UKR", "2018-10-07", None, sentence=0),
        E("ASSAULT", "1823", "RUSMIL", None, "2018-10-07", None, sentence=0),   # "..., killing three"
        E("ASSAULT", "190", "RUSMIL", None, "2018-10-07", None, sentence=1),    # another sentence
    ])])
    cluster_pending(store)
    assert same_cluster(store, event_id("a", 0), event_id("a", 1))
    assert not same_cluster(store, event_id("a", 0), event_id("a", 2))
    assert store.connection.execute("SELECT why FROM cluster_events WHERE event_id = ?",
                                    [event_id("a", 1)]).fetchone()[0].startswith("another coding of the same sentence")


@pytest.mark.parametrize("first, second", [
    # both only placed in a country: too broad for a report with an unknown side
    (E("ASSAULT", "190", "ISRMIL", "PSEREB", "2018-10-08", "Palestine"), E("ASSAULT", "190", "ISRMIL", None, "2018-10-08", "Palestine")),
    # dated by its publication day, not by its text (no date, or a date without date_text)
    (E("ASSAULT", "190", "ISRMIL", "PSEREB", "2018-10-08", "Gaza"), E("ASSAULT", "190", "ISRMIL", None, None, "Gaza")),
    (E("ASSAULT", "190", "ISRMIL", "PSEREB", "2018-10-08", "Gaza"),
     E("ASSAULT", "190", "ISRMIL", None, "2018-10-08", "Gaza", stated=False)),
])
def test_a_missing_side_needs_a_stated_day_and_a_point_place(tmp_path, first, second):
    store = _two(tmp_path, first, second)
    assert not same_cluster(store, event_id("a", 0), event_id("b", 0))
    # With both sides known, the same pair merges.
    full = _two(tmp_path / "full", first, E(second.event_type, second.cameo, "ISRMIL", "PSEREB", second.date, second.place,
                                             stated=second.stated))
    assert same_cluster(full, event_id("a", 0), event_id("b", 0))
