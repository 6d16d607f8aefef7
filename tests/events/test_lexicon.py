"""Every lexicon entry's own examples code to the entry's root (most salient event); an
example whose root is null codes no event (a sense the entry leaves out)."""

from __future__ import annotations

import pytest

from dateline.events import PLOVER_ROOTS, lexicon

EXAMPLES = lexicon.all_examples()


def test_every_entry_has_examples_and_known_roots():
    for name in ("verbs.json", "nouns.json"):
        for d in lexicon.load_json(name)["entries"]:
            assert d["root"] in PLOVER_ROOTS, d["id"]
            assert d.get("examples"), f"{d['id']} has no examples"


def test_lookups_are_dicts_by_lemma():
    assert "accuse" in lexicon.verbs() and "ceasefire" in lexicon.nouns()
    entries = lexicon.verbs()["withdraw"]
    assert entries[0].specificity >= entries[-1].specificity


@pytest.mark.parametrize(("entry", "text", "root"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_lexicon_example(coded_events, entry, text, root):
    evs = coded_events(text)
    if root is None:  # a sense the entry leaves out ('camps which shelter people'): no act
        assert evs == [], (text, evs[:3])
        return
    assert evs, f"no event in {text!r}"
    assert evs[0]["root"] == root, (text, evs[:3])
    assert evs[0]["rule"]


NO_ACT = [(name, ex["text"]) for name in lexicon.ROOT_EXAMPLE_SECTIONS
          for ex in lexicon.role_examples(name) if ex["root"] is None]


@pytest.mark.parametrize(("section", "text"), NO_ACT, ids=[f"roles.{n}" for n, _ in NO_ACT])
def test_role_example_with_no_root_codes_nothing(coded_events, section, text):
    """A roles.json example whose root is null ('declined to comment', a question asked,
    a lawmaker speaking at a meeting with business leaders) codes no event at all."""
    assert coded_events(text) == [], (section, text)


def test_planned_root_names_the_act_an_intention_plans():
    from dateline.events.lexicon import planned_root

    assert planned_root("v.coerce.detain+intent") == "COERCE"  # 'will close' (THREATEN)
    assert planned_root("light:hold+n.consult+intent") == "CONSULT"  # 'will hold talks'
    assert planned_root("v.coerce.detain") is None  # no intention
    assert planned_root("reverse:lift+n.coerce+intent") is None  # a reversed act
    assert planned_root("v.no_such_entry+intent") is None
    assert planned_root("nominal:suspend+v.withhold+intent") == "SANCTION"


@pytest.mark.parametrize("text,root,rule", [
    # an unlisted noun formed from a lexicon verb, with its of-object, is that verb's act
    ("The signing of the peace treaty was broadcast live.", "SUPPORT", "nominal:sign+"),
    ("The Red Cross delivery of medicine to the town was completed.", "AID", "nominal:deliver+"),
    # behind a light verb the noun's verb decides, not the of-object ('aid' alone is AID)
    ("The State Department announced the suspension of military aid to Guatemala.",
     "SANCTION", "light:announce+v.withhold"),
    # an ending noun ends what its to-object names, also a to-phrase on its verb
    ("The Serbs called a halt to their offensive against the town.", "RETREAT", "reverse:halt+"),
    ("The rebels put an end to the fighting.", "RETREAT", "light:put+reverse:end+"),
    ("The lifting of the curfew was announced on the radio.", "CONCEDE",
     "light:announce+reverse:lift+"),
    # 'order' is a light verb: what is ordered is the act ('ordered the arrest of')
    ("The army ordered a cessation of hostilities at midnight.", "RETREAT",
     "light:order+reverse:cease+"),
    # a light verb's own noun: its of-object's event noun is coded as behind the verb
    ("The imposition of an oil embargo on Dorvan has emptied its filling stations.",
     "SANCTION", "light:impose+"),
    ("Strict enforcement of the curfew kept the streets of Vardo empty.", "COERCE",
     "light:enforce+"),
])
def test_unlisted_event_noun_is_coded_as_its_verb(coded_events, text, root, rule):
    evs = coded_events(text)
    assert evs[0]["root"] == root
    assert evs[0]["rule"].startswith(rule)


def test_nominal_needs_its_of_object_and_leaves_listed_nouns_alone(coded_events):
    assert coded_events("The signing of the peace treaty was broadcast live.")
    assert not coded_events("The signing was broadcast live on state television.")  # no act named
    # a noun the noun lexicon lists keeps its own entry ('release' is n.*, not nominal:)
    rel = coded_events("The release of the hostages was announced in Beirut.")
    assert rel and not rel[0]["rule"].startswith("nominal:")


@pytest.mark.parametrize("text,word,verb", [
    ("The signing of the accord took an hour.", "signing", "sign"),
    ("The delivery of grain began.", "delivery", "deliver"),
    ("The suspension of aid surprised them.", "suspension", "suspend"),
    ("The withdrawal of troops began.", "withdrawal", "withdraw"),
    ("They called a halt to it.", "halt", "halt"),  # an ending verb is its own noun
    ("They ordered a cessation of hostilities.", "cessation", "cease"),  # irregular
    ("They condemned the use of force.", "use", "use"),  # listed as its own verb
    ("The imposition of a curfew angered them.", "imposition", "impose"),  # a light verb
    ("The table was old.", "table", None),
])
def test_nominal_verb_finds_the_lexicon_verb(nlp, text, word, verb):
    from dateline.events.detect import nominal_verb

    tok = next(t for t in nlp(text) if t.text == word)
    assert nominal_verb(tok) == verb


@pytest.mark.parametrize("text,word,lemma", [
    ("The authorities unbanned the union.", "unbanned", "unban"),  # spaCy: 'unbanne'
    ("The army is unbanning the party.", "unbanning", "unban"),
])
def test_doubled_consonant_lemma_is_repaired(nlp, text, word, lemma):
    from dateline.events.detect import repaired_lemma

    tok = next(t for t in nlp(text) if t.text == word)
    assert repaired_lemma(tok, lambda w: w in lexicon.verbs()) == lemma


def test_aircraft_flown_outside_a_military_context_is_no_show_of_force(coded_events):
    """v.mobilize.fly holds only among military words: an airline's jet flown in is none."""
    evs = coded_events("The airline flew its new jet to the capital for a display.")
    assert "MOBILIZE" not in [e["root"] for e in evs], evs
    assert [e["root"] for e in coded_events(
        "Orlund flew a squadron of bombers to a base near the border.")][:1] == ["MOBILIZE"]


@pytest.mark.parametrize(("text", "root"), [
    # 'not_modifiers': a battle or attack told custody, legal, takeover or verbal is no combat
    ("The boy has been at the centre of a bitter custody battle since his rescue at sea.", None),
    ("The two carmakers are locked in a takeover battle for the Kestrian truck maker.", None),
    ("Rebels and government troops fought a fierce battle for the town on Sunday.", "ASSAULT"),
    ("The battle for the town killed forty soldiers.", "ASSAULT"),
    # a noun entry's 'not_objects': a demonstration of a fact is no protest, of farmers one
    ("The vote was the plainest demonstration of the fact that the two towns are drifting apart.",
     None),
    ("Thousands joined a demonstration of farmers in the capital on Monday.", "PROTEST"),
])
def test_noun_entry_not_under_listed_modifiers_or_objects(coded_events, text, root):
    roots = [e["root"] for e in coded_events(text)]
    assert (roots[0] if roots else None) == root, (text, roots)
