"""Act nouns a blind batch found missed (issue 4, audit probes section AC): a trial, the
dissolution of a party, the severance of ties, and a noun named only under a light verb told
begun ('expulsion of migrants begins'), announced as a verbless headline's act is."""

from __future__ import annotations


def test_a_trial_told_going_on_is_a_legal_action(coded_events, top_root):
    assert top_root(coded_events("The trial of two Dorvan generals on war crimes charges "
                                 "resumed in Osk on Monday.")) == "ACCUSE"


def test_held_without_trial_is_no_trial(coded_events):
    evs = coded_events("The two reporters were held without trial for a year.")
    assert "trial" not in [e["trigger"] for e in evs], evs


def test_the_dissolution_of_a_party_is_coded_as_dissolving_it(coded_events, top_root):
    """'dissolution' -> 'dissolve' (roles.json nominals irregular), also as the subject of
    a verb of consequence ('... left the coalition without a challenger')."""
    evs = coded_events("The dissolution of the Dorvan opposition party by the high court "
                       "left the ruling bloc without a rival in the election.")
    assert top_root(evs) == "COERCE", evs
    assert [e["trigger"] for e in evs] == ["dissolution", "left"], evs  # what it did, after


def test_the_severance_of_ties_is_a_cut(coded_events, top_root):
    assert top_root(coded_events("The severance of diplomatic ties with Kessland took effect "
                                 "on Friday.")) == "SANCTION"


def test_a_light_verb_noun_told_begun_is_announced(coded_events, top_root):
    assert top_root(coded_events("The expulsion of 40 undocumented migrants from Port Alvo "
                                 "began on Tuesday.")) == "COERCE"


def test_relations_improving_are_no_act(coded_events, top_root):
    """'improve' tells its subject noun going on, but not announced: 'relations' names an
    act only behind a light verb, so the meeting stays the act."""
    evs = coded_events("Dorvan's foreign minister, who met his Kessland counterpart on "
                       "Monday, said relations between the two countries were improving.")
    assert top_root(evs) == "CONSULT", evs


def test_a_clampdown_is_a_crackdown(coded_events, top_root):
    assert top_root(coded_events("The junta extended its clampdown on political activity for "
                                 "another six months.")) == "COERCE"


def test_a_stay_away_called_is_a_strike(coded_events, top_root):
    """'called' is the strike's light verb, not a call on someone (REQUEST)."""
    assert top_root(coded_events("The stay-away called by the Dorvan unions shut shops across "
                                 "the capital on Monday.")) == "PROTEST"


def test_nouns_read_as_their_verbs(coded_events, top_root):
    """'cutoff' -> cut, 'shutdown' -> shut, 'downgrade' (roles.json nominals irregular)."""
    assert top_root(coded_events("The cutoff of Kessland aid to the Dorvan government was "
                                 "announced on Monday.")) == "SANCTION"
    assert top_root(coded_events("The shutdown of the opposition weekly was ordered by the "
                                 "information ministry.")) == "COERCE"
    assert top_root(coded_events("Dorvan's downgrade of its diplomatic ties with Kessland took "
                                 "effect on Friday.")) == "SANCTION"


def test_overtures_made_are_an_offer(coded_events, top_root):
    assert top_root(coded_events("Dorvan made fresh overtures to the rebel leadership on "
                                 "Monday.")) == "AGREE"


def test_hearings_opened_into_a_matter_investigate_it(coded_events, top_root):
    """'hearing' names an inquiry only behind its light verbs (nouns.json n.accuse.hearing)."""
    assert top_root(coded_events("A Kessland senate panel opened hearings into the arms "
                                 "deals on Tuesday.")) == "ACCUSE"
    assert top_root(coded_events("The Kessland trade minister said the hearing "
                                 "went well.")) == "NONE"


def test_a_persons_nationalization_is_no_seizure(top_event, coded_events):
    """nouns.json n.coerce.nationalize: a state taking over firms is COERCE (CAMEO 1711); a
    person's nationalization, or one among a club's players, is a passport given."""
    assert top_event("The nationalization of the copper mines angered foreign "
                     "investors.")["root"] == "COERCE"
    assert top_event("With Ivo Marr's nationalization the club now fields only two foreign "
                     "players.")["root"] == "NONE"
    evs = coded_events("His nationalization last year was welcomed by the coach.")
    assert "nationalization" not in [e["trigger"] for e in evs], evs
