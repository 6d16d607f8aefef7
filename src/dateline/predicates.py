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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from dateline.config import Settings
from dateline.entities import GROUP_PRONOUNS, PERSON_PRONOUNS, name_key, resolve_mention
from dateline.events import anchor
from dateline.events import lexicon as ev_lexicon
from dateline.events.detect import Candidate
from dateline.model import Annotation, Article, EventTime

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
    particles: frozenset[str]
    light_verbs: frozenset[str]
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
        particles=frozenset(d["particles"]),
        light_verbs=frozenset(d["light_verbs"]),
        examples=tuple(d["examples"]),
    )


@dataclass(frozen=True, slots=True)
class Predicate:
    """One event mention an entity takes part in."""

    start: int  # the trigger's words ('stepped down')
    end: int
    text: str
    lemma: str  # of its head word
    sentence: int
    role: str  # subject | object | possessor | modifier | of | clause
    entity: str  # the name of the mention that takes part
    time: EventTime


def _words(name: str) -> list[str]:
    return [w for w in (w.strip("'\u2019.,") for w in name_key(name).split()) if w]


def same_entity(name: str, target: str) -> bool:
    """Does the mention ``name`` (an alias or canonical name) stand for ``target``?
    The same words, in any order ('3G iPhone'); or a shorter name whose words are all
    the target's, at least two ('Apple Corps' for 'Beatles Apple Corps', not 'Apple');
    or a longer one that keeps the target's first and last words at its ends ('iTunes
    Music Store' for 'iTunes Store'). A name that goes on past the target is another
    thing ('iPod nano' is not 'iPod', 'iPhone 4' not 'iPhone')."""
    a, b = _words(name), _words(target)
    if not a or not b:
        return False
    if set(a) == set(b):
        return True
    if len(a) < len(b):
        return len(a) >= 2 and set(a) <= set(b)
    return len(b) >= 2 and a[0] == b[0] and a[-1] == b[-1]


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
    own ('unveiled the phone and said ...'), its open complements ('plans to sell') and
    participle clauses ('..., saying it would ship in June')."""
    out: list[Token] = []
    for c in verb.children:
        if (c.pos_ in ("VERB", "AUX") and (c.dep_ == "xcomp" or (
                c.dep_ == "advcl" and c.tag_ == "VBG"
                and not any(g.dep_ in SUBJECT_DEPS or g.dep_ == "mark" for g in c.children)))):
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
                or (t.dep_ in ("compound", "nmod") and not _is_predicate(t.head))):
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
        elif c.dep_ in ("acl", "amod") and c.tag_ in ("VBN", "VBG"):
            out.append((c, "clause"))  # 'the recently announced iPhone
    return [(p, role) for p, role in _with_objects(out) if p.i != t.i and _is_predicate(p)]


def _with_objects(preds: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """Each verb's event noun objects join it ('filed a lawsuit'); a light verb gives way
    to its event noun ('gave a keynote', 'made the decision')."""
    light = lexicon().light_verbs
    out: list[tuple[Token, str]] = []
    for p, role in preds:
        objs = [c for c in p.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                and is_event_noun(c)] if p.pos_ in ("VERB", "AUX") else []
        if not (objs and p.lemma_.lower() in light):
            out.append((p, role))
        out += [(o, role) for o in objs]
    return out


def _phrase(tok: Token) -> tuple[Token, Token]:
    """First and last word of the trigger: a verb with the particle right after it
    ('stepped down', 'showed off'), else the word alone."""
    doc = tok.doc
    first = last = tok
    if tok.pos_ in ("VERB", "AUX") and tok.i + 1 < len(doc):
        nxt = doc[tok.i + 1]
        if nxt.head.i == tok.i and (nxt.dep_ == "prt" or (
                nxt.dep_ == "advmod" and nxt.lower_ in lexicon().particles)):
            last = nxt
    return first, last


_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS


def mentions(ann: Annotation, doc: Doc, target: str,
             same: Callable[[str, str], bool] = same_entity) -> list[tuple[int, int, str]]:
    """(start, end, name) of every mention of ``target`` in the article: named
    mentions whose text or canonical name is it, the name written out (or its plural)
    where no entity mention lies, and pronouns that resolve to it."""
    found = [(e.start, e.end, e.canonical) for e in ann.entities
             if same(e.canonical, target) or same(e.text, target)]
    names = {target} | {ann.article.text[s:e] for s, e, _ in found}
    taken = [(s, e) for s, e, _ in found]
    # the name inside another entity's longer name ('the iPod Shuffle') is not a mention
    longer = [(e.start, e.end) for e in ann.entities]
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?:s|es)?(?!\w)", ann.article.text,
                             re.I):
            if not any(s < m.end() and m.start() < e for s, e in taken) and not any(
                    s <= m.start() and m.end() <= e and e - s > m.end() - m.start()
                    for s, e in longer):
                found.append((m.start(), m.end(), target))
                taken.append((m.start(), m.end()))
    subjects = _subjects(ann, doc, found)
    for tok in doc:
        if tok.lower_ in _PRONOUNS:
            ref = (_subject_antecedent(subjects, tok) if tok.lower_ in GROUP_PRONOUNS
                   else None) or resolve_mention(ann, tok.idx, tok.idx + len(tok))
            if ref is not None and same(ref, target):
                found.append((tok.idx, tok.idx + len(tok), ref))
    return sorted(found)


def _subjects(ann: Annotation, doc: Doc,
              found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(sentence, offset, name) of the names that are subjects: the target's mentions
    and every other named thing."""
    out: list[tuple[int, int, str]] = []
    spans = [(s, e, n) for s, e, n in found]
    spans += [(e.start, e.end, e.canonical) for e in ann.entities
              if e.label not in ("PERSON", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL",
                                 "ORDINAL", "QUANTITY")]
    for s, e, n in spans:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            out.append((span.root.sent.start, s, n))
    return sorted(out, key=lambda x: x[1])


def _subject_antecedent(subjects: list[tuple[int, int, str]], tok: Token) -> str | None:
    """'It', 'its', 'they': the last named subject before it in its sentence or the one
    before -- what the text goes on about ('iPhone 4 has a faster chip. It comes in two
    colours.')."""
    start = tok.sent.start
    first = tok.doc[start - 1].sent.start if start > 0 else start
    names = [n for si, off, n in subjects if off < tok.idx and si >= first]
    return names[-1] if names else None


def predicates(ann: Annotation, doc: Doc, target: str,
               same: Callable[[str, str], bool] = same_entity) -> list[Predicate]:
    """The event mentions ``target`` takes part in, in text order, each dated."""
    dated = anchor.anchorable(ann, doc)
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
            first, last = _phrase(tok)
            seen[tok.i] = Predicate(
                start=first.idx, end=last.idx + len(last),
                text=ann.article.text[first.idx:last.idx + len(last)],
                lemma=tok.lemma_.lower(), sentence=s.index if s is not None else -1,
                role=role, entity=name, time=time)
    return [seen[i] for i in sorted(seen)]


def annotated(articles: Iterable[Article],
              settings: Settings | None = None) -> Iterator[tuple[Annotation, Doc]]:
    """Each article annotated, with its parse kept (the pipeline lets Docs go)."""
    from dateline.parse import parse
    from dateline.pipeline import annotate_doc, load_nlp

    settings = settings or Settings()
    nlp = load_nlp(settings.model)
    for doc, art in parse(nlp, ((a.text, a) for a in articles), limit=settings.parse_chars,
                          batch_size=settings.batch_size,
                          batch_chars=settings.parse_batch_chars):
        yield annotate_doc(art, doc), doc


@dataclass(frozen=True, slots=True)
class Entry:
    """One event of an entity timeline: the task's mention id and where it came from."""

    mention: str  # <article id>-<sentence>-<trigger words joined by _>
    date: str | None
    predicate: Predicate
    article: Article
    sentence_text: str = ""  # the sentence that tells it, spaces collapsed, for readers


def entity_entries(pairs: Iterable[tuple[Annotation, Doc]], target: str,
                   past_on_dct: bool = True) -> list[Entry]:
    """Every event ``target`` takes part in across the articles, with its timeline date
    (:func:`dateline.semeval.day_value`)."""
    from dateline.semeval import day_value

    out: list[Entry] = []
    for ann, doc in pairs:
        for p in predicates(ann, doc, target):
            mention = f"{ann.article.id}-{p.sentence}-{'_'.join(p.text.split())}"
            said = ann.sentences[p.sentence].text if 0 <= p.sentence < len(ann.sentences) else ""
            out.append(Entry(mention, day_value(p.time, ann.article.dct, past_on_dct), p,
                             ann.article, " ".join(said.split())))
    return out
