"""Coordinated verb phrases share their auxiliaries (events/modality.py ``_shares_auxiliaries``):
"will exchange views and hold talks" plans both acts, "did not visit Peru or meet Varga" negates
both, "might visit Peru and meet Varga" makes both hypothetical. Finite conjuncts and contrasts
("not X but Y") keep their own. Sentences we wrote."""

from __future__ import annotations

import pytest

from .helpers import code_text

pytestmark = pytest.mark.slow


def _by_trigger(events) -> dict[str, str]:
    return {e.trigger: e.modality for e in events}


@pytest.mark.parametrize("text, trigger, modality", [
    ("Chile will send envoys and hold talks with Peru next week.", "talks", "intended"),
    ("Chile might visit Peru and meet Varga.", "meet", "hypothetical"),
    ("Chile did not visit Peru or meet Varga.", "meet", "negated"),
])
def test_a_bare_conjunct_shares_the_auxiliaries(nlp, event_resources, text, trigger, modality):
    assert _by_trigger(code_text(nlp, event_resources, text)).get(trigger) == modality


@pytest.mark.parametrize("text, trigger", [
    ("Chile attacked Peru and killed 20 rebels on Monday.", "killed"),
    ("Chile will not attack Peru but negotiate with Varga.", "negotiate"),
])
def test_finite_conjuncts_and_contrasts_keep_their_own(nlp, event_resources, text, trigger):
    assert _by_trigger(code_text(nlp, event_resources, text)).get(trigger) not in ("negated", "hypothetical")
