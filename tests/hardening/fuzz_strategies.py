"""Hypothesis strategies shared by the fuzz tests: text that looks like news, markup and
records (made-up fragments, no corpus text) more often than uniform noise would."""

from __future__ import annotations

from hypothesis import strategies as st

_PIECES = st.sampled_from([
    "\n", "\n\n", "\r\n", " ", "\t", "\x00", "\ufeff", "\u2028", "\u2029", ".", ",", "\"", "“", "”", "'", "-", "—",
    "(Reuters) -", "SEOUL, Oct 7 (AP) -", "By Jane Roe", "Photo: A/B", "[File: X/Y]", "Source: Wire",
    "{articleGUID}", "Published 7 October 2018", "Ardenia met Kesh on Monday.", "the minister said",
    "<p>", "</p>", "<div>", "<html><body>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#99999999;",
    "<!ENTITY x 'y'>", "<script>", "</script>", "<a href='", "\x85", "\u00e9", "\U0001F600", "1997", "31/12",
])
NEWSY = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join)
BYTES = st.one_of(st.binary(max_size=400), NEWSY.map(lambda t: t.encode("utf-8", "surrogatepass")),
                  NEWSY.map(lambda t: t.encode("cp1252", "replace")), NEWSY.map(lambda t: t.encode("utf-16")))
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) | NEWSY,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=8,
)
RECORDS = st.dictionaries(
    st.sampled_from(["text", "title", "published", "date", "source", "url", "body", "headline", "dateline", "standfirst", "x"]),
    JSON_VALUES, max_size=6)



# Words and phrases the coder's stages react to (actors, event triggers, times, places, quotes).
_STORY_PIECES = st.sampled_from([
    "Ardenia", "Kesh", "President Anna Velk", "the foreign minister", "he", "she", "they", "UN", "NATO",
    "met", "accused", "attacked", "signed", "agreed to", "rejected", "will visit", "did not meet", "said",
    "told reporters", "warned", "on Sunday", "last year", "next month", "in June", "on Oct. 7", "in 1997",
    "the 1990s", "two weeks ago", "yesterday", "at 10:35 a.m.", "in Port Linne", "near the border", "in Paris",
    "\"We will respond,\"", "“No comment,” he said.", ".", ",", "\n\n", "(Reuters) -", "Photo: A/B", " ", "'",
])
STORY = st.lists(st.one_of(_STORY_PIECES, st.text(max_size=8)), min_size=1, max_size=60).map(" ".join)
