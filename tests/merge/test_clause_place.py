"""Where a tally counts when its own place phrase names none: the place of the clause telling
it (merge.clauses), and two tallies of one article counted in two places kept apart
(tallies.tallies_placed_apart, the cannot-link 'tallies placed apart'). Invented sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import EventMerger, rules
from dateline.merge.clauses import WORLD, clause_place
from dateline.merge.links import cannot_link
from dateline.merge.similarity import pair_verdict
from dateline.merge.tallies import tally_place, tally_place_strict

from .helpers import mention

R = rules()


@pytest.mark.parametrize("ex", R.raw["clause_place_examples"],
                         ids=lambda e: f"{e['trigger']}:{e['sentence'][:30]}")
def test_clause_place_examples(ex):
    s = ex["sentence"]
    assert clause_place(s, s.index(ex["trigger"]), True) == ex["place"]


@pytest.mark.parametrize("ex", R.raw["clause_place_fronted_examples"],
                         ids=lambda e: f"{e['trigger']}:{e['sentence'][:30]}")
def test_clause_place_fronted_examples(ex):
    """A place phrase opening the sentence scopes its clauses that name no place of their
    own, for the loose and the strict read alike; not a phrase holding more than the name."""
    s = ex["sentence"]
    assert clause_place(s, s.index(ex["trigger"]), True) == ex["place"]
    assert clause_place(s, s.index(ex["trigger"]), True, strict=True) == ex["place"]


def test_two_places_first_cases_read_apart_through_a_fronted_place():
    """One case's mark carries the fronted place (one_or_count.readings): a country's first
    case and another country's first person to catch it are two single cases placed apart."""
    from dateline.merge.one_or_count import one_and_count, readings
    kw = dict(type="OCCURRENCE", rule="occ.disease.case", date="2025-04-30")
    ire = mention("a", "e1", trigger="case", **{**kw, "rule": "occ.disease.case+noun"},
                  sentence="Chile also reported a first likely case of the fever , a man "
                           "back from Peru .")
    spa = mention("b", "e1", trigger="contract", **kw,
                  sentence="In Bolivia , the ministry says the first person to contract the "
                           "fever had been abroad .")
    assert tally_place_strict(spa, R) == "Bolivia"
    assert one_and_count(readings(ire, R), readings(spa, R))


@pytest.mark.parametrize("ex", R.raw["clause_place_strict_examples"],
                         ids=lambda e: f"{e['trigger']}:{e['sentence'][:30]}")
def test_clause_place_strict_examples(ex):
    """The strict read gives no place for a list or an 'in' phrase past an 'and'; the
    loose read (one article's cannot-link) keeps its nearest place."""
    s = ex["sentence"]
    assert clause_place(s, s.index(ex["trigger"]), True, strict=True) == ex["place"]
    assert clause_place(s, s.index(ex["trigger"]), True) == ex["loose"]


@pytest.mark.parametrize("ex", R.raw["clause_place_aside_examples"],
                         ids=lambda e: f"{e['trigger']}:{e['sentence'][:30]}")
def test_clause_place_aside_examples(ex):
    """A clause adding to the one before reads past an aside with no place of its own (the
    disease named again, a bracket), not past a clause that says something else."""
    s = ex["sentence"]
    assert clause_place(s, s.index(ex["trigger"]), True) == ex["place"]


def test_an_aside_with_a_place_of_its_own_keeps_it():
    """A bracketed world count is the adding clause's place: the walk back stops there."""
    s = "Peru reported 40 cases , -LRB- 900 in 30 countries -RRB- , including 7 deaths ."
    assert clause_place(s, s.index("deaths"), True) == WORLD


def test_a_world_count_is_read_for_tallies_only():
    s = "The fever has now killed 300 people worldwide , most of them in the north ."
    assert clause_place(s, s.index("killed"), True) == WORLD
    assert clause_place(s, s.index("killed"), False) is None


_DEATH = dict(type="OCCURRENCE", rule="occ.disease.death", date="2025-04-30",
              time_how="paragraph")
_TWO = ("The fever has killed up to 40 people in Peru and has since reached Chile , "
        "where one patient died .")


def _pair(location: str | None = None):
    killed = mention("a1", "e1", trigger="killed", sentence=_TWO, **_DEATH)
    died = mention("a1", "e2", trigger="died", sentence=_TWO, location=location, **_DEATH)
    return killed, died


def test_one_sentence_two_places_tallies_are_kept_apart():
    killed, died = _pair()
    assert (tally_place(killed, R), tally_place(died, R)) == ("Peru", "Chile")
    assert cannot_link(killed, died, R) == "tallies placed apart"
    m = EventMerger()
    m.add([killed, died])
    ids = m.cluster_ids()
    assert ids[killed.key] != ids[died.key]


def test_other_articles_are_not_read():
    """Another article's clause may place the same count otherwise: only one article's two
    tallies are kept apart by their clauses."""
    killed, _ = _pair()
    died = mention("a2", "e2", trigger="died", sentence=_TWO, **_DEATH)
    assert cannot_link(killed, died, R) != "tallies placed apart"


def test_one_place_by_clause_and_by_phrase_is_no_conflict():
    """The clause reads Chile for the death and its own place phrase says Chile too; a
    killing told in the same country is no second place."""
    s = "The fever has killed up to 40 people in Chile , where one patient died ."
    killed = mention("a1", "e1", trigger="killed", sentence=s, **_DEATH)
    died = mention("a1", "e2", trigger="died", sentence=s, location="Chile", **_DEATH)
    assert cannot_link(killed, died, R) != "tallies placed apart"


def test_a_class_that_is_no_tally_is_not_placed_by_its_clause():
    s = "Divers found the wreck in Peru after the ship sank ."
    sank = mention("a1", "e1", trigger="sank", sentence=s, type="OCCURRENCE",
                   rule="occ.accident.sinking", date="2025-04-30", time_how="clause")
    assert tally_place(sank, R) is None


_CASE = dict(type="OCCURRENCE", rule="occ.disease.case", date="2025-04-30",
             time_how="paragraph")


def test_list_entries_of_one_article_are_two_places_tallies():
    """A table of counts, one line a country ('Peru : 12 confirmed cases'): each line's
    label places its count, and two lines' counts are never one tally."""
    peru = mention("a1", "e1", trigger="cases", sentence="Peru : 12 confirmed cases .", **_CASE)
    chile = mention("a1", "e2", trigger="cases", sentence="Chile : 40 confirmed cases .",
                    **_CASE)
    assert (tally_place(peru, R), tally_place(chile, R)) == ("Peru", "Chile")
    assert cannot_link(peru, chile, R) == "tallies placed apart"


def test_a_subject_places_its_count_apart_from_another_countrys():
    s = "Chile has 40 confirmed cases and Bolivia 3 infections , with no deaths yet ."
    chile = mention("a1", "e1", trigger="cases", sentence=s, **_CASE)
    bolivia = mention("a1", "e2", trigger="infections", sentence=s, **_CASE)
    assert cannot_link(chile, bolivia, R) == "tallies placed apart"


def test_a_subject_after_a_word_other_than_a_lead_places_nothing():
    """Only a clause's own subject places it: a name after 'say' is the subject of a clause
    the splitter does not cut, too unsure to keep two counts apart by."""
    s = "Officials say Peru has 12 confirmed cases ."
    assert clause_place(s, s.index("cases"), True) is None


def test_deaths_of_any_cause_are_placed_by_their_clause():
    """Deaths the sentence ties to no disease (occ.other.death) are counted by place too:
    one storm's toll in one country and another's are two tallies."""
    s = "The storm killed 12 people in Peru and then hit Chile , where two more died ."
    other = dict(_DEATH, rule="occ.other.death")
    killed = mention("a1", "e1", trigger="killed", sentence=s, **other)
    died = mention("a1", "e2", trigger="died", sentence=s, **other)
    assert (tally_place(killed, R), tally_place(died, R)) == ("Peru", "Chile")
    assert cannot_link(killed, died, R) == "tallies placed apart"


def test_a_label_listing_places_counts_over_all_of_them():
    """'Peru , Chile and Bolivia : suspected cases' counts over three places: apart from
    Chile's one case told elsewhere in the article, but not from the same line retold."""
    line = "Peru , Chile and Bolivia : suspected cases being tested ."
    table = mention("a1", "e1", trigger="cases", sentence=line, **_CASE)
    one = mention("a1", "e2", trigger="case",
                  sentence="One case was confirmed in Chile on Friday .", **_CASE)
    again = mention("a1", "e3", trigger="cases", sentence=line, **_CASE)
    assert tally_place(table, R) == "Bolivia+Chile+Peru"
    assert cannot_link(table, one, R) == "tallies placed apart"
    assert cannot_link(table, again, R) != "tallies placed apart"


def _case_report(article: str, sentence: str):
    return mention(article, "e1", trigger="cases", sentence=sentence, **_CASE)


def test_two_articles_counts_of_two_countries_are_placed_apart():
    """Two articles' reports of one day worded alike, each placing its count by its subject:
    two countries' tallies, vetoed as 'places apart' by the clause places alone; the same two
    reports with no place read stay one event."""
    chile = _case_report("a1", "Chile on Monday confirmed 12 new cases of the fever .")
    peru = _case_report("a2", "Peru on Monday confirmed 12 new cases of the fever .")
    assert (chile.place, peru.place) == (None, None)
    assert (tally_place_strict(chile, R), tally_place_strict(peru, R)) == ("Chile", "Peru")
    assert pair_verdict(chile, peru, R)[1] == "places apart"
    m = EventMerger()
    m.add([chile, peru])
    ids = m.cluster_ids()
    assert ids[chile.key] != ids[peru.key]
    one = _case_report("a1", "Officials on Monday confirmed 12 new cases of the fever .")
    two = _case_report("a2", "Officials on Monday confirmed 12 new cases of the fever .")
    assert pair_verdict(one, two, R)[1] is None
    m = EventMerger()
    m.add([one, two])
    ids = m.cluster_ids()
    assert ids[one.key] == ids[two.key]


def test_a_countrys_count_and_the_worlds_are_placed_apart():
    country = _case_report("a1", "Peru on Monday confirmed 40 cases of the fever .")
    world = _case_report("a2", "The fever has now spread to 40 cases in 12 countries .")
    assert tally_place_strict(world, R) == WORLD
    assert pair_verdict(country, world, R)[1] == "places apart"


def test_a_list_places_no_count_across_articles():
    """'in Peru and Chile' counts over both: the strict read places nothing, so no veto
    against Peru's own count."""
    both = _case_report("a1", "New cases of the fever are rising in Peru and Chile .")
    peru = _case_report("a2", "Peru on Monday confirmed 40 cases of the fever .")
    assert tally_place(both, R) == "Peru"  # the loose read: one article's cannot-link
    assert tally_place_strict(both, R) is None
    assert pair_verdict(both, peru, R)[1] != "places apart"


def test_no_tally_class_is_placed_strictly():
    other = mention("a1", "e1", trigger="died", sentence="The singer died in Chile .",
                    type="OCCURRENCE", rule="occ.other.death", date="2025-04-30",
                    time_how="paragraph")
    assert tally_place_strict(other, R) is None


@pytest.mark.parametrize("ex", R.raw["tally_modifier_examples"],
                         ids=lambda e: f"{e['trigger']}:{e['sentence'][:30]}")
def test_tally_modifier_examples(ex):
    """A place name qualifying the trigger places a tally report across articles, not one
    that a preposition leads ('came back from Chile', 'outside Peru')."""
    m = mention("a1", "e1", trigger=ex["trigger"], sentence=ex["sentence"], **_DEATH)
    assert tally_place_strict(m, R) == ex["place"]


def test_a_qualified_first_death_is_apart_from_another_countrys_toll():
    first = mention("a1", "e1", trigger="death", sentence="Doctors said the girl was the "
                    "first Peru death from the fever .", **_DEATH)
    toll = mention("a2", "e1", trigger="toll", sentence="The Chile death toll from the fever "
                   "rose to 40 .", **_DEATH)
    assert pair_verdict(first, toll, R)[1] == "places apart"


def test_two_articles_tests_of_two_countries_are_placed_apart():
    """Tests are placed as tallies are: a patient's tests in one country's hospital and
    laboratory tests in another's are two."""
    test = dict(_CASE, rule="occ.disease.test")
    peru = mention("a1", "e1", trigger="tests", sentence="Doctors ran blood tests in a "
                   "Lima hospital on the nurse .", **test)
    chile = mention("a2", "e1", trigger="tests", sentence="The strain was named after tests "
                    "in Chile confirmed it .", **test)
    assert (tally_place_strict(peru, R), tally_place_strict(chile, R)) == (
        "Peru", "Chile")
    assert pair_verdict(peru, chile, R)[1] == "places apart"


@pytest.mark.parametrize("ex", R.raw["clause_place_agency_examples"],
                         ids=lambda e: f"{e['trigger']}:{e['sentence'][:30]}")
def test_clause_place_agency_examples(ex):
    """A place's authority reporting a tally places it; an 'in' phrase still wins, and a
    world body, a demonym without an agency word or an agency without a place places none."""
    s = ex["sentence"]
    got = clause_place(s, s.index(ex["trigger"]), True)
    assert (got.rsplit("/", 1)[-1] if got else None) == ex["place"]


def test_an_agencys_count_is_apart_from_another_regions():
    """One article's count of England and the count a Welsh agency reports are two tallies;
    the same agency's count beside a tally of its own country is no conflict."""
    england = mention("a1", "e1", trigger="cases", location="England", **_CASE,
                      sentence="Most of the confirmed cases of the fever are in England .")
    wales = mention("a1", "e2", trigger="cases", **_CASE,
                    sentence="Health Protection Wales said there were 12 new cases today .")
    assert cannot_link(england, wales, R) == "tallies placed apart"
    uk = mention("a1", "e3", trigger="cases", location="United Kingdom", **_CASE,
                 sentence="There are 900 confirmed cases in the United Kingdom .")
    assert cannot_link(uk, wales, R) != "tallies placed apart"


@pytest.mark.parametrize("ex", R.raw["clause_place_scope_examples"],
                         ids=lambda e: f"{e['trigger']}:{e['sentence'][:30]}")
def test_clause_place_scope_examples(ex):
    """A tally spread across a continent or the region counts over several countries."""
    s = ex["sentence"]
    assert clause_place(s, s.index(ex["trigger"]), True) == ex["place"]


def test_a_continent_tally_is_kept_apart_from_a_country_tally():
    s = ("About 250 cases have been confirmed in Peru , as a few new cases were reported "
         "across Asia .")
    case = dict(type="OCCURRENCE", rule="occ.disease.case", date="2025-04-30",
                time_how="paragraph", sentence=s)
    peru = mention("a1", "e1", trigger="cases", **case)
    asia = mention("a1", "e2", trigger="cases", **case)
    at = s.index("cases were")
    asia = replace(asia, start=at, end=at + 5)
    assert (tally_place(peru, R), tally_place(asia, R)) == ("Peru", "Region/asia")
    assert cannot_link(peru, asia, R) == "tallies placed apart"
    assert clause_place(s, at, False) is None  # not a tally: no count to spread



@pytest.mark.parametrize("ex", R.raw["clause_place_agency_in_examples"],
                         ids=lambda e: f"{e['trigger']}:{e['sentence'][:30]}")
def test_clause_place_agency_in_examples(ex):
    """'officials in Peru have confirmed ...': the authority's place, loose read only."""
    s = ex["sentence"]
    assert clause_place(s, s.index(ex["trigger"]), True) == ex["place"]
    assert clause_place(s, s.index(ex["trigger"]), True, strict=True) is None
