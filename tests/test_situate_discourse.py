"""Event dates and places from the discourse (tacitus.situate): the scene is not an earlier story,
a crowd's public place, a journey's destination, a foreign state's act under another dateline,
and the publication year narrowed by tense. Articles and sentences we wrote."""

from __future__ import annotations

import pytest

from tacitus.geo import extract_places
from tacitus.model import Actor, Article, Event, Mention, content_id
from tacitus.nlp import make_doc_text
from tacitus.situate import SituateResources, situate_events
from tacitus.temporal import TimeResources, extract_times

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def words() -> SituateResources:
    """The situating word lists."""
    return SituateResources.load()


@pytest.fixture(scope="module")
def situate(nlp, place_resources, words):
    """situate(text, dateline, published, [(trigger, type, quad, source name, kind, country, sector)])
    -> {trigger: Event}; the source is an actor of that kind whose mentions are its name's
    occurrences in the text (None: no source)."""

    def run(text: str, dateline: str | None, published: str,
            triggers: list[tuple[str, str, int, tuple[str, str, str, str | None] | None]]) -> dict[str, Event]:
        doc = nlp(make_doc_text(text))
        article = Article(id=content_id(text), text=text, published=published, dateline=dateline)
        sentences = list(doc.sents)
        actors: list[Actor] = []
        events = []
        for word, kind, quad, source in triggers:
            token = next(t for t in doc if t.text == word)
            sentence = next(i for i, s in enumerate(sentences) if s.start <= token.i < s.end)
            ref = None
            if source is not None:
                name, actor_kind, country, sector = source
                start = text.index(name)
                actor = Actor(id=f"a{len(actors)}", name=name, mentions=(Mention(name, start, start + len(name)),),
                              country=country, sector=sector, kind=actor_kind)
                actors.append(actor)
                ref = actor.ref()
            events.append(Event(id=word, article_id=article.id, sentence=sentence, evidence=token.sent.text,
                                event_type=kind, cameo="010", quad_class=quad, goldstein=0.0, source=ref,
                                trigger=word, trigger_start=token.idx, trigger_end=token.idx + len(word)))
        times = extract_times(doc, published, TimeResources.load())
        situated = situate_events(events, doc, article, times, extract_places(doc, place_resources), place_resources,
                                  words, actors)
        return {e.id: e for e in situated}

    return run


def _name(event: Event) -> str | None:
    return event.location.name if event.location is not None else None


def test_an_earlier_story_is_not_the_scene(situate) -> None:
    # The riots are set before the report (past perfect, "following"): the lead did not happen there.
    text = ("A Thai delegation left for Hanoi on Monday to resume trade talks with Vietnam. Vietnam had "
            "suspended the talks following riots in the port of Haiphong.")
    events = situate(text, "BANGKOK, Oct. 9 (AP)", "2018-10-09", [("left", "CONSULT", 1, None), ("riots", "PROTEST", 4, None)])
    assert _name(events["left"]) != "Haiphong"
    assert events["riots"].date == "2018-10"  # only known to be before: the month, not Monday


def test_a_journey_destination_places_its_purpose_not_the_leaving(situate) -> None:
    text = "A Thai delegation left for Hanoi on Monday to resume trade talks with Vietnam."
    events = situate(text, "BANGKOK, Oct. 9 (AP)", "2018-10-09", [("left", "CONSULT", 1, None), ("talks", "CONSULT", 1, None)])
    assert _name(events["talks"]) == "Hanoi"
    assert _name(events["left"]) != "Hanoi"


def test_a_crowd_in_a_public_place_of_a_city_is_in_that_city(situate) -> None:
    text = ("Police fired tear gas at farmers in Rosario on Friday. Meanwhile thousands of students took to the "
            "streets in central Lima.")
    events = situate(text, "ROSARIO, Argentina", "2018-10-05", [("fired", "ASSAULT", 4, None), ("took", "PROTEST", 4, None)])
    assert _name(events["took"]) == "Lima"


def test_a_foreign_state_acts_at_home_not_at_the_dateline(situate) -> None:
    text = ("Venezuela's president opened a new bridge on Monday. Panama protested the tariffs on Monday. "
            "Panama also cut trade ties with Taiwan.")
    events = situate(text, "CARACAS, Oct. 8 (AP)", "2018-10-08", [
        ("opened", "COOPERATE", 2, ("Venezuela's president", "person", "VEN", "GOV")),
        ("protested", "ACCUSE", 3, ("Panama", "country", "PAN", None)),
        ("cut", "SANCTION", 4, ("Panama", "country", "PAN", None)),
    ])
    assert _name(events["opened"]) == "Caracas"
    assert events["protested"].location is not None and events["protested"].location.country == "PAN"
    assert "capital" in events["protested"].why
    assert events["cut"].location is None


def test_a_foreign_state_reported_by_a_visiting_person_is_at_the_dateline(situate) -> None:
    # "here": the minister speaks at the dateline (a foreign person with no sign of being there is not).
    text = "Panama's foreign minister said here on Monday that Panama will open an embassy."
    events = situate(text, "CARACAS, Oct. 8 (AP)", "2018-10-08", [
        ("said", "ACCUSE", 3, ("Panama's foreign minister", "person", "PAN", "GOV")),
        ("open", "COOPERATE", 1, ("Panama", "country", "PAN", None)),
    ])
    assert _name(events["open"]) == "Caracas"
    assert _name(events["said"]) == "Caracas"


def test_a_foreign_state_inside_a_direct_quotation_is_a_person_speaking(situate) -> None:
    text = '"Panama protested the tariffs today," the minister told reporters.'
    events = situate(text, "CARACAS, Oct. 8 (AP)", "2018-10-08", [("protested", "ACCUSE", 3, ("Panama", "country", "PAN", None))])
    assert "capital" not in events["protested"].why


def test_this_year_is_the_publication_month_when_tense_leaves_only_it(situate) -> None:
    december = situate("Police will deploy 9,000 officers over the holidays this year.", None, "2018-12-20",
                       [("deploy", "MOBILIZE", 2, None)])
    assert december["deploy"].date == "2018-12" and december["deploy"].date_text == "this year"
    january = situate("Police arrested 40 protesters this year.", None, "2019-01-20", [("arrested", "COERCE", 4, None)])
    assert january["arrested"].date == "2019-01"
    # Otherwise the year is all the text says.
    june = situate("Police will deploy 9,000 officers this year.", None, "2018-06-20", [("deploy", "MOBILIZE", 2, None)])
    assert june["deploy"].date == "2018"
    past_december = situate("Police arrested 40 protesters this year.", None, "2018-12-20", [("arrested", "COERCE", 4, None)])
    assert past_december["arrested"].date == "2018"


def test_an_island_or_outskirts_one_is_on_is_a_place(situate) -> None:
    text = "Troops clashed with rebels on the southern island of Basilan. Rebels shelled army posts on the outskirts of Grozny."
    events = situate(text, None, "2018-10-08", [("clashed", "ASSAULT", 4, None), ("shelled", "ASSAULT", 4, None)])
    assert _name(events["clashed"]) == "Basilan"
    assert _name(events["shelled"]) == "Grozny"
    # Any other object of "on" is a target or a topic, not a place.
    talks = situate("The ministers held talks on Kashmir.", None, "2018-10-08", [("talks", "CONSULT", 1, None)])
    assert talks["talks"].location is None


def test_a_fight_is_where_the_side_it_fights_is(situate) -> None:
    text = "Soldiers fought with gunmen in a village of Kunar province."
    events = situate(text, None, "2018-10-08", [("fought", "ASSAULT", 4, None)])
    assert events["fought"].location is not None and events["fought"].location.country == "AFG"


def test_provinces_under_a_region_are_places(place_resources, nlp) -> None:
    from tacitus.geo import extract_places

    # ISO 3166-2 puts Aceh under a Sumatra unit and Basilan under a Philippine region.
    assert place_resources.region_country("Aceh") == "IDN"
    assert place_resources.region_country("Basilan") == "PHL"
    doc = nlp(make_doc_text("Marines landed on the island of Basilan. Floods hit Aceh."))
    regions = [m.place for m, _ in extract_places(doc, place_resources).regions]
    assert [p.name for p in regions] == ["Basilan", "Aceh"]


def test_a_town_s_own_body_acts_in_its_town(situate) -> None:
    text = "Bangkok police said they will deploy 9,000 officers over the holidays."
    events = situate(text, "HANOI, Dec. 20 (AP)", "2018-12-20", [("deploy", "MOBILIZE", 2, ("Bangkok police", "organization", "THA", "COP"))])
    assert _name(events["deploy"]) == "Bangkok" and "home city" in events["deploy"].why
    # A body with a name of its own is not the town's ("the Bangkok Trade Board" may meet anywhere).
    board = situate("The Bangkok Trade Board said it will meet on Friday.", None, "2018-12-20",
                    [("meet", "CONSULT", 1, ("Bangkok Trade Board", "organization", "THA", "BUS"))])
    assert "home city" not in board["meet"].why


def test_a_foreign_body_at_the_dateline_keeps_it(situate) -> None:
    # A presidency or a delegation is often at the dateline's summit: only a state as a whole acts at home.
    text = "The Finnish presidency held a press conference on Friday."
    events = situate(text, "BRUSSELS, Dec. 14 (AP)", "2018-12-14",
                     [("conference", "CONSULT", 1, ("The Finnish presidency", "organization", "FIN", "GOV"))])
    assert _name(events["conference"]) == "Brussels"


def test_an_expression_inside_a_following_phrase_dates_its_event(situate) -> None:
    text = "The refugees began a long trek following the launch of the rebels' offensive in October."
    events = situate(text, None, "2018-04-21", [("offensive", "ASSAULT", 4, None)])
    assert events["offensive"].date == "2017-10"


def test_an_undated_detail_of_the_lead_story_takes_the_lead_s_day(situate) -> None:
    text = ("Gunmen killed five soldiers near the border on Thursday. Two civilians were wounded in the attack. "
            "The army said it will send more troops.")
    events = situate(text, None, "2018-10-06", [("killed", "ASSAULT", 4, None), ("wounded", "ASSAULT", 4, None),
                                               ("said", "ACCUSE", 3, None), ("send", "MOBILIZE", 2, None)])
    assert events["wounded"].date == "2018-10-04"
    assert events["said"].date == "2018-10-06"  # a saying is of the report's day
    assert events["send"].date == "2018-10-06"  # not a past happening
    # A lead dated weeks before is no story of the day: a later sentence is not of its day ...
    older = situate("Gunmen killed five soldiers on Sept. 2. Rain fell all week. Two civilians were wounded.", None,
                    "2018-10-06", [("killed", "ASSAULT", 4, None), ("wounded", "ASSAULT", 4, None)])
    assert older["wounded"].date == "2018-10-06"
    # ... but the sentence right after it goes on telling it.
    next_one = situate("Gunmen killed five soldiers on Sept. 2. Two civilians were wounded.", None, "2018-10-06",
                       [("killed", "ASSAULT", 4, None), ("wounded", "ASSAULT", 4, None)])
    assert next_one["wounded"].date == "2018-09-02"


def test_what_a_saying_asks_for_is_not_where_it_is_said(situate) -> None:
    text = "The Kenyan president said on Friday he hopes more Chinese firms enter Kenya."
    events = situate(text, "BEIJING, Oct. 5 (AP)", "2018-10-05", [("hopes", "REQUEST", 1, None)])
    assert _name(events["hopes"]) == "Beijing"
    invite = situate("Lopes invited Varga to visit Lisbon next year.", "MADRID, Oct. 5 (AP)", "2018-10-05",
                     [("invited", "AGREE", 1, None)])
    assert _name(invite["invited"]) != "Lisbon"
    # A happening keeps the place of the clause under it: "killed when a bomb exploded in X".
    killed = situate("Two soldiers were killed when a bomb exploded in Kandahar.", None, "2018-10-05",
                     [("killed", "ASSAULT", 4, None)])
    assert _name(killed["killed"]) == "Kandahar"


def test_each_visit_of_a_tour_is_in_its_own_country(nlp, place_resources, words) -> None:
    from tacitus.geo import extract_places
    from tacitus.model import ActorRef
    from tacitus.temporal import TimeResources, extract_times

    text = "The French minister visited Benin and Nigeria last week."
    doc = nlp(make_doc_text(text))
    token = next(t for t in doc if t.text == "visited")
    article = Article(id=content_id(text), text=text, published="2018-10-05")
    events = [Event(id=code, article_id=article.id, sentence=0, evidence=text, event_type="CONSULT", cameo="042",
                    quad_class=1, goldstein=1.9, source=ActorRef("fra", "France", "FRA"),
                    target=ActorRef(code.lower(), code, code), trigger="visited", trigger_start=token.idx,
                    trigger_end=token.idx + len("visited"))
              for code in ("BEN", "NGA")]
    situated = situate_events(events, doc, article, extract_times(doc, "2018-10-05", TimeResources.load()),
                              extract_places(doc, place_resources), place_resources, words)
    assert [e.location.country for e in situated] == ["BEN", "NGA"]


def test_a_definite_event_noun_takes_the_date_of_the_mention_it_refers_back_to(situate) -> None:
    text = ("Dock workers began strikes on Monday evening in the port. Ferries stayed in harbour. "
            "The strike had cost the shipping line two million dollars, its chairman said.")
    events = situate(text, "PIRAEUS, Oct. 11 (AP)", "2018-10-11", [("strikes", "PROTEST", 3, None),
                                                                   ("strike", "PROTEST", 3, None)])
    assert events["strikes"].date == "2018-10-08"
    assert events["strike"].date == "2018-10-08" and "refers back" in events["strike"].why
    # An indefinite noun is another happening: no antecedent.
    other = situate(text.replace("The strike", "A strike"), "PIRAEUS, Oct. 11 (AP)", "2018-10-11",
                    [("strikes", "PROTEST", 3, None), ("strike", "PROTEST", 3, None)])
    assert other["strike"].date != "2018-10-08"


def test_a_parliament_of_another_state_votes_in_its_own_capital(situate) -> None:
    text = "Portugal's parliament on Thursday voted against a new tax on fuel."
    events = situate(text, "MADRID, Oct. 11 (AP)", "2018-10-11", [
        ("voted", "REJECT", 3, ("Portugal's parliament", "organization", "PRT", "LEG"))])
    assert _name(events["voted"]) == "Lisbon" and "sits" in events["voted"].why
    # A delegation travels: it gets no capital.
    visit = situate("The Portuguese delegation on Thursday signed a fishing accord.", "MADRID, Oct. 11 (AP)", "2018-10-11",
                    [("signed", "AGREE", 1, ("Portuguese delegation", "organization", "PRT", "GOV"))])
    assert _name(visit["signed"]) != "Lisbon"


def test_a_visiting_leader_speaks_where_he_is_not_in_his_capital(situate) -> None:
    text = "Visiting Prime Minister of Portugal Rui Costa said on Thursday that Portugal will open a consulate."
    events = situate(text, "MADRID, Oct. 11 (AP)", "2018-10-11", [("open", "COOPERATE", 1, ("Portugal", "country", "PRT", None))])
    assert _name(events["open"]) == "Madrid"


def test_a_country_scene_gives_way_to_the_place_inside_it_told_next(situate) -> None:
    text = ("A small plane crashed on Tuesday in the northern Philippines, killing the pilot, the army said. "
            "The plane came down in a rice field near Tuguegarao. A student pilot was wounded.")
    events = situate(text, "MANILA, Oct. 9 (AP)", "2018-10-09", [("killing", "ASSAULT", 4, None),
                                                                 ("wounded", "ASSAULT", 4, None)])
    assert _name(events["killing"]) == "Philippines"  # its own sentence's place
    assert _name(events["wounded"]) == "Tuguegarao", events["wounded"].why


def test_a_saying_does_not_take_a_country_scene(situate) -> None:
    text = ("Japan and visiting U.S. envoys agreed on Monday that talks on the nuclear program in Iran must resume. "
            "The ministers also pledged to meet again.")
    events = situate(text, "TOKYO, Oct. 8 (AP)", "2018-10-08", [("agreed", "AGREE", 1, None), ("pledged", "AGREE", 1, None)])
    assert _name(events["pledged"]) == "Tokyo", events["pledged"].why


def test_a_participle_under_a_coordinated_verb_takes_its_shared_date(situate) -> None:
    # "crashed on May 3, 2017 ... and hit ..., killing 40": the killing is of the crash's day, not today.
    text = "A cargo plane crashed on May 3, 2017, near the airport and hit a school, killing 40 people."
    events = situate(text, None, "2018-10-09", [("killing", "ASSAULT", 4, None)])
    assert events["killing"].date == "2017-05-03"


def test_a_saying_dated_another_day_is_not_at_the_leads_scene(situate) -> None:
    text = ("Speaking at a school in the town of Tiberias, the minister pledged restraint. The rebels called "
            "the minister on Friday and the minister accepted the offer.")
    events = situate(text, "JERUSALEM, Oct. 7 (AP)", "2018-10-07", [
        ("pledged", "AGREE", 1, None), ("accepted", "AGREE", 1, None)])
    assert _name(events["pledged"]) == "Tiberias"
    assert events["accepted"].date == "2018-10-05"
    assert _name(events["accepted"]) != "Tiberias"


def test_a_country_under_a_plain_noun_is_a_topic_not_the_scene(situate) -> None:
    text = "The king met the premier on Tuesday. The premier briefed the king on the latest developments in Lebanon."
    events = situate(text, "AMMAN, Oct. 9 (AP)", "2018-10-09", [("met", "CONSULT", 1, None), ("briefed", "CONSULT", 1, None)])
    assert _name(events["met"]) == _name(events["briefed"]) == "Amman"


def test_an_undated_past_conflict_goes_on_telling_the_one_before(situate) -> None:
    text = ("The ministry urged drivers on Friday to take care. Nine pupils were killed when a bus fell into a "
            "river last Monday in the town of Hulan. Twenty others were injured.")
    events = situate(text, "BEIJING, Oct. 12 (AP)", "2018-10-12", [
        ("urged", "REQUEST", 3, None), ("killed", "ASSAULT", 4, None), ("injured", "ASSAULT", 4, None)])
    assert events["injured"].date == events["killed"].date == "2018-10-08"
    assert _name(events["injured"]) == "Hulan"


def test_recently_is_an_undated_past(situate) -> None:
    events = situate("The oil minister warned recently that prices would fall.", None, "2018-10-09",
                     [("warned", "ACCUSE", 3, None)])
    assert events["warned"].date == "2018-10" and events["warned"].date_text is None


def test_a_saying_in_a_statement_dated_by_its_clause_takes_that_date(situate) -> None:
    text = "In a statement released late Sunday, the party protested the ban on its rallies."
    events = situate(text, None, "2018-10-09", [("protested", "ACCUSE", 3, None)])
    assert events["protested"].date == "2018-10-07"


def test_a_foreign_person_with_no_sign_of_being_there_is_not_at_the_dateline(situate) -> None:
    text = "Norway's foreign minister Ola Berg has invited both leaders to talks."
    events = situate(text, "NAIROBI, Oct. 8 (AP)", "2018-10-08",
                     [("invited", "AGREE", 1, ("Ola Berg", "person", "NOR", "GOV"))])
    assert events["invited"].location is None


def test_a_visiting_foreign_person_is_at_the_dateline(situate) -> None:
    text = "Visiting Norwegian foreign minister Ola Berg has invited both leaders to talks."
    events = situate(text, "NAIROBI, Oct. 8 (AP)", "2018-10-08",
                     [("invited", "AGREE", 1, ("Ola Berg", "person", "NOR", "GOV"))])
    assert _name(events["invited"]) == "Nairobi"


def test_a_happening_keeps_the_place_of_what_it_acts_on(situate) -> None:
    # "hotels in Jordan" are where the bombings were: a noun a happening acts on is no topic.
    text = "The premier condemned on Thursday the bomb attacks on three hotels in Jordan."
    events = situate(text, "OTTAWA, Oct. 9 (AP)", "2018-10-09", [("condemned", "ACCUSE", 2, None), ("attacks", "ASSAULT", 4, None)])
    assert events["attacks"].location is not None and events["attacks"].location.country == "JOR"


def test_a_scene_named_in_the_events_own_sentence_holds_whatever_its_day(situate) -> None:
    text = ("The government condemned on Thursday the suicide bombings of three hotels in the Jordanian capital "
            "of Amman on Wednesday night.")
    events = situate(text, "BAGHDAD, Oct. 11 (AP)", "2018-10-11", [("condemned", "ACCUSE", 2, None),
                                                                   ("bombings", "ASSAULT", 4, None)])
    assert _name(events["bombings"]) == "Amman"


def test_what_a_shot_in_another_clause_is_aimed_at_is_not_the_place(situate) -> None:
    text = ("Witnesses said an army drone fired a missile at two gunmen east of the camp as they were trying "
            "to launch a rocket from the north at Israel.")
    events = situate(text, None, "2018-10-11", [("fired", "ASSAULT", 4, None)])
    assert events["fired"].location is None


def test_a_shot_aimed_at_a_country_is_placed_there(situate) -> None:
    events = situate("Militants fired rockets at Israel on Monday.", None, "2018-10-11", [("fired", "ASSAULT", 1, None)])
    assert _name(events["fired"]) == "Israel"


def test_at_stays_a_place_for_a_meeting(situate) -> None:
    text = "The two ministers met at Rafah on Monday."
    events = situate(text, None, "2018-10-11", [("met", "CONSULT", 3, None)])
    assert _name(events["met"]) == "Rafah"


def test_the_place_taken_or_struck_is_the_of_phrase_of_an_event_noun(situate) -> None:
    text = ("Rebels kept a week-long occupation of Bukavu in June. The shelling of Grozny continued on Sunday. "
            "Ministers discussed the problem of Iraq on Monday.")
    events = situate(text, "KINSHASA, June 27 (AP)", "2006-06-27", [
        ("occupation", "COERCE", 4, None), ("shelling", "ASSAULT", 4, None), ("discussed", "CONSULT", 1, None)])
    assert _name(events["occupation"]) == "Bukavu"
    assert _name(events["shelling"]) == "Grozny"
    assert _name(events["discussed"]) != "Iraq"  # a topic noun's "of" phrase is no place
