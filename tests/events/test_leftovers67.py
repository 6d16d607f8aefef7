"""Shapes of the blind batch Random(88) and session 66's leftovers (issue 4, session 67),
each a general shape of English or of the codebook, with the near sense that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a visit or trip its maker ends was made (nouns.json n.consult.visit_ended)
    ("The Tessan president ended her state visit to Lirn on Sunday after three days.",
     "CONSULT"),
    ("Foreign Minister Ana Berz flew home on Tuesday, ending a two-day trip to Harl and Osk.",
     "CONSULT"),
    # a visit called off or cancelled, and talks ended, stay broken off
    ("Osk called off the foreign minister's visit to Velka in protest at the arrests.",
     "SANCTION"),
    ("Velka cancelled a planned trip by its trade minister to Dorvan.", "SANCTION"),
])
def test_a_visit_ended_by_its_maker_was_made(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a trading verb with an at-amount and no object quotes a price (transactions price_quotes)
    ("August grade 2 rubber last traded at 165 US cents a kilo in Osk, dealers said.", "NONE"),
    ("Shares of Harl Motors traded at 12 dollars in Osk on Monday.", "NONE"),
    # parties trading goods keep their cooperation
    ("Dorvan traded oil for food with Lirn under a barter deal.", "COOPERATE"),
])
def test_a_price_traded_at_is_no_trade_between_parties(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a person stripped or deprived of a membership, post or seat (verbs.json v.strip.post)
    ("Tam Wen was deprived of his party membership following the bribery inquiry.", "COERCE"),
    ("The mayor of Lirn was stripped of his post after two bridge collapses.", "COERCE"),
    # a sports title or medal stripped is no coercion of a party
    ("The Osk cyclist was stripped of his title after a failed drug test.", "NONE"),
])
def test_a_post_or_membership_taken_away(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a seat, chair or presidency held is a tenure (roles.json held_posts)
    ("The post of speaker, a seat occupied by Ivo Dan since 2001, falls vacant in May.", "NONE"),
    ("Tessa holds the presidency of the Coastal bloc until June.", "NONE"),
    # a place occupied by fighters stays an occupation
    ("Velkan troops occupied the northern province of Harl in 1999.", "ASSAULT"),
])
def test_a_seat_held_is_no_occupation(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # an act or deed committed is done, no pledge (verbs.json v.agree not_objects)
    ("\"We have no proof, and it never served Dorvan's interest to commit such a deed,\" "
     "Marr said.", "NONE"),
    # a party committing itself keeps its pledge
    ("The Velkan government committed itself to holding talks with the rebels next month.",
     "AGREE"),
])
def test_an_act_committed_is_no_pledge(top_event, text, root):
    assert top_event(text)["root"] == root
