"""Quote speakers through the article's coreference map, and what is not a quotation at all."""

from __future__ import annotations

import pytest

from tacitus.actors import ActorResources, extract_actors
from tacitus.model import Article, Quote
from tacitus.nlp import make_doc_text
from tacitus.quotes import extract_quotes

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def actor_resources() -> ActorResources:
    return ActorResources.load()


@pytest.fixture(scope="module")
def quotes(nlp, actor_resources, quote_resources):
    def _quotes(text: str) -> list[Quote]:
        article = Article(id="q", text=text)
        doc = nlp(make_doc_text(text))
        return extract_quotes(doc, article, extract_actors(doc, article, actor_resources), quote_resources)

    return _quotes


def _speakers(found: list[Quote]) -> dict[str, str | None]:
    return {q.text: q.speaker.name if q.speaker else None for q in found}


def test_it_said_is_the_body_named_before(quotes):
    found = _speakers(quotes("The Foreign Ministry of Freedonia condemned the raid on Tuesday. "
                             "It said the attack had violated the truce."))
    assert "Foreign Ministry" in (found.get("the attack had violated the truce") or "")


def test_the_statement_said_is_the_body_that_issued_it(quotes):
    found = _speakers(quotes("The Interior Ministry issued a statement on Monday night. "
                             "The statement said three officers were wounded in the clash."))
    assert "Interior Ministry" in (found.get("three officers were wounded in the clash") or "")


def test_he_said_is_the_accused_not_the_victims_sister(quotes):
    found = _speakers(quotes("John Roe was charged with the murder on Monday. The victim's sister, Jane Doe, told "
                             "the court that she had warned the police. He said he did not alert the authorities."))
    assert found.get("he did not alert the authorities") == "John Roe"


def test_asking_not_to_be_named_is_no_quotation(quotes):
    found = quotes("A diplomat, who asked not to be named, said the deal was dead.")
    assert [q.text for q in found] == ["the deal was dead"]


def test_citing_a_source_is_no_quotation_and_ends_the_content(quotes):
    found = quotes("Police said the man was arrested on Monday, citing a statement from the ministry.")
    assert [q.text for q in found] == ["the man was arrested on Monday"]


def test_a_person_named_inside_the_quotation_is_not_the_he_who_said_it(quotes):
    found = _speakers(quotes(
        '"Once the plan fails, the budget is dead," said Asha Rao, a senior party member.\n\n'
        '"President Vikram Singh should ask the cabinet to approve a stopgap.\n\n'
        '"This is my party\'s view," he added.'))
    assert set(found.values()) == {"Asha Rao"}  # the quotation runs over two paragraphs to "he added"


def test_quoted_as_saying_speaks_for_the_one_quoted(quotes):
    found = _speakers(quotes(
        "Members of a youth group will guard the talks, said senior member Kofi Mensah.\n\n"
        '"We will be involved directly to keep the peace," he was quoted as saying by the state news agency.\n\n'
        "The agency quoted him as saying the group had 200 members."))
    assert found["We will be involved directly to keep the peace"] == "Kofi Mensah"
    assert found["the group had 200 members"] == "Kofi Mensah"


def test_the_statement_said_goes_back_to_the_statement_and_its_author(quotes):
    found = _speakers(quotes(
        "The Harbor Trust said in a statement that six police officers searched its offices on Monday.\n\n"
        '"The raid by six policemen lasted five hours," the statement said.\n\n'
        "Foreign Minister Omar Hadi said in a message to the Arab League: \"The blockade must end.\"\n\n"
        '"It violates the charter," the message said, according to local newspapers.\n\n'
        '"We will not accept it," the message said.'))
    assert found["The raid by six policemen lasted five hours"] == "Harbor Trust"
    assert found["It violates the charter"] == "Omar Hadi"
    assert found["We will not accept it"] == "Omar Hadi"


@pytest.fixture(scope="module")
def quotes_and_speakers(nlp, actor_resources, quote_resources):
    from tacitus.quotes import extract_quotes_and_speakers

    def _run(text: str):
        article = Article(id="q", text=text)
        doc = nlp(make_doc_text(text))
        return extract_quotes_and_speakers(doc, article, extract_actors(doc, article, actor_resources), quote_resources)

    return _run


def test_a_speaker_phrase_no_actor_stands_for_becomes_an_uncoded_phrase_actor(quotes_and_speakers):
    text = ('"Republicans are in a frenzy that is disorganized," said one Democratic source on the panel.\n\n'
            'At dinner a friend commented: "For you, the economy is the only reason to vote."\n\n'
            '"We will win," said one Democratic source on the panel.')
    found, speakers = quotes_and_speakers(text)
    by_name = {actor.name: actor for actor in speakers}
    assert set(by_name) == {"one Democratic source on the panel", "a friend"}
    source = by_name["one Democratic source on the panel"]
    assert source.kind == "phrase" and source.country is None and source.sector is None
    assert len(source.mentions) == 2  # one actor for the same phrase twice
    assert all(text[m.start:m.end] == m.text for m in source.mentions)
    assert {q.text: q.speaker.actor_id for q in found if q.speaker}["We will win"] == source.id


def test_no_phrase_actor_for_pronouns_listed_names_or_things_that_hold_views(quotes_and_speakers):
    found, speakers = quotes_and_speakers(
        "Senator Ann Clark met voters. \"I have no doubt at all,\" Clark said.\n\n"
        "According to a schedule released last month, the minister would visit Rome in April.\n\n"
        "The meeting was described by Jon Ruiz as \"very focused on the economy of the region.\"")
    assert speakers == []
    assert {q.text: q.speaker.name if q.speaker else None for q in found}["I have no doubt at all"] == "Ann Clark"


def test_who_was_urged_did_not_speak(quotes_and_speakers):
    found, speakers = quotes_and_speakers('The assembly met in Geneva. Countries still using the death penalty '
                                          'were urged "to suspend all executions at once."')
    assert [q.speaker for q in found] == [None] and speakers == []


def test_as_someone_put_it_is_a_cue(quotes):
    found = _speakers(quotes('The tax plan has drawn critics. As Steven Marks, a tax lawyer at the Rivera Institute, '
                             'recently put it, "Did the company lower its taxes through legal avoidance or illegal evasion?"\n\n'
                             'Senator Ann Clark put the question to the minister.'))
    assert found == {"Did the company lower its taxes through legal avoidance or illegal evasion?": "Steven Marks"}


def test_a_description_with_a_country_speaks_for_the_person_not_the_country(quotes):
    found = _speakers(quotes("Midfielder Paul Hart has no plans to retire. "
                             "\"I want to play for five more years,\" the England captain said."))
    assert "Paul Hart" in (found.get("I want to play for five more years") or "")


def test_it_said_in_a_statement_that_is_the_body_that_acted_not_the_place_it_acted_in(quotes):
    found = _speakers(quotes("The Ministry of Agriculture of Freedonia confirmed bird flu outbreaks in Bavaria. "
                             "It said in a statement that 40 ducks had died in the outbreak."))
    assert "Ministry of Agriculture" in (found.get("that 40 ducks had died in the outbreak") or "")


def test_a_statement_issued_by_someone_is_theirs(quotes):
    found = _speakers(quotes("The talks opened in Abuja. \"All parties must stop the violence now,\" "
                             "said a statement issued by UN spokesman Stephane Dujarric."))
    assert "Dujarric" in (found.get("All parties must stop the violence now") or "")


def test_a_place_modifying_a_body_s_office_is_not_the_speaker(quotes):
    found = _speakers(quotes("Experts will visit the farms next week, according to the WHO Beijing office."))
    assert found.get("Experts will visit the farms next week") == "WHO"


def test_a_question_put_to_the_speaker_is_not_theirs(quotes):
    found = _speakers(quotes("When asked to name the new envoy, Okonjo said that the choice would come next week."))
    assert found.get("to name the new envoy") is None  # asked by someone unnamed (a reporter)
    assert found.get("that the choice would come next week") == "Okonjo"


def test_the_addressee_of_a_bare_passive_participle_is_never_its_speaker():
    from tacitus.nlp import load_nlp
    from tacitus.quotes.speakers import subject_of

    doc = load_nlp()("Asked about the strike, the minister said it was over.")
    asked = next(t for t in doc if t.lower_ == "asked")
    assert subject_of(asked) is None
