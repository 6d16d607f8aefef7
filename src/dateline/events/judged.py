"""An act judged a violation by whoever reports it (roles.json judged_violations).

'The Red Cross said the shelling of the hospital was a breach of the Geneva Conventions',
'described the seizure of the boats as an infringement of its sovereignty', 'said the new
law contravened the constitution': the sentence tells a judgement of the act, an accusation
(ACCUSE), not the act; the act is what the judgement charges, so it is made subordinate to
it. An actor that breaks a rule does the act itself ('both armies violated the truce').
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.candidate import ACTOR_ENTS, Candidate
from dateline.events.kids import kids_of
from dateline.events.parties import DUTY_BOUND, is_party
from dateline.events.senses import nominal_verb
from dateline.events.words import lookup_lemma, noun_lemma
from dateline.wordlists import PERSONAL_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.words_read import SentenceWords


def judge(sent: SentenceWords, cands: list[Candidate]) -> list[Candidate]:
    """Re-root or add the judgement each violation or verdict word tells of an act in the
    sentence, and make the candidates inside the judged phrase its subordinates; then the
    same for each feeling shown at an act (:func:`_reactions`), which has the last word."""
    by_head = {c.head.i: c for c in cands}
    out = list(cands)
    roots = _words()
    feelings = lexicon.roles().reactions
    judging: list[tuple[Token, str]] = []
    reacting: list[tuple[Token, str]] = []
    # both kinds of word, each read off the sentence's words (a Token only for those found);
    # a sentence with no feeling's word is told so by one test (most have none)
    felt = not (feelings.keys().isdisjoint(sent.lowers)
                and feelings.keys().isdisjoint(sent.lemmas))
    for j, (lemma, pos, low) in enumerate(zip(sent.lemmas, sent.pos, sent.lowers, strict=True)):
        if lemma in roots:
            judging.append((sent.token(j), lemma))
        elif pos == "VERB" and (word := sent.lookup(j)) in roots:
            judging.append((sent.token(j), word))
        if felt and (root := feelings.get(low) or feelings.get(lemma)) is not None:
            reacting.append((sent.token(j), root))
    done: set[int] = set()
    for tok, word in judging:
        pred = _predicate(tok)
        if pred.i in done or (found := _judged_act(pred, by_head)) is None:
            continue
        done.add(pred.i)
        c = by_head.get(pred.i)
        if c is None:
            c = Candidate(pred, roots[word], f"judged:{word}", [pred], None, control=True)
            out.append(c)
        else:
            c.root, c.rule, c.control = roots[word], c.rule + "+judged", True
        c.judged = found
        _govern(c, out, {t.i for t in found[1].subtree} | {t.i for t in pred.subtree})
    _reactions(reacting, by_head, out)
    return out


def _govern(c: Candidate, out: list[Candidate], inside: set[int]) -> None:
    """Make the candidates on the tokens ``inside`` what ``c`` judges."""
    for x in out:
        if x is not c and x.head.i in inside:
            x.subordinate, x.governor = True, c


def _reactions(reacting: list[tuple[Token, str]], by_head: dict[int, Candidate],
               out: list[Candidate]) -> None:
    """A feeling shown at an act ('voiced alarm at the massing of troops', 'was shocked by
    the killing', 'expressed satisfaction with the release'; roles.json verdicts
    'reactions'; ``reacting``: the feeling words and their roots): blame or praise of it
    by the one who feels it, the act its subordinate."""
    for tok, root in reacting:
        if (found := _reacted(tok, set(by_head))) is None:
            continue
        head, act = found
        c = by_head.get(head.i)
        if c is None:
            c = Candidate(head, root, f"reaction:{tok.lemma_.lower()}", [head], None, control=True)
            out.append(c)
            by_head[head.i] = c
        else:
            c.root, c.rule, c.control = root, c.rule + "+reaction", True
        if (feeler := _feeler(head)) is not None and feeler.dep_ == "nsubjpass":
            # 'was shocked by the raid' is read as a passive: its subject feels, the
            # by-object is what is felt at, so who feels it blames the act's doer
            c.judged = (feeler, act)
        if act.i not in by_head and not _is_act(act) and _party_felt_at(act):
            # 'disappointed with Tarvia's leaders': the party felt at is the target itself
            c.judged = (feeler if feeler is not None and feeler.dep_ == "nsubjpass" else None,
                        act)
            c.extra["felt_at"] = "party"
        _govern(c, out, {t.i for t in act.subtree})


def _feeler(head: Token) -> Token | None:
    """Who feels a reaction: the subject of the word it is coded on ('Kessland voiced alarm',
    'the president was shocked')."""
    return next((c for c in kids_of(head) if c.dep_ in ("nsubj", "nsubjpass")), None)


def _reacted(tok: Token, coded: set[int]) -> tuple[Token, Token] | None:
    """(the word the reaction is coded on, the act it is to: a noun another finder coded,
    ``coded``, or an act) of a feeling word: a noun shown
    ('expressed concern about', 'voiced alarm at', 'reacted with anger to'), a participle
    or adjective of the one who feels it ('was shocked by', 'is pleased with')."""
    r = lexicon.roles()
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and lookup_lemma(tok.head) in r.feeling_verbs:
        head = tok.head
    elif (tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "with"
          and lookup_lemma(tok.head.head) in r.feeling_verbs):
        head = tok.head.head
    elif tok.pos_ == "VERB" and tok.tag_ == "VBN" and any(
            c.dep_ == "auxpass" for c in kids_of(tok)):
        head = tok
    elif tok.pos_ == "ADJ" and tok.dep_ == "acomp":
        head = tok.head
    else:
        return None
    acts = [g for p in (*kids_of(tok), *kids_of(head))
            if p.dep_ in ("prep", "agent") and p.lower_ in r.feeling_preps
            for g in kids_of(p) if g.dep_ == "pobj"]
    act = next((a for a in acts if a.i != tok.i and (a.i in coded or _is_act(a))
                and not _happening(a)), None)
    if act is None:  # 'voiced satisfaction after Arland agreed to ...': a clause's act
        act = next((v for v in (*kids_of(tok), *kids_of(head))
                    if v.dep_ in ("advcl", "ccomp") and v.i in coded
                    and any(m.dep_ == "mark" and m.lower_ in r.feeling_marks
                            for m in kids_of(v)) and not _own_doing(v)), None)
    if act is None and _named(_feeler(head)):
        # a named party's feeling at another's doing: 'Tessia is concerned over Kessland's
        # growing might', 'the Orlund envoy was angered by Kessland's remarks'
        act = next((a for a in acts if a.i != tok.i and _doing_of(a)), None)
    if act is None and _party_feeler(_feeler(head)):
        # a party's feeling at another party itself: 'was disappointed with Tarvia's
        # leaders', 'was happy with the Velkan president'
        act = next((a for a in acts if a.i != tok.i and a.head.lower_ in r.feeling_party_preps
                    and _party_felt_at(a)), None)
    return (head, act) if act is not None else None


def _happening(tok: Token) -> bool:
    """'encouraged by recent developments', 'pleased with the progress': what happened at
    large (roles.json verdicts happenings), no party's act, unless an of-phrase names
    whose ('the progress of the talks')."""
    return (tok.lower_ in lexicon.roles().happenings
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in kids_of(tok)))


def _own_doing(verb: Token) -> bool:
    """'we are glad that we could sign the accord': a clause whose doer is the
    speakers' own side (roles.json verdicts own_doers) tells their own act, which the
    feeling praises or blames no party for; the act is the event."""
    own = lexicon.roles().feeling_own_doers
    return any(c.dep_ == "nsubj" and c.lower_ in own for c in kids_of(verb))


def _party_feeler(tok: Token | None) -> bool:
    """Who can blame or praise a party: a party named or a person pronoun ('he said he was
    disappointed with X': the teller); not 'the nation' nor 'investors'."""
    return tok is not None and (_named(tok) or tok.lower_ in PERSONAL_PRONOUNS)


def _party_felt_at(tok: Token) -> bool:
    """A party a feeling is at: a name ('Brun', 'Tarvia'), or an official or body a name
    qualifies or owns ('the Velkan president', 'Tarvia's leaders'); not a pronoun, a thing
    ('the result of the match') nor a name's thing ('the Lirn economy')."""
    if tok.pos_ == "PRON":
        return False
    if tok.ent_type_ in ACTOR_ENTS or (tok.pos_ == "PROPN" and not tok.ent_type_):
        return True  # a name the tagger left untyped ('with Brun') is a name still
    return _named(tok) and is_party(tok, DUTY_BOUND) and not tok.ent_type_


def _doing_of(tok: Token) -> bool:
    """A common noun a named party owns ('Kessland's growing might', 'the remarks of the
    Orlund envoy'): a feeling at it is at that party's doing, as at an act."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or noun_lemma(tok) in lexicon.roles().undergone:
        return False
    return any((c.dep_ == "poss" and _named(c)) or (c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and _named(g) for g in kids_of(c))) for c in kids_of(tok))


def _named(tok: Token | None) -> bool:
    """A party named, or a word a name qualifies ('Kessland', 'the Orlund envoy'), not
    traders or a team: their feelings are no political judgement."""
    return tok is not None and (tok.ent_type_ in ACTOR_ENTS or any(
        c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in ACTOR_ENTS
        for c in kids_of(tok)))


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    """Every lemma a violation or verdict word can have (a phrasal verb by its verb) and the
    root it tells."""
    r = lexicon.roles()
    out = {w: "ACCUSE" for w in r.judged_nouns | r.judged_adjectives}
    out.update({v.split()[0]: "ACCUSE" for v in r.judged_verbs})
    out.update(r.verdicts)
    return out


def _predicate(tok: Token) -> Token:
    """The predicate a verdict word sits in: the noun an adjective qualifies ('a hostile
    act', 'a positive step'), the noun an of-object completes ('an act of aggression'),
    else the word itself."""
    if tok.dep_ in ("amod", "compound") and tok.head.pos_ == "NOUN":
        tok = tok.head  # 'a goodwill gesture'
    if (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN"
            and tok.head.head.i < tok.i):
        return tok.head.head  # 'a sign of good faith'
    return tok


def _judged_act(tok: Token, by_head: dict[int, Candidate]) -> tuple[Token | None, Token] | None:
    """(who judges, the act judged) of a violation or verdict predicate, when what it is
    said of is an act and the clause is reported or judged; else None. A noun another
    finder coded is an act too ('build-up', whose trigger is the compound before the head).
    Who judges is the subject of the report or judging verb over it (args reads it from
    the candidate: the walk up the heads is made once)."""
    act = _predicated_of(tok)
    if act is None or (teller := _teller(tok)) is None:
        return None
    coded = any(x.i in by_head for x in kids_of(act) if x.dep_ == "compound")
    return (_subject(teller), act) if coded or act.i in by_head or _is_act(act) else None


def _predicated_of(tok: Token) -> Token | None:
    """What a violation verb or a predicate noun or adjective is said of: the verb's
    subject ('the law contravened'), a linking verb's subject ('was a breach of', 'amounted
    to a violation of', 'were in violation of', 'was unacceptable'), or the object a
    judging verb names ('described the raid as a breach', 'called the expulsion an
    infringement'), or what a judging verb's 'as' names it ('described the warrant as
    illegal')."""
    r = lexicon.roles()
    if tok.pos_ == "VERB":
        lemma = lookup_lemma(tok)
        if lemma in r.judged_verbs or any(f"{lemma} {c.lower_}" in r.judged_verbs
                                          for c in kids_of(tok) if c.dep_ in ("advmod", "prt")):
            return _subject(tok)
        return None
    if tok.pos_ == "ADJ":
        if tok.dep_ == "conj" and tok.head.dep_ == "acomp":
            tok = tok.head  # 'was unacceptable and politically motivated'
        if tok.head.lower_ == "as" and tok.dep_ in ("amod", "acomp", "pobj"):
            return _judged_as_object(tok.head)  # 'described the warrant as illegal'
        ok = tok.dep_ == "acomp" and tok.head.lemma_.lower() in r.judged_links
        return _subject(tok.head) if ok else None
    if tok.pos_ != "NOUN":
        return None
    while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        tok = tok.head  # 'was a provocation and a violation of'
    head = tok.head
    if tok.dep_ in ("attr", "dobj") and head.lemma_.lower() in r.judged_links:
        return _subject(head)
    if tok.dep_ == "oprd" and head.lemma_.lower() in r.judged_as:
        return next((c for c in kids_of(head) if c.dep_ == "dobj"), None)
    if tok.dep_ != "pobj" or head.dep_ != "prep":
        return None
    gov, word = head.head, head.lower_
    if word in ("to", "in") and gov.lemma_.lower() in r.judged_links:
        return _subject(gov)  # 'amounted to a violation', 'were in violation of'
    return _judged_as_object(head) if word == "as" else None


def _judged_as_object(as_: Token) -> Token | None:
    """The object a judging verb's 'as' is said of: the verb's direct object ('described
    the raid as a breach'), the object the parser hung 'as' on, or the object whose
    participle it hung it on ('described the warrant issued by X as illegal')."""
    judging = lexicon.roles().judged_as
    gov = as_.head
    if gov.lemma_.lower() in judging:
        return next((c for c in kids_of(gov) if c.dep_ == "dobj"), None)
    if gov.dep_ == "acl" and gov.head.dep_ == "dobj":
        gov = gov.head  # 'as' on the object's participle
    if gov.dep_ == "dobj" and gov.head.lemma_.lower() in judging:
        return gov  # the parser hangs 'as' on the object: 'described the raid as a breach'
    return None


def _subject(tok: Token) -> Token | None:
    return next((c for c in kids_of(tok) if c.dep_ == "nsubj"), None)


def _is_act(tok: Token) -> bool:
    """An act or a measure, not an actor: an event noun, a noun formed from a lexicon verb,
    a document or one of roles.json judged_violations measures."""
    if tok.pos_ != "NOUN" or tok.ent_type_ in ACTOR_ENTS:
        return False
    r = lexicon.roles()
    lemma = noun_lemma(tok)
    return (lookup_lemma(tok) in lexicon.nouns() or lemma in r.documents
            or lemma in r.judged_measures or nominal_verb(tok) is not None)


def _teller(tok: Token) -> Token | None:
    """The report or judging verb above a word, or the report verb the parser hung after
    its clause; None when there is none."""
    r = lexicon.roles()
    words = r.report | r.judged_as
    t, steps = tok, 0
    while steps < 40:
        if t.pos_ == "VERB" and lookup_lemma(t) in words:
            return t
        if t.head.i == t.i:
            break
        t, steps = t.head, steps + 1
    return next((c for c in kids_of(t) if c.dep_ in ("parataxis", "ccomp") and c.i > tok.i
                 and lookup_lemma(c) in r.report), None)
