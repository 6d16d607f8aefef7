"""Cue lexicon (package data ``dateline/data/quotes/cues.json``), loaded once."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Token


def load_raw() -> dict[str, Any]:
    path = resources.files("dateline") / "data" / "quotes" / "cues.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True)
class Cue:
    """What a cue lemma allows: which dependents carry content, whether it frames quotes."""

    lemma: str
    content: frozenset[str]
    direct: bool
    curated: bool = True  # from a hand group (False: only mined from PolNeAR train)


# The stance frames' lists of trigger lemmas (stance.find looks a token's lemma up in them) and
# of trigger words (looked up as written)
FRAME_LEMMA_LISTS = (
    ("received", "verbs"), ("held", "verbs"), ("told", "nouns"), ("agent_nouns", "nouns"),
    ("experiencer", "verbs"),
)
FRAME_WORD_LISTS = (
    ("polls", "prepositions"), ("perspective", "prepositions"), ("viewer", "prepositions"),
    ("sides", "prepositions"),
)


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, Cue]  # verbs
    according: tuple[tuple[str, ...], ...]  # "according to" as word tuples
    max_speaker_distance: int
    min_unattributed_words: int
    nouns: dict[str, Cue] = field(default_factory=dict)  # "Clinton's criticism of ..."
    adjectives: dict[str, Cue] = field(default_factory=dict)  # "X is skeptical of ..."
    denied: frozenset[str] = frozenset()  # action verbs that never count as cues
    fixes: dict[str, str] = field(default_factory=dict)  # word form -> lemma the model misses
    headlines: dict[str, Any] = field(default_factory=dict)  # title-case headline settings
    aspectual: frozenset[str] = frozenset()  # "continued to raise money": no xcomp content
    object_control: frozenset[str] = frozenset()  # "led X to declare": X speaks
    issuer_nouns: frozenset[str] = frozenset()  # "an article stating": its author speaks
    unsourced: frozenset[str] = frozenset()  # "X seems to ...": a claim with no source
    frames: dict[str, Any] = field(default_factory=dict)  # "drew criticism from X", "a critic of"
    no_object: frozenset[str] = frozenset()  # "maintains a lead", "called the premier": no content
    asked: frozenset[str] = frozenset()  # "Asked about X, she said": who asked is unnamed
    unmade: frozenset[str] = frozenset()  # "declined to comment": no statement made
    deeds: frozenset[str] = frozenset()  # "released 25 hostages": an action, no cue
    information: frozenset[str] = frozenset()  # "released a statement": words after all
    as_it: frozenset[str] = frozenset()  # "as X put it": the governing clause is X's
    raising: frozenset[str] = frozenset()  # "It is likely to ...": a real 'it', no dummy
    # "In a 1993 interview, X told": a noun whose date modifier dates the statement
    statement_nouns: frozenset[str] = frozenset()
    within: frozenset[str] = frozenset()  # "During the 2003 outbreak, X said": its date holds
    acts: frozenset[str] = frozenset()  # "rejected the ceasefire": an act, no statement
    claims: frozenset[str] = frozenset()  # "rejected the allegations": a claim after all
    naming: frozenset[str] = frozenset()  # "a soldier named X": a name, no statement
    depicting: frozenset[str] = frozenset()  # "television showed X": a picture, no claim
    media: frozenset[str] = frozenset()  # the subjects that make 'showed' a picture
    resolving: frozenset[str] = frozenset()  # "decided that ...", "seeking a deal": no statement
    publishing: frozenset[str] = frozenset()  # "posted the questions": a document, no claim
    wordless: frozenset[str] = frozenset()  # what a published thing is when it says nothing
    adopting: frozenset[str] = frozenset()  # "endorses the plan": backing a plan, no claim
    policies: frozenset[str] = frozenset()  # the plans, bills and deals one backs
    # "X agreed; however, Y rejected it": a clause set apart before the cue is no content
    clause_breaks: frozenset[str] = frozenset()
    # "make sure they comply": (verb lemma, adjective lemma) of seeing to a thing, no view
    ensuring: frozenset[tuple[str, str]] = frozenset()
    # "more than her aides expected": a view an outcome is measured against, in a than-clause
    compared: frozenset[str] = frozenset()
    # "It was a blow, as X echoed it, saying": words opening a clause a participle goes on from
    clause_marks: frozenset[str] = frozenset()
    # "told the court that ...": verbs of telling whose object before a that-clause is whom
    # it was said to, not what was said
    tellers: frozenset[str] = frozenset()

    @cached_property
    def frame_lemmas(self) -> frozenset[str]:
        """Every lemma some stance frame lists as its trigger (``FRAME_LEMMA_LISTS``)."""
        return frozenset().union(*(self.frames.get(f, {}).get(k, ())
                                   for f, k in FRAME_LEMMA_LISTS))

    @cached_property
    def frame_words(self) -> frozenset[str]:
        """Every word some stance frame lists as its trigger (``FRAME_WORD_LISTS``)."""
        return frozenset().union(*(self.frames.get(f, {}).get(k, ())
                                   for f, k in FRAME_WORD_LISTS))

    def lemma(self, tok: Token) -> str:
        """The token's lemma for cue lookup, lower-cased, corrected where the model errs."""
        return self.fixes.get(tok.lower_) or tok.lemma_.lower()

    def cue(self, lemma: str, pos: str = "VERB") -> Cue | None:
        # the table chosen by comparison, not looked up in a dict made at each call: the
        # indirect finder asks some ten times a verb (issue 4 speed)
        if pos == "VERB":
            return self.cues.get(lemma.lower())
        if pos == "NOUN":
            return self.nouns.get(lemma.lower())
        if pos == "ADJ":
            return self.adjectives.get(lemma.lower())
        return None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Merge the groups: a lemma in several groups allows the union of their dependents."""
    raw = load_raw()
    mined = raw.get("mined", {})
    denied = set(mined.get("not_cues", {}).get("lemmas", []))
    aspectual = frozenset(raw.get("aspectual", {}).get("lemmas", []))
    cues, curated = _verb_cues(raw, denied, aspectual)
    according = tuple(tuple(p.split()) for p in raw["according_to"]["phrases"])
    control = raw.get("control", {})
    acts = raw.get("acts", {})
    adjectives = _mined_cues(mined, "adj_roles", denied)
    for lem, r in raw.get("adjectives", {}).get("roles", {}).items():
        old = adjectives.get(lem)
        adjectives[lem] = Cue(lem, frozenset(r) | (old.content if old else frozenset()), False)
    return Lexicon(
        cues,
        according,
        int(raw["max_speaker_distance_chars"]),
        int(raw["min_unattributed_words"]),
        _mined_cues(mined, "noun_roles", denied),
        adjectives,
        frozenset(denied - curated),
        dict(raw.get("lemma_fixes", {}).get("words", {})),
        dict(raw.get("headlines", {})),
        aspectual,
        frozenset(control.get("object_control", [])),
        frozenset(control.get("issuer_nouns", [])),
        frozenset(raw.get("unsourced", {}).get("lemmas", [])),
        _frames(raw.get("frames", {})),
        frozenset(raw.get("object_not_content", {}).get("lemmas", [])),
        frozenset(raw.get("unsourced", {}).get("asked", [])),
        frozenset(raw.get("unmade", {}).get("heads", [])),
        frozenset(raw.get("deeds", {}).get("lemmas", [])),
        frozenset(raw.get("deeds", {}).get("information", [])),
        frozenset(raw.get("as_it", {}).get("lemmas", [])),
        frozenset(raw.get("unsourced", {}).get("raising", [])),
        frozenset(raw.get("statement_time", {}).get("nouns", []))
        | frozenset(control.get("issuer_nouns", [])),
        frozenset(raw.get("statement_time", {}).get("within", [])),
        frozenset(acts.get("lemmas", [])),
        frozenset(acts.get("claims", [])),
        frozenset(acts.get("naming", [])),
        frozenset(acts.get("depicting", {}).get("lemmas", [])),
        frozenset(acts.get("depicting", {}).get("media", [])),
        frozenset(acts.get("resolving", [])),
        frozenset(acts.get("publishing", {}).get("lemmas", [])),
        frozenset(acts.get("publishing", {}).get("wordless", [])),
        frozenset(acts.get("adopting", {}).get("lemmas", [])),
        frozenset(acts.get("adopting", {}).get("policies", [])),
        clause_breaks=frozenset(raw.get("clause_breaks", {}).get("words", [])),
        ensuring=frozenset(
            (verb, adj)
            for verb, adj in (p.split() for p in raw.get("ensuring", {}).get("phrases", []))
        ),
        compared=frozenset(raw.get("compared", {}).get("lemmas", [])),
        clause_marks=frozenset(control.get("clause_marks", [])),
        tellers=frozenset(raw.get("addressees", {}).get("lemmas", [])),
    )


def _verb_cues(raw: dict[str, Any], denied: set[str],
               aspectual: frozenset[str]) -> tuple[dict[str, Cue], set[str]]:
    """Each cue verb with the union of its groups' content roles (direct if any group is),
    then a mined lemma's roles unless only mined and denied; aspectual verbs take no xcomp,
    verbs whose object is no content no dobj. With the curated lemmas (those of a group)."""
    roles: dict[str, set[str]] = {}
    direct: dict[str, bool] = {}
    for group in raw["groups"]:
        for lemma in group["lemmas"]:
            roles.setdefault(lemma, set()).update(group["content"])
            direct[lemma] = direct.get(lemma, False) or bool(group["direct"])
    curated = set(roles)
    for lemma, mined in raw.get("mined", {}).get("lemma_roles", {}).items():
        if lemma in denied and lemma not in curated:
            continue
        roles.setdefault(lemma, set()).update(mined)
        direct.setdefault(lemma, False)
    for lemma in aspectual & set(roles):
        roles[lemma].discard("xcomp")
    for lemma in set(raw.get("object_not_content", {}).get("lemmas", [])) & set(roles):
        roles[lemma].discard("dobj")
    cues = {lem: Cue(lem, frozenset(r), direct[lem], lem in curated) for lem, r in roles.items()}
    return cues, curated


def _mined_cues(mined: dict[str, Any], key: str, denied: set[str]) -> dict[str, Cue]:
    """The mined cues of one table (nouns, adjectives): never direct nor curated."""
    return {
        lem: Cue(lem, frozenset(r), False, False)
        for lem, r in mined.get(key, {}).items()
        if lem not in denied
    }


def _frames(raw: dict[str, Any]) -> dict[str, Any]:
    """The stance frames' word lists as sets, keyed by frame then by list name."""
    return {
        name: {key: frozenset(words) for key, words in spec.items()}
        for name, spec in raw.items()
        if isinstance(spec, dict) and name != "examples"
    }
