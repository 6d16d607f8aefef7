"""Links between events: denials and rejections of accusations, counter-accusations.

"Varnia has accused the rebels of ..." / "The rebel movement has rejected those claims":
the denial's actor is the accusation's target, so the two are linked both ways.
"""

from __future__ import annotations

from dateline.model import Event

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
