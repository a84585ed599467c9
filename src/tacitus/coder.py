"""The Coder: the loaded model and resources, and the pipeline from Article to Coded.

    coder = tacitus.load()
    coded = coder.code(text_or_article, published="2018-10-07", source="Al Jazeera")
    for coded in coder.pipe(articles): ...

Stages run in this order over one spaCy Doc of the article body: actors, times, places, events,
quotes. Events get their date and location from the situating step (tacitus.situate), the one
owner of those fields. The coder holds every loaded resource; nothing lives in module globals.
"""

from __future__ import annotations

import bisect
import dataclasses
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Literal, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from .actors import ActorResources, ActorTable, extract_actors
from .actors.coding import actor_from_ref
from .errors import InputError, TacitusError, log_failure
from .events import EventResources, detect_events
from .events.calibration import calibrate_events
from .events.merge import merge_mentions
from .ingest import parse_text_article
from .ingest.dates import normalize_date
from .ingest.digests import DigestItem, digest_items, item_text
from .ingest.patterns import StructurePatterns
from .limits import Budget, LimitError
from .model import Actor, Article, Coded, Event, Failure, Mention, Quote
from .nlp import load_nlp, make_doc_text
from .geo import PlaceResources, PlaceTable, dateline_place, extract_places
from .resource_cache import cached
from .quotes import QuoteResources, extract_quotes_and_speakers, extract_title_quotes, has_quotation
from .situate import SituateResources, situate_events
from .temporal import TimeResources, TimeTable, extract_times

__all__ = ["Coder", "Settings", "Annotation", "load"]

STAGES = ("ingest", "nlp", "actors", "times", "places", "events", "quotes")


@dataclass(frozen=True)
class Settings:
    """How the coder runs: the model name, the batch size for ``nlp.pipe``, the size budget."""

    model: str | None = None
    batch_size: int = 32
    max_chars: int = 500_000
    dictionaries: tuple[str, ...] = ()
    lexicons: tuple[str, ...] = ()
    max_seconds: float = 120.0  # per article, checked between stages (tacitus.limits.Budget); 0 = off


@dataclass(frozen=True)
class Annotation:
    """Everything the pipeline found in one article, including the intermediate tables."""

    article: Article
    doc: Doc
    actors: ActorTable
    times: TimeTable
    places: PlaceTable
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]

    @property
    def coded(self) -> Coded:
        """The contract record for this article."""
        return Coded(article=self.article, actors=self.actors.actors, events=self.events, quotes=self.quotes)


class Coder:
    """Codes articles into actors, events and quotes. Build it with :func:`load`."""

    def __init__(self, nlp: Language, actor_resources: ActorResources, event_resources: EventResources,
                 place_resources: PlaceResources, quote_resources: QuoteResources,
                 time_resources: TimeResources, settings: Settings = Settings(),
                 patterns: StructurePatterns | None = None, situate_resources: SituateResources | None = None) -> None:
        """Hold the loaded model and resources (use :func:`load` rather than calling this)."""
        self.situate_resources = situate_resources or SituateResources.load(quote_resources.is_cue_verb)
        self.nlp = nlp
        self.actor_resources = actor_resources
        self.event_resources = event_resources
        self.place_resources = place_resources
        self.quote_resources = quote_resources
        self.time_resources = time_resources
        self.settings = settings
        self.patterns = patterns or StructurePatterns.load()
        self.stage_seconds: dict[str, float] = {stage: 0.0 for stage in STAGES}

    # ---- public API --------------------------------------------------------------------------

    def code(self, article: Article | str, *, published: str | None = None, source: str | None = None,
             url: str | None = None, title: str | None = None) -> Coded:
        """Code one article (an Article, or raw text whose structure is detected) and return it.

        Raises InputError when the text holds no article body and TacitusError when a stage fails.
        """
        if published is not None:
            iso = normalize_date(published)
            if iso is None:
                raise InputError(f"cannot read the publication date {published!r}; give it as YYYY-MM-DD")
            published = iso
        if isinstance(article, str):
            article = parse_text_article(article, published=published, source=source, url=url, title=title,
                                         patterns=self.patterns)
        elif published or source or url:
            article = dataclasses.replace(
                article,
                published=published or article.published,
                source=source or article.source,
                url=url or article.url,
            )
        for result in self.annotate([article], on_error="raise"):
            return result.coded  # type: ignore[union-attr]
        raise TacitusError("internal error: the pipeline returned nothing for one article")

    def pipe(self, articles: Iterable[Article], *, batch_size: int | None = None,
             on_error: Literal["raise", "record"] = "raise") -> Iterator[Coded | Failure]:
        """Code articles in order. With ``on_error="record"``, a failing article yields a Failure
        with its reason instead of stopping the batch."""
        for result in self.annotate(articles, batch_size=batch_size, on_error=on_error):
            yield result if isinstance(result, Failure) else result.coded

    def annotate(self, articles: Iterable[Article], *, batch_size: int | None = None,
                 on_error: Literal["raise", "record"] = "raise") -> Iterator[Annotation | Failure]:
        """Like :meth:`pipe`, but yield the full Annotation (Doc, actor/time/place tables) per article."""
        batch = batch_size or self.settings.batch_size
        for article, doc_or_error in self._parse(articles, batch, on_error):
            if isinstance(doc_or_error, Failure):
                yield doc_or_error
                continue
            try:
                yield self._annotate_doc(article, doc_or_error)
            except Exception as exc:  # one bad article must not stop a corpus run
                if on_error == "raise":
                    if isinstance(exc, TacitusError):
                        raise
                    raise TacitusError(f"coding article {article.id} failed: {type(exc).__name__}: {exc}") from exc
                reason = str(exc) if isinstance(exc, LimitError) else f"coding failed: {type(exc).__name__}: {exc}"
                log_failure("tacitus.coder", f"article {article.id} ({article.origin or 'no origin'})", exc)
                yield _failure(article, reason)

    # ---- internals ---------------------------------------------------------------------------

    def _parse(self, articles: Iterable[Article], batch_size: int,
               on_error: str) -> Iterator[tuple[Article, Doc | Failure]]:
        """Run spaCy over the article bodies in batches, passing articles alongside, in order.

        An article over the size budget is sent through as an empty text (so that order is kept)
        and comes out as a Failure.
        """
        limit = min(self.settings.max_chars, self.nlp.max_length)

        def admissible() -> Iterator[tuple[str, tuple[Article, Failure | None]]]:
            for article in articles:
                if len(article.text) > limit:
                    message = f"article body has {len(article.text):,} characters, over the limit of {limit:,}"
                    if on_error == "raise":
                        raise InputError(message)
                    yield "", (article, _failure(article, message))
                    continue
                yield make_doc_text(article.text), (article, None)

        started = time.perf_counter()
        for doc, (article, failure) in self.nlp.pipe(admissible(), as_tuples=True, batch_size=batch_size):
            self.stage_seconds["nlp"] += time.perf_counter() - started
            yield article, (failure if failure is not None else doc)
            started = time.perf_counter()

    def _annotate_doc(self, article: Article, doc: Doc, *, split_digest: bool = True) -> Annotation:
        """Run every stage after spaCy on one parsed article, within the time budget
        (``settings.max_seconds``: LimitError after the stage that overran). A digest of several
        wire stories is coded story by story (``_annotate_digest``)."""
        if split_digest and len(items := digest_items(article.text)) > 1:
            return self._annotate_digest(article, doc, items)
        clock = _StageClock(self.stage_seconds)
        budget = Budget(self.settings.max_seconds, article.origin or f"article {article.id}")
        dateline = dateline_place(article.dateline, self.place_resources)
        with clock("actors"):
            actors = extract_actors(doc, article, self.actor_resources, dateline)
        budget.check("actors")
        with clock("times"):
            times = extract_times(doc, article.published, self.time_resources)
        budget.check("times")
        with clock("places"):
            places = extract_places(doc, self.place_resources)
        budget.check("places")
        with clock("quotes"):
            # Quotes first: a direct quotation's speaker is the one who says what it demands.
            found_quotes, speakers = extract_quotes_and_speakers(doc, article, actors, self.quote_resources)
        budget.check("quotes")
        with clock("events"):
            events = detect_events(doc, article, actors, self.event_resources, _without(found_quotes, speakers))
            events = situate_events(events, doc, article, times, places, self.place_resources,
                                    self.situate_resources, actors.actors)
            events = merge_mentions(events)  # one record per happening, once dates and places are known
            events = calibrate_events(events, self.event_resources.calibration)  # raw score -> share right
        budget.check("events")
        with clock("quotes"):
            quotes = _link_quotes(found_quotes, events)
            if article.title and has_quotation(article.title):
                # Headlines are not part of the analysed body; parse one only when it quotes someone.
                title_doc = self.nlp(make_doc_text(article.title))
                quotes = extract_title_quotes(title_doc, article, actors, self.quote_resources) + quotes
        budget.check("quotes")
        if speakers:  # speakers the text names by a phrase the actor stage did not list
            actors = ActorTable((*actors.actors, *speakers), actors.home)
        actors = _complete_actors(actors, events, doc)
        return Annotation(article=article, doc=doc, actors=actors, times=times, places=places,
                          events=tuple(events), quotes=tuple(quotes))


    def _annotate_digest(self, article: Article, doc: Doc, items: list[DigestItem]) -> Annotation:
        """Code each story of a digest as an article of its own, with its own dateline (its scene,
        its actors' home country), and report every record under the digest's id.

        Each story is parsed from the body with the other stories blanked out (same length, so
        every offset is the digest's); its ids are made under "<id>#<k>" so that two stories'
        "the minister" stay two actors. The time and place tables are the whole body's."""
        parts: list[Annotation] = []
        for k, item in enumerate(items):
            text = item_text(article.text, item)
            story = dataclasses.replace(article, id=article.id if k == 0 else f"{article.id}#{k}", text=text,
                                        dateline=item.dateline or article.dateline,
                                        title=article.title if k == 0 else None)
            with _StageClock(self.stage_seconds)("nlp"):
                story_doc = self.nlp(make_doc_text(text))
            parts.append(self._annotate_doc(story, story_doc, split_digest=False))
        starts = [sentence.start_char for sentence in doc.sents]
        events = sorted((dataclasses.replace(e, article_id=article.id, sentence=_sentence_at(starts, e.trigger_start, e.sentence))
                         for part in parts for e in part.events), key=lambda e: (e.trigger_start or 0, e.id))
        quotes = tuple(dataclasses.replace(q, article_id=article.id, sentence=_sentence_at(starts, q.start, q.sentence)
                                           if q.section == "text" else q.sentence)
                       for part in parts for q in part.quotes)
        # Ids are the stories' own, but the shared "unidentified" doer is one actor of the digest.
        listed: dict[str, Actor] = {}
        for part in parts:
            for actor in part.actors.actors:
                listed.setdefault(actor.id, actor)
        actors = ActorTable(tuple(listed.values()), parts[0].actors.home)
        times = extract_times(doc, article.published, self.time_resources)
        places = extract_places(doc, self.place_resources)
        return Annotation(article=article, doc=doc, actors=actors, times=times, places=places,
                          events=tuple(events), quotes=quotes)


def _sentence_at(starts: list[int], char: int | None, fallback: int | None) -> int | None:
    """The index of the whole body's sentence holding character ``char`` (a story's own sentence
    numbers count the blanked stories' line breaks)."""
    if char is None or not starts:
        return fallback
    return max(bisect.bisect_right(starts, char) - 1, 0)


class _StageClock:
    """Adds the time spent in each stage to a shared dict of cumulative seconds."""

    def __init__(self, totals: dict[str, float]) -> None:
        self.totals = totals
        self.stage = ""
        self.started = 0.0

    def __call__(self, stage: str) -> "_StageClock":
        self.stage = stage
        return self

    def __enter__(self) -> None:
        self.started = time.perf_counter()

    def __exit__(self, *exc_info: object) -> None:
        self.totals[self.stage] = self.totals.get(self.stage, 0.0) + time.perf_counter() - self.started


def _complete_actors(actors: ActorTable, events: Iterable[Event], doc: Doc) -> ActorTable:
    """Add an Actor for every event participant the actor stage did not list, so that every
    ``actor_id`` in an event resolves in ``Coded.actors``.

    The event stage names such participants itself: a noun phrase whose words give a country
    ("Ugandan opposition candidates", kind "phrase"), or "unidentified" for the unknown doer of an
    attack. A phrase actor gets its mention from the event's sentence when its name is found there.
    """
    missing: dict[str, Actor] = {}
    sentences = list(doc.sents)
    for event in events:
        for ref in (event.source, event.target):
            if ref is None or actors.get(ref.actor_id) is not None or ref.actor_id in missing:
                continue
            mentions: tuple[Mention, ...] = ()
            if ref.actor_id != "unidentified" and 0 <= event.sentence < len(sentences):
                sentence = sentences[event.sentence]
                found = sentence.text.find(ref.name)
                if found >= 0 and ref.name:
                    start = sentence.start_char + found
                    mentions = (Mention(text=ref.name, start=start, end=start + len(ref.name)),)
            missing[ref.actor_id] = actor_from_ref(
                ref, mentions, "unidentified" if ref.actor_id == "unidentified" else "group")
    return ActorTable((*actors.actors, *missing.values()), home=actors.home) if missing else actors


def _without(quotes: list[Quote], speakers: Sequence[Actor]) -> list[Quote]:
    """The quotes as the events stage reads them: a speaker the quote stage made of a bare phrase
    (quotes/phrase_speakers.py) is no coded participant for an event, so it is left out."""
    made = {actor.id for actor in speakers}
    return [dataclasses.replace(q, speaker=None) if q.speaker is not None and q.speaker.actor_id in made else q
            for q in quotes]


def _link_quotes(quotes: Iterable[Quote], events: Iterable[Event]) -> list[Quote]:
    """Give each quote the ids of the events coded from its sentence."""
    by_sentence: dict[int, list[str]] = {}
    for event in events:
        by_sentence.setdefault(event.sentence, []).append(event.id)
    return [
        dataclasses.replace(quote, event_ids=tuple(by_sentence.get(quote.sentence, ())))
        if quote.sentence is not None and quote.sentence in by_sentence else quote
        for quote in quotes
    ]


def _failure(article: Article, reason: str) -> Failure:
    origin = article.origin or article.id
    path, separator, position = origin.rpartition(":")
    if not separator or not position.strip().startswith(("line", "row")):
        path, position = origin, ""
    return Failure(path=path, position=position.strip() or None, reason=reason, kind="coding")


def load(model: str | None = None, *, dictionaries: str | Path | Sequence[str | Path] | None = None,
         lexicons: Sequence[str | Path] = (), settings: Settings | None = None) -> Coder:
    """Load the spaCy model and every resource once, and return a ready Coder.

    ``dictionaries`` names TABARI/PETRARCH-format dictionary files or folders (``*.actors.txt``,
    ``*.agents.txt``, verb files) applied on top of the built-in knowledge; ``lexicons`` names
    extra event lexicon YAML files (tried before the built-in lexicon).
    """
    settings = settings or Settings(model=model)
    if model and settings.model != model:
        settings = dataclasses.replace(settings, model=model)
    if dictionaries is not None:
        paths = (dictionaries,) if isinstance(dictionaries, (str, Path)) else tuple(dictionaries)
        settings = dataclasses.replace(settings, dictionaries=tuple(str(p) for p in paths))
    if lexicons:
        settings = dataclasses.replace(settings, lexicons=tuple(str(p) for p in lexicons))
    for path in (*settings.dictionaries, *settings.lexicons):
        if not Path(path).exists():
            raise InputError(f"{path}: no such dictionary or lexicon file or folder")
    nlp = load_nlp(settings.model)
    dictionary_paths = tuple(Path(p) for p in settings.dictionaries)
    # Only pass the optional arguments when used, so each stage's default load stays the plain one.
    actor_kwargs = {"dictionaries": dictionary_paths} if dictionary_paths else {}
    event_kwargs: dict[str, Any] = {"extra_lexicons": settings.lexicons} if settings.lexicons else {}
    if dictionary_paths:
        event_kwargs["dictionaries"] = dictionary_paths
    # Built tables come from the on-disk cache when their sources have not changed (resource_cache.py).
    user_files = (*dictionary_paths, *settings.lexicons)
    return Coder(
        nlp=nlp,
        actor_resources=cached("actors", lambda: ActorResources.load(**actor_kwargs), inputs=dictionary_paths),
        event_resources=cached("events", lambda: EventResources.load(**event_kwargs), inputs=user_files),
        place_resources=cached("places", PlaceResources.load),
        quote_resources=QuoteResources.load(),
        time_resources=TimeResources.load(),
        settings=settings,
    )
