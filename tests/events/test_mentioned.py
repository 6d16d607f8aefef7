"""Acts a sentence only mentions are no events (issue 4, precision; events.mentioned,
roles.json mentioned_acts): an act talked about, an act conjectured or a possibility ruled
out, a meeting's date set with no party, a game's play told in act words, and what a deal
does. Each shape's act told plainly stays coded."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("mentioned_acts"),
                         ids=lambda ex: ex["text"][:40])
def test_mentioned_example(coded_events, ex):
    roots = [e["root"] for e in coded_events(ex["text"])]
    if ex["root"] is None:
        assert roots == [], roots
    else:
        assert roots[:1] == [ex["root"]], roots


@pytest.mark.parametrize("text", [
    "Officials in Osk ruled out any chance that the talks with Tarvia would resume this year.",
    "The envoy dismissed speculation that Velkan troops had attacked the border post.",
    "The rebels boasted about seizing the airport in Osk.",
    "The merger would give Corso Bank access to the Lirnian market.",
])
def test_mentioned_acts_give_no_event(coded_events, text):
    assert [e["root"] for e in coded_events(text)] == []


@pytest.mark.parametrize("text, root", [
    ("Velkan troops seized the airport in Osk.", "ASSAULT"),
    ("Velka will hold talks with Marn next week.", "AGREE"),
    ("A meeting of Velkan and Marnese ministers will be held in Osk.", "AGREE"),
    ("The summit will be hosted by Velka in June.", "AGREE"),
    ("Tarvia ruled out any negotiations with the kidnappers.", "REJECT"),
])
def test_acts_told_plainly_stay(top_event, text, root):
    assert top_event(text)["root"] == root
