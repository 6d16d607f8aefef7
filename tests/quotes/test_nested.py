"""A quoted fragment whose cue sits inside another speaker's reported claim is part of
that claim's content, not a second statement (quotes.nested); one told by the claim's own
speaker ('adding') stays."""

from __future__ import annotations

import pytest

from dateline import quotes


def _direct(nlp, text):
    return [
        (text[q.speaker_start : q.speaker_end], q.cue, q.text)
        for q in quotes.find(text, nlp(text))
        if q.kind == "direct" and q.speaker_start is not None
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Ms. Varga says she was "still on the fence" until Mayor Okafor said he was backing '
        "the levy.",
        '"Please keep the protest off the floor," Lindqvist said, according to the Harbor '
        "Gazette.",
        'The council member told the Ledger that he has "no clue" whether he would have warned '
        "the mayor about the audit.",
    ],
)
def test_a_fragment_inside_another_speakers_claim_is_no_statement(nlp, text):
    assert _direct(nlp, text) == []


def test_the_claims_own_speaker_keeps_the_fragment(nlp):
    text = 'Mr. Brandt said the vote on the dam could be "rough," adding, "Voting is rough."'
    assert ("Mr. Brandt", "adding", '"Voting is rough."') in _direct(nlp, text)


def test_a_claim_with_no_source_holds_no_fragment(nlp):
    text = (
        "Chairman Odell appeared to dodge the question of payouts in his opening remarks, "
        'stating merely, "We know how much the payout matters to you."'
    )
    assert [s for s, cue, _ in _direct(nlp, text) if cue == "stating"] == ["Chairman Odell"]
