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
