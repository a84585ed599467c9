"""extract_actors: the actors stage, Doc in, ActorTable out."""

from __future__ import annotations

from spacy.tokens import Doc

from ..errors import InputError
from ..model import Article
from ..nlp import doc_length
from .knowledge import fill_from_knowledge
from .mentions import MentionFinder
from .scene import fill_from_sentence
from .resolve import build_actors, resolve
from .resources import ActorResources
from .table import ActorTable

__all__ = ["extract_actors"]


def extract_actors(doc: Doc, article: Article, resources: ActorResources) -> ActorTable:
    """Find, resolve and code the actors of one article.

    ``doc`` is ``make_doc_text(article.text)`` run through ``load_nlp()``: its character offsets
    are offsets into ``article.text``. Returns one Actor per participant, each with every mention.
    """
    if doc_length(doc) != len(article.text):
        raise InputError(
            f"the Doc of article {article.id} has {doc_length(doc)} characters but the article text has "
            f"{len(article.text)}: run nlp on make_doc_text(article.text), not on another string"
        )
    candidates = MentionFinder(doc, resources, article.published).run()
    clusters = resolve(doc, candidates)
    fill_from_knowledge(doc, clusters, resources, article)
    fill_from_sentence(doc, clusters)
    return ActorTable(build_actors(doc, article, clusters))
