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


@pytest.fixture
def people(tmp_path):
    """Surnames the articles never give alone as a name: one Varnek, a Halvorsen far more
    often named than the other, two Okafors alike often."""
    anns = [
        named(make("varnek", ["Anna Varnek opened the ferry terminal on Monday.",
                              'Varnek said "the boats will run".'],
                   [{"trigger": "opened", "type": "EASE", "actor": "Anna Varnek",
                     "time": "2024-02-05"}]),
              (0, "Anna Varnek", "PERSON", "Anna Varnek"),
              (1, "Varnek", "PERSON", "Anna Varnek")),
        named(make("petra", ["Petra Halvorsen banned night fishing on Tuesday.",
                             "Halvorsen met the crews.", "Halvorsen left."],
                   [{"trigger": "banned", "type": "COERCE", "actor": "Petra Halvorsen",
                     "time": "2024-02-06"}]),
              (0, "Petra Halvorsen", "PERSON", "Petra Halvorsen"),
              (1, "Halvorsen", "PERSON", "Petra Halvorsen"),
              (2, "Halvorsen", "PERSON", "Petra Halvorsen")),
        named(make("jon", ["Jon Halvorsen sold his trawler on Wednesday."],
                   [{"trigger": "sold", "type": "COOPERATE", "actor": "Jon Halvorsen",
                     "time": "2024-02-07"}]),
              (0, "Jon Halvorsen", "PERSON", "Jon Halvorsen")),
        named(make("tomas", ["Tomas Okafor examined the divers on Monday.",
                             'Okafor said "nobody was hurt".'],
                   [{"trigger": "examined", "type": "MOBILIZE", "actor": "Tomas Okafor",
                     "time": "2024-02-05"}]),
              (0, "Tomas Okafor", "PERSON", "Tomas Okafor"),
              (1, "Okafor", "PERSON", "Tomas Okafor")),
        named(make("lena", ["Lena Okafor chaired the inquiry on Thursday.",
                            "Okafor adjourned it."],
                   [{"trigger": "chaired", "type": "MOBILIZE", "actor": "Lena Okafor",
                     "time": "2024-02-08"}]),
              (0, "Lena Okafor", "PERSON", "Lena Okafor"),
              (1, "Okafor", "PERSON", "Lena Okafor")),
    ]
    with Store(tmp_path / "people.duckdb") as st:
        st.write(anns)
        yield st


def test_a_title_and_surname_find_the_one_person_of_that_surname(people):
    assert ids(people.timeline(entity="Mayor Varnek")) == {"varnek"}
    assert ids(people.timeline(entity="Ms. Varnek")) == ids(people.timeline(entity="Anna Varnek"))
    assert [q["article_id"] for q in people.quotes(speaker="Mayor Varnek")] == ["varnek"]
    # a title before a word that is no person's surname still finds nothing
    assert people.timeline(entity="Mayor Ferry") == []


def test_a_surname_goes_to_the_person_named_far_more_often(people):
    # Petra Halvorsen: 3 mentions, Jon: 1 (entity_query.json surname_dominance 2)
    assert ids(people.timeline(entity="Minister Halvorsen")) == {"petra"}


def test_a_surname_two_people_carry_alike_finds_none_and_names_them(people):
    from dateline.store.aliases import ambiguous_person

    assert people.timeline(entity="Dr Okafor") == []
    assert people.quotes(speaker="Dr Okafor") == []
    found = ambiguous_person(people.con, "Dr Okafor")
    assert found is not None and found.people == (("Lena Okafor", 2), ("Tomas Okafor", 2))
    assert ambiguous_person(people.con, "Mayor Varnek") is None
    assert ambiguous_person(people.con, "Tomas Okafor") is None


def test_the_cli_says_which_people_a_surname_could_be(people):
    from typer.testing import CliRunner

    from dateline.cli import app

    db = str(people.path)
    people.close()
    runner = CliRunner()
    res = runner.invoke(app, ["timeline", "--db", db, "--entity", "Dr Okafor",
                              "--format", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout) == []
    assert "'Dr Okafor' could be any of Lena Okafor (2 mentions), Tomas Okafor (2 mentions)" \
        in res.stderr
    said = runner.invoke(app, ["quotes", "--db", db, "--speaker", "Dr Okafor"])
    assert "--speaker 'Lena Okafor'" in said.stderr
    one = runner.invoke(app, ["timeline", "--db", db, "--entity", "Mayor Varnek",
                              "--format", "json"])
    assert [e["trigger"] for e in json.loads(one.stdout)] == ["opened"]
    assert "could be" not in one.stderr


@pytest.fixture
def folded(tmp_path):
    """An army and a people the entity stage files under their state's name (as
    data/entities/states.json files an army's acronym and long form, and a demonym)."""
    anns = [
        named(make("f1", ["The NDF shelled a depot near the border on Monday."],
                   [{"trigger": "shelled", "actor": "Norland", "time": "2024-02-05"}]),
              (0, "The NDF", "ORG", "Norland")),
        named(make("f2", ["Norland Defence Force troops left the village on Tuesday."],
                   [{"trigger": "left", "type": "RETREAT", "actor": "Norland",
                     "time": "2024-02-06"}]),
              (0, "Norland Defence Force", "ORG", "Norland")),
        named(make("f3", ["Norland signed a trade deal on Wednesday."],
                   [{"trigger": "signed", "type": "AGREE", "actor": "Norland",
                     "time": "2024-02-07"}]),
              (0, "Norland", "GPE", "Norland")),
        named(make("f4", ["Norlanders marched in the capital on Thursday."],
                   [{"trigger": "marched", "type": "PROTEST", "actor": "Norland",
                     "time": "2024-02-08"}]),
              (0, "Norlanders", "NORP", "Norland")),
        named(make("f5", ['NDF said "the depot held rockets".']), (0, "NDF", "ORG", "Norland")),
        named(make("f6", ['Norland said "talks will resume".']), (0, "Norland", "GPE", "Norland")),
    ]
    anns = [replace(a, quotes=tuple(replace(q, speaker="Norland") for q in a.quotes))
            for a in anns]
    with Store(tmp_path / "folded.duckdb") as st:
        st.write(anns)
        yield st


def test_a_name_filed_under_another_finds_the_sentences_that_use_it(folded):
    # 'NDF' is stored only as 'Norland': the names alone found nothing
    assert ids(folded.timeline(entity="NDF")) == {"f1", "f2"}
    assert ids(folded.timeline(entity="Norland Defence Force")) == {"f1", "f2"}
    assert ids(folded.timeline(entity="the NDF")) == {"f1", "f2"}
    assert ids(folded.timeline(entity="Norlanders")) == {"f4"}
    assert {e["article_id"] for e in folded.events(entity="NDF")} == {"f1", "f2"}
    # the state's own name still finds everything filed under it
    assert ids(folded.timeline(entity="Norland")) == {"f1", "f2", "f3", "f4"}


def test_a_speaker_filed_under_another_name_is_found_by_its_words(folded):
    assert [q["article_id"] for q in folded.quotes(speaker="NDF")] == ["f5"]
    assert [q["article_id"] for q in folded.quotes(speaker="Norland Defence Force")] == ["f5"]
    assert [q["article_id"] for q in folded.quotes(speaker="Norland")] == ["f5", "f6"]


def test_names_kept_as_written_add_no_mentions(store, folded):
    from dateline.store.aliases import folded_mentions

    assert folded_mentions(store.con, "KP") == []
    assert folded_mentions(store.con, "Mara Lindqvist") == []
    assert folded_mentions(folded.con, "Norland") == []
    assert folded_mentions(folded.con, "NDF") == ["ndf", "norland defence force"]


def _surname_store(tmp_path, *others: str) -> Store:
    """Short updates calling a person by the surname alone and one article giving the
    full name in a sentence with no event (no article links the two); ``others``: full
    names of other people of that surname, one article each."""
    anns = [
        named(make("full", ["Halvard Brenn spoke to reporters at length."]),
              (0, "Halvard Brenn", "PERSON", "Halvard Brenn")),
        named(make("s1", ["Brenn ordered the port closed on Tuesday."],
                   [{"trigger": "ordered", "type": "COERCE", "actor": "Brenn",
                     "time": "2024-02-06"}]),
              (0, "Brenn", "PERSON", "Brenn")),
        named(make("s2", ['Brenn said "the port stays shut".']), (0, "Brenn", "PERSON", "Brenn")),
    ]
    for k, other in enumerate(others):
        anns.append(named(make(f"o{k}", [f"{other} sold a boat."]), (0, other, "PERSON", other)))
    st = Store(tmp_path / f"brenn{len(others)}.duckdb")
    st.write(anns)
    return st


def test_a_full_name_finds_the_surname_alone_of_other_articles(tmp_path):
    with _surname_store(tmp_path) as st:
        assert ids(st.timeline(entity="Halvard Brenn")) == {"s1"}
        assert ids(st.timeline(entity="Minister Halvard Brenn")) == {"s1"}
        assert [q["article_id"] for q in st.quotes(speaker="Halvard Brenn")] == ["s2"]


def test_a_surname_two_people_carry_alike_stays_apart(tmp_path):
    with _surname_store(tmp_path, "Sigrid Brenn") as st:
        assert st.timeline(entity="Halvard Brenn") == []
        assert st.quotes(speaker="Halvard Brenn") == []
