"""Disapproval of an act is aimed at the act's doer (args.arguments, BLAME_ROOTS; issue 4):
'spoke out against X's arrests of Y' and 'denounced the killing of Y by X' target X, not Y nor
the act; a possessive pronoun is left alone, its antecedent being often misread."""

from __future__ import annotations


def test_criticism_of_an_act_targets_its_possessor_not_its_victims(event_at) -> None:
    ev = event_at("Velmar spoke out against Kesh's recent arrests of Velmar members in the city.",
                  "spoke")
    assert (ev.type, ev.actor, ev.target) == ("ACCUSE", "Velmar", "Kesh")


def test_criticism_of_an_act_targets_its_by_agent(event_at) -> None:
    ev = event_at("The minister denounced the killing of civilians by Kesh troops.", "denounced")
    assert (ev.type, ev.target) == ("ACCUSE", "Kesh troops")
