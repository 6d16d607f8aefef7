"""The words an incident check reads for one mention (rules.json ``incident_clause_about``):
the trigger's own clause, not its whole sentence ('all is calm in Tarn, but two die in
clashes in Varn': the clashes are Varn's), and a place name standing before the incident
noun ('the Varn clashes') read as if after a place word, as :func:`dateline.merge.disagree.
separate_incidents` reads places."""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.entities.resources import states
from dateline.merge.mention import Mention, once
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import trigger_offset
from dateline.wordlists import any_of

_NAME = r"(?:[A-Z][\w'\u2019-]*\s+)+"


@lru_cache(maxsize=1)
def _patterns(breaks: tuple[str, ...], leads: tuple[str, ...]) -> tuple[re.Pattern[str],
                                                                         re.Pattern[str]]:
    words = [b for b in breaks if b.isalpha()]
    marks = "".join(re.escape(b) for b in breaks if not b.isalpha())
    parts = [rf"\b(?i:{any_of(words)})\b"] if words else []
    if marks:
        parts.append(f"[{marks}]")
    return (re.compile("|".join(parts)),
            re.compile(rf"\b(?i:{any_of(list(leads))})\s+({_NAME})$"))


def incident_clause(m: Mention, r: Rules) -> str | None:
    """The clause of ``m``'s sentence holding its trigger (split at ``incident_clause_breaks``),
    with ' in NAME' added for a place name between an ``incident_place_leads`` word and a
    noun trigger; the whole sentence when the trigger cannot be found in it. Once per mention."""
    return once(m, "incident_clause", r, _incident_clause)


def _incident_clause(m: Mention, r: Rules) -> str | None:
    s, at = m.sentence, trigger_offset(m)
    if not s or at < 0:
        return s
    cut, lead = _patterns(tuple(sorted(r.words("incident_clause_breaks"))),
                          tuple(sorted(r.words("incident_place_leads"))))
    lo, hi = 0, len(s)
    for b in cut.finditer(s):
        if b.end() <= at:
            lo = b.end()
        elif b.start() >= at + len(m.trigger):
            hi = b.start()
            break
    clause = s[lo:hi]
    name = lead.search(s[lo:at]) if m.nominal else None  # a name before a verb is its subject
    if name and _place_name(name.group(1).split(), m, r):
        clause += " in " + " ".join(name.group(1).split())
    return clause


def _place_name(words: list[str], m: Mention, r: Rules) -> bool:
    """A name before an incident noun that may be its place: no word a month or weekday
    (``incident_not_place_words``) or a people's name ('the Varnish protests', a demonym),
    the whole no person or organisation the entities stage found in the sentence."""
    lex = states()
    if any(w.lower() in r.words("incident_not_place_words") for w in words):
        return False
    if any((hit := lex.state_of(w)) is not None and hit[1] == "demonym" for w in words):
        return False
    return " ".join(words).lower() not in m.specific
