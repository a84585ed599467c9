"""The body's actors, found again in the headline by their words (the headline has no mentions).

The ActorTable's offsets point into the body, so a headline is matched by text, in three passes,
each taking only what is unambiguous:
1. a full name or a capitalized mention form of exactly one actor ("Mike Pompeo", "Pompeo");
2. the surname of exactly one person actor (the last word of the name), when no other actor
   carries that word;
3. a description: a country or organization followed by a role noun ("Kenyan president", "UN
   chief", "South Korea's foreign minister") that fits exactly one actor's country and title (or,
   without a title, its sector).
Anything else stays unmatched: a headline speaker is never guessed. The result is an ActorTable
of the matched actors whose mentions point into the headline, so the body's speaker rules run on
the headline unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.roles import Role
from ..actors.table import ActorTable
from ..model import Actor, Mention
from .resources import QuoteResources

__all__ = ["title_actor_table"]

_MAX_MODIFIER_WORDS = 3
_MAX_ROLE_WORDS = 3
_PERSON_KINDS = (None, "person")


def title_actor_table(title_doc: Doc, actors: ActorTable, resources: QuoteResources) -> ActorTable:
    """Return the actors named in the headline, with mentions pointing into the headline."""
    title = title_doc.text
    found: dict[str, list[Mention]] = {}
    taken: list[tuple[int, int]] = []

    def add(actor: Actor, start: int, end: int) -> None:
        if any(start < high and low < end for low, high in taken):
            return  # a longer match already covers these words
        taken.append((start, end))
        found.setdefault(actor.id, []).append(Mention(title[start:end], start, end))

    for actor, form in _unique_forms(actors):
        for match in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", title):
            add(actor, match.start(), match.end())
    for start, end, actor in _descriptions(title_doc, actors, resources):
        add(actor, start, end)
    chosen = [replace(actor, mentions=tuple(sorted(found[actor.id], key=lambda m: m.start)))
              for actor in actors if actor.id in found]
    return ActorTable(chosen, home=actors.home)


def _unique_forms(actors: ActorTable) -> list[tuple[Actor, str]]:
    """(actor, surface form) pairs that name one actor only, longest forms first."""
    owners: dict[str, set[str]] = {}
    words: dict[str, set[str]] = {}  # a name word -> the actors whose names or mentions hold it
    by_id = {actor.id: actor for actor in actors}
    for actor in actors:
        forms = {actor.name} | {m.text for m in actor.mentions if m.text[:1].isupper()}
        if actor.kind == "person" and len(actor.name.split()) > 1:
            forms.add(actor.name.split()[-1])  # the surname, even when the body never used it alone
        for form in forms:
            owners.setdefault(form, set()).add(actor.id)
            for word in form.split():
                words.setdefault(word, set()).add(actor.id)
    pairs: list[tuple[Actor, str]] = []
    for form, ids in owners.items():
        if len(ids) != 1 or not form[:1].isupper():
            continue
        # One word shared with another actor's name ("Kim" for two Kims) names neither.
        if len(form.split()) == 1 and len(words.get(form, set())) > 1:
            continue
        pairs.append((by_id[next(iter(ids))], form))
    pairs.sort(key=lambda pair: len(pair[1]), reverse=True)
    return pairs


def _descriptions(doc: Doc, actors: ActorTable, resources: QuoteResources) -> list[tuple[int, int, Actor]]:
    """Descriptions in the headline that fit exactly one actor: (start, end, actor)."""
    if resources.countries is None or resources.roles is None:
        return []
    found: list[tuple[int, int, Actor]] = []
    tokens = list(doc)
    for end_index in range(len(tokens)):
        role_start, role = _role_ending_at(tokens, end_index, resources)
        if role_start is None:
            continue
        modifier = _country_before(tokens, role_start, resources)
        if modifier is None:
            continue
        start_index, country = modifier
        fitting = [a for a in actors if a.country == country and a.kind in _PERSON_KINDS and _fits(a, role, resources)]
        if len(fitting) == 1:
            last = tokens[end_index]
            found.append((tokens[start_index].idx, last.idx + len(last.text), fitting[0]))
    return found


def _role_ending_at(tokens: list[Token], end: int, resources: QuoteResources) -> tuple[int | None, Role | str | None]:
    """The longest role phrase ending at token ``end``: (its first token, the Role or a head
    word such as "chief"), or (None, None)."""
    assert resources.roles is not None
    for size in range(min(_MAX_ROLE_WORDS, end + 1), 0, -1):
        words = [t.lower_ for t in tokens[end - size + 1:end + 1]]
        role = resources.roles.get(" ".join(words))
        if role is not None and role.kind == "person":
            return end - size + 1, role
    if tokens[end].lower_ in resources.heads:
        return end, tokens[end].lower_
    return None, None


def _country_before(tokens: list[Token], role_start: int, resources: QuoteResources) -> tuple[int, str] | None:
    """The country or organization right before a role ("North Korean", "Kenya's", "UN"):
    (index of its first token, its country code), or None."""
    assert resources.countries is not None
    end = role_start
    if end > 0 and tokens[end - 1].lower_ in ("'s", "\u2019s"):
        end -= 1  # "Kenya's president"
    for size in range(min(_MAX_MODIFIER_WORDS, end), 0, -1):
        words = tokens[end - size:end]
        if not words[0].text[:1].isupper():
            continue
        text = " ".join(t.text for t in words)
        country = resources.countries.lookup(text)
        if country is None and resources.organizations is not None:
            organization = resources.organizations.get(text)
            country = organization.country if organization is not None else None
        if country is not None:
            return end - size, country
    return None


def _fits(actor: Actor, role: Role | str | None, resources: QuoteResources) -> bool:
    """Whether an actor's title (or, without one, its sector) fits the described role."""
    if isinstance(role, str):
        # A head word ("UN chief"): the titled head of the country or organization.
        title_role = _title_role(actor.title, resources)
        return actor.title is not None and (title_role is None or title_role.family == "head")
    if role is None:
        return False
    if actor.title is None:
        return actor.sector is not None and actor.sector == role.sector
    title_role = _title_role(actor.title, resources)
    return title_role is not None and title_role.family == role.family


def _title_role(title: str | None, resources: QuoteResources) -> Role | None:
    """The role an actor's title names: the whole title, else the last role phrase inside it
    ("North Korean leader" -> leader)."""
    if not title or resources.roles is None:
        return None
    exact = resources.roles.get(title)
    if exact is not None:
        return exact
    words = title.lower().split()
    last: Role | None = None
    for start in range(len(words)):
        hit = resources.roles.index.longest_at(words, start)
        if hit:
            last = hit[1]
    return last
