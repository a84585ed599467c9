"""A wire digest is several stories, each filed from its own dateline."""

from __future__ import annotations

import pytest

from tacitus.ingest.digests import digest_items, item_text

DIGEST = (
    "Flood waters forced 2,000 families from their homes in the south of the country on Monday, officials said.\n\n"
    "NAIROBI, March 3 (Xinhua) -- Police arrested six men suspected of smuggling ivory on Monday. "
    "(Kenya-Ivory)\n\n"
    "LIMA, March 3 (Xinhua) -- Peru's president met the visiting Chilean foreign minister on Monday "
    "to discuss the border dispute.\n"
)


def test_each_later_paragraph_opened_by_a_wire_dateline_starts_a_story():
    items = digest_items(DIGEST)
    assert [item.dateline for item in items] == [None, "NAIROBI, March 3 (Xinhua)", "LIMA, March 3 (Xinhua)"]
    assert DIGEST[items[1].dateline_end:].startswith("Police arrested")
    assert items[0].start == 0 and items[-1].end == len(DIGEST)


def test_one_story_is_no_digest():
    assert digest_items("Police arrested six men on Monday.\n\nWASHINGTON - The talks resumed.\n") == []
    assert digest_items("NAIROBI, March 3 (Xinhua) -- Police arrested six men on Monday.\n") == []


def test_a_story_keeps_its_offsets_and_drops_its_dateline_and_slug():
    items = digest_items(DIGEST)
    text = item_text(DIGEST, items[1])
    assert len(text) == len(DIGEST)
    kept = text.split()
    assert kept[:2] == ["Police", "arrested"] and "(Kenya-Ivory)" not in kept and "NAIROBI," not in kept
    assert "Peru's" not in kept and "Flood" not in kept
    assert text.index("Police arrested") == DIGEST.index("Police arrested")


@pytest.mark.slow
def test_each_story_is_placed_at_its_own_dateline_and_reported_under_the_digest():
    import tacitus
    from tacitus.model import Article

    coded = tacitus.load().code(Article(id="d1", text=DIGEST, published="2003-03-03", dateline="KAMPALA, March 3 (Xinhua)"))
    arrest = next(e for e in coded.events if e.trigger and e.trigger.startswith("arrest"))
    meeting = next(e for e in coded.events if e.trigger == "met")
    # Filed from Nairobi: the police are Kenya's and the arrest is there, not at the digest's KAMPALA.
    assert arrest.source is not None and arrest.source.code == "KENCOP"
    assert arrest.location is not None and arrest.location.country == "KEN"
    assert meeting.location is not None and meeting.location.country == "PER"
    assert {e.article_id for e in coded.events} == {"d1"}
    assert len({a.id for a in coded.actors}) == len(coded.actors)
    assert not any("Kenya-Ivory" in (e.evidence or "") for e in coded.events)
