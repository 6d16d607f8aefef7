"""Sentences about diseases, disasters, markets and lab tests hold no political event."""

from __future__ import annotations

import pytest

NOT_EVENTS = [
    "The minister told reporters that the harbour talks had run late.",
    # on alert with no forces in sight: a state of readiness, not a force posture
    "Hospitals across the country remain on high alert after the outbreak.",
    "Mexico is on alert for new cases of the virus.",
    "Seasonal flu kills as many as 350,000 people every year.",
    "More than 2,500 people have been killed by cholera so far this year.",
    "The earthquake destroyed hundreds of homes in the valley.",
    "Tests showed the virus was the same strain.",
    "Washing hands is one good way to prevent the spread of germs.",
    "The firm's stock closed up 2.3 percent on Tuesday.",
    "The company set up a trust to compensate fishermen.",
    "Clean-up costs could hit 7 billion dollars.",
    "The cap is meant to capture most of the leaking oil.",
    "An aftershock hit the capital at dawn.",
    "We welcome reader comments that advance the debate.",
    "The company has enough cash to meet its obligations.",
    "Speaking to the BBC, the mayor described the damage.",
    "The agency released a study on Monday.",
    "The oil rig exploded in April.",
    "Relief wells are the only way to kill the leak.",
    "The delegates moved into the conference hall.",  # no armed doer: no advance
    "The minister entered the building.",
    "Hackers broke into the company's computer network.",
    "The mayor abused his power to hire relatives.",  # abuse of people only
    "Workers hung a banner from the bridge.",
    "The storm flattened the village.",  # no armed doer
    "I suspect it will be a fine opportunity for the trade.",  # suspicion of no wrong
    "The new strain is suspected of causing at least 75 deaths in the north.",
    "The family fled the blazing barn in real fear of burning to death.",  # done to no one
    "Households will need to reduce their debts.",  # debtors, not creditors
    "A team of health inspectors boarded the plane.",
    "Officials tracked down eight people who sat near the passenger.",
    "Some newspapers have responded more strongly than was necessary.",
    "The accused is expected to appear before magistrates in Dorley on Monday.",  # a person
    "Staff said the hospital in Karvel had been evacuated before the storm.",  # no act on anyone
    "Thousands of villagers sought refuge in schools run by the UN.",  # flight, no request
    "Tarvik has the right to protect itself.",  # reflexive: no aid to another party
    # a participle that names its noun is no act ('called ... on Monday' is no call on anyone)
    "Families arrived at a refugee camp called Tarin on Monday.",
    "Thousands live in a refugee camp called Tarin on the border.",
    # no protest without a protest word: people pouring out after a quake flee, water mains
    # flood streets, and debris or corpses block roads (roles.json non_agents)
    "Residents poured into the streets of Ostel after the earthquake shook their homes.",
    "Burst water mains flooded the streets of the old town.",
    "The harbour at Ostel is wrecked and many streets are still blocked by rubble and corpses.",
    "Debris blocked the road to the Ostel airport for two days.",
]
STILL_EVENTS = [
    ("Prosecutors accused the mayor of taking bribes.", "ACCUSE"),
    ("Police prevented the opposition rally in the capital.", "COERCE"),
    ("North Korea carried out a missile test over the sea.", "MOBILIZE"),
    ("Gunmen killed three people in the market.", "ASSAULT"),
    ("The army remained on alert along the border.", "MOBILIZE"),
    ("The government put the army on high alert after the clash.", "MOBILIZE"),
    ("Troops were placed on standby near the capital.", "MOBILIZE"),
    ("The army placed the town under curfew on Sunday.", "COERCE"),
    # telling someone to act is a demand, as urging is ('told reporters that ...' is not)
    ("The mediator told both sides to end the fighting.", "REQUEST"),
    ("Police told residents of the border villages to leave their homes.", "REQUEST"),
    ("Rebels captured Kabul after a week of fighting.", "ASSAULT"),
    ("The missile hit a school in the city.", "ASSAULT"),
    ("Rockets slammed into the town overnight.", "ASSAULT"),  # not the 'slam' of criticism
    ("Iran slammed the decision as provocative.", "ACCUSE"),
    ("Militiamen hacked the villagers to death.", "ASSAULT"),  # 'to death' says it
    ("The court put the former general on trial.", "COERCE"),
    ("The government suspected the rebels of the attack.", "ACCUSE"),
    ("Two men were beaten to death by the mob.", "ASSAULT"),
    ("The refugees sought asylum in Canada.", "REQUEST"),  # asylum is asked of a state
    ("UN troops protected the refugees from the militias.", "AID"),
    # a command to free someone asks for the release ('ordered the government to release')
    ("The council ordered the immediate release of the two journalists.", "REQUEST"),
    ("The group called on the government to resign.", "REQUEST"),
    # the parser makes 'called Friday' a naming participle: a date names nothing
    ("A state radio station called Friday on farmers to join the strike.", "REQUEST"),
    ("Crowds poured into the main square of Ostel to protest against the new tax.", "PROTEST"),
    ("Farmers blocked the road to the Ostel airport for two days.", "PROTEST"),
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_no_event(coded_events, text):
    evs = coded_events(text)
    assert evs == [], [(e["root"], e["trigger"], e["rule"]) for e in evs]


@pytest.mark.parametrize(("text", "root"), STILL_EVENTS)
def test_political_event_kept(coded_events, text, root):
    evs = coded_events(text)
    assert evs and evs[0]["root"] == root, evs[:2]



def _parsed(words, heads, deps, pos, lemmas):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize("sep, found", [("\u2014", False), ("and", True)])
def test_a_noun_after_a_dash_is_no_object_of_a_light_verb(sep, found):
    """The parser may hang what follows a dash on the verb ("to return the hostages -- two
    war goals"); a dash restates, so 'war' is no object of 'return' (with 'and' it is)."""
    from dateline.events import light

    doc = _parsed(
        ["They", "vowed", "to", "return", "the", "hostages", sep, "two", "war", "goals"],
        [1, 1, 3, 1, 5, 3, 3, 9, 9, 3],
        ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "punct", "nummod", "compound", "dobj"],
        ["PRON", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT", "NUM", "NOUN", "NOUN"],
        ["they", "vow", "to", "return", "the", "hostage", sep, "two", "war", "goal"],
    )
    cand = light.light_verb_event(doc[3], set())
    assert (cand is not None and cand.noun.text == "war") is found


def test_partitive_examples_of_roles_json(coded_events):
    """roles.json 'partitives': a share of a group ('the rest of the infiltrators') acts as
    the group; every example there is run."""
    from dateline.events import lexicon

    examples = lexicon.load_json("roles.json")["partitives"]["examples"]
    assert examples
    for ex in examples:
        evs = coded_events(ex["text"])
        got = [(e["actor"], e["target"]) for e in evs if e["trigger"] == ex["trigger"]]
        assert len(got) == 1 and got[0][0] == ex["actor"], (ex, evs)
        if "target" in ex:
            assert got[0][1] == ex["target"], (ex, evs)
