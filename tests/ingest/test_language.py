"""Articles clearly not in English are refused with the language named (ingest/language.py)."""

from __future__ import annotations

import json

import pytest

from tacitus.errors import InputError
from tacitus.ingest import iter_articles, read_article
from tacitus.ingest.language import guess_language
from tacitus.model import Article, Failure

# Our own short reports, one per language.
FRENCH = ("Le ministre des Affaires étrangères a rencontré mardi son homologue allemand à Berlin. "
          "Les deux pays ont signé un accord sur la frontière, et ils se sont engagés à poursuivre "
          "les discussions dans les semaines qui viennent, selon un communiqué publié par le ministère.")
SPANISH = ("El presidente de Chile se reunió el martes con su homólogo de Perú en Lima. Los dos "
           "gobiernos firmaron un acuerdo para reabrir la frontera, y se comprometieron a seguir las "
           "conversaciones en las próximas semanas, según un comunicado del ministerio.")
GERMAN = ("Der Außenminister hat sich am Dienstag mit seinem französischen Amtskollegen in Paris "
          "getroffen. Die beiden Länder haben ein Abkommen über die Grenze unterzeichnet und wollen die "
          "Gespräche in den kommenden Wochen fortsetzen, wie das Ministerium mitteilte.")
ENGLISH = ("The foreign minister met his German counterpart in Berlin on Tuesday. The two countries "
           "signed an agreement on the border, and they promised to continue the talks in the coming "
           "weeks, according to a statement published by the ministry.")


@pytest.mark.parametrize("text, code", [(FRENCH, "fr"), (SPANISH, "es"), (GERMAN, "de"), (ENGLISH, "en")])
def test_guess_language(text, code):
    assert guess_language(text)[0] == code


def test_short_texts_pass_as_english():
    assert guess_language("Le ministre a parlé.") is None


def test_a_french_record_is_a_failure_naming_the_language(tmp_path):
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": str(i), "text": text})
                                for i, text in enumerate([ENGLISH, FRENCH])) + "\n", encoding="utf-8")
    items = list(iter_articles([corpus]))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], Failure) and items[1].reason.startswith("language fr (French), not English")
    assert items[1].path == str(corpus)
    french = tmp_path / "fr.txt"
    french.write_text(FRENCH, encoding="utf-8")
    with pytest.raises(InputError, match="language fr"):
        read_article(french)
