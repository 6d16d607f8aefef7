"""The pair score's hot path written out (merge.dates.date_veto, vetoes.act_veto's memo read,
triggers.light_either, parties.named_in, wording.weighted_shared, same_trigger asked once):
the same verdicts as the helpers and set expressions it no longer calls or builds for each
pair."""

from __future__ import annotations

from copy import copy
from dataclasses import replace
from itertools import product

from dateline.merge import rules
from dateline.merge.copies import copies_apart
from dateline.merge.dates import _gap_apart, _span_days, apart_unreached, date_gap, date_veto
from dateline.merge.lexicon import lexicon
from dateline.merge.parties import named_in
from dateline.merge.similarity import pair_verdict
from dateline.merge.triggers import light_either, same_trigger, sibling_trigger
from dateline.merge.vetoes import act_flags, act_veto, shares_enough
from dateline.merge.wording import weighted_shared

from .helpers import mention

R = rules()


def _composed_date_veto(a, b, text, r):  # date_veto as the helpers it writes out compose it
    gap = date_gap(a, b)
    if gap is None:
        if (a.date_start is None) != (b.date_start is None):
            return "one undated"
        return "undated" if text < r.limits["wide_text"] else None
    if (_gap_apart(gap, a, b, r) and not copies_apart(a, b, r)) or (
            (a.reach or b.reach) and apart_unreached(a, b, r) is True):
        return "dates apart"
    coarse, da, db = r.limits["coarse_span_days"], _span_days(a) or 0, _span_days(b) or 0
    if (da > coarse) != (db > coarse):
        return "vague date"
    if max(da, db) > r.limits["wide_span_days"] and text < r.limits["wide_text"]:
        return "vague date"
    return None


def _dated(date, how="clause", reach=0):
    m = mention("a", "e1", type="PROTEST", trigger="rallied", date=date, time_how=how,
                dct="2031-04-20", sentence="Thousands rallied in Varnow on the day.")
    return replace(m, reach=reach) if reach else m  # a back-reference's span reaches back


DATES = [
    _dated(None), _dated("2031-04-20"), _dated("2031-04-21", how="dct"),
    _dated("2031-04-23", how="dct-past"), _dated("2031-04-30"), _dated("2031-W16"),
    _dated("2031-04"), _dated("2031"), _dated("2031-04-20", how="dct", reach=10),
    _dated("2031-04-05"),
]


def test_date_veto_gives_the_composed_verdict_for_every_pair_of_datings():
    seen = set()
    for a, b in product(DATES, repeat=2):
        for text in (0.1, 0.9):
            got = date_veto(a, b, text, R)
            assert got == _composed_date_veto(a, b, text, R)
            seen.add(got)
    assert {None, "one undated", "undated", "dates apart", "vague date"} <= seen


def test_act_veto_reads_the_memo_only_of_its_own_rules():
    crowd = mention("a", "e1", type="PROTEST", trigger="rallied", date="2031-04-02",
                    sentence="Thousands rallied in Varnow against the new port tax.")
    other = mention("b", "e1", type="PROTEST", trigger="rallied", date="2031-04-02",
                    sentence="Crowds rallied in Varnow against the port tax.")
    assert act_veto(crowd, other, R) is None
    assert act_flags(crowd, R)[0] is False  # now in the memo, under R
    stale = copy(R)  # another rules object: its memo is not R's
    object.__setattr__(crowd, "memo", (stale, {"act_flags": (True,) + act_flags(other, R)[1:]}))
    assert act_veto(crowd, other, R) is None  # worked out anew under R
    object.__setattr__(crowd, "memo", (R, {"act_flags": (True,) + act_flags(other, R)[1:]}))
    assert act_veto(crowd, other, R) == "generic"  # R's memo is read as it stands


def _light_object(m, r):
    """The one-mention test light_either asks of both (its reference): a rule starting with
    one of ``nominal_not_rules``."""
    prefixes = tuple(r.prefixes("nominal_not_rules"))
    return bool(prefixes) and (m.rule or "").startswith(prefixes)


def test_light_either_is_light_object_of_either():
    base = mention("a", "e1", type="AID", trigger="aid", date="2031-04-02",
                   sentence="Ships carried aid to Varnow on Friday.")
    kinds = [replace(base, rule=rule) for rule in ("light:carry+n.aid", "n.aid", None)]
    for a, b in product(kinds, repeat=2):
        assert light_either(a, b, R) == (_light_object(a, R) or _light_object(b, R))
    assert light_either(kinds[0], kinds[1], R) and not light_either(kinds[1], kinds[2], R)


def test_named_in_reads_names_in_either_sentence_without_building_sets():
    port = mention("a", "e1", type="PROTEST", trigger="rallied", date="2031-04-02",
                   sentence="Dockers rallied outside Nordhaven Terminals on Friday.")
    town = mention("b", "e1", type="PROTEST", trigger="rallied", date="2031-04-02",
                   sentence="Dockers rallied in Varnow on Friday.")
    port_w, town_w, none = frozenset({"nordhaven"}), frozenset({"varnow"}), frozenset()
    assert named_in(port_w, port_w, port, port) == 1.0  # one name in both
    assert named_in(port_w, town_w, port, town) == 0.0  # each names its own
    assert named_in(port_w, town_w, port, port) == 1.0  # the other's sentence holds it
    assert named_in(town_w, port_w, port, port) == 1.0  # and so does this one's
    assert named_in(none, port_w, town, port) is None
    for wa, wb, a, b in product((port_w, town_w), (port_w, town_w), (port, town), (port, town)):
        expected = 1.0 if wa & (wb | b.tokens) or wb & a.tokens else 0.0
        assert named_in(wa, wb, a, b) == expected


def test_weighted_shared_is_the_capped_cosine():
    lex = lexicon()
    a, b = frozenset({"rally", "port", "tax"}), frozenset({"rally", "port"})
    na, nb = lex.weight(a), lex.weight(b)
    cos, w2 = weighted_shared(a, b, na, nb)
    assert w2 == lex.idf2(a & b) and cos == min(1.0, w2 / (na * nb)) and 0.0 < cos < 1.0
    assert weighted_shared(a, a, na / 2, na / 2)[0] == 1.0  # capped at 1
    assert weighted_shared(a, frozenset({"quake"}), na, nb) == (0.0, 0.0)


def test_same_trigger_asked_once_gives_the_verdicts_of_asking_it_in_each_test():
    """pair_verdict asks same_trigger once and hands it to shares_enough, the 'another act'
    veto and the features: the verdicts are those of asking it anew, and each reads it."""
    walkout = mention("a", "e1", type="PROTEST", trigger="walkout", date="2031-04-02",
                      sentence="A walkout halted Varnow docks on Friday.")
    strike = mention("b", "e1", type="PROTEST", trigger="strike", date="2031-04-02",
                     sentence="Crane crews began a strike at Nordhaven.")
    killed = mention("c", "e1", type="ASSAULT", trigger="killed", date="2025-03-04",
                     sentence="The Norvik blast killed four workers on Tuesday.")
    blast = mention("d", "e1", type="ASSAULT", trigger="explosion", date="2025-03-04",
                    sentence="An explosion at Norvik on Tuesday left four workers dead.")
    for a, b in product((walkout, strike, killed, blast), repeat=2):
        same = same_trigger(a, b, R)
        assert pair_verdict(a, b, R, None, same) == pair_verdict(a, b, R)
        assert sibling_trigger(a, b, R, same) == sibling_trigger(a, b, R)
    shared = len(walkout.tokens & strike.tokens)
    assert shared < R.limits["min_shared_tokens"] and same_trigger(walkout, strike, R)
    assert shares_enough(walkout, strike, shared, R)  # one trigger sense, few words
    assert not shares_enough(walkout, strike, shared, R, False)  # the answer handed down
    assert sibling_trigger(killed, blast, R) and not sibling_trigger(killed, blast, R, True)
    assert pair_verdict(killed, blast, R)[1] == "another act"
    assert pair_verdict(killed, blast, R, None, True)[1] != "another act"


def test_shared_words_handed_over_give_the_verdict_of_intersecting_again():
    """The add loop hands pair_verdict the words two sentences share (it counted them):
    the text feature reads that set, and the verdicts are those of intersecting anew."""
    port = mention("a", "e1", type="PROTEST", trigger="rallied", date="2031-04-02",
                   sentence="Dockers rallied in Varnow against the new port tax.")
    town = mention("b", "e1", type="PROTEST", trigger="rallied", date="2031-04-02",
                   sentence="Crowds rallied in Varnow against the port tax on Friday.")
    quay = mention("c", "e1", type="PROTEST", trigger="marched", date="2031-04-02",
                   sentence="Dockers marched to the quay in Varnow.")
    for a, b in product((port, town, quay), repeat=2):
        common = a.tokens & b.tokens
        assert pair_verdict(a, b, R, len(common), None, common) == pair_verdict(a, b, R)
    common = port.tokens & town.tokens
    assert weighted_shared(port.tokens, town.tokens, port.text_norm, town.text_norm, common) == (
        weighted_shared(port.tokens, town.tokens, port.text_norm, town.text_norm))
    fewer = frozenset(sorted(common)[:1])  # a set handed over is what the feature reads
    assert weighted_shared(port.tokens, town.tokens, port.text_norm, town.text_norm, fewer)[0] < (
        weighted_shared(port.tokens, town.tokens, port.text_norm, town.text_norm)[0])


def test_add_keeps_exactly_the_pairs_the_verdict_keeps_across_days():
    """The add loop ends a pair of two articles whose dates lie days apart by date_veto
    before the veto chain, and asks shares_enough written out: the pairs it keeps are those
    pair_verdict keeps (not vetoed, at the floor or above), every dating against every other."""
    from dateline.merge import EventMerger

    said = ["Thousands rallied in Varnow on the day.", "Crowds rallied in Varnow that day.",
            "Dockers marched to the quay in Varnow."]
    ms = []
    for i, d in enumerate([*DATES, _dated("2031-04-22", how="dct")] * 2):  # 2 days: kept
        m = mention(f"a{i}", "e1", type="PROTEST", trigger=said[i % 3].split()[1],
                    date=d.time_value, time_how=d.time_how, dct="2031-04-20",
                    sentence=said[i % 3])
        ms.append(replace(m, reach=d.reach) if d.reach else m)
    merger = EventMerger(R)
    merger.add(ms)
    kept = {(a, b) for a, b, _ in merger.pairs()}
    floor = R.limits["score_floor"]
    want = set()
    for i, later in enumerate(ms):
        for earlier in ms[:i]:
            s, why = pair_verdict(later, earlier, R)
            if why is None and s >= floor:
                want.add(tuple(sorted((later.key, earlier.key))))
    assert kept == want and len(want) > len(ms)
    assert sum(pair_verdict(a, b, R)[1] == "dates apart" for a in ms for b in ms) > len(ms)


def test_plainly_dated_pairs_within_the_gap_need_no_date_veto():
    """Two plainly dated mentions (a day or a week, not reaching back) within date_gap_days
    of each other: date_veto says nothing of them, so the add loop hands pair_verdict
    ``dated`` and the chain skips it, with the verdict of asking it. Wider spans (a month, a
    year), undated ones and back-references are not plainly dated."""
    from dateline.merge.dates import plainly_dated

    plain = [d for d in DATES if plainly_dated(d, R)]
    assert {d.time_value for d in plain} >= {"2031-04-20", "2031-W16"}
    assert not any(plainly_dated(d, R) for d in DATES if d.time_value in (None, "2031-04", "2031"))
    assert not any(plainly_dated(d, R) for d in DATES if d.reach)
    near = 0
    for a, b in product(plain, repeat=2):
        if date_gap(a, b) <= R.limits["date_gap_days"]:
            near += 1
            for text in (0.1, 0.9):
                assert date_veto(a, b, text, R) is None
            assert pair_verdict(a, b, R, dated=True) == pair_verdict(a, b, R)
    assert near > len(plain)
