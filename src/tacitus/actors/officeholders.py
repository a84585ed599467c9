"""A named person's country and sector on the publication date, from the knowledge base's spells.

Rules (issue 15, "Knowledge"):

- **Full name.** "Tony Blair" is every person the knowledge base lists under that name. A spell
  covering the publication date gives its country and sector (ministers GOV, legislators LEG;
  when two spells cover it, a government office outranks a seat: a minister is GOV though an
  MP too). Without one, a Phoenix entry's default code applies (PETRARCH's reading; Phoenix
  codes former leaders ELI), failing that the person keeps their country without the office's
  sector ("Blair" in 2010 is British, no longer GOV). An undated article gets Phoenix's
  present code, as PETRARCH reads it, else the country. Namesakes of different countries
  give nothing unless a country named in the sentence picks one of them.
- **Surname alone** ("Blair", "Prime Minister Blair"; never a full name the knowledge base
  does not know: "Nick Blair" is not Tony Blair) only with a clue from the sentence,
  because surnames like Lee, Brown and Williams are everywhere: a title whose sector (and, for
  heads and deputies, whose office) matches a spell covering the date ("Prime Minister Blair"
  in 1999; "Senator Brown" is then a senator, never the UK's Gordon Brown; a title many
  countries' officials bear also needs the country in the sentence or the dateline), or a
  country named in the sentence that one of the namesakes held an office of on that date (the
  country then, not the namesake's office). Namesakes left after the clue must agree on the code.

Every answer carries its evidence ("knowledge: IfG ministers, Tony Blair, Prime Minister
1997-05-02..2007-06-27 -> GBR GOV") for the actor's ``why``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .knowledgebase import PHOENIX, KnowledgeBase, Spell, name_key

__all__ = ["Clue", "Known", "person_code"]

# When spells of one person cover the same date, the office that codes the actor: an office of
# state outranks a seat in a legislature, and either outranks a Phoenix "elite" code.
_SECTOR_RANK = {s: n for n, s in enumerate(("GOV", "MIL", "JUD", "COP", "SPY", "LEG", "OPP", "PTY", "REB", "ELI"))}
# Title families (roles.tsv) that name one office, and how the sources write that office.
_FAMILY_OFFICES = {
    "head": ("prime minister", "president of the united states"),
    "deputy": ("deputy prime minister", "first secretary of state", "vice president of the united states"),
}


@dataclass(frozen=True)
class Clue:
    """What the article says around a person's mentions: the sector and role families of their
    titles ("Prime Minister" -> GOV, {"head"}), the countries named in those sentences, and the
    article's own country (``home``: its dateline's)."""

    sector: str | None = None
    families: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    home: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Known:
    """The knowledge base's answer: a country, a sector (None = country only) and why."""

    country: str
    sector: str | None
    why: str
    spells: tuple[Spell, ...] = field(default=(), compare=False)


def _rank(spell: Spell) -> int:
    return _SECTOR_RANK.get(spell.sector or "", len(_SECTOR_RANK))


def _on_date(spells: Sequence[Spell], date: str | None) -> Known | None:
    """One person's code on ``date`` (None: when the dictionaries' "present" applies)."""
    if not spells:
        return None
    if date:
        covering = sorted((s for s in spells if s.covers(date)), key=_rank)
        if covering:
            best = covering[0]
            return Known(best.country, best.sector, f"knowledge: {best.describe()} -> {best.country} {best.sector}",
                         (best,))
    fallback = [s for s in spells if s.fallback]
    if not date and not fallback:
        # Undated articles: Phoenix's "present" (its open-ended latest code, else its last one,
        # as PETRARCH reads an entry without a date); the other lists' present is years later.
        phoenix = [s for s in spells if s.source == PHOENIX]
        fallback = [s for s in phoenix if s.end is None][-1:] or phoenix[-1:]
    if fallback:
        best = fallback[0]
        return Known(best.country, best.sector, f"knowledge: {best.describe()} -> {best.country} {best.sector or ''}".rstrip(),
                     (best,))
    countries = {s.country for s in spells}
    if len(countries) != 1:
        return None
    last = max(spells, key=lambda s: s.end or "9999")
    when = f"no office on {date[:10]}" if date else "no date"
    return Known(last.country, None, f"knowledge: {last.describe()} -> {last.country} ({when})", (last,))


def _agree(answers: Iterable[Known | None], clue: Clue) -> Known | None:
    """The one code several people's answers share; a country named in the sentence decides
    between namesakes of different countries."""
    found = [a for a in answers if a is not None]
    if not found:
        return None
    if len({a.country for a in found}) > 1:
        found = [a for a in found if a.country in clue.countries]
    if not found or len({(a.country, a.sector) for a in found}) != 1:
        # Same country, different sectors: the country stands, the sector does not.
        if found and len({a.country for a in found}) == 1:
            return Known(found[0].country, None, found[0].why + " (namesakes differ in office)", found[0].spells)
        return None
    return found[0]


def _fits_title(spell: Spell, clue: Clue) -> bool:
    """True when a covering spell is the office the title names ("Senator" -> LEG; "Prime
    Minister" -> a head of government or state)."""
    if clue.sector is None or spell.sector != clue.sector:
        return False
    if spell.source == PHOENIX:
        return True  # Phoenix codes say GOV, not which office
    office = spell.office.lower()
    for family, offices in _FAMILY_OFFICES.items():
        if family in clue.families:
            return office in offices
    return True


def _title_holds(spell: Spell, clue: Clue) -> bool:
    """True when a covering spell fits the title and the article does not place it elsewhere.

    A title naming one office ("President", "Prime Minister") is enough unless the sentence
    names other countries only; a title many countries' officials bear ("Minister",
    "Senator": Australia and the Philippines have senators too) also needs the spell's country
    named in the sentence or in the dateline, since the lists cover only a few countries.
    """
    if not _fits_title(spell, clue):
        return False
    if clue.families & _FAMILY_OFFICES.keys():
        return not clue.countries or spell.country in clue.countries
    return spell.country in clue.countries | clue.home


def _by_surname(kb: KnowledgeBase, surname: str, date: str | None, clue: Clue) -> Known | None:
    """A person named by surname alone, decided only by a title or a country in the sentence."""
    if not date or (clue.sector is None and not clue.countries):
        return None
    answers = []
    for person in kb.people_with_surname(surname):
        covering = [s for s in kb.spells_of(person) if s.covers(date)]
        if any(_title_holds(s, clue) for s in covering):
            answers.append(_on_date(covering, date))
        elif any(s.country in clue.countries for s in covering):
            # A country clue places the person, not their office: "Hakim" in a sentence about
            # Iraq is Iraqi, but which Hakim (and so which office) the name alone cannot say.
            known = _on_date(covering, date)
            if known is not None:
                known = Known(known.country, None, f"{known.why} (the country only)", known.spells)
            answers.append(known)
    return _agree(answers, clue)


def person_code(kb: KnowledgeBase, names: Iterable[str], date: str | None, clue: Clue = Clue()) -> Known | None:
    """The code of the person called ``names`` (every name an article uses for them) on ``date``.

    A full name the knowledge base knows decides (longest name first); failing that, the surname
    with a clue from the sentence (see the module docstring). None when nothing applies.
    """
    names = sorted({n for n in names if name_key(n)}, key=lambda n: len(name_key(n)), reverse=True)
    for name in names:
        people = kb.people_named(name)
        if people:
            # Lists of one country naming one full name name one person (Phoenix's and the IfG's
            # "Tony Blair"): their spells are read together; other countries' are namesakes.
            by_country: dict[str, list[Spell]] = {}
            for person in people:
                for spell in kb.spells_of(person):
                    by_country.setdefault(spell.country, []).append(spell)
            known = _agree((_on_date(spells, date) for spells in by_country.values()), clue)
            if known is not None:
                return known
    if any(len(name_key(n).split()) > 1 for n in names):
        return None  # a full name the knowledge base does not know is someone else, not a namesake's namesake
    for surname in dict.fromkeys(name_key(n) for n in names):
        known = _by_surname(kb, surname, date, clue)
        if known is not None:
            return Known(known.country, known.sector, f"{known.why}, by surname with "
                         f"{'the title' if clue.sector else 'a country named in the sentence'}", known.spells)
    return None
