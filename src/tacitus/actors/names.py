"""Where a person's name is: the title inside an NER entity, and names the NER model mistook.

"Jordanian King Abdullah II" tagged PERSON as a whole is Abdullah II, titled "Jordanian King";
"his Bulgarian counterpart Nikola Kolev" tagged ORG is a person. The mention finder
(actors/mentions.py) asks these before it lists the article's people.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import lemma_forms

if TYPE_CHECKING:  # the finder imports this module
    from .mentions import MentionFinder

__all__ = ["after_title", "title_window", "titled_name"]


def after_title(finder: "MentionFinder", start: int, end: int) -> int:
    """Where a person's name begins inside an entity that opens with a nationality, a title or an
    honorific ("Jordanian King Abdullah II" is Abdullah II, titled "Jordanian King" as if written
    outside; "Ms Brankin" is Brankin, so that it joins "Rhona Brankin")."""
    forms = lemma_forms(finder.doc)
    first = start
    while first < end - 1:
        found = finder.res.roles.index.longest_at(finder.words, first, forms)
        if finder.texts[first].lower() in finder.res.honorifics and finder.texts[first + 1][:1].isupper():
            first += 1  # an honorific ("Ms Brankin", "Sir Menzies Campbell"): the name is Brankin, as in "Rhona Brankin"
        elif found is not None and first + found[0] < end and found[1].kind == "person":
            first += found[0]
        elif finder.res.countries.by_demonym(finder.texts[first]) and finder.texts[first + 1][:1].isupper() \
                and finder.res.roles.index.longest_at(finder.words, first + 1, forms) is not None:
            first += 1  # a nationality before a title; "German Gref", "Lao Tzu" are names
        else:
            break
    # Only a title followed by a name counts: "Prince" alone, or a lowercase rest, is kept whole.
    return first if first < end and finder.texts[first][:1].isupper() else start


def titled_name(finder: "MentionFinder", start: int, end: int) -> bool:
    """"his Bulgarian counterpart Nikola Kolev", "Defence Minister Tran Hoa": capitalised words
    right after a person's role noun that modifies them, or that they stand in apposition to, are
    a person's name, whatever the NER model tagged (a known organization or country aside)."""
    doc = finder.doc
    if start == 0 or end - start < 2 or not all(t.text[:1].isupper() and t.is_alpha for t in doc[start:end]):
        return False
    before, root = doc[start - 1], doc[start:end].root
    modifies = start <= before.head.i < end and before.dep_ in ("compound", "amod", "nmod")
    if not modifies and not (root.dep_ == "appos" and root.head.i == before.i):
        return False
    role = finder.res.roles.get(before.lemma_) or finder.res.roles.get(before.text)
    return role is not None and role.kind == "person" and not finder.known_non_person(doc[start:end].text)


def title_window(finder: "MentionFinder", window_start: int, start: int) -> int:
    """Where the words before a name that may title it begin. The parse's left dependents give
    ``window_start``; when they hold only abbreviations ("Dr.", "Prof."), a role noun
    written right before them is the title the parser split off: "Jordanian Christian missionary
    Dr. Bahjat Batarseh" is a Jordanian missionary (a comma or a verb between them breaks it). A
    known organization's name written right before a capitalised title is its body ("UNESCO
    Director-General X"), however the parser attached it."""
    doc = finder.doc
    body = _body_before(finder, window_start) if window_start < start and doc[window_start].text[:1].isupper() else None
    if body is not None:
        return body  # "UNESCO Director-General X" where the parser cut "UNESCO" off the title
    if window_start == start or any(not (t.text.endswith(".") and t.text[:1].isupper()) for t in doc[window_start:start]):
        return window_start  # no abbreviation: a role noun right before a name is read as its apposition
    k = window_start - 1
    if k < 0 or doc[k].pos_ != "NOUN" or not doc[k].whitespace_:
        return window_start
    role = finder.res.roles.get(doc[k].lemma_) or finder.res.roles.get(doc[k].text)
    if role is None or role.kind != "person" or doc[k].head.i < k:
        return window_start
    return doc[k].left_edge.i


def _body_before(finder: "MentionFinder", window_start: int) -> int | None:
    """Where a known organization's name ends right at ``window_start`` begins, or None."""
    doc, index = finder.doc, finder.res.organizations.index
    for first in range(max(window_start - 6, 0), window_start):
        found = index.longest_at(finder.words, first) if finder.texts[first][:1].isupper() else None
        if found is not None and first + found[0] == window_start and doc[window_start - 1].whitespace_:
            return first
    return None

