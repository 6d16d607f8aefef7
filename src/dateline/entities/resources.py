"""Entity lexicons (states/demonyms, titles, descriptions), loaded once from package data.

The lexicons are data (``dateline/data/entities/*.json``) so they can grow without code
changes; this module only compiles them into dict lookups keyed by lower-cased text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


def load_json(name: str) -> dict[str, Any]:
    """Read ``dateline/data/entities/<name>``."""
    ref = resources.files("dateline").joinpath("data", "entities", name)
    data: dict[str, Any] = json.loads(ref.read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True)
class StateLexicon:
    """Lower-cased alias/demonym -> (state, kind) where kind is 'name'|'alias'|'demonym'."""

    lookup: dict[str, tuple[str, str]]

    def state_of(self, text: str) -> tuple[str, str] | None:
        key = _norm(text)
        if key.startswith("the "):
            key = key[4:]
        hit = self.lookup.get(key)
        if hit is None and key.endswith("s"):
            hit = self.lookup.get(key[:-1])
            if hit is not None and hit[1] != "demonym":
                hit = None  # only demonyms pluralise ("Palestinians"), not state names
        return hit


@dataclass(frozen=True)
class TitleLexicon:
    titles: frozenset[str]
    modifiers: frozenset[str]
    max_len: int


@dataclass(frozen=True)
class Description:
    id: str
    heads: frozenset[str]
    requires_modifier: frozenset[str]
    labels: frozenset[str]
    role: str
    #: a state word must modify the head ('the Norlish carmaker'); the description is then
    #: the organisation it names, never that state
    requires_state: bool = False
    #: words naming a public body, whose name is no such organisation's antecedent
    not_antecedent_words: frozenset[str] = frozenset()
    #: the antecedent's name must hold one of these words ('the agency' recalls a name
    #: such as 'Food Safety Agency' or 'Maritime Service', never a company's): empty, any
    antecedent_words: frozenset[str] = frozenset()
    #: an acronym ending in one of these letters counts as holding an antecedent word
    #: ('NMSA' for 'the agency', 'GHO' for 'the organisation'): the body's last word
    acronym_ends: frozenset[str] = frozenset()
    #: which earlier organisation a plain description recalls: 'nearest' (named last) or
    #: 'most_named' (the one the article names most, as requires_state does)
    pick: str = "nearest"
    #: a plain description: no name inside, no state word, none of ``not_modifiers`` ('the
    #: other company'), nothing after its head ('the company that owns the rig', 'the
    #: group of students'), and no indefinite phrase of its head between ('a group of
    #: residents ... the group'); a requires_state one is never plain
    plain: bool = False
    not_modifiers: frozenset[str] = frozenset()
    #: sentences back the antecedent may be (None: the file's window)
    window: int | None = None
    #: with no antecedent by the word rules, the one organisation named within this many
    #: sentences before (0: its own sentence) when it is the only one named there ('Torvik
    #: Oil said ... the group said': the group); None: never
    sole_window: int | None = None
    #: that sole organisation must be an acronym the article never expands ('KRF's clinics
    #: ... the agency')
    sole_acronym: bool = False
    #: words naming a public body, whose name is no such sole organisation ('the group'
    #: after the EPA alone is some other group)
    sole_not_words: frozenset[str] = frozenset()
    #: ids of descriptions: a sole organisation the article links one of them to anywhere
    #: ('the company' recalling it) is none of this description's ('the agency' is no
    #: company the article names by its initials)
    sole_not_described_as: frozenset[str] = frozenset()
    #: heads of an indefinite phrase that brings in an organisation between the sole one
    #: and the description ('set up a charitable trust ... the group': that one)
    sole_new_nouns: frozenset[str] = frozenset()
    #: a name right before the same head noun ('the Sela Ridge rig' ... 'the rig') is the
    #: description's antecedent, whatever the recogniser labelled it: an installation
    same_head: bool = False


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").lower().split())


@lru_cache(maxsize=1)
def states() -> StateLexicon:
    data = load_json("states.json")["states"]
    lookup: dict[str, tuple[str, str]] = {}
    for state, info in data.items():
        lookup[_norm(state)] = (state, "name")
        for alias in info.get("aliases", []):
            lookup.setdefault(_norm(alias), (state, "alias"))
        for dem in info.get("demonyms", []):
            lookup.setdefault(_norm(dem), (state, "demonym"))
    return StateLexicon(lookup)


@lru_cache(maxsize=1)
def titles() -> TitleLexicon:
    data = load_json("titles.json")
    tset = frozenset(_norm(t) for t in data["titles"])
    return TitleLexicon(
        titles=tset,
        modifiers=frozenset(_norm(m) for m in data["modifiers"]),
        max_len=max(len(t.split()) for t in tset),
    )


@lru_cache(maxsize=1)
def affiliation_words() -> tuple[frozenset[str], frozenset[str]]:
    """(role words, link words) of titles.json 'affiliation': the words a person's role may
    hold (the titles' own words, their modifiers and 'roles') and those between a role and
    the organisation after it ('head of', 'engineer at')."""
    data = load_json("titles.json")
    aff = data["affiliation"]
    phrases = (*data["titles"], *data["modifiers"], *aff["roles"])
    words = {w for t in phrases for w in _norm(t).split()}
    links = frozenset(_norm(w) for w in aff["links"])
    return frozenset(words - links), links


@lru_cache(maxsize=1)
def descriptions() -> tuple[int, tuple[Description, ...]]:
    data = load_json("descriptions.json")
    out = tuple(
        Description(
            id=d["id"],
            heads=frozenset(_norm(h) for h in d["heads"]),
            requires_modifier=frozenset(_norm(m) for m in d["requires_modifier"]),
            labels=frozenset(d["labels"]),
            role=d["role"],
            requires_state=bool(d.get("requires_state", False)),
            not_antecedent_words=frozenset(_norm(w) for w in d.get("not_antecedent_words", [])),
            antecedent_words=frozenset(_norm(w) for w in d.get("antecedent_words", [])),
            acronym_ends=frozenset(d.get("acronym_ends", [])),
            pick=str(d.get("pick", "nearest")),
            plain=bool(d.get("plain", False)),
            not_modifiers=frozenset(_norm(w) for w in d.get("not_modifiers", [])),
            window=int(d["window"]) if "window" in d else None,
            sole_window=int(d["sole"]["window"]) if "sole" in d else None,
            sole_acronym=bool(d.get("sole", {}).get("acronym", False)),
            sole_not_words=frozenset(_norm(w) for w in d.get("sole", {}).get("not_words", [])),
            sole_not_described_as=frozenset(d.get("sole", {}).get("not_described_as", [])),
            sole_new_nouns=frozenset(_norm(w) for w in d.get("sole", {}).get("new_nouns", [])),
            same_head=bool(d.get("same_head", False)),
        )
        for d in data["descriptions"]
    )
    return int(data["window"]), out


def norm(text: str) -> str:
    """Lower-case, straight apostrophes, single spaces (the key every lookup uses)."""
    return _norm(text)


@lru_cache(maxsize=1)
def organisation_words() -> frozenset[str]:
    """Last words (as written) that make a PERSON-labelled name an organisation."""
    return frozenset(load_json("organisations.json")["last_words"])


@lru_cache(maxsize=1)
def unit_words() -> tuple[frozenset[str], frozenset[str]]:
    """Nouns of a body inside an organisation or state ('Ministry', 'Board') and the names
    of government portfolios ('Interior'), as written (organisations.json units)."""
    data = load_json("organisations.json")
    return frozenset(data["units"]), frozenset(data["portfolios"])


@lru_cache(maxsize=1)
def organisation_heads() -> frozenset[str]:
    """Head nouns that a demonym may modify without making the phrase its state ('the
    Norlish energy giant' is a company): the heads of the state-modified descriptions."""
    return frozenset(h for d in descriptions()[1] if d.requires_state for h in d.heads)


@lru_cache(maxsize=1)
def description_heads() -> frozenset[str]:
    """Head nouns of every description ('the company', 'the government', 'the rebels')."""
    return frozenset(h for d in descriptions()[1] for h in d.heads)


@lru_cache(maxsize=1)
def installation_nouns() -> frozenset[str]:
    """Nouns of rigs, wells and vessels: a name right before one names the thing ('the Dana
    Ridge rig'), or its owner ('the Brask rig'), never a person nor a speaking company."""
    return frozenset(_norm(w) for w in load_json("organisations.json")["installation_nouns"])

