"""Events an entity takes part in: the predicates it is an argument of.

PLOVER coding keeps political acts only; an entity timeline (SemEval-2015 Task 4,
issue 6) wants every event mention the entity takes part in -- launched, announced,
sales, said. :func:`predicates` finds the entity's mentions in a parsed article (its
named mentions under any alias the entities stage merged, the name written out where
the tagger missed it, and pronouns that resolve to it) and lists the words they are an
argument of: the verbs they are subject or object of (with the verbs that share that
subject: 'unveiled X and said ...', 'plans to sell'), the relative or participle clause
on them ('Jobs, who founded ...'), and the event nouns they possess, modify or follow
'of' ('its sales', 'iPod sales', 'the launch of the iPhone'). Each is dated by the
events stage's anchoring (clause timex, sentence timex, paragraph, DCT with tense).
What counts as an event noun is package data (``data/events/participants.json``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from dateline.entities import GROUP_PRONOUNS, PERSON_PRONOUNS, name_key, resolve_mention
from dateline.events import anchor
from dateline.events import lexicon as ev_lexicon
from dateline.events.detect import Candidate
from dateline.model import Annotation, EventTime

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "oprd", "attr"})
NOUN_DEPS = frozenset({"poss", "compound", "nmod"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    event_nouns: frozenset[str]
    suffixes: tuple[str, ...]
    not_event_nouns: frozenset[str]
    not_predicates: frozenset[str]
    examples: tuple[dict[str, Any], ...]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    ref = resources.files("dateline").joinpath("data", "events", "participants.json")
    d = json.loads(ref.read_text(encoding="utf-8"))
    return Lexicon(
        event_nouns=frozenset(d["event_nouns"]) | frozenset(ev_lexicon.nouns()),
        suffixes=tuple(d["suffixes"]),
        not_event_nouns=frozenset(d["not_event_nouns"]),
        not_predicates=frozenset(d["not_predicates"]),
        examples=tuple(d["examples"]),
    )


@dataclass(frozen=True, slots=True)
class Predicate:
    """One event mention an entity takes part in."""

    start: int
    end: int
    text: str
    lemma: str
    sentence: int
    role: str  # subject | object | possessor | modifier | of | clause
    entity: str  # the name of the mention that takes part
    time: EventTime


def _words(name: str) -> set[str]:
    return set(name_key(name).split())


def same_entity(name: str, target: str) -> bool:
    """Does the mention ``name`` (an alias or canonical name) stand for ``target``?
    Equal keys, or one name's words all within the other's and at least two of the
    target's shared ('Apple Corps' for 'Beatles Apple Corps', not 'Apple'; 'iPod' for
    'iPod', 'iPhone 4' not for 'iPhone')."""
    a, b = _words(name), _words(target)
    if not a or not b:
        return False
    if a == b:
        return True
    shared = a & b
    return (shared == a or shared == b) and len(shared) >= min(2, len(b))


def is_event_noun(tok: Token) -> bool:
    lex = lexicon()
    lemma = tok.lemma_.lower()
    if lemma in lex.event_nouns or tok.lower_ in lex.event_nouns:
        return True
    if lemma in lex.not_event_nouns or tok.lower_ in lex.not_event_nouns:
        return False
    return len(lemma) > 5 and lemma.endswith(lex.suffixes)


def _is_predicate(tok: Token) -> bool:
    if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass")):
        return tok.lemma_.lower() not in lexicon().not_predicates
    return tok.pos_ == "NOUN" and tok.ent_type_ == "" and is_event_noun(tok)


def _shared_subject(verb: Token) -> list[Token]:
    """Verbs that share ``verb``'s subject: its conjuncts without a subject of their
    own ('unveiled the phone and said ...') and its open complements ('plans to sell')."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            out.append(c)
            out.extend(_shared_subject(c))
        elif (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
              and not any(g.dep_ in SUBJECT_DEPS for g in c.children)):
            out.append(c)
            out.extend(_shared_subject(c))
    return out


def roles_of(root: Token) -> list[tuple[Token, str]]:
    """(predicate word, role) for one mention whose syntactic head is ``root``."""
    t = root
    for _ in range(5):
        # 'Apple CEO Steve Jobs', 'Apple and Microsoft', 'the Skyhopper drone': the role
        # of the phrase the name heads or names (not 'iPod sales': an event noun)
        if t.head.pos_ in ("PROPN", "NOUN", "PRON") and (
                t.dep_ in ("appos", "conj")
                or (t.dep_ == "compound" and not _is_predicate(t.head))):
            t = t.head
        else:
            break
    h = t.head
    out: list[tuple[Token, str]] = []
    if t.dep_ in SUBJECT_DEPS:
        out += [(h, "subject")] + [(v, "subject") for v in _shared_subject(h)]
    elif t.dep_ in OBJECT_DEPS:
        out.append((h, "object"))
    elif t.dep_ == "pobj":
        g = h.head
        if h.dep_ == "agent" or g.pos_ in ("VERB", "AUX"):
            out.append((g, "subject" if h.dep_ == "agent" else "object"))
        elif g.pos_ == "NOUN" and h.lower_ in ("of", "by", "for", "against"):
            out.append((g, "of"))
    elif t.dep_ in NOUN_DEPS:
        out.append((h, "possessor" if t.dep_ == "poss" else "modifier"))
    for c in t.children:  # 'Jobs, who founded ...', 'Jobs, born in 1955'
        if c.dep_ == "relcl" and any(g.dep_ in SUBJECT_DEPS and g.tag_ in ("WP", "WDT")
                                     for g in c.children):
            out.append((c, "clause"))
        elif c.dep_ == "acl" and c.tag_ in ("VBN", "VBG"):
            out.append((c, "clause"))
    return [(p, role) for p, role in out if p.i != t.i and _is_predicate(p)]


_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS


def mentions(ann: Annotation, doc: Doc, target: str,
             same: Callable[[str, str], bool] = same_entity) -> list[tuple[int, int, str]]:
    """(start, end, name) of every mention of ``target`` in the article: named
    mentions whose text or canonical name is it, the name written out where no entity
    covers it, and pronouns that resolve to it."""
    found = [(e.start, e.end, e.canonical) for e in ann.entities
             if same(e.canonical, target) or same(e.text, target)]
    names = {target} | {ann.article.text[s:e] for s, e, _ in found}
    taken = [(s, e) for s, e, _ in found]
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", ann.article.text, re.I):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                found.append((m.start(), m.end(), target))
                taken.append((m.start(), m.end()))
    for tok in doc:
        if tok.lower_ in _PRONOUNS:
            ref = resolve_mention(ann, tok.idx, tok.idx + len(tok))
            if ref is not None and same(ref, target):
                found.append((tok.idx, tok.idx + len(tok), ref))
    return sorted(found)


def predicates(ann: Annotation, doc: Doc, target: str,
               same: Callable[[str, str], bool] = same_entity) -> list[Predicate]:
    """The event mentions ``target`` takes part in, in text order, each dated."""
    dated = anchor.anchorable(ann)
    seen: dict[int, Predicate] = {}
    for start, end, name in mentions(ann, doc, target, same):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for tok, role in roles_of(span.root):
            if tok.i in seen:
                continue
            sent = tok.sent
            cand = Candidate(head=tok, root="PARTICIPANT", rule="participant", tokens=[tok])
            time = anchor.anchor(ann, doc, cand, (sent.start_char, sent.end_char), dated,
                                 frozenset())
            s = ann.sentence_at(tok.idx)
            seen[tok.i] = Predicate(
                start=tok.idx, end=tok.idx + len(tok), text=tok.text,
                lemma=tok.lemma_.lower(), sentence=s.index if s is not None else -1,
                role=role, entity=name, time=time)
    return [seen[i] for i in sorted(seen)]


def all_predicates(ann: Annotation, doc: Doc,
                   targets: Iterable[str]) -> dict[str, list[Predicate]]:
    return {t: predicates(ann, doc, t) for t in targets}
