"""The dashboard in a real browser (Playwright + Debian's chromium, headless): pages render from
the API, a filter narrows the event table, an event opens its article with its evidence
highlighted, and hostile text in an article stays text. Screenshots go to tmp_path; with
TACITUS_REFRESH_SCREENSHOTS=1 the README's docs/screenshots/ are refreshed too.

Skipped when chromium is missing on a developer's machine; in CI (env CI set) that is a failure.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path
from typing import Iterator

import pytest
from serve_support import HOSTILE, REPO, hand_records
from serve_support import examples_db, hand_db  # noqa: F401 - pytest fixtures


pytestmark = pytest.mark.slow

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _chromium() -> str:
    path = shutil.which("chromium")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing in CI: .ci/run must install Debian's chromium package")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium) on this machine")
    return path


class _Server:
    """uvicorn serving create_app(db) in a thread on a free loopback port."""

    def __init__(self, db: Path, coder_factory=None) -> None:
        import uvicorn

        from tacitus.serve import create_app

        self.app = create_app(db, coder_factory=coder_factory)
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=0, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc_info: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.app.state.database.close()


@pytest.fixture
def browser_page() -> Iterator:
    from playwright.sync_api import sync_playwright

    executable = _chromium()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=ARGS)
        page = browser.new_page(viewport={"width": 1300, "height": 900})
        page.problems = []  # console errors (CSP violations land here), page errors, dialogs
        page.on("console", lambda m: page.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: page.problems.append(f"page error: {e}"))
        page.on("dialog", lambda d: (page.problems.append(f"dialog: {d.message}"), d.dismiss()))
        try:
            yield page
        finally:
            browser.close()


def _shot(page, tmp_path: Path, name: str) -> None:
    page.screenshot(path=str(tmp_path / f"{name}.png"))
    assert (tmp_path / f"{name}.png").stat().st_size > 10_000
    if os.environ.get("TACITUS_REFRESH_SCREENSHOTS") and name in ("dashboard", "article"):
        page.screenshot(path=str(REPO / "docs" / "screenshots" / f"{name}.png"))


def test_dashboard_filter_and_evidence(examples_db, browser_page, tmp_path):
    page = browser_page
    with _Server(examples_db) as base:
        page.goto(f"{base}/")
        page.wait_for_selector("#top-actors tr:nth-child(2)")
        assert page.locator(".count .n").first.inner_text() != "0"
        _shot(page, tmp_path, "dashboard")

        page.goto(f"{base}/events")
        page.wait_for_selector(".event-row")
        everything = page.locator("#range").inner_text()
        page.select_option("#f-type", "CONSULT")
        page.click("#apply")
        page.wait_for_function("""() => {
            const rows = [...document.querySelectorAll('.event-row')];
            return rows.length > 0 && rows.every(r => r.children[1].textContent === 'CONSULT');
        }""")
        assert "type=CONSULT" in page.url and page.locator("#range").inner_text() != everything
        _shot(page, tmp_path, "events")

        page.locator(".event-row .article-link").first.click()
        page.wait_for_selector(".seg.evidence-active")
        params = dict(p.split("=", 1) for p in page.url.split("?", 1)[1].split("&"))
        article = page.request.get(f"{base}/api/articles/{params['id']}").json()
        event = next(e for e in article["events"] if e["id"] == params["event"])
        highlighted = "".join(page.locator(".seg.evidence-active").all_inner_texts())
        assert highlighted == event["evidence"]
        assert event["event_type"] == "CONSULT"
        assert page.locator(".event-card.selected").get_attribute("data-id") == event["id"]
        assert page.locator(".seg.evidence-active.trigger").count() >= 1
        assert page.locator(".seg.actor").count() >= 2
        _shot(page, tmp_path, "article")

        for path, selector, least in (("/timeline", "#timeline-svg rect", 1), ("/network", "#network-svg circle", 2),
                                      ("/map", "#map-svg path", 150), ("/map", "#map-svg circle.point", 1)):
            page.goto(f"{base}{path}?type=CONSULT")
            page.wait_for_selector(selector)
            assert page.locator(selector).count() >= least, path
            _shot(page, tmp_path, path.strip("/"))
    assert page.problems == []


def test_hostile_article_text_is_shown_as_text_and_runs_nothing(hand_db, browser_page, tmp_path):
    page = browser_page
    with _Server(hand_db) as base:
        page.goto(f"{base}/events?type=ASSAULT")
        page.wait_for_selector(".event-row")
        assert "<b>garrison</b>" in page.locator(".event-row td.evidence").first.inner_text()
        page.locator(".event-row .article-link").first.click()
        page.wait_for_selector("#article-text")
        assert page.locator("#article-text").inner_text() == HOSTILE
        assert page.locator("#article-title").inner_text() == "<script>alert(1)</script> headline"
        assert page.locator("#article-view img, #article-view script, #article-view b").count() == 0
        assert page.evaluate("() => window.__pwned") is None
        # Only our own three scripts are in the document.
        assert page.locator("script").count() == 3
        _shot(page, tmp_path, "hostile")
    assert page.problems == []


def test_code_this_text_page_shows_the_coded_article(hand_db, browser_page, tmp_path):
    class Fixed:
        def code(self, text, **kwargs):
            return hand_records()[0]

    page = browser_page
    with _Server(hand_db, coder_factory=Fixed) as base:
        page.goto(f"{base}/code")
        page.fill("#code-text", "Any pasted article text")
        page.click("#code-submit")
        page.wait_for_selector("#article-view .seg.evidence-active")
        assert page.locator("#article-title").inner_text() == "Dupont meets Weber in Berlin"
        assert page.locator(".event-card").count() >= 2
        _shot(page, tmp_path, "code")
    assert page.problems == []
