"""Fuzzing the whole `code` path: random stories through the loaded coder return a Coded whose
offsets and references are consistent, or raise a TacitusError; nothing else escapes."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_strategies import NEWSY, STORY
from tacitus.errors import TacitusError
from tacitus.model import Coded

pytestmark = pytest.mark.slow

EXAMPLES = int(os.environ.get("TACITUS_FUZZ_EXAMPLES", "40"))
PUBLISHED = st.one_of(st.none(), st.dates().map(str), st.sampled_from(["0001-01-01", "9999-12-31", "2000-02-29"]))


def _check(coded: Coded) -> None:
    """Offsets point into the text and every event participant is one of the actors."""
    text = coded.article.text
    actor_ids = {actor.id for actor in coded.actors}
    for actor in coded.actors:
        for mention in actor.mentions:
            assert 0 <= mention.start <= mention.end <= len(text)
    for event in coded.events:
        assert event.source is None or event.source.actor_id in actor_ids
        assert event.target is None or event.target.actor_id in actor_ids
        assert event.quad_class in (1, 2, 3, 4) and -10 <= event.goldstein <= 10
    for quote in coded.quotes:
        assert quote.text
    assert Coded.from_dict(coded.to_dict()) == coded


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.one_of(STORY, NEWSY), published=PUBLISHED)
def test_random_stories_code_or_raise_tacitus_error(coder, text: str, published: str | None) -> None:
    try:
        coded = coder.code(text, published=published)
    except TacitusError:
        return
    _check(coded)


@settings(max_examples=max(EXAMPLES // 2, 5), deadline=None, suppress_health_check=list(HealthCheck))
@given(texts=st.lists(STORY, min_size=1, max_size=5), published=PUBLISHED)
def test_pipe_with_record_yields_one_result_per_article(coder, texts: list[str], published: str | None) -> None:
    """A batch with bad articles keeps order and count: each article is a Coded or a Failure."""
    from tacitus.ingest import parse_text_article
    from tacitus.model import Failure

    articles = []
    for index, text in enumerate(texts):
        try:
            articles.append(parse_text_article(text + f" Item {index}.", published=published, origin=f"fuzz:line {index}"))
        except TacitusError:
            continue
    results = list(coder.pipe(articles, on_error="record"))
    assert len(results) == len(articles)
    for article, result in zip(articles, results):
        assert isinstance(result, (Coded, Failure))
        if isinstance(result, Coded):
            assert result.article.id == article.id
            _check(result)
