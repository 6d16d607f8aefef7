"""Whether a word names a party that can act: one test, read three ways.

The test: 'it' or 'they' is read as what it stands for (:func:`agents.antecedent`); then a
word of a GPE, ORG, NORP or PERSON name is a party, and so is a word whose lemma (noun
lemma or lookup lemma) is in the party lemma sets: roles.json compulsions doers ('the
junta', 'security police'), obligations parties ('both sides', 'member states'), entities
titles ('the president') and description heads ('the company'). Each use says in a
:class:`PartyPolicy` how far it goes: which sets, whether any proper noun counts, which
pronouns are a party by themselves, whether a pronoun standing for nothing is none at
once, whether only a noun's lemma is asked and whether a description must be definite.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from dateline.entities.resources import description_heads, organisation_heads, titles
from dateline.events import lexicon
from dateline.events.agents import antecedent
from dateline.events.candidate import ACTOR_ENTS, NOUN_POS
from dateline.events.kids import kids_of
from dateline.events.words import lookup_lemma, noun_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class PartyPolicy:
    """How far one use of :func:`is_party` goes beyond names and compulsions doers."""

    #: obligations parties and titles count ('both sides', 'the president')
    officials: bool
    #: description heads: none count, any ('the company', 'sales' no: no head), or only a
    #: definite one (:func:`_definite_description`)
    descriptions: Literal["none", "any", "definite"]
    #: pronouns that are a party by themselves ('he', 'we')
    pronouns: frozenset[str] = frozenset()
    #: a pronoun that stands for no noun ('he', 'it' with no antecedent) is no party
    lone_pronoun_none: bool = False
    #: any proper noun counts, not only a word of a GPE, ORG, NORP or PERSON name
    proper_nouns: bool = True
    #: the lemma sets are asked only of a noun or a proper noun
    nouns_only: bool = True


#: Who can refuse ('decline' with nothing declined: senses._party_subject): a person
#: pronoun counts, and so does any description head ('the company declined'); 'incidents',
#: 'sales', 'the number of cases' decline as things that fall.
REFUSER = PartyPolicy(officials=True, descriptions="any",
                      pronouns=frozenset({"he", "she", "they", "we", "i", "you", "who"}),
                      nouns_only=False)
#: Whom a reported duty binds (duty.must_frame): any proper noun ('BP should pay'), 'it' or
#: 'they' standing for a party; 'he' or 'she' by itself is none ('relatives argued that she
#: should have a life abroad' asks no act); compulsions doers or obligations parties ('the
#: government', 'rebels', 'both sides', 'member states'), a title ('the president'); a
#: description of an organisation ('the company', 'its lender') only made definite, owned or
#: named. 'Investors', 'clinics', 'the rise' are no party.
DUTY_BOUND = PartyPolicy(officials=True, descriptions="definite", lone_pronoun_none=True)
#: Who can force or ask another (verb_frames.compelled, wish_frame, _hoped_act): a word of
#: a party's name or a compulsions doer ('the junta'); a proper noun outside any name, a
#: title or a description is none.
COMPELLER = PartyPolicy(officials=False, descriptions="none", proper_nouns=False)

#: Whom a permission is given to when the sentence does not name it (senses.about_party):
#: a word of a party's name or a compulsions doer ('gave the rebels permission'); 'the
#: company' or a proper noun outside any name is none (a business permission).
RECEIVER = PartyPolicy(officials=False, descriptions="none", proper_nouns=False)

_INDEFINITE = frozenset({"a", "an", "some", "any", "no", "many", "most", "all", "every", "each",
                         "other", "such", "more", "few", "several"})


def is_party(s: Token, policy: PartyPolicy) -> bool:
    """Whether ``s`` (or what 'it' or 'they' stands for) names a party, as ``policy`` reads it."""
    ref = antecedent(s)
    if ref is not None:
        s = ref
    elif s.pos_ == "PRON" and policy.lone_pronoun_none:
        return False
    if s.lower_ in policy.pronouns:
        return True
    if s.ent_type_ in ACTOR_ENTS or (policy.proper_nouns and s.pos_ == "PROPN"):
        return True
    if policy.nouns_only and s.pos_ not in NOUN_POS:
        return False
    r = lexicon.roles()
    # the sets asked one by one: a union of them built per word would copy the titles and
    # description heads on every call (a hot path: every subject of every candidate verb)
    heads = [r.compulsion_doers]
    if policy.officials:
        heads += [r.duty_parties, titles().titles]
    if policy.descriptions == "any":
        heads.append(description_heads())
    lemmas = {noun_lemma(s), lookup_lemma(s)}
    if any(lemmas & h for h in heads):
        return True
    return (policy.descriptions == "definite" and bool(lemmas & description_heads())
            and _definite_description(s, lemmas))


def _definite_description(s: Token, lemmas: set[str]) -> bool:
    """A description of an organisation made definite or owned ('the company', 'its
    lender'), or modified by a name ('the Belvorian bank', 'Israeli forces'). A bare plural
    of a firm's or a group's kind ('firms', 'Dorvan firms', 'the qualifying groups') is
    none."""
    one = s.tag_ in ("NN", "NNP")
    named = any(m.dep_ in ("compound", "amod", "poss", "nmod")
                and (m.pos_ == "PROPN" or m.ent_type_ in ACTOR_ENTS) for m in kids_of(s))
    if named and (one or not lemmas & organisation_heads()):
        return True  # 'the Belvorian bank', 'Israeli forces'; 'Dorvan firms' are no one
    return one and any((m.dep_ == "det" and m.lower_ not in _INDEFINITE) or m.dep_ == "poss"
                       for m in kids_of(s))
