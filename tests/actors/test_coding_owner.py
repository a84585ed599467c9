"""actors/coding.py is the one owner of an actor's country, sector and code.

The source scan fails when any other module assigns ``.country``, ``.sector`` or ``.code``, builds
an Actor or ActorRef with them, or copies a record with new ones (``dataclasses.replace``): a new
clue must be reported as Evidence and decided by ``coding.decide``.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tacitus.actors.coding import Evidence, Rank, code_string, decide, phrase_actor, with_country, with_evidence
from tacitus.model import Actor

SRC = Path(__file__).resolve().parents[2] / "src" / "tacitus"
OWNER = SRC / "actors" / "coding.py"
# model.py defines the records (ref() and from_dict copy fields, deciding nothing).
RECORDS = SRC / "model.py"
FIELDS = frozenset({"country", "sector", "code"})
# Fields of the same name on records that are not actors.
NOT_ACTORS = {
    "serve/errors.py": "the code of an HTTP error",
    "actors/roles.py": "a row of the role table (what a dictionary agent's code says of a role word)",
}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        for target in targets:
            elements = target.elts if isinstance(target, ast.Tuple) else [target]
            for element in elements:
                if isinstance(element, ast.Attribute) and element.attr in FIELDS:
                    found.append(f"{path.name}:{node.lineno} assigns .{element.attr}")
        if isinstance(node, ast.Call) and _name(node.func) == "Actor":
            # Actor records are made by the owner only (make_actor, phrase_actor, actor_from_ref).
            found.append(f"{path.name}:{node.lineno} builds an Actor")
            continue
        if isinstance(node, ast.Call) and _name(node.func) == "ActorRef" and len(node.args) > 2:
            found.append(f"{path.name}:{node.lineno} ActorRef(...) with positional country, sector or code")
        if isinstance(node, ast.Call) and _name(node.func) in ("ActorRef", "replace"):
            keywords = {k.arg for k in node.keywords} & FIELDS
            if _name(node.func) == "replace" and keywords == {"code"}:
                # "code" alone is also a lexicon pattern's CAMEO code: only an actor's counts.
                first = ast.unparse(node.args[0]).lower() if node.args else ""
                if "actor" not in first and "ref" not in first and "phrase" not in first:
                    keywords = set()
            if keywords:
                found.append(f"{path.name}:{node.lineno} {_name(node.func)}(...) with {sorted(keywords)}")
    return found


def test_no_module_but_the_owner_sets_country_sector_or_code():
    violations: list[str] = []
    for path in sorted(SRC.rglob("*.py")):
        if path in (OWNER, RECORDS) or "evaluate" in path.parts:
            continue  # the scorers read gold codes into their own records
        if str(path.relative_to(SRC)) in NOT_ACTORS:
            continue
        violations.extend(f"{path.relative_to(SRC)}: {v}" for v in _violations(path))
    assert violations == []


def test_the_scan_catches_an_assignment(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f(actor, cluster, pattern):\n    cluster.country = 'USA'\n"
                   "    dataclasses.replace(pattern, code='042')\n"
                   "    Actor('a', 'Ann Lee', (), 'USA')\n"
                   "    ActorRef('a', 'Ann Lee', 'USA')\n"
                   "    ActorRef(actor_id='unidentified', name='unidentified')\n"
                   "    return dataclasses.replace(actor, code='USAGOV')\n", encoding="utf-8")
    assert len(_violations(bad)) == 4


def test_code_string_is_country_then_sector():
    assert code_string("USA", "GOV") == "USAGOV"
    assert code_string(None, "JRN") == "JRN"
    assert code_string(None, None) is None


def test_the_strongest_clue_wins_and_is_recorded():
    coding = decide([
        Evidence(Rank.ARTICLE, "title 'Prime Minister' + dateline OTTAWA", country="CAN"),
        Evidence(Rank.WORDS, "title 'Prime Minister'", sector="GOV"),
        Evidence(Rank.KNOWLEDGE, "knowledge base", country="GBR", sector="ELI"),
    ])
    assert (coding.country, coding.sector, coding.code) == ("GBR", "GOV", "GBRGOV")
    assert "knowledge base -> GBR" in coding.why and "title 'Prime Minister' -> GOV" in coding.why


def test_the_article_country_fills_only_a_gap():
    coding = decide([
        Evidence(Rank.WORDS, "title 'Prime Minister'", sector="GOV"),
        Evidence(Rank.ARTICLE, "title 'Prime Minister' + dateline OTTAWA", country="CAN"),
    ])
    assert coding.code == "CANGOV"
    assert coding.why.startswith("title 'Prime Minister' + dateline OTTAWA -> CAN")


def test_the_user_dictionary_wins_outright():
    coding = decide([
        Evidence(Rank.WORDS, "demonym 'Turkish'", country="TUR", sector="GOV"),
        Evidence(Rank.DICTIONARY, "dictionary: X [USAMIL]", country="USA", sector="MIL"),
    ])
    assert coding.code == "USAMIL"


def test_former_turns_an_office_into_an_elite():
    coding = decide([
        Evidence(Rank.WORDS, "title 'minister'", country="FRA", sector="GOV"),
        Evidence(Rank.WORDS, "title 'former minister'", sector="ELI"),
    ])
    assert coding.sector == "ELI"


def test_event_stage_actors_are_coded_here():
    actor = phrase_actor("phrase-1", "Ugandan opposition candidates",
                         [Evidence(Rank.WORDS, "phrase names its country", country="UGA")])
    assert (actor.country, actor.code, actor.kind) == ("UGA", "UGA", "phrase")
    plain = Actor(id="a", name="Bosnian Serbs", sector="REB")
    filled = with_country(plain, "BIH", "argument phrase names its country")
    assert (filled.country, filled.sector, filled.code) == ("BIH", "REB", "BIHREB")
    assert "BIH" in filled.why


def test_a_phrase_is_placed_where_it_is_before_whom_its_sentence_names():
    clues = [Evidence(Rank.SCENE, "the only country its sentence names", country="USA"),
             Evidence(Rank.ARTICLE, "dateline AMMAN", country="JOR"),
             Evidence(Rank.WORDS, "noun 'school'", sector="EDU")]
    school = phrase_actor("phrase-2", "a primary school", clues)
    assert school.code == "JOREDU" and school.why.startswith("dateline AMMAN -> JOR")
    located = phrase_actor("phrase-3", "a patrol", [*clues, Evidence(Rank.PLACE, "its location 'Karak'", country="JOR")])
    assert located.why.startswith("its location 'Karak' -> JOR")
    # A named actor is ranked the other way: the sentence's country before the article's.
    assert decide(clues).country == "USA"


def test_a_table_actor_takes_the_phrase_clues_but_keeps_its_sector():
    police = Actor(id="p", name="police", sector="COP", why="role noun 'police' -> COP")
    coded = with_evidence(police, [Evidence(Rank.PLACE, "its location 'Karak'", country="JOR")])
    assert (coded.code, coded.id, coded.name) == ("JORCOP", "p", "police")
    assert with_evidence(police, []) is police


def test_the_owner_of_a_title_gives_the_sector_not_the_country():
    coding = decide([
        Evidence(Rank.WORDS, "title 'chairman'", sector="GOV"),
        Evidence(Rank.KNOWLEDGE, "title of the party 'PDI': knowledge", country="IDN"),
        Evidence(Rank.OWNER, "title of the party 'PDI'", sector="PTY"),
        Evidence(Rank.ARTICLE, "dateline", country="MYS"),
    ])
    assert coding.code == "IDNPTY"
