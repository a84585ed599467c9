"""The clusters a report may still join, indexed so that a report meets only plausible ones.

Lookups go by the cluster's first day (a report can only join clusters that started at most
``window_days`` before it, or inside its month) and by dyad. Every match needs at least one side
in full agreement, so clusters are indexed by each known side in its position; a report whose two
sides are fully coded (country and sector) can fully match only clusters with exactly that dyad
(indexed as a pair) or partially match clusters with an unknown part (indexed as "loose" sides). Old days are dropped as the (date-ordered) stream moves on, so memory stays bounded.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Callable, Hashable, Iterable

from .rules import Match, Profile, Report, RuleSettings, Side, match

__all__ = ["OpenClusters"]


def _complete(side: Side) -> bool:
    return side.country is not None and side.sector is not None


def _side_keys(kind: str, source: Side, target: Side, symmetric: bool) -> list[Hashable]:
    """Keys for each known side in its position (both positions for a symmetric type)."""
    keys: list[Hashable] = []
    for position, side in (("source", source), ("target", target)):
        if side.country:
            keys.append((kind, position, side))
            if symmetric:
                keys.append((kind, "target" if position == "source" else "source", side))
    return keys


class OpenClusters:
    """Open cluster profiles for one event type, with ``place`` to put each report somewhere."""

    def __init__(self, settings: RuleSettings, name: Callable[[str], str], founding_why: Callable[[Report, RuleSettings], str]) -> None:
        """``name`` turns a first report's event id into a cluster id; ``founding_why`` explains a new cluster."""
        self.settings = settings
        self._name = name
        self._founding_why = founding_why
        # day the cluster started -> lookup key -> clusters; whole days are dropped as time moves on
        self._days: dict[dt.date, dict[Hashable, list[Profile]]] = defaultdict(lambda: defaultdict(list))
        self._keys: dict[str, set[Hashable]] = defaultdict(set)
        self.by_id: dict[str, Profile] = {}
        self._today: dt.date | None = None

    def replay(self, cluster_id: str, report: Report) -> None:
        """Apply a stored assignment (restoring the state before re-clustering)."""
        profile = self.by_id.get(cluster_id)
        if profile is None:
            self._open(Profile.found(cluster_id, report, self.settings))
        else:
            profile.absorb(report, self.settings)
            self._add(profile)

    def place(self, report: Report) -> tuple[str, str, str]:
        """Put a report in the best matching open cluster or a new one; return (event, cluster, why)."""
        self._expire(report)
        matches = [m for p in self._candidates(report) if (m := match(report, p, self.settings)) is not None]
        if report.span is not None and not report.span.precise and len(matches) > 1:
            # A month-dated report that fits several happenings cannot say which one it means.
            profile = Profile.found(self._name(report.id), report, self.settings)
            self._open(profile)
            return report.id, profile.id, f"{report.span.text} fits {len(matches)} happenings: kept apart"
        if matches:
            best: Match = min(matches, key=lambda m: (m.rank, m.profile.first, m.profile.id))
            best.profile.absorb(report, self.settings)
            self._add(best.profile)
            return report.id, best.profile.id, best.why
        profile = Profile.found(self._name(report.id), report, self.settings)
        self._open(profile)
        return report.id, profile.id, self._founding_why(report, self.settings)

    def _open(self, profile: Profile) -> None:
        self.by_id[profile.id] = profile
        if not profile.closed:
            self._add(profile)

    def _add(self, profile: Profile) -> None:
        """(Re)index a profile under every key it can be found by; sides may have been filled in."""
        source, target = profile.source, profile.target
        keys: set[Hashable] = set(_side_keys("any", source, target, False))
        if _complete(source) and _complete(target):
            keys.add(("pair", source, target))
        else:
            keys |= set(_side_keys("loose", source, target, False))
        known = self._keys[profile.id]
        day = self._days[profile.first]
        for key in keys - known:
            day[key].append(profile)
        known |= keys

    def _lookup_keys(self, report: Report) -> list[Hashable]:
        """Every match needs one side in full agreement (a full match: both), so look sides up exactly."""
        source, target = report.source, report.target
        symmetric = report.event_type in self.settings.symmetric_types
        if _complete(source) and _complete(target):
            keys: list[Hashable] = [("pair", source, target)]
            if symmetric:
                keys.append(("pair", target, source))
            return keys + _side_keys("loose", source, target, symmetric)
        return _side_keys("any", source, target, symmetric)

    def _candidates(self, report: Report) -> Iterable[Profile]:
        if report.span is None:
            return []
        span = report.span
        day = span.start - dt.timedelta(days=self.settings.window_days)
        high = span.start if span.precise else span.end
        keys = self._lookup_keys(report)
        seen: dict[str, Profile] = {}
        while day <= high:
            index = self._days.get(day)
            if index is not None:
                for key in keys:
                    for profile in index.get(key, ()):
                        seen.setdefault(profile.id, profile)
            day += dt.timedelta(days=1)
        return seen.values()

    def _expire(self, report: Report) -> None:
        """Forget clusters that started before any report from here on could reach them."""
        if report.span is None or report.span.end == self._today:
            return
        self._today = report.span.end
        horizon = self._today - dt.timedelta(days=self.settings.horizon_days + 1)
        for day in [d for d in self._days if d < horizon]:
            for profiles in self._days.pop(day).values():
                for profile in profiles:
                    self.by_id.pop(profile.id, None)
                    self._keys.pop(profile.id, None)
