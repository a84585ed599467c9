"""Patterns that find temporal expressions in text, and their TimeML normalization.

``TemporalRules.scan(text)`` finds candidate expressions (longest match wins where patterns
overlap); ``TemporalRules.normalize(match, reference, direction, last_quarter)`` turns one into a
TimeML value. Both are pure: the reference date and the clause's tense direction come from the
caller (see extract.py), so every rule is testable on a plain string.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable, Mapping

from . import anchor, formats, periods
from .fastscan import TextMatch, candidates, case_sensitive_copies, required_words
from .lexicon import TemporalLexicon, alternation
from .values import Normalized, anaphor, shifted, with_part_of_day, year_before

__all__ = ["Normalized", "Match", "TemporalRules"]

_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# Words that, right before a bare four-digit number, make it a year ("in 1990", "since 2016").
_YEAR_CUES = frozenset(
    "in since by until till from to through during before after of early late mid fiscal calendar "
    "year end beginning start middle spring summer fall autumn winter".split()
)
_BOUND_L = r"(?<![\w'])"
_BOUND_R = r"(?![\w])"
# Prepositions that make a bare holiday name a day: "on Christmas", "since Easter".
_HOLIDAY_CUES = frozenset("on at by since until till before after over during from through of".split())
_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}


@dataclass(frozen=True)
class Match:
    """A candidate expression: character span, the rule that matched, and its named groups."""

    start: int
    end: int
    rule: str
    groups: Mapping[str, str | None]


class TemporalRules:
    """The compiled patterns and their normalizers, built once from the lexicon."""

    def __init__(self, lexicon: TemporalLexicon) -> None:
        """Compile every pattern from the lexicon's word lists."""
        self.lexicon = lexicon
        lx = lexicon
        self._count_words = alternation(w for w in lx.numbers if w not in ("a", "an"))
        full_months = [m for m in lx.months if len(m) > 4 or m in ("may", "june", "july")]
        short_months = [m for m in lx.months if m not in full_months]
        month = rf"(?P<month>{alternation(full_months)}|(?:{alternation(short_months)})\.)"
        month_d = rf"(?P<month>{alternation(full_months)}|(?:{alternation(short_months)})\.?)"
        weekday = rf"(?P<weekday>{alternation(w for w in lx.weekdays if len(w) > 4)})"
        pod = rf"(?P<pod>{alternation(lx.parts_of_day)})"
        season = rf"(?P<season>{alternation(lx.seasons)})"
        num = rf"(?P<num>\d+|{alternation(lx.numbers)})"
        unit = rf"(?P<unit>{alternation(lx.units)})"
        ordinal = rf"(?P<ord>{alternation(lx.ordinals)})"
        rel = r"(?P<rel>last|next|this|past|coming|previous)"
        # A year in digits or spoken in words ("nineteen ninety-six"), as broadcast transcripts write.
        year = rf"(?:{_YEAR}|{lx.spelled_year_pattern()})"
        # "October of next year", "July last year", "the first quarter of last year": the year
        # named relative to the reference.
        of_rel_year = r"\s+(?:of\s+)?(?P<ryear>last|next|this)\s+year"
        mod = r"(?:(?P<mod>early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)"
        patterns: dict[str, str] = {
            "iso": r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})",
            "mdy": rf"(?:(?P<rel>last|next|this|past|coming)\s+)?{month_d}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR}))?(?!\d)",
            "dmy": rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month_d}(?:,?\s+(?P<y>{_YEAR}))?",
            "my": rf"{mod}?(?:{rel}\s+)?{month}(?:,?\s+(?:of\s+)?(?P<y>{year})|{of_rel_year})?",
            "weekday": rf"(?:{rel}\s+)?{weekday}(?:\s+{pod})?",
            "deictic": rf"(?:(?P<mod>early|late)\s+)?(?P<deictic>today|tonight|yesterday|tomorrow)(?:\s+{pod})?",
            "pod_today": rf"(?P<rel>this|last)\s+{pod}",
            "relunit": r"(?:(?P<mod>earlier|later|early|late)\s+)?(?:the\s+)?"
                       r"(?P<rel>this|last|next|past|previous|coming|current)\s+(?:fiscal\s+)?"
                       r"(?P<unit>week|month|year|quarter|weekend|decade|century)",
            "weekend": r"the\s+weekend",
            "relseason": rf"(?:(?P<mod>earlier|later|early|late)\s+)?{rel}\s+{season}",
            "bare_season": periods.bare_season_pattern(season),
            "year_part": periods.YEAR_PART,
            "season_year": rf"(?:the\s+)?{season}\s+(?:of\s+)?(?P<y>{year})",
            "quarter": rf"(?:the\s+)?(?:(?P<py>{_YEAR})\s+|(?P<shift>year-ago|year-earlier|last\s+year's|next\s+year's)\s+)?"
                       rf"(?:(?:fiscal|calendar)\s+)?{ordinal}[\s-]+(?:fiscal\s+)?quarter"
                       rf"(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?P<y>{_YEAR})|{of_rel_year})?",
            "the_quarter": rf"the\s+(?:(?P<which>latest|current|recent|most\s+recent|year-ago|year-earlier|same)\s+"
                           rf"|(?P<y>{_YEAR})\s+)?(?:quarter|period)",
            # "the week of March 6": the ISO week holding that day.
            "week_of": rf"the\s+week\s+of\s+{month_d}\s+(?P<d>\d{{1,2}})(?:,?\s+(?P<y>{_YEAR}))?(?!\d)",
            "half": rf"(?:the\s+)?(?P<ord>first|second|last)\s+half(?:\s+of\s+(?P<y>{_YEAR}))?",
            "decade": r"(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<dec>1[5-9]\d0|20\d0)|'(?P<short>\d0))'?s",
            "year": rf"(?:the\s+year\s+)?{mod}?(?:(?P<fy>fiscal|calendar)\s+)?(?P<y>{year})(?!\s*%|,\d|\.\d)",
            "ago": rf"{num}\s+{unit}s?\s+(?P<dir>ago|earlier|later|from\s+now|hence)",
            "year_ago": r"(?P<adj>year-ago|year-earlier|year\s+earlier|year\s+ago)",
            "duration": rf"(?:(?:the\s+)?(?:past|last|next|previous|coming|first|final)\s+)?{num}[\s-]+{unit}s?",
            "zoned": formats.zoned_clock_pattern(weekday, month_d),
            "numeric": formats.NUMERIC_DATE,
            "apos_year": formats.APOSTROPHE_YEAR,
            "clock": r"(?P<h>\d{1,2})(?::(?P<min>\d{2}))?\s*(?P<ampm>a\.m\.|p\.m\.|am|pm)",
            # "9 a.m. Tuesday", "noon Thursday", "5 p.m. EST Nov. 9": one TIME on that day.
            "clock_day": rf"(?:(?P<h>\d{{1,2}})(?::(?P<min>\d{{2}}))?\s*(?P<ampm>a\.m\.|p\.m\.)|(?P<noon>noon))"
                         rf"(?:\s+(?:[ECMP][SD]T|GMT))?,?\s+(?:on\s+)?"
                         rf"(?:{weekday}|{month_d}\s+(?P<d>\d{{1,2}})(?:,?\s+(?P<y>{_YEAR}))?(?!\d))",
            "holiday": rf"(?:{rel}\s+)?(?P<holiday>{alternation(lx.holidays)})",
            # Anaphoric dates resolve against the date mentioned last: "that year", "the following month".
            "anaphor": r"(?:(?P<mod>earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same)\s+(?P<unit>day|month|year|quarter)"
                       r"|the\s+(?P<step>following|next|previous)\s+(?P<sunit>day|month|year|morning)",
            "reference": rf"(?P<ref>{alternation(lx.references)})",
            "set": rf"(?P<set>{alternation(lx.sets)})",
        }
        self._patterns = {
            name: re.compile(_BOUND_L + pattern + _BOUND_R, re.I)
            for name, pattern in patterns.items()
        }
        # Case-sensitive copies for lowercased ASCII text: same matches, about a third faster.
        self._lower_patterns = case_sensitive_copies(self._patterns)
        self._required = required_words(lx.seasons, lx.holidays)  # words a rule's every match holds
        self._handlers: dict[str, Callable[..., Normalized | None]] = {
            name: getattr(self, "_n_" + name) for name in patterns if name != "anaphor"
        }

    @classmethod
    def load(cls) -> "TemporalRules":
        """Load the packaged lexicon and compile the rules."""
        return cls(TemporalLexicon.load())

    # -- detection ---------------------------------------------------------------------------

    def scan(self, text: str, year_spans: tuple[tuple[int, int], ...] = ()) -> list[Match]:
        """Return non-overlapping candidate expressions in text order, longest first on overlap.

        ``year_spans`` are character spans (e.g. spaCy DATE entities) inside which a bare
        four-digit number counts as a year even without a cue word before it.
        """
        found: list[Match] = []
        for name, m in candidates(text, self._patterns, self._lower_patterns, self._required):
            if m.end() > m.start() and self._plausible(name, m, text, year_spans):
                found.append(Match(m.start(), m.end(), name, m.groupdict()))
        found.sort(key=lambda item: (-(item.end - item.start), item.start))
        chosen: list[Match] = []
        taken: list[tuple[int, int]] = []
        for item in found:
            if all(item.end <= s or item.start >= e for s, e in taken):
                chosen.append(item)
                taken.append((item.start, item.end))
        chosen.sort(key=lambda item: item.start)
        return chosen

    def _plausible(self, name: str, m: re.Match[str] | TextMatch, text: str, year_spans: tuple[tuple[int, int], ...]) -> bool:
        """Filter matches that the patterns alone cannot rule out (capitalization, bare numbers)."""
        groups = m.groupdict()
        for key in ("month", "weekday"):
            word = groups.get(key)
            # News text capitalizes months and weekdays; "may" and "march" are mostly not dates.
            if word is not None and not word[:1].isupper():
                return False
        if name == "my" and (groups.get("month") or "").lower() == "may" and not (groups.get("y") or groups.get("rel") or groups.get("mod")):
            before = text[max(0, m.start() - 12):m.start()].split()
            return bool(before) and before[-1].lower() in {"in", "since", "by", "until", "of", "through", "during", "early", "late", "mid"}
        spelled = not (groups.get("y") or "0")[:1].isdigit()
        if name == "year" and spelled and not m.group(0).lower().startswith("the"):
            # "nineteen ninety-six" is a year anywhere; "two thousand" and "eighteen hundred" are mostly
            # counts and need a cue ("by two thousand").
            before = text[max(0, m.start() - 16):m.start()].split()
            words = (groups.get("y") or "").lower()
            return (words.startswith(("nineteen", "eighteen")) and not words.endswith("hundred")) or (
                bool(before) and before[-1].lower() in _YEAR_CUES)
        if name == "year" and not (groups.get("mod") or groups.get("fy") or m.group(0).lower().startswith("the")):
            before = text[max(0, m.start() - 16):m.start()].replace("-", " ").split()
            cue = bool(before) and before[-1].lower().strip(",") in _YEAR_CUES
            inside = any(s <= m.start() and m.end() <= e for s, e in year_spans)
            return (cue or inside) and text[max(0, m.start() - 1):m.start()] not in ("$", "#")
        if name == "holiday":
            return self._plausible_holiday(m, text)
        if name == "quarter" and (groups.get("ord") or "").lower() == "final":
            return bool(groups.get("y") or groups.get("py") or groups.get("ryear"))  # "the final quarter" of a game
        if name in ("bare_season", "year_part"):
            return periods.plausible(name, text, m.start(), m.end())
        if name in ("zoned", "apos_year"):
            return (formats.zoned_clock_plausible if name == "zoned" else formats.apostrophe_year_plausible)(text, m.start())
        if name == "reference" and text[max(0, m.start() - 3):m.start()].lower() == "as ":
            return False  # "as soon as possible" is not a reference to the future
        if name == "reference" and m.group(0).lower().startswith(("the ", "in ")) and re.match(rf"\s+(?:\d+|{self._count_words})\b", text[m.end():m.end() + 12], re.I):
            return False  # "for the past three summers" counts a stretch; it is not the past itself
        if name == "duration" and len(groups.get("num") or "") == 4 and (groups.get("num") or "").isdigit():
            return False  # "the 1988 quarter" is a quarter of that year, not 1,988 of them
        if name == "duration" and (groups.get("num") or "").lower() in ("a", "an", "some", "many"):
            # "a year" alone is mostly a rate ("$5 a year"), not a duration worth reporting.
            return False
        return True

    @staticmethod
    def _plausible_holiday(m: re.Match[str] | TextMatch, text: str) -> bool:
        """A capitalized holiday name that is a day ("Thanksgiving Day", "on Christmas", "last
        Easter"), not a modifier ("Christmas sales") or a proper name ("Easter Island")."""
        name = m.group("holiday")
        if not name[:1].isupper():
            return False
        if m.group("rel") or name.lower().endswith(("day", "eve")):
            return True
        before = text[max(0, m.start() - 12):m.start()].split()
        return bool(before) and before[-1].lower() in _HOLIDAY_CUES and not re.match(r"\s+[A-Z]", text[m.end():m.end() + 2])

    # -- normalization -----------------------------------------------------------------------

    def normalize(self, match: Match, reference: dt.date | None, direction: int = 0,
                  last_quarter: str | None = None, previous: str | None = None) -> Normalized | None:
        """Return the TimeML value of a match, or None when it cannot be resolved.

        ``direction`` is the clause's tense (-1 past, +1 future, 0 unknown); ``last_quarter`` is
        the latest quarter value already seen in the document ("a year earlier" after "the third
        quarter" means that quarter a year before); ``previous`` is the calendar value of the date
        mentioned last, which anaphoric expressions ("that year", "the following day") refer to.
        """
        try:
            if match.rule == "anaphor":
                normalized = anaphor(match.groups, previous, last_quarter)
            else:
                normalized = self._handlers[match.rule](match.groups, reference, direction, last_quarter)
        except (ValueError, OverflowError, KeyError):
            return None
        # Arithmetic at the ends of the calendar can leave the four-digit range: drop, never emit.
        return normalized if normalized is not None and anchor.valid_value(normalized.value) else None

    def normalize_phrase(self, phrase: str, reference: dt.date | None, direction: int = 0) -> Normalized | None:
        """Normalize a whole phrase (e.g. a spaCy DATE entity) when one rule matches all of it."""
        for name, pattern in self._patterns.items():
            m = pattern.fullmatch(phrase.strip())
            if m and self._plausible(name, m, phrase.strip(), ((0, len(phrase)),)):
                return self.normalize(Match(0, len(phrase), name, m.groupdict()), reference, direction)
        return None

    # Each handler takes (groups, reference, direction, last_quarter).

    def _n_iso(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        day = dt.date(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0))
        return Normalized(day.isoformat(), "day", "DATE")

    def _n_mdy(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        month = self.lexicon.month_number(g["month"] or "")
        day_of_month = int(g["d"] or 0)
        if month is None:
            return None
        if g.get("y"):
            return Normalized(dt.date(int(g["y"] or 0), month, day_of_month).isoformat(), "day", "DATE")
        if ref is None:
            return None
        year = anchor.nearest_year(ref, month, day_of_month, d)
        return Normalized(dt.date(year, month, day_of_month).isoformat(), "day", "DATE")

    _n_dmy = _n_mdy

    def _n_my(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        month = self.lexicon.month_number(g["month"] or "")
        if month is None:
            return None
        if g.get("y"):
            return Normalized(f"{self.lexicon.year_number(g['y'] or ''):04d}-{month:02d}", "month", "DATE")
        if ref is None:
            return None
        if g.get("ryear"):
            return Normalized(f"{ref.year + _YEAR_STEP[(g['ryear'] or '').lower()]:04d}-{month:02d}", "month", "DATE")
        relation = (g.get("rel") or "").lower()
        if relation in ("last", "past", "previous"):
            year = ref.year if month < ref.month else ref.year - 1
        elif relation in ("next", "coming"):
            year = ref.year if month > ref.month else ref.year + 1
        elif relation == "this":
            year = ref.year
        elif month == ref.month:
            year = ref.year
        else:
            year = anchor.nearest_year(ref, month, 15, d)
        return Normalized(f"{year:04d}-{month:02d}", "month", "DATE")

    def _n_weekday(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        if ref is None:
            return None
        weekday = self.lexicon.weekdays[(g["weekday"] or "").lower()]
        relation = (g.get("rel") or "").lower()
        if relation in ("last", "past", "previous"):
            day = anchor.weekday_date(ref - dt.timedelta(days=1), weekday, -1)
        elif relation in ("next", "coming"):
            day = anchor.weekday_date(ref + dt.timedelta(days=1), weekday, +1)
        else:
            day = anchor.weekday_date(ref, weekday, d)
        return with_part_of_day(day, g.get("pod"), self.lexicon)

    def _n_deictic(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        if ref is None:
            return None
        word = (g["deictic"] or "").lower()
        day = ref + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
        part = g.get("pod") or ("night" if word == "tonight" else None)
        return with_part_of_day(day, part, self.lexicon)

    def _n_pod_today(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        if ref is None:
            return None
        day = ref - dt.timedelta(days=1) if (g["rel"] or "").lower() == "last" else ref
        return with_part_of_day(day, g.get("pod"), self.lexicon)

    def _n_relunit(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        if ref is None:
            return None
        relation = (g["rel"] or "").lower()
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(relation, 0)
        unit = (g["unit"] or "").lower()
        if unit in ("week", "month", "quarter"):
            return shifted(ref, step, unit)
        if unit == "weekend":
            return Normalized(anchor.weekend_week(ref, step or d) + "-WE", "week", "DATE")
        if unit == "decade":
            return Normalized(f"{(ref.year // 10 + step):03d}X", "decade", "DATE")
        if unit == "century":
            return Normalized(f"{(ref.year // 100 + step):02d}XX", None, "DATE")
        return Normalized(f"{ref.year + step:04d}", "year", "DATE")

    def _n_weekend(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        if ref is None:
            return None
        return Normalized(anchor.weekend_week(ref, d) + "-WE", "week", "DATE")

    def _n_relseason(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        if ref is None:
            return None
        code = self.lexicon.seasons[(g["season"] or "").lower()]
        relation = (g["rel"] or "").lower()
        year = ref.year
        if relation in ("last", "past", "previous") and _SEASON_MONTH[code] >= ref.month - 1:
            year -= 1
        elif relation in ("next", "coming") and _SEASON_MONTH[code] <= ref.month:
            year += 1
        return Normalized(f"{year:04d}-{code}", "season", "DATE")

    def _n_season_year(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        code = self.lexicon.seasons[(g["season"] or "").lower()]
        return Normalized(f"{self.lexicon.year_number(g['y'] or ''):04d}-{code}", "season", "DATE")

    def _n_quarter(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        number = self.lexicon.ordinals[(g["ord"] or "").lower()]
        explicit = g.get("y") or g.get("py")
        if explicit:
            return Normalized(f"{int(explicit):04d}-Q{number}", "quarter", "DATE")
        if ref is None:
            return None
        if g.get("ryear"):
            return Normalized(f"{ref.year + _YEAR_STEP[(g['ryear'] or '').lower()]:04d}-Q{number}", "quarter", "DATE")
        shift = (g.get("shift") or "").lower()
        if shift:
            # "the year-ago third quarter" is that quarter of last year, "next year's" of next year.
            return Normalized(f"{ref.year + (1 if shift.startswith('next') else -1):04d}-Q{number}", "quarter", "DATE")
        # Results are reported after the quarter ends: a quarter later than the current one in a
        # past or neutral clause is last year's.
        year = ref.year - 1 if d <= 0 and number > anchor.quarter_of(ref) else ref.year
        return Normalized(f"{year:04d}-Q{number}", "quarter", "DATE")

    def _n_the_quarter(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        which = (g.get("which") or "").lower()
        if g.get("y"):
            # "the 1988 quarter" compares with the quarter under discussion: that quarter of 1988.
            return Normalized(f"{int(g['y'] or 0):04d}{lq[4:]}", "quarter", "DATE") if lq else \
                Normalized(f"{int(g['y'] or 0):04d}", "year", "DATE")
        if which in ("year-ago", "year-earlier", "same"):
            return year_before(lq) if lq else None
        if which in ("latest", "recent", "most recent") and ref is not None:
            # Results name the last completed quarter as "the latest quarter".
            first = anchor.shift_months(ref, -3)
            return Normalized(f"{first.year:04d}-Q{anchor.quarter_of(first)}", "quarter", "DATE")
        if which == "current" and ref is not None:
            return Normalized(f"{ref.year:04d}-Q{anchor.quarter_of(ref)}", "quarter", "DATE")
        if lq:
            return Normalized(lq, "quarter", "DATE")
        if ref is None:
            return None
        first = anchor.shift_months(ref, -3)
        return Normalized(f"{first.year:04d}-Q{anchor.quarter_of(first)}", "quarter", "DATE")

    def _n_week_of(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        day = self._n_mdy(g, ref, d, lq)
        return Normalized(anchor.iso_week(dt.date.fromisoformat(day.value)), "week", "DATE") if day else None

    def _n_half(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        number = 1 if (g["ord"] or "").lower() == "first" else 2
        if (g["ord"] or "").lower() == "last" and not g.get("y"):
            return None  # "the last half" alone is mostly "of the decade", "of the game": no year to give
        if g.get("y"):
            return Normalized(f"{int(g['y'] or 0):04d}-H{number}", None, "DATE")
        if ref is None:
            return None
        year = ref.year - 1 if d <= 0 and number == 2 and ref.month <= 6 else ref.year
        return Normalized(f"{year:04d}-H{number}", None, "DATE")

    def _n_decade(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        if g.get("dec"):
            return Normalized(f"{(g['dec'] or '')[:3]}X", "decade", "DATE")
        short = int(g["short"] or 0)
        century = "19" if short >= 30 or ref is None or short > ref.year % 100 else "20"
        return Normalized(f"{century}{short // 10}X", "decade", "DATE")

    def _n_year(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        return Normalized(f"{self.lexicon.year_number(g['y'] or ''):04d}", "year", "DATE")

    def _n_ago(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        count = self.lexicon.number(g["num"] or "")
        unit = self.lexicon.units[(g["unit"] or "").lower()]
        forward = (g["dir"] or "").lower() in ("later", "from now", "hence")
        if count is None or ref is None:
            return None
        if count == "X":
            return Normalized("FUTURE_REF" if forward else "PAST_REF", None, "DATE")
        n = int(count) * (1 if forward else -1)
        if unit.name == "year" and lq and abs(n) == 1:
            return year_before(lq) if n < 0 else None
        return shifted(ref, n, unit.name)

    def _n_year_ago(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        if lq:
            return year_before(lq)
        if ref is None:
            return None
        return Normalized(f"{ref.year - 1:04d}", "year", "DATE")

    def _n_duration(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        count = self.lexicon.number(g["num"] or "")
        unit = self.lexicon.units[(g["unit"] or "").lower()]
        if count is None:
            return None
        prefix = "PT" if unit.time else "P"
        return Normalized(f"{prefix}{count}{unit.code}", None, "DURATION")

    def _n_clock(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        hour, minute = int(g["h"] or 0), int(g.get("min") or 0)
        if ref is None or not (1 <= hour <= 12) or minute > 59:
            return None
        if (g["ampm"] or "").lower().startswith("p") and hour != 12:
            hour += 12
        elif (g["ampm"] or "").lower().startswith("a") and hour == 12:
            hour = 0
        return Normalized(f"{ref.isoformat()}T{hour:02d}:{minute:02d}", "time", "TIME")

    def _n_zoned(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        return formats.normalize_zoned_clock(g, ref, d, self.lexicon)

    def _n_numeric(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        return formats.normalize_numeric_date(g)

    def _n_apos_year(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        return formats.normalize_apostrophe_year(g, ref)

    def _n_bare_season(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        return periods.normalize_bare_season(g, ref, d, self.lexicon)

    def _n_year_part(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        return periods.normalize_year_part(g, ref)

    def _n_clock_day(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        day = self._n_weekday(g, ref, d, lq) if g.get("weekday") else self._n_mdy(g, ref, d, lq)
        if day is None:
            return None
        if g.get("noon"):
            return Normalized(f"{day.value[:10]}T12:00", "time", "TIME")
        clock = self._n_clock(g, ref or dt.date(2000, 1, 1), d, lq)
        return Normalized(day.value[:10] + clock.value[10:], "time", "TIME") if clock is not None else None

    def _n_holiday(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        if ref is None:
            return None
        spec = self.lexicon.holidays[re.sub(r"\s+", " ", (g["holiday"] or "").lower())]
        relation = (g.get("rel") or "").lower()
        if relation == "this":
            day = anchor.holiday_date(ref.year, spec)
        else:
            # "last Thanksgiving" is the one before the reference, "next Easter" the one after.
            step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(relation, 0)
            pivot = ref + dt.timedelta(days=step)
            day = anchor.nearest_occurrence(pivot, lambda year: anchor.holiday_date(year, spec), step or d)
            if step and (day - ref).days * step <= 0:
                day = anchor.holiday_date(day.year + step, spec)
        return Normalized(day.isoformat(), "day", "DATE")

    def _n_reference(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        key = re.sub(r"\s+", " ", (g["ref"] or "").lower())
        found = self.lexicon.references[key]
        # "in recent months" spans a stretch of time up to now: TimeML types it DURATION (PXM).
        return Normalized(found, None, "DATE" if found.endswith("_REF") else "DURATION")

    def _n_set(self, g: Mapping[str, str | None], ref: dt.date | None, d: int, lq: str | None) -> Normalized | None:
        key = re.sub(r"\s+", " ", (g["set"] or "").lower())
        return Normalized(self.lexicon.sets[key], None, "SET")
