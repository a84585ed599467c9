"""Matching output records against hand-written expectations (shared by ``expected`` and ``articles``).

An expected event gives, for each field it cares about, a value or a list of acceptable values:
``types``, ``source``/``target`` (``country`` and ``sector``; a ``null`` side accepts anything,
including no actor), ``symmetric`` (either direction), ``date`` (a prefix of the output date),
``location`` (a substring of the output place's name; with a ``country_of`` lookup, a country
name also accepts any place inside that country) and ``modality``. A field the expectation leaves
out is not checked.

``event_differences`` names the fields in which an output event misses an expectation (empty:
it matches); the error report uses the same function, so "matched" and "differs in" never
disagree.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping

from ..model import Actor, ActorRef, Event, Place
from ..nlp import normalize_for_analysis

__all__ = [
    "FIELDS",
    "DYAD_FIELDS",
    "CountryOf",
    "fold_text",
    "accepts",
    "place_matches",
    "event_differences",
    "event_matches",
    "actor_named",
]

# Every field an event is checked on, in the order the error report lists them.
FIELDS = ("type", "source country", "source sector", "target country", "target sector", "date", "place", "modality")
# The who-did-what-to-whom part (dyad precision): type and both sides.
DYAD_FIELDS = FIELDS[:5]

CountryOf = Callable[[str], "str | None"]


def fold_text(text: str | None) -> str:
    """Compare texts without case, curly quotes or odd spaces."""
    return " ".join(normalize_for_analysis(text or "").casefold().split())


def accepts(wanted: Any, value: Any) -> bool:
    """True when ``value`` is acceptable: ``wanted`` is one value or a list of acceptable values.

    An empty ``wanted`` (None, "", []) accepts anything: the expectation does not check it.
    """
    if wanted is None or wanted == "" or wanted == []:
        return True
    if isinstance(wanted, (list, tuple, set, frozenset)):
        return value in wanted
    return value == wanted


def _side_differences(label: str, ref: ActorRef | None, want: Mapping[str, Any] | None) -> list[str]:
    """The fields (``"<label> country"``, ``"<label> sector"``) in which an actor reference misses."""
    if not want:
        return []  # a null side: the text names no one, any output (or none) is accepted
    wrong = []
    if want.get("country") and (ref is None or not accepts(want["country"], ref.country)):
        wrong.append(f"{label} country")
    if want.get("sector") and (ref is None or not accepts(want["sector"], ref.sector)):
        wrong.append(f"{label} sector")
    return wrong


def place_matches(location: str, place: Place | None, country_of: CountryOf | None = None) -> bool:
    """True when the output place is the expected location.

    The location's name is a case-insensitive substring of the place's name; or, when
    ``country_of`` maps the location to a country code, the place lies in that country.
    """
    if place is None:
        return False
    if fold_text(location) in fold_text(place.name):
        return True
    if country_of is None or not place.country:
        return False
    country = country_of(location)
    return country is not None and place.country == country


def event_differences(
    event: Event,
    want: Mapping[str, Any],
    country_of: CountryOf | None = None,
) -> tuple[str, ...]:
    """Return the fields (names from FIELDS) in which ``event`` misses the expected event ``want``.

    For a symmetric expectation the direction with fewer differences is taken (the direct one on
    a tie); an empty result means the event matches.
    """
    wrong: list[str] = []
    if not accepts(want.get("types"), event.event_type):
        wrong.append("type")
    source, target = want.get("source"), want.get("target")
    sides = _side_differences("source", event.source, source) + _side_differences("target", event.target, target)
    if sides and want.get("symmetric"):
        reverse = _side_differences("source", event.source, target) + _side_differences("target", event.target, source)
        if len(reverse) < len(sides):
            sides = reverse
    wrong.extend(sides)
    if want.get("date") and not (event.date or "").startswith(want["date"]):
        wrong.append("date")
    if want.get("location") and not place_matches(want["location"], event.location, country_of):
        wrong.append("place")
    if not accepts(want.get("modality"), event.modality):
        wrong.append("modality")
    return tuple(wrong)


def event_matches(event: Event, want: Mapping[str, Any], country_of: CountryOf | None = None) -> bool:
    """True when an output event satisfies an expected event in every field it gives."""
    return not event_differences(event, want, country_of)


def actor_named(actor: Actor, names: Iterable[str]) -> bool:
    """True when the actor's name or one of its mention texts is one of ``names`` (case-insensitive)."""
    wanted = {fold_text(name) for name in names if name}
    return fold_text(actor.name) in wanted or any(fold_text(m.text) in wanted for m in actor.mentions)
