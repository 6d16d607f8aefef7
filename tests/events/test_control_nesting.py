"""Which acts a control verb governs, and the order of a sentence's acts (issue 4, task C2 of
session 21; bench/eval_st_events.py's gaza samples): a clause coordinated with a control verb
is an act beside it, not its complement (context.analyse); an act told as not done ranks after
the acts told done, and a governed act right after its governor (context.settle)."""

from __future__ import annotations


def _by_root(evs, root):
    return next(e for e in evs if e["root"] == root)


def test_a_clause_coordinated_with_a_control_verb_is_not_governed(coded_events):
    evs = coded_events("The rebels rejected the extension and began firing rockets at the "
                       "town again.")
    assert evs[0]["root"] == "REJECT"
    fired = _by_root(evs, "ASSAULT")
    assert fired["modality"] == "asserted"
    assert not any(rel == "governed_by" for rel, _ in fired.get("links", []))


def test_a_rejection_coordinated_with_a_call_is_not_requested(coded_events):
    evs = coded_events("Tessia called for a six-hour extension of the lull but this was "
                       "rejected by the rebels, who began shelling the port again.")
    assert _by_root(evs, "REJECT")["modality"] == "asserted"


def test_the_complement_of_a_control_verb_stays_governed(coded_events):
    evs = coded_events("The rebels threatened to shell the port of Tarvik.")
    assert evs[0]["root"] == "THREATEN"
    assert _by_root(evs, "ASSAULT")["modality"] == "threatened"


def test_an_act_not_done_ranks_after_the_acts_done(coded_events):
    evs = coded_events("Borland did not return fire and instead appealed to the monitors "
                       "to investigate.")
    assert [e["root"] for e in evs] == ["REQUEST", "ACCUSE", "ASSAULT"]
    assert evs[-1]["negated"] and not evs[0]["negated"]


def test_a_refusal_is_an_act_though_negated(coded_events):
    evs = coded_events("The rebels said they could not agree to a truce, and shelled the "
                       "port.")
    assert [e["root"] for e in evs] == ["REJECT", "ASSAULT"]
    assert evs[0]["negated"]


def test_a_plan_an_accusation_alleges_is_the_accuseds_and_reported(coded_events):
    """'accused X of preparing attacks': X readies the attacks (MOBILIZE), as the accuser
    alleges, not as a declared intention (planned)."""
    evs = coded_events("Varnia accused the Brask Front of preparing for new attacks on the "
                       "border towns.")
    assert evs[0]["root"] == "ACCUSE"
    readied = _by_root(evs, "MOBILIZE")
    assert readied["modality"] == "reported"
    assert [x["relation"] for x in readied["links"]] == ["governed_by"]


def test_a_clause_before_a_rejection_with_its_own_object_is_not_denied(coded_events):
    """The parser hangs 'X agreed ...' on a later 'Y rejected it' as its complement: Y's
    rejection has its own object, and X's agreement stands (asserted, not denied)."""
    for text in ("The government agreed to the truce proposal; however, the rebels rejected it.",
                 "The government agreed to the truce proposal, however the rebels rejected it."):
        evs = coded_events(text)
        agreed = _by_root(evs, "AGREE")
        assert agreed["modality"] == "asserted" and agreed["actor"] == "government", evs
        assert _by_root(evs, "REJECT")["actor"] == "rebels"
