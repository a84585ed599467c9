"""Event dates from the clause and the discourse (tacitus.situate.when), on sentences we wrote."""

from __future__ import annotations

import pytest

from tacitus.nlp import make_doc_text
from tacitus.situate import NO_EXPRESSION, SituateResources, event_time
from tacitus.temporal import TimeResources, extract_times

pytestmark = pytest.mark.slow

SUNDAY = "2018-10-07"
TUESDAY = "2018-10-09"


@pytest.fixture(scope="module")
def words() -> SituateResources:
    """The situating word lists (with the quotes stage's reporting verbs)."""
    return SituateResources.load()


@pytest.fixture(scope="module")
def time_resources() -> TimeResources:
    """The temporal rules, compiled once."""
    return TimeResources.load()


@pytest.fixture(scope="module")
def date_of(nlp, words, time_resources):
    """date_of(text, trigger word, published, statement=False) -> TimeChoice for that trigger."""

    def run(text: str, trigger: str, published: str = SUNDAY, statement: bool = False, occurrence: int = 0):
        doc = nlp(make_doc_text(text))
        token = [t for t in doc if t.text == trigger][occurrence]
        return event_time(token, statement, extract_times(doc, published, time_resources), published, words)

    return run


def test_expression_attached_to_the_clause(date_of) -> None:
    choice = date_of("The two foreign ministers met on Sunday in the capital.", "met")
    assert choice.date == SUNDAY and choice.date_text == "on Sunday"


def test_expression_on_an_event_noun_modifier(date_of) -> None:
    assert date_of("The trade embargo imposed in 1962 has hurt the island's economy.", "embargo").date == "1962"
    assert date_of("Saturday's explosion wounded three guards.", "explosion").date == "2018-10-06"


def test_opening_month_dates_the_lead_event(date_of) -> None:
    # A July-style article: "In June" is this year's June, not the publication day.
    assert date_of("In June, a knife attack in a southern city left three people dead.", "attack").date == "2018-06"


def test_simultaneous_clause_dates_the_main_clause(date_of) -> None:
    choice = date_of("Twelve people died when gunmen attacked a bus on New Year's Eve in 2004.", "died")
    assert choice.date == "2004-12-31"


def test_coordinated_verbs_share_a_time_when_their_tense_agrees(date_of) -> None:
    shared = date_of("Police arrested the suspect on Tuesday and charged him with murder.", "charged")
    assert shared.date == "2018-10-02" and "coordinated" in shared.note
    future = date_of("She toured the port on Friday and will fly home next month.", "fly")
    assert future.date == "2018-11"


def test_anchor_on_another_event_shifts_by_the_stated_distance(date_of) -> None:
    text = "Sunday's explosion came just two days after two roadside bombs killed five soldiers near the border."
    assert date_of(text, "came").date == SUNDAY
    earlier = date_of(text, "killed")
    assert earlier.date == "2018-10-05", earlier.note


def test_reporting_verb_time_stays_off_a_reported_happening(date_of) -> None:
    text = "Three people were killed in a market blast in the north, the state news agency said Monday."
    killed = date_of(text, "killed", published=TUESDAY)
    # On or before Monday: Monday is the latest day it can be; the words "Monday" are not its own.
    assert killed.date == "2018-10-08" and killed.date_text is None and "reported" in killed.note
    said = date_of(text, "said", published=TUESDAY)
    assert said.date == "2018-10-08" and said.date_text == "Monday"


def test_a_reported_happening_of_the_reports_day_gets_the_article_date_not_a_vaguer_one(date_of) -> None:
    text = "Police arrested twelve suspects in the port city, an official statement said on Tuesday."
    arrested = date_of(text, "arrested", published=TUESDAY)
    assert arrested.date == TUESDAY and arrested.date_text is None
    assert arrested.note.startswith(NO_EXPRESSION)
    # A past perfect stays an undated past: before the report, the month only.
    earlier = date_of("Police had arrested twelve suspects, an official statement said on Tuesday.", "arrested",
                      published=TUESDAY)
    assert earlier.date == "2018-10" and "undated past" in earlier.note


def test_reporting_verb_time_dates_a_statement_or_an_intention(date_of) -> None:
    text = "The defence ministry said on Monday that it will send more troops to the region."
    assert date_of(text, "send", published=TUESDAY).date == "2018-10-08"
    accusation = date_of("The minister said on Monday that the rebels broke the truce.", "broke",
                         published=TUESDAY, statement=True)
    assert accusation.date == "2018-10-08"


def test_past_perfect_and_previously_are_not_the_publication_day(date_of) -> None:
    pleaded = date_of("The man had pleaded not guilty to all the charges.", "pleaded")
    assert pleaded.date == "2018-10" and pleaded.date_text is None and "undated past" in pleaded.note
    before = date_of("The rebels previously attacked the town.", "attacked")
    assert before.date == "2018-10" and "previously" in before.note


def test_no_expression_is_the_publication_date_marked_as_such(date_of) -> None:
    choice = date_of("Police arrested ten protesters outside the parliament.", "arrested")
    assert choice.date == SUNDAY and choice.date_text is None and choice.note == NO_EXPRESSION


def test_a_year_after_a_day_completes_it(nlp, time_resources) -> None:
    doc = nlp(make_doc_text("Gunmen attacked a church on Christmas Eve in 2000."))
    values = {e.text: e.value for e in extract_times(doc, SUNDAY, time_resources).expressions}
    assert values["Christmas Eve"] == "2000-12-24"


def test_the_period_alone_dates_no_event(date_of) -> None:
    choice = date_of("Police said they will deploy 500 officers over the period.", "deploy")
    assert choice.note == NO_EXPRESSION


def test_a_definite_event_noun_anchors_on_the_lead(nlp, words, time_resources) -> None:
    from tacitus.situate import TimeChoice

    text = "The blast came a week after gunmen shot dead two guards at the embassy."
    doc = nlp(make_doc_text(text))
    shot = next(t for t in doc if t.text == "shot")
    times = extract_times(doc, SUNDAY, time_resources)
    lead = TimeChoice("2018-10-06", "on Saturday", "date 2018-10-06 from 'Saturday'")
    choice = event_time(shot, False, times, SUNDAY, words, lead=lead)
    assert choice.date == "2018-09-29" and choice.elsewhen and choice.date_text == "a week after", choice.note
    # Without the lead's date the anchor says nothing: the happening is only known to be earlier.
    alone = event_time(shot, False, times, SUNDAY, words)
    assert alone.date == "2018-10" and alone.date_text is None


def test_a_named_month_in_a_past_clause_is_its_last_occurrence(date_of) -> None:
    later = date_of("In December, rebels attacked a convoy near the border.", "attacked")
    assert later.date == "2017-12" and later.date_text is not None  # an October article: last December
    earlier = date_of("In May, a knife attack at a bus station left two people dead.", "attack")
    assert earlier.date == "2018-05"


def test_a_clause_describing_a_date_happened_then(date_of) -> None:
    text = "Shares have fallen since September 12, when the ruling party withdrew from the coalition."
    choice = date_of(text, "withdrew")
    assert choice.date == "2018-09-12" and choice.date_text is not None, choice.note


def test_a_consequence_dated_before_the_month_bounds_a_past_happening(date_of) -> None:
    text = "The editor's murder sparked mass protests across the country, leading to last year's change of government."
    protests = date_of(text, "protests")
    assert protests.date == "2017" and protests.date_text is None and protests.elsewhen
    # A consequence of this month says nothing against the publication day.
    recent = date_of("The murder sparked protests across the country, leading to the minister's resignation on Friday.",
                     "protests")
    assert recent.date == SUNDAY and recent.note.startswith(NO_EXPRESSION)


def test_an_expression_trailing_coordinated_verbs_dates_the_first_too(date_of) -> None:
    text = "The boxer was attacked and robbed in his home town two weeks ago, a newspaper reported on Sunday."
    attacked = date_of(text, "attacked")
    assert attacked.date_text is not None and "week" in attacked.date_text, attacked
    # An expression between the verbs is the first verb's own only.
    own = date_of("Police arrested him on Tuesday and will question him.", "arrested")
    assert own.date == "2018-10-02"


def test_a_week_or_a_season_gives_an_iso_prefix_not_a_timeml_value(date_of) -> None:
    # Week 40 of 2018 (1-7 October) lies in one month; a summer is only its year.
    assert date_of("Rebels attacked the convoy last week.", "attacked", published="2018-10-10").date == "2018-10"
    assert date_of("Rebels attacked the convoy in the summer.", "attacked", published="2018-10-10").date == "2018"


def test_a_past_adverb_on_the_reporting_clause_makes_an_undated_past(date_of) -> None:
    above = date_of("In the past, the group has said that its fight was only with the army.", "fight")
    assert above.date == "2018-10" and "in the past" in above.note
    # Without it, the reported clause is of the report.
    plain = date_of("The group has said that its fight was only with the army.", "fight")
    assert plain.date == SUNDAY
