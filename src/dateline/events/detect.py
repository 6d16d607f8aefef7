"""Find event mentions in a parsed sentence and give each a PLOVER root.

One pass over the tokens: verbs are looked up by lemma (light verbs and ending
verbs first, since their object noun decides the root), then event nouns that no
verb has taken. Control verbs ("threatened to", "agreed to", "refused to") keep the
event; what they govern is marked subordinate so the salient event is the act the
sentence reports, as PLOVER codes it.

The finders live in modules of their own (words, dependents, agents, senses, light,
verb_frames, verb_candidates, noun_candidates); the names other stages use are
re-exported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.agents import antecedent, controller, misread_subject, subjectless_host
from dateline.events.candidate import NAMED_NOT_EVENT, NOUN_POS, VERB_POS, Candidate
from dateline.events.dependents import objects, particles, to_infinitive
from dateline.events.judged import judge
from dateline.events.kids import kids_of
from dateline.events.light import nominal
from dateline.events.noun_candidates import (
    actor_marked,
    noun_candidates,
    possessor,
    reacted_act,
    told_by_participle,
)
from dateline.events.object_heads import in_title
from dateline.events.regret import reroot_regrets
from dateline.events.senses import nominal_verb, noun_entry, verb_entry
from dateline.events.verb_candidates import verb_candidates
from dateline.events.verb_frames import commanded_act
from dateline.events.words import (
    cached_repair,
    lookup_lemma,
    modifier_words,
    noun_key,
    noun_lemma,
    repaired_lemma,
    sentence_lemmas,
)
from dateline.events.words_read import SentenceWords

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "NAMED_NOT_EVENT", "NOUN_POS", "VERB_POS", "Candidate", "actor_marked", "antecedent",
    "cached_repair", "commanded_act", "controller", "find", "lookup_lemma", "misread_subject",
    "modifier_words", "nominal", "nominal_verb", "noun_entry", "noun_key", "noun_lemma",
    "objects", "particles", "possessor", "reacted_act", "repaired_lemma", "sentence_lemmas",
    "subjectless_host", "told_by_participle", "verb_entry",
]


def find(sent: Span, words: SentenceWords | None = None) -> list[Candidate]:
    """All event candidates of one sentence, verbs first then nouns (``words``: the
    sentence's reading when the caller has it)."""
    words = SentenceWords(sent) if words is None else words
    taken: set[int] = set()
    found = verb_candidates(words, taken)
    by_head = {c.head.i: c for c in found}
    reprisal_roots = lexicon.roles().reprisal_roots
    for c in found:
        _dispersal(c, by_head)
        _yielded(c, by_head)
        if c.root in reprisal_roots and c.noun is None:  # gate: most candidates are not
            _reprisal(c, by_head)
    verbs = [c for c in found if not _purpose_of_same_act(c, by_head)
             and not (c.noun is None and in_title(c.head))]  # "NBC's Meet the Press"
    # a purpose verb told again still takes its object ('opened the crossing to allow aid in')
    heads = {c.head.i for c in found}
    return reroot_regrets(judge(words, verbs + noun_candidates(words, taken, heads)))


def _purpose_of_same_act(c: Candidate, by_head: dict[int, Candidate]) -> bool:
    """A to-infinitive of purpose, with no subject of its own, coded with the root of the verb
    it serves ('will donate $250,000 to assist the victims', both AID): the act told again,
    not a second one. Another root is an act of its own ('sent troops to attack')."""
    t = c.head
    if c.noun is not None or not _bare_purpose(t):
        return False
    gov = by_head.get(t.head.i)
    return gov is not None and gov.root == c.root


def _bare_purpose(t: Token) -> bool:
    """A to-infinitive of purpose with no subject of its own ('fired to disperse them')."""
    return (t.dep_ in ("advcl", "xcomp") and t.head.i != t.i and to_infinitive(t)
            and not any(a.dep_ in ("nsubj", "nsubjpass") for a in kids_of(t)))


def _dispersal(c: Candidate, by_head: dict[int, Candidate]) -> None:
    """Force used to disperse a gathering is crowd control ('fired tear gas to break up the
    march', 'opened fire to disperse demonstrators'): an act of roles.json dispersals' roots
    whose bare purpose is one of its verbs coded COERCE takes COERCE; the purpose then tells
    the same act again."""
    r = lexicon.roles()
    if c.root not in r.dispersal_roots:
        return
    for t in kids_of(c.head):
        p = by_head.get(t.i)
        if (p is not None and p.root == "COERCE" and p.noun is None and _bare_purpose(t)
                and lookup_lemma(t) in r.dispersal_verbs):
            c.root, c.rule = "COERCE", c.rule + "+dispersal"
            return


def _yielded(c: Candidate, by_head: dict[int, Candidate]) -> None:
    """A resignation or an agreement told as yielding ('Bowing to weeks of protests, the premier
    resigned', 'accepted his resignation, as the protesters had demanded', 'agreed to hold a
    referendum, as the opposition had demanded') is a concession: an act of roles.json
    yielded_acts' roots and words with an adverbial participle coded CONCEDE, or an 'as'-clause
    coded REQUEST (on it or on the infinitive it governs), takes CONCEDE."""
    r = lexicon.roles()
    word = c.noun if c.noun is not None else c.head
    if c.root not in r.yielded_roots or lookup_lemma(word) not in r.yielded_acts:
        return
    # the clause may hang on the infinitive the trigger governs ('agreed to hold a vote, as
    # the opposition had demanded'): the parser attaches it to the nearest verb
    infinitives = [x for x in kids_of(c.head) if x.dep_ == "xcomp"]
    kids = [*kids_of(c.head), *(g for x in infinitives for g in kids_of(x))]
    for t in kids:
        p = by_head.get(t.i)
        if p is None or t.dep_ != "advcl" or p.noun is not None:
            continue
        as_clause = any(m.dep_ == "mark" and m.lower_ == "as" for m in kids_of(t))
        if (p.root == "CONCEDE" and t.tag_ == "VBG") or (p.root == "REQUEST" and as_clause):
            c.root, c.rule = "CONCEDE", c.rule + "+yielded"
            return


def _reprisal(c: Candidate, by_head: dict[int, Candidate]) -> None:
    """A reprisal told with its manner is that act ('retaliated by recalling its envoy',
    'retaliated, expelling two diplomats': SANCTION): a verb of roles.json reprisals (coded
    one of its roots) whose 'by'-gerund or adverbial participle is coded another root takes
    that root; a reprisal with no manner, or with force, keeps its own (``find`` calls it
    only for a verb of those roots)."""
    if lookup_lemma(c.head) not in lexicon.roles().reprisal_verbs:
        return
    for t in kids_of(c.head):
        if t.dep_ == "prep" and t.lower_ == "by":
            manner = [g for g in kids_of(t) if g.dep_ == "pcomp" and g.tag_ == "VBG"]
        elif t.dep_ == "advcl" and t.tag_ == "VBG":
            manner = [t]
        else:
            continue
        for g in manner:
            p = by_head.get(g.i)
            if p is not None and p.root != c.root:
                c.root, c.rule = p.root, c.rule + "+reprisal"
                return
