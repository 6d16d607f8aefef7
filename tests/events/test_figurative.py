"""Shapes of real wire prose in which a word of a root tells no such act, or another
(roles.json figurative; issue 4, the TimeBank/AQUAINT blind batches of session 45): a
question asked, an effort told as a fight, a participle meaning 'about', an attack in
words, a guess with 'must have', a return wanted, a war gone to."""

from __future__ import annotations


def test_a_question_asked_is_no_request_but_a_call_to_act_is(coded_events):
    assert coded_events("Reporters asked whether the Dorvan envoy would resign.") == []
    e = coded_events("Reporters asked the Dorvan envoy to resign.")[0]
    assert e["root"] == "REQUEST"
    # a time clause before the verb opens no question: the asking is a request
    evs = coded_events("When serving as envoy in 2019, Mara Tovin asked the Dorvan agency "
                       "for files on the council members.")
    assert [e["root"] for e in evs] == ["REQUEST"]
    # a quoted question before 'asked' leaves the act the question names
    evs = coded_events('"Why have a war with Velka?" asked Osk Tarvin, a trader in the port.')
    assert all(e["root"] != "REQUEST" for e in evs)


def test_an_effort_told_as_a_fight_leaves_the_act_of_its_infinitive(coded_events):
    assert coded_events("The mayor of Osk has been battling to keep the paper mill open.") == []
    e = coded_events("The rebels fought to retake the town of Osk.")[0]
    assert (e["root"], e["trigger"]) == ("ASSAULT", "retake")


def test_an_about_participle_is_no_encircling_unless_forces_do_it(coded_events):
    assert coded_events("The questions surrounding the minister's sudden death remain open.") == []
    e = coded_events("Troops surrounding the rebel stronghold opened fire at dawn.")[0]
    assert e["root"] == "ASSAULT"


def test_an_attack_for_a_failing_is_criticism(coded_events):
    e = coded_events("Senator Marn attacked Governor Liss for failing to fund the schools.")[0]
    assert (e["root"], e["rule"]) == ("ACCUSE", "v.assault+criticized_for")
    assert e["actor"] == "Marn" or "Marn" in str(e["actor"])
    e = coded_events("Rebels attacked the army convoy for a second time this week.")[0]
    assert e["root"] == "ASSAULT"


def test_a_guess_with_must_have_lays_no_duty(coded_events):
    assert coded_events("Marn said the Dorvan minister must have known about the memo.") == []
    e = coded_events("Marn said the Dorvan minister must resign.")[0]
    assert (e["root"], e["rule"]) == ("REQUEST", "frame:report+must")


def test_going_to_war_is_an_attack(coded_events):
    e = coded_events("Dorvan went to war with its northern neighbour in the spring.")[0]
    assert (e["root"], e["rule"]) == ("ASSAULT", "v.assault.go_to_war")


def test_wanting_someone_back_asks_for_the_return(coded_events):
    e = coded_events("The boy's mother lives in Velka and wants him back.")[0]
    assert (e["root"], e["rule"]) == ("REQUEST", "frame:wish+back")
    # wanting something of one's own, with no 'back', is no demand
    assert coded_events("The boy's mother lives in Velka and wants a new house.") == []


def test_asked_about_or_for_anonymity_is_no_request_but_asked_for_talks_is(coded_events):
    """roles.json figurative question_preps and anonymity (the blind batch Random(63))."""
    assert coded_events('"We are at a turning point," Ola Brun said when asked about the '
                        "debate on the border.") == []
    evs = coded_events("A police source asking for anonymity said the raid ended at dawn.")
    assert [e["root"] for e in evs] == ["ASSAULT"], evs  # the raid told, nothing asked
    for text in ("Velka asked for talks on the border.",
                 "Velka asked Marn for help in the search."):
        assert [e["root"] for e in coded_events(text)][:1] == ["REQUEST"], text
