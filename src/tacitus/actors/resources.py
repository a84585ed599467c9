"""ActorResources: the tables the actors stage needs, loaded once and shared read-only."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Mapping, Sequence

from ..dictionaries import load_builtin, read_dictionaries
from .countries import CountryTable, normalize_name
from .offices import OfficeTable
from .outlets import OutletTable
from .datafiles import read_table
from .dictionary import ActorDictionary
from .knowledgebase import KnowledgeBase
from .organizations import OrganizationTable
from .orgwords import OrgWordTable
from .regions import load_regions
from .roles import RoleTable

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..events.genre import GenreReader

__all__ = ["ActorResources", "own_names"]


@dataclass(frozen=True)
class ActorResources:
    """Country, role and organization tables, the user's dictionaries and the built-in knowledge
    base: the Phoenix dictionaries and the dated office holders and parties (immutable, but for
    the office holders' tables, read on first use; build once per Coder)."""

    countries: CountryTable
    roles: RoleTable
    organizations: OrganizationTable
    dictionary: ActorDictionary = ActorDictionary.empty()
    knowledge: ActorDictionary = ActorDictionary.empty()
    # Dated office holders and parties (read on first use; the Phoenix people join them).
    officeholders: KnowledgeBase = field(default_factory=KnowledgeBase.empty)
    # For the coreference map: words that say a person's gender ("she", "Mrs", "sister"),
    # reporting verbs ("say") and statement nouns ("statement") of the quote cue list.
    gender: Mapping[str, str] = field(default_factory=dict)
    reporting: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    # Nouns of a person's occupation or standing ("coach", "fly-half", "professor", "actress"):
    # a definite one that speaks is a second name for a person the text named (coreference rule 5).
    person_nouns: frozenset[str] = frozenset()
    # Honorifics before a surname ("Mr", "Ms", "Sir"): no part of the name, so "Ms Brankin" joins
    # "Rhona Brankin". A peerage ("Lord Roberts of Conwy") is a name of its own and is not here.
    honorifics: frozenset[str] = frozenset()
    # Words of a river's, sea's or region's name after a country's ("the Niger Delta"): no country.
    geographic_features: frozenset[str] = frozenset()
    # Last words of a document's name after a place's ("the Hanoi Action Plan", "the Kyoto Protocol").
    document_words: frozenset[str] = frozenset()
    # First-level divisions ("British Columbia", "Queensland", "Texas") -> their country.
    regions: Mapping[str, str] = field(default_factory=dict)
    # Adjectives and peoples of a CAMEO region ("African", "Western", "Arabs") -> the region's code,
    # and whether it holds only for state agents ("Arab foreign ministers", not "Sunni Arab
    # politicians"): "African leaders" are AFR, never the dateline's country.
    region_adjectives: Mapping[str, tuple[str, bool]] = field(default_factory=dict)
    # Titles of one office ("premier" = "prime minister"), and national outlets' home countries.
    offices: OfficeTable = field(default_factory=OfficeTable)
    outlets: OutletTable = field(default_factory=OutletTable)
    # Words of bodies' names and the sectors they give ("Ulama": REL, "Farmers' Union": AGR).
    org_words: OrgWordTable = field(default_factory=OrgWordTable)
    # The genres an article reads as (events/genre.py): in a sports report the names are players,
    # clubs and venues, not the knowledge base's namesakes (knowledge.py, dictmentions.py).
    genres: "GenreReader | None" = None

    @classmethod
    def load(cls, dictionaries: Sequence[Path] = (), knowledge: bool = True) -> "ActorResources":
        """Load every table shipped in ``tacitus/actors/data``, the built-in knowledge base (unless
        ``knowledge`` is False) and the user's dictionary files or folders ``dictionaries``
        (their agents are added to the role table, ahead of the built-in roles)."""
        read = read_dictionaries(dictionaries) if dictionaries else None
        roles = RoleTable.load()
        if read is not None and read.agents:
            roles = roles.with_agents(read.agents)
        builtin = ActorDictionary.build(load_builtin()) if knowledge else ActorDictionary.empty()
        from ..quotes.resources import read_cues  # the one reader of the cue list (quotes imports actors)

        cues = read_cues()
        from ..events.genre import GenreReader  # events imports actors: read on load, not at import

        countries = CountryTable.load()
        return cls(
            regions=load_regions(countries),
            region_adjectives={normalize_name(row["word"]): (row["code"], row["states_only"] == "yes")
                               for row in read_table("region_adjectives.tsv", "region adjective table")},
            gender={row["word"]: row["gender"] for row in read_table("gender.tsv", "gender word table")},
            honorifics=frozenset(row["word"] for row in read_table("gender.tsv", "gender word table")
                                 if row["kind"] == "honorific"),
            geographic_features=frozenset(row["word"] for row in read_table("geographic_features.tsv",
                                                                            "geographic feature table")),
            document_words=frozenset(row["word"] for row in read_table("document_names.tsv", "document name table")),
            reporting=cues.verbs,
            documents=cues.nouns,
            person_nouns=_person_nouns(),
            countries=countries,
            offices=OfficeTable.load(),
            outlets=OutletTable.load(),
            org_words=OrgWordTable.load(),
            roles=roles,
            organizations=OrganizationTable.load(),
            dictionary=ActorDictionary.build(read.entries) if read is not None else ActorDictionary.empty(),
            knowledge=builtin,
            officeholders=KnowledgeBase.load(builtin.entries) if knowledge else KnowledgeBase.empty(),
            genres=GenreReader.load(),
        )


def own_names(resources: ActorResources, doc: "Doc") -> bool:
    """True when ``doc`` reads as a genre whose names are its trade's own (a sports report)."""
    return resources.genres is not None and resources.genres.own_names(doc)


def _person_nouns() -> frozenset[str]:
    """The person nouns of data/person_nouns.tsv (not "man" or "mother": those describe someone
    new as often as someone named)."""
    return frozenset(row["word"] for row in read_table("person_nouns.tsv", "person noun table"))
