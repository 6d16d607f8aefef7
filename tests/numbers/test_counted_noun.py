"""What a figure counts when the parse hangs it elsewhere (issue #4): a unit of measure
('45,000 square km search zone', 'a 40,000-square-kilometre zone', '4.5 by 2 metres'), a
tally verb's subject or a tally noun's 'of' phrase ('towns taking part total twenty-five',
'the number of tunnels ... reached 1,200'), the second figure's noun in a partitive ('two
of four pings'), the noun an adjective the figure measures modifies ('two longer lasting
signals'), a plural possessor ('millions of shoppers' card
numbers'), the counted noun of a joined verb in the same role ('killed three people and
wounded two'), what an earlier figure counts after 'of which' ('fired 90 shells, of
which six were stopped') and the plural a vague word the parse makes an adjective modifies
('several local officials'). Our own sentences; words.json 'measures' and 'tallies' examples
are run here too."""

from __future__ import annotations

import pytest

from dateline import numbers
from dateline.numbers.lexicon import load

WORDS = load("words.json")
EXAMPLES = WORDS["measures"]["examples"] + WORDS["tallies"]["examples"]


def _at(nlp, text, needle):
    start = text.index(needle)
    return [q for q in numbers.find(text, nlp(text)) if q.start == start]


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: f"{e['needle']}@{e['text'][:30]}")
def test_measure_and_tally_examples(nlp, ex):
    hits = _at(nlp, ex["text"], ex["needle"])
    if ex["counts"] is None:
        assert hits == []
        return
    assert len(hits) == 1
    assert hits[0].counts == ex["counts"]


@pytest.mark.parametrize(
    ("text", "needle", "counts", "value"),
    [
        ("A patrol boat picks up a faint signal, and the frigate detects two longer lasting "
         "signals.", "two", "signals", 2),
        ("Divers say two of four 'pings' might have come from a buoy.", "two", "pings", 2),
        ("Divers say two of four 'pings' might have come from a buoy.", "four", "pings", 4),
        ("Divers said two of the five clicks came from whales.", "two", "clicks", 2),
        ("Hackers exposed millions of shoppers' card numbers.", "millions", "shoppers",
         2_000_000),
        ("Thieves took hundreds of tenants' keys.", "hundreds", "tenants", 200),
        ("Shelling on the village killed three people and wounded two before the truce "
         "began.", "two", "people", 2),
        ("Three people were killed, 15 were hurt, and the tower was ruined.", "15", "people",
         15),
        ("Gunmen fired at least 90 shells at the town during the day, of which six were "
         "stopped by the shield.", "six", "shells", 6),
        ("Police held 12 men, bringing the number of arrests to 45.", "45", "arrests", 45),
    ],
)
def test_counted_noun_the_parse_hangs_elsewhere(nlp, text, needle, counts, value):
    hits = _at(nlp, text, needle)
    assert len(hits) == 1
    assert (hits[0].counts, hits[0].value) == (counts, value)


def test_a_partitive_span_stops_before_the_second_figure(nlp):
    text = "Divers say two of four 'pings' might have come from a buoy."
    (two,) = _at(nlp, text, "two")
    (four,) = _at(nlp, text, "four")
    assert two.end <= four.start


def test_owner_after_a_singular_possessor_is_counted(nlp):
    # a singular possessor ('the city's') is no count of owners: the owned noun is counted
    text = "Officials counted thousands of the city's trees."
    (q,) = _at(nlp, text, "thousands")
    assert q.counts == "trees"


def test_durations_and_ages_stay_out(nlp):
    for text, needle in (("The rebels agreed a 72-hour truce.", "72"),
                         ("A 15-year-old boy was hurt.", "15")):
        assert _at(nlp, text, needle) == []


def test_a_bare_figure_with_nothing_to_lean_on_counts_nothing(nlp):
    # no counted noun in a joined verb, no tally noun's 'of' phrase, no 'of which': still no
    # noun ('the death toll' names none: the numbers gold reads it so); a singular subject
    # of a level verb is no count either
    for text, needle in (("The death toll rose to 867.", "867"),
                         ("The storm wrecked the pier and hurt nine.", "nine"),
                         ("The turnout stood at 4,100 in the village.", "4,100"),
                         ("The index rose to 120 on Monday.", "120"),
                         # an object-level verb's subject is who puts it, never what it counts
                         ("Police put the crowd at 5,000.", "5,000"),
                         ("Officials put the death toll at 45.", "45")):
        (q,) = _at(nlp, text, needle)
        assert q.counts is None


@pytest.mark.parametrize(
    ("text", "needle", "counts"),
    [
        ("The number of dead rose to 80.", "80", "dead"),
        ("Reported infections in the north now stand at 2,300.", "2,300", "infections"),
        ("The tally of injured reached 80 by nightfall.", "80", "injured"),
        ("Arrests have jumped to 45 since Sunday.", "45", "Arrests"),
    ],
)
def test_a_level_verb_puts_its_subject_at_the_figure(nlp, text, needle, counts):
    # issue #6: a running tally ('cases rose to 120', 'the number of cases stands at 300')
    # reached the merge counting nothing, so two days' tallies could not be told apart
    (q,) = _at(nlp, text, needle)
    assert q.counts == counts


@pytest.mark.parametrize(
    ("text", "needle", "counts"),
    [
        ("Several militia fighters crossed the river at dawn.", "Several", "militia fighters"),
        ("Several other mortar shells have landed near the port.", "Several",
         "mortar shells"),
        ("The police said several local officials had been arrested.", "several",
         "officials"),
        ("The storm destroyed several houses on the coast.", "several", "houses"),
    ],
)
def test_a_vague_word_parsed_as_an_adjective_counts_its_plural(nlp, text, needle, counts):
    # 'several' tagged JJ/amod: the plural it modifies is what it counts, valued as a vague 3
    (q,) = _at(nlp, text, needle)
    assert (q.counts, q.value, q.approx, q.low, q.high) == (counts, 3, True, 3, 9)


def test_a_vague_word_before_a_duration_is_no_quantity(nlp):
    assert _at(nlp, "Several hours after the truce began, shelling resumed.", "Several") == []
