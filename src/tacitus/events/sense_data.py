"""Reading ``data/sense.yaml`` into the fields of :class:`~tacitus.events.sense.SenseRules`.

Every class a check names must exist; a missing or garbled key is a clear LexiconError.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from .lexicon import LexiconError

__all__ = ["sense_fields"]


def sense_fields(data: Mapping) -> dict[str, object]:
    """The SenseRules field values from a parsed sense.yaml mapping (checked: every class named exists)."""
    def words(values: Iterable) -> frozenset[str]:
        return frozenset(str(v).lower() for v in values)

    try:
        classes = {name: words(values) for name, values in data["classes"].items()}

        def by_type(key: str) -> dict[str, frozenset[str]]:
            table: dict[str, frozenset[str]] = {}
            for plover, names in (data.get(key) or {}).items():
                unknown = [n for n in names if n not in classes]
                if unknown:
                    raise LexiconError(f"sense.yaml: {key}.{plover} names unknown classes {unknown}")
                table[str(plover).upper()] = frozenset().union(*(classes[n] for n in names))
            return table

        legal = data["legal_contest"]

        def union(names: Iterable[str], key: str) -> frozenset[str]:
            unknown = [n for n in names if n not in classes]
            if unknown:
                raise LexiconError(f"sense.yaml: {key} names unknown classes {unknown}")
            return frozenset().union(*(classes[n] for n in names))

        physical, criticism, dismissal = data["physical"], data["criticism"], data["dismissal"]
        return dict(
            classes=classes,
            not_patient=by_type("not_patient"),
            not_agent=by_type("not_agent"),
            not_modifier=by_type("not_modifier"),
            not_in_object=by_type("not_in_object"),
            legal_types=frozenset(str(t).upper() for t in legal["types"]),
            legal_preps=words(legal["preps"]),
            legal_code=str(legal["code"]),
            addressee_verbs=words(data["addressee_verbs"]),
            anonymity_verbs=words(data["anonymity_verbs"]),
            attempt_verbs=words(data["attempt_verbs"]),
            assertion_verbs=words(data["assertion_verbs"]),
            warning_verbs=words(data["warning_verbs"]),
            warning_code=str(data["warning_code"]),
            state_verbs=words(data.get("state_verbs", ())),
            state_change_verbs=words(data.get("state_change_verbs", ())),
            threatened_force_verbs=words(data.get("threatened_force_verbs", ())),
            threatened_force_code=str(data.get("threatened_force_code", "138")),
            generic_determiners=words(data.get("generic_determiners", ())),
            kind_modifiers=words(data.get("kind_modifiers", ())),
            habitual_adjectives=words(data.get("habitual_adjectives", ())),
            power_nouns=words(data.get("power_nouns", ())),
            name_labels=frozenset(str(x).upper() for x in data.get("name_labels", ())),
            name_types=frozenset(str(x).upper() for x in data.get("name_types", ())),
            audience_governors={str(t).upper(): words(v) for t, v in (data.get("audience_governors") or {}).items()},
            generic_warning_code=str(data.get("generic_warning_code", "130")),
            request_verbs=words(data["request_verbs"]),
            generic_heads=words(data["generic_heads"]),
            collection_heads=words(data["collection_heads"]),
            doing_verbs=words(data["doing_verbs"]),
            habitual_adverbs=words(data["habitual_adverbs"]),
            long_spans=words(data.get("long_spans", ())),
            period_spans=words(data.get("period_spans", ())),
            rate_determiners=words(data.get("rate_determiners", ())),
            physical_types=frozenset(str(t).upper() for t in physical["types"]),
            physical_lemmas=words(physical["lemmas"]),
            physical_words=union(physical["classes"], "physical.classes"),
            fighter_words=union(physical["fighters"], "physical.fighters"),
            weapon_words=union(["weapon"], "physical weapons"),
            labour_lemmas=words(data["labour_strike"]["lemmas"]),
            labour_words=union(data["labour_strike"]["classes"], "labour_strike.classes"),
            labour_preps=words(data["labour_strike"]["preps"]),
            labour_code=str(data["labour_strike"]["code"]),
            blow_lemmas=words(data["labour_strike"].get("blows", ())),
            damage_adverbs=words(physical["damage_adverbs"]),
            damage_lemmas=words(physical["damage_lemmas"]),
            criticism_lemmas=words(criticism["lemmas"]),
            criticism_words=union(criticism["classes"], "criticism.classes"),
            criticism_code=str(criticism["code"]),
            dismissal_lemmas=words(dismissal["lemmas"]),
            dismissal_words=union(dismissal["classes"], "dismissal.classes"),
            dismissal_partners=words(dismissal["partners"]),
            intransitive={str(t).upper(): words(v) for t, v in data["intransitive"].items()},
            beneficiary_codes=frozenset(str(c) for c in data["beneficiary_codes"]),
            beneficiary_preps=words(data["beneficiary_preps"]),
        )
    except (KeyError, AttributeError, TypeError) as exc:
        raise LexiconError(f"sense.yaml lacks or garbles the key {exc}; restore the file from the package") from exc
