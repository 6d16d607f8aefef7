"""Whether two mentions' triggers tell one kind of act: one word or one class
(``data/merge/triggers.json``: 'walkout' ~ 'strike'), kinds the rules list as one happening
told two ways, another trigger of one standing in the other's sentence, and a noun that is a
light verb's object."""

from __future__ import annotations

from dateline.merge.lexicon import lexicon
from dateline.merge.mention import Mention, once
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import trigger_offset
from dateline.model import OCCURRENCE


def kinds(m: Mention) -> frozenset[str]:
    """What kind of happening a mention tells, as ``compatible_kinds`` names them: an
    occurrence's class ('occ.accident.explosion'), else its root and each class of its
    trigger ('ASSAULT.bomb' for 'explosion' coded as an attack)."""
    if m.type == OCCURRENCE:
        return frozenset((m.occurrence_class,)) if m.occurrence_class else frozenset()
    return frozenset(f"{m.type}.{c}" for c in m.trigger_classes)


def kinds_meet(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of other types whose kinds the rules list as one happening told two
    ways (``compatible_kinds``): one report's accidental 'explosion' on the rig is another's
    attack; a deal accepted by a vote is the contract the members approved (one trigger
    class of each root, not the roots). Never two occurrences (one type)."""
    if not r.kinds or a.type == b.type:
        return False
    # any(frozenset((x, y)) in r.kinds for x in kinds(a) for y in kinds(b)), of the two
    # mentions' kinds worked out once each (mention.once: asked for many pairs)
    return not once(a, "kind_partners", r, kind_partners).isdisjoint(
        once(b, "kinds", r, _kinds_of))


def _kinds_of(m: Mention, _r: Rules) -> frozenset[str]:
    return kinds(m)


def kind_partners(m: Mention, r: Rules) -> frozenset[str]:
    """The kinds ``compatible_kinds`` pairs with one of ``m``'s (:func:`kinds`): another
    mention's kinds meet ``m``'s (:func:`kinds_meet`, of two types) exactly when one of
    them is here. Worked out once per mention, each pair then asks one set test (the merger
    tests millions of pairs)."""
    own = kinds(m)
    out: set[str] = set()
    for p in r.kinds:  # a pair of two kinds, or one kind that meets itself
        if len(p) == 1:
            out |= p & own
        elif len(p) == 2:
            x, y = p
            if x in own:
                out.add(y)
            if y in own:
                out.add(x)
    return frozenset(out)


def same_trigger(a: Mention, b: Mention, r: Rules | None = None) -> bool:
    """One trigger word, or triggers of one class under the PLOVER root ('walkout', 'strike'),
    or (with ``r``) two types of kinds that meet (:func:`kinds_meet`)."""
    return (
        a.trigger_key == b.trigger_key
        or bool(a.trigger_classes & b.trigger_classes)
        or (r is not None and a.type != b.type and kinds_meet(a, b, r))
    )


def same_act(a: Mention, b: Mention) -> bool:
    """The verb and the noun of one act, or two inflections the token stem keeps apart
    ('ruled' / 'ruling', 'indicted' / 'indictment': merge.derive). Read only by the 'retold'
    rule, whose gates ask much alike sentences: in the weighted score the looser key let
    like acts of other parties meet ('Ghana is to ban pork' / 'several countries banned
    pork')."""
    return a.trigger_act == b.trigger_act and bool(a.trigger_act)


def sibling_trigger(a: Mention, b: Mention, r: Rules, same: bool | None = None) -> bool:
    """Another trigger, whose word stands elsewhere in the other sentence: the other sentence
    reports this act too, beside the one it was coded for ('the Sept. 9 blast [[killed]]
    7 miners' / 'the [[blast]] ... killed 7 miners': a blast and the deaths it caused
    are two acts of one sentence, each matching its own word there). ``same``: their
    :func:`same_trigger`, when the caller has asked it (pair_verdict: once a pair)."""
    if same_trigger(a, b, r) if same is None else same:
        return False
    if a.article_id == b.article_id and shared_complement(a, b, r):
        return False  # 'agreed to pay $5bn' / 'promised to pay $5bn': one act
    ha, hb = a.trigger_head, b.trigger_head
    if ha != hb and (ha in b.tokens or hb in a.tokens):
        return True
    return bool(
        a.head_classes & (b.sentence_classes - b.trigger_classes)
        or b.head_classes & (a.sentence_classes - a.trigger_classes)
    )


def shared_complement(a: Mention, b: Mention, r: Rules) -> bool:
    """Two trigger words followed by the same first ``complement_words`` content words
    (limits; 0 off): 'the firm agreed to pay $5bn' and 'having promised to pay $5bn to
    the growers' name one act by two words, whatever other word of its class ('an
    unwritten agreement with the ministry') stands elsewhere in either sentence."""
    n = int(r.limits.get("complement_words", 0))
    if not n:
        return False
    after = once(a, "complement", r, _complement)
    return len(after) >= n and after == once(b, "complement", r, _complement)


def _complement(m: Mention, r: Rules) -> tuple[str, ...]:
    """The first ``complement_words`` content words after the trigger in its sentence."""
    at = trigger_offset(m)
    if at < 0 or not m.sentence:
        return ()
    return r.tokens(m.sentence[at + len(m.trigger):])[: int(r.limits["complement_words"])]


def word_classes(m: Mention, r: Rules) -> frozenset[str]:
    """The classes of a trigger's words under any PLOVER root: 'make his fourth trip' coded
    AGREE still names a visit ('visiting' in the same sentence is that act)."""
    return lexicon().any_root_classes(r.tokens(m.trigger))


def light_either(a: Mention, b: Mention, r: Rules) -> bool:
    """Either noun is the object of a light verb ('carrying aid', 'launched an appeal': the
    events stage's rule starts with one of ``nominal_not_rules``): a new act, told as a verb
    tells one, not a noun naming an event the story already knows ('the strike'), so the
    pair earns no ``nominal_trigger``. Both mentions in one call, the prefixes looked up
    once: asked of every scored pair of two nominal triggers of one sense."""
    prefixes = r.prefixes("nominal_not_rules")
    return bool(prefixes) and (
        (a.rule or "").startswith(prefixes) or (b.rule or "").startswith(prefixes))
