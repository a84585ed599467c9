"""When are two event reports the same happening? Pure functions over small value objects.

The clusterer (engine.py) compares each report with the *profile* of an open cluster (its first
report, with sides and place filled in by later members). The rules, in the order they are checked:

- same PLOVER type and same modality; negated and hypothetical reports never merge (they describe
  no happening), see ``mergeable_modalities`` in data/rules.json;
- dyad: each side agrees by country AND sector. A side whose country (or sector) is unknown on
  either report is *partial*; a partial dyad may merge only under strong agreement: the other
  side agrees fully and is coded with a sector (a bare country is often a place read as an actor),
  both reports state the same day in their text (a date taken from the publication day is not
  enough), and both places are known and the same point (same name or within ``max_km``; a
  country or state is too broad). Symmetric types (CONSULT: A met B = B met A) match either
  direction;
- dates: a day-dated report joins a cluster whose first report is at most ``window_days`` earlier.
  A month- or year-dated report joins a day-dated cluster whose dates fall inside its range, only
  with a full dyad and only when exactly one such cluster exists (the engine checks that); a
  cluster founded by a coarse report accepts only reports with the same coarse date;
- places: both unknown or one unknown is fine; two known places must be in the same country and
  be the same point (name, or within ``max_km``); an area (country, state) is compatible with any
  place in its country;
- same article: two events of one article merge only when they report one happening twice: two
  codings of the same sentence (one trigger coded twice, or "shelled X, killing three": same
  type, no side in conflict, same date, compatible places), or a restatement in another sentence
  (same CAMEO code, same date text, full dyad, compatible places).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field
from importlib import resources

__all__ = [
    "RuleSettings", "Side", "Spot", "Span", "Report", "Profile", "Match",
    "load_settings", "parse_span", "orient", "compare_places", "match",
]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True)
class RuleSettings:
    """The knobs of the rules; defaults come from data/rules.json."""

    window_days: int
    max_km: float
    symmetric_types: frozenset[str]
    mergeable_modalities: frozenset[str]
    area_features: frozenset[str]
    coarse_horizon_days: int

    @property
    def horizon_days(self) -> int:
        """How many days back from a report a cluster it may join can have started."""
        return self.coarse_horizon_days + self.window_days


def load_settings(window_days: int = 1, max_km: float | None = None) -> RuleSettings:
    """Read data/rules.json and apply the caller's window (and distance, when given)."""
    raw = json.loads(resources.files("tacitus.clusters").joinpath("data/rules.json").read_text("utf-8"))
    return RuleSettings(
        window_days=int(window_days),
        max_km=float(raw["max_km"] if max_km is None else max_km),
        symmetric_types=frozenset(raw["symmetric_types"]),
        mergeable_modalities=frozenset(raw["mergeable_modalities"]),
        area_features=frozenset(raw["area_features"]),
        coarse_horizon_days=int(raw["coarse_horizon_days"]),
    )


@dataclass(frozen=True)
class Side:
    """One side of a dyad as the clusterer compares it: country and sector codes."""

    country: str | None = None
    sector: str | None = None

    @property
    def label(self) -> str:
        """CAMEO-style label, '?' for an unknown country ("USAGOV", "?")."""
        return f"{self.country}{self.sector or ''}" if self.country else "?"


@dataclass(frozen=True)
class Spot:
    """Where a report places its event."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None


@dataclass(frozen=True)
class Span:
    """A date as an inclusive range of days; ``text`` is the value as coded ("2018-10")."""

    start: dt.date
    end: dt.date
    text: str

    @property
    def precise(self) -> bool:
        """True for a single day."""
        return self.start == self.end


@dataclass(frozen=True)
class Report:
    """One stored event reduced to what the rules compare."""

    id: str
    article_id: str
    event_type: str
    cameo: str
    modality: str
    source: Side
    target: Side
    span: Span | None
    by_publication: bool = False
    spot: Spot | None = None
    sentence: int | None = None
    stated: bool = True  # the text says when (a date_text), rather than the coder assuming the publication day


def parse_span(date: str | None, published: str | None) -> tuple[Span | None, bool]:
    """Return the report's day range and whether it was taken from the publication date.

    Day values (with or without a clock time), months and years are understood; an event without a
    date is dated by its article's publication day (GDELT's habit); anything else (quarters, weeks,
    seasons) gives None, and such a report is never merged.
    """
    if date is None:
        span = _span_of(published[:10]) if published else None
        return (span if span is not None and span.precise else None), span is not None
    return _span_of(date), False


def _span_of(value: str) -> Span | None:
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return Span(day, day, value[:10])
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            last = calendar.monthrange(year, month)[1]
            return Span(dt.date(year, month, 1), dt.date(year, month, last), value)
        if m := _YEAR.match(value):
            return Span(dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31), value)
    except ValueError:  # "2018-02-30", "2018-13": not a date at all
        return None
    return None


def _side_status(a: Side, b: Side) -> str:
    """'same', 'partial' (something unknown on one report) or 'conflict'."""
    if a.country is None or b.country is None:
        return "partial"
    if a.country != b.country:
        return "conflict"
    if a.sector is None or b.sector is None:
        return "same" if a.sector == b.sector else "partial"
    return "same" if a.sector == b.sector else "conflict"


def orient(report: Report, source: Side, target: Side, settings: RuleSettings) -> tuple[str, bool] | None:
    """Compare the report's dyad with (source, target): ('full'|'partial', reversed) or None.

    A partial dyad needs at least one side in full agreement. Symmetric types also try the
    reversed direction; the straight direction wins a tie so the choice is deterministic.
    """
    options = [(report.source, report.target, False)]
    if report.event_type in settings.symmetric_types:
        options.append((report.target, report.source, True))
    best: tuple[str, bool] | None = None
    for first, second, flipped in options:
        statuses = (_side_status(first, source), _side_status(second, target))
        if "conflict" in statuses or "same" not in statuses:
            continue
        kind = "full" if statuses == ("same", "same") else "partial"
        if best is None or (kind == "full" and best[0] == "partial"):
            best = (kind, flipped)
    return best


def _km(a: Spot, b: Spot) -> float:
    """Great-circle distance in kilometres (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def compare_places(a: Spot | None, b: Spot | None, settings: RuleSettings) -> tuple[str, str]:
    """Return ('same'|'inside'|'unknown'|'conflict', words for the why).

    'same' is one point (same name, or within ``max_km``); 'inside' is an area (a country, a
    state) holding the other place or named the same: compatible, but too broad to be the strong
    agreement a report with an unknown side needs.
    """
    if a is None and b is None:
        return "unknown", "place unknown in both"
    if a is None or b is None:
        known = a or b
        return "unknown", f"place of one unknown (other: {known.name})"  # type: ignore[union-attr]
    if a.country and b.country and a.country != b.country:
        return "conflict", f"{a.name} ({a.country}) vs {b.name} ({b.country})"
    area = a if a.feature in settings.area_features else b if b.feature in settings.area_features else None
    if area is not None:
        other = b if area is a else a
        if area.name.casefold() == other.name.casefold():
            return "inside", f"both in {area.name}"
        if area.country and area.country == other.country:
            return "inside", f"{other.name} is in {area.name}"
        if area.country is None:  # a continent or region without a country code: no evidence either way
            return "unknown", f"{area.name} is too broad to compare"
        return "conflict", f"{a.name} vs {b.name}"
    if a.name.casefold() == b.name.casefold():
        return "same", f"both in {a.name}"
    if None not in (a.lat, a.lon, b.lat, b.lon):
        km = _km(a, b)
        if km <= settings.max_km:
            return "same", f"{a.name} / {b.name} {km:.0f} km apart"
        return "conflict", f"{a.name} / {b.name} {km:.0f} km apart"
    return "conflict", f"{a.name} vs {b.name}"


@dataclass
class Profile:
    """An open cluster as the clusterer sees it: the first report plus what later members filled in.

    Mutable on purpose: it lives only inside one clustering run (never in module state).
    """

    id: str
    leader: Report
    source: Side
    target: Side
    spot: Spot | None
    first: dt.date
    last: dt.date
    closed: bool = False
    members: dict[str, list[Report]] = field(default_factory=dict)

    @classmethod
    def found(cls, cluster_id: str, report: Report, settings: RuleSettings) -> "Profile":
        """Start a cluster with its first report (closed when the report may never merge)."""
        span = report.span
        closed = span is None or report.modality not in settings.mergeable_modalities
        first = span.start if span else dt.date.min
        profile = cls(cluster_id, report, report.source, report.target, report.spot, first,
                      span.end if span else first, closed)
        profile.members[report.article_id] = [report]
        return profile

    @property
    def coarse(self) -> str | None:
        """The leader's date text when it is coarser than a day (month, year)."""
        span = self.leader.span
        return span.text if span is not None and not span.precise else None

    def absorb(self, report: Report, settings: RuleSettings) -> None:
        """Add a member: fill unknown sides and place, extend the date range."""
        oriented = orient(report, self.source, self.target, settings)
        first, second = (report.target, report.source) if oriented and oriented[1] else (report.source, report.target)
        self.source, self.target = _filled(self.source, first), _filled(self.target, second)
        if self.spot is None and report.spot is not None:
            self.spot = report.spot
        if report.span is not None and report.span.precise and report.span.end > self.last:
            self.last = report.span.end
        self.members.setdefault(report.article_id, []).append(report)


def _filled(known: Side, other: Side) -> Side:
    """``known`` with its unknown parts taken from ``other`` when they agree."""
    if known.country is None:
        return other
    if known.sector is None and other.country == known.country:
        return Side(known.country, other.sector)
    return known


@dataclass(frozen=True)
class Match:
    """A report fits a cluster: how well (for choosing between clusters) and why."""

    profile: Profile
    full: bool
    place_same: bool
    days: int
    why: str

    @property
    def rank(self) -> tuple[int, int, int]:
        """Lower is better: full dyads, then known same places, then closer dates."""
        return (0 if self.full else 1, 0 if self.place_same else 1, self.days)


def match(report: Report, profile: Profile, settings: RuleSettings) -> Match | None:
    """Return how ``report`` fits ``profile``, or None when the rules keep them apart."""
    leader = profile.leader
    if profile.closed or report.event_type != leader.event_type or report.modality != leader.modality:
        return None
    span = report.span
    if span is None or report.modality not in settings.mergeable_modalities:
        return None
    oriented = orient(report, profile.source, profile.target, settings)
    if oriented is None:
        return None
    full = oriented[0] == "full"
    place, place_words = compare_places(report.spot, profile.spot, settings)
    if place == "conflict":
        return None
    dates = _date_fit(span, profile, settings, full)
    if dates is None:
        return None
    days, date_words = dates
    siblings = profile.members.get(report.article_id, ())
    same_sentence = any(m.sentence == report.sentence for m in siblings)
    if not full and not same_sentence and not _strong(report, profile, oriented[1], days, place):
        return None
    for earlier in siblings:
        if not _restates(report, earlier, full, settings):
            return None
    label = f"{profile.source.label}->{profile.target.label}"
    parts = [f"same {report.event_type} {label}"]
    if oriented[1]:
        parts[0] += f" (reported the other way round; {report.event_type} is symmetric)"
    if not full:
        parts[0] += " (a side unknown: joined on same day and same place)" if not same_sentence else " (a side unknown)"
    parts += [date_words, place_words]
    if same_sentence:
        parts.insert(0, "another coding of the same sentence")
    elif siblings:
        parts.insert(0, "restates an event of the same article")
    return Match(profile, full, place == "same", days, ", ".join(parts))


def _strong(report: Report, profile: Profile, flipped: bool, days: int, place: str) -> bool:
    """The agreement a report with an unknown side needs: the known side fully coded (country AND
    sector: a bare country is often a place name read as an actor), the same day stated in the text
    of both (not taken from the publication date), and the same point on the map (not a country)."""
    first, second = (report.target, report.source) if flipped else (report.source, report.target)
    anchored = any(mine.sector is not None and _side_status(mine, theirs) == "same"
                   for mine, theirs in ((first, profile.source), (second, profile.target)))
    dated = report.stated and profile.leader.stated
    return anchored and dated and report.span is not None and report.span.precise and days == 0 and place == "same"


def _date_fit(span: Span, profile: Profile, settings: RuleSettings, full: bool) -> tuple[int, str] | None:
    """Days between report and cluster start plus words for the why, or None when too far."""
    leader_span = profile.leader.span
    assert leader_span is not None  # closed profiles were excluded by the caller
    if profile.coarse is not None:
        if span.text != profile.coarse or not full:
            return None
        return 0, f"both dated {span.text}"
    if not span.precise:
        if not full or span.end < profile.first or span.start > profile.last:
            return None
        return 0, f"{span.text} covers {profile.first.isoformat()}"
    days = (span.start - profile.first).days
    if abs(days) > settings.window_days:
        return None
    unit = "day" if settings.window_days == 1 else "days"
    if days == 0:
        return 0, f"same date {span.text}"
    return abs(days), f"dates {leader_span.text}/{span.text} within {settings.window_days} {unit}"


def _restates(report: Report, earlier: Report, full: bool, settings: RuleSettings) -> bool:
    """Same article: a second coding of the same sentence (same date text, places agree), or a
    restatement elsewhere in the article (also same CAMEO code and a full dyad)."""
    if report.span is None or earlier.span is None or report.span.text != earlier.span.text:
        return False
    if report.sentence != earlier.sentence and (not full or report.cameo != earlier.cameo):
        return False
    return compare_places(report.spot, earlier.spot, settings)[0] != "conflict"
