"""Acts told in headline shapes and split particle phrases (session 22 task P, issue #4)."""

from __future__ import annotations


def test_a_headline_without_its_auxiliary_is_read_as_a_passive(top_event):
    # the bare noun that opens the headline is what was lifted, sent or imposed
    assert top_event("Curfew lifted in eastern Dorvia.")["root"] == "CONCEDE"
    assert top_event("Warships sent to Strait of Ober after border incident.")["root"] == "MOBILIZE"
    assert top_event("Embargo imposed on Tessaly.")["root"] == "SANCTION"
    # the parser may make the noun the root and the verb its participle: still what was imposed,
    # ahead of the nouns after the verb (the 'tests' are no military show here)
    e = top_event("Sanctions imposed on Tessaly over missile tests.")
    assert (e["root"], e["rule"]) == ("SANCTION", "light:impose+n.sanction")


def test_a_bare_subject_no_entry_names_gives_no_act(top_event):
    # prices are no restriction: their easing is no concession
    assert top_event("Prices eased in March.")["root"] == "NONE"


def test_a_particle_the_parser_splits_from_its_noun_still_names_the_state(top_event):
    # 'on' made a particle and 'standby' an adverb of 'put': still 'put on standby'
    e = top_event("Thousands of troops were put on standby in the southern provinces.")
    assert (e["root"], e["rule"]) == ("MOBILIZE", "v.put_on_alert")


def test_a_headline_infinitive_is_a_plan(top_event):
    # 'X to VERB' with no finite verb: what X is to do, coded as 'will VERB' is (a hostile
    # act held out THREATEN, another one promised AGREE), whichever way the parser hangs it
    for text, root in [("Kestria to withdraw troops from disputed border villages.", "AGREE"),
                       ("Veskara to send food aid to flood victims.", "AGREE"),
                       ("Veskara to expel three Kestrian diplomats.", "THREATEN"),
                       ("Kestria to impose curfew in restive south.", "THREATEN")]:
        e = top_event(text)
        assert (e["root"], e["modality"]) == (root, "planned"), text


def test_an_infinitive_beside_a_finite_verb_or_on_an_event_noun_is_no_headline_plan(top_event):
    e = top_event("Kestria sent troops to the border to deter an attack.")
    assert e["root"] == "MOBILIZE" and e["modality"] != "planned"
    assert top_event("Veskara expels three Kestrian diplomats.")["root"] == "SANCTION"


def test_a_headline_noun_before_a_verb_read_as_a_plural_noun_is_the_act(top_event):
    # the tagger reads 'cripples', 'halts' as plural nouns and the first noun as their
    # compound: the act the first noun names is still told
    assert top_event("Strike cripples Belvorian ports for third day.")["root"] == "PROTEST"
    assert top_event("Blast rocks Veskaran capital, five dead.")["root"] == "ASSAULT"
    # a plural after the noun with no object after it is a plural: no act is told
    assert top_event("Protest leaders in Orlund capital.")["root"] == "NONE"


def test_a_headline_verb_inside_a_noun_chain_is_the_act(top_event):
    """'Guerrillas raid army post': the tagger makes the whole headline one noun chain; the
    bare NN of a lexicon verb after its plural or force doer is the verb (verb_frames.
    chain_verb), a verb of going on tells its doer noun happening (section BJ)."""
    assert top_event("Riot police storm rebel-held radio station")["root"] == "ASSAULT"
    assert top_event("Border talks resume in Tarvik")["root"] == "CONSULT"


def test_a_noun_chain_without_a_plural_doer_is_no_headline_verb(coded_events, top_event):
    # 'price' is no doer: 'shell' stays a noun of the chain; a force's noun at the chain's
    # end is a thing it has ('police station'), the raid before it the act
    assert coded_events("Oil price shell company report") == []
    assert top_event("Militiamen raid police station near Osk")["rule"] == "v.assault+headline"


def test_a_headline_object_before_a_blank_line_is_still_the_object(annotate_events):
    # the blank line's space token hangs on the headline's last noun and the parser calls it
    # a bare 'dep': it is still what the verb ends, as in the same line told alone
    text = ("Velmar dockers accept pay offer, ending strike\n\n"
            "Dockers at the harbour of Velmar voted on Tuesday to accept the offer.")
    first = [e for e in annotate_events(text).events if e.sentence == 0]
    coded = {(e.type, e.trigger) for e in first}
    assert ("CONCEDE", "ending strike") in coded and ("PROTEST", "strike") not in coded, coded
