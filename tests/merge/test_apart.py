"""The merger's scan of two groups for a pair kept apart (merge.apart): the cheap tests'
keys meet whenever the test holds, and the indexed scan answers as reading every pair.
Invented sentences."""

from __future__ import annotations

import random

from dateline.merge import EventMerger, rules
from dateline.merge.apart import GroupLinks
from dateline.merge.links import cannot_link, cheap_link_tests

from .helpers import example_side, mention

R = rules()


def _mentions():
    """Acts a hard rule keeps apart across articles (roles crossed, a reply, two rejections
    told days apart, two named diseases or storms, two kinds of site), with their
    look-alikes; three articles each."""
    out = []
    for n, ex in enumerate(R.raw["roles_crossed_examples"]):
        out += [mention(f"r{n}a", **dict(ex["a"])), mention(f"r{n}b", **dict(ex["b"]))]
    fire = dict(type="ASSAULT", trigger="fired", date="2025-06-06", time_how="clause")
    out += [
        mention("f1", sentence="Gunmen fired at a navy patrol boat off Varnow on Friday.", **fire),
        mention("f2", sentence="The navy patrol boat fired back at the gunmen off Varnow.", **fire),
        mention("f3", sentence="Gunmen fired on the navy patrol boat near Varnow on Friday.",
                **fire),
    ]
    for aid, day in (("d1", "2025-03-02"), ("d2", "2025-03-06"), ("d3", "2025-03-02")):
        out.append(mention(aid, type="REJECT", trigger="rejected", date=day, time_how="clause",
                           actor="the union", sentence="The union rejected the pay offer of "
                           "Nordhaven Terminals."))
    for n, ex in enumerate(R.raw["disease_examples"]):  # diseases apart, and look-alikes
        out += [example_side("e1", ex, side, f"s{n}{side}") for side in "ab"]
    for n, ex in enumerate(R.raw["hazard_examples"]):  # hazards apart, and look-alikes
        out += [example_side("e1", ex, side, f"h{n}{side}") for side in "ab"]
    for n, ex in enumerate(R.raw["site_examples"]):  # sites apart, and look-alikes
        out += [example_side("e1", ex, side, f"t{n}{side}") for side in "ab"]
    return out


def test_keys_meet_whenever_the_pair_test_holds():
    """What one mention looks for meets what the other is found under for every pair a
    cheap test holds for (else the index would miss the pair); each test holds for some."""
    ms = _mentions()
    tests = cheap_link_tests(R.cannot_link)
    assert tests is not None
    held = [0] * len(tests)
    for a in ms:
        for b in ms:
            for i, (test, keys) in enumerate(tests):
                if a is not b and test(a, b, R):
                    held[i] += 1
                    ka, kb = keys(a, R), keys(b, R)
                    assert ka is not None and kb is not None
                    assert ka[1] & kb[0] and kb[1] & ka[0]
    assert all(held), held


def _every_pair(m: EventMerger, ga, gb) -> bool:
    """The answer read pair by pair: one article's two mentions always, others unscored."""
    return any(
        cannot_link(m.mentions[a], m.mentions[b], R)
        for a in ga for b in gb
        if a[0] == b[0] or b not in m._scored_with(a))


def test_index_scan_answers_as_every_pair():
    ms = _mentions()
    m = EventMerger()
    m.add(ms)
    keys = sorted(m.mentions)
    rng = random.Random(7)
    answers = set()
    for _ in range(300):
        picked = rng.sample(keys, rng.randint(2, len(keys)))
        cut = rng.randint(1, len(picked) - 1)
        ga, gb = picked[:cut], picked[cut:]
        want = _every_pair(m, ga, gb)
        answers.add(want)
        assert m._kept_apart(ga, gb) is want
        # the larger group's index, made of two halves joined, as the merger keeps it
        large = gb if len(ga) <= len(gb) else ga
        index, half = m._group_links(large[: len(large) // 2]), GroupLinks()
        for k in large[len(large) // 2:]:
            half.add(k, m._profile(k))
        index.absorb(half)
        assert m._kept_apart(ga, gb, index) is want
    assert answers == {True, False}
