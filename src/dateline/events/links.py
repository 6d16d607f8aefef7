"""Links between events: denials and rejections of accusations, counter-accusations, and
one act told twice in one clause ('same').

"Varnia has accused the rebels of ..." / "The rebel movement has rejected those claims":
the denial's actor is the accusation's target, so the two are linked both ways.
"""

from __future__ import annotations

from dateline.events import lexicon
from dateline.model import Event, occurrence_class

DENY_TRIGGERS = frozenset({"deny", "denied", "denies", "denying", "reject", "rejected", "rejects",
                           "dismiss", "dismissed", "refute", "refuted", "rebuff", "rebuffed"})
WINDOW = 4  # sentences back


def _same(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.lower() == b.lower()


def _unnamed(actor: str | None) -> bool:
    """No actor, or one told by a common noun alone ('group', 'spokesman'), not a name."""
    return actor is None or actor == actor.lower()


def link(events: list[Event]) -> dict[str, list[tuple[str, str]]]:
    """Relation lists keyed by event id."""
    out: dict[str, list[tuple[str, str]]] = {e.id: [] for e in events}
    accusations = [e for e in events if e.type == "ACCUSE"]
    for e in events:
        if e.type == "REJECT" and e.trigger.split()[0].lower() in DENY_TRIGGERS:
            prior = [a for a in accusations
                     if a.start < e.start and e.sentence - a.sentence <= WINDOW]
            match = [a for a in prior if _same(a.target, e.actor)]
            if not match and _unnamed(e.actor):
                # 'The group has denied the claim': a denier named only by a common noun
                # is the accused told again, never the accuser denying its own charge
                match = [a for a in prior if not _same(a.actor, e.actor)]
            if match:
                a = match[-1]
                out[e.id].append(("denies", a.id))
                out[a.id].append(("denied_by", e.id))
        if e.type == "ACCUSE":
            for a in accusations:
                if a.start < e.start and _same(a.actor, e.target) and _same(a.target, e.actor):
                    out[e.id].append(("counters", a.id))
                    out[a.id].append(("countered_by", e.id))
    return out


def same_acts(events: list[Event], told_on: dict[str, int],
              noun_eids: dict[int, list[str]]) -> dict[str, list[tuple[str, str]]]:
    """'same' both ways between a verb's event and an event noun's of one root of roles.json
    same_act_roots (for an occurrence, one class: 'the explosion that killed 11' is a blast
    and deaths) and one polarity that the verb's clause tells of (``told_on``: verb event
    id -> the noun's token, its subject or the head of its relative clause; ``noun_eids``:
    token -> its events): 'strikes that killed hundreds', 'clashes killed two': one attack."""
    out: dict[str, list[tuple[str, str]]] = {e.id: [] for e in events}
    by_id = {e.id: e for e in events}
    roots = lexicon.roles().same_act_roots
    for vid, tok in told_on.items():
        v = by_id.get(vid)
        if v is None or v.type not in roots:
            continue
        for nid in noun_eids.get(tok, ()):
            n = by_id.get(nid)
            if n is None or n.type != v.type or n.negated != v.negated or (
                    occurrence_class(n.type, n.rule) != occurrence_class(v.type, v.rule)):
                continue
            out[vid].append(("same", nid))
            out[nid].append(("same", vid))
    return out
