"""Sources the parser hangs on the wrong word: the speaker of the speech verb is found anyway."""

from __future__ import annotations

import pytest

from dateline import quotes


def _found(nlp, text):
    out = set()
    for q in quotes.find(text, nlp(text)):
        src = text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None
        out.add((src, q.cue, q.text))
    return out


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Any honest reading of the minister's budget, said Laura Kemp, an economist at the "
            "Fiscal Institute in Leeds, would show a widening gap.",
            "Laura Kemp, an economist at the Fiscal Institute in Leeds",
            "Any honest reading of the minister's budget",
        ),
        (
            "The main obstacle to building the bridge, say engineers like Tom Harlow, a Dutch "
            "surveyor, is the soft clay itself.",
            "engineers like Tom Harlow, a Dutch surveyor",
            "The main obstacle to building the bridge",
        ),
        (
            "The gap between the two towns, said Ruth Adler and others, would keep growing.",
            "Ruth Adler and others",
            "The gap between the two towns",
        ),
        (
            "The defeat of the bill marks the end of an era for the coalition, said Pieter Vos, "
            "leader of the Green Alliance.",
            "Pieter Vos, leader of the Green Alliance",
            "The defeat of the bill marks the end of an era for the coalition",
        ),
    ],
)
def test_speaker_inside_reported_clause(nlp, text, source, content):
    """'X, said NAME, ..., would ...': the name after the verb speaks, not X."""
    found = _found(nlp, text)
    assert {(src, q) for src, _, q in found} == {(source, content)}, found


def test_subject_before_verb_still_speaks(nlp):
    """A person before the verb keeps it; the noun phrase after it is what was said."""
    text = (
        "The mayor, who spent a decade in the council, said their plans, already delayed by "
        "two years, would go ahead."
    )
    found = _found(nlp, text)
    assert {src for src, _, _ in found} == {"The mayor, who spent a decade in the council"}, found


def test_party_tag_is_no_speaker(nlp):
    """'Sen. Ann Lee (D-OR) said': when the parser leaves the verb no usable subject, the
    word before it is the bracketed party and state tag; the senator speaks."""
    text = (
        "Speaking Sunday at the Oregon Democratic state\u2019s party convention Sen. Ann Lee "
        "(D-OR) said the governor was a proven failure at business."
    )
    found = _found(nlp, text)
    assert {src for src, _, _ in found} == {"Sen. Ann Lee (D-OR)"}, found


def test_place_after_preposition_is_no_speaker(nlp):
    """'..., Dupont said Tuesday in Lyon, noting ...': the participle the parser cut loose
    takes the sentence's speaker, not the place right before it."""
    text = (
        "The minister\u2019s \u201cexcesses\u201d are shameful, Dupont said Tuesday in Lyon, "
        "noting the governor \u201cmakes you want to weep.\u201d"
    )
    found = _found(nlp, text)
    assert ("Dupont", "noting") in {(src, cue) for src, cue, _ in found}, found
    assert not any(src == "Lyon" for src, _, _ in found), found


def test_person_the_parser_hung_on_a_preposition_still_speaks(nlp):
    text = "Speaker of the House Rep. Ann Lee (R-WI) said \u201cthese are shameful images.\u201d"
    found = _found(nlp, text)
    assert {src for src, _, _ in found} == {"Speaker of the House Rep. Ann Lee (R-WI)"}, found


def test_time_stamp_set_ahead_is_no_second_subject(nlp):
    """'3:00 p.m. / A court filing ... says': the parser gives the verb both as subjects;
    the one nearest before the verb speaks."""
    text = (
        "3:00 p.m.\nA court filing released Friday says that the mayor\u2019s chief of staff "
        "will not be charged."
    )
    found = _found(nlp, text)
    assert {src for src, _, _ in found} == {"A court filing released Friday"}, found


def test_names_after_a_description_speak(nlp):
    """'Democratic presidential hopefuls former Gov. Ann Lee and ... called': the parser
    split the phrase into two subjects; the names, nearest the verb, are the source."""
    text = (
        "Democratic presidential hopefuls former Ohio Gov. Ann Lee and former Senator Tom "
        "Hale called for further action on housing."
    )
    found = _found(nlp, text)
    assert {src for src, _, _ in found} == {
        "former Ohio Gov. Ann Lee and former Senator Tom Hale"
    }, found


def test_comma_set_name_before_a_joined_verb_speaks(nlp):
    """'... are watching a member of the elite, Ann Lee, argue that ...': the parser joined
    'argue' to 'watching' with no 'and'; the comma-set name before it argues."""
    text = (
        "Voters in the primary are watching a seasoned member of the elite, Ann Lee, argue "
        "that the top ranks of power are open to women."
    )
    found = _found(nlp, text)
    assert ("a seasoned member of the elite, Ann Lee", "argue") in {
        (src, cue) for src, cue, _ in found
    }, found


def test_object_of_a_headline_series_is_no_speaker(nlp):
    """'X slams Garcia, praises Lopez': the name before the comma is the first verb's
    object, not in apposition; X praises."""
    found = _found(nlp, "Rep. Ann Lee slams Garcia, praises Lopez as a hard worker.")
    assert not any(src == "Garcia" for src, _, _ in found), found
