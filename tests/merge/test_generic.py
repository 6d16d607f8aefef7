"""merge.vetoes.generic: a bare plural of a one-time occurrence kind speaks of the kind."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.generic_frames import (
    asked_of_you,
    asked_or_supposed,
    bound_of,
    in_case,
    kept_from,
    kind_is,
    state_of,
    topic_of,
)
from dateline.merge.mention import Number
from dateline.merge.similarity import pair_score
from dateline.merge.vetoes import (
    after_clause_mark,
    anyone_who,
    generic,
    habitual,
    quoted_term,
    readied_for,
    risk_of,
)

from .helpers import mention

R = rules()


def _quake(article, sentence, trigger, **kw):
    return mention(article, "e1", type="OCCURRENCE", trigger=trigger, date="2031-02-03",
                   rule="occ.disaster.quake+noun", sentence=sentence, **kw)


QUAKE = _quake("a", "The earthquake struck Velmora on Monday night.", "earthquake")
KIND = _quake("b", "Schools in Velmora drill pupils for earthquakes twice a year.",
              "earthquakes")


def test_a_bare_plural_of_a_one_time_kind_is_generic_and_joins_nothing():
    assert generic(KIND, R) and not generic(QUAKE, R)
    assert pair_score(QUAKE, KIND, R).veto == "generic"
    assert pair_score(KIND, QUAKE, R).veto == "generic"


def test_a_determiner_count_word_or_figure_makes_a_plural_specific():
    the = _quake("c", "Rescuers were hampered by the earthquakes on Monday.", "earthquakes")
    two = _quake("c", "Two earthquakes shook Velmora on Monday.", "earthquakes")
    strong = _quake("c", "A series of strong aftershocks followed on Monday.", "aftershocks")
    counted = _quake("c", "Officials counted earthquakes of the week at 3.", "earthquakes",
                     numbers=(Number(3.0, "3", counts="earthquakes"),))
    assert not any(generic(m, R) for m in (the, two, strong, counted))


def test_a_verb_or_a_lasting_kind_not_listed_is_never_generic():
    fires = mention("d", "e1", type="OCCURRENCE", trigger="fires", date="2031-02-03",
                    rule="occ.accident.fire+noun",
                    sentence="Crews fought fires in three districts of Velmora.")
    explodes = mention("d", "e2", type="OCCURRENCE", trigger="explodes", date="2031-02-03",
                       rule="occ.accident.explosion",
                       sentence="Tanker explodes off the Velmora coast.")
    assert not generic(fires, R) and not generic(explodes, R)


def _spill(article, sentence, trigger):
    return mention(article, "e1", type="OCCURRENCE", trigger=trigger, date="2031-02-03",
                   rule="occ.accident.spill+noun", sentence=sentence)


def test_a_bare_plural_of_spills_speaks_of_the_kind():
    """generic_lasting_kinds: one story's spill is told in the singular, so a bare plural of
    the kind is generic ('rigs do not cause spills') and joins no report of the spill."""
    spill = _spill("d", "The spill off Velmora has fouled the strait for weeks.", "spill")
    kind = _spill("e", "Regulators say tankers seldom cause spills in the strait.", "spills")
    leaks = _spill("e", "Crews there are not trained to plug oil leaks.", "leaks")
    three = _spill("f", "The firm capped one of three oil leaks on Monday.", "leaks")
    major = _spill("f", "No agency has the gear to mop up major oil spills.", "spills")
    assert generic(kind, R) and generic(leaks, R)
    assert generic(major, R)  # a size word tells no one instance ('major', not 'latest')
    assert not generic(spill, R) and not generic(three, R)  # one spill; a counted plural
    assert pair_score(spill, kind, R).veto == "generic"


def test_an_uncounted_many_of_a_lasting_kind_speaks_of_the_kind():
    """generic_lasting_many: 'hundreds of spills' a diver has seen are many of the kind, none
    the story's one, though the numbers stage reads 'hundreds' as a figure; a determiner or
    possessive before keeps them specific, and a counted plural stays as it was."""
    spill = _spill("g", "The spill off Velmora has fouled the strait for weeks.", "spill")
    many = replace(_spill("h", "The divers sent to Velmora had cleaned up hundreds of spills .",
                          "spills"), numbers=(Number(100.0, "hundreds", counts="spills"),))
    owned = _spill("h", "The firm has settled its many spills out of court .", "spills")
    three = _spill("h", "The firm capped one of three oil leaks on Monday.", "leaks")
    assert generic(many, R) and pair_score(spill, many, R).veto == "generic"
    assert not generic(owned, R) and not generic(three, R)


def test_a_plural_told_as_the_subject_of_a_past_verb_is_what_happened():
    shook = _quake("e", "Aftershocks shook Velmora through the night.", "Aftershocks")
    went = _quake("e", "Earthquakes continued for a week in the valley.", "Earthquakes")
    called = _quake("e", "Small quakes called tremors are felt daily.", "quakes")
    assert not generic(shook, R) and not generic(went, R)
    assert generic(called, R)  # a participle ('called') tells of no event


def _caught(article, sentence, trigger="catch"):
    return mention(article, "e1", type="OCCURRENCE", trigger=trigger, date="2031-02-03",
                   rule="occ.disease.case", sentence=sentence)


def test_an_act_of_anyone_under_a_condition_is_generic():
    advice = _caught("f", "If you catch marsh fever, rest and drink water.")
    someone = _caught("f", "Call the clinic at once if someone is infected.", "infected")
    report = _caught("g", "Two nurses in Velmora catch marsh fever on the ward.")
    told = _caught("g", "If the nurses catch marsh fever, the ward will close.")
    assert generic(advice, R) and generic(someone, R)
    assert not generic(report, R)  # a named party's act
    assert not generic(told, R)  # a condition on named people is about them
    assert pair_score(report, advice, R).veto == "generic"


def test_an_occurrence_told_as_a_risk_is_generic():
    """risk_of: 'the risk of a major spill' is what might happen, not the spill that did."""
    risk = _spill("g", "Regulators played down the risk of a major spill in the strait.", "spill")
    chance = _spill("g", "Officials said the chances of any spill were slim.", "spill")
    told = _spill("h", "The spill off Velmora has fouled the strait for weeks.", "spill")
    raised = _spill("h", "The spill raised the risk to fisheries in the strait.", "spill")
    assert risk_of(risk, R) and risk_of(chance, R) and generic(risk, R)
    assert not risk_of(told, R) and not risk_of(raised, R)  # a risk told after it is no risk of it
    assert pair_score(told, risk, R).veto == "generic"


def test_a_risk_with_no_article_before_the_trigger_is_generic():
    """risk_of: 'a higher risk of explosion', 'the chances of catching it': the kind, with no
    article between 'of' and the trigger, is what might happen too; a named one is not."""
    bare = _spill("g", "Welders faced a greater risk of explosion near the tanks.", "explosion")
    verb = _caught("g", "Nurses said the chances of catching marsh fever were small.", "catching")
    named = _spill("h", "The risk of Explosion Hill slipping is studied.", "Explosion")
    told = _spill("h", "The explosion at the tanks hurt four welders.", "explosion")
    assert risk_of(bare, R) and risk_of(verb, R) and generic(bare, R)
    assert not risk_of(named, R) and not risk_of(told, R)
    assert pair_score(told, bare, R).veto == "generic"


def test_an_occurrence_told_as_what_recurs_each_year_is_generic():
    """habitual: 'kills about 2,000 people every year' is a kind's rate, no one happening."""
    rate = _caught("j", "Marsh fever kills about 2,000 people in Velmora every year.", "kills")
    copy = _caught("k", "Marsh fever kills about 2,000 people in Velmora every year.", "kills")
    day = _caught("k", "Marsh fever killed 12 people in Velmora on Monday.", "killed")
    far = _caught("k", "Marsh fever killed 12 people in Velmora on Monday, a region whose "
                  "clinics treat thousands of patients every year.", "killed")
    assert habitual(rate, R) and generic(rate, R)
    assert not habitual(day, R) and not habitual(far, R)  # the phrase beyond the window
    assert pair_score(rate, copy, R).veto == "generic"  # two copies of the rate: no event
    spend = mention("k", "e2", type="AID", trigger="spends", date="2031-02-03",
                    sentence="The ministry spends a billion on clinics every year.")
    assert not habitual(spend, R)  # only occurrences: a budget's yearly act is still an act


def test_an_occurrence_verb_after_a_habitual_adverb_is_generic():
    """habitual_adverbs: 'crude naturally seeps from the seabed', 'the fever rarely infects
    people' tell what a kind does; the same verb told of a day, or a noun after the adverb,
    stays a report."""
    seeps = mention("n1", "e1", type="OCCURRENCE", trigger="seeps", date="2031-02-03",
                    rule="occ.accident.spill",
                    sentence="The strait has long lived with crude that naturally seeps from "
                    "the seabed.")
    rarely = _caught("n1", "The bird fever rarely infects people in Velmora.", "infects")
    seeped = mention("n2", "e1", type="OCCURRENCE", trigger="seeped", date="2031-02-03",
                     rule="occ.accident.spill",
                     sentence="Crude seeped from the broken pipe off Velmora on Monday.")
    day = _caught("n2", "The fever infected 12 people in Velmora on Monday.", "infected")
    assert habitual(seeps, R) and generic(seeps, R) and habitual(rarely, R)
    assert not habitual(seeped, R) and not habitual(day, R)
    assert pair_score(seeped, seeps, R).veto == "generic"


@pytest.mark.parametrize("ex", R.raw["habitual_before_examples"], ids=lambda e: e["note"])
def test_habitual_before_examples(ex):
    """'every afternoon' or 'each week' before a verb in its own clause: an act done again and
    again, no one instance, of any type (rules.json habitual_before_examples)."""
    m = mention("h", "e1", type=ex["type"], trigger=ex["trigger"], date="2031-02-03",
                sentence=ex["sentence"])
    assert habitual(m, R) is ex["habitual"]


def test_a_daily_visit_joins_not_the_visit_of_the_day():
    daily = next(e for e in R.raw["habitual_before_examples"] if e["note"] == "a daily act")
    m = mention("h", "e1", type="CONSULT", trigger="visits", date="2031-02-03",
                sentence=daily["sentence"])
    day = mention("h", "e2", type="CONSULT", trigger="visited", date="2031-02-03",
                  sentence="A nurse from Kessa visited the shelter this morning .")
    assert pair_score(m, day, R).veto == "generic"
    off = replace(R, raw={**R.raw, "habitual_leads": []})
    assert pair_score(m, day, off).veto != "generic"


def test_an_occurrence_of_anyone_who_does_it_in_the_present_is_generic():
    """anyone_who: 'most people who catch marsh fever recover' is of anyone, no one's case;
    'people who caught it on the ward' may tell whom it befell."""
    kind = _caught("m", "Most people who catch marsh fever recover within a week.")
    same = _caught("n", "Most people who catch marsh fever recover within a week.")
    past = _caught("n", "People who caught marsh fever on the ward were sent home.", "caught")
    died = _caught("n", "Nurses said those who died had been ill for days.", "died")
    named = _caught("n", "Two nurses who catch marsh fever each spring were tested.")
    assert anyone_who(kind, R) and generic(kind, R)
    assert pair_score(kind, same, R).veto == "generic"
    assert not any(anyone_who(m, R) for m in (past, died, named))  # past, or named people


def test_a_bare_plural_of_outbreaks_is_the_kind_unless_placed():
    """Outbreaks among the generic lasting kinds: 'lessons of previous fever outbreaks' is
    the kind; 'outbreaks in three schools' (a place phrase of their own) are real ones."""
    def outbreak(sentence, trigger="outbreaks", article="p", **kw):
        return mention(article, "e1", type="OCCURRENCE", trigger=trigger, date="2031-02-03",
                       rule="occ.disease.outbreak+noun", sentence=sentence, **kw)
    kind = outbreak("Clinics learned the lessons of previous fever outbreaks in the region.")
    placed = outbreak("Officials reported outbreaks in three schools of Velmora.",
                      location="three schools")
    the = outbreak("Officials traced the outbreaks to a market in Velmora.")
    told = outbreak("The outbreak in Velmora has closed three schools.", trigger="outbreak",
                    article="q")
    assert generic(kind, R) and pair_score(told, kind, R).veto == "generic"
    assert not any(generic(m, R) for m in (placed, the, told))


def test_a_plural_with_the_verb_a_kind_does_is_generic():
    """_kind_noun: a trigger of a plural and its verb is tested as the plural alone when the
    verb tells what the kind does ('spills occur', 'quakes can happen': generic_kind_verbs);
    a past verb, 'are' before a form in -ing, or a figure tells real ones."""
    occur = _spill("r", "Far from rare, tanker spills occur in the strait every decade.",
                   "spills occur")
    can = _quake("r", "In the valley, engineers say quakes can happen at any time.",
                 "quakes can happen")
    going = _quake("s", "Residents say aftershocks are still hitting Velmora.",
                   "aftershocks are still hitting")
    rocked = _quake("s", "Aftershocks rocked Velmora on Tuesday.", "Aftershocks rocked")
    counted = _spill("s", "At least 40 spills have occurred in the strait.",
                     "spills have occurred")
    told = _spill("t", "The spill off Velmora has fouled the strait for weeks.", "spill")
    assert generic(occur, R) and generic(can, R)
    assert not any(generic(m, R) for m in (going, rocked, counted))
    assert pair_score(told, occur, R).veto == "generic"


def test_a_determiner_before_a_clause_mark_belongs_to_another_phrase():
    """The three words before a plural are read from the last clause mark on: 'the past ,
    spills happen' has no determiner of 'spills'; 'the spills' has one."""
    past = _spill("u", "Far from a relic of the past , spills still foul the strait.", "spills")
    the = _spill("u", "Crews mopped up after the spills in the strait.", "spills")
    assert generic(past, R) and not generic(the, R)


def test_an_indefinite_further_into_a_condition_on_anyone_is_generic():
    """generic_if_indefinite: 'if you were to cover the gulf with an oil spill' is any spill;
    'if you want to know about the spill' names the story's own, and a clause mark ends
    the condition."""
    paved = _spill("v", "If you were to cover the strait with an oil spill, fish would go.",
                   "spill")
    gear = _spill("v", "If you lack the gear to respond to a spill, call the port.", "spill")
    own = _spill("w", "If you want to learn how Velmora feels about the oil spill, ask.", "spill")
    ended = _spill("w", "If you ask, officials say a spill fouled the strait on Monday.", "spill")
    assert generic(paved, R) and generic(gear, R)
    assert not generic(own, R) and not generic(ended, R)


def test_a_clause_mark_glued_to_a_word_ends_the_phrase_too():
    """Raw text writes 'past,' where the corpus writes 'past ,': either ends the phrase."""
    assert after_clause_mark(["a", "thing", "of", "the", "past", ","]) == []
    assert after_clause_mark(["of", "the", "past,", "big"]) == ["big"]
    glued = _spill("x", "Far from a relic of the past, spills still foul the strait.", "spills")
    assert generic(glued, R)


def _outbreak(article, sentence):
    return mention(article, "e1", type="OCCURRENCE", trigger="outbreak", date="2031-02-03",
                   rule="occ.disease.outbreak+noun", sentence=sentence)


def test_an_occurrence_one_gets_ready_for_or_told_as_possible_is_generic():
    """readied_for: 'preparing for an outbreak', 'capable of tackling an outbreak' and 'a
    possible wide outbreak' are any that may come; 'prepared for the outbreak' (definite) and
    'an outbreak of marsh fever hit Velmora' (no readiness) are the story's own."""
    ready = _outbreak("y", "Velmora is now preparing for an outbreak of marsh fever.")
    able = _outbreak("y", "Ten clinics are capable of tackling an outbreak in Velmora.")
    maybe = _outbreak("y", "Officials rush to plan for a possible wide outbreak of the fever.")
    the = _outbreak("z", "Velmora was not prepared for the outbreak that hit on Monday.")
    real = _outbreak("z", "An outbreak of marsh fever hit Velmora on Monday.")
    ended = _outbreak("z", "Clinics were ready , and an outbreak of marsh fever hit Velmora.")
    assert readied_for(ready, R) and readied_for(able, R) and readied_for(maybe, R)
    assert generic(ready, R)
    assert not any(readied_for(m, R) for m in (the, real, ended))
    assert pair_score(real, able, R).veto == "generic"


def test_the_bare_form_of_a_verb_of_coping_before_an_indefinite_is_generic():
    """generic_ready_words: 'plans to deal with a large spill', 'the gear to respond to a fuel
    spill' are capacities for any spill; the -ing form may tell the one under way, and a
    definite is the story's own."""
    plans = _spill("c1", "Rivals keep plans to deal with a large spill near Velmora.")
    gear = _spill("c1", "The port lacks the gear to respond to a fuel spill in winter.")
    could = _spill("c1", "Nobody asked whether the firm could handle a spill that deep.")
    under_way = _spill("c2", "Crews are dealing with a spill that fouled the strait on Monday.")
    the = _spill("c2", "Crews were sent to deal with the spill off Velmora on Monday.")
    real = _spill("c2", "A spill fouled the strait off Velmora on Monday.")
    assert all(readied_for(m, R) and generic(m, R) for m in (plans, gear, could))
    assert not any(readied_for(m, R) for m in (under_way, the, real))
    assert pair_score(real, plans, R).veto == "generic"


def _spill(article, sentence, trigger="spill"):
    return mention(article, "e1", type="OCCURRENCE", trigger=trigger, date="2031-02-03",
                   rule="occ.accident.spill+noun", sentence=sentence)


def test_a_trigger_quoted_as_a_word_names_the_word_not_the_event():
    named = _spill("a", 'Typing the phrase "oil spill" into a search box brings up the firm.')
    told = _spill("b", "The firm says the oil spill near Velmora is now under control.")
    assert quoted_term(named, R) and generic(named, R)
    assert pair_score(named, told, R).veto == "generic"
    searched = _spill("c", "Anyone who searched for `` Velmora spill '' saw the firm's advert.")
    assert quoted_term(searched, R)  # a tokenised corpus's marks, the naming word further back
    scare = _spill("d", 'Regulators called the leak a "very grave spill" on Tuesday.')
    assert not quoted_term(scare, R)  # someone's words for the event: the event itself
    unquoted = _spill("e", "Search results for the spill near Velmora now show the firm first.")
    assert not quoted_term(unquoted, R) and not quoted_term(told, R)


def _case_noun(ex):
    return mention("c", "e1", type="OCCURRENCE", trigger=ex["trigger"], date="2031-02-03",
                   rule="occ.disease.case+noun", sentence=ex["sentence"])


@pytest.mark.parametrize("ex", R.raw["habitual_after_examples"], ids=lambda e: e["note"])
def test_habitual_after_examples(ex):
    """A noun trigger right before a habitual adverb ('human cases typically follow contact ...') is
    what a kind does (rules.json habitual_after_examples)."""
    assert habitual(_case_noun(ex), R) is ex["generic"]
    assert generic(_case_noun(ex), R) is ex["generic"]


@pytest.mark.parametrize("ex", R.raw["idiom_examples"], ids=lambda e: e["note"])
def test_idiom_examples(ex):
    """'in case of a winter epidemic': the noun of an idiom, no case (rules.json idiom_examples)."""
    assert in_case(_case_noun(ex), R) is ex["generic"]
    assert generic(_case_noun(ex), R) is ex["generic"]


def test_a_generic_case_joins_not_the_case_reported():
    kind = _case_noun(R.raw["habitual_after_examples"][0])
    idiom = _case_noun(R.raw["idiom_examples"][0])
    day = mention("d", "e1", type="OCCURRENCE", trigger="cases", date="2031-02-03",
                  rule="occ.disease.case+noun",
                  sentence="Human cases followed contact with sick birds in Velmora .")
    assert pair_score(kind, day, R).veto == "generic"
    assert pair_score(idiom, day, R).veto == "generic"
    off = replace(R, raw={**R.raw, "idiom_triggers": {}})
    assert not in_case(idiom, off)


@pytest.mark.parametrize("ex", R.raw["generic_who_think_examples"], ids=lambda e: e["note"])
def test_generic_who_think_examples(ex):
    """'those who fear they were infected': advice to anyone, no one's case (rules.json
    generic_who_think_examples)."""
    m = _caught("w", ex["sentence"], ex["trigger"])
    assert anyone_who(m, R) is ex["generic"]
    assert generic(m, R) is ex["generic"]
    off = replace(R, raw={**R.raw, "generic_who_think": []})
    assert not anyone_who(_caught("w", ex["sentence"], ex["trigger"]), off)


@pytest.mark.parametrize("ex", R.raw["question_examples"], ids=lambda e: e["note"])
def test_question_examples(ex):
    """'Did you touch sick birds?': a question, no act told (rules.json
    question_examples)."""
    m = mention("q", "e1", type=ex["type"], trigger=ex["trigger"], date="2031-02-03",
                sentence=ex["sentence"])
    assert asked_of_you(m, R) is ex["generic"]
    assert generic(m, R) is ex["generic"]


@pytest.mark.parametrize("ex", R.raw["frame_examples"], ids=lambda e: e["note"])
def test_frame_examples(ex):
    """'How can Kessa help Varn?', 'if the army were to strike': what someone might do,
    no act done or planned (rules.json frame_examples)."""
    m = mention("q", "e1", type=ex["type"], trigger=ex["trigger"], date="2031-02-03",
                sentence=ex["sentence"])
    assert asked_or_supposed(m, R) is ex["generic"]
    assert generic(m, R) is ex["generic"]


def test_a_question_of_what_one_can_do_joins_not_its_answer():
    asked = mention("h", "e1", type="AID", trigger="help", date="2031-02-03",
                    sentence="How can Kessa help Varn ?")
    told = mention("h", "e2", type="AID", trigger="help", date="2031-02-03",
                   sentence="There is much Kessa can do to help Varn , its envoy said .")
    assert pair_score(asked, told, R).veto == "generic"
    off = replace(R, limits={**R.limits, "frame_words": 0})
    assert not asked_or_supposed(asked, off)


@pytest.mark.parametrize("ex", R.raw["criterion_examples"], ids=lambda e: e["note"])
def test_a_figure_told_as_a_thresholds_bound_is_generic(ex):
    """'outbreaks in two or more lands': a definition's or a rule's threshold, no count
    of one happening (rules.json criterion_examples)."""
    m = mention("a", type="OCCURRENCE", trigger=ex["trigger"], date="2031-05-05",
                rule="occ.disease.outbreak+noun", sentence=ex["sentence"],
                numbers=(Number(float(ex["value"]), ex["figure"], counts="countries"),))
    assert bound_of(m, R) == ex["generic"]
    off = replace(R, limits={**R.limits, "criterion_words": 0})
    assert not bound_of(m, off)  # no window: no bound read


@pytest.mark.parametrize("ex", R.raw["kind_is_examples"], ids=lambda e: e["note"])
def test_kind_is_examples(ex):
    """'a tanker spill is never a reason to tax fuel': what a kind is, no one happening
    (rules.json kind_is_examples)."""
    m = _spill("k", ex["sentence"], ex["trigger"])
    if "rule" in ex:
        m = replace(m, rule=ex["rule"])
    assert kind_is(m, R) is ex["generic"]
    assert generic(m, R) is ex["generic"]


def test_a_kind_told_what_it_is_joins_not_the_story_spill():
    kind = _spill("k", R.raw["kind_is_examples"][0]["sentence"])
    story = _spill("s", "Since the Velmora oil spill drew notice to drilling , they spoke .")
    assert pair_score(kind, story, R).veto == "generic"
    off = replace(R, raw={**R.raw, "kind_is_verbs": []})
    assert not kind_is(_spill("k", R.raw["kind_is_examples"][0]["sentence"]), off)


def _case_of(ex, article="c"):
    numbers = ((Number(float(ex["value"]), ex["figure"], counts="cases"),)
               if "figure" in ex else ())
    return mention(article, "e1", type="OCCURRENCE", trigger=ex["trigger"], date="2031-02-03",
                   rule="occ.disease.case+noun", sentence=ex["sentence"], numbers=numbers)


@pytest.mark.parametrize("ex", R.raw["topic_examples"], ids=lambda e: e["note"])
def test_topic_examples(ex):
    """'reporting on recent infections': the kind as a topic of telling, no one happening;
    'a briefing on the outbreak' names the story's one (rules.json topic_examples)."""
    m = _case_of(ex)
    assert topic_of(m, R) is ex["generic"]
    assert generic(m, R) is ex["generic"]


@pytest.mark.parametrize("ex", R.raw["state_examples"], ids=lambda e: e["note"])
def test_state_examples(ex):
    """'infections have mostly been mild': what the cases are like, no one happening
    (rules.json state_examples)."""
    m = _case_of(ex)
    assert state_of(m, R) is ex["generic"]
    assert generic(m, R) is ex["generic"]


def test_a_topic_or_a_state_joins_not_the_days_cases():
    day = _case_of({"trigger": "cases", "sentence":
                    "Three new cases of the Varn flu were confirmed in Velmora ."}, "d")
    for ex in (R.raw["topic_examples"][0], R.raw["state_examples"][0]):
        assert pair_score(_case_of(ex), day, R).veto == "generic"
    off = replace(R, limits={**R.limits, "state_words": 0}, raw={**R.raw, "topic_preps": []})
    assert not topic_of(_case_of(R.raw["topic_examples"][0]), off)
    assert not state_of(_case_of(R.raw["state_examples"][0]), off)


@pytest.mark.parametrize("ex", R.raw["generic_kept_examples"], ids=lambda e: e["note"])
def test_generic_kept_examples(ex):
    """kept_from: 'will not keep you from getting the flu' is what a remedy keeps anyone
    from, no one's case (rules.json generic_kept_examples)."""
    m = mention("k", "e1", type=ex["type"], trigger=ex["trigger"], date="2031-02-03",
                rule="occ.disease.case", sentence=ex["sentence"])
    assert kept_from(m, R) is ex["generic"]
    assert generic(m, R) is ex["generic"]
