"""Event places from the clause, the article's scene and the dateline (tacitus.situate), on
articles and sentences we wrote."""

from __future__ import annotations

import pytest

from tacitus.geo import dateline_place, extract_places
from tacitus.geo.extract import Context
from tacitus.model import Article, Event, content_id
from tacitus.nlp import make_doc_text
from tacitus.situate import SituateResources, situate_events
from tacitus.situate.where import clause_places, fallback_place, own_place
from tacitus.temporal import TimeResources, extract_times

pytestmark = pytest.mark.slow

PUBLISHED = "2018-10-07"


@pytest.fixture(scope="module")
def words() -> SituateResources:
    """The situating word lists."""
    return SituateResources.load()


@pytest.fixture(scope="module")
def place_of(nlp, words, place_resources):
    """place_of(text, trigger word, statement=False) -> the name of the clause's place, or None."""

    def run(text: str, trigger: str, statement: bool = False) -> str | None:
        doc = nlp(make_doc_text(text))
        token = next(t for t in doc if t.text == trigger)
        found = own_place(token, clause_places(extract_places(doc, place_resources), words), statement=statement,
                          words=words)
        return found.place.name if found is not None and found.place is not None else None

    return run


def test_locative_phrase_and_journey_destination_are_places(place_of) -> None:
    assert place_of("The foreign minister arrived in Nairobi on Friday.", "arrived") == "Nairobi"
    assert (place_of("Artillery units shelled Kandahar overnight.", "shelled") or "").startswith("Kandah")
    assert place_of("The blast ripped through a bus in the city of Kayseri.", "ripped") == "Kayseri"


def test_the_place_an_attack_verb_strikes_is_where_it_happens(place_of) -> None:
    assert place_of("Missiles struck the port of Mombasa before dawn.", "struck") == "Mombasa"
    assert place_of("Rebel guns pounded the northern city of Kandahar for hours.", "pounded").startswith("Kandah")


def test_a_target_recipient_or_partner_is_not_a_place(place_of) -> None:
    assert place_of("The government cut ties with Cuba last year.", "cut") is None
    assert place_of("The president urged the United States to lift its sanctions.", "urged") is None
    assert place_of("Norway pledged new aid to Haiti.", "pledged") is None
    assert place_of("The opposition condemned the attack on Iraq.", "attack") is None


def test_a_noun_description_is_not_the_event_place(place_of) -> None:
    text = "Malaysia has urged the United States to help solve the problem in Iraq."
    assert place_of(text, "urged") is None


def test_a_reporting_verb_place_reaches_statements_only(place_of) -> None:
    text = "The spokesman said in Beijing that two soldiers were killed on the border."
    assert place_of(text, "killed") is None
    appeal = "The spokesman said in Beijing that the talks must resume."
    assert place_of(appeal, "resume", statement=True) == "Beijing"


def _coded(nlp, place_resources, words, text: str, dateline: str | None, triggers: list[tuple[str, str, int]]):
    """Situate hand-made events (trigger word, PLOVER type, occurrence) over a parsed article."""
    doc = nlp(make_doc_text(text))
    article = Article(id=content_id(text), text=text, published=PUBLISHED, dateline=dateline)
    events = []
    sentences = list(doc.sents)
    for word, kind, occurrence in triggers:
        token = [t for t in doc if t.text == word][occurrence]
        sentence = next(i for i, s in enumerate(sentences) if s.start <= token.i < s.end)
        quad = 4 if kind in ("ASSAULT", "COERCE", "PROTEST") else 1
        events.append(Event(id=word, article_id=article.id, sentence=sentence, evidence=token.sent.text,
                            event_type=kind, cameo="190", quad_class=quad, goldstein=-10.0, source=None,
                            trigger=word, trigger_start=token.idx, trigger_end=token.idx + len(word)))
    times = extract_times(doc, PUBLISHED, TimeResources.load())
    return {e.id: e for e in situate_events(events, doc, article, times, extract_places(doc, place_resources),
                                            place_resources, words)}


def test_the_lead_event_takes_the_scene_of_the_next_sentence(nlp, place_resources, words) -> None:
    text = ("A suicide car bomb killed 13 soldiers on Saturday. The blast ripped through a bus in the "
            "city of Kayseri. Officials in Ankara condemned the bombing.")
    events = _coded(nlp, place_resources, words, text, "ANKARA (AP)", [("killed", "ASSAULT", 0), ("condemned", "ACCUSE", 0)])
    assert events["killed"].location is not None and events["killed"].location.name == "Kayseri"
    assert "scene" in events["killed"].why
    assert events["condemned"].location.name == "Ankara"


def test_the_dateline_only_for_happenings_local_to_it(nlp, place_resources, words) -> None:
    text = ("The ministry accused the rebels of breaking the truce. Two villagers were killed in clashes, "
            "the ministry said. The rebels had attacked a convoy.")
    events = _coded(nlp, place_resources, words, text, "BEIJING (Xinhua)",
                    [("accused", "ACCUSE", 0), ("killed", "ASSAULT", 0), ("attacked", "ASSAULT", 0)])
    assert events["accused"].location is not None and events["accused"].location.name == "Beijing"
    assert events["killed"].location is None  # reported from Beijing, not placed there
    assert events["attacked"].location is None and events["attacked"].date == "2018-10"


def test_scene_needs_the_lead_date(nlp, place_resources, words) -> None:
    text = "Kenya and Uganda agreed on Sunday to reopen the border. The two presidents agreed in Kampala in June to talk."
    events = _coded(nlp, place_resources, words, text, "NAIROBI (Reuters)", [("agreed", "AGREE", 0)])
    assert events["agreed"].location.name == "Nairobi"


def test_dateline_namesakes_follow_the_article_countries(place_resources) -> None:
    assert dateline_place("VICTORIA (CP)", place_resources).country != "CAN"  # alone: the most populous namesake
    canadian = dateline_place("VICTORIA (CP)", place_resources, Context(frozenset({"CAN"}), frozenset()))
    assert canadian is not None and canadian.country == "CAN"


def test_toponym_namesakes_follow_the_article_countries(nlp, place_resources) -> None:
    doc = nlp(make_doc_text("Police in Australia found a body in a house in Edmonton, south of Cairns."))
    table = extract_places(doc, place_resources)
    edmonton = next(m.place for m in table.mentions if m.text == "Edmonton")
    assert edmonton.country == "AUS"


def test_here_is_the_dateline(nlp, place_resources, words) -> None:
    text = "The Chinese premier arrived here on Sunday for talks with Kenyan leaders."
    doc = nlp(make_doc_text(text))
    token = next(t for t in doc if t.text == "arrived")
    nairobi = dateline_place("NAIROBI (Xinhua)", place_resources)
    found = fallback_place(token, "CONSULT", statement=False, earlier=False, dated_today=False, scene=None,
                           dateline=nairobi, words=words)
    assert found.place == nairobi and "here" in found.note


def test_word_lists_are_sorted_lowercase(words) -> None:
    from importlib import resources

    import yaml

    data = yaml.safe_load(resources.files("tacitus.situate").joinpath("data/words.yaml").read_text("utf-8"))
    for name, items in data.items():
        assert items == sorted(items) and all(w == w.lower() for w in items), name


def test_dateline_reaches_happenings_of_the_next_days(nlp, place_resources, words) -> None:
    text = "Asian leaders opened their summit on Sunday. The leaders will meet again on Tuesday for a retreat."
    events = _coded(nlp, place_resources, words, text, "HANOI (Xinhua)", [("meet", "CONSULT", 0)])
    assert events["meet"].date == "2018-10-09" and events["meet"].location.name == "Hanoi"


def test_a_province_sets_the_country_of_the_dateline(nlp, place_resources, words) -> None:
    text = "British Columbia's premier met union leaders on Sunday to end the strike."
    events = _coded(nlp, place_resources, words, text, "VICTORIA (CP)", [("met", "CONSULT", 0)])
    assert events["met"].location is not None and events["met"].location.country == "CAN"


def test_region_names_are_hints_only_when_specific(place_resources) -> None:
    assert place_resources.region_country("Queensland") == "AUS"
    assert place_resources.region_country("British Columbia") == "CAN"
    assert place_resources.region_country("North") is None  # generic: several countries have one
    assert place_resources.region_country("Victoria") is None  # also Hong Kong's Victoria


def test_a_small_town_of_the_article_country_beats_a_foreign_namesake(nlp, place_resources) -> None:
    doc = nlp(make_doc_text("Police in Jordan arrested five men in Karak on Sunday after clashes."))
    karak = next(m.place for m in extract_places(doc, place_resources).mentions if m.text == "Karak")
    assert karak.country == "JOR"
    alone = nlp(make_doc_text("Police arrested five men in Karak on Sunday."))
    assert next(m.place for m in extract_places(alone, place_resources).mentions if m.text == "Karak").country != "JOR"


def test_material_conflict_takes_the_scene_whatever_the_lead_type(nlp, place_resources, words) -> None:
    text = ("Detectives investigating the deaths of three farm workers in Norwich said they would hold a news "
            "conference on Sunday. A suspect was arrested on Saturday. The home secretary urged calm.")
    events = _coded(nlp, place_resources, words, text, "LONDON (AFP)",
                    [("said", "ACCUSE", 0), ("arrested", "COERCE", 0), ("urged", "REQUEST", 0)])
    assert events["arrested"].location is not None and events["arrested"].location.name == "Norwich"
    assert events["urged"].location is not None and events["urged"].location.name == "London"


def test_an_attack_happens_where_its_object_is(nlp, place_resources, words) -> None:
    text = "Gunmen attacked a border post in the town of Hakkari on Sunday. Officials discussed the crisis in Syria."
    events = _coded(nlp, place_resources, words, text, None, [("attacked", "ASSAULT", 0), ("discussed", "CONSULT", 0)])
    assert events["attacked"].location is not None and events["attacked"].location.name.startswith("Hakk")
    assert events["discussed"].location is None  # a topic's place is not where the talk was


def test_here_turns_a_visited_country_into_the_dateline_city(nlp, place_resources, words) -> None:
    text = "The Kenyan foreign minister arrived here on Sunday for a three-day visit to Egypt."
    events = _coded(nlp, place_resources, words, text, "CAIRO (AFP)", [("visit", "CONSULT", 0)])
    assert events["visit"].location is not None and events["visit"].location.name == "Cairo"
    assert "'here'" in events["visit"].why


def test_through_is_a_locative_preposition(place_of) -> None:
    assert place_of("Thousands of farmers marched through Nairobi on Sunday.", "marched") == "Nairobi"


def test_an_event_set_days_before_the_lead_takes_neither_scene_nor_dateline(nlp, place_resources, words) -> None:
    text = ("A car bomb exploded outside a hotel in Mogadishu on Sunday. The bombing came four days after "
            "militants attacked an army convoy.")
    events = _coded(nlp, place_resources, words, text, "NAIROBI (AFP)",
                    [("exploded", "ASSAULT", 0), ("attacked", "ASSAULT", 0)])
    assert events["exploded"].location.name == "Mogadishu"
    attacked = events["attacked"]
    assert attacked.date == "2018-10-03" and attacked.date_text == "four days after", attacked.why
    assert attacked.location is None, attacked.why


def test_a_province_without_a_point_is_an_event_place(nlp, place_resources, words) -> None:
    text = "A roadside bomb killed nine policemen in Uruzgan province on Sunday. In May, a knife attack in Guangxi killed two."
    events = _coded(nlp, place_resources, words, text, "KABUL (AFP)", [("killed", "ASSAULT", 0), ("killed", "ASSAULT", 1)])
    first = events["killed"]  # the ids repeat: the second event is the one kept
    assert first.location is not None and first.location.name == "Guangxi" and first.location.country == "CHN"
    assert first.location.lat is None and first.location.feature == "region"
    table = extract_places(nlp(make_doc_text(text)), place_resources)
    assert [m.place.name for m, _, _ in table.rooted_regions()] == ["Uruzgan", "Guangxi"]
    assert all(m.place.feature != "region" for m in table.mentions)  # not geocoded toponyms


def test_chinese_division_names_are_known_without_their_type_words(place_resources) -> None:
    assert place_resources.region_country("Guizhou") == "CHN"  # ISO 3166-2: "Guizhou Sheng"
    assert place_resources.region_country("Xinjiang") == "CHN"  # "Xinjiang Uygur Zizhiqu"


def test_arab_provinces_are_known_without_the_article(place_resources) -> None:
    assert place_resources.region_country("Anbar") == "IRQ"  # ISO 3166-2: "Al Anbar"
    assert place_resources.region_country("Sulaymaniyah") == "IRQ"  # "As Sulaymaniyah"
    assert place_resources.region_country("Progreso") is None  # Spanish "El Progreso" keeps its article


def test_english_names_of_regions_are_known(place_resources) -> None:
    assert place_resources.region_country("Bavaria") == "DEU"  # ISO: "Bayern"
    assert place_resources.region_country("Darfur") == "SDN"  # three states in ISO
    assert place_resources.region_country("West Bank") == "PSE"


def test_a_region_by_its_english_name_places_an_arrest(coder) -> None:
    coded = coder.code("BAGHDAD, Nov. 6 (Xinhua) -- Police arrested three men in Bavaria on Monday.", published="2006-11-06")
    assert [e.location.country for e in coded.events if e.location is not None] == ["DEU"], \
        [(e.event_type, e.location) for e in coded.events]


def test_a_town_keeps_the_name_the_article_gives_it(nlp, place_resources) -> None:
    def names(text: str) -> dict[str, str]:
        return {m.text: m.place.name for m in extract_places(nlp(make_doc_text(text)), place_resources).mentions}

    assert names("Police in Jordan arrested five men in Karak on Sunday after clashes.")["Karak"] == "Karak"
    assert names("Troops entered Kandahar on Sunday.")["Kandahar"] == "Kandahar"  # without GeoNames' accent
    assert names("Monks marched in Rangoon on Sunday.")["Rangoon"] == "Yangon"  # another name: the gazetteer's
    assert names("Police arrested ten people in The Hague on Sunday.")["The Hague"] == "The Hague"


def test_here_reaches_the_verb_a_clause_hangs_on(nlp) -> None:
    from tacitus.situate.where import said_here

    doc = nlp("The culture forum opened here Wednesday by holding a Chinese delegations' closed meeting.")
    meeting = next(t for t in doc if t.text == "meeting")
    assert said_here(meeting)
    other = nlp("The forum opened on Wednesday by holding a closed meeting.")
    assert not said_here(next(t for t in other if t.text == "meeting"))
