"""Denial rows: an event reported by one source and denied by another, paired by wording (the
denial would merge with the report if it were asserted) or by an article's own link.
``disagree.json`` ``denials``."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from dateline.merge.cluster import CanonicalEvent
from dateline.merge.disagree.common import disagree_section, lexicon_act
from dateline.merge.disagree.rows import Disagreement, claim_of
from dateline.merge.disagree.strength import strength
from dateline.merge.mention import Mention
from dateline.merge.rules import Rules, rules
from dateline.merge.similarity import pair_score
from dateline.wordlists import any_of, word_pattern


def denial_disagreements(
    events: list[CanonicalEvent], r: Rules | None = None
) -> list[Disagreement]:
    """A denied or negated event against the report of it, by wording or by an in-article link.

    Denials never merge with the report (see similarity), so they are paired here:
    a negative event that denies (:func:`_denies`) whose mention would merge with a
    positive one if it were asserted; and a report an article links to its denial
    (``denies``/``denied_by``)."""
    r = r or rules()
    pairs = _worded_pairs(events, r) | _linked_pairs(events)  # (report event, denial event)
    ids = {e.id: e for e in events}
    out = []
    for pid, nid in sorted(pairs):
        p, n = ids[pid], ids[nid]
        claims = tuple(claim_of("asserted", m) for m in p.mentions)
        claims += tuple(claim_of("denied", m) for m in n.mentions)
        how = strength("denial", reports=[m.rule for m in p.mentions], report_type=p.type,
                       denied_in_words=any(says_denied(m.sentence, m.trigger)
                                           for m in n.mentions))
        out.append(Disagreement("denial", p.id, p.type, p.date, p.trigger, claims, *how[1:]))
    return out


def _worded_pairs(events: list[CanonicalEvent], r: Rules) -> set[tuple[str, str]]:
    """(report, denial) event ids of each negative event that denies (:func:`_denies`) and
    whose mention, were it asserted, would merge with a report's that it can gainsay
    (:func:`gainsays`)."""
    pairs: set[tuple[str, str]] = set()
    pos = _Reports([e for e in events if e.polarity == "pos"], r)
    for neg in (e for e in events if e.polarity == "neg" and _denies(e.mentions[0])):
        nm = _as_positive(neg.mentions[0])
        for p in pos.near(neg.type, nm):
            if (gainsays(nm.rule, p.mentions[0].rule)
                    and pair_score(nm, p.mentions[0], r).same(r.threshold)):
                pairs.add((p.id, neg.id))
    return pairs


def _linked_pairs(events: list[CanonicalEvent]) -> set[tuple[str, str]]:
    """(report, denial) event ids of each report an article links to its denial
    (``denies``), unless the denying word is a refusal or cannot gainsay the report."""
    by_key = {m.key: e for e in events for m in e.mentions}
    mention = {m.key: m for e in events for m in e.mentions}
    pairs: set[tuple[str, str]] = set()
    for e in events:
        for m in e.mentions:
            for rel, other in m.links:
                target = by_key.get((m.article_id, other))
                if (rel == "denies" and target is not None and target.id != e.id
                        and not is_refusal(m.sentence, m.trigger)
                        and gainsays(m.rule, mention[(m.article_id, other)].rule)):
                    pairs.add((target.id, e.id))
    return pairs


class _Reports:
    """Reports (positive events) by type and by date, so a denial is scored only against those
    the pair score's date veto lets through: of its type, and dated within the widest gap it
    allows (``limits`` ``date_gap_days``, ``dct_gap_days``) or, for an undated denial, undated
    too (:func:`dateline.merge.similarity.veto` refuses the rest). Same pairs as scoring every
    report of the type: on all of t17-dev that took 2.3 million pair scores."""

    def __init__(self, events: list[CanonicalEvent], r: Rules) -> None:
        self.pad = max(int(r.limits["date_gap_days"]), int(r.limits.get("dct_gap_days", 0)))
        self.undated: dict[str, list[CanonicalEvent]] = {}
        dated: dict[str, list[tuple[int, int, int, CanonicalEvent]]] = {}
        for i, e in enumerate(events):
            span = e.mentions[0].span
            if span is None:
                self.undated.setdefault(e.type, []).append(e)
            else:
                dated.setdefault(e.type, []).append(
                    (span[0].toordinal(), i, span[1].toordinal(), e))
        self.dated = {t: sorted(xs, key=lambda x: (x[0], x[1])) for t, xs in dated.items()}
        self.starts = {t: [x[0] for x in xs] for t, xs in self.dated.items()}
        self.longest = {t: max(x[2] - x[0] for x in xs) for t, xs in self.dated.items()}

    def near(self, type_: str, m: Mention) -> list[CanonicalEvent]:
        """The reports of ``type_`` the date veto does not refuse against ``m``, in input order."""
        if m.span is None:
            return self.undated.get(type_, [])
        xs = self.dated.get(type_)
        if not xs:
            return []
        lo, hi = m.span[0].toordinal() - self.pad, m.span[1].toordinal() + self.pad
        starts = self.starts[type_]
        first = bisect.bisect_left(starts, lo - self.longest[type_])
        last = bisect.bisect_right(starts, hi)
        found = sorted((x for x in xs[first:last] if x[2] >= lo), key=lambda x: x[1])
        return [x[3] for x in found]


def _as_positive(m: Mention) -> Mention:
    return replace(m, negated=False, modality="asserted")


def _denies(m: Mention) -> bool:
    """Does a negative mention gainsay the event: a denial cue ('denied that the blast
    killed anyone') or a negated act with an actor ('the army did not fire')? A negated
    state with no doer ('villages which had not been harmed by the gale', 'the town
    was not hit by the floods') says what the event spared, not that it did not happen;
    a negated act in a condition or a hedge ('if the city does not meet their demands')
    or an intention ('would not accept any truce') says nothing of what happened."""
    if not denies_in_clause(m.sentence, m.trigger):
        return False
    if m.modality == "denied":
        return True
    return m.actor is not None and not m.hedged and m.modality != "planned"


@lru_cache(maxsize=1)
def _denial_rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                             re.Pattern[str]]:
    """``disagree.json`` ``denials``: the cues, the clause breaks, a refusal ending at a cue
    and a charge's matter after one, each as one pattern."""
    data = disagree_section("denials")
    cues = re.compile("|".join((r"\b" if w[0].isalnum() else "") + re.escape(w) + r"\b"
                               for w in data["cues"]), re.IGNORECASE)
    breaks = re.compile(any_of(data["breaks"]), re.IGNORECASE)
    refusal = re.compile(rf"\b(?:{any_of(data['refusals'])})\b(?!\s+by\b)", re.IGNORECASE)
    matter = re.compile(rf"\b(?:{any_of(data['charges'])})\b.*\b(?:{any_of(data['matters'])})"
                        r"\b", re.IGNORECASE)
    return cues, breaks, refusal, matter


@lru_cache(maxsize=1)
def _allegation_rules() -> tuple[frozenset[str], frozenset[str]]:
    data = disagree_section("denials")
    return frozenset(data["denying_acts"]), frozenset(data["allegations"])


def gainsays(denier_rule: str | None, report_rule: str | None) -> bool:
    """Can a denial coded by ``denier_rule`` gainsay a report coded by ``report_rule``? A
    verb of denying itself ('denied it was the regulator pushing') denies only an
    allegation ('accused', 'criticised'), not an act of another kind ('questioned him
    for hours'); a denied act ('denied that troops fired') any report of it.
    ``disagree.json`` ``denials``, with examples."""
    denying, allegations = _allegation_rules()
    return lexicon_act(denier_rule) not in denying or lexicon_act(report_rule) in allegations


def is_refusal(sentence: str | None, trigger: str) -> bool:
    """Is a denying verb a refusal ('he was denied bail'): nothing said is denied?"""
    text = sentence or ""
    at = text.find(trigger) if trigger else -1
    return at >= 0 and any(x.end() == at + len(trigger)
                           for x in _denial_rules()[2].finditer(text))


def denies_in_clause(sentence: str | None, trigger: str) -> bool:
    """Does a negation or a verb of denying stand in the trigger's own clause (the stretch
    of its sentence between clause breaks)? 'The governor denied sending any warning, while
    marines seize the harbour' denies no seizing. A trigger not found in its sentence is
    taken as denied. A cue that is a refusal ('he was denied bail') denies nothing, nor does
    one of a charge against the matter it is brought over ('denied a charge of manslaughter
    over the actor's death' denies no death). ``disagree.json`` ``denials``, with
    examples."""
    cues, _, refusal, matter = _denial_rules()
    text = sentence or ""
    if (clause := _clause(text, trigger)) is None:
        return True
    at, start, end = clause
    for cue in cues.finditer(text, start, end):
        if any(x.end() == cue.end() for x in refusal.finditer(text, 0, cue.end() + 4)):
            continue
        if cue.end() <= at and matter.search(text, cue.end(), at):
            continue
        return True
    return False


def _clause(text: str, trigger: str) -> tuple[int, int, int] | None:
    """The trigger's clause in its sentence (the stretch between clause breaks: ``disagree.json``
    ``denials`` ``breaks``) as (where the trigger stands, the clause's start, its end), or None
    when the trigger is not found."""
    at = text.find(trigger) if trigger else -1
    if at < 0:
        return None
    breaks = _denial_rules()[1]
    start = max((b.end() for b in breaks.finditer(text, 0, at)), default=0)
    after = breaks.search(text, at + len(trigger))
    return at, start, after.start() if after else len(text)


def says_denied(sentence: str | None, trigger: str) -> bool:
    """Does a word of denying ('denied', 'refuted': ``disagree.json`` ``strength``
    ``denying_words``), not only a negation, stand in the trigger's clause? 'The army denied
    that its troops fired' does; 'The army did not fire' does not."""
    text = sentence or ""
    clause = _clause(text, trigger)
    return clause is not None and _denying_words().search(text, clause[1], clause[2]) is not None


@lru_cache(maxsize=1)
def _denying_words() -> re.Pattern[str]:
    """``disagree.json`` ``strength`` ``denying_words`` as one pattern."""
    return word_pattern(disagree_section("strength")["denying_words"])
