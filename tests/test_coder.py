"""The Coder: the stages together, event dates and places, failures per article, order."""

from __future__ import annotations

import dataclasses

import pytest

from tacitus.errors import InputError
from tacitus.model import Article, Failure, content_id

pytestmark = pytest.mark.slow

DATELINED = """Kenya and Uganda agree to reopen border

NAIROBI (Reuters) - Kenya and Uganda agreed on Tuesday to reopen their main border crossing.

The two presidents met in Kampala in June to discuss the dispute.
"""


def _article(text: str, published: str = "2025-03-11") -> Article:
    return Article(id=content_id(text), text=text, published=published, origin="mem:line 1")


def test_dateline_city_locates_events_of_the_day_only(coder):
    coded = coder.code(DATELINED, published="2025-03-11")
    assert coded.article.dateline.startswith("NAIROBI")
    agree = next(e for e in coded.events if e.event_type == "AGREE")
    assert agree.date == "2025-03-11"
    assert agree.location is not None and agree.location.name == "Nairobi"
    assert "dateline" in agree.why
    # "met ... in June", told in March 2025 in the past tense: the June before, 2024.
    june = [e for e in coded.events if e.date and e.date.endswith("-06")]
    assert {e.date for e in june} == {"2024-06"}, [(e.event_type, e.date) for e in coded.events]
    assert june, [(e.event_type, e.date) for e in coded.events]
    assert all(e.location is None or e.location.name != "Nairobi" for e in june)


def test_event_dates_are_calendar_values_and_keep_their_words(coder):
    coded = coder.code("Ghana's president met Togo's leader on Sunday morning in Accra.", title="",
                       published="2018-10-07")
    meeting = next(e for e in coded.events if e.event_type == "CONSULT")
    assert meeting.date == "2018-10-07"
    assert "Sunday" in meeting.date_text


def test_pipe_keeps_order_and_records_oversized_articles(coder):
    small = _article("Chile and Peru signed a trade agreement on Monday.")
    big = _article("word " * (coder.settings.max_chars // 5 + 10))
    other = _article("Norway pledged $20 million in aid to Sudan on Monday.")
    results = list(coder.pipe([small, big, other], on_error="record"))
    assert isinstance(results[1], Failure) and "over the limit" in results[1].reason
    assert results[1].path == "mem" and results[1].position == "line 1"
    assert [r.article.id for r in (results[0], results[2])] == [small.id, other.id]
    with pytest.raises(InputError):
        list(coder.pipe([big]))


def test_a_stage_error_becomes_a_failure_for_that_article_only(coder, monkeypatch):
    first = _article("Chile and Peru signed a trade agreement on Monday.")
    second = _article("Norway pledged $20 million in aid to Sudan on Monday.")
    original = coder._annotate_doc

    def broken(article, doc):
        if article.id == first.id:
            raise RuntimeError("boom")
        return original(article, doc)

    monkeypatch.setattr(coder, "_annotate_doc", broken)
    results = list(coder.pipe([first, second], on_error="record"))
    assert isinstance(results[0], Failure) and "boom" in results[0].reason
    assert results[1].article.id == second.id


def test_code_accepts_an_article_and_overrides_metadata(coder):
    article = _article("Japan and South Korea held talks in Tokyo on Friday.", published=None)
    coded = coder.code(article, published="7 October 2018", source="Wire")
    assert coded.article.published == "2018-10-07" and coded.article.source == "Wire"
    assert dataclasses.replace(coded.article, published=None, source=None) == article
    with pytest.raises(InputError):
        coder.code(article, published="not a date")


def test_every_event_participant_is_an_actor_of_the_article(coder):
    text = ("Unidentified gunmen attacked a police station in northern Mali on Monday. "
            "Ugandan opposition candidates accused the electoral commission of fraud.")
    coded = coder.code(text, title="", published="2025-03-10")
    ids = {actor.id for actor in coded.actors}
    assert coded.events
    for event in coded.events:
        for ref in (event.source, event.target):
            assert ref is None or ref.actor_id in ids, (event.why, ref)
    for actor in coded.actors:
        for mention in actor.mentions:
            assert coded.article.text[mention.start:mention.end] == mention.text


def test_headline_quotes_are_coded_with_their_speaker(coder):
    text = ("'We will not back down,' Kenyan president says\n\n"
            "NAIROBI (Reuters) - Kenyan President Amina Wekesa said on Tuesday her government would "
            "not withdraw the finance bill.\n\n\"We will not back down,\" Wekesa told parliament.\n")
    coded = coder.code(text, published="2025-03-11")
    title_quotes = [q for q in coded.quotes if q.section == "title"]
    assert len(title_quotes) == 1
    quote = title_quotes[0]
    assert coded.article.title[quote.start:quote.end] == quote.text
    assert quote.speaker is not None and "Wekesa" in quote.speaker.name
    assert all(coded.article.text[q.start:q.end] == q.text for q in coded.quotes if q.section == "text")


@pytest.mark.slow
def test_time_budget_turns_a_slow_article_into_a_failure(coder):
    """An article over max_seconds is recorded as a Failure naming the budget; the run goes on."""
    import copy
    import dataclasses

    from tacitus.ingest import parse_text_article
    from tacitus.model import Failure

    tight = copy.copy(coder)  # shares the loaded model; only the settings differ
    tight.settings = dataclasses.replace(coder.settings, max_seconds=1e-9)
    article = parse_text_article("Ardenia accused Kesh of shelling the border town on Monday, officials said.")
    [result] = list(tight.pipe([article], on_error="record"))
    assert isinstance(result, Failure) and "max_seconds" in result.reason
    [normal] = list(coder.pipe([article], on_error="record"))
    assert not isinstance(normal, Failure)
