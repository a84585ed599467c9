"""The fast ASCII scan of the temporal rules finds exactly what the case-insensitive scan finds."""

from __future__ import annotations

import re

import pytest

from tacitus.temporal.fastscan import TextMatch, case_sensitive_copies, lowered_for_scan
from tacitus.temporal.rules import TemporalRules

# Written for these tests: mixed case, month/weekday look-alikes, years, clocks and zones.
TEXTS = [
    "The ministers met on Tuesday, March 4, 1997, and again LAST FRIDAY at 9 a.m. EST.",
    "Talks may resume in May; the march on Wednesday was banned until next year.",
    "Shares fell 3 percent in the third quarter of 1996 from the year-ago quarter.",
    "Three weeks ago the council said it would vote in the spring of 2001 or at Christmas.",
    "THE PRESIDENT WILL VISIT TOKYO ON 12 DECEMBER AND RETURN THE FOLLOWING DAY.",
    "In the mid-1990s, since 1988, and for the past three summers, prices rose every year.",
    "Voting ends at noon Thursday; results are due by 5 p.m. GMT on Nov. 9.",
]


@pytest.fixture(scope="module")
def rules_pair() -> tuple[TemporalRules, TemporalRules]:
    """The rules with the fast path, and the same rules forced onto the re.I path."""
    fast = TemporalRules.load()
    slow = TemporalRules.load()
    slow._lower_patterns = None  # what the scan does for non-ASCII text
    return fast, slow


def test_fast_path_is_built(rules_pair: tuple[TemporalRules, TemporalRules]) -> None:
    """Every pattern gets a case-sensitive copy (None would silently disable the speed-up)."""
    fast, _ = rules_pair
    assert fast._lower_patterns is not None
    assert set(fast._lower_patterns) == set(fast._patterns)


@pytest.mark.parametrize("text", TEXTS)
def test_fast_scan_equals_case_insensitive_scan(rules_pair: tuple[TemporalRules, TemporalRules], text: str) -> None:
    """Same matches, rules and groups (in the original case) on each text and its case variants."""
    fast, slow = rules_pair
    for variant in (text, text.upper(), text.lower(), text.title()):
        assert fast.scan(variant) == slow.scan(variant)
    assert fast.scan(text)  # every text has at least one expression


def test_groups_keep_original_case(rules_pair: tuple[TemporalRules, TemporalRules]) -> None:
    """Capitalization checks see the original text: "May" is a month, "may" is not."""
    fast, _ = rules_pair
    matches = fast.scan("Prices may rise. It happened on May 5, 1997.")
    assert [(m.rule, m.groups.get("month")) for m in matches] == [("mdy", "May")]


def test_non_ascii_text_falls_back() -> None:
    """Non-ASCII text is not lowercased (lengths and case folding may differ outside ASCII)."""
    assert lowered_for_scan("On Monday") == "on monday"
    assert lowered_for_scan("On Monday \u0130stanbul") is None


def test_copies_keep_group_names_and_refuse_upper_escapes() -> None:
    """Group names keep their case; a pattern with an uppercase escape is not copied."""
    copies = case_sensitive_copies({"a": re.compile(r"(?P<Month>JAN)\s(?P=Month)", re.I)})
    assert copies is not None and copies["a"].pattern == r"(?P<Month>jan)\s(?P=Month)"
    assert case_sensitive_copies({"b": re.compile(r"\S+day", re.I)}) is None
    text = "On JAN 5"
    match = TextMatch(re.compile(r"(?P<m>jan) (?P<d>\d)").search(text.lower()), text)
    assert (match.start(), match.end(), match.group(0), match.groupdict()) == (3, 8, "JAN 5", {"m": "JAN", "d": "5"})


GATED = [
    "Profits doubled in the first half and in the fourth quarter; the period ended in the 1990s.",
    "Last spring, and in the summer of 1995, he spent the weekend of the week of June 2 at Easter.",
    "A year-ago figure; this century, next decade, the 80's and on Christmas Eve.",
]


def test_required_words_hold_in_every_match(rules_pair: tuple[TemporalRules, TemporalRules]) -> None:
    """Each match of a gated rule contains one of its required words (else skipping would lose it),
    and the gated scan equals the full re.I scan."""
    fast, slow = rules_pair
    seen = set()
    for text in GATED:
        assert fast.scan(text) == slow.scan(text)
        for name, pattern in slow._patterns.items():
            words = fast._required.get(name)
            for m in pattern.finditer(text):
                if words is not None:
                    seen.add(name)
                    assert any(word in m.group(0).lower() for word in words), (name, m.group(0))
    assert {"quarter", "the_quarter", "half", "decade", "relseason", "season_year", "holiday"} <= seen


def test_rules_without_their_words_are_skipped(rules_pair: tuple[TemporalRules, TemporalRules]) -> None:
    """worth_scanning is False only for a lowercased text that lacks every required word."""
    from tacitus.temporal.fastscan import worth_scanning
    assert not worth_scanning(("quarter",), "sales rose on monday")
    assert worth_scanning(("quarter",), "the third quarter")
    assert worth_scanning(None, "anything") and worth_scanning(("quarter",), None)
