"""Locating evidence, dates and places in the article text for the article view."""

from __future__ import annotations

from tacitus.serve.spans import article_spans, find_span

TEXT = "Ann met Bob. Later Ann met Bob in Rome on Friday. Rome rejoiced."


def test_find_span_prefers_the_occurrence_holding_the_trigger():
    second = TEXT.index("Later") + len("Later ")
    assert find_span(TEXT, "Ann met Bob", holding=second + 4) == (second, second + len("Ann met Bob"))
    assert find_span(TEXT, "Ann met Bob") == (0, 11)
    assert find_span(TEXT, "Ann met Bob", holding=200) == (0, 11)  # falls back to the first
    assert find_span(TEXT, "nowhere") is None and find_span(TEXT, None) is None


def test_find_span_within_a_sentence():
    sentence = (13, TEXT.index(". Rome") + 1)
    assert find_span(TEXT, "Rome", within=sentence) == (TEXT.index("Rome"), TEXT.index("Rome") + 4)
    assert find_span(TEXT, "rejoiced", within=sentence) is None


def test_article_spans_places_dates_and_drops_invalid_offsets():
    evidence = "Later Ann met Bob in Rome on Friday."
    trigger = TEXT.index("met", TEXT.index("Later"))
    event = {"id": "e1", "event_type": "CONSULT", "cameo": "040", "modality": "asserted", "evidence": evidence,
             "trigger_start": trigger, "trigger_end": trigger + 3, "date_text": "on Friday", "date": "2024-01-05",
             "location": {"name": "Rome", "country": "ITA"}}
    actors = [{"id": "a", "name": "Ann", "code": "X", "mentions": [{"text": "Ann", "start": 0, "end": 3},
                                                                  {"text": "bad", "start": 60, "end": 999}]}]
    quotes = [{"id": "q", "kind": "direct", "speaker": None, "start": 0, "end": 3, "section": "title"}]
    spans = article_spans(TEXT, actors, [event], quotes)
    got = {(s["kind"], TEXT[s["start"]:s["end"]]) for s in spans}
    assert got == {("actor", "Ann"), ("evidence", evidence), ("trigger", "met"), ("date", "on Friday"),
                   ("place", "Rome")}
    place = next(s for s in spans if s["kind"] == "place")
    assert place["start"] == TEXT.index("Rome")  # the Rome of the evidence, not a later one
