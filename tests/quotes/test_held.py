"""The held and told stance frames: a light verb whose object is a noun of view or
statement, and such a noun as the subject of 'be' with a clause."""

from __future__ import annotations

from quote_finds import found as _found


def test_view_noun_with_its_complement(nlp):
    got = _found(nlp, "Local parents have mixed feelings toward the new school calendar.")
    assert ("Local parents", "have mixed feelings toward", "the new school calendar") in got


def test_plan_with_an_infinitive(nlp):
    got = _found(nlp, "The port authority has a plan to dredge the harbor.")
    assert ("The port authority", "has a plan", "to dredge the harbor") in got


def test_no_complement_tells_no_stance(nlp):
    assert _found(nlp, "The city has a plan.") == []
    assert _found(nlp, "The growers have doubts.") == []


def test_aiming_nouns_only_after_take(nlp):
    got = _found(nlp, "The coach took aim at the referees after the match.")
    assert ("The coach", "took aim at", "the referees") in got
    # 'a shot at' after 'have' is a chance, not an attack
    assert _found(nlp, "Kasich still has a shot at the nomination.") == []


def test_unlisted_noun_and_deeds_stay_out(nlp):
    assert _found(nlp, "The senator took a look at the bill.") == []
    assert _found(nlp, "The senator signed the bill.") == []


def test_told_noun_takes_the_clause_of_be(nlp):
    got = _found(nlp, "The clerk's answer was that the ledger had been lost.")
    assert ("The clerk's", "answer was", "that the ledger had been lost") in got
    # a noun phrase after 'be' says what the thing is, not what anyone holds
    assert _found(nlp, "Her plan is a tax cut.") == []


def test_interest_in_is_about_what_follows_but_not_a_place(nlp):
    got = _found(nlp, "The board had little interest in selling the old ferry terminal.")
    assert ("The board", "had little interest in", "selling the old ferry terminal") in got
    # a place after 'in' tells where the stance was held, not what it is about
    assert _found(nlp, "The governor took a firm stance in Denver.") == []
    assert _found(nlp, "Hale has strong views in Texas.") == []


def test_a_colon_after_the_stance_noun_opens_what_it_holds(nlp):
    text = "Harbor officials have two main questions: who paid for the dredging and when it began."
    content = "who paid for the dredging and when it began"
    assert ("Harbor officials", "have two main questions", content) in _found(nlp, text)
    # a telling of its own after the colon keeps its own attribution
    got = _found(nlp, "The young voters hold mixed views: most say they are liberal on taxes.")
    assert [cue for _, cue, _ in got] == ["say"]
