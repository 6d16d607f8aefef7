"""The hard rules that keep two mentions out of one event even through other mentions
(``cannot_link_vetoes``), which :mod:`dateline.merge.cluster` reads when two groups would join,
and their cheap tests."""

from __future__ import annotations

from collections.abc import Callable

from dateline.merge.acts import (
    another_one,
    other_one,
    planned_apart,
    reply_apart,
    reply_keys,
    told_once,
    two_counts,
    two_sums,
    two_targets,
    two_triggers,
    verbs_days_apart,
)
from dateline.merge.dates import date_veto, statements_days_apart, told_day_keys, told_days_apart
from dateline.merge.diseases import disease_keys, diseases_apart
from dateline.merge.hazards import hazard_keys, hazards_apart
from dateline.merge.mention import Mention
from dateline.merge.own_objects import own_objects
from dateline.merge.parties import roles_keys
from dateline.merge.rules import Rules
from dateline.merge.sites import site_keys, sites_apart
from dateline.merge.tallies import tallies_days_apart, tallies_placed_apart, total_and_part
from dateline.merge.tally_kind import kinds_apart
from dateline.merge.vetoes import act_veto, kind_veto, roles_crossed_on

#: Reasons of :func:`cannot_link` that only two mentions of one sentence can have.
SENTENCE_LINKS = frozenset({"two triggers", "two counts", "two targets", "other one",
                            "tally kinds apart", "own objects"})


#: Reasons of :func:`cannot_link` that only two mentions of one article can have.
ARTICLE_LINKS = frozenset({"another one", "total and part", "verbs days apart",
                           "planned and done", "tallies placed apart", "two sums",
                           "tallies days apart", "statements days apart"})


#: a test of two mentions under the merge's rules
PairTest = Callable[[Mention, Mention, Rules], bool]


def _two_counts(a: Mention, b: Mention, r: Rules) -> bool:
    return two_counts(a, b)


def _own_objects(a: Mention, b: Mention, r: Rules) -> bool:
    # two verbs of one type, each with its own object; one verb said twice ('closed on
    # Friday ... stay closed for 48 hours') may tell one act going on: left to the score
    return a.type == b.type and a.trigger_head != b.trigger_head and own_objects(a, b, r)


#: The reasons of :func:`cannot_link` with a test of their own, asked in this order: the
#: first named in ``cannot_link_vetoes`` whose test holds is the answer.
_OWN_TESTS: tuple[tuple[str, PairTest], ...] = (
    ("two triggers", two_triggers),
    ("two counts", _two_counts),
    ("two targets", two_targets),
    ("tally kinds apart", kinds_apart),
    ("own objects", _own_objects),
    ("another one", another_one),
    ("total and part", total_and_part),
    ("tallies placed apart", tallies_placed_apart),
    ("tallies days apart", tallies_days_apart),
    ("statements days apart", statements_days_apart),
    ("planned and done", planned_apart),
    ("two sums", two_sums),
    ("other one", other_one),
    ("diseases apart", diseases_apart),  # before the chain below: a veto of it may hold too
    ("hazards apart", hazards_apart),
    ("sites apart", sites_apart),
)


def cannot_link(a: Mention, b: Mention, r: Rules) -> str | None:
    """The hard rule that keeps two mentions out of one event even through other mentions
    (``cannot_link_vetoes``: a denial and the report it denies, two acts of one sentence,
    two countries, ...), or ``None``. Only reasons that say the two are different acts
    count, not those that say too little is shared to tell ('nothing shared', wording too
    unlike for undated or vaguely dated mentions): a mention unlike another may still be
    linked to it by a third report. :mod:`dateline.merge.cluster` reads it when two groups
    would join."""
    hard = r.cannot_link
    if not hard or told_once(a, b, r):
        return None
    for reason, holds in _OWN_TESTS:
        if reason in hard and holds(a, b, r):
            return reason
    if "verbs days apart" in hard and verbs_days_apart(a, b, r):
        # each dated by its own clause: the reason that holds across articles too
        told = "told days apart" in hard and told_days_apart(a, b, r)
        return "told days apart" if told else "verbs days apart"
    rest = hard - SENTENCE_LINKS - ARTICLE_LINKS
    if not rest:
        return None
    if rest <= _CHEAP_LINKS.keys() and not any(_CHEAP_LINKS[w][0](a, b, r) for w in rest):
        # The veto chain below can only answer one of these when its own test holds, so a
        # pair none of them holds for needs no chain (the merge scores ~10^6 such pairs).
        return None
    if "told days apart" in hard and told_days_apart(a, b, r):
        return "told days apart"  # no veto of the chain's own: 'dates apart' says less
    why = kind_veto(a, b, r) or act_veto(a, b, r) or date_veto(a, b, 1.0, r)
    return why if why in hard else None


#: what a mention is found under and what it looks for (:data:`CheapLink`)
LinkKeys = tuple[frozenset[object], frozenset[object]]


def _roles_keys(m: Mention, r: Rules) -> LinkKeys | None:
    return roles_keys(m) if r.limits.get("roles_crossed_veto") else None

# Cannot-link reasons of the veto chain with a cheap test of their own (the chain returns
# the reason only when that test holds) and, for each mention, the keys it is found under
# and the keys it looks for, or None when the pair test can never hold for it: the pair test
# holds only when what one looks for meets what the other is found under (the merger scans
# two groups for such pairs through an index of these keys, not pair by pair).
CheapLink = tuple[Callable[[Mention, Mention, Rules], bool],
                  Callable[[Mention, Rules], LinkKeys | None]]


_CHEAP_LINKS: dict[str, CheapLink] = {
    "roles crossed": (roles_crossed_on, _roles_keys),
    "reply": (reply_apart, reply_keys),
    "told days apart": (told_days_apart, told_day_keys),
    "diseases apart": (diseases_apart, disease_keys),
    "hazards apart": (hazards_apart, hazard_keys),
    "sites apart": (sites_apart, site_keys),
}


def cheap_link_tests(hard: frozenset[str] | set[str]) -> list[CheapLink] | None:
    """The cheap tests of the cannot-link reasons ``hard`` names beyond two mentions of one
    sentence, when every such reason has one (else None): for two mentions of different
    sentences, :func:`cannot_link` answers None unless one of the pair tests holds, and a
    pair test holds only when the keys one mention looks for meet those the other is found
    under (both not None)."""
    rest = set(hard) - SENTENCE_LINKS - ARTICLE_LINKS
    if not rest <= _CHEAP_LINKS.keys():
        return None
    return [_CHEAP_LINKS[w] for w in sorted(rest)]
