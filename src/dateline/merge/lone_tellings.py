"""The story's occurrence an article names by a definite noun ('the explosion', 'the spill'),
told again in a lone line by its verb ('the night the rig exploded', 'where the oil
spilled') or, in a headline, by a bare noun ('weeks before blast'): one event, a must-link
within the article applied to the finished groups. Such a telling shares too little with the
noun's sentences to be joined by the pair score, and :mod:`dateline.merge.told_back` reads
only a noun told after its one verb; here the verb or bare noun stands alone and joins the
group holding most of its article's definite nouns of the act (rules.json ``lone_tellings``).

Only a kind of ``lone_tellings.kinds`` (an explosion, a spill: a story has one); only a verb
form ``told_back.nouns`` lists for the noun (not 'blowing', 'ignited'), and not the one spelled
as the noun's plural ('the oil spills off Varn' is a noun); told plainly (not hedged, negated
or planned); no year in its sentence two or more years before the article (``limits.
recalled_years``: 'exploded in 1987' is another); tied by a scored pair to one of the group's
definite nouns (a vetoed pair is unscored); no figure the group does not give; not
``refused`` (a place apart or a hard rule against the group)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from dateline.merge.mention import Mention
from dateline.merge.once import named_once
from dateline.merge.recalled import YEAR
from dateline.merge.rules import Rules
from dateline.merge.told_back import definite_back, moved_into, noun_of, told_plainly
from dateline.merge.trigger_words import trigger_offset

Key = tuple[str, str]
_YEAR = re.compile(rf"\b{YEAR}\b")
#: what ends a sentence of running text (a headline has none of these last)
_STOPS = ".?!:"


def lone_tellings(groups: list[list[Key]], mentions: Mapping[Key, Mention], r: Rules,
                  row: Callable[[Key], Iterable[tuple[Key, float]]],
                  refused: Callable[[Key, list[Key]], bool]) -> list[list[Key]]:
    """``groups`` with each lone telling of an article's definite occurrence moved into the
    group holding most of those nouns (then the larger, then the smaller key). Each decision
    reads the groups as they were: no chains, any order."""
    spec = r.raw.get("lone_tellings")
    if not spec:
        return groups
    kinds = set(spec.get("kinds", ()))
    nouns: dict[str, list[str]] = r.raw.get("told_back", {}).get("nouns", {})
    where = {k: i for i, g in enumerate(groups) for k in g}
    story: dict[tuple[str, str], Counter[int]] = {}  # (article, noun) -> groups holding it
    definite: set[Key] = set()
    for k, i in where.items():
        m = mentions[k]
        noun = noun_of(m, r) if m.occurrence_kind in kinds else ""
        if noun and (named_once(m, r) or definite_back(m, r)):
            definite.add(k)
            story.setdefault((m.article_id, noun), Counter())[i] += 1
    moves: dict[Key, int] = {}
    for k, i in where.items():
        m = mentions[k]
        if len(groups[i]) != 1 or m.occurrence_kind not in kinds or not telling(m, r):
            continue
        forms = _forms(m, nouns, r)
        held: Counter[int] = Counter()
        for noun, told in sorted(nouns.items()):
            if forms & set(told):
                held.update(story.get((m.article_id, noun), Counter()))
        if not held:
            continue
        to = min(held, key=lambda j: (-held[j], -len(groups[j]), groups[j][0]))
        members = set(groups[to])
        if not any(o in members and o in definite for o, _ in row(k)):
            continue
        if m.figures and not m.figures <= {f for o in groups[to] for f in mentions[o].figures}:
            continue  # a figure the story's group does not give: another count or occurrence
        if not refused(k, groups[to]):
            moves[k] = to
    return moved_into(groups, moves)


def telling(m: Mention, r: Rules) -> bool:
    """A verb or a headline's bare noun that may tell the story's occurrence again: told
    plainly, no old year in its sentence, and (a noun) :func:`headline_bare`."""
    if not told_plainly(m) or _old_year(m, r):
        return False
    return headline_bare(m, r) if m.nominal else bool(m.trigger.split())


def _forms(m: Mention, nouns: Mapping[str, list[str]], r: Rules) -> set[str]:
    """The verb forms ``m`` is told by: its own first word (a verb, unless spelled as the
    plural of a noun it is a form of: 'spills'), or those of its noun (a bare noun)."""
    if m.nominal:
        return set(nouns.get(noun_of(m, r), ()))
    word = m.trigger.lower().split()[0]
    if any(word == f"{noun}s" and word in told for noun, told in nouns.items()):
        return set()
    return {word}


def _old_year(m: Mention, r: Rules) -> bool:
    """Its sentence names a year ``limits.recalled_years`` or more before its article's."""
    if m.dct is None:
        return False
    years = int(r.limits.get("recalled_years", 2))
    return any(m.dct.year - int(y) >= years for y in _YEAR.findall(m.sentence or ""))


def headline_bare(m: Mention, r: Rules) -> bool:
    """A singular one-word noun with no determiner, in a line with no closing stop (a
    headline drops 'the': 'Crew warned weeks before blast'); the word before it (past
    ``named_once_between`` words) plain lower case, no reference or new-instance word ('a
    blast', 'the blast'), no name ('Exxon spill': another)."""
    line = (m.sentence or "").rstrip(" '`\"")
    words = m.trigger.split()
    if not line or line[-1] in _STOPS or len(words) != 1 or words[0].lower().endswith("s"):
        return False
    at = trigger_offset(m)
    if at < 0:
        return False
    between = r.words("named_once_between")
    prev = [w for w in (m.sentence or "")[max(0, at - 60):at].split()
            if w.lower() not in between][-1:]
    if not prev or not prev[0].isalpha() or not prev[0].islower():
        return False
    return prev[0] not in r.words("reference_new_instance") | r.words("reference_words")
