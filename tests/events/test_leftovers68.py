"""Shapes of the blind batch Random(89) and session 67's leftovers (issue 4, session 68),
each a general shape of English or of the codebook, with the near sense that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # an official fired for (or over) what he did, as one dismissed (verbs.json v.coerce.dismiss)
    ("The Velkan premier fired the interior minister over the prison escape.", "COERCE"),
    ("President Dorn fired Defence Minister Ivo Lask for his part in the arms scandal.",
     "COERCE"),
    # troops firing on a crowd stay an assault
    ("Troops fired on protesters in the Osk capital.", "ASSAULT"),
])
def test_an_official_fired_for_what_he_did(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # another party's armed men disarmed are coerced (verbs.json v.coerce.disarm)
    ("Peacekeepers began to disarm rebel fighters in the north of Osk.", "COERCE"),
    ("Rebel fighters were disarmed by the Harl army near Kess on Monday.", "COERCE"),
    # one's own fighters disarmed, or armed men disarming, stand down
    ("The Front disarmed its fighters in June.", "RETREAT"),
    ("The rebels disarmed under the supervision of the monitors.", "RETREAT"),
])
def test_armed_men_disarmed_by_another_party(top_event, text, root):
    assert top_event(text)["root"] == root


def test_a_participle_on_the_root_noun_with_an_article_is_its_verb():
    """dependents.modified_lemmas: 'The rebels disarmed under X' (the parser hangs the verb on
    the root noun as a participle) is the rebels' own act; a by-agent keeps the participle
    done to its noun, with or without the article."""
    from dateline.config import DEFAULT_MODEL
    from dateline.events.dependents import modified_lemmas
    from dateline.pipeline import load_nlp

    nlp = load_nlp(DEFAULT_MODEL)

    def read(text: str) -> set[str]:
        verb = next(t for t in nlp(text) if t.lower_ == "disarmed")
        assert verb.dep_ == "acl" and verb.head.dep_ == "ROOT", text  # the misreading
        return modified_lemmas(verb)

    assert read("The rebels disarmed under the supervision of the monitors.") == set()
    assert read("The fighters disarmed by peacekeepers in Osk.") == {"fighter"}
    assert read("Rebel fighters disarmed by peacekeepers in Osk.") == {"fighter"}


@pytest.mark.parametrize(("text", "root"), [
    # armed forces occupying a town near a border occupy it (v.block_road not_subjects)
    ("The Velkan army occupied the border town of Kess on Monday.", "ASSAULT"),
    ("Dorvan troops occupied the border crossing at Harl overnight.", "ASSAULT"),
    # people blocking a border crossing still protest
    ("Striking lorry drivers blocked the main border crossing with Velka for five hours.",
     "PROTEST"),
])
def test_a_border_town_occupied_by_troops(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a summons a court or prosecutors issue (nouns.json n.accuse.summons)
    ("A Lirn court issued a summons on Tuesday for the Velka Aid League.", "ACCUSE"),
    ("Prosecutors in Velka served subpoenas on three Tessan executives over the bribes.",
     "ACCUSE"),
    # a summons received is no act of the one who receives it
    ("The minister received a summons from the Osk court.", "NONE"),
])
def test_a_summons_issued(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # an economy is no party (roles.json non_agents), also as the subject of the verb whose
    # adjective an infinitive completes ('appeared likely to resist': agents.controller)
    ("The Velkan economy appeared likely to resist any slowdown in world trade.", "NONE"),
    ("The Osk economy has resisted the downturn so far this year.", "NONE"),
    # a state resisting pressure still refuses
    ("Osk resisted Tessan pressure to cut its tariffs.", "REJECT"),
    ("The Velkan cabinet appeared likely to reject the Osk peace plan.", "REJECT"),
])
def test_an_economy_that_resists_a_slowdown_refuses_nothing(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a problem or a disease restricted or confined to a place tells its spread
    # (verbs.json v.coerce.detain not_objects)
    ("Drug abuse, once a problem restricted to the port of Lirn, has spread inland.",
     "NONE"),
    ("The outbreak was restricted to two villages in the south of Osk, the ministry said.",
     "NONE"),
    # people restricted to a place by a force are coerced
    ("Foreign journalists were restricted to the capital by the Osk military.", "COERCE"),
])
def test_a_problem_restricted_to_a_place_is_no_coercion(top_event, text, root):
    assert top_event(text)["root"] == root
