"""The borders of the held-out half's weak roots (issue 4, session 59; the session 59
section of bench/plover_probes_weakroots.txt): a cooperation noun measured or judged is no
act, a party called to act is asked (REQUEST), forces sent to help restore order in another
state or to back its government are aid, and a sanction or coercion told as possible is
held out (THREATEN) when a report verb tells it, as one told with 'will' is in the dev
gold. The roles.json sections' examples (measured_acts, calls_to, possible_acts) run in
test_lexicon."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a figure or a judgement of trade is no act; trade resumed or cut is
    ("Commerce between Orvia and Sella hit four billion dollars by the end of June.", "NONE"),
    ("Trade between Orvia and Sella resumed on Monday after a year's halt.", "COOPERATE"),
    ("Orvia cut off all trade with Sella on Monday.", "SANCTION"),
    # called to act: asked; calling up forces is a move
    ("The Orvian leader called Sellan firms to take a larger part in the port project.",
     "REQUEST"),
    ("The army called up 5,000 reservists to serve on the border.", "MOBILIZE"),
])
def test_measured_and_called(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # forces sent to help another state keep order or to back its government: aid
    ("Pellan sent 200 police officers to help restore order in Orvia.", "AID"),
    ("Pellan sent troops to back the Orvian government against the rebels.", "AID"),
    # forces sent to guard one's own passes or to deter raids: a move
    ("Pellan deployed two brigades to the frontier to help guard the passes.", "MOBILIZE"),
    ("Pellan moved troops to the border to deter raids from Orvia.", "MOBILIZE"),
])
def test_forces_sent_to_help(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a sanction told as possible or ahead is held out; done or decided it is the sanction
    ("Orvia may impose sanctions on Sella over the seized tanker, its premier said.", "THREATEN"),
    ("Orvia could expel the Sellan envoy within days, officials warned.", "THREATEN"),
    ("Orvia said it would widen its embargo on Sella.", "THREATEN"),
    ("Orvia widened its embargo on Sella to cover fuel on Monday.", "SANCTION"),
    # unreported, the modal only hedges
    ("Orvia may impose sanctions on Sella over the seized tanker.", "SANCTION"),
    ("Orvia imposed sanctions on Sella over the seized tanker.", "SANCTION"),
    ("Orvia may have expelled two Sellan diplomats last year, the paper said.", "SANCTION"),
])
def test_possible_sanctions(top_event, text, root):
    assert top_event(text)["root"] == root


def test_denied_ability_is_no_threat(coded_events):
    """'could not impose sanctions': the modal denies the act; nothing is held out."""
    evs = coded_events("Orvia could not impose sanctions on Sella without the council's vote.")
    assert evs and evs[0]["root"] == "SANCTION" and evs[0]["negated"] is True
