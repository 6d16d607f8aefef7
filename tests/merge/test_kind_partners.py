"""kind_partners: a mention's kinds' partners under compatible_kinds, read once per mention,
answer kinds_meet for every pair exactly as testing each two kinds of the pair does."""

from __future__ import annotations

from itertools import product

from dateline.merge import rules
from dateline.merge.triggers import kind_partners, kinds, kinds_meet

from .helpers import mention

R = rules()


def _each_two_kinds(a, b) -> bool:
    """kinds_meet as first written: any listed pair of one kind of each."""
    if not R.kinds or a.type == b.type:
        return False
    return any(frozenset((x, y)) in R.kinds for x in kinds(a) for y in kinds(b))


def test_kind_partners_answer_kinds_meet_for_every_listed_example():
    """Every mention of the compatible_kinds examples against every other one (both orders,
    alike and unlike types): the partners' answer is the pairwise one, and meeting ones exist."""
    ms = [mention(side, **dict(ex[side])) for ex in R.raw["compatible_kinds_examples"]
          for side in ("a", "b")]
    met = 0
    for a, b in product(ms, ms):
        want = _each_two_kinds(a, b)
        assert kinds_meet(a, b, R) is want
        assert (a.type != b.type and not kind_partners(a, R).isdisjoint(kinds(b))) is want
        met += want
    assert met > 0


def test_kind_partners_of_an_explosion_told_as_an_accident():
    """The rig's explosion coded as an accident has the attack's bomb class as a partner;
    a killing's kinds are none of its partners."""
    occ = mention("A", type="OCCURRENCE", rule="occ.accident.explosion", trigger="explosion",
                  date="2025-03-03", sentence="An explosion on the Norvik rig hurt four crew.")
    act = mention("B", type="ASSAULT", rule="n.assault", trigger="explosion", date="2025-03-03",
                  sentence="An explosion on the Norvik rig hurt four crew.")
    kill = mention("C", type="ASSAULT", rule="v.assault", trigger="killed", date="2025-03-03",
                   sentence="A blast on the Norvik rig killed four crew.")
    assert "ASSAULT.bomb" in kind_partners(occ, R)
    assert kinds_meet(occ, act, R) and kinds_meet(act, occ, R)
    assert not kinds_meet(occ, kill, R) and kind_partners(occ, R).isdisjoint(kinds(kill))
