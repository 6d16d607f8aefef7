"""Ties or cooperation strengthened, deepened or built (verbs.json v.cooperate.ties_grow) and an
alliance or a bloc joined (v.join.alliance) are cooperation, COOPERATE; told ahead or as an
intent ('would work to', 'hoped to', 'is due to') an intent to cooperate, AGREE (issue 4: the
probe lines that coded no event because the act's verb had no sense). The intent is read
through a lemmatizer's slip ('hoped' -> 'hop': words.governing_lemma) and through 'work to'
(roles.json aspect); a gathering or a trip that would strengthen ties is the act, not a
party's cooperation, also when it is the subject of a first conjunct (senses._subject_words)."""

from __future__ import annotations

import pytest

from dateline.events.words import governing_lemma


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("The envoy hoped to sign the accord.", "hoped", "hope"),
    ("The envoy is hoping to sign the accord.", "hoping", "hope"),
    ("The envoy hopes to sign the accord.", "hopes", "hope"),
    ("The envoy planned to sign the accord.", "planned", "plan"),
])
def test_a_governing_verb_is_read_by_its_intent_word(nlp, text, word, lemma):
    tok = next(t for t in nlp(text) if t.lower_ == word)
    assert governing_lemma(tok) == lemma


@pytest.mark.parametrize("text", [
    "The Dorvan premier said his cabinet would work to deepen ties with the Selm republic.",
    "The new Lirn envoy told reporters he hoped to strengthen relations between Lirn and Osk.",
    "The Osk premier said she was hoping to build closer ties with Tamsk.",
    "Velsk is due to join the trade bloc next January.",
])
def test_ties_or_membership_told_ahead_is_an_intent_to_cooperate(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "AGREE" and ev["modality"] == "planned", ev
    assert ev["rule"].endswith("+intent"), ev


@pytest.mark.parametrize("text", [
    "Harl and Tamsk strengthened their ties last year.",
    "Marland and Dessa formally joined the defence alliance on Monday.",
])
def test_ties_strengthened_or_an_alliance_joined_is_cooperation(top_event, text):
    ev = top_event(text)
    assert ev["root"] == "COOPERATE" and ev["modality"] == "asserted", ev


@pytest.mark.parametrize("text", [
    "The premier's trip to Osk would strengthen ties between the two states, a Harl paper said.",
    # the trip is the subject of the first conjunct, which the second shares
    "The Harl premier's stay in Osk went well and would deepen ties between the two states.",
    "The Harl premier's visit to Osk went well and would deepen ties between the two states.",
])
def test_a_trip_that_strengthens_ties_is_no_party_cooperating(coded_events, text):
    evs = coded_events(text)
    assert all("ties_grow" not in e["rule"] for e in evs), evs


@pytest.mark.parametrize(("text", "root"), [
    ("The northern alliance admitted Velsk and Dessa as full members on Monday.", "COOPERATE"),
    ("At a summit in Osk, the trade bloc said it would admit Marland and Tamsk next year.",
     "AGREE"),
])
def test_states_admitted_to_a_bloc_are_cooperation(top_event, text, root):
    ev = top_event(text)
    assert ev["root"] == root and ev["rule"].startswith("v.cooperate.admit_member"), ev


@pytest.mark.parametrize("text", [
    "The minister admitted Osk had made mistakes.",  # an admission, no member taken in
    "Kessland admitted 4,000 refugees from Orlund last year.",  # refugees: aid
])
def test_only_states_are_admitted_as_members(coded_events, text):
    assert all("admit_member" not in e["rule"] for e in coded_events(text))
