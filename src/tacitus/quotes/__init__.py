"""Quotations and their speakers (issue 7).

``extract_quotes(doc, article, actors, resources)`` finds direct quotations from quotation marks
and attributes them through reporting cues next to them, "according to", and continuation of the
previous speaker; it finds indirect quotations from the clause a reporting verb reports. Speakers
are resolved to the article's actors through the ActorTable; ``extract_quotes_and_speakers`` makes
an uncoded "phrase" actor of a speaker phrase no actor stands for ("said one source"), and a
speaker is None only when no phrase was found or it was a pronoun nobody resolved.
``extract_title_quotes(title_doc, article, actors, resources)`` does the same for the headline
(``section="title"``), matching the body's actors by their words.
"""

from .extract import extract_quotes, extract_quotes_and_speakers, find_attributions
from .headline import extract_title_quotes, has_quotation
from .resources import QuoteDataError, QuoteResources

__all__ = ["QuoteResources", "QuoteDataError", "extract_quotes", "extract_quotes_and_speakers", "extract_title_quotes", "find_attributions", "has_quotation"]
