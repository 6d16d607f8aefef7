"""The story's outbreak an article names again by a definite noun ('the outbreak', 'the flu
outbreak') where that telling stands alone in its group: it joins the group holding its
article's other definite tellings of the noun (rules.json ``told_again``), and lone tellings of
one article with no such group gather in one.

An outbreak lasts for weeks and its story's reports fall into day groups, so
:func:`dateline.merge.once.one_named_group` gathering every such telling of an article pulled
one out of its own day's group, away from the other articles' reports of that day (H1N1
Reuters + BBC cross tuning lost a pair). A telling alone in its group has no such partners to
lose: only it moves."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from dateline.merge.diseases import disease_of
from dateline.merge.lone_tellings import headline_bare
from dateline.merge.mention import Mention
from dateline.merge.once import told_before
from dateline.merge.references import plural_trigger
from dateline.merge.rules import Rules
from dateline.merge.told_back import moved_into
from dateline.merge.union_find import joined

Key = tuple[str, str]


def _between(r: Rules) -> frozenset[str]:
    """Words that may stand between 'the' and the noun: named_once_between, the
    disease_current_nouns ('the flu outbreak') and the words of a disease_names phrase ('the
    swine flu outbreak'; a disease other than its group's is refused), no year."""
    words = set(r.words("named_once_between")) | set(r.words("disease_current_nouns"))
    for key, phrases in r.raw.get("disease_names", {}).items():
        if not key.startswith("_"):
            words.update(w for p in phrases for w in p.lower().split())
    # a year is no name ('the 1957 outbreak': another), nor a word joining a phrase's parts
    not_between = set(r.raw.get("told_again", {}).get("not_between", ()))
    return frozenset(w for w in words if not w.isdigit() and w not in not_between)


def told_again(m: Mention, r: Rules) -> bool:
    """A singular noun trigger of a ``told_again.kinds`` kind after a reference word or a
    possessive (``named_once_possessives``), nothing between but :func:`_between` words
    ('the outbreak', 'the H1N1 outbreak'; not 'the 1957 outbreak', 'the Varn outbreak', 'an
    outbreak'), asserted or reported and not hedged."""
    spec = r.raw.get("told_again") or {}
    if m.occurrence_kind not in spec.get("kinds", ()) or m.hedged:
        return False
    if m.modality not in ("asserted", "reported") or not (m.rule or "").endswith("+noun"):
        return False
    words = m.trigger.lower().split()
    if len(words) != 1 or plural_trigger(words[0], r):
        return False
    before = [w.lower() for w in told_before(m)]
    refs = r.words("reference_words") | r.words("named_once_possessives")
    between = r.derived("told_again_between", _between)
    for n in range(len(before) - 1, max(-1, len(before) - 4), -1):
        if before[n] in refs:
            return all(w in between for w in before[n + 1:])
    return False


def told_again_group(groups: list[list[Key]], mentions: Mapping[Key, Mention], r: Rules,
                     row: Callable[[Key], Iterable[tuple[Key, float]]],
                     refused: Callable[[Key, list[Key]], bool]) -> list[list[Key]]:
    """``groups`` with each :func:`told_again` mention alone in its group moved to the group
    holding most of its article's other tellings of that noun (:func:`told_again`, or a
    headline's bare noun, lone_tellings.headline_bare: 'officials say outbreak on the rise'),
    then the larger group, then the smaller key; only tellings a scored pair ties it to count
    (``row``: its partners at the floor, under the threshold: the two sentences share little
    but the noun; a vetoed pair is unscored, and a set of groups closed under scored pairs
    stays closed, as a store's update re-clusters), and not into a group ``refused`` (a place
    apart or a hard rule: another disease) nor, when it names a disease, one that never
    names that one. Each decision reads the groups as they were: no chains, any order. Lone
    tellings with no such group to join gather with each other (:func:`_lone_gathered`)."""
    spec = r.raw.get("told_again")
    if not spec:
        return groups
    kinds = set(spec.get("kinds", ()))
    where = {k: i for i, g in enumerate(groups) for k in g}
    told: dict[Key, bool] = {}  # each partner read once
    moves: dict[Key, int] = {}
    lone: list[Key] = []  # told again, alone, with no group of its article's tellings to join
    for g in groups:
        if len(g) != 1 or mentions[g[0]].occurrence_kind not in kinds:
            continue
        k = g[0]
        m = mentions[k]
        if not told_again(m, r):
            continue
        noun = m.trigger.lower()
        held: Counter[int] = Counter()
        for o, _s in row(k):
            om = mentions[o]
            if om.article_id != m.article_id or om.trigger.lower() != noun:
                continue
            if o not in told:
                told[o] = told_again(om, r) or headline_bare(om, r)
            if told[o] and len(groups[where[o]]) > 1:  # two lone ones would swap groups
                held[where[o]] += 1
        if not held:
            lone.append(k)
            continue
        to = min(held, key=lambda j: (-held[j], -len(groups[j]), groups[j][0]))
        named = disease_of(m, r)
        if named is not None and all(disease_of(mentions[o], r) != named for o in groups[to]):
            continue
        if not refused(k, groups[to]):
            moves[k] = to
    if spec.get("lone_gather"):
        moves.update(_lone_gathered(lone, mentions, r, row, refused, where))
    return moved_into(groups, moves)


def _lone_gathered(lone: list[Key], mentions: Mapping[Key, Mention], r: Rules,
                   row: Callable[[Key], Iterable[tuple[Key, float]]],
                   refused: Callable[[Key, list[Key]], bool],
                   where: Mapping[Key, int]) -> dict[Key, int]:
    """Tellings of one article and noun that :func:`told_again_group` found alone, each with
    no group of its article's tellings to join (every telling alone: 'the outbreak' in the
    fourth line and again in the twelfth), gathered in one group, the smallest key's: two
    lone groups join, no other group moves, so no pair of another article's mentions changes
    (``told_again.lone_gather``). Tied by a scored pair (``row``), not ``refused``, and naming
    one disease or none."""

    def tie(k: Key, o: Key, _s: float) -> bool:
        m, om = mentions[k], mentions[o]
        return (om.article_id == m.article_id and om.trigger.lower() == m.trigger.lower()
                and disease_of(om, r) == disease_of(m, r) and not refused(k, [o]))

    uf = joined(lone, row, tie)
    moves: dict[Key, int] = {}
    for k in lone:
        root = uf.find(k)
        if root != k:
            moves[k] = where[root]
    return moves
