"""A spill's noun told as the flow going on by a flow verb's -ing form before it ('the
gushing oil leak', 'a gushing Varn Bay oil leak'): the flow as the state of its day,
as :func:`dateline.merge.vetoes.going_on` reads a verb ('oil is gushing'), so
``going_split`` parts it from the spill a plain noun names (rules.json ``flowing_about``)."""

from __future__ import annotations

from dateline.merge.mention import Mention
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import trigger_offset


def flowing_noun(m: Mention, r: Rules) -> bool:
    """A noun of a ``going_on_participle_kinds`` kind with a ``flowing_ings`` word right after
    a ``flowing_determiners`` word before it, at most ``limits.flowing_before`` words off and
    nothing between but capitalised words (a name: 'Bay of Varn', 'of' inside it) and
    ``flowing_between`` nouns ('oil'): the -ing word modifies the trigger's own phrase."""
    if not m.nominal or m.occurrence_kind not in r.words("going_on_participle_kinds"):
        return False
    at = trigger_offset(m)
    n = int(r.limits.get("flowing_before", 0))
    if at < 0 or not n or not m.sentence:
        return False
    words = m.sentence[max(0, at - 12 * n):at].split()[-n - 1:]
    ings, dets, between = (r.words("flowing_ings"), r.words("flowing_determiners"),
                           r.words("flowing_between"))
    for i in range(len(words) - 1, 0, -1):
        w = words[i]
        if w.lower() in ings:
            return words[i - 1].lower() in dets
        if not (w.lower() in between or w[:1].isupper()
                or (w == "of" and 0 < i < len(words) - 1 and words[i + 1][:1].isupper())):
            return False
    return False
