"""Checks of the values a user gives the listing filters, with a hint when one is unknown.

`tacitus events --type FIGHT` or `--country China` used to return nothing and exit 0: the
user could not tell "no such events" from "no such value". Each check here accepts the codes the
records use and otherwise raises UsageError naming the option, the accepted values and, when one
is close, what the user probably meant ("did you mean CHN?": a country name, alpha-2 code or
demonym is looked up in the country table the actor coder uses, actors/data/countries.tsv).
"""

from __future__ import annotations

import difflib
from functools import lru_cache
from importlib import resources

from .errors import UsageError
from .model import EVENT_TYPES, MODALITIES

__all__ = ["check_country", "check_event_type", "check_modality", "known_countries"]


@lru_cache(maxsize=None)
def _country_table() -> tuple[frozenset[str], dict[str, str]]:
    """(every country code the records use, lowercase name/alias/demonym -> ISO3)."""
    text = resources.files("tacitus.actors").joinpath("data", "countries.tsv").read_text(encoding="utf-8")
    codes: set[str] = set()
    names: dict[str, str] = {}
    for line in text.splitlines()[1:]:
        fields = line.split("\t")
        if len(fields) < 4 or line.startswith("#"):
            continue
        iso3 = fields[0].strip().upper()
        codes.add(iso3)
        for name in [fields[1], *fields[2].split("|"), *fields[3].split("|")]:
            if name.strip():
                names.setdefault(name.strip().lower(), iso3)
    from .export.columns import nonstate_codes

    codes.update(nonstate_codes())
    codes.add("KOS")  # PLOVER's Kosovo
    return frozenset(codes), names


def known_countries() -> frozenset[str]:
    """Every country code a record can carry: ISO3 and PLOVER's non-state codes (UNO, EUR, ...)."""
    return _country_table()[0]


def check_country(value: str | None, option: str = "--country") -> str | None:
    """``value`` upper-cased when it is a known country code; UsageError with a hint otherwise."""
    if value is None:
        return None
    code = value.strip().upper()
    codes, names = _country_table()
    if code in codes:
        return code
    guess = names.get(value.strip().lower())
    if guess is None:
        close = difflib.get_close_matches(value.strip().lower(), list(names), n=1, cutoff=0.8)
        guess = names[close[0]] if close else None
    hint = f"did you mean {guess}? " if guess else ""
    raise UsageError(f"unknown {option} {value!r}: {hint}countries are ISO 3166 alpha-3 codes (CHN, USA, PRK) "
                     "or PLOVER codes (UNO, EUR, IGO, NGO)")


def _check_choice(value: str | None, choices: tuple[str, ...], option: str, upper: bool) -> str | None:
    """``value`` normalized when it is one of ``choices``; UsageError listing them otherwise."""
    if value is None:
        return None
    normal = value.strip().upper() if upper else value.strip().lower()
    if normal in choices:
        return normal
    close = difflib.get_close_matches(normal, choices, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]}? " if close else ""
    raise UsageError(f"unknown {option} {value!r}: {hint}use one of {', '.join(choices)}")


def check_event_type(value: str | None, option: str = "--type") -> str | None:
    """A PLOVER event type, upper-cased; UsageError with the list (and a hint) otherwise."""
    return _check_choice(value, tuple(EVENT_TYPES), option, upper=True)


def check_modality(value: str | None, option: str = "--modality", *, allow_all: bool = True) -> str | None:
    """A modality (or "all"), lower-cased; UsageError with the list (and a hint) otherwise."""
    return _check_choice(value, (*MODALITIES, "all") if allow_all else tuple(MODALITIES), option, upper=False)
