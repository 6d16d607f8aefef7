from __future__ import annotations

import json
from dataclasses import replace

import pytest

import dateline
from dateline.events import code_events_jsonl, lexicon
from dateline.model import EventTime, Quantity


def _top(ann):
    return ann.events[0]



def test_threat_governs_what_it_threatens(annotate_events):
    ann = annotate_events("The general threatened to bomb the port.")
    top = _top(ann)
    assert top.type == "THREATEN" and top.trigger == "threatened"
    sub = [e for e in ann.events if ("governed_by", top.id) in e.links]
    assert sub and sub[0].modality == "threatened"


def test_negated_and_hedged(annotate_events):
    ann = annotate_events("The army did not withdraw from the town.")
    assert _top(ann).type == "RETREAT" and _top(ann).negated
    ann = annotate_events("The rebels may attack the airport.")
    assert _top(ann).hedged


def test_planned_cooperation_is_agree_and_planned_hostility_threaten(annotate_events):
    assert _top(annotate_events("The UN will send food aid to the camps.")).type == "AGREE"
    ann = annotate_events("The government will impose a curfew on the city.")
    assert _top(ann).type == "THREATEN" and _top(ann).modality == "planned"


def test_reported_modality(annotate_events):
    ann = annotate_events("Officials said the troops withdrew from the valley.")
    ev = [e for e in ann.events if e.type == "RETREAT"]
    assert ev and ev[0].modality == "reported"


def test_actor_target_and_demonym(annotate_events):
    ann = annotate_events("Israeli troops pulled back behind the border fence.")
    assert _top(ann).type == "RETREAT" and _top(ann).actor == "Israel"
    ann = annotate_events("Hamas was attacked by the Israeli army.")
    top = _top(ann)
    assert top.type == "ASSAULT" and top.target == "Hamas" and top.actor == "Israel"


def test_denial_links_to_accusation(annotate_events):
    ann = annotate_events(
        "Turkey has accused the PKK of plotting new bombings. "
        "The armed group has denied the charges."
    )
    acc = next(e for e in ann.events if e.type == "ACCUSE")
    den = next(e for e in ann.events if e.type == "REJECT")
    assert acc.actor == "Turkey" and acc.target == "PKK" and den.actor == "PKK"
    assert ("denies", acc.id) in den.links and ("denied_by", den.id) in acc.links


def test_denial_by_a_common_noun_links_to_the_accusation_it_answers(annotate_events):
    """A denier told only by a common noun ('a spokesman', 'the group') is the accused told
    again; the accuser denying something else is not a denial of its own charge."""
    ann = annotate_events(
        "Officials in Varnia accused the Brask Front on Tuesday of shelling a market. "
        "A spokesman rejected the accusation as lies."
    )
    acc = next(e for e in ann.events if e.type == "ACCUSE")
    den = next(e for e in ann.events if e.type == "REJECT")
    assert den.actor == "spokesman" and ("denies", acc.id) in den.links
    ann = annotate_events(
        "The ministry accused rebels of looting the depot. "
        "The ministry denied reports of new arrests in the town."
    )
    acc = next(e for e in ann.events if e.type == "ACCUSE")
    assert not any(r == "denied_by" for r, _ in acc.links)


def test_quantities_attach_to_the_event_clause(annotate_events):
    text = "Israeli strikes killed hundreds of Palestinians, officials said on Monday."
    start = text.index("hundreds")

    def add_q(ann):
        q = Quantity(start, start + 8, "hundreds", 200.0, approx=True, counts="Palestinians")
        return replace(ann, quantities=(q,))

    ann = annotate_events(text, extra=add_q)
    kill = next(e for e in ann.events if e.trigger == "killed")
    assert kill.quantities == (0,)
    assert all(e.quantities == () for e in ann.events if e.trigger != "killed")


def test_time_anchor_clause_sentence_paragraph_dct(annotate_events, dated):
    text = "Troops withdrew on Monday.\n\nThe rebels attacked the base. Talks were held."
    add_t = dated({"Monday": "2024-02-05"})
    ann = annotate_events(text, extra=add_t)
    wd = next(e for e in ann.events if e.type == "RETREAT")
    assert (wd.time.how, wd.time.value, wd.time.timex) == ("clause", "2024-02-05", "t1")
    att = next(e for e in ann.events if e.type == "ASSAULT")
    assert att.time.how.startswith("dct") and att.time.value == "2024-02-06"
    text2 = "Troops withdrew on Monday. The rebels attacked the base."
    ann2 = annotate_events(text2, extra=add_t)
    att2 = next(e for e in ann2.events if e.type == "ASSAULT")
    assert att2.time.how == "paragraph" and att2.time.value == "2024-02-05"
    ann3 = annotate_events("The rebels attacked the base.", dct=None)
    assert _top(ann3).time.how == "none"


def test_a_decade_or_century_does_not_carry_on_through_the_paragraph(annotate_events, dated):
    """'the 12th century' (TIMEX3 11) dates its own sentence's act, but a later sentence of
    the paragraph takes the article's date with its tense, not the 1100s; a year still
    carries a narrative on."""
    for phrase, value in (("the 12th century", "11"), ("the 1990s", "199")):
        text = f"Monks rebuilt the abbey in {phrase}. Rebels attacked the town."
        ann = annotate_events(text, extra=dated({phrase: value}), dct="2024-02-06")
        by = {e.trigger: e.time for e in ann.events}
        assert (by["rebuilt"].how, by["rebuilt"].value) == ("clause", value), by
        assert (by["attacked"].how, by["attacked"].value) == ("dct-past", "2024-02-06"), by
    text = "Monks rebuilt the abbey in 1994. Rebels attacked the town."
    ann = annotate_events(text, extra=dated({"1994": "1994"}), dct="2024-02-06")
    att = next(e for e in ann.events if e.trigger == "attacked")
    assert (att.time.how, att.time.value) == ("paragraph", "1994")


def test_a_timex_of_no_day_dates_by_the_article(annotate_events):
    """'now', 'recently', 'in the future' name no day: the event takes the article's date
    (qualified like the tense fallback) instead of an undated PRESENT_REF, and such a timex
    earlier in the paragraph does not carry on to later events."""
    ann = annotate_events("Health officials now urge schools to close. The rebels attacked "
                          "the base. Recently the army shelled the town.", dct="2024-02-06")
    by = {e.trigger: e.time for e in ann.events}
    assert (by["urge"].value, by["urge"].how) == ("2024-02-06", "dct"), by
    assert by["urge"].timex is not None  # the anchor is still traced to 'now'
    assert (by["attacked"].value, by["attacked"].how) == ("2024-02-06", "dct-past"), by
    assert (by["shelled"].value, by["shelled"].how) == ("2024-02-06", "dct-past"), by
    undated = annotate_events("Troops are now in the capital and they attacked the base.",
                              dct=None)
    assert all(e.time.value is None for e in undated.events), undated.events


def test_jsonl_bad_lines_and_salience(nlp):
    lines = [
        '{"text": "Iran threatened to close the strait."}',
        "not json",
        '{"dct": "2024-01-01"}',
        "",
        json.dumps({"text": "Police arrested protesters after gunmen attacked a convoy.",
                    "source": "gunmen", "target": "convoy"}),
        '{"text": "The ferry',
    ]
    out = list(code_events_jsonl(lines, nlp=nlp))
    assert len(out) == 5
    assert out[4]["error"] == ("line 6: not JSON (Unterminated string starting at column 10)")
    assert out[0]["events"][0]["root"] == "THREATEN" and out[0]["events"][0]["actor"] == "Iran"
    assert "error" in out[1] and "line 2" in out[1]["error"]
    assert "error" in out[2] and "line 3" in out[2]["error"]
    assert out[3]["events"][0]["root"] == "ASSAULT"
    line = '{"text": "Police arrested protesters after gunmen attacked a convoy."}'
    plain = next(code_events_jsonl([line], nlp=nlp))
    assert plain["events"][0]["root"] == "COERCE"


def test_spans_match_text_and_links_point_at_events(annotate_events):
    text = ("Workers staged a protest on Monday. The minister threatened to bomb the port. "
            "Israel accused Hamas of attacks. Hamas denied the allegations.")
    ann = annotate_events(text)
    ids = {e.id for e in ann.events}
    assert len(ids) == len(ann.events)
    for e in ann.events:
        assert ann.article.text[e.start : e.end] == e.trigger
        assert all(other in ids for _rel, other in e.links)
    for ent in ann.entities:
        assert ann.article.text[ent.start : ent.end] == ent.text


def test_time_anchor_follows_the_clause_chain_not_a_relative_clause():
    """A date in a relative clause ("a strike which began on March 3") does not
    date a nearer event of the main line; the governing clause's date does."""
    text = (
        "date 2025-03-17\nThe union and the company agreed on Monday on a deal that would end "
        "a strike which began on March 3, offering workers a raise of 7 percent, officials said."
    )
    ann = dateline.annotate(text)
    agreed = next(e for e in ann.events if e.trigger == "agreed")
    assert agreed.time.value == "2025-03-17"
    others = [e for e in ann.events if e.trigger not in ("agreed", "began") and e.time.timex]
    assert others, [e.trigger for e in ann.events]
    assert all(e.time.value == "2025-03-17" for e in others), [(e.trigger, e.time) for e in others]


def test_relative_clause_on_a_participant_is_background(nlp):
    from dateline.events import context, detect

    doc = nlp("The opposition party, whose leader was jailed last year for sedition, "
              "called on Wednesday for a national dialogue to end the crisis.")
    cands = detect.find(next(iter(doc.sents)))
    context.analyse(cands, [])
    jailed = next(c for c in cands if c.head.lower_ == "jailed")
    assert jailed.head.dep_ == "relcl"
    others = [c.depth for c in cands if c is not jailed]
    assert jailed.depth > min(others)


def test_causative_leave_is_expulsion(annotate_events):
    ann = annotate_events("Two Soviet diplomats were ordered to leave Britain on Monday.")
    assert _top(ann).type == "SANCTION" and _top(ann).rule.startswith("causative:order")
    ann = annotate_events("The general ordered his troops to leave the city.")
    assert not _top(ann).rule.startswith("causative:")


def test_a_date_that_ends_a_state_anchors_no_event(annotate_events, dated):
    """'closed until 6 May' did not close on 6 May: the date after 'until' is the end of
    the closure, so the event falls back to the article's date with its tense."""
    text = "Mexico closed all schools until 6 May."
    add_t = dated({"6 May": "2024-05-06"})
    ann = annotate_events(text, extra=add_t)
    closed = next(e for e in ann.events if e.trigger.startswith("closed"))
    assert closed.time.timex is None and closed.time.value == "2024-02-06", closed.time
    # the same date without 'until' dates the act
    text2 = "Mexico closed all schools on 6 May."
    ann2 = annotate_events(text2, extra=add_t)
    closed2 = next(e for e in ann2.events if e.trigger.startswith("closed"))
    assert (closed2.time.how, closed2.time.value) == ("clause", "2024-05-06")


def test_a_dated_list_entry_takes_its_heading_date(annotate_events, dated):
    """A factbox flattened into one 'sentence': each act takes the date heading its entry,
    never the next entry's date that follows it."""
    text = ("3 May : Sea Falcon platform explodes , killing 9 crew 11 May : "
            "experts fear a months-long leak 2 July - Corvex agrees to create a relief fund .")
    add_t = dated({"3 May": "2012-05-03", "11 May": "2012-05-11", "2 July": "2012-07-02"})
    ann = annotate_events(text, dct="2012-09-08", extra=add_t)
    by_trigger = {e.trigger.split()[0]: e.time for e in ann.events}
    assert by_trigger["killing"].value == "2012-05-03", by_trigger
    assert by_trigger["agrees"].value == "2012-07-02", by_trigger
    assert all(t.how == "label" for t in by_trigger.values() if t.timex), by_trigger
    # an ordinary date after the act in running prose still dates it
    prose = "The platform exploded , killing 9 crew on 3 May ."
    ann = annotate_events(prose, dct="2012-09-08", extra=dated({"3 May": "2012-05-03"}))
    assert all(e.time.value == "2012-05-03" and e.time.how != "label" for e in ann.events), [
        (e.trigger, e.time) for e in ann.events]


def test_a_date_held_by_another_event_does_not_date_the_main_act(annotate_events, dated):
    """Both dates sit in nested clauses; the one in another event's clause (the abduction's
    Oct. 7) is that event's, so the call takes the agreement's January."""
    text = ("The deal reached in January, after many weeks of difficult talks between both "
            "governments and their mediators in Cairo and Doha, called for a ceasefire meant "
            "to free all captives abducted in the Oct. 7 raid.")
    add_t = dated({"January": "2025-01", "Oct. 7": "2023-10-07"})
    ann = annotate_events(text, dct="2025-03-18", extra=add_t)
    by_trigger = {e.trigger: e.time for e in ann.events}
    assert by_trigger["called"].value == "2025-01", by_trigger
    assert by_trigger["abducted"].value == "2023-10-07", by_trigger


def test_conditions_and_hypotheses_are_no_events(annotate_events):
    """An act in an if-clause, in a present-tense before-clause or as the gerund subject of
    'would' has not happened: the condition tells no act and is left out; the act the
    sentence reports is unchanged and unhedged."""
    ann = annotate_events("The minister threatened to resign if the army restarted the offensive.")
    by_trigger = {e.trigger: e for e in ann.events}
    assert not by_trigger["threatened"].hedged and "offensive" not in by_trigger
    ann = annotate_events("He cast doubt on a lasting truce before the militia is destroyed.")
    assert not any(e.trigger == "destroyed" for e in ann.events)
    ann = annotate_events("The militia was destroyed before the truce began.")
    assert not next(e for e in ann.events if e.trigger == "destroyed").hedged
    ann = annotate_events("Agreeing to a ceasefire would plunge the coalition into crisis.")
    assert not any(e.trigger == "Agreeing" for e in ann.events)
    ann = annotate_events("Velka threatened to cut ties with Oran if Oran accepts the truce plan.")
    assert [e.type for e in ann.events] == ["THREATEN", "SANCTION"]  # no AGREE of Oran's
    ann = annotate_events("The militia said the shelling would start again if its terms were "
                          "not accepted.")
    assert [e.type for e in ann.events] == ["THREATEN"]  # no REJECT: nothing was refused
    # an act hanging on a condition that no side holds out is a guess, no act
    ann = annotate_events("If the truce fails, the militia could resume shelling the port, "
                          "analysts said.")
    assert not any(e.type == "ASSAULT" for e in ann.events), ann.events
    ann = annotate_events("Israel agreed to a ceasefire on Monday.")
    assert not next(e for e in ann.events if e.trigger == "agreed").hedged
    # an act that hangs on an if-clause is conditional; the threat that states it is not
    ann = annotate_events("The army will bomb the port if the rebels refuse the offer.")
    assert next(e for e in ann.events if e.trigger == "bomb").hedged
    ann = annotate_events("The rebels attacked the port as if nothing could stop them.")
    assert not next(e for e in ann.events if e.trigger == "attacked").hedged


def test_an_event_dated_by_a_range_spans_it():
    """'In its first stage, which ran from Jan. 22 to March 4, ... released': the
    releases took the whole phase, not its first or last day; a lone date stays a day."""
    text = ("date 2025-03-18\nIn its first stage, which ran from Jan. 22 to March 4, "
            "Hamas released 25 hostages. On March 5 the talks stalled.")
    ann = dateline.annotate(text)
    released = next(e for e in ann.events if e.trigger == "released")
    assert (released.time.value, released.time.end) == ("2025-01-22", "2025-03-04")
    assert all(e.time.end is None for e in ann.events if e.trigger != "released")


def test_an_event_since_a_date_spans_it_to_the_article_date(annotate_events, nlp):
    """'has held talks with the regulator since 2003': the talks hold from 2003 to the
    article's date (how 'since'), as do deaths 'since the uprising broke out in 2019' and a
    leak 'since the March 2 blast'; the uprising and the blast keep their own dates, and
    'since' as 'because' or a date of the event's own clause dates a day as before."""
    def ev(ann, trigger):
        return next(e for e in ann.events if e.trigger == trigger).time

    ann = annotate_events("The mining firm has been meeting with the regulator over the dam "
                          "since 2003.", dct="2012-05-04")
    assert ev(ann, "meeting") == EventTime("2003", "t1", "since", end="2012-05-04")
    ann = annotate_events("More than 900 protesters have been killed since the uprising broke out "
                          "in 2019.", dct="2021-02-10")
    t = ev(ann, "killed")
    assert (t.value, t.how, t.end) == ("2019", "since", "2021-02-10")
    ann = annotate_events("The well has leaked since the March 2 blast.", dct="2012-05-04")
    assert (ev(ann, "leaked").how, ev(ann, "leaked").end) == ("since", "2012-05-04")
    assert ev(ann, "blast") == EventTime("2012-03-02", "t1", "clause")
    ann = annotate_events("Since the rebels attacked the depot on Monday, the army has "
                          "shelled the hills.", dct="2012-05-04")
    assert (ev(ann, "shelled").how, ev(ann, "shelled").end) == ("since", "2012-05-04")
    assert ev(ann, "attacked").how == "clause" and ev(ann, "attacked").end is None
    # the act of a 'since' clause is that clause's: 'killing' is of 2 March
    ann = annotate_events("Oil has been leaking into Varn Bay since a tanker ran aground on "
                          "2 March, killing three crew members.", dct="2012-05-04")
    assert (ev(ann, "killing").value, ev(ann, "killing").end) == ("2012-03-02", None)
    ann = annotate_events("Oil has been leaking into Varn Bay since 2 March, when a tanker "
                          "exploded near the port.", dct="2012-05-04")
    assert ev(ann, "leaking").how == "since"
    assert (ev(ann, "exploded").value, ev(ann, "exploded").end) == ("2012-03-02", None)
    # a verb right after the 'since' phrase that the parser hangs on the main clause
    ann = annotate_events("Thousands of barrels of fuel have spilled into the bay since a May "
                          "3 blast on a moored tanker killed six crew and holed its hull.",
                          dct="2012-05-04")
    assert ev(ann, "killed").how != "since" and ev(ann, "killed").end is None
    # not a span: 'since' as 'because', a clause not in the perfect, a plain date, and
    # a thing ranked against what came since ('its lowest level since 1996' is now)
    ann = annotate_events("Police fired tear gas at students, the first clash in the "
                          "capital since 2009.", dct="2012-05-04")
    assert all(e.time.how != "since" for e in ann.events)
    ann = annotate_events("Since the union struck on Monday, the port closed.", dct="2012-05-04")
    assert all(e.time.how != "since" and e.time.end is None for e in ann.events)
    ann = annotate_events("The rebels attacked the depot on Monday.", dct="2012-05-04")
    assert ev(ann, "attacked").end is None
    # the PLOVER JSON Lines give the span's end too
    line = json.dumps({"text": "Troops have shelled the town since 2008.", "dct": "2012-05-04"})
    out = next(code_events_jsonl([line], nlp=nlp))
    assert out["events"][0]["time"] == {"value": "2008", "timex": "t1", "how": "since",
                                        "end": "2012-05-04"}


def test_who_comes_under_fire_is_the_target(annotate_events):
    """'came under fire/attack': the subject suffers the act; a fronted phrase ('an hour
    into the truce') is no object of the light verb."""
    ann = annotate_events("An hour into the truce, the soldiers came under fire.")
    e = next(e for e in ann.events if e.trigger.startswith("came"))
    assert (e.type, e.trigger, e.actor, e.target) == ("ASSAULT", "came under fire", None,
                                                      "soldiers")
    ann = annotate_events("The convoy came under attack by gunmen near the border.")
    e = next(e for e in ann.events if e.trigger.startswith("came"))
    assert (e.actor, e.target) == ("gunmen", "convoy")
    # criticism (verbs.json v.come_under_fire.critics, subject_suffers): the critics act
    ann = annotate_events("The farm minister came under fire from opposition lawmakers over "
                          "the grain levy.")
    e = next(e for e in ann.events if e.trigger.startswith("came"))
    assert (e.type, e.actor, e.target) == ("ACCUSE", "opposition lawmakers", "farm minister")


def test_a_weapon_is_no_actor_and_a_fronted_at_is_no_particle(annotate_events):
    """'At 02:30, an armored vehicle was hit by a guided missile': an attack with no known
    attacker (not ACCUSE 'hit out at' from the fronted 'At'); 'an Israeli missile' acts
    through its modifier."""
    ann = annotate_events("At 02:30, an Israeli armored vehicle was hit by a guided missile.")
    hit = next(e for e in ann.events if e.trigger == "hit")
    assert (hit.type, hit.actor) == ("ASSAULT", None)
    ann = annotate_events("An Israeli missile hit the school on Monday.")
    hit = next(e for e in ann.events if e.trigger == "hit")
    assert (hit.actor, hit.target) == ("Israel", "school")


@pytest.mark.parametrize("text, trigger, actor", [
    ("The pro-Norlanders tried to storm the town hall on Monday.", "storm", "pro-Norlanders"),
    ("The pro-Russians tried to storm the town hall on Monday.", "storm", "pro-Russians"),
    ("There were large pro-Norland protests in Dorn on Sunday.", "protests", "pro-Norland"),
])
def test_a_hyphenated_party_is_named_whole(annotate_events, text, trigger, actor):
    """'The pro-Norlanders tried to storm ...': the parse splits the word at its hyphens and
    hangs each part on the verb; the party is the whole word (or the name it is), not 'pro'."""
    ann = annotate_events(text)
    ev = next(e for e in ann.events if e.trigger == trigger)
    assert ev.actor == actor


def test_a_date_under_the_event_dates_what_is_reported_not_the_act(annotate_events, dated):
    """'The toll rose to 1,441, meaning this war was deadlier than the one in 2008': the
    rise is not of 2008; with the sentence's only date under it, the article's date (with
    the tense) dates the act, not the paragraph's last date."""
    text = ("Troops withdrew on Monday.\n\nThe rebels attacked the base, saying the army had "
            "shelled the town in 2008.")
    ann = annotate_events(text, extra=dated({"Monday": "2024-02-05", "2008": "2008"}))
    att = next(e for e in ann.events if e.trigger == "attacked")
    assert att.time.how.startswith("dct") and att.time.value == "2024-02-06", att.time
    shelled = next(e for e in ann.events if e.trigger == "shelled")
    assert shelled.time.value == "2008"


def test_a_date_in_an_event_nouns_phrase_dates_that_noun(annotate_events):
    """'the March 2 pier fire' is March 2's, though its clause ('will visit ... on Tuesday')
    holds another date; an act in the noun's relative clause shares the noun's date, and the
    clause keeps its own."""
    text = ("The governor will visit the harbour on Tuesday for a first time since the "
            "March 2 pier fire that gutted the ferry office and destroyed six warehouses.")
    ann = annotate_events(text, dct="2024-03-11")
    by_trigger = {e.trigger: e.time for e in ann.events}
    assert (by_trigger["fire"].value, by_trigger["fire"].how) == ("2024-03-02", "clause")
    assert by_trigger["destroyed"].value == "2024-03-02", by_trigger  # a conjunct of it
    assert by_trigger["visit"].value == "2024-03-12", by_trigger


def test_a_date_in_a_when_clause_dates_the_act(annotate_events):
    """'closed when four pupils were found to have measles yesterday': the parser hangs the
    fronted 'when' on its clause as an adverb, not a marker; the clause is still tied in
    time to the closure, so yesterday dates it (not the article's day)."""
    ann = annotate_events(
        "A school in Harwick closed when four pupils were found to have measles yesterday.",
        dct="2024-05-14",
    )
    closed = next(e for e in ann.events if e.trigger == "closed")
    assert (closed.time.value, closed.time.how) == ("2024-05-13", "sentence"), closed.time


def test_an_act_in_an_event_noun_shares_its_date(annotate_events):
    """'died in the March 2 pier fire': the deaths are the fire's; 'for the March 2 pier
    fire' (a cause blamed, above) and 'since' are not."""
    ann = annotate_events("Two night watchmen died in the March 2 pier fire on Tuesday's "
                          "ferry quay.", dct="2024-03-20")
    died = next(e for e in ann.events if e.trigger == "died")
    assert died.time.value == "2024-03-02", died.time


@pytest.mark.parametrize(
    "ex", lexicon.role_examples("back_reference", "causes", "relative_to", "name_dates",
                                "page_stamps", "runs_to_now", "paragraph_carry", "entry_labels",
                                "relative_hosts", "comparison_standards"),
    ids=lambda ex: f"{ex['trigger']}-{ex['how']}",
)
def test_dating_examples(ex):
    """roles.json dating examples (the last mention of the trigger is checked):
    back_reference: a definite event noun only its paragraph or the article would date
    takes the date of an earlier own-dated mention of its event; runs_to_now: a perfect told
    as running up to the telling ('has since spread') is the article's; paragraph_carry: a
    date told back from the narrative ('two days earlier', a past perfect) carries no
    paragraph on, though a past perfect of reported speech does, and a later date dates no
    act told as refused ('would not talk'); causes
    and relative_to: an event named as a cause ('sentences for deadly bombings') or as what
    the clause's time is told from ('two hours after the explosion') is not dated by its
    sentence; a cause no words of its own phrase date is a reference to an earlier act and
    no event (how 'reference'); comparison_standards: a date in what a thing is compared
    with ('has surpassed the 1991 wreck') dates only the events inside that standard;
    relative_hosts: a relative clause's act told done ('the fire that killed 11') takes its
    noun's date over its sentence's, one told in the present keeps the sentence's."""
    ann = dateline.annotate(f"date {ex['dct']}\n{ex['text']}")
    text = ann.article.text
    if ex["how"] == "reference":  # an earlier act only referred to: no event of its own
        assert not [e for e in ann.events if e.trigger == ex["trigger"]], text
        return
    last = max((e for e in ann.events if e.trigger == ex["trigger"]), key=lambda e: e.start)
    assert (last.time.value, last.time.how) == (ex["date"], ex["how"]), text[last.start:]


@pytest.mark.parametrize("first", [
    "Radar pictures taken on 21 March show forty objects off the coast.",
    "Radar pictures from 21 March show forty objects off the coast.",
])
def test_a_date_on_a_noun_of_a_present_sentence_carries_no_paragraph_on(first):
    """A date that describes a thing a present-tense sentence speaks of ('pictures taken on
    21 March show') is no narrative's time: the next sentence's act is of the article's
    day. One that dates the sentence's act carries on."""
    ann = dateline.annotate(f"date 2024-03-26\n{first} The coastguard leads a team "
                            "supporting the navy.")
    ev = next(e for e in ann.events if e.trigger == "supporting")
    assert (ev.time.value, ev.time.how) == ("2024-03-26", "dct")
    ann = dateline.annotate("date 2024-03-26\nThe navy found forty objects off the coast on "
                            "21 March. The coastguard led a team supporting the navy.")
    ev = next(e for e in ann.events if e.trigger == "supporting")
    assert (ev.time.value, ev.time.how) == ("2024-03-21", "paragraph")


def test_back_reference_takes_the_nearest_earlier_date_of_its_event():
    ann = dateline.annotate(
        "date 2010-06-01\nThe oil spill that began on April 22 fouled the coast.\n\n"
        "A second explosion on May 30 hit a refinery.\n\n"
        "Officials now say the spill is the largest in the nation's history."
    )
    spills = sorted((e for e in ann.events if e.trigger == "spill"), key=lambda e: e.start)
    assert spills[-1].time.how == "antecedent"
    assert spills[-1].time.value == spills[0].time.value  # not the explosion's May 30


@pytest.mark.parametrize(("middle", "how"), [
    ("Divers say the platform has tilted.", "antecedent"),
    ("Divers say there was an explosion in the engine room.", "dct-past"),
    # a description, a condition or a plan tells no new instance: 'the explosion' is the rig's
    ("Divers say they were dealing with an explosion of a new kind.", "antecedent"),
    ("Divers say the harbour would close if there was another explosion.", "antecedent"),
    ("Divers say the firm had no plan to contain an explosion.", "antecedent"),
])
def test_back_reference_after_a_new_instance_takes_no_earlier_date(middle, how):
    """A new instance told between ('there was an explosion in the engine room') is what a
    later 'the explosion' refers to: without a date of its own it gives none, and the
    reference does not reach back past it to the rig's April 20 explosion."""
    ann = dateline.annotate(
        "date 2010-09-03\nThe April 20 explosion on the Halvik rig killed nine workers.\n\n"
        f"{middle}\n\nA pilot said the explosion shook the harbour."
    )
    last = max((e for e in ann.events if e.trigger == "explosion"), key=lambda e: e.start)
    assert last.time.how == how, last.time
    assert (last.time.value == "2010-04-20") == (how == "antecedent"), last.time


@pytest.mark.parametrize(("middle", "place", "how"), [
    ("Corvania has reported a suspected case.", "Tessaly", "antecedent"),
    ("Corvania has reported a suspected case.", "Corvania", "dct-past"),
    ("A clinic has reported a suspected case.", "Tessaly", "dct-past"),
])
def test_new_instance_stops_only_a_like_reference(middle, place, how):
    """A new instance told of another place or party than the reference ('Corvania has
    reported a suspected case' before 'the first confirmed cases in Tessaly') is not what the
    reference refers to: the reference still takes the earlier mention's date. One of no
    place ('a clinic') or of the reference's own still stops it."""
    ann = dateline.annotate(
        "date 2009-04-28\nHealth officials in Tessaly confirmed the country's first cases of "
        f"the flu on 27 April.\n\n{middle}\n\nThe minister said officials had confirmed two "
        f"cases of flu, the first confirmed cases in {place}."
    )
    last = max((e for e in ann.events if e.trigger == "cases"), key=lambda e: e.start)
    assert last.time.how == how, last.time
    assert (last.time.value == "2009-04-27") == (how == "antecedent"), last.time


_FILLER = ("Boats skimmed oil near the coast. The company said costs were rising. Officials "
           "met in the capital. Fishermen waited at the docks.")


@pytest.mark.parametrize(("tail", "how"), [
    ("Crews worked through the night. Officials are unsure whether the deaths were tied "
     "to the fire.", "antecedent"),
    (f"{_FILLER}\n\nNear the harbour, 19 turtles washed up on the beach. Officials are "
     "unsure whether the deaths were tied to the oil.", "dct-past"),
])
def test_countable_class_reaches_back_only_close_by(tail, how):
    """'the deaths' shares only a class of one of many (a death) with 'killed 11 workers':
    close by it is their deaths, farther on (more than roles.json class_reach sentences)
    others' as often ('19 turtles washed up ... the deaths')."""
    ann = dateline.annotate(
        "date 2010-05-03\nAn explosion on the Halvik rig killed 11 workers on April 20.\n\n"
        f"{tail}"
    )
    deaths = next(e for e in ann.events if e.trigger == "deaths")
    assert deaths.time.how == how, deaths.time


@pytest.mark.parametrize(
    "ex", lexicon.role_examples("not_targets", "light_particles", "stative_passives",
                                "object_control", "carriers", "impacts", "planners",
                                "transfers", "passages", "instrument_targets", "namings",
                                "documents", "instruments", "death_causes",
                                "places", "place_groups"),
    ids=lambda ex: ex["trigger"],
)
def test_role_examples(ex):
    """roles.json role examples, each naming the actor or the target it expects:
    not_targets ('with the backing of X' names no target; 'blamed the violence on X' targets
    X), light_particles ('step' is light only in 'step up'), stative_passives ('X was
    committed to ...': X acts), object_control ('accused X of shelling': X shells), carriers
    ('signed a bill to provide ...': the signer provides), impacts ('rockets exploded in X':
    X was hit), planners ('preparing an offensive': the preparer would attack), transfers
    ('halted the sale of jets to X': X, not the sale), passages ('opened the crossing to let aid
    into X': X, not the crossing), instrument_targets ('downed a drone': the drone), namings
    ('a building known as the X Tower': the X Tower), instruments ('killed by buckshot': no
    actor), death_causes ('died from the virus': no target), places ('massing at the frontier
    town of X': where, no target), place_groups ('two North Velk shrimpers sued': the
    shrimpers, not the place), not_targets ('on the rise', 'the way X did it': no target)."""
    ann = dateline.annotate(f"date 2025-03-07\n{ex['text']}")
    ev = next(e for e in ann.events if e.trigger == ex["trigger"])
    roles = [k for k in ("actor", "target") if k in ex]
    assert roles, ex
    assert all(getattr(ev, k) == ex[k] for k in roles), ev


def test_a_conjunct_verb_hung_on_a_noun_takes_no_date_from_that_nouns_clause():
    """The parser makes 'ending' a conjunct of 'raid' in this sentence: the ending is not
    dated by the raid's clause (June 2, 2021) but by the sentence's main date."""
    ann = dateline.annotate(
        "date 2024-04-20\nThe agreement reached in March, under pressure from the outgoing "
        "government and the incoming one, called for a phased truce aimed at freeing all the "
        "sailors seized in the pirates' June 2, 2021, raid and ending the siege it caused.")
    ending = [e for e in ann.events if e.trigger.startswith("ending")]
    seized = [e for e in ann.events if e.trigger in ("seized", "raid")]
    assert seized and all(e.time.value == "2021-06-02" for e in seized)
    assert ending and ending[0].time.value != "2021-06-02", ending[0].time


def test_a_text_is_no_actor_unless_someone_owns_it():
    """roles.json documents: 'the truce deal's second phase calls for ...' is what a text
    says, not an act by the text; 'the Israeli plan calls for ...' is Israel's."""
    ann = dateline.annotate("date 2024-04-20\nThe truce deal's second phase calls for the "
                            "freeing of the remaining prisoners.")
    calls = next(e for e in ann.events if e.trigger == "calls")
    assert calls.type == "REQUEST" and calls.actor is None
    ann = dateline.annotate("date 2024-04-20\nThe Israeli plan calls for a withdrawal.")
    assert next(e for e in ann.events if e.trigger == "calls").actor == "Israel"


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("Vellacorp Terminals, which runs the berths, said it had offered a raise.", "offered",
     "Vellacorp Terminals"),
    ("The ministry said it would send troops to the border.", "send", "ministry"),
    ("The minister said he would resign.", "resign", "minister"),
])
def test_a_pronoun_subject_of_reported_speech_is_its_teller(text, trigger, actor):
    ann = dateline.annotate(f"date 2025-03-03\n{text}")
    assert next(e for e in ann.events if e.trigger == trigger).actor == actor


def test_a_pronoun_that_does_not_fit_the_teller_is_not_the_teller():
    """'it' is no person and 'he' no ministry: the teller is not taken."""
    ann = dateline.annotate("date 2025-03-03\nThe ministry said he would resign.")
    assert next(e for e in ann.events if e.trigger == "resign").actor != "ministry"


def test_a_third_person_pronoun_in_a_direct_quote_is_left_unresolved():
    """'"They have stopped shelling the port. That is progress," she said': 'they' are
    whoever she speaks of; the state named before the quote is not them."""
    ann = dateline.annotate("date 2025-03-14\nGermany said the two sides agreed to extend "
                            "the pause.\n\nMinister Anja Falk welcomed the "
                            "decision. \"They have stopped shelling the port. That is "
                            "progress,\" she said.")
    ev = next(e for e in ann.events if "shelling" in e.trigger)
    assert ev.actor is None, ev


def test_a_pronoun_in_a_direct_quote_is_not_its_speaker():
    """'"They have stopped shelling the port," the mediator said': 'they' are the sides
    the mediator speaks of, not the mediator."""
    ann = dateline.annotate('date 2025-03-03\n"They have stopped shelling the port," the '
                            "mediator said.")
    ev = next(e for e in ann.events if "shelling" in e.trigger)
    assert ev.actor != "mediator", ev


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("Officers used batons and pepper spray against the strikers.", "used", "strikers"),
    ("The army used force against the protesters.", "used", "protesters"),
    ("Gunmen shot a journalist in the capital.", "shot", "journalist"),
    ("The navy fired three warning shots at a fishing boat.", "fired", "fishing boat"),
    ("The gunboat fired a salvo at the harbour.", "fired", "harbour"),
])
def test_a_weapon_is_no_target_the_one_it_is_used_against_is(text, trigger, target):
    ann = dateline.annotate(f"date 2025-03-03\n{text}")
    assert next(e for e in ann.events if e.trigger == trigger).target == target


def test_a_wire_dateline_the_parser_makes_a_subject_gives_way_to_the_real_one():
    ann = dateline.annotate("date 2025-03-06\nVELLMARK \u2014 The ferry workers' union at "
                            "Vellmark accused the port operator on Thursday of hiring "
                            "replacement crews.")
    acc = next(e for e in ann.events if e.trigger == "accused")
    assert acc.actor is not None and "union" in acc.actor, acc


@pytest.mark.parametrize(("text", "root"), [
    ("The union ended the strike on Friday.", "CONCEDE"),
    ("The army ended its strikes on the town.", "RETREAT"),
])
def test_ending_a_strike_reverses_it_in_its_own_sense(text, root):
    """'end' is an ending verb for a labour strike too: the strikers concede; the army that
    ends its air strikes retreats."""
    ann = dateline.annotate(f"date 2025-03-17\n{text}")
    assert next(e for e in ann.events if e.trigger.startswith("ended")).type == root


def test_an_act_named_by_an_intent_noun_is_planned():
    """'announced a plan to attack the city' is a threat, not an attack (roles.json
    intent_nouns, as for 'plans to attack')."""
    ann = dateline.annotate("date 2025-03-18\nThe army announced a plan to attack the city.")
    ev = next(e for e in ann.events if e.trigger == "attack")
    assert (ev.type, ev.modality) == ("THREATEN", "planned"), ev



@pytest.mark.parametrize(("text", "trigger", "root"), [
    ("Soldiers raped women in the village, witnesses said.", "raped", "ASSAULT"),
    ("Militiamen were raping villagers near the border.", "raping", "ASSAULT"),
])
def test_an_undoubled_ed_form_is_of_the_verb_in_e(annotate_events, text, trigger, root):
    # the lemmatizer reads 'raped' as 'rap' (criticize); 'rap' would give 'rapped'
    top = _top(annotate_events(text))
    assert (top.trigger, top.type) == (trigger, root)


def test_a_clause_opened_by_a_subordinator_is_background(annotate_events):
    """The act of the main clause ranks before that of an 'although' clause, also when the
    main verb ('resumed') is no event of its own and so adds no depth."""
    top = _top(annotate_events("Although it had promised a ceasefire, the army resumed "
                               "shelling the city."))
    assert (top.trigger, top.type) == ("shelling", "ASSAULT")


@pytest.mark.parametrize(("text", "root"), [
    ("The United States has not ruled out the use of force against Iraq.", "THREATEN"),
    ("The government did not rule out talks with the rebels.", "AGREE"),
    ("The government ruled out any negotiations with the kidnappers.", "REJECT"),
    ("Israel said it had no intention of withdrawing from the Golan Heights.", "REJECT"),
])
def test_a_negated_exclusion_or_intention(annotate_events, text, root):
    """Not ruling an act out is an intention of it (roles.json exclusions); 'no intention
    of' negates the intention, as 'will not' does."""
    assert _top(annotate_events(text)).type == root


def test_ids_number_acts_and_occurrences_apart_across_sentences(annotate_events):
    # _Found numbers PLOVER events e1, e2 ... and occurrences o1, o2 ... over the whole
    # document; _ranked gives a sentence's acts before its occurrences
    text = ("The rebels attacked the port on Monday. The storm killed six people. "
            "The army withdrew from the town and floods destroyed the bridge.")
    ann = annotate_events(text)
    ids = [e.id for e in ann.events]
    acts = [i for i in ids if i.startswith("e")]
    occs = [i for i in ids if i.startswith("o")]
    assert acts == [f"e{n}" for n in range(1, len(acts) + 1)] and len(acts) >= 2
    assert occs == [f"o{n}" for n in range(1, len(occs) + 1)] and len(occs) >= 2
    last = [e for e in ann.events if e.sentence == 2]
    assert [e.id[0] for e in last] == sorted(e.id[0] for e in last)  # 'e' before 'o'
