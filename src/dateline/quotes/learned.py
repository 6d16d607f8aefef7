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
PolNeAR train by ``bench/fit_cue_model.py``, which trains on the names ``features``
writes; use scores the same features by looking up their parts (``_Templates``), the
sum held equal to the written names' by tests/quotes. The source and content spans of a
proposed cue come from the existing syntax code (subject, content dependents).
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import repeat
from typing import TYPE_CHECKING

import numpy as np

from dateline.quotes.lexicon import Cue, lexicon
from dateline.quotes.subjects import subject, subject_at
from dateline.text import text_of
from dateline.wordlists import ACTOR_ENTS

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Token

_SUBJ = ("nsubj", "nsubjpass")
_QUOTES = set('"\u201c\u201d')
_PERSONAL = {"i", "we", "he", "she", "they", "you"}
_RELATIVE = {"who", "that", "which", "whom"}
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
    predicate whose verb has a subject, a participle after a copula counting as one),
    or None when it cannot be a cue."""
    found = _shaped(tok)
    return None if found is None else found[0]


def _shaped(tok: Token) -> tuple[str, Token] | None:
    """The cue shape of ``tok`` with its source (the subject or possessor that makes it
    that shape), found once: ``features`` would otherwise look for it again."""
    pos = tok.pos_
    if pos in ("VERB", "NOUN") or (pos == "ADJ" and tok.dep_ == "acomp"):
        source = _source_of(tok, pos)
        if source is None and pos == "VERB" and tok.dep_ == "acomp":
            # a participle after a copula with no subject of its own is a predicate
            # adjective ('they are convinced that', 'are divided on'): the copula's
            # subject holds the view
            pos, source = "ADJ", _source_of(tok, "ADJ")
        return None if source is None else (pos, source)
    return None


def _source_of(tok: Token, shape: str) -> Token | None:
    if shape == "NOUN":
        return next((c for c in tok.children if c.dep_ == "poss"), None)
    if shape == "ADJ":
        return next((c for c in tok.head.children if c.dep_ in _SUBJ), None)
    return subject(tok)


def _shaped_at(p: Parse, i: int) -> tuple[str, int] | None:
    """``_shaped`` of word ``i``, read from the doc's arrays: its source's index."""
    pos = p.pos[i]
    if pos in ("VERB", "NOUN") or (pos == "ADJ" and p.dep[i] == "acomp"):
        source = _source_at(p, i, pos)
        if source is None and pos == "VERB" and p.dep[i] == "acomp":
            pos, source = "ADJ", _source_at(p, i, "ADJ")
        return None if source is None else (pos, source)
    return None


def _source_at(p: Parse, i: int, shape: str) -> int | None:
    """``_source_of`` word ``i``, read from the doc's arrays."""
    dep = p.dep
    if shape == "NOUN":
        return next((c for c in p.kids(i) if dep[c] == "poss"), None)
    if shape == "ADJ":
        return next((c for c in p.kids(p.head[i]) if dep[c] in _SUBJ), None)
    return subject_at(p, i)


def features(
    tok: Token, shape: str, lemma: str, subj: Token | None = None, parse: Parse | None = None
) -> list[str]:
    """Feature names of one candidate token (``lemma`` as the lexicon reads it; ``subj``
    its source when the caller has found it already; ``parse`` its doc's ``Parse`` when the
    caller keeps one for the doc, else one is read for this call)."""
    if subj is None:
        subj = _source_of(tok, shape)
    p = Parse(tok.doc) if parse is None else parse
    return _features_at(p, tok.i, shape, lemma, None if subj is None else subj.i)


class Parse:
    """One doc's parse as plain lists, read from the token array once: ``features`` reads
    some 40 attributes of a candidate, its head, subject, children and grandchildren, and
    making a ``Token`` to read each costs more than the read. The quotes stage keeps one for
    the doc it reads (``Context.parse``) and passes it to the tagger's scoring."""

    __slots__ = ("doc", "text", "head", "start", "idx", "dep", "tag", "pos", "ent", "lemmas",
                 "lowers", "_order", "_bounds", "marks", "actors", "_edges")  # fmt: skip

    def __init__(self, doc: Doc) -> None:
        cols = doc.to_array(
            ["HEAD", "SENT_START", "IDX", "DEP", "TAG", "POS", "ENT_TYPE", "LEMMA", "LOWER"]
        )
        signed = cols[:, :2].view(np.int64)  # offsets to the head, -1 for 'no sentence start'
        n = len(doc)
        heads = signed[:, 0] + np.arange(n)
        self.doc = doc
        self.text = text_of(doc)
        self.head: list[int] = heads.tolist()
        self.start: list[int] = signed[:, 1].tolist()
        self.idx: list[int] = cols[:, 2].tolist()
        strings = doc.vocab.strings
        self.dep, self.tag, self.pos, self.ent = (_names(cols[:, k], strings) for k in range(3, 7))
        # every word's lemma, lower-cased, named at once: find_indirect's gate reads most
        self.lemmas = _lower_names(cols[:, 7], strings)
        # every word's lower form, named at once: find_indirect's gate reads each word's
        self.lowers = _names(cols[:, 8], strings)
        # tokens ordered by head (by position among those of one head): the children of i
        # are _order[_bounds[i] : _bounds[i + 1]], leaving out i itself when it is a root
        order = np.argsort(heads, kind="stable")
        self._bounds: list[int] = np.searchsorted(heads[order], np.arange(n + 1)).tolist()
        self._order: list[int] = order.tolist()
        self.marks = _prefix_counts(doc, _QUOTE_COUNTS_KEY, "ORTH", _QUOTES)
        self.actors = _prefix_counts(doc, _ACTOR_COUNTS_KEY, "ENT_TYPE", ACTOR_ENTS)
        self._edges: dict[int, tuple[int, int]] = {}

    def kids(self, i: int) -> list[int]:
        """The children of token ``i``, in the order of ``Token.children``."""
        return [j for j in self._order[self._bounds[i] : self._bounds[i + 1]] if j != i]

    def lemma(self, i: int) -> str:
        return self.lemmas[i]

    def lower(self, i: int) -> str:
        return self.lowers[i]

    def kind(self, i: int | None) -> str:
        """What kind of subject (or object) token ``i`` is: a personal or relative pronoun,
        a named entity's type, a common noun's lemma, else its part of speech."""
        head, rest = self.kind_parts(i)
        return head if rest is None else f"{head}:{rest}"

    def kind_parts(self, i: int | None) -> tuple[str, str | None]:
        """``kind`` of token ``i`` as its class and the word or type after the colon
        ('ent', 'PERSON'; 'NOUN', 'plan'; 'pers', None), the string left unmade."""
        if i is None:
            return "none", None
        low = self.lowers[i]
        if low in _PERSONAL:
            return "pers", None
        if low in _RELATIVE:
            return "rel", None
        if self.ent[i]:
            return "ent", self.ent[i]
        return ("NOUN", self.lemma(i)) if self.pos[i] == "NOUN" else (self.pos[i], None)

    def actor_types(self, i: int) -> set[str]:
        """The actor entity types (person, organisation, nationality, place) of the words
        in token ``i``'s subtree. The subtree lies between its left and right edges, and a
        count of the actor words before each position tells when that stretch holds none
        (most do); its edges are read (from a Token) only when the doc has an actor word at
        all, and an actor word between them is in the subtree when ``i`` is among its heads
        (a parse need not be projective)."""
        actors = self.actors
        if actors[-1] == 0:
            return set()
        edges = self._edges.get(i)
        if edges is None:
            tok = self.doc[i]
            edges = self._edges[i] = (tok.left_edge.i, tok.right_edge.i)
        lo, hi = edges
        if actors[hi + 1] == actors[lo]:
            return set()
        found = set()
        ent, head = self.ent, self.head
        for j in range(lo, hi + 1):
            if ent[j] in ACTOR_ENTS and ent[j] not in found:
                k = j
                while k != i and head[k] != k:
                    k = head[k]
                if k == i:
                    found.add(ent[j])
        return found


# The strings of the hashes read so far: the labels (dependencies, tags, entity types) of
# every doc, the words of those read; cleared when it has grown large.
_NAMES: dict[int, str] = {}


def _names(col: np.ndarray, strings: StringStore) -> list[str]:
    """The strings of the hashes in ``col`` (labels: all known after the first doc)."""
    ids = col.tolist()
    try:
        return list(map(_NAMES.__getitem__, ids))
    except KeyError:
        _learn(ids, strings)
        return list(map(_NAMES.__getitem__, ids))


# The lower-cased strings of the lemma hashes read so far, cleared when grown large.
_LOWER_NAMES: dict[int, str] = {}


def _lower_names(col: np.ndarray, strings: StringStore) -> list[str]:
    """The lower-cased strings of the hashes in ``col`` (lemmas)."""
    ids = col.tolist()
    try:
        return list(map(_LOWER_NAMES.__getitem__, ids))
    except KeyError:
        if len(_LOWER_NAMES) > 200_000:
            _LOWER_NAMES.clear()
        _LOWER_NAMES.update((h, strings[h].lower()) for h in set(ids).difference(_LOWER_NAMES))
        return list(map(_LOWER_NAMES.__getitem__, ids))


def _learn(ids: Iterable[int], strings: StringStore) -> None:
    """Name the hashes ``ids`` not named yet, clearing the table first when it has grown
    large (the one place it is cleared)."""
    if len(_NAMES) > 200_000:
        _NAMES.clear()
    _NAMES.update((h, strings[h]) for h in set(ids).difference(_NAMES))


def _features_at(p: Parse, i: int, shape: str, lemma: str, s: int | None) -> list[str]:
    """``features`` of token ``i`` of ``p`` with source token ``s``."""
    dep = p.dep[i]
    h = p.head[i]
    skind = p.kind(s)
    feats = [
        "bias",
        f"s={shape}",
        f"l={lemma}",
        f"d={dep}",
        f"t={p.tag[i]}",
        f"l|d={lemma}|{dep}",
        f"h={p.lemma(h)}",
        f"hd={p.pos[h]}|{dep}",
        f"sk={skind}",
        f"l|sk={lemma}|{skind.split(':')[0]}",
        f"sd={p.dep[s] if s is not None else '-'}",
    ]
    kids = p.kids(i)
    feats.extend(_context_at(p, i, s, lemma, kids))
    deps, lower = p.dep, p.lower
    roles = set()
    for c in kids:
        cdep = deps[c]
        if cdep == "neg":
            feats.append("neg")
        elif cdep == "aux" and p.tag[c] == "MD":
            feats.append(f"md={lower(c)}")
        if cdep in ("punct", "det", "compound", "amod", "poss", "nsubj", "nsubjpass"):
            continue
        role = f"prep:{lower(c)}" if cdep == "prep" else cdep
        roles.add(role)
        if cdep == "ccomp" and any(deps[g] == "mark" and lower(g) == "that" for g in p.kids(c)):
            roles.add("that")
        if cdep in ("dobj", "prep", "xcomp", "ccomp"):
            ents = p.actor_types(c)
            roles.update(f"{role}@{e}" for e in ents)
            if ents:
                feats.append("actor_obj")
    for r in roles:
        feats.append(f"k={r}")
        feats.append(f"l|k={lemma}|{r}")
    if not roles:
        feats.append("k=-")
    lo, hi = max(i - 3, 0), min(i + 4, len(p.head))
    if p.marks[hi] > p.marks[lo]:  # a quotation mark among tokens lo .. hi - 1
        feats.append("q")
    if p.text[p.idx[i] : p.idx[i] + 1].isupper() and i > 0 and p.start[i - 1] != 1:
        feats.append("cap")
    return feats


def _prefix_counts(doc: Doc, key: str, attr: str, values: Collection[str]) -> list[int]:
    """How many of the first ``i`` tokens have ``attr`` (an actor entity type, a quotation
    mark as written) among ``values``, for each ``i`` from 0 to ``len(doc)``; read from the
    token array once per doc and kept with it under ``key``."""
    cached = doc.user_data.get(key)
    if isinstance(cached, list) and len(cached) == len(doc) + 1:
        return cached
    ids = doc.to_array(attr)
    # the values' own ids (a hash, or a label's symbol), not the string of every id in the doc
    wanted = [doc.vocab.strings.as_int(v) for v in values]
    counts = [0, *np.cumsum(np.isin(ids, wanted)).tolist()]
    doc.user_data[key] = counts
    return counts


def _context_at(p: Parse, i: int, s: int | None, lemma: str, kids: list[int]) -> list[str]:
    """Who and what around candidate ``i``: the lexicon's verdict on its lemma, the
    subject's actor entities and place, the object's kind and head word, the
    infinitive or clause it governs, its auxiliaries and particle."""
    lex = lexicon()
    pos = p.pos[i]
    cue = lex.cue(lemma, pos)
    status = "none" if cue is None else ("direct" if cue.direct else "listed")
    if lemma in lex.denied:
        status = "denied"
    feats = [f"lx={status}"]
    if s is not None:
        ents = p.actor_types(s)
        feats.extend(f"se={e}" for e in ents)
        if not ents and p.lower(s) not in _PERSONAL:
            feats.append("se=-")
        if p.head[s] != i and pos == "VERB":
            feats.append(f"sb={p.dep[i]}")
        if s > i:
            feats.append("inv")
    deps = p.dep
    for c in kids:
        dep = deps[c]
        if dep in ("dobj", "attr", "oprd"):
            okind = p.kind(c).split(":")[0]
            feats.append(f"ok={dep}:{okind}")
            feats.append(f"l|ok={lemma}|{okind}")
            if p.pos[c] == "NOUN":
                word = p.lemma(c)
                feats.append(f"o={word}")
                feats.append(f"l|o={lemma}|{word}")
        elif dep == "xcomp":
            word = p.lemma(c)
            feats.append(f"x={word}")
            feats.append(f"l|x={lemma}|{word}")
        elif dep == "ccomp":
            grand = p.kids(c)
            if any(deps[g] in _SUBJ for g in grand):
                feats.append("cc_subj")
            if any(p.tag[g] == "MD" for g in grand):
                feats.append("cc_md")
        elif dep in ("aux", "auxpass") and p.tag[c] != "MD":
            feats.append(f"aux={dep}:{p.lemma(c)}")
        elif dep == "prt":
            feats.append(f"l|prt={lemma}|{p.lower(c)}")
    if pos == "ADJ":
        feats.append(f"l|h={lemma}|{p.lemma(p.head[i])}")
    return feats


# The templates of two parts joined by a separator that ``_features_at`` writes without
# the candidate's lemma ('hd=NOUN|dobj', 'ok=dobj:ent', 'aux=aux:have', 'sk=ent:PERSON');
# and those led by the lemma ('l|d=say|ROOT'), tabled under the lemma.
_PAIRED = {"hd": "|", "ok": ":", "aux": ":", "sk": ":"}
_ONE = ("s", "l", "d", "t", "h", "sd", "lx", "se", "sb", "o", "x", "md", "k", "sk")
_BY_LEMMA = ("d", "sk", "ok", "o", "x", "k", "prt", "h")
_CONSTANT = ("bias", "neg", "q", "cap", "inv", "cc_subj", "cc_md", "actor_obj")
_NONE: dict[str, float] = {}
_NO_LEMMA = tuple(_NONE for _ in _BY_LEMMA)


class _Templates:
    """The model's weights by feature template and part, for scoring a candidate without
    writing the ~60 names ``_features_at`` gives it (which ``bench/fit_cue_model.py``
    trains on): each part (the lemma, a dependency label) is looked up as it is read. A
    name's parts are tabled at every place its separator falls ('l|o=a|b|c' under 'a' then
    'b|c' and under 'a|b' then 'c'), so a lookup finds a weight exactly when the written
    name has one."""

    def __init__(self, weights: dict[str, float]) -> None:
        one: dict[str, dict[str, float]] = {t: {} for t in _ONE}
        two: dict[str, dict[str, dict[str, float]]] = {t: {} for t in _PAIRED}
        lemmas: dict[str, dict[str, dict[str, float]]] = {}
        for key, w in weights.items():
            name, eq, rest = key.partition("=")
            if name in one and eq:
                one[name][rest] = w
            if name.startswith("l|") and name[2:] in _BY_LEMMA and eq:
                for a, b in _splits(rest, "|"):
                    lemmas.setdefault(a, {}).setdefault(name[2:], {})[b] = w
            elif name in _PAIRED and eq:
                for a, b in _splits(rest, _PAIRED[name]):
                    two[name].setdefault(a, {})[b] = w
        self.one = tuple(one[t] for t in _ONE)
        self.two = tuple(two[t] for t in _PAIRED)
        self.lemmas = {k: tuple(v.get(t, _NONE) for t in _BY_LEMMA) for k, v in lemmas.items()}
        self.const = tuple(weights.get(k, 0.0) for k in _CONSTANT)

    def score(self, p: Parse, i: int, shape: str, lemma: str, s: int | None) -> float:
        """``math.fsum`` of the weights of ``_features_at(p, i, shape, lemma, s)``, each
        feature looked up by its parts (``tests/quotes/test_learned.py`` holds the two
        equal); the order of the terms differs, which ``fsum`` does not see."""
        ws, wl, wd, wt, wh, wsd, wlx, wse, wsb, wo, wx, wmd, wk, wsk = self.one
        whd, wok, waux, wsk2 = self.two
        bd, bsk, bok, bo, bx, bk, bprt, bh = self.lemmas.get(lemma, _NO_LEMMA)
        bias, neg, q, cap, inv, cc_subj, cc_md, actor_obj = self.const
        dep, pos, deps, tags, lowers = p.dep[i], p.pos[i], p.dep, p.tag, p.lowers
        lemmas = p.lemmas
        h = p.head[i]
        shead, srest = p.kind_parts(s)
        w = [
            bias,
            ws.get(shape, 0.0),
            wl.get(lemma, 0.0),
            wd.get(dep, 0.0),
            wt.get(tags[i], 0.0),
            bd.get(dep, 0.0),
            wh.get(lemmas[h], 0.0),
            whd.get(p.pos[h], _NONE).get(dep, 0.0),
            wsk.get(shead, 0.0) if srest is None else wsk2.get(shead, _NONE).get(srest, 0.0),
            bsk.get(shead, 0.0),
            wsd.get(deps[s] if s is not None else "-", 0.0),
        ]
        add = w.append
        lex = lexicon()
        cue = lex.cue(lemma, pos)
        status = "none" if cue is None else ("direct" if cue.direct else "listed")
        if lemma in lex.denied:
            status = "denied"
        add(wlx.get(status, 0.0))
        if s is not None:
            ents = p.actor_types(s)
            for e in ents:
                add(wse.get(e, 0.0))
            if not ents and lowers[s] not in _PERSONAL:
                add(wse.get("-", 0.0))
            if p.head[s] != i and pos == "VERB":
                add(wsb.get(dep, 0.0))
            if s > i:
                add(inv)
        roles = set()
        for c in p.kids(i):
            cdep = deps[c]
            if cdep in ("dobj", "attr", "oprd"):
                okind = p.kind_parts(c)[0]
                add(wok.get(cdep, _NONE).get(okind, 0.0))
                add(bok.get(okind, 0.0))
                if p.pos[c] == "NOUN":
                    word = lemmas[c]
                    add(wo.get(word, 0.0))
                    add(bo.get(word, 0.0))
            elif cdep == "xcomp":
                word = lemmas[c]
                add(wx.get(word, 0.0))
                add(bx.get(word, 0.0))
            elif cdep == "neg":
                add(neg)
            elif cdep == "aux" and tags[c] == "MD":
                add(wmd.get(lowers[c], 0.0))
            elif cdep in ("aux", "auxpass") and tags[c] != "MD":
                add(waux.get(cdep, _NONE).get(lemmas[c], 0.0))
            elif cdep == "prt":
                add(bprt.get(lowers[c], 0.0))
            if cdep in ("punct", "det", "compound", "amod", "poss", "nsubj", "nsubjpass"):
                continue
            role = f"prep:{lowers[c]}" if cdep == "prep" else cdep
            roles.add(role)
            if cdep == "ccomp":
                grand = p.kids(c)
                if any(deps[g] in _SUBJ for g in grand):
                    add(cc_subj)
                if any(tags[g] == "MD" for g in grand):
                    add(cc_md)
                if any(deps[g] == "mark" and lowers[g] == "that" for g in grand):
                    roles.add("that")
            if cdep in ("dobj", "prep", "xcomp", "ccomp"):
                ents = p.actor_types(c)
                if ents:
                    roles.update(f"{role}@{e}" for e in ents)
                    add(actor_obj)
        for r in roles:
            add(wk.get(r, 0.0))
            add(bk.get(r, 0.0))
        if not roles:
            add(wk.get("-", 0.0))
        if pos == "ADJ":
            add(bh.get(lemmas[h], 0.0))
        lo, hi = max(i - 3, 0), min(i + 4, len(p.head))
        if p.marks[hi] > p.marks[lo]:
            add(q)
        if p.text[p.idx[i] : p.idx[i] + 1].isupper() and i > 0 and p.start[i - 1] != 1:
            add(cap)
        return math.fsum(w)


def _splits(rest: str, sep: str) -> Iterable[tuple[str, str]]:
    """Every way ``rest`` reads as two parts joined by ``sep``."""
    at = rest.find(sep)
    while at >= 0:
        yield rest[:at], rest[at + 1 :]
        at = rest.find(sep, at + 1)


def _actor(p: Parse, s: int | None) -> bool:
    """Can word ``s`` hold a stance: a personal pronoun, or a phrase naming a person,
    organisation, nationality or place ('Clinton insiders', 'Barden's group')? Not a
    dummy or a thing ('It is easy to ...', 'that', 'much of the debate')."""
    if s is None:
        return False
    return p.lower(s) in _PERSONAL or bool(p.actor_types(s))


@dataclass(frozen=True)
class CueModel:
    weights: dict[str, float]
    threshold: float  # above it an unlisted word is a cue
    veto: float | None = None  # below it a listed cue that is no speech verb is not one
    denied: float | None = None  # above it even a lexicon "not_cues" action verb is one
    adjective: float | None = None  # above it a predicate adjective of an actor is one
    _templates: _Templates = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_templates", _Templates(self.weights))

    def score(self, feats: list[str]) -> float:
        """The summed weights, exactly rounded: the same whatever the features' order (some
        come from sets, whose order changes with each process's string hashing, and a plain
        sum's rounding then decided a score at the threshold: 6.9e-18 or 0.0)."""
        return math.fsum(map(self.weights.get, feats, repeat(0.0)))

    def token_score(self, tok: Token, lemma: str, parse: Parse | None = None) -> float | None:
        """The candidate's score, None when ``tok`` has no cue shape (``parse``: as for
        ``features``)."""
        found = self._scored(tok, lemma, Parse(tok.doc) if parse is None else parse)
        return None if found is None else found[0]

    def _scored(self, tok: Token, lemma: str, p: Parse) -> tuple[float, str, int] | None:
        """The candidate's score with its shape and source word, all read from the doc's
        arrays ``p``; None when ``tok`` has no cue shape."""
        at = _shaped_at(p, tok.i)
        if at is None:
            return None
        shape, source = at
        return self._templates.score(p, tok.i, shape, lemma, source), shape, source

    def is_cue(
        self, tok: Token, lemma: str, denied: bool = False, parse: Parse | None = None
    ) -> bool:
        """Does an unlisted word (``denied``: an action verb the lexicon keeps out) score
        as a cue here? Denied words need the higher ``denied`` bar, or never pass. A
        predicate adjective whose subject is an actor ('Democrats are nervous about ...')
        needs only the lower ``adjective`` bar: the tagger sees few adjectives, and the
        subject check keeps out the dummy 'it' of 'It is easy to ...'."""
        limit = self.threshold if not denied else self.denied
        if limit is None:
            return False
        p = Parse(tok.doc) if parse is None else parse
        found = self._scored(tok, lemma, p)
        if found is None:
            return False
        s, shape, source = found
        if s > limit:
            return True
        bar = self.adjective
        if denied or bar is None or s <= bar or shape != "ADJ":
            return False
        return _actor(p, source)  # the adjective's source: its copula's subject

    def vetoes(self, tok: Token, lemma: str, parse: Parse | None = None) -> bool:
        """Is a listed cue in this context too unlike PolNeAR's cues to keep?"""
        if self.veto is None:
            return False
        s = self.token_score(tok, lemma, parse)
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
