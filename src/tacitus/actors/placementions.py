"""Country, capital and demonym mentions: the places finder of actors/mentions.py.

Run after persons, organizations and role descriptions took their words, so that a country word
left over is a mention of the country itself (the events stage decides participant or place).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import ENT_TYPE, POS
from spacy.symbols import PROPN
from spacy.tokens import Span

from .candidates import Candidate, acting, clean_bounds, clue
from .countries import normalize_name

if TYPE_CHECKING:  # the finder imports this module
    from .mentions import MentionFinder

__all__ = ["find_places", "in_feature_name"]


def find_places(finder: "MentionFinder") -> None:
    """Countries, capitals acting for their governments, and demonyms.

    Every country name or demonym left after persons, organizations and role descriptions is
    a mention of that country, wherever it stands ("in Lebanon", "Israeli raids", "the US
    is pushing"): the events stage decides from the syntax whether it is a participant or a
    place. A standalone plural demonym ("the Palestinians") is a group of that country. A
    capital is an actor only where places act ("Washington said", "talks with Moscow"),
    since "in Pyongyang" is a location and the places stage handles it.
    """
    doc, countries = finder.doc, finder.res.countries
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "ORG", "LOC", "PERSON"):
            continue
        start, end = clean_bounds(ent)
        if start >= end or not finder.is_free(start, end):
            continue
        span = doc[start:end]
        root, text = span.root, span.text
        if in_feature_name(finder, start, end):
            continue  # "the Niger Delta", "the Gulf of Mexico": a river, sea or region, not the country
        if ent.label_ not in ("NORP", "PERSON") and (code := countries.by_name(text)):
            finder.add(Candidate(kind="country", source="country", start=start, end=end, name=text,
                                clues=clue(f"country name '{text}'", code)))
        elif ent.label_ == "GPE" and (code := countries.country_of_capital(text)):
            if acting(root) and root.dep_ != "poss":
                finder.add(Candidate(kind="country", source="capital", start=start, end=end, name=text,
                                    clues=clue(f"capital '{text}' for its government", code, "GOV")))
        elif ent.label_ == "NORP" and (code := countries.by_demonym(text)):
            standalone = root.dep_ not in ("amod", "compound", "nmod") and root.tag_ in ("NNS", "NNPS")
            kind, source = ("group", "group") if standalone else ("country", "country")
            name = text if standalone else countries.name_of(code)
            finder.add(Candidate(kind=kind, source=source, start=start, end=end, name=name,
                                clues=clue(f"demonym '{text}'", code), plural=standalone))
        elif len(span) > 1 and all(countries.by_demonym(t.text) for t in span) and \
                (code := countries.by_demonym(span[0].text)):
            # "Bosnian Serbs": a people qualified by the state they live in (the NER model
            # tags it NORP or even PERSON; words that are all demonyms are never a name).
            finder.add(Candidate(kind="group", source="group", start=start, end=end, name=text,
                                clues=clue(f"demonym of a people '{text}'", code), plural=True))
        elif ent.label_ != "PERSON":
            _country_prefix(finder, span)
    _untagged_places(finder)

def _country_prefix(finder: "MentionFinder", span: Span) -> None:
    """A country name opening a longer entity ("Montenegro Assembly", "Kosovo province") is a
    mention of the country, like a country name anywhere else."""
    countries = finder.res.countries
    for n in range(len(span) - 1, 0, -1):
        head = span[:n]
        if in_feature_name(finder, head.start, head.end):
            return
        if head[-1].is_alpha and (code := countries.by_name(head.text)):
            finder.add(Candidate(kind="country", source="country", start=head.start, end=head.end,
                                name=head.text, clues=clue(f"country name '{head.text}' in an entity", code)))
            return

def _untagged_places(finder: "MentionFinder") -> None:
    """Country names and acting capitals the NER model did not tag ("Moscow accused Kyiv")."""
    doc, countries = finder.doc, finder.res.countries
    # Only untagged proper nouns qualify: find them on arrays, without a Token per word.
    pos_and_type = doc.to_array([POS, ENT_TYPE]).tolist() if len(doc) else []
    for i, (pos, ent_type) in enumerate(pos_and_type):
        if pos != PROPN or ent_type or finder.used[i]:
            continue
        token = doc[i]
        if in_feature_name(finder, i, i + 1):
            continue
        if code := countries.by_name(token.text):
            finder.add(Candidate(kind="country", source="country", start=token.i, end=token.i + 1,
                                name=token.text, clues=clue(f"country name '{token.text}'", code)))
        elif (code := countries.country_of_capital(token.text)) and acting(token) and token.dep_ != "poss":
            finder.add(Candidate(kind="country", source="capital", start=token.i, end=token.i + 1,
                                name=token.text, clues=clue(f"capital '{token.text}'", code, "GOV")))


def _names_a_document(finder: "MentionFinder", end: int) -> bool:
    """True when capitalised words after a place end in a document's noun (data/document_names.tsv):
    "the Hanoi Action Plan", "the Kyoto Protocol", "the Doha round" name an agreement, not Vietnam."""
    doc = finder.doc
    for k in range(end, min(end + 4, len(doc))):
        if doc[k].lower_ in finder.res.document_words:
            # "the Kyoto Protocol", "the Doha round"; not "the Iran agreement" (an agreement with Iran)
            return doc[k].text[:1].isupper() or (k == end and doc[k].lower_ == "round")
        if not doc[k].text[:1].isupper() or not doc[k].is_alpha:
            return False
    return False


def in_feature_name(finder: "MentionFinder", start: int, end: int) -> bool:
    """True when the words are part of the name of a river, sea, gulf or region named after a
    country (data/geographic_features.tsv): "the Niger Delta", "the Jordan River", "the Gulf of
    Mexico", "the Sea of Japan"; or of a document named after a place ("the Kyoto Protocol")."""
    doc, features = finder.doc, finder.res.geographic_features
    if end < len(doc) and doc[end].lower_ in features and doc[end].text[:1].isupper():
        return True
    if _names_a_document(finder, end):
        return True
    if start >= 1 and normalize_name(doc[start - 1:end].text) in finder.res.region_adjectives:
        return True  # "South American", "West African": a region's, not the United States' or anyone's
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in features \
        and doc[start - 2].text[:1].isupper()
