"""Occurrences (type OCCURRENCE): disasters, accidents, disease, deaths with no political doer."""

from __future__ import annotations

import pytest

from dateline.events import OCCURRENCE, PLOVER_ROOTS, lexicon, occur

EXAMPLES = occur.examples()


def _occurrences(ann):
    return [e for e in ann.events if e.type == OCCURRENCE]


def _cls(e):
    """The occurrence class of the rule ('occ.accident.spill+noun' -> 'occ.accident.spill')."""
    return e.rule.split("+")[0]


def test_every_entry_has_examples_and_a_class():
    d = lexicon.load_json("occurrences.json")
    for x in d["entries"]:
        assert x.get("examples"), x["id"]
        cls = x.get("class", x["id"])
        assert cls.startswith("occ.") and len(cls.split(".")) == 3, x["id"]
        assert any(ex["rule"] for ex in x["examples"]), f"{x['id']}: no positive example"
    for a in d["agent_acts"]:
        assert a.get("examples"), a["act"]
    assert occur.table().nouns and occur.table().verbs and occur.table().acts


def test_market_words_are_no_occurrence_domain():
    # roles.json non_agents keeps markets (no event); occurrences take only the other kinds
    t = occur.table()
    assert t.domain("flu") == "disease" and t.domain("earthquake") == "disaster"
    assert t.domain("market") is None and t.domain("stock") is None


@pytest.mark.parametrize(("entry", "text", "rule"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_occurrence_example(annotate_events, entry, text, rule):
    got = [_cls(e) for e in _occurrences(annotate_events(text))]
    if rule is None:
        assert got == [], (text, got)
    else:
        assert rule in got, (text, got)


@pytest.mark.parametrize(("entry", "text", "rule"), EXAMPLES[:12],
                         ids=[e[0] for e in EXAMPLES[:12]])
def test_events_jsonl_is_plover_only(coded_events, entry, text, rule):
    evs = coded_events(text)
    assert all(e["root"] in PLOVER_ROOTS for e in evs), evs


def test_flu_deaths_are_an_anchored_occurrence_with_their_count(annotate_events):
    ann = annotate_events("Swine flu has killed 149 people in Mexico since 13 April.",
                          dct="2009-04-29")
    (ev,) = [e for e in _occurrences(ann) if e.rule == "occ.disease.death"]  # a verb: no +noun
    assert ev.trigger == "killed" and ev.id.startswith("o")
    assert ev.actor is None  # a disease is no actor
    # the deaths run from 13 April to the article's date
    assert (ev.time.value, ev.time.how, ev.time.end) == ("2009-04-13", "since", "2009-04-29")
    assert any(ann.quantities[i].value == 149 for i in ev.quantities)
    assert [e for e in ann.events if e.type in PLOVER_ROOTS] == []  # no ASSAULT either


def test_generic_and_metaphor_are_no_occurrence(annotate_events):
    for text in ("Seasonal flu kills about 290,000 people a year.",
                 "The new strain could kill millions of people.",
                 "The bill faced a storm of protest in parliament.",
                 "The market crashed after the announcement."):
        assert _occurrences(annotate_events(text)) == [], text


GENERIC = lexicon.load_json("occurrences.json")["generic"]["examples"]


@pytest.mark.parametrize("ex", GENERIC, ids=[ex["text"][:40] for ex in GENERIC])
def test_generic_examples(annotate_events, ex):
    """occurrences.json generic examples: an occurrence noun under 'every', a kind told by
    its purpose ('tests are designed to detect'), a noun in a routine's object ('publishes
    figures on cases every week') is no occurrence; the past and one day's report are."""
    got = [e.trigger for e in _occurrences(annotate_events(ex["text"]))]
    assert (ex["trigger"] in got) == ex["event"], (ex["text"], got)


def test_blast_with_a_bomber_stays_an_attack(annotate_events):
    ann = annotate_events("A suicide bomber's blast killed 20 people at the market.")
    assert _occurrences(ann) == []
    assert any(e.type == "ASSAULT" for e in ann.events)


def test_rig_explosion_is_an_accident_and_its_deaths_another_occurrence(annotate_events):
    ann = annotate_events("The explosion on the Sea Falcon platform killed 14 crew members.")
    rules = sorted(e.rule for e in _occurrences(ann))
    assert rules == ["occ.accident.death", "occ.accident.explosion+noun"]
    assert not any(e.type == "ASSAULT" for e in ann.events)


def test_a_how_clause_stands_for_a_doer_only_when_the_verb_names_none(annotate_events):
    # a school that closes after pupils fell ill closed itself: its act, as when the
    # cause goes untold, so one closure gets one type across an article's mentions
    for text in ("The Holm Academy has closed until Monday after two of its pupils caught "
                 "swine flu.", "The Holm Academy has closed until Monday."):
        ann = annotate_events(text)
        assert [e.rule for e in ann.events if e.type == "COERCE"] == ["v.coerce.detain"], text
        assert "occ.disease.closure" not in {_cls(e) for e in _occurrences(ann)}, text
    # a disease that shuts schools does it; deaths with no doer take the clause's happening
    ann = annotate_events("Swine flu has shut two more colleges in Tarvik.")
    assert [_cls(e) for e in _occurrences(ann)] == ["occ.disease.closure"]
    ann = annotate_events("Two people were killed when a bus plunged into a ravine near Kesh.")
    assert "occ.accident.death" in {_cls(e) for e in _occurrences(ann)}


def test_plover_events_keep_their_ids_and_order(annotate_events):
    text = ("Israel accused Hamas of firing rockets. The earthquake killed 200 people. "
            "Hamas denied the accusation.")
    ann = annotate_events(text)
    plover = [e for e in ann.events if e.type in PLOVER_ROOTS]
    assert [e.id for e in plover] == [f"e{i + 1}" for i in range(len(plover))]
    occs = _occurrences(ann)  # the quake and the deaths it caused
    assert [e.id for e in occs] == ["o1", "o2"]
    assert {e.rule for e in occs} == {"occ.disaster.death", "occ.disaster.quake+noun"}
    deny = next(e for e in plover if e.type == "REJECT")
    assert any(rel == "denies" for rel, _ in deny.links)
