"""actors/coding.py is the one owner of an actor's country, sector and code.

The source scan fails when any other module assigns ``.country``, ``.sector`` or ``.code``, builds
an Actor or ActorRef with them, or copies a record with new ones (``dataclasses.replace``): a new
clue must be reported as Evidence and decided by ``coding.decide``.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tacitus.actors.coding import Evidence, Rank, code_string, decide, phrase_actor, with_country
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
        if isinstance(node, ast.Call) and _name(node.func) in ("Actor", "ActorRef", "replace"):
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
                   "    return dataclasses.replace(actor, code='USAGOV')\n", encoding="utf-8")
    assert len(_violations(bad)) == 2


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
    actor = phrase_actor("phrase-1", "Ugandan opposition candidates", "UGA", "phrase names its country")
    assert (actor.country, actor.code, actor.kind) == ("UGA", "UGA", "phrase")
    plain = Actor(id="a", name="Bosnian Serbs", sector="REB")
    filled = with_country(plain, "BIH", "argument phrase names its country")
    assert (filled.country, filled.sector, filled.code) == ("BIH", "REB", "BIHREB")
    assert "BIH" in filled.why
