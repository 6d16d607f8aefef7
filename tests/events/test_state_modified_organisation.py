"""A demonym on an organisation noun ('the Norlish energy giant') names a company, not the
state: the events stage must not give that state as the actor or target (issue 6: two
tellings of one act kept apart as 'roles crossed'), while a demonym on forces, troops, a
government or officials still stands for the state."""

from __future__ import annotations

import json

import pytest

from dateline.entities import resources
from dateline.events import code_events_jsonl


def _first_event(text: str) -> dict[str, object]:
    (out,) = code_events_jsonl([json.dumps({"text": text})])
    assert out["events"], text
    return dict(out["events"][0])


def _no_state_examples():
    for d in resources.load_json("descriptions.json")["descriptions"]:
        yield from d.get("no_state", [])


@pytest.mark.parametrize("ex", list(_no_state_examples()))
def test_a_state_word_on_an_organisation_noun_is_no_party(ex):
    ev = _first_event(ex["text"])
    assert ev[ex["argument"]] and ev[ex["argument"]] != ex["state"], ev


@pytest.mark.parametrize(("text", "argument", "state"), [
    ("Russian troops attacked the border town overnight.", "actor", "Russia"),
    ("The British government criticised the new tariffs on Monday.", "actor", "United Kingdom"),
    ("French officials condemned the raid on the convoy.", "actor", "France"),
    ("Rebels ambushed Nigerian soldiers near the lake.", "target", "Nigeria"),
    # a state owning the organisation, as written or tokenised Penn-Treebank style
    ("Norway's insurance firms offered to cover the flood losses.", "actor", "Norway"),
    ("Norway 's insurance firms offered to cover the flood losses.", "actor", "Norway"),
])
def test_a_state_on_forces_officials_or_as_owner_is_still_the_state(text, argument, state):
    assert _first_event(text)[argument] == state


def test_the_named_company_is_the_party_it_recalls():
    ev = _first_event("Unions in Tessa condemned the German carmaker over the closures, "
                      "a week after Velmar Motors posted a loss.")
    assert ev["target"] != "Germany", ev
    ev = _first_event("Velmar Motors posted a loss in March. Unions in Tessa condemned the "
                      "German carmaker over the closures.")
    assert ev["target"] == "Velmar Motors", ev
