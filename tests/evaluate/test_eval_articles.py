"""Whole-article gold (format ``articles``): field matching, the scores, the error report, folds,
reading the corpus, and one real run. Gold, texts and outputs here are made up for the tests."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from eval_helpers import event
from tacitus.errors import InputError
from tacitus.evaluate import evaluate, render
from tacitus.evaluate.articles import GoldArticle, actor_error, load_gold, read_corpus_articles, score
from tacitus.evaluate.folds import Fold, parse_fold
from tacitus.evaluate.matching import event_differences, event_matches
from tacitus.evaluate.render import render_details
from tacitus.model import Actor, Article, Coded, Mention, Place, Quote

TEXT = ("Ruritanian Foreign Minister Ann Lee met Freedonia's President Bo Chan in Paris on Monday. "
        '"We will not accept any delay at all," Chan said. The minister later left.')
COUNTRIES = {"france": "FRA", "ruritania": "RUR", "freedonia": "FRE"}


def country_of(name: str) -> str | None:
    """A tiny country table for the tests."""
    return COUNTRIES.get(name.casefold())


def person(actor_id: str, name: str, country: str | None, sector: str | None, *mentions: str) -> Actor:
    """An actor whose mentions are the given texts (offsets are not used by this scorer)."""
    return Actor(id=actor_id, name=name, country=country, sector=sector,
                 mentions=tuple(Mention(text, 0, len(text)) for text in (name, *mentions)))


LEE = person("lee", "Ann Lee", "RUR", "GOV", "Lee", "The minister")
CHAN = person("chan", "Bo Chan", "FRE", "GOV", "Chan")
MOB = person("mob", "protesters", "FRE", "CVL")
PARIS = Place("Paris", "FRA")
LYON = Place("Lyon", "FRA")

MEETING = {"id": "meet", "types": ["CONSULT"], "source": {"country": "RUR", "sector": ["GOV", "ELI"]},
           "target": {"country": ["FRE", "IGO"], "sector": "GOV"}, "symmetric": True,
           "date": "2021-05-03", "location": "Paris", "modality": ["asserted"]}


def test_list_values_accept_any_listed_code():
    assert event_matches(event("CONSULT", LEE, CHAN, date="2021-05-03", location=PARIS), MEETING)
    want = {**MEETING, "types": ["CONSULT", "AGREE"]}
    assert event_matches(event("AGREE", LEE, CHAN, date="2021-05-03", location=PARIS), want)
    assert event_differences(event("ACCUSE", LEE, CHAN, date="2021-05-03", location=PARIS), want) == ("type",)
    outsider = person("x", "Max Roe", "RUR", "BUS")
    assert event_differences(event("CONSULT", outsider, CHAN, date="2021-05-03", location=PARIS), MEETING) == ("source sector",)


def test_symmetric_events_match_either_direction_only_when_symmetric():
    reversed_meeting = event("CONSULT", CHAN, LEE, date="2021-05-03", location=PARIS)
    assert event_matches(reversed_meeting, MEETING)
    one_way = {**MEETING, "symmetric": False}
    assert set(event_differences(reversed_meeting, one_way)) == {"source country", "target country"}


def test_a_null_side_accepts_any_output_or_none():
    want = {"id": "bomb", "types": ["ASSAULT"], "source": None, "target": {"country": "FRE"}}
    assert event_matches(event("ASSAULT", None, CHAN), want)
    assert event_matches(event("ASSAULT", LEE, CHAN), want)
    no_target = {"id": "protest", "types": ["PROTEST"], "source": {"country": "FRE", "sector": "CVL"}, "target": None}
    assert event_matches(event("PROTEST", MOB, LEE), no_target)
    assert event_differences(event("PROTEST", None), no_target) == ("source country", "source sector")


def test_date_is_a_prefix_and_is_checked_only_where_given():
    want = {"id": "m", "types": ["CONSULT"], "date": "2021-05"}
    assert event_matches(event("CONSULT", LEE, date="2021-05-03"), want)
    assert event_matches(event("CONSULT", LEE, date="2021-05"), want)
    assert event_differences(event("CONSULT", LEE, date="2021"), want) == ("date",)
    assert event_differences(event("CONSULT", LEE, date=None), want) == ("date",)
    assert event_matches(event("CONSULT", LEE, date=None), {"id": "m", "types": ["CONSULT"]})


def test_places_by_city_name_and_by_country():
    city = {"id": "m", "types": ["CONSULT"], "location": "paris"}
    assert event_matches(event("CONSULT", LEE, location=Place("Paris, Ile-de-France", "FRA")), city)  # substring
    assert event_differences(event("CONSULT", LEE, location=LYON), city, country_of) == ("place",)  # same country, other city
    assert event_differences(event("CONSULT", LEE), city) == ("place",)
    country = {"id": "m", "types": ["CONSULT"], "location": "France"}
    assert event_matches(event("CONSULT", LEE, location=LYON), country, country_of)  # a place inside France
    assert not event_matches(event("CONSULT", LEE, location=LYON), country)  # without a country table: name only
    assert not event_matches(event("CONSULT", LEE, location=Place("Berlin", "DEU")), country, country_of)


def test_modality_must_be_listed():
    want = {"id": "visit", "types": ["CONSULT"], "modality": ["planned", "intended"]}
    assert event_matches(event("CONSULT", LEE, modality="planned"), want)
    assert event_differences(event("CONSULT", LEE, modality="asserted"), want) == ("modality",)


def _gold(**extra) -> GoldArticle:
    """A hand-made gold article about TEXT."""
    spec = {
        "actors": [
            {"name": "Ann Lee", "country": "RUR", "sector": "GOV", "also": ["the minister"]},
            {"name": "Bo Chan", "country": "FRE", "sector": ["GOV", "ELI"], "also": ["Chan"]},
            {"name": "Freedonian Army", "country": "FRE", "sector": "MIL", "also": ["the army"]},
            {"name": "Tom Fry", "country": "FRE", "sector": "JRN", "also": ["a reporter"]},
        ],
        "events": {
            "must": [MEETING, {"id": "army", "types": ["MOBILIZE"], "source": {"country": "FRE", "sector": "MIL"}, "target": None}],
            "should": [{"id": "leave", "types": ["RETREAT"], "source": {"country": "RUR"}, "target": None,
                        "date": "2021-05", "location": "France"}],
            "must_not": [{"id": "no-attack", "types": ["ASSAULT"], "source": {"country": "RUR"}, "target": {"country": "FRE"}}],
        },
        "quotes": [{"contains": "we will not accept any delay", "speaker": "Bo Chan"},
                   {"contains": "the minister later left", "speaker": "Ann Lee"}],
    }
    spec.update(extra)
    return GoldArticle(id="A1", corpus=Path("c.jsonl"), metadata={}, actors=tuple(spec["actors"]),
                       events={k: tuple(v) for k, v in spec["events"].items()}, quotes=tuple(spec["quotes"]))


def _coded() -> Coded:
    """Output with: the meeting twice (one reversed), a wrong-date leave, an attack (must_not), a
    dyad-right but misplaced meeting, and a quote by Chan through his mention."""
    start = TEXT.index('"We')
    quote = Quote(id="q", article_id="a", text=TEXT[start + 1:TEXT.index(',"')], kind="direct", cue="said",
                  speaker=CHAN.ref(), start=start, end=start + 40)
    events = [
        event("CONSULT", LEE, CHAN, date="2021-05-03", location=PARIS, confidence=0.9),
        event("CONSULT", CHAN, LEE, date="2021-05-03", location=Place("Paris", "FRA"), confidence=0.95),
        event("RETREAT", LEE, None, date="2021-04-30", location=LYON, confidence=0.6),
        event("ASSAULT", LEE, CHAN, date="2021-05-03", confidence=0.3),
        event("CONSULT", LEE, CHAN, date="2021-05-03", location=LYON, confidence=0.75),
    ]
    return Coded(article=Article(id="a", text=TEXT), actors=(LEE, CHAN, person("army", "the army", "FRE", "GOV")),
                 events=tuple(events), quotes=(quote,))


def test_scores_of_a_hand_made_article():
    result = score([_gold()], [_coded()], country_of)
    assert result["items"] == 1
    assert result["must"] == {"found": 1, "total": 2, "recall": 0.5}  # meeting yes, army no
    assert result["should"] == {"found": 0, "total": 1, "recall": 0.0}  # leave: wrong date
    assert result["precision"] == 0.4  # the two meetings (repeats count as right) of 5
    assert result["dyad_precision"] == 0.8  # + the leave and the misplaced meeting; not the attack
    assert result["must_not"]["found"] == 1 and result["must_not"]["total"] == 1
    assert result["must_not"]["found_ids"] == ["A1:no-attack"]
    assert result["actors"] == 0.5  # Lee (name), Chan (a listed sector); "the army" has the wrong sector, Fry is absent
    assert result["quotes"] == 0.5  # Chan's quote; the second quote is not in the output
    assert result["counts"]["output_events"] == 5 and result["counts"]["listed"] == 3
    article = result["per_article"][0]
    assert article["must"]["missed_ids"] == ["army"] and article["actors_missed"] == ["Freedonian Army", "Tom Fry"]
    bands = {band["band"]: (band["events"], band["matched"]) for band in result["reliability"]}
    assert bands == {"[0,0.2)": (0, 0), "[0.2,0.4)": (1, 0), "[0.4,0.6)": (0, 0), "[0.6,0.8)": (2, 0), "[0.8,1]": (2, 2)}
    assert result["reliability"][-1]["mean_confidence"] == 0.925
    # confidences 0.9, 0.95 right; 0.6, 0.3, 0.75 wrong
    assert result["calibration_brier"] == round((0.1 ** 2 + 0.05 ** 2 + 0.6 ** 2 + 0.3 ** 2 + 0.75 ** 2) / 5, 4)
    assert "errors" not in result


def test_actors_are_found_through_also_names():
    gold = _gold()
    only_described = person("lee2", "the minister", "RUR", "GOV")
    coded = Coded(article=Article(id="a", text=TEXT), actors=(only_described,))
    assert score([gold], [coded], country_of)["per_article"][0]["actors_missed"] == ["Bo Chan", "Freedonian Army", "Tom Fry"]


def test_a_quote_needs_its_words_and_the_right_speaker():
    gold = _gold()
    start = TEXT.index('"We')
    words = TEXT[start + 1:TEXT.index(',"')]
    by_mention = person("c2", "the president", "FRE", "GOV", "Bo Chan")  # full name among its mentions
    wrong = person("w", "Ann Lee", "RUR", "GOV")
    for speaker, found in ((by_mention, 0.5), (wrong, 0.0), (None, 0.0)):
        quote = Quote(id="q", article_id="a", text=words, kind="direct", cue="said",
                      speaker=speaker.ref() if speaker else None, start=0, end=1)
        actors = (speaker,) if speaker else ()
        coded = Coded(article=Article(id="a", text=TEXT), actors=actors, quotes=(quote,))
        assert score([gold], [coded], country_of)["quotes"] == found


def test_a_speaker_named_without_the_gold_names_honorific_is_the_speaker():
    # The gold names "Lord Bo Chan"; the actor stage named him "Bo Chan". A title is not an honorific.
    words = TEXT[TEXT.index('"We') + 1:TEXT.index(',"')]
    for gold_name, found in (("Lord Bo Chan", 1.0), ("Mrs. Bo Chan", 1.0), ("President Bo Chan", 0.0), ("Lord", 0.0)):
        gold = _gold(quotes=[{"contains": "we will not accept any delay", "speaker": gold_name}])
        quote = Quote(id="q", article_id="a", text=words, kind="direct", cue="said", speaker=CHAN.ref(), start=0, end=1)
        coded = Coded(article=Article(id="a", text=TEXT), actors=(CHAN,), quotes=(quote,))
        assert score([gold], [coded], country_of)["quotes"] == found, gold_name


def test_error_report_lists_the_quotes_not_found_with_our_speaker_and_why():
    words = TEXT[TEXT.index('"We') + 1:TEXT.index(',"')]
    start = TEXT.index(words)
    quote = Quote(id="q", article_id="a", text=words, kind="direct", cue="said", speaker=LEE.ref(), start=start, end=start + len(words))
    coded = Coded(article=Article(id="a", text=TEXT), actors=(LEE, CHAN), quotes=(quote,))
    rules = [{start: "rule cue-after; cue 'said'; speaker phrase 'Chan' -> Ann Lee"}]
    result = score([_gold()], [coded], country_of, errors=True, quote_rules=rules)
    wrong, missing = result["errors"]["articles"][0]["quotes"]
    assert wrong["gold"] == {"contains": "we will not accept any delay", "speaker": "Bo Chan"}
    assert wrong["reason"] == "another speaker"
    (ours,) = wrong["ours"]
    assert ours["speaker"] == "Ann Lee" and "The minister" in ours["speaker_mentions"]
    assert ours["why"].startswith("rule cue-after") and ours["cue"] == "said"
    assert missing["reason"] == "no output quote holds these words" and missing["ours"] == []
    result.update(format="articles", gold="x.json", seconds=0.1, dictionaries=None, fold=None)
    report = render_details(result)[2].plain
    assert 'QUOTE   "we will not accept any delay"  gold speaker Bo Chan: another speaker' in report
    assert "speaker Ann Lee" in report and "why: rule cue-after" in report
    # A found quote is not listed.
    right = Coded(article=Article(id="a", text=TEXT), actors=(CHAN,), quotes=(replace(quote, speaker=CHAN.ref()),))
    listed = score([_gold()], [right], country_of, errors=True)["errors"]["articles"][0]["quotes"]
    assert [item["gold"]["speaker"] for item in listed] == ["Ann Lee"]


def test_error_report_names_the_nearest_gold_event_and_the_fields():
    result = score([_gold()], [_coded()], country_of, errors=True)
    report = result["errors"]["articles"][0]
    assert "errors" not in result["per_article"][0]
    wrong = {item["event"]["type"] + str(item["event"]["place"]): item for item in report["wrong"]}
    assert len(report["wrong"]) == 3
    leave = wrong["RETREAT{'name': 'Lyon', 'country': 'FRA'}"]
    assert leave["nearest"]["id"] == "leave" and leave["differs"] == ["date"]
    misplaced = wrong["CONSULT{'name': 'Lyon', 'country': 'FRA'}"]
    assert misplaced["nearest"]["id"] == "meet" and misplaced["differs"] == ["place"]
    assert misplaced["event"]["evidence"] == "" and "why" in misplaced["event"]
    (missed,) = report["missed_must"]
    assert missed["gold"]["id"] == "army" and missed["closest"] is not None and "type" in missed["differs"]
    fields = result["errors"]["summary"]["fields"]
    assert fields["date"] == {"wrong_events": 1, "only_wrong_field": 1, "missed_must": 0}
    assert fields["place"]["only_wrong_field"] == 1
    assert fields["type"]["missed_must"] == 1
    assert result["errors"]["summary"]["wrong_events_by_fields_off"] == {"1": 2, "2": 1, "3": 0, "4+": 0}


def test_error_report_says_why_each_gold_actor_was_missed():
    result = score([_gold()], [_coded()], country_of, errors=True)
    missed = {item["gold"]["name"]: item for item in result["errors"]["articles"][0]["missed_actors"]}
    assert set(missed) == {"Freedonian Army", "Tom Fry"}
    army = missed["Freedonian Army"]
    assert army["class"] == "wrong sector" and army["output"]["name"] == "the army" and army["output"]["sector"] == "GOV"
    assert missed["Tom Fry"] == {"gold": {"name": "Tom Fry", "country": "FRE", "sector": "JRN"}, "class": "not found",
                                 "output": None}
    classes = result["errors"]["summary"]["missed_actors"]
    assert classes["wrong sector"] == 1 and classes["not found"] == 1 and sum(classes.values()) == 2


def test_a_named_actor_with_no_or_another_country():
    gold = _gold()
    stateless = person("lee3", "Ann Lee", None, "GOV")
    assert actor_error(gold.actors[0], [stateless])["class"] == "no country"
    assert actor_error(gold.actors[0], [person("y", "Ann Lee", "FRE", "GOV")])["class"] == "wrong country"


def test_render_shows_articles_bands_and_errors():
    result = score([_gold()], [_coded()], country_of, errors=True)
    result.update(format="articles", gold="x.json", seconds=0.1, dictionaries=None, fold="1/2")
    assert render(result).row_count == 10  # items, must, should, precision, dyad, actors, quotes, must_not, ece, brier
    parts = render_details(result)
    assert len(parts) == 4  # per article, confidence bands, the report, the field counts
    assert parts[0].row_count == 1 and parts[1].row_count == 5 and parts[3].row_count == 8
    assert "nearest should:leave" in parts[2].plain and "MISSED  must:army" in parts[2].plain
    assert "ACTOR   not found: gold FRE/JRN (Tom Fry)" in parts[2].plain
    assert "missed gold actors: not found 1, no country 0, wrong country 0, no sector 0, wrong sector 1" in parts[2].plain


def test_folds_split_every_key_into_exactly_one_fold():
    keys = [f"ART_{n}" for n in range(200)]
    first, second = parse_fold("1/2"), parse_fold(" 2 / 2 ")
    assert all(first.keeps(k) != second.keeps(k) for k in keys)
    assert 60 < sum(first.keeps(k) for k in keys) < 140
    assert Fold(1, 2).keeps("ART_7") == parse_fold("1/2").keeps("ART_7")  # deterministic
    assert str(second) == "2/2"
    for bad in ("3/2", "0/2", "1/1", "half", ""):
        with pytest.raises(InputError):
            parse_fold(bad)


def _write_set(tmp_path: Path, articles: list[dict]) -> Path:
    """A shared-folder layout: data/gold/articles/dev.expected.json and data/corpora/wire.jsonl."""
    (tmp_path / "data/gold/articles").mkdir(parents=True)
    (tmp_path / "data/corpora").mkdir(parents=True)
    records = [
        {"id": "W1", "date": "2021-05-09", "source": "Wire", "dateline": "PARIS, May 4 (Wire)", "title": "Ministers meet",
         "text": "Ruritania's foreign minister met the French president in Paris on Monday, officials said."},
        {"id": "W2", "date": "2021-05-05", "source": "Wire", "title": "Other", "text": "Nothing happened in Lyon today."},
    ]
    (tmp_path / "data/corpora/wire.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    gold = tmp_path / "data/gold/articles/dev.expected.json"
    gold.write_text(json.dumps({"about": "test", "articles": articles}), encoding="utf-8")
    return gold


def test_corpus_records_are_read_with_the_gold_metadata_on_top(tmp_path):
    entry = {"id": "W1", "corpus": "corpora/wire.jsonl", "metadata": {"published": "2021-05-04", "source": "AFP"},
             "actors": [], "events": {"must": [], "should": []}, "quotes": []}
    gold = _write_set(tmp_path, [entry, {**entry, "id": "W2", "metadata": {}}])
    items = load_gold(gold)
    assert [item.id for item in items] == ["W1", "W2"]
    assert items[0].corpus == (tmp_path / "data/corpora/wire.jsonl").resolve()
    articles = read_corpus_articles(items)
    assert articles["W1"].published == "2021-05-04" and articles["W1"].source == "AFP"
    assert articles["W1"].title == "Ministers meet" and "foreign minister" in articles["W1"].text
    assert articles["W2"].published == "2021-05-05"  # no gold metadata: the record's own date
    assert [item.id for item in load_gold(gold, parse_fold("1/2"))] + [item.id for item in load_gold(gold, parse_fold("2/2"))] \
        in (["W1", "W2"], ["W2", "W1"])


def test_bad_whole_article_gold_gets_clear_messages(tmp_path):
    gold = _write_set(tmp_path, [{"id": "W9", "corpus": "corpora/wire.jsonl"}])
    with pytest.raises(InputError, match="no record with id W9"):
        read_corpus_articles(load_gold(gold))
    gold.write_text(json.dumps({"articles": [{"id": "W1", "corpus": "corpora/missing.jsonl"}]}), encoding="utf-8")
    with pytest.raises(InputError, match="names the corpus"):
        load_gold(gold)
    gold.write_text(json.dumps({"events": []}), encoding="utf-8")
    with pytest.raises(InputError, match="'articles' list"):
        load_gold(gold)
    with pytest.raises(InputError, match="--errors works with --format articles"):
        evaluate(gold, "plover-gsr", coder=object(), errors=True)
    with pytest.raises(InputError, match="--fold works with"):
        evaluate(gold, "expected", coder=object(), fold="1/2")


@pytest.mark.slow
def test_a_real_run_on_a_tiny_set(tmp_path, coder):
    meeting = {"id": "meet", "types": ["CONSULT"], "source": {"country": "FRA", "sector": "GOV"},
               "target": {"country": "DEU", "sector": "GOV"}, "symmetric": True, "date": "2021-05-03",
               "modality": ["asserted"]}
    entry = {"id": "W1", "corpus": "corpora/wire.jsonl", "metadata": {"published": "2021-05-04", "source": "AFP"},
             "actors": [{"name": "Marie Durand", "country": "FRA", "sector": "GOV"}],
             "events": {"must": [meeting], "should": [], "must_not": []},
             "quotes": [{"contains": "a very good day for Europe", "speaker": "Marie Durand"}]}
    gold = _write_set(tmp_path, [entry])
    text = ("French Foreign Minister Marie Durand met German Chancellor Hans Weber in Berlin on Monday. "
            '"This was a very good day for Europe," Durand told reporters after the talks.')
    (tmp_path / "data/corpora/wire.jsonl").write_text(json.dumps({"id": "W1", "date": "2021-05-09", "text": text}) + "\n",
                                                     encoding="utf-8")
    result = evaluate(gold, "articles", coder, errors=True)
    assert result["format"] == "articles" and result["items"] == 1 and result["failures"] == []
    assert result["counts"]["output_events"] >= 1
    # Monday before the gold publication date (Tuesday 2021-05-04), not before the record's date.
    assert result["must"]["recall"] == 1.0
    assert result["actors"] == 1.0 and result["quotes"] == 1.0
    assert result["errors"]["articles"][0]["missed_must"] == []
