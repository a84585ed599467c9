"""Structure detection on articles we wrote (tests/ingest/fixtures) and short inline texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.errors import InputError
from tacitus.ingest import parse_text_article
from tacitus.model import content_id

FIXTURES = Path(__file__).parent / "fixtures"

AL_STYLE = """Ardenia and Kesh agree to resume ‘frank’ talks

Negotiators will meet again next month to settle the river dispute, both governments said.

Leaders shake hands in Velmora - Reuters
Ardenian President Ilse Marr met Kesh's prime minister in Velmora in March [File: John Roe/Reuters]

Ardenia and Kesh agreed on Monday to resume talks on sharing the Oru river, the foreign ministry of Kesh said.

{articleGUID}

“We had a frank discussion,” Foreign Minister Omar Tal told reporters.

Rough waters

Relations between the two neighbours have been strained since a dam was completed upstream last year.

Source: Al Jazeera, News Agencies"""


def _parse(name: str, **kwargs: object):
    return parse_text_article((FIXTURES / name).read_text(encoding="utf-8"), **kwargs)


def test_web_article_parts_are_separated() -> None:
    article = parse_text_article(AL_STYLE)
    assert article.title == "Ardenia and Kesh agree to resume ‘frank’ talks"
    assert article.standfirst.startswith("Negotiators will meet again")
    assert any("met Kesh's prime minister in Velmora" in c for c in article.captions)
    assert "Leaders shake hands in Velmora" in article.captions
    assert "John Roe/Reuters" in article.credits
    assert article.subheads == ("Rough waters",)
    assert article.source_line == "Al Jazeera, News Agencies"
    assert article.removed == {"placeholder": 1}
    assert article.text.startswith("Ardenia and Kesh agreed on Monday")
    assert "“We had a frank discussion,”" in article.text  # the article's own characters stay
    for leftover in ("{articleGUID}", "Rough waters", "File:", "Source:", "Velmora - Reuters", "Negotiators"):
        assert leftover not in article.text
    assert article.id == content_id(article.title, article.text)


def test_paragraphs_in_text_are_separated_by_blank_lines() -> None:
    article = parse_text_article(AL_STYLE)
    assert article.text.count("\n\n") == 2
    assert "\n\n\n" not in article.text


def test_reuters_dateline_byline_and_debris() -> None:
    article = _parse("reuters_dateline.txt")
    assert article.dateline == "VELMORA (Reuters)"
    assert article.byline == "Jane Doe"
    assert article.text.startswith("Lindovia and Maresh agreed on Tuesday")
    assert article.removed == {"advertisement": 1, "read_more": 1}
    assert "Advertisement" not in article.text and "Read more" not in article.text
    assert "Border dispute ends" not in article.text


def test_hard_wrapped_archive_with_date_in_dateline() -> None:
    article = _parse("hard_wrapped.txt")
    assert article.dateline == "KUALA LUMPUR, March 3, 1998 (AFP)"
    assert article.published == "1998-03-03"
    assert article.text.startswith("The finance ministers of five Southeast Asian nations met here on Monday")
    assert len(article.text.split("\n\n")) == 3
    assert "\n" not in article.text.split("\n\n")[0]


def test_caller_date_wins_over_dateline() -> None:
    article = _parse("hard_wrapped.txt", published="1998-03-04")
    assert article.published == "1998-03-04"


def test_single_newline_paragraphs_and_headline() -> None:
    article = _parse("single_newlines.txt")
    assert article.title == "Protesters clash with police in Tarsk"
    assert len(article.text.split("\n\n")) == 4
    assert article.text.startswith("Police in Tarsk fired tear gas")


def test_photo_captions_templates_and_published_line() -> None:
    article = _parse("photo_captions.txt")
    assert article.captions == ("Trucks carrying food and medicine wait at a checkpoint near Orvan on Saturday.",)
    assert article.credits == ("Jane Smith/AP", "Pavel Novak/Reuters")
    assert article.removed == {"template": 1, "wiki": 1}
    assert article.published == "2025-06-14"
    assert article.standfirst is None  # the lede follows a caption: it is body, not standfirst
    assert article.text.startswith("The World Food Programme said on Sunday")
    assert "Photo" not in article.text and "{{" not in article.text and "[[" not in article.text
    assert article.text.endswith("a local official said.")


def test_given_title_skips_headline_detection() -> None:
    body = "Short line without a full stop\n\nThe ministers met in Geneva on Monday."
    article = parse_text_article(body, title="Ministers meet")
    assert article.title == "Ministers meet"
    assert article.text.startswith("Short line without a full stop")


def test_title_repeated_as_first_line_is_dropped() -> None:
    article = parse_text_article("Ministers meet\n\nThe ministers met in Geneva on Monday.", title="Ministers meet")
    assert article.text == "The ministers met in Geneva on Monday."


def test_no_headline_detection_keeps_first_line() -> None:
    article = parse_text_article("Ministers meet\n\nThe ministers met.", detect_headline=False)
    assert article.title is None
    assert article.text.startswith("Ministers meet")


def test_metadata_passes_through_and_published_is_normalised() -> None:
    article = parse_text_article(
        "The ministers met in Geneva on Monday.", published="Oct 7, 2018", source="Wire", url="http://x.test/a", origin="a.txt"
    )
    assert (article.published, article.source, article.url, article.origin) == ("2018-10-07", "Wire", "http://x.test/a", "a.txt")


def test_unparseable_published_is_none() -> None:
    assert parse_text_article("The ministers met.", published="someday").published is None


def test_same_content_same_id() -> None:
    raw = (FIXTURES / "single_newlines.txt").read_text(encoding="utf-8")
    assert parse_text_article(raw).id == parse_text_article(raw.replace("\n", "\r\n"), origin="other").id


def test_subhead_needs_body_after_it() -> None:
    article = parse_text_article("First paragraph of the story, which is long enough to count.\n\nThe end")
    assert article.subheads == ()
    assert article.text.endswith("The end")


@pytest.mark.parametrize("raw", ["Advertisement", "{articleGUID}\n\nRead more: Other story"])
def test_nothing_left_raises_input_error(raw: str) -> None:
    with pytest.raises(InputError, match="no body text"):
        parse_text_article(raw)


@pytest.mark.shared
def test_reference_article(shared_dir: Path) -> None:
    raw = (shared_dir / "seeds" / "000_4ffbeff3ed2e1bd7.txt").read_text(encoding="utf-8")
    article = parse_text_article(raw)
    assert article.title == "Kim Jong-un agrees to second Trump summit ‘as soon as possible’"
    assert article.standfirst.startswith("Pompeo and Kim")
    assert any("Trump met Kim in Singapore in June" in c for c in article.captions)
    assert any("Kevin Lim" in c for c in article.credits)
    assert article.subheads == ("Bumpy road",)
    assert article.source_line == "Al Jazeera, News Agencies"
    assert article.removed == {"placeholder": 2}
    assert "{articleGUID}" not in str(article.to_dict())
    assert article.text.startswith("Kim Jong-un has agreed to hold a second summit")
    assert "Bumpy road" not in article.text and "Kevin Lim" not in article.text
