"""A mention told as a back-reference to the story's occurrence ('the earthquake', "Jackson's
death", 'the spill'), and the days before its own date a mention may tell its event
(``Mention.reach``): a one-time occurrence's back-reference dated only by its article
(:func:`reference_days`), a noun told as going on for a stated time (:func:`ongoing_days`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from dateline.merge.rules import Rules
from dateline.merge.trigger_words import trigger_at
from dateline.model import OCCURRENCE, occurrence_class
from dateline.numbers.lexicon import tables
from dateline.numbers.parse import value_of

#: how a mention dated only by its article's own date was dated (``time_how``)
DCT_DATED = frozenset({"dct", "dct-past"})


@lru_cache(maxsize=1)
def _reference_before(words: tuple[str, ...], new: tuple[str, ...],
                      joins: tuple[str, ...] = ()) -> re.Pattern[str]:
    alt = "|".join(rf"\b{re.escape(w)}" if w[:1].isalpha() else re.escape(w) for w in words)
    # the determiner or possessive, then at most two words naming it ('the Haiti earthquake',
    # "the singer's sudden death") right before the trigger, none a determiner of a new
    # instance (``reference_new_instance``: 'warned that an earthquake'); the determiner
    # also covers the second noun of a coordination it opens ('the rig blast and oil
    # spill': one phrase naming the story's events, ``reference_coordinators``)
    fresh = "|".join(re.escape(w) for w in new)
    word = rf"(?!(?:{fresh})\s)[\w-]+\s+" if fresh else r"[\w-]+\s+"
    conj = "|".join(rf"{re.escape(w)}\s+" for w in joins)
    first = rf"(?:(?:{word}){{1,2}}(?:{conj}))?" if conj else ""
    return re.compile(rf"(?:{alt})\s+{first}(?:{word}){{0,2}}$", re.IGNORECASE)


def plural_trigger(trigger: str, r: Rules) -> bool:
    """A one-word trigger read as a plural by its ending (``reference_plural_endings``, not
    ``reference_singular_endings``: 'earthquakes' but not 'the crash' or 'the collapse')."""
    t = trigger.lower()
    return t.endswith(tuple(r.raw.get("reference_plural_endings", ()))) and not t.endswith(
        tuple(r.raw.get("reference_singular_endings", ()))
    )


def reference_days(kw: dict[str, Any], r: Rules) -> int:
    """How many days before its own date a mention may tell its event (``reach``): a noun
    of an occurrence that happens once (``reference_kinds``: a quake, an explosion, a death;
    'occ.disaster.quake+noun'), in the singular, after a determiner or a
    possessive that refers back (``reference_words``: 'the earthquake', "Jackson's death")
    and dated by nothing but its article's date ('dct', 'dct-past': no date in its clause,
    sentence or paragraph, no earlier mention in the article) is the event the story already
    told, which happened on that day or any of the ``reference_days`` before it. 0 for the
    rest: a verb reports a new instance, an indefinite noun ('an explosion') or a plural
    ('earthquakes') another one."""
    return _dated_reach(kw, r) if _one_time(_back_kind(kw, r), r) else 0


def back_and_reach(kw: dict[str, Any], r: Rules) -> tuple[bool, int]:
    """make_mention's two fields of this module: whether the mention is a back-reference
    (:func:`back_reference`) and its ``reach``: :func:`reference_days` for one of a kind
    that happens once, else :func:`ongoing_days` (the rule's kind asked once for both)."""
    kind = _back_kind(kw, r)
    return bool(kind), _dated_reach(kw, r) if _one_time(kind, r) else ongoing_days(kw, r)


def _one_time(kind: str, r: Rules) -> bool:
    """Whether a back-reference's kind (:func:`_back_kind`) happens once and so reaches back
    (``reference_kinds``); a lasting one ('the spill') goes on its article's day."""
    return bool(kind) and kind in r.raw.get("reference_kinds", ())


def _dated_reach(kw: dict[str, Any], r: Rules) -> int:
    """:func:`reference_days` of a mention known to be a back-reference: its dating test."""
    if (kw.get("time_how") or "") not in DCT_DATED:
        return 0
    return int(r.limits.get("reference_days", 0))


#: a stated time into the event just before its noun: 'five days into the walkout', 'a
#: week into their strike' (the count, the unit, then the determiner and two words at most)
_INTO = re.compile(r"\b([\w-]+)\s+(\w+)\s+into\s+(?:the|its|their|this)\s+(?:[\w-]+\s+){0,2}$",
                   re.IGNORECASE)


def ongoing_days(kw: dict[str, Any], r: Rules) -> int:
    """How many days before its own date a noun told as going on for a stated time began
    ('five days into the walkout': the walkout began five days before the mention's date),
    so that it meets the reports of its first days; at most ``ongoing_max_days``. Units are
    ``ongoing_units`` (days per unit); 0 for anything else."""
    sent, trig = kw.get("sentence") or "", kw.get("trigger") or ""
    if not trig or (at := trigger_at(kw, sent, trig)) < 0:
        return 0
    hit = _INTO.search(sent[max(0, at - 60):at])
    unit = r.raw.get("ongoing_units", {}).get(hit.group(2).lower()) if hit else None
    if not hit or not unit:
        return 0
    count = value_of(hit.group(1), tables())
    if count is None or count < 1:
        return 0
    return min(int(count * unit), int(r.limits.get("ongoing_max_days", 0)))


def back_reference(kw: dict[str, Any], r: Rules) -> bool:
    """Whether a mention is told as a back-reference to a one-time occurrence, whatever dates
    it: a noun of ``reference_kinds`` ('the earthquake', "Jackson's death"), one word, in the
    singular, after a ``reference_words`` word (:func:`reference_days` adds the dating test);
    or, the same way, to the story's lasting one (``lasting_reference_kinds``: 'the spill',
    'the outbreak'), which reaches no day back (it goes on its article's day) but joins the
    event by its count of alike reports in the attach step (joins._attach)."""
    return bool(_back_kind(kw, r))


def _back_kind(kw: dict[str, Any], r: Rules) -> str:
    """The occurrence kind of a :func:`back_reference` ('quake'), '' for any other mention:
    make_mention reads both whether it is one and whether its kind happens once."""
    rule = kw.get("rule") or ""
    if kw.get("type") != OCCURRENCE or not (rule.startswith("occ.") and rule.endswith("+noun")):
        return ""
    kind = _kind(kw)
    if kind not in r.raw.get("reference_kinds", ()) and kind not in r.raw.get(
            "lasting_reference_kinds", ()):
        return ""
    sent, trig = kw.get("sentence") or "", kw.get("trigger") or ""
    if not trig or " " in trig or plural_trigger(trig, r):
        return ""
    if (at := trigger_at(kw, sent, trig)) < 0:
        return ""
    words = tuple(r.raw.get("reference_words", ()))
    new = tuple(r.raw.get("reference_new_instance", ()))
    joins = tuple(r.raw.get("reference_coordinators", ()))
    return kind if words and _reference_before(words, new, joins).search(sent[:at]) else ""


def _kind(kw: dict[str, Any]) -> str:
    """The kind of an occurrence noun's rule ('occ.disaster.quake+noun': 'quake'), else ''."""
    cls = (occurrence_class(OCCURRENCE, kw.get("rule") or "") or "").split(".")
    return cls[2] if len(cls) >= 3 else ""
