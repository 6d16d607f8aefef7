"""A meeting told as the setting of a clause ('made these comments at a meeting with X', 'at
talks with X, Y insisted') was held: CONSULT, its doer the clause's subject, its target the
party of its with-phrase; with no named party it is a setting only (roles.json
meeting_settings, events.stance.met_at; issue 4, the blind batch Random(72))."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Premier Tam Orrin made the comments in a meeting with Lena Vask, the visiting Dorvan "
     "trade minister.", "Tam Orrin", "Lena Vask"),
    ("During talks with Kessland's foreign minister Ivo Brel, Edo Malik spoke of the floods.",
     "Edo Malik", "Ivo Brel"),
])
def test_a_meeting_with_a_named_party_as_setting_was_held(top_event, text, actor, target):
    ev = top_event(text)
    assert ev["root"] == "CONSULT" and ev["trigger"] in ("meeting", "talks"), ev
    assert ev["actor"] == actor and ev["target"] == target, ev


@pytest.mark.parametrize("text", [
    # no named party: a setting only
    "The senior lawmaker spoke at a meeting with bankers and professors in Karsholm on Friday.",
    # not under in/at/during: the noun alone still needs a verb that tells it
    "A meeting with Lena Vask would be useful, the premier said.",
])
def test_a_meeting_noun_without_a_named_party_or_setting_is_no_event(coded_events, text):
    assert all(e["root"] != "CONSULT" for e in coded_events(text))
