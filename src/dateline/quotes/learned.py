"""A learned cue tagger for the long tail of attribution cues the lexicon misses.

PolNeAR attributes far more than speech: stances, endorsements, votes, plans
("Bush is panning Obama's measures", "He is paying homage to Mara Lindqvist"). No
hand list covers that tail, so an averaged perceptron scores each candidate
token (a verb with a subject, a noun with a possessor, a predicate adjective)
on features of the token and its parse neighbourhood: lemma, part of speech and
dependency, head, the kinds of dependents it governs (a that-clause, an object,
prepositions by word), what its subject is (pronoun, named person/organisation,
common noun, actor entities inside it), its object's kind and head word, the
infinitive it governs, whether its clause has a subject or modal of its own, its
auxiliaries and particle, what the lexicon says of its lemma, nearby quotation marks.

Weights are package data (``dateline/data/quotes/cue_model.json``), fitted on
PolNeAR train by ``bench/fit_cue_model.py``. ``features`` is shared by both so
training and use see the same representation. The source and content spans of a
proposed cue come from the existing syntax code (subject, content dependents).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import repeat
from typing import TYPE_CHECKING

import numpy as np

from dateline.quotes.lexicon import Cue, lexicon
from dateline.quotes.subjects import subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJ = ("nsubj", "nsubjpass")
_QUOTES = set('"\u201c\u201d')
_PERSONAL = {"i", "we", "he", "she", "they", "you"}
_RELATIVE = {"who", "that", "which", "whom"}
_ACTORS = {"PERSON", "ORG", "NORP", "GPE"}
_ACTOR_COUNTS_KEY = "dateline.quotes.actor_counts"
_QUOTE_COUNTS_KEY = "dateline.quotes.quote_mark_counts"
# Dependents that may carry the content of a learned cue: the clause, object or
# prepositional phrase a stance is about ("panning Obama's measures", "tribute to X").
_PREPS = (
    "about", "against", "as", "at", "behind", "for", "from", "in", "into", "of",
    "on", "over", "to", "toward", "towards", "with",
)  # fmt: skip
CONTENT_ROLES = frozenset(
    {"ccomp", "xcomp", "dobj", "acomp", "oprd", "attr", "advcl"} | {f"prep:{p}" for p in _PREPS}
)
LEARNED_CUE = Cue("", CONTENT_ROLES, False, False)


def candidate(tok: Token) -> str | None:
    """The cue shape of ``tok`` (VERB with a subject, NOUN with a possessor, ADJ
    predicate whose verb has a subject), or None when it cannot be a cue."""
    found = _shaped(tok)
    return None if found is None else found[0]


def _shaped(tok: Token) -> tuple[str, Token] | None:
    """The cue shape of ``tok`` with its source (the subject or possessor that makes it
    that shape), found once: ``features`` would otherwise look for it again."""
    pos = tok.pos_
    if pos in ("VERB", "NOUN") or (pos == "ADJ" and tok.dep_ == "acomp"):
        source = _source_of(tok, pos)
        return None if source is None else (pos, source)
    return None


def _subject_kind(s: Token | None) -> str:
    if s is None:
        return "none"
    low = s.lower_
    if low in _PERSONAL:
        return "pers"
    if low in _RELATIVE:
        return "rel"
    if s.ent_type_:
        return f"ent:{s.ent_type_}"
    return f"{s.pos_}:{s.lemma_.lower()}" if s.pos_ == "NOUN" else s.pos_


def _source_of(tok: Token, shape: str) -> Token | None:
    if shape == "NOUN":
        return next((c for c in tok.children if c.dep_ == "poss"), None)
    if shape == "ADJ":
        return next((c for c in tok.head.children if c.dep_ in _SUBJ), None)
    return subject(tok)


def features(tok: Token, shape: str, lemma: str, subj: Token | None = None) -> list[str]:
    """Feature names of one candidate token (``lemma`` as the lexicon reads it; ``subj``
    its source when the caller has found it already)."""
    head = tok.head
    if subj is None:
        subj = _source_of(tok, shape)
    skind = _subject_kind(subj)
    feats = [
        "bias",
        f"s={shape}",
        f"l={lemma}",
        f"d={tok.dep_}",
        f"t={tok.tag_}",
        f"l|d={lemma}|{tok.dep_}",
        f"h={head.lemma_.lower()}",
        f"hd={head.pos_}|{tok.dep_}",
        f"sk={skind}",
        f"l|sk={lemma}|{skind.split(':')[0]}",
        f"sd={subj.dep_ if subj is not None else '-'}",
    ]
    kids = list(tok.children)  # (read once: each pass over .children makes new Tokens)
    feats.extend(_context(tok, subj, lemma, kids))
    roles = set()
    for c in kids:
        dep = c.dep_
        if dep == "neg":
            feats.append("neg")
        elif dep == "aux" and c.tag_ == "MD":
            feats.append(f"md={c.lower_}")
        if dep in ("punct", "det", "compound", "amod", "poss", "nsubj", "nsubjpass"):
            continue
        role = f"prep:{c.lower_}" if dep == "prep" else dep
        roles.add(role)
        if dep == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            roles.add("that")
        if dep in ("dobj", "prep", "xcomp", "ccomp"):
            ents = _actor_types(c)
            roles.update(f"{role}@{e}" for e in ents)
            if ents:
                feats.append("actor_obj")
    for r in roles:
        feats.append(f"k={r}")
        feats.append(f"l|k={lemma}|{r}")
    if not roles:
        feats.append("k=-")
    doc = tok.doc
    lo, hi = max(tok.i - 3, 0), min(tok.i + 4, len(doc))
    marks = _prefix_counts(doc, _QUOTE_COUNTS_KEY, "ORTH", _QUOTES)
    if marks[hi] > marks[lo]:  # a quotation mark among tokens lo .. hi - 1
        feats.append("q")
    if tok.text[:1].isupper() and tok.i > 0 and not doc[tok.i - 1].is_sent_start:
        feats.append("cap")
    return feats


def _actor_types(tok: Token) -> set[str]:
    """The actor entity types (person, organisation, nationality, place) of the words in
    ``tok``'s subtree. The subtree lies between its left and right edges, and a count of the
    actor words before each position tells when that stretch holds none (most do): then no
    token of the subtree need be made."""
    counts = _prefix_counts(tok.doc, _ACTOR_COUNTS_KEY, "ENT_TYPE", _ACTORS)
    if counts[tok.right_edge.i + 1] == counts[tok.left_edge.i]:
        return set()
    return {t.ent_type_ for t in tok.subtree if t.ent_type_ in _ACTORS}


def _prefix_counts(doc: Doc, key: str, attr: str, values: set[str]) -> list[int]:
    """How many of the first ``i`` tokens have ``attr`` (an actor entity type, a quotation
    mark as written) among ``values``, for each ``i`` from 0 to ``len(doc)``; read from the
    token array once per doc and kept with it under ``key``."""
    cached = doc.user_data.get(key)
    if isinstance(cached, list) and len(cached) == len(doc) + 1:
        return cached
    ids = doc.to_array(attr)
    wanted = [i for i in set(ids.tolist()) if i and doc.vocab.strings[i] in values]
    counts = [0, *np.cumsum(np.isin(ids, wanted)).tolist()]
    doc.user_data[key] = counts
    return counts


def _context(tok: Token, subj: Token | None, lemma: str, kids: list[Token]) -> list[str]:
    """Who and what around the candidate: the lexicon's verdict on its lemma, the
    subject's actor entities and place, the object's kind and head word, the
    infinitive or clause it governs, its auxiliaries and particle."""
    lex = lexicon()
    cue = lex.cue(lemma, tok.pos_)
    status = "none" if cue is None else ("direct" if cue.direct else "listed")
    if lemma in lex.denied:
        status = "denied"
    feats = [f"lx={status}"]
    if subj is not None:
        ents = _actor_types(subj)
        feats.extend(f"se={e}" for e in ents)
        if not ents and subj.lower_ not in _PERSONAL:
            feats.append("se=-")
        if subj.head.i != tok.i and tok.pos_ == "VERB":
            feats.append(f"sb={tok.dep_}")
        if subj.i > tok.i:
            feats.append("inv")
    for c in kids:
        dep = c.dep_
        if dep in ("dobj", "attr", "oprd"):
            okind = _subject_kind(c).split(":")[0]
            feats.append(f"ok={dep}:{okind}")
            feats.append(f"l|ok={lemma}|{okind}")
            if c.pos_ == "NOUN":
                feats.append(f"o={c.lemma_.lower()}")
                feats.append(f"l|o={lemma}|{c.lemma_.lower()}")
        elif dep == "xcomp":
            feats.append(f"x={c.lemma_.lower()}")
            feats.append(f"l|x={lemma}|{c.lemma_.lower()}")
        elif dep == "ccomp":
            if any(g.dep_ in _SUBJ for g in c.children):
                feats.append("cc_subj")
            if any(g.tag_ == "MD" for g in c.children):
                feats.append("cc_md")
        elif dep in ("aux", "auxpass") and c.tag_ != "MD":
            feats.append(f"aux={dep}:{c.lemma_.lower()}")
        elif dep == "prt":
            feats.append(f"l|prt={lemma}|{c.lower_}")
    if tok.pos_ == "ADJ":
        feats.append(f"l|h={lemma}|{tok.head.lemma_.lower()}")
    return feats


def _actor(subj: Token | None) -> bool:
    """Can ``subj`` hold a stance: a personal pronoun, or a phrase naming a person,
    organisation, nationality or place ('Clinton insiders', 'Barden's group')? Not a
    dummy or a thing ('It is easy to ...', 'that', 'much of the debate')."""
    if subj is None:
        return False
    return subj.lower_ in _PERSONAL or bool(_actor_types(subj))


@dataclass(frozen=True)
class CueModel:
    weights: dict[str, float]
    threshold: float  # above it an unlisted word is a cue
    veto: float | None = None  # below it a listed cue that is no speech verb is not one
    denied: float | None = None  # above it even a lexicon "not_cues" action verb is one
    adjective: float | None = None  # above it a predicate adjective of an actor is one

    def score(self, feats: list[str]) -> float:
        """The summed weights, exactly rounded: the same whatever the features' order (some
        come from sets, whose order changes with each process's string hashing, and a plain
        sum's rounding then decided a score at the threshold: 6.9e-18 or 0.0)."""
        return math.fsum(map(self.weights.get, feats, repeat(0.0)))

    def token_score(self, tok: Token, lemma: str) -> float | None:
        """The candidate's score, None when ``tok`` has no cue shape."""
        found = _shaped(tok)
        return None if found is None else self.score(features(tok, found[0], lemma, found[1]))

    def is_cue(self, tok: Token, lemma: str, denied: bool = False) -> bool:
        """Does an unlisted word (``denied``: an action verb the lexicon keeps out) score
        as a cue here? Denied words need the higher ``denied`` bar, or never pass. A
        predicate adjective whose subject is an actor ('Democrats are nervous about ...')
        needs only the lower ``adjective`` bar: the tagger sees few adjectives, and the
        subject check keeps out the dummy 'it' of 'It is easy to ...'."""
        limit = self.threshold if not denied else self.denied
        if limit is None:
            return False
        s = self.token_score(tok, lemma)
        if s is None:
            return False
        if s > limit:
            return True
        bar = self.adjective
        if denied or bar is None or s <= bar or candidate(tok) != "ADJ":
            return False
        return _actor(_source_of(tok, "ADJ"))

    def vetoes(self, tok: Token, lemma: str) -> bool:
        """Is a listed cue in this context too unlike PolNeAR's cues to keep?"""
        if self.veto is None:
            return False
        s = self.token_score(tok, lemma)
        return s is not None and s < self.veto


@lru_cache(maxsize=1)
def model() -> CueModel | None:
    """The shipped model, or None when the data file is absent."""
    path = resources.files("dateline") / "data" / "quotes" / "cue_model.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    veto, denied, adjective = raw.get("veto"), raw.get("denied"), raw.get("adjective")
    return CueModel(
        {k: float(v) for k, v in raw["weights"].items()},
        float(raw["threshold"]),
        None if veto is None else float(veto),
        None if denied is None else float(denied),
        None if adjective is None else float(adjective),
    )
