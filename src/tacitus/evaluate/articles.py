"""Whole-article gold (format ``articles``): how many of the records a user gets are right.

The gold file (``data/gold/articles/*.expected.json``, described in its GUIDE.md) lists articles
by corpus file and id, each with the actors, events (``must``, ``should``, ``must_not``) and quotes
a careful coder extracts. The articles' texts stay in the corpus: each record is read through the
project's own record reader (``ingest.records.record_to_article``), so structure, datelines and the
publication date work as in ``tacitus run``; the item's ``metadata`` (published, source) is
applied on top. Each corpus file is read once.

Scores (the guide's Scoring section; event field checks in ``matching``):
- ``must.recall`` / ``should.recall``: share of listed events matched by at least one output event;
- ``precision``: share of output events matching some ``must`` or ``should`` event;
- ``dyad_precision``: the same, checking only the type and both sides;
- ``actors``: share of gold actors found (an output actor whose name or a mention text is the
  gold ``name`` or one of its ``also`` names) with an acceptable country and sector;
- ``quotes``: share of gold quotes found (an output quote containing ``contains`` whose speaker
  has the gold speaker's full name, with or without an honorific such as "Lord" or "Mrs", as its
  name or as one of its mention texts);
- ``must_not.found``: tempting misreadings produced (of ``must_not.total`` listed);
- ``reliability``: per confidence band, the output events, their mean confidence and precision;
  ``calibration_ece`` / ``calibration_brier``: the expected calibration error and the Brier score
  of the confidences against right (1) or wrong (0), the lower the better;
- ``errors`` (on request): per article, every wrong output event with the nearest gold event and
  the fields that differ, every missed ``must`` event with the closest output event, every gold
  quote not found (the output quotes holding its words, their speaker and the rule that chose it,
  and why it did not count), every missed gold actor with the output actor named like it
  (``actor_error``: not found, no country, wrong country, wrong sector), and counts of wrong
  fields and of actor error classes over the set.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from ..errors import InputError
from ..model import Article, Coded, Event, Failure
from .article_quotes import honorifics, quote_errors, quote_found, speaker_rules
from .calibrate import brier, ece
from .folds import Fold
from .matching import DYAD_FIELDS, FIELDS, CountryOf, accepts, actor_named, event_differences
from .scoring import ratio

__all__ = ["GoldArticle", "BANDS", "ACTOR_CLASSES", "actor_error", "load_gold", "read_corpus_articles", "score",
           "event_matches", "country_lookup", "run"]

# Confidence bands of the reliability table: [low, high), the last one closed at 1. Even fifths: the
# calibrated confidence (events/calibration.py) is a share of records right, so each band's mean
# confidence should be near its share right.
BANDS: tuple[tuple[float, float], ...] = ((0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.0))
_GROUPS = ("must", "should")


@dataclass(frozen=True)
class GoldArticle:
    """One annotated article: where its text is, and what a careful coder extracts from it."""

    id: str
    corpus: Path
    metadata: Mapping[str, Any]
    actors: tuple[Mapping[str, Any], ...]
    events: Mapping[str, tuple[Mapping[str, Any], ...]]
    quotes: tuple[Mapping[str, Any], ...]


def _corpus_path(gold: Path, corpus: str, article_id: str) -> Path:
    """Find a corpus file named relative to the shared ``data/`` folder, from the gold file up."""
    for folder in gold.resolve().parents:
        candidate = folder / corpus
        if candidate.is_file():
            return candidate
    raise InputError(f"{gold}: article {article_id} names the corpus {corpus!r}, which is in no folder above "
                     "the gold file; corpus paths are relative to the folder holding gold/")


def _article(gold: Path, number: int, item: Any) -> GoldArticle:
    """Check one article entry of the gold file and turn it into a GoldArticle."""
    if not isinstance(item, dict) or not item.get("id") or not item.get("corpus"):
        raise InputError(f"{gold}: article {number} needs an 'id' and a 'corpus' (see GUIDE.md)")
    events = item.get("events") or {}
    if not isinstance(events, dict):
        raise InputError(f"{gold}: article {item['id']}: 'events' must be an object with must/should/must_not lists")
    for group in ("must", "should", "must_not"):
        for event in events.get(group) or []:
            if not isinstance(event, dict) or not event.get("id"):
                raise InputError(f"{gold}: article {item['id']}: every {group} event needs an 'id'")
    return GoldArticle(
        id=str(item["id"]),
        corpus=_corpus_path(gold, str(item["corpus"]), str(item["id"])),
        metadata=dict(item.get("metadata") or {}),
        actors=tuple(item.get("actors") or ()),
        events={group: tuple(events.get(group) or ()) for group in ("must", "should", "must_not")},
        quotes=tuple(item.get("quotes") or ()),
    )


def load_gold(path: Path, fold: Fold | None = None, limit: int | None = None) -> list[GoldArticle]:
    """Read a whole-article gold file; keep the articles of ``fold`` (all when None), then the first ``limit``.

    Raises InputError for a file that is not JSON, has no ``articles`` list, or names a missing corpus.
    """
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: not a readable JSON gold file ({exc})") from exc
    if not isinstance(spec, dict) or not isinstance(spec.get("articles"), list):
        raise InputError(f"{path}: not whole-article gold; expected an object with an 'articles' list (see GUIDE.md)")
    items = [_article(path, number, item) for number, item in enumerate(spec["articles"], start=1)]
    if fold is not None:
        items = [item for item in items if fold.keeps(item.id)]
    return items[:limit] if limit is not None else items


def read_corpus_articles(items: Sequence[GoldArticle]) -> dict[str, Article]:
    """Read the gold articles from their corpus files (each file once), as ``tacitus run`` reads them.

    Returns Articles by gold id. Raises InputError when an id is not in its corpus or its record
    cannot be read.
    """
    from ..ingest.decode import decode_bytes
    from ..ingest.patterns import FieldNames, StructurePatterns
    from ..ingest.records import RecordContext, record_to_article

    ctx = RecordContext(patterns=StructurePatterns.load(), fields=FieldNames.load())
    by_corpus: dict[Path, dict[str, GoldArticle]] = {}
    for item in items:
        by_corpus.setdefault(item.corpus, {})[item.id] = item
    articles: dict[str, Article] = {}
    for corpus, wanted in by_corpus.items():
        with corpus.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                origin = f"{corpus}:line {number}"
                try:
                    record = json.loads(decode_bytes(raw, origin))
                except (InputError, ValueError):
                    continue  # a bad line elsewhere in the corpus does not concern the gold
                if not isinstance(record, dict):
                    continue
                keys = ctx.fields.resolve(list(record))
                record_id = str(record.get(keys.get("id", "id"), ""))
                if record_id not in wanted:
                    continue
                articles[record_id] = record_to_article(*_with_metadata(record, keys, wanted[record_id].metadata), ctx, origin)
        missing = sorted(set(wanted) - set(articles))
        if missing:
            raise InputError(f"{corpus}: no record with id {', '.join(missing[:5])}; check the gold file's ids")
    return articles


def _with_metadata(record: dict[str, Any], keys: Mapping[str, str], metadata: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Return the record and its key map with the gold item's published date and source on top."""
    record, keys = dict(record), dict(keys)
    for name in ("published", "source"):
        if metadata.get(name):
            key = keys.get(name) or name
            record[key] = metadata[name]
            keys[name] = key
    return record, keys


# --- scoring -------------------------------------------------------------------------------


@dataclass
class _Tally:
    """Counts summed over articles (also used for one article)."""

    found: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)

    def add(self, name: str, found: int, total: int) -> None:
        """Add ``found`` out of ``total`` to the named count."""
        self.found[name] += found
        self.total[name] += total


def _gold_events(item: GoldArticle) -> list[tuple[str, Mapping[str, Any]]]:
    """The must and should events of an article, each with its group."""
    return [(group, want) for group in _GROUPS for want in item.events[group]]


def _actor_found(want: Mapping[str, Any], coded: Coded) -> bool:
    """True when an output actor is named like the gold actor and has an acceptable country and sector."""
    names = [want.get("name") or "", *(want.get("also") or ())]
    return any(
        actor_named(a, names) and accepts(want.get("country"), a.country) and accepts(want.get("sector"), a.sector)
        for a in coded.actors
    )


# Classes of a missed gold actor, in the order a reader fixes them.
ACTOR_CLASSES = ("not found", "no country", "wrong country", "no sector", "wrong sector")


def actor_error(want: Mapping[str, Any], actors: Sequence[Any]) -> dict[str, Any]:
    """Why a gold actor was missed: its class (``ACTOR_CLASSES``) and the output actor named like it
    that comes closest (right country before right sector), or none when no output actor has its names."""
    names = [want.get("name") or "", *(want.get("also") or ())]
    named = [a for a in actors if actor_named(a, names)]
    gold = {"name": want.get("name"), "country": want.get("country"), "sector": want.get("sector")}
    if not named:
        return {"gold": gold, "class": "not found", "output": None}

    def rank(actor: Any) -> tuple[int, int]:
        return (0 if accepts(want.get("country"), actor.country) else 1,
                0 if accepts(want.get("sector"), actor.sector) else 1)

    best = min(named, key=rank)
    if not accepts(want.get("country"), best.country):
        kind = "no country" if not best.country else "wrong country"
    else:
        kind = "no sector" if not best.sector else "wrong sector"
    output = {"name": best.name, "country": best.country, "sector": best.sector, "kind": best.kind,
              "why": best.why, "mentions": sorted({m.text for m in best.mentions})[:6]}
    return {"gold": gold, "class": kind, "output": output}


def _band(confidence: float) -> int:
    """The index in BANDS of a confidence value (values outside 0..1 go to the nearest band)."""
    for index, (_, high) in enumerate(BANDS[:-1]):
        if confidence < high:
            return index
    return len(BANDS) - 1


def _ref_view(ref: Any) -> dict[str, Any] | None:
    """An actor reference as the error report shows it."""
    return None if ref is None else {"name": ref.name, "country": ref.country, "sector": ref.sector}


def _event_view(event: Event) -> dict[str, Any]:
    """An output event as the error report shows it."""
    place = event.location
    return {
        "id": event.id, "type": event.event_type, "source": _ref_view(event.source), "target": _ref_view(event.target),
        "date": event.date, "place": None if place is None else {"name": place.name, "country": place.country},
        "modality": event.modality, "confidence": event.confidence, "evidence": event.evidence, "why": event.why,
    }


def _gold_view(group: str, want: Mapping[str, Any]) -> dict[str, Any]:
    """A gold event as the error report shows it."""
    keep = ("id", "types", "source", "target", "symmetric", "date", "location", "modality", "evidence")
    return {"group": group, **{key: want.get(key) for key in keep}}


def _nearest(candidates: Iterable[tuple[Any, tuple[str, ...]]]) -> tuple[Any, tuple[str, ...]] | None:
    """The candidate with the fewest differing fields (the first one on a tie), or None."""
    best = None
    for candidate, wrong in candidates:
        if best is None or len(wrong) < len(best[1]):
            best = (candidate, wrong)
    return best


def _differences(gold: Sequence[tuple[str, Mapping[str, Any]]], events: Sequence[Event],
                 country_of: CountryOf | None) -> list[list[tuple[str, ...]]]:
    """``[i][j]``: the fields in which output event i misses gold event j."""
    return [[event_differences(e, want, country_of) for _, want in gold] for e in events]


def event_matches(item: GoldArticle, events: Sequence[Event], country_of: CountryOf | None = None) -> list[bool]:
    """Per output event of one article, whether it is right: it matches some ``must`` or ``should``
    event in every field the gold gives (what ``precision`` and ``reliability`` count)."""
    return [any(not wrong for wrong in row) for row in _differences(_gold_events(item), events, country_of)]


def _score_article(item: GoldArticle, coded: Coded, country_of: CountryOf | None, errors: bool,
                   honorific: frozenset[str], quote_rules: Mapping[int, str] | None = None
                   ) -> tuple[dict[str, Any], _Tally, list[tuple[float, bool]]]:
    """Score one article: its result entry, its counts, and (confidence, matched) per output event.

    ``honorific`` words may precede a gold speaker's name (see article_quotes); ``quote_rules``
    (quote start -> how its speaker was chosen) only feeds the error report.
    """
    gold = _gold_events(item)
    events = list(coded.events)
    differences = _differences(gold, events, country_of)
    matched = [any(not wrong for wrong in row) for row in differences]
    dyad = [any(not set(wrong) & set(DYAD_FIELDS) for wrong in row) for row in differences]
    tally = _Tally()
    entry: dict[str, Any] = {"id": item.id}
    for group in _GROUPS:
        indexes = [j for j, (g, _) in enumerate(gold) if g == group]
        hits = {gold[j][1]["id"]: any(not differences[i][j] for i in range(len(events))) for j in indexes}
        tally.add(group, sum(hits.values()), len(hits))
        entry[group] = {"found": sum(hits.values()), "total": len(hits), "recall": ratio(sum(hits.values()), len(hits)),
                        "missed_ids": [key for key, hit in hits.items() if not hit]}
    violations = [w["id"] for w in item.events["must_not"] if any(not event_differences(e, w, country_of) for e in events)]
    tally.add("must_not", len(violations), len(item.events["must_not"]))
    entry["must_not"] = {"found": len(violations), "total": len(item.events["must_not"]), "found_ids": violations}
    tally.add("precision", sum(matched), len(events))
    tally.add("dyad_precision", sum(dyad), len(events))
    entry["precision"] = ratio(sum(matched), len(events))
    entry["dyad_precision"] = ratio(sum(dyad), len(events))
    actors = [(want.get("name"), _actor_found(want, coded)) for want in item.actors]
    quotes = [(want.get("contains"), quote_found(want, coded, honorific)) for want in item.quotes]
    for name, found in (("actors", actors), ("quotes", quotes)):
        hits = sum(ok for _, ok in found)
        tally.add(name, hits, len(found))
        entry[name] = ratio(hits, len(found))
        entry[f"{name}_missed"] = [key for key, ok in found if not ok]
    entry["output_events"] = len(events)
    entry["listed"] = len(gold)
    if errors:
        entry["errors"] = _article_errors(gold, events, differences, matched)
        entry["errors"]["quotes"] = quote_errors(item, coded, quote_rules or {}, honorific)
        entry["errors"]["missed_actors"] = [actor_error(want, coded.actors) for want, (_, ok) in zip(item.actors, actors)
                                            if not ok]
    return entry, tally, [(e.confidence, ok) for e, ok in zip(events, matched)]


def _article_errors(gold: list[tuple[str, Mapping[str, Any]]], events: list[Event],
                    differences: list[list[tuple[str, ...]]], matched: list[bool]) -> dict[str, Any]:
    """The error report of one article: wrong output events and missed must events."""
    wrong = []
    for i, event in enumerate(events):
        if matched[i]:
            continue
        near = _nearest(((group, want), differences[i][j]) for j, (group, want) in enumerate(gold))
        wrong.append({
            "event": _event_view(event),
            "nearest": None if near is None else _gold_view(*near[0]),
            "differs": list(near[1]) if near else [],
        })
    missed = []
    for j, (group, want) in enumerate(gold):
        if group != "must" or any(not differences[i][j] for i in range(len(events))):
            continue
        near = _nearest((event, differences[i][j]) for i, event in enumerate(events))
        missed.append({
            "gold": _gold_view(group, want),
            "closest": None if near is None else _event_view(near[0]),
            "differs": list(near[1]) if near else [],
        })
    return {"wrong": wrong, "missed_must": missed}


def _error_summary(entries: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Count wrong fields over the set: per field, in wrong output events (against their nearest
    gold event), in those where it is the only wrong field, and in missed must events."""
    wrong, only, missed = Counter(), Counter(), Counter()
    distance: Counter = Counter()  # wrong events by how many fields keep them from their nearest gold event
    no_gold = no_output = 0
    for entry in entries:
        for item in entry["errors"]["wrong"]:
            if item["nearest"] is None:
                no_gold += 1
            else:
                distance[min(len(item["differs"]), 4)] += 1
            wrong.update(item["differs"])
            if len(item["differs"]) == 1:
                only.update(item["differs"])
        for item in entry["errors"]["missed_must"]:
            if item["closest"] is None:
                no_output += 1
            missed.update(item["differs"])
    fields = {name: {"wrong_events": wrong[name], "only_wrong_field": only[name], "missed_must": missed[name]} for name in FIELDS}
    by_distance = {("4+" if n == 4 else str(n)): distance[n] for n in range(1, 5)}
    classes = Counter(item["class"] for entry in entries for item in entry["errors"].get("missed_actors", ()))
    return {"fields": fields, "wrong_events_by_fields_off": by_distance,
            "wrong_events_without_gold": no_gold, "missed_must_without_output": no_output,
            "missed_actors": {name: classes[name] for name in ACTOR_CLASSES}}


def score(items: Sequence[GoldArticle], outputs: Sequence[Coded], country_of: CountryOf | None = None,
          errors: bool = False, quote_rules: Sequence[Mapping[int, str]] | None = None) -> dict[str, Any]:
    """Score coded articles (one Coded per gold article, in order) against the whole-article gold.

    ``quote_rules`` (per article, quote start -> how its speaker was chosen) only feeds the error
    report's quote section.
    """
    tally = _Tally()
    entries = []
    confidences: list[tuple[float, bool]] = []
    rules = list(quote_rules) if quote_rules is not None else [{} for _ in items]
    honorific = honorifics()
    for item, coded, article_rules in zip(items, outputs, rules, strict=True):
        entry, counts, scored = _score_article(item, coded, country_of, errors, honorific, article_rules)
        entries.append(entry)
        confidences.extend(scored)
        for name in counts.total:
            tally.add(name, counts.found[name], counts.total[name])
    result: dict[str, Any] = {"items": len(items)}
    for group in _GROUPS:
        result[group] = {"found": tally.found[group], "total": tally.total[group],
                         "recall": ratio(tally.found[group], tally.total[group])}
    for name in ("precision", "dyad_precision", "actors", "quotes"):
        result[name] = ratio(tally.found[name], tally.total[name])
    result["must_not"] = {"found": tally.found["must_not"], "total": tally.total["must_not"],
                          "found_ids": [f"{e['id']}:{key}" for e in entries for key in e["must_not"]["found_ids"]]}
    result["counts"] = {
        "output_events": tally.total["precision"], "matched_events": tally.found["precision"],
        "dyad_matched_events": tally.found["dyad_precision"], "listed": tally.total["must"] + tally.total["should"],
        "actors": tally.total["actors"], "actors_found": tally.found["actors"],
        "quotes": tally.total["quotes"], "quotes_found": tally.found["quotes"],
    }
    result["reliability"] = _reliability(confidences)
    result["calibration_ece"] = ece(confidences)
    result["calibration_brier"] = brier(confidences)
    result["per_article"] = entries
    if errors:
        summary = _error_summary(entries)  # before the per-article reports move out of the entries
        result["errors"] = {"summary": summary, "articles": [{"id": entry["id"], **entry.pop("errors")} for entry in entries]}
    return result


def _reliability(confidences: Sequence[tuple[float, bool]]) -> list[dict[str, Any]]:
    """Per confidence band: the output events, how many are right, their mean confidence, precision."""
    counts = [[0, 0, 0.0] for _ in BANDS]
    for confidence, ok in confidences:
        band = counts[_band(confidence)]
        band[0] += int(ok)
        band[1] += 1
        band[2] += confidence
    rows = []
    for (low, high), (right, total, summed) in zip(BANDS, counts):
        closing = "]" if high == BANDS[-1][1] else ")"
        rows.append({"band": f"[{low:g},{high:g}{closing}", "low": low, "high": high,
                     "events": total, "matched": right, "precision": ratio(right, total),
                     "mean_confidence": round(summed / total, 3) if total else None})
    return rows


def country_lookup() -> Callable[[str], str | None]:
    """The project's country-name table as a lookup from a location name to an ISO3 code."""
    from ..actors.countries import CountryTable

    return CountryTable.load().by_name


def run(path: Path, coder: Any, limit: int | None = None, fold: Fold | None = None, errors: bool = False) -> dict[str, Any]:
    """Read the gold articles from their corpora, code them with ``coder`` and score them.

    An article the pipeline fails on is scored as one with no output, and listed under ``failures``.
    """
    items = load_gold(path, fold, limit)
    if not items:
        where = f" in fold {fold}" if fold is not None else ""
        raise InputError(f"{path}: no articles{where}; check the gold file (or use a smaller N in --fold K/N)")
    articles = read_corpus_articles(items)
    ordered = [articles[item.id] for item in items]
    outputs: list[Coded] = []
    rules: list[dict[int, str]] = []
    failures = []
    for item, article, result in zip(items, ordered, coder.annotate(ordered, on_error="record"), strict=True):
        if isinstance(result, Failure):
            failures.append({"id": item.id, "reason": result.reason})
            outputs.append(Coded(article=article))
            rules.append({})
        else:
            outputs.append(result.coded)
            rules.append(speaker_rules(result, coder) if errors else {})
    scored = score(items, outputs, country_lookup(), errors, rules)
    scored["fold"] = None if fold is None else str(fold)
    scored["failures"] = failures
    return scored
