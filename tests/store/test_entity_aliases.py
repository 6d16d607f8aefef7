"""--entity and --speaker queries find the names a story uses for what the user typed:
accents, titles, legal suffixes, short forms the articles link, acronyms
(data/store/entity_query.json)."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib.resources import files

import pytest

from dateline.model import Annotation, Entity
from dateline.store import Store
from dateline.store.aliases import query_forms

from .store_factory import make

LEXICON = json.loads(
    files("dateline.data").joinpath("store").joinpath("entity_query.json").read_text("utf-8"))


@pytest.mark.parametrize("ex", LEXICON["examples"], ids=lambda ex: ex["query"])
def test_lexicon_examples(ex):
    assert query_forms(ex["query"], lambda key: key in ex["known"]) == ex["forms"]


def named(ann: Annotation, *mentions: tuple[int, str, str, str]) -> Annotation:
    """``ann`` with entity mentions (sentence, text, label, canonical) in place of the factory's."""
    ents = []
    for idx, text, label, canonical in mentions:
        s = ann.sentences[idx]
        at = s.start + s.text.index(text)
        ents.append(Entity(at, at + len(text), text, label, canonical, idx))
    return replace(ann, entities=tuple(ents))


@pytest.fixture
def store(tmp_path):
    anns = [
        named(make("mara", ["Mara Lindqvist closed the harbour on Monday.",
                            'Lindqvist said "the queue will clear".'],
                   [{"trigger": "closed", "type": "REDUCE", "actor": "Mara Lindqvist",
                     "time": "2024-02-05"}]),
              (0, "Mara Lindqvist", "PERSON", "Mara Lindqvist"),
              (1, "Lindqvist", "PERSON", "Mara Lindqvist")),
        named(make("mara2", ["The mayor, Mara Lindqvist, toured the docks.",
                             "Lindqvist waved."]),
              (0, "Mara Lindqvist", "PERSON", "Mara Lindqvist"),
              (1, "Lindqvist", "PERSON", "Mara Lindqvist")),
        # only the surname: the article never gives her first name
        named(make("short", ["Lindqvist reopened the harbour on Friday."],
                   [{"trigger": "reopened", "type": "EASE", "actor": "Lindqvist",
                     "time": "2024-02-09"}]),
              (0, "Lindqvist", "PERSON", "Lindqvist")),
        named(make("sister", ["Ingrid Lindqvist opened a bakery on Tuesday.", "Lindqvist smiled."],
                   [{"trigger": "opened", "type": "MOBILIZE", "actor": "Ingrid Lindqvist",
                     "time": "2024-02-06"}]),
              (0, "Ingrid Lindqvist", "PERSON", "Ingrid Lindqvist"),
              (1, "Lindqvist", "PERSON", "Ingrid Lindqvist")),
        named(make("kp1", ["Karsholm Petroleum, known as KP, cut output on Monday."],
                   [{"trigger": "cut", "type": "REDUCE", "actor": "Karsholm Petroleum",
                     "time": "2024-02-05"}]),
              (0, "Karsholm Petroleum", "ORG", "Karsholm Petroleum"), (0, "KP", "ORG", "KP")),
        named(make("kp2", ["Staff of Karsholm Petroleum said KP would pay."]),
              (0, "Karsholm Petroleum", "ORG", "Karsholm Petroleum"), (0, "KP", "ORG", "KP")),
        named(make("kp3", ["KP raised prices on Tuesday."],
                   [{"trigger": "raised", "type": "COERCE", "actor": "KP", "time": "2024-02-06"}]),
              (0, "KP", "ORG", "KP")),
        named(make("kp4", ["Karsholm Petroleum hired divers on Wednesday."],
                   [{"trigger": "hired", "type": "MOBILIZE", "actor": "Karsholm Petroleum",
                     "time": "2024-02-07"}]),
              (0, "Karsholm Petroleum", "ORG", "Karsholm Petroleum")),
        # once in a sentence with KP: someone else with the same initials
        named(make("kelp", ["Kelp Partners, an adviser, praised KP on Thursday."],
                   [{"trigger": "praised", "type": "APPEAL", "actor": "Kelp Partners",
                     "time": "2024-02-08"}]),
              (0, "Kelp Partners", "ORG", "Kelp Partners"), (0, "KP", "ORG", "KP")),
        named(make("remy", ['Rémy said "the deal is signed".'],
                   [{"trigger": "signed", "type": "AGREE", "actor": "Rémy Dubois",
                     "time": "2024-02-07"}]),
              (0, "Rémy", "PERSON", "Rémy Dubois")),
    ]
    with Store(tmp_path / "aliases.duckdb") as st:
        st.write(anns)
        yield st


def ids(entries) -> set[str]:
    return {s.article_id for e in entries for s in e.sources}


def test_a_short_form_the_articles_link_counts_as_the_full_name(store):
    # 'Lindqvist' is linked to Mara Lindqvist twice and to Ingrid once: it is Mara's
    assert ids(store.timeline(entity="Mara Lindqvist")) == {"mara", "short"}
    assert ids(store.timeline(entity="Ingrid Lindqvist")) == {"sister"}
    assert ids(store.timeline(entity="Lindqvist")) == {"mara", "short", "sister"}


def test_titles_before_a_known_name_are_dropped(store):
    assert ids(store.timeline(entity="Mayor Mara Lindqvist")) == {"mara", "short"}
    assert ids(store.timeline(entity="Mr. Lindqvist")) == ids(store.timeline(entity="Lindqvist"))
    # 'Sultan' is a title, but 'Sultan Bakery' is no title before a known name: no match
    assert store.timeline(entity="Sultan Bakery") == []


def test_an_acronym_named_with_its_long_form_is_one_entity(store):
    # two sentences name both; 'Kelp Partners' shares KP's initials but only once
    assert ids(store.timeline(entity="Karsholm Petroleum")) == {"kp1", "kp3", "kp4", "kelp"}
    assert ids(store.timeline(entity="KP")) == {"kp1", "kp3", "kp4", "kelp"}
    assert ids(store.timeline(entity="Kelp Partners")) == {"kelp"}
    # typed in lower case, 'kp' is a word, not an acronym to expand
    assert ids(store.timeline(entity="kp")) == {"kp1", "kp3", "kelp"}


def test_a_legal_suffix_is_dropped(store):
    assert ids(store.timeline(entity="KP plc")) == ids(store.timeline(entity="KP"))
    assert ids(store.timeline(entity="Karsholm Petroleum Ltd.")) == {"kp1", "kp3", "kp4", "kelp"}


def test_accents_do_not_matter(store):
    assert ids(store.timeline(entity="Remy Dubois")) == {"remy"}
    assert ids(store.timeline(entity="RÉMY")) == {"remy"}


def test_speaker_queries_use_the_same_forms(store):
    assert [q["article_id"] for q in store.quotes(speaker="Mara Lindqvist")] == ["mara"]
    assert [q["article_id"] for q in store.quotes(speaker="Mayor Lindqvist")] == ["mara"]
    assert [q["article_id"] for q in store.quotes(speaker="Remy")] == ["remy"]
    assert store.quotes(speaker="Ingrid Lindqvist") == []
