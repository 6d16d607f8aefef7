"""An act told with its purpose ('have been on strike since March to demand higher prices',
'resorted to hostage-taking to press their demands'): the purpose to-clause is no act done,
the act it is the aim of is the news, as the gold codes 'staged demonstrations to demand'
PROTEST (bench/eval_plover.py, the multi-act convention). When that act is told by a noun,
the argument of the verb the purpose clause hangs on, the ranker's preference for verbs put
the purpose first; this puts it back after the act."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.dependents import to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.detect import Candidate


def _purpose_of(tok: Token) -> Token | None:
    """The verb a bare purpose to-clause ``tok`` hangs on ('to demand' under 'been')."""
    if tok.dep_ != "advcl" or tok.head.i == tok.i or not to_infinitive(tok):
        return None
    if any(c.dep_ == "mark" for c in tok.children):
        return None  # a marked clause is another relation than a bare purpose
    return tok.head


def _argument_of(noun: Token, verb: Token) -> bool:
    """``noun`` is the object of ``verb`` or of a preposition on it ('on strike', 'resorted
    to hostage-taking')."""
    if noun.dep_ == "dobj":
        return noun.head.i == verb.i
    return (noun.dep_ == "pobj" and noun.head.dep_ == "prep"
            and noun.head.head.i == verb.i)


def purpose_after_act(out: list[Candidate]) -> list[Candidate]:
    """A purpose clause's act ranked before a noun act that is an argument of the verb the
    clause hangs on goes right after that act."""
    for c in [c for c in out if not c.is_noun]:
        verb = _purpose_of(c.head)
        if verb is None:
            continue
        i = out.index(c)
        acts = [k for k, r in enumerate(out) if k > i and r.is_noun and _argument_of(r.head, verb)]
        if acts:
            out.insert(acts[0], out.pop(i))
    return out
