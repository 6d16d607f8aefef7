"""One day's act retold in other words (a score of 1 after the vetoes): two tellings of one
story, or two reports, name the act by one trigger sense (or the verb and the noun of one
act: triggers.same_act; or two near roots one act is coded as: :func:`near_roots`) on one
exact date in much the same sentence (``limits.paraphrase_text``) with much the same words
around the trigger (``paraphrase_context``), yet share too few names or figures for the
weights to join them (tellings seldom repeat actor strings). The gates keep out what such a
pair was found to be when it was not one act (rules.json ``paraphrase_about``): two acts of
one sentence or of two copies of it, a threat against the act, a tally against one
incident, a short line sharing only its verb, and the chatter of one comment page -- unless
the two lines of one article are near copies sharing ``repeated_line_shared`` content words
besides the trigger (a live page repeating its own update; chatter shares a word or two)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dateline.merge.mention import Mention
from dateline.merge.rules import Rules
from dateline.merge.triggers import same_act


def retold(a: Mention, b: Mention, r: Rules, f: Sequence[float], at: tuple[int, ...],
           near: bool = False) -> bool:
    """Whether the pair is one act retold. ``f``: the pair's features, ``at``: the positions
    in them of text, context, trigger, exact_date and names_shared (similarity.FEATURES).
    ``near``: the two are of near roots (:func:`near_roots`), which stand for the trigger
    sense: one act coded two ways is told by two words ('embraces' / 'supports')."""
    text, context, trigger, exact, names = (f[i] for i in at)
    lim = r.limits
    if not ((near or trigger or same_act(a, b)) and exact and text >= lim["paraphrase_text"]
            and context >= lim["paraphrase_context"]):
        return False  # most pairs stop here: the tests below read the sentences again
    if (a.type != b.type and not near) or a.hedged != b.hedged:
        return False  # a threat against the act ('will be closed' / 'began closing')
    if a.figures and b.figures and not a.figures & b.figures:
        return False  # a tally against one incident: 'seven killed' / 'four killed'
    besides = a.tokens & b.tokens
    besides = besides.difference(r.tokens(a.trigger), r.tokens(b.trigger))
    if a.article_id == b.article_id and not names and not (
            text >= lim["near_duplicate"] and len(besides) >= lim["repeated_line_shared"]):
        return False  # one page's chatter ('we visit our cousins' / 'my cousins would visit')
    if len(besides) < lim["paraphrase_shared"]:
        return False  # short lines alike by their verb ('I do apologize.' / 'told to apologize')
    return named_once(a, b)


def near_roots(a: Mention, b: Mention, r: Rules) -> bool:
    """Two PLOVER roots the rules list as one act coded two ways (``retold_roots``: 'embraces'
    AGREE / 'supports' SUPPORT, 'captured' ASSAULT / 'apprehended' COERCE), each by a sense
    listed with the pair (:func:`sense_in`: an offer is no endorsement), dated to one exact
    span: the type veto spares such a pair for :func:`retold` alone, never for the weights
    (as compatible types they had joined other acts of one day: compatible_types_about)."""
    if a.date_start is None or a.date_start != b.date_start or a.date_end != b.date_end:
        return False
    senses = r.retold_roots.get(frozenset((a.type, b.type)))
    return senses is not None and sense_in(a, senses) and sense_in(b, senses)


def one_word_roots(a: Mention, b: Mention, r: Rules) -> bool:
    """One trigger word coded under two PLOVER roots (or a root and an occurrence class),
    dated to one exact span, both told as done (one modality, or two of
    ``planned_done_modalities``) and neither as still to come (``limits.retold_one_word``):
    two tellings of one line name the act by the same word, which the events stage read two
    ways ('stopped from entering' a sanction and a bar; 'the nationalists open fire' an
    occurrence, 'opened fire' an assault). As for :func:`near_roots`, the type veto spares
    such a pair for :func:`retold` alone, whose gates ask much the same sentence and words
    around the trigger."""
    if not r.limits.get("retold_one_word") or a.date_start is None:
        return False
    if a.date_start != b.date_start or a.date_end != b.date_end:
        return False
    done = r.words("planned_done_modalities")
    if a.modality != b.modality and not (a.modality in done and b.modality in done):
        return False
    if _to_come(a) or _to_come(b):
        return False  # 'will close its gates' / 'closed its gates': an intention, not the act
    return bool(trigger_words(a, r) & trigger_words(b, r))


def _to_come(m: Mention) -> bool:
    """Told as still to come: planned, or dated as future by its article's date."""
    return m.modality == "planned" or m.time_how.endswith("future")


def trigger_words(m: Mention, r: Rules) -> frozenset[str]:
    """The content stems of a mention's trigger ('opened fire': 'open', 'fire')."""
    return frozenset(r.tokens(m.trigger))


def sense_in(m: Mention, senses: frozenset[str]) -> bool:
    """Whether one of a mention's senses is listed: each class of its trigger under its root
    ('SUPPORT.endorse', as :func:`~dateline.merge.triggers.kinds`), or the bare root for a
    trigger of no class ('embraces': 'AGREE')."""
    if not m.trigger_classes:
        return m.type in senses
    return any(f"{m.type}.{c}" in senses for c in m.trigger_classes)


def named_once(a: Mention, b: Mention) -> bool:
    """Each sentence names the act once, by one of the two trigger words: two words of one
    sentence, or of two copies of it ('quick to criticise the budget, ... accusing the
    minister'), are two acts. The longer word is matched first, so 'stopped' inside
    'stopped the flights' is that one naming."""
    words = sorted({a.trigger.lower(), b.trigger.lower()}, key=len, reverse=True)
    pat = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    return all(len(pat.findall((s or "").lower())) == 1 for s in (a.sentence, b.sentence))


def actor_retold(a: Mention, b: Mention, r: Rules, f: Sequence[float], at: tuple[int, ...]
                 ) -> bool:
    """One article telling its own act again, by the same trigger word and the same named
    actor on one exact span, in a longer or shorter sentence than the first telling (an
    article's lead retold lower down with more of the act's detail): the words around the
    trigger agree (``limits.actor_retold_context``) while the sentences as a whole may not
    (:func:`retold`'s text bar). The actor must be a name (a capitalised string, not a
    pronoun: two 'we' of a comment page are anyone); same type, hedging and mode; no figures
    apart; each sentence names the act once (rules.json ``actor_retold_about``).
    ``at``: the positions of context, trigger, exact_date, actor_shared in ``f``."""
    context, trigger, exact, actor = (f[i] for i in at)
    if a.article_id != b.article_id or not (trigger and exact and actor):
        return False
    if context < r.limits["actor_retold_context"]:
        return False
    if a.type != b.type or a.hedged != b.hedged or a.modality != b.modality:
        return False
    name = (a.actor or "").strip()
    if not name[:1].isupper() or name.lower() in r.words("actor_retold_not_names"):
        return False
    if a.figures and b.figures and not a.figures & b.figures:
        return False
    return named_once(a, b)
