"""Place rules (geo.extract_places) on parses built by hand (tests/handmade.py): where an event
happened follows the tree, so each case states the tree; the gazetteer is the real one."""

from __future__ import annotations

from handmade import parse
from tacitus.geo import extract_places


def test_a_place_in_a_prepositional_phrase_of_the_verb_locates_it(place_resources):
    doc = parse("The ministers met in Nairobi on Tuesday .", tags="DT NNS VBD IN NNP IN NNP .",
                deps="det nsubj ROOT prep pobj prep pobj punct", heads="1 2 2 2 3 2 5 2",
                ents="O O O O B-GPE O B-DATE O")
    place = extract_places(doc, place_resources).for_trigger(doc[2])
    assert place is not None and (place.name, place.country) == ("Nairobi", "KEN")


def test_a_capital_as_the_subject_is_an_actor_not_a_location(place_resources):
    # "Washington said": metonymy for the government; the saying happened nowhere in particular.
    doc = parse("Washington said the meeting was useful .", tags="NNP VBD DT NN VBD JJ .",
                deps="nsubj ROOT det nsubj ccomp acomp punct", heads="1 1 3 4 1 4 1", ents="B-GPE O O O O O O")
    table = extract_places(doc, place_resources)
    assert [m.text for m in table.mentions] == ["Washington"]  # still a mention of the place
    assert table.for_trigger(doc[1]) is None


def test_a_sentence_without_a_place_gives_none(place_resources):
    doc = parse("The minister praised the agreement .", tags="DT NN VBD DT NN .",
                deps="det nsubj ROOT det dobj punct", heads="1 2 2 4 2 2")
    table = extract_places(doc, place_resources)
    assert len(table) == 0 and table.for_trigger(doc[2]) is None
