"""extract_actors: the actors stage, Doc in, ActorTable out."""

from __future__ import annotations

from spacy.tokens import Doc

from ..errors import InputError
from ..model import Article, Place
from ..nlp import doc_length
from .domestic import domestic_evidence, name_sectors, sentence_countries
from .home import Home, article_home, home_evidence
from .knowledge import fill_from_knowledge
from .members import member_clues
from .mentions import MentionFinder
from .scene import fill_from_sentence
from .resolve import Cluster, build_actors, resolve
from .resources import ActorResources
from .table import ActorTable

__all__ = ["extract_actors"]


def extract_actors(doc: Doc, article: Article, resources: ActorResources, dateline: Place | None = None) -> ActorTable:
    """Find, resolve and code the actors of one article.

    ``doc`` is ``make_doc_text(article.text)`` run through ``load_nlp()``: its character offsets
    are offsets into ``article.text``; ``dateline`` is the place of the article's dateline, if
    known. Returns one Actor per participant, each with every mention.
    """
    if doc_length(doc) != len(article.text):
        raise InputError(
            f"the Doc of article {article.id} has {doc_length(doc)} characters but the article text has "
            f"{len(article.text)}: run nlp on make_doc_text(article.text), not on another string"
        )
    candidates = MentionFinder(doc, resources, article.published).run()
    clusters = resolve(doc, candidates, resources)
    # The article's country, decided once from the dateline or the mentions' own words (before any
    # knowledge or scene clue, so that a country is counted only where the text names it).
    outlet = resources.outlets.home(article.source)
    home = article_home(clusters, *_dateline_country(article, resources, dateline),
                        outlet=(outlet, article.source or "") if outlet else None)
    _gather_clues(doc, clusters, article, resources, home)
    return ActorTable(build_actors(doc, article, clusters, resources.countries), home=home)


def _dateline_country(article: Article, resources: ActorResources, dateline: Place | None) -> tuple[str | None, str | None]:
    """The country and name of the dateline's place: the places stage's reading, else (a caller
    without the gazetteer, a city it does not know) the country table's capitals and countries."""
    if dateline is not None:
        return dateline.country, dateline.name
    country = resources.countries.of_dateline(article.dateline)
    return (country, (article.dateline or "").split(",")[0].split("(")[0].strip()) if country else (None, None)


def _gather_clues(doc: Doc, clusters: list[Cluster], article: Article, resources: ActorResources, home: Home) -> None:
    """Add the clues that lie outside the mentions' own words, weakest last (actors/coding.py
    ranks them): the knowledge base, the sentence's scene, the article's own country."""
    # knowledge15: the knowledge base answers through this one call (it adds Evidence ranked KNOWLEDGE).
    fill_from_knowledge(doc, clusters, resources, article, home)
    name_sectors(clusters, resources.org_words)
    fill_from_sentence(doc, clusters, home.country)
    named = sentence_countries(doc, clusters)
    for cluster in clusters:
        clue = home_evidence(cluster, home, clusters) or domestic_evidence(doc, cluster, home, named,
                                                                            resources.org_words)
        if clue is not None:
            cluster.add(clue)
    member_clues(clusters)  # last: the body's own clues are all in
