"""Incremental clustering equals a rebuild, whatever the batch order; reruns change nothing."""

from __future__ import annotations

import random

import pytest

from tacitus.clusters import cluster_pending, rebuild_clusters
from tacitus.errors import TacitusError
from tacitus.store import Store

from .cluster_fixtures import E, coded, partition

TYPES = [("CONSULT", "042"), ("ASSAULT", "190"), ("PROTEST", "141")]
CODES = ["USAGOV", "PRKGOV", "USAGOV", "PRKGOV", "KORGOV", "ISRMIL", "PSEREB", None, "USA"]
PLACES = ["Pyongyang", "Pyongyang", "Wonsan", "Seoul", "North Korea", "Gaza", None, None]
DATES = ["2018-10-0" + str(d) for d in range(1, 6)] + ["2018-10", "2018", None, "2018-Q4"]
MODALITIES = ["asserted"] * 6 + ["planned", "negated"]


def _random_articles(seed: int, count: int = 30) -> list:
    rng = random.Random(seed)
    articles = []
    for n in range(count):
        events = []
        for _ in range(rng.randint(1, 4)):
            kind, cameo = rng.choice(TYPES)
            source = rng.choice(CODES[:7]) if rng.random() < 0.8 else rng.choice(CODES)
            events.append(E(kind, cameo, source, rng.choice(CODES), rng.choice(DATES), rng.choice(PLACES),
                            rng.choice(MODALITIES), rng.choice([0.5, 0.7, 0.9])))
        articles.append(coded(f"r{seed}-{n}", f"2018-10-0{rng.randint(1, 9)}", rng.choice(["One", "Two", "Three"]), events))
    return articles


def _tables(store: Store) -> tuple[list, list]:
    con = store.connection
    return (con.execute("SELECT * FROM clusters ORDER BY id").fetchall(),
            con.execute("SELECT * FROM cluster_events ORDER BY event_id").fetchall())


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_batches_in_any_order_give_the_rebuild(tmp_path, seed):
    articles = _random_articles(seed)
    rng = random.Random(seed * 7)
    shuffled = articles[:]
    rng.shuffle(shuffled)  # old articles arrive after newer ones
    with Store(tmp_path / "inc.duckdb") as store:
        for start in range(0, len(shuffled), 10):
            store.write(shuffled[start:start + 10])
            cluster_pending(store)
        incremental = _tables(store)
        rebuilt = rebuild_clusters(store)
        assert _tables(store) == incremental
    assert rebuilt.clusters_total == len(incremental[0])
    # Some merges happened, otherwise this test would prove nothing.
    assert any(row[14] > 1 for row in incremental[0])


def test_rerunning_changes_nothing(tmp_path):
    with Store(tmp_path / "t.duckdb") as store:
        store.write(_random_articles(5))
        first = cluster_pending(store)
        before = _tables(store)
        again = cluster_pending(store)
        assert first.events_clustered == len(before[1])
        assert (again.events_clustered, again.clusters_touched) == (0, 0)
        assert _tables(store) == before


def test_a_new_batch_joins_old_clusters_and_touches_only_the_tail(tmp_path):
    meet = E("CONSULT", "042", "USAGOV", "PRKGOV", "2018-10-07", "Pyongyang")
    with Store(tmp_path / "t.duckdb") as store:
        store.write([coded("old", "2018-10-07", "One", [meet]),
                     coded("older", "2018-10-01", "One", [E("PROTEST", "141", "KENCVL", "KENGOV", "2018-10-01")])])
        cluster_pending(store)
        # Dated the next day: only the new event is placed; the stored ones keep their places.
        store.write([coded("new", "2018-10-08", "Two", [E("CONSULT", "042", "USAGOV", "PRKGOV", "2018-10-08", None)])])
        summary = cluster_pending(store)
        assert (summary.events_clustered, summary.events_reclustered) == (1, 0)
        groups = sorted(len(members) for members in partition(store).values())
        assert groups == [1, 2]


def test_clusters_of_one_window_are_not_extended_with_another(tmp_path):
    with Store(tmp_path / "t.duckdb") as store:
        store.write(_random_articles(6, 5))
        cluster_pending(store, window_days=1)
        with pytest.raises(TacitusError, match="1-day window"):
            cluster_pending(store, window_days=3)
        rebuild_clusters(store, window_days=3)  # rebuilding with a new window is the way
        cluster_pending(store, window_days=3)
        # Without a window, the stored one is used: the automatic pass after `tacitus run` and
        # each `tacitus watch` round extend clusters built with --window 3 instead of failing.
        store.write(_random_articles(7, 3))
        assert cluster_pending(store).events_clustered > 0
        with pytest.raises(TacitusError, match="3-day window"):
            cluster_pending(store, window_days=1)


def _year_of_articles(seed: int, count: int = 60) -> list:
    """Articles over a whole year: happenings on a few days each month, reported by several outlets."""
    rng = random.Random(seed)
    articles = []
    for n in range(count):
        month, day = rng.randint(1, 12), rng.choice([3, 4, 17, 18])
        date = f"2018-{month:02d}-{day:02d}"
        events = [E("CONSULT", "042", rng.choice(["USAGOV", "PRKGOV"]), rng.choice(["PRKGOV", "USAGOV", None]),
                    rng.choice([date, date, f"2018-{month:02d}"]), rng.choice(["Pyongyang", None]))]
        articles.append(coded(f"y{seed}-{n}", date, rng.choice(["One", "Two"]), events))
    return articles


@pytest.mark.parametrize("seed, chunk", [(11, 5000), (12, 5000), (11, 1), (13, 1)])
def test_an_old_article_reclusters_only_its_stretch_of_time_and_still_gives_the_rebuild(tmp_path, seed, chunk):
    # chunk=1 reads month by month, so the sweep also jumps over calm months to the next new event.
    articles = _year_of_articles(seed)
    late = [a for a in articles if a.article.published >= "2018-03" and a.article.published[5:7] != "09"]
    early = [a for a in articles if a.article.published < "2018-03" or a.article.published[5:7] == "09"]
    with Store(tmp_path / "t.duckdb") as store:
        store.write(late)
        cluster_pending(store, chunk_events=chunk)
        store.write(early)  # older news (and a September gap) arrives last
        summary = cluster_pending(store, chunk_events=chunk)
        incremental = _tables(store)
        rebuild_clusters(store, chunk_events=chunk)
        assert _tables(store) == incremental
    # Stored events long after the new ones keep their places without being placed again; month by
    # month, the calm stretch between March and September is skipped too.
    if chunk == 1:
        assert summary.events_reclustered < sum(len(a.events) for a in late if a.article.published >= "2018-05")
    else:
        assert summary.events_reclustered < sum(len(a.events) for a in late)
