"""Publication date normalisation."""

from __future__ import annotations

import datetime as dt

import pytest

from tacitus.ingest.dates import normalize_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("20080804", "2008-08-04"),
        ("2018-10-07T08:00Z", "2018-10-07"),
        ("2018-10-07", "2018-10-07"),
        ("2018/10/07", "2018-10-07"),
        ("Oct 7, 2018", "2018-10-07"),
        ("7 October 2018", "2018-10-07"),
        ("April 1 , 1997", "1997-04-01"),
        ("Sunday, 7 Oct 2018 08:00 GMT", "2018-10-07"),
        (dt.date(2020, 2, 29), "2020-02-29"),
        (1538900000, "2018-10-07"),
    ],
)
def test_accepted_forms(value: object, expected: str) -> None:
    assert normalize_date(value) == expected


@pytest.mark.parametrize("value", [None, "", "Tuesday", "Oct 7", "not a date 2019", "2018-13-45", "x" * 500, True])
def test_unparseable_is_none_not_a_crash(value: object) -> None:
    assert normalize_date(value) is None
