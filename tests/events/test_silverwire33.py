"""Shapes of the cue-aimed blind batch Random(90) (issue 4, session 68;
bench/plover_probes_silverwire33.txt), each a general shape of English or of the codebook,
with the near sense that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a judging verb's 'as' before a violation or verdict adjective judges its object
    # (roles.json judged_violations _as_adjective; events.judged)
    ("Dan Ross, head of the farmers' union, described the arrest warrant issued against him "
     "by the Velkan cabinet as \"illegal\" and said he would go home when the time was right.",
     "ACCUSE"),
    ("The Osk foreign ministry described the decree of the Tessan junta as illegal.", "ACCUSE"),
    ("Lirn described Harl's decision to close the border as unacceptable.", "ACCUSE"),
    # an adjective that judges nothing, or said of no act, stays no act
    ("The minister described the talks with Harl as useful.", "NONE"),
    ("Osk described the weather on the coast as unusual for May.", "NONE"),
])
def test_an_act_described_as_illegal(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a compromise put forward, tabled or presented is an offer (nouns.json
    # n.agree.compromise_offered), as one offered or proposed is
    ("Seeking a way to a deal, Tessa put forward a compromise list that took up most of the "
     "other members' wishes on farm tariffs.", "AGREE"),
    ("The Velkan delegation tabled a compromise plan on the water quotas late on Monday.",
     "AGREE"),
    ("The Lirn envoy presented a compromise to the two rebel groups on Friday.", "AGREE"),
    ("Osk offered a compromise on the border tolls at the start of the third round.", "AGREE"),
    # a climbdown or concession made stays a concession
    ("The cabinet's climbdown on the new sales tax was announced on Friday.", "CONCEDE"),
])
def test_a_compromise_put_forward_is_an_offer(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a person waived, named or told by his position, is let go by a club, no concession
    # (verbs.json v.concede.waive)
    ("Ivo Marr was waived by the Harl Hawks on Tuesday, the club said.", "NONE"),
    ("The Lirn Lions waived guard Tom Bell after the game on Sunday.", "NONE"),
    # a claim, a fee or a condition waived is given up
    ("The cabinet waived the visa fees for pilgrims from Osk.", "CONCEDE"),
    ("Tessa waived its claim to the disputed islets on Friday.", "CONCEDE"),
    ("The court waived the bail condition for the two opposition leaders.", "CONCEDE"),
])
def test_a_person_waived_is_no_concession(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # 'in cooperation with' a named party hung on the verb's subject tells the verb's act
    # done jointly (roles.json joint_manners _subject_host; noun_candidates.joint_host)
    ("The Harl Wildlife Board in cooperation with the Lirn Fisheries Office held a course "
     "for rangers on bird diseases last week.", "COOPERATE"),
    ("The Velkan health ministry in partnership with the Osk Red Cross opened two clinics in "
     "the north on Monday.", "COOPERATE"),
    # an act of its own keeps its root; the phrase on a noun only describes it
    ("Orlund police in cooperation with Interpol arrested the smugglers.", "COERCE"),
    ("Dr Lin has written papers on projects in cooperation with Velmar and Brel.", "NONE"),
])
def test_a_subject_in_cooperation_with_a_party(top_event, text, root):
    assert top_event(text)["root"] == root
