"""The dashboard as an analyst reads it, in a real browser (Playwright + Debian's chromium): a
continuous time axis, actor codes labelled by what they mean, a network with a minimum edge
weight and a legend, and an events table newest first with confidence, outlet and downloads."""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_serve_browser import _Server, browser_page  # noqa: F401 - the server helper and page fixture

from tacitus.model import ActorRef, Article, Coded, Event, content_id
from tacitus.store import Store

pytestmark = pytest.mark.slow

# Our own invented reports: Beijing (both the country and its government) and its neighbours.
_SIDES = {"CHN": ActorRef(actor_id="chn", name="Beijing", country="CHN", code="CHN"),
          "CHNGOV": ActorRef(actor_id="chngov", name="Beijing", country="CHN", sector="GOV", code="CHNGOV"),
          "USAGOV": ActorRef(actor_id="usagov", name="Washington", country="USA", sector="GOV", code="USAGOV"),
          "JPN": ActorRef(actor_id="jpn", name="Japan", country="JPN", code="JPN")}


def _article(key: str, date: str, outlet: str, source: str, target: str, confidence: float) -> Coded:
    text = f"Report {key}: {_SIDES[source].name} met {_SIDES[target].name} on {date}."
    article = Article(id=content_id(key, text), text=text, title=f"Report {key}", published=date, source=outlet)
    event = Event(id=content_id(article.id, "e"), article_id=article.id, sentence=0, evidence=text,
                  event_type="CONSULT", cameo="040", quad_class=1, goldstein=1.0, source=_SIDES[source],
                  target=_SIDES[target], date=date, modality="asserted", confidence=confidence, why="test",
                  trigger="met", trigger_start=text.index("met"), trigger_end=text.index("met") + 3)
    return Coded(article=article, actors=(), events=(event,), quotes=())


@pytest.fixture
def analyst_db(tmp_path):
    db = tmp_path / "analyst.duckdb"
    with Store(db) as store:
        store.write([_article("a", "1975-05-05", "Old Wire", "CHNGOV", "USAGOV", 0.9),
                     _article("b", "1996-05-06", "Mid Wire", "CHNGOV", "USAGOV", 0.5),
                     _article("c", "2025-05-05", "New Wire", "CHN", "JPN", 0.7)])
    return db


def test_timeline_axis_is_continuous(analyst_db, browser_page):
    page = browser_page
    with _Server(analyst_db) as base:
        page.goto(f"{base}/timeline")
        page.wait_for_selector("#timeline-svg rect.bar-rect")
        x = {rect.get_attribute("data-period")[:4]: float(rect.get_attribute("x"))
             for rect in page.locator("#timeline-svg rect.bar-rect").all()}
        # 21 years then 29 years: the gaps are in proportion, not three bars side by side.
        ratio = (x["1996"] - x["1975"]) / (x["2025"] - x["1996"])
        assert abs(ratio - 21 / 29) < 0.03, x
        assert "1980" in page.locator("#timeline-svg text.tick").all_text_contents()
    assert page.problems == []


def test_overview_labels_codes_by_what_they_mean(analyst_db, browser_page):
    page = browser_page
    with _Server(analyst_db) as base:
        page.goto(f"{base}/")
        page.wait_for_selector("#top-actors .actor-label")
        labels = page.locator("#top-actors .actor-label").all_inner_texts()
        assert "CHNGOV Chinese government" in labels and "CHN China" in labels
        assert not any("Beijing" in label for label in labels)
    assert page.problems == []


def test_network_hides_single_event_edges_and_has_a_legend(analyst_db, browser_page):
    page = browser_page
    with _Server(analyst_db) as base:
        page.goto(f"{base}/network")
        page.wait_for_selector("#network-svg line.edge", state="attached")  # a level line has no height
        assert page.locator("#network-svg line.edge").count() == 1  # CHNGOV -> USAGOV twice; CHN -> JPN once
        assert "CHNGOV Chinese government" in page.locator("#network-svg .node-label").all_text_contents()
        legend = page.locator("#network-legend").inner_text()
        assert "Goldstein" in legend and "edge width" in legend
        page.fill("#min-count", "1")
        page.dispatch_event("#min-count", "change")
        page.wait_for_function("() => document.querySelectorAll('#network-svg line.edge').length === 2")
    assert page.problems == []


def test_events_newest_first_with_confidence_outlet_and_downloads(analyst_db, browser_page):
    page = browser_page
    with _Server(analyst_db) as base:
        page.goto(f"{base}/events?min_confidence=0.6")
        page.wait_for_selector(".event-row")
        dates = [row.locator("td").first.inner_text() for row in page.locator(".event-row").all()]
        assert dates == ["2025-05-05", "1975-05-05"]  # newest first; the 0.5 event is below the bar
        assert page.locator(".event-row .confidence").all_inner_texts() == ["0.70", "0.90"]
        assert page.locator(".event-row .outlet").all_inner_texts() == ["New Wire", "Old Wire"]
        csv_href = page.locator("#download-csv").get_attribute("href")
        json_href = page.locator("#download-json").get_attribute("href")
        assert "min_confidence=0.6" in csv_href and "format=csv" in csv_href
        rows = list(csv.DictReader(io.StringIO(page.request.get(f"{base}{csv_href}").text())))
        assert [(r["date"], r["outlet"]) for r in rows] == [("2025-05-05", "New Wire"), ("1975-05-05", "Old Wire")]
        records = json.loads(page.request.get(f"{base}{json_href}").text())
        assert [r["confidence"] for r in records] == [0.7, 0.9]
    assert page.problems == []
