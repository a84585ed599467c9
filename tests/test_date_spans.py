"""Date values as spans of days (tacitus.dates): the Python and SQL readings agree, and date
options accept ISO YYYY, YYYY-MM and YYYY-MM-DD only."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tacitus.dates import DateOptionError, end_sql, parse_date_option, period, precision_sql, start_sql

D = dt.date


@pytest.mark.parametrize("value, start, end, precision", [
    ("2018-10-07", D(2018, 10, 7), D(2018, 10, 7), "day"),
    ("2018-10-07T08:30", D(2018, 10, 7), D(2018, 10, 7), "day"),
    ("2018-06", D(2018, 6, 1), D(2018, 6, 30), "month"),
    ("2016-02", D(2016, 2, 1), D(2016, 2, 29), "month"),
    ("1997-W13", D(1997, 3, 24), D(1997, 3, 30), "week"),
    ("1997-W13-WE", D(1997, 3, 29), D(1997, 3, 30), "week"),
    ("2018-Q2", D(2018, 4, 1), D(2018, 6, 30), "quarter"),
    ("2018-SU", D(2018, 6, 1), D(2018, 8, 31), "season"),
    ("2018-WI", D(2017, 12, 1), D(2018, 2, 28), "season"),
    ("2018-H2", D(2018, 7, 1), D(2018, 12, 31), "half"),
    ("1841", D(1841, 1, 1), D(1841, 12, 31), "year"),
    ("199X", D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("19XX", D(1900, 1, 1), D(1999, 12, 31), "century"),
])
def test_period_of_each_shape(value, start, end, precision):
    assert period(value) == (start, end, precision)


@pytest.mark.parametrize("value", [None, "", "PRESENT_REF", "P2D", "2018-02-30", "2018-13", "2015-W53x", "April"])
def test_values_without_a_span(value):
    assert period(value) is None


def _sql_periods(values):
    con = duckdb.connect()
    con.execute("CREATE TABLE t(i INTEGER, d VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?, ?)", list(enumerate(values)))
    rows = con.execute(f"SELECT {start_sql('d')}, {end_sql('d')}, {precision_sql('d')} FROM t ORDER BY i").fetchall()
    return [None if row[0] is None else tuple(row) for row in rows]


_VALUES = st.one_of(
    st.dates(min_value=D(1000, 1, 1), max_value=D(2999, 12, 31)).map(lambda d: d.isoformat()),
    st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(1000, 2999), st.integers(0, 13)),
    st.builds(lambda y, w, we: f"{y:04d}-W{w:02d}{we}", st.integers(1000, 2999), st.integers(1, 53),
              st.sampled_from(["", "-WE"])),
    st.builds(lambda y, s: f"{y:04d}-{s}", st.integers(1000, 2999),
              st.sampled_from(["Q1", "Q2", "Q3", "Q4", "SP", "SU", "FA", "WI", "H1", "H2"])),
    st.builds(lambda y: f"{y:04d}", st.integers(1000, 2999)),
    st.builds(lambda y: f"{y:03d}X", st.integers(100, 299)),
    st.builds(lambda y: f"{y:02d}XX", st.integers(10, 29)),
    st.sampled_from(["2018-02-30", "PRESENT_REF", "P1Y", "", "2018-Q5"]),
)


def test_sql_gives_no_span_for_a_week_the_year_does_not_have():
    # 2019 and 1000 have 52 ISO weeks, 2015 has 53; week 0 never exists.
    values = ["2019-W53", "1000-W53", "2019-W53-WE", "2018-W00", "2015-W53"]
    assert _sql_periods(values) == [None, None, None, None, (D(2015, 12, 28), D(2016, 1, 3), "week")]


@settings(max_examples=25, deadline=None)
@given(st.lists(_VALUES, min_size=1, max_size=30))
def test_sql_reads_every_value_as_python_does(values):
    assert _sql_periods(values) == [period(v) and tuple(period(v)) for v in values]


@pytest.mark.parametrize("value, start, end", [
    ("2018", D(2018, 1, 1), D(2018, 12, 31)),
    ("1997-04", D(1997, 4, 1), D(1997, 4, 30)),
    ("2018-07-10", D(2018, 7, 10), D(2018, 7, 10)),
])
def test_date_options_in_iso(value, start, end):
    found = parse_date_option(value, "--from")
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize("value", ["07/10/2018", "April 1997", "1997-4-1", "2018-06-31", "18", "2018-W13",
                                   "2018-Q1", "yesterday", "20181007", ""])
def test_other_date_options_are_refused_with_the_format(value):
    with pytest.raises(DateOptionError, match=r"--to .* use ISO YYYY, YYYY-MM or YYYY-MM-DD"):
        parse_date_option(value, "--to")


@settings(max_examples=25, deadline=None)
@given(st.lists(_VALUES, min_size=1, max_size=20), st.sampled_from(["1995", "2018-06", "2019-01", "1990", "2020-12-31"]),
       st.sampled_from(["1999", "2018-06", "2019-02-28", "2020", "1990"]), st.booleans())
def test_the_filters_cheap_year_test_never_drops_a_match(values, low, high, overlap):
    """db.filters adds a string test on the year before the exact span test: same rows as the span alone."""
    from tacitus.db.filters import _Clauses

    con = duckdb.connect()
    con.execute("CREATE TABLE t(i INTEGER, d VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?, ?)", list(enumerate(values)))
    clauses = _Clauses()
    clauses.date_range("d", "d", low, high, overlap=overlap)
    sql, params = clauses.condition()
    found = {i for (i,) in con.execute(f"SELECT i FROM t WHERE {sql}", params).fetchall()}
    lo, hi = parse_date_option(low), parse_date_option(high)
    expected = {i for i, v in enumerate(values) if period(v) is not None and (
        (period(v).end >= lo.start and period(v).start <= hi.end) if overlap
        else (period(v).start >= lo.start and period(v).end <= hi.end))}
    assert found == expected
