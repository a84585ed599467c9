"""The shared arithmetic: P/R/F1, overlap rules, alignment, offset maps, distances."""

from __future__ import annotations

import pytest

from tacitus.evaluate.scoring import OffsetMap, align_span, greedy_match, half_overlap, haversine_km, overlap, prf


def test_prf_arithmetic():
    assert prf(3, 1, 2) == {"precision": 0.75, "recall": 0.6, "f1": 0.6667}


def test_prf_empty_denominators_are_zero():
    assert prf(0, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert prf(0, 0, 5)["recall"] == 0.0


def test_overlap_is_half_open():
    assert overlap(0, 5, 5, 9) == 0
    assert overlap(0, 6, 5, 9) == 1


def test_half_overlap_needs_half_of_the_shorter():
    assert half_overlap(((0, 10),), ((5, 100),))  # 5 of the shorter 10
    assert not half_overlap(((0, 10),), ((6, 100),))  # 4 of 10
    # Discontinuous gold content: fragments add up.
    assert half_overlap(((0, 4), (10, 14)), ((0, 14),))


def test_greedy_match_is_one_to_one_best_first():
    gold = [(0, 10), (20, 30)]
    system = [(5, 25), (0, 9)]
    pairs = greedy_match(gold, system, lambda g, s: overlap(g[0], g[1], s[0], s[1]))
    assert pairs == [(0, 1), (1, 0)]


def test_align_span_moves_to_nearest_occurrence():
    text = "Paris is big. Later, Paris again."
    assert align_span(text, 0, 5, "Paris") == (0, 5)
    assert align_span(text, 19, 24, "Paris") == (21, 26)  # off by two: the nearer one
    assert align_span(text, 2, 7, "Paris") == (0, 5)
    assert align_span(text, 0, 5, "London") is None


def test_align_span_falls_back_to_case_insensitive():
    assert align_span("the united states", 0, 3, "United States") == (4, 17)


def test_offset_map_follows_removed_text():
    original = "Head\n\n{debris}\n\nBody text here."
    derived = "Head\n\nBody text here."
    start = original.index("text")
    s, e = OffsetMap(original, derived).to_derived(start, start + 4)
    assert derived[s:e] == "text"


def test_offset_map_shift_for_trimmed_text():
    s, e = OffsetMap("\n\nFriday came.", "Friday came.").to_derived(2, 8)
    assert (s, e) == (0, 6)


def test_haversine_known_distance():
    # Paris to London is about 344 km.
    assert haversine_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.6, abs=1.5)
    assert haversine_km(10, 10, 10, 10) == 0.0
