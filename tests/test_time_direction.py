"""The tense rule of time expressions (temporal.extract.clause_direction) on parses built by hand:
each case states the dependency tree the rule reads, so the test does not depend on how the
statistical model happens to parse the sentence (and needs no model)."""

from __future__ import annotations

import pytest

from handmade import parse
from tacitus.temporal import clause_direction

# (sentence, tags, dependency labels, heads, the word of the time expression, direction)
CASES = [
    ("The talks ended on Friday .", "DT NNS VBD IN NNP .", "det nsubj ROOT prep pobj punct", "1 2 2 2 3 2",
     "Friday", -1),
    ("The talks will end on Friday .", "DT NNS MD VB IN NNP .", "det nsubj aux ROOT prep pobj punct",
     "1 3 3 3 3 4 3", "Friday", 1),
    # "due to": the infinitive's event lies ahead of a present-tense report
    ("The minister is due to travel on Friday .", "DT NN VBZ JJ TO VB IN NNP .",
     "det nsubj ROOT acomp aux xcomp prep pobj punct", "1 2 2 2 5 3 5 6 2", "Friday", 1),
    # an infinitive under a past verb: either side of the report
    ("The firm agreed to sell the unit in February .", "DT NN VBD TO VB DT NN IN NNP .",
     "det nsubj ROOT aux xcomp det dobj prep pobj punct", "1 2 2 4 2 6 4 4 7 2", "February", 0),
    # a reduced relative reports what was done, whatever the main verb's tense
    ("The union will appeal the ruling announced on Friday .", "DT NN MD VB DT NN VBN IN NNP .",
     "det nsubj aux ROOT det dobj acl prep pobj punct", "1 3 3 3 5 3 5 6 7 3", "Friday", -1),
    ("The minister has arrived on Friday .", "DT NN VBZ VBN IN NNP .", "det nsubj aux ROOT prep pobj punct",
     "1 3 3 3 3 4 3", "Friday", -1),
    ("The minister is meeting the envoy on Friday .", "DT NN VBZ VBG DT NN IN NNP .",
     "det nsubj aux ROOT det dobj prep pobj punct", "1 3 3 3 5 3 3 6 3", "Friday", 1),
    ("The talks end on Friday .", "DT NNS VBP IN NNP .", "det nsubj ROOT prep pobj punct", "1 2 2 2 3 2",
     "Friday", 0),
    # a timetable in the present looks forward
    ("The talks are scheduled for Monday .", "DT NNS VBP VBN IN NNP .",
     "det nsubjpass auxpass ROOT prep pobj punct", "1 3 3 3 3 4 3", "Monday", 1),
    ("The ship , due here on Tuesday , carries marines .", "DT NN , JJ RB IN NNP , VBZ NNS .",
     "det nsubj punct amod advmod prep pobj punct ROOT dobj punct", "1 8 1 1 3 3 5 1 8 8 8", "Tuesday", 1),
    # the pluperfect tells a plan that changed: it may lie on either side of the report
    ("The talks had been due to end on Sunday .", "DT NNS VBD VBN JJ TO VB IN NNP .",
     "det nsubj aux ROOT acomp aux xcomp prep pobj punct", "1 3 3 3 3 6 4 6 7 3", "Sunday", 0),
    # "set in action" puts, it does not timetable; "due to the storm" is a cause
    ("A plan was set in action on Sunday .", "DT NN VBD VBN IN NN IN NNP .",
     "det nsubjpass auxpass ROOT prep pobj prep pobj punct", "1 3 3 3 3 4 3 6 3", "Sunday", -1),
    ("The talks were postponed due to the storm on Friday .", "DT NNS VBD VBN JJ IN DT NN IN NNP .",
     "det nsubjpass auxpass ROOT advmod prep det pobj prep pobj punct", "1 3 3 3 3 4 7 5 7 8 3", "Friday", -1),
    # whatever follows "since" lies before the report
    ("Police are searching since the shooting on Friday .", "NNS VBP VBG IN DT NN IN NNP .",
     "nsubj aux ROOT prep det pobj prep pobj punct", "2 2 2 2 5 3 5 6 2", "Friday", -1),
]


@pytest.mark.parametrize("sentence, tags, deps, heads, word, expected", CASES, ids=[c[0] for c in CASES])
def test_clause_direction_reads_the_governing_verb(sentence, tags, deps, heads, word, expected):
    doc = parse(sentence, tags=tags, deps=deps, heads=heads)
    token = next(t for t in doc if t.text == word)
    assert clause_direction(token) == expected


def test_the_helper_builds_the_tree_it_is_given():
    doc = parse("The talks ended on Friday .", tags="DT NNS VBD IN NNP .", deps="det nsubj ROOT prep pobj punct",
                heads="1 2 2 2 3 2", ents="O O O O B-DATE O")
    assert [t.head.i for t in doc] == [1, 2, 2, 2, 3, 2] and doc[2].dep_ == "ROOT" and doc[2].pos_ == "VERB"
    assert [(e.text, e.label_) for e in doc.ents] == [("Friday", "DATE")] and doc[4].lower_ == "friday"
    with pytest.raises(ValueError, match="6 words but 5 heads"):
        parse("The talks ended on Friday .", tags="DT NNS VBD IN NNP .", deps="det nsubj ROOT prep pobj punct",
              heads="1 2 2 2 3")


# A past-tense timetable (journalism's future-in-the-past) looks forward over days only.
PAST_TIMETABLES = [
    ("The minister was due to travel on Friday .", "DT NN VBD JJ TO VB IN NNP .",
     "det nsubj ROOT acomp aux xcomp prep pobj punct", "1 2 2 2 5 3 5 6 2", "Friday"),
    ("The meeting was scheduled for Monday .", "DT NN VBD VBN IN NNP .",
     "det nsubjpass auxpass ROOT prep pobj punct", "1 3 3 3 3 4 3", "Monday"),
]


@pytest.mark.parametrize("sentence, tags, deps, heads, word", PAST_TIMETABLES, ids=[c[0] for c in PAST_TIMETABLES])
def test_a_past_timetable_looks_forward_for_a_weekday_only(sentence, tags, deps, heads, word):
    doc = parse(sentence, tags=tags, deps=deps, heads=heads)
    token = next(t for t in doc if t.text == word)
    assert clause_direction(token, weekday=True) == 1
    assert clause_direction(token, weekday=False) == 0  # "was scheduled to visit in August" may be gone by


def test_a_weekday_under_a_past_timetable_is_resolved_ahead(nlp):
    from tacitus.temporal import extract_times
    # Monday 2005-12-12: "was due to arrive on Wednesday" is the coming Wednesday, 14 December;
    # "had been scheduled for Sunday" may lie either side (unknown: the last Sunday, 11 December).
    doc = nlp("The minister was due to arrive in Lahore on Wednesday. The vote had been scheduled for Sunday.")
    values = {e.text: e.value for e, _ in extract_times(doc, "2005-12-12").anchored()}
    assert values == {"Wednesday": "2005-12-14", "Sunday": "2005-12-11"}


def test_the_tense_words_come_from_the_data_file():
    from tacitus.temporal.tense_words import tense_words
    words = tense_words()
    assert {"due", "scheduled", "slated"} <= words.scheduling and "will" in words.future_modals
    assert "agreed" not in words.scheduling
