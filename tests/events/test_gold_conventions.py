"""Codings the conventions batch (bench/plover_probes_conventions.txt: our own sentences in the
PLOVER gold's register, by the dev gold's conventions) found missed, and whose fixes it
prompted (issue 4, session 53): each with the near sense that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a subject named by its compound: security forces taking a body's offices repress it;
    # an army's units taking a rebel base capture it
    ("Osk security forces seized the offices of the banned Teachers' Union.", "COERCE"),
    ("Security forces took over the premises of the Velka lawyers' guild.", "COERCE"),
    ("Army units seized the headquarters of the rebel movement after a gun battle.", "ASSAULT"),
    # a commodity's supplies cut off to a party are a sanction; a utility's withheld coercion
    ("Velka cut off oil supplies to Tamrin in a row over transit fees.", "SANCTION"),
    ("The militia cut off water supplies to the besieged town.", "COERCE"),
    ("The authorities cut off the internet in the restive province.", "COERCE"),
    # another's forces trained, or forces sent to train them, are military assistance;
    # forces sent to drill on their own, or training together, are not
    ("Velka trained 300 Osk border guards in bomb disposal.", "AID"),
    ("Tamrin sent 40 officers to train the Selm navy.", "AID"),
    ("Tamrin sent 40 soldiers to train in the Selm desert.", "MOBILIZE"),
    ("Osk and Velka pilots began training together at a northern air base.", "COOPERATE"),
    # people blocking a crossing or gates obstruct; troops blocking one restrict movement
    ("Striking lorry drivers blocked the main border crossing with Velka for five hours.",
     "PROTEST"),
    ("Soldiers blocked the border crossing with Velka on Sunday.", "COERCE"),
    # an appeal for sanctions against a party solicits action against it; one for their
    # lifting is an appeal
    ("Exiled writers appealed for an arms embargo against the Osk junta.", "ACCUSE"),
    ("In a note to the council, Velka called for the lifting of the oil embargo.", "REQUEST"),
    # people's road blockades lifted call the protest off; a force's blockade eased is a
    # de-escalation
    ("Striking farmers lifted their road blockades after the ministry raised milk prices.",
     "CONCEDE"),
    ("The navy lifted its blockade of the harbour on Sunday.", "RETREAT"),
    ("The army lifted its blockade of the main road into Osk.", "RETREAT"),
])
def test_convention_fixes(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # 'yield' with an object produces it, unless what is yielded is given up (silverwire9)
    ("Daily drills yield a calm that lasts all day, the trainer said.", "NONE"),
    ("The talks yielded no agreement.", "NONE"),
    ("The Velka government yielded on Friday and raised the wages of miners.", "CONCEDE"),
    ("The junta yielded power to a civilian council on Monday.", "CONCEDE"),
    # talks that bring parties together are told held (roles.json subject_events with_words)
    ("The negotiations in Osk bring together Velka, Selm, Tamrin and Brel.", "CONSULT"),
    ("The festival brought together artists from forty countries.", "NONE"),
])
def test_silverwire9_leftovers(top_event, text, root):
    assert top_event(text)["root"] == root
