"""Stance frames with no cue verb of their own (lexicon section ``frames``).

* received: "The plan drew sharp criticism from the unions", "Smith has the support
  of the mayor" -- the object of from/of holds the stance, the subject is what it is
  about, the verb through the noun is the cue;
* agent nouns: "Jones is a fierce critic of the plan" -- the subject holds the stance,
  the object of of/for is what it is about, the copula through the preposition is
  the cue;
* polls: "In a CNN poll, 40 percent said ..." -- the poll is the source of the rest
  of the clause, like "according to"; inside a clause only a poll told as one of many
  ("Clinton led by 9 points in a Gallup poll", "in the average of recent polls"), not
  "she trailed in the polls";
* perspective: "In the mayor's view, the plan is dead", "in the words of one aide"
  -- the possessor (or the object of "of") holds the rest of the clause;
* experiencer: "The new fees angered many shop owners", "That worries the board" --
  a verb of feeling whose object feels it: the object holds the stance, the subject is
  what it is about, the verb is the cue;
* held: "Most voters have doubts about the plan", "She made the case that ...", "He
  has taken a hard stance against ..." -- a light verb whose object is a noun of view or
  statement: the subject holds it, the noun's complement (a listed preposition's
  object, a that-clause or infinitive) is the content, the verb through the noun (and
  preposition) the cue; "made (it) clear that ..." likewise with its clause;
* told: "Rubio's response was that ...", "My impression is that ..." -- a noun of view
  or statement as the subject of 'be' with a clause: its possessor holds the clause;
* viewer: "To Ms. Lindqvist, the toll is a mistake" -- a clause opened by 'To' + a
  person or organisation and a comma is how it seems to them;
* sides: "The senators are against the plan" -- a copula with only 'against'/'for' + a
  phrase: its subject, a person or group, holds the side it takes on the phrase.

Each is found by its parse shape around one token, so the cost per token is a set
lookup unless the word is one the frame lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Quote
from dateline.quotes.context import Context
from dateline.quotes.subjects import subject
from dateline.quotes.syntax import clip, source_range, subtree_range
from dateline.wordlists import ACTOR_ENTS

if TYPE_CHECKING:
    from spacy.tokens import Token


def find(ctx: Context, tok: Token) -> Quote | None:
    """The stance frame ``tok`` heads (a received-stance verb, an agent noun after a
    copula, a verb of feeling with its experiencer as object, a clause-opening 'In' +
    poll), or None."""
    frames = ctx.lex.frames
    if not frames:
        return None
    low = tok.lemma_.lower()
    if low not in ctx.lex.frame_lemmas and tok.lower_ not in ctx.lex.frame_words:
        return None  # no frame lists the word: the common case, decided by two lookups
    viewer = frames.get("viewer")
    if viewer is not None and tok.lower_ in viewer["prepositions"]:
        return _viewer(ctx, tok, viewer)  # a word no other frame lists: 'to'
    if ctx.in_quote(tok.idx) or tok.i in ctx.used_cues:
        return None
    if tok.pos_ in ("VERB", "AUX") and low in frames.get("received", {}).get("verbs", ()):
        got = _received(ctx, tok, frames["received"])
        if got is not None:
            return got
    if tok.pos_ in ("VERB", "AUX") and low in frames.get("held", {}).get("verbs", ()):
        got = _held(ctx, tok, frames["held"])
        if got is not None:
            return got
    if tok.pos_ == "NOUN" and low in frames.get("told", {}).get("nouns", ()):
        got = _told(ctx, tok)
        if got is not None:
            return got
    if tok.pos_ == "NOUN" and low in frames.get("agent_nouns", {}).get("nouns", ()):
        return _agent_noun(ctx, tok, frames["agent_nouns"])
    if tok.pos_ == "VERB" and low in frames.get("experiencer", {}).get("verbs", ()):
        found = _experiencer(ctx, tok)
        if found is not None:
            return found
    if tok.lower_ in frames.get("sides", {}).get("prepositions", ()):
        return _side(ctx, tok, frames["sides"])
    found = None
    if tok.lower_ in frames.get("polls", {}).get("prepositions", ()):
        found = _poll(ctx, tok, frames["polls"])
    if found is None and tok.lower_ in frames.get("perspective", {}).get("prepositions", ()):
        found = _perspective(ctx, tok, frames["perspective"])
    return found


def _prep_object(heads: list[Token], words: frozenset[str], after: int) -> Token | None:
    """The object of the first preposition from ``words`` that one of ``heads`` governs
    after token ``after``."""
    for head in heads:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in words and c.i > after:
                return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def _received(ctx: Context, verb: Token, spec: dict[str, frozenset[str]]) -> Quote | None:
    """'X drew criticism from Y', 'X has the backing of Y': Y holds the stance on X."""
    noun = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in spec["nouns"]
        ),
        None,
    )
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun is None or subj is None or ctx.in_quote(subj.idx):
        return None
    holder = _prep_object([noun, verb], spec["prepositions"], noun.i)
    if holder is None or ctx.in_quote(holder.idx):
        return None
    return _stance(ctx, verb, holder, subj, verb.idx, (verb.idx, noun.idx + len(noun)))


def _agent_noun(ctx: Context, noun: Token, spec: dict[str, frozenset[str]]) -> Quote | None:
    """'X is a fierce critic of Y': X holds the stance on Y."""
    cop = noun.head
    if noun.dep_ != "attr" or cop.lemma_.lower() not in spec["copulas"]:
        return None
    prep = next(
        (
            c
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in spec["prepositions"] and c.i > noun.i
        ),
        None,
    )
    topic = None if prep is None else next((o for o in prep.children if o.dep_ == "pobj"), None)
    subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
    if prep is None or topic is None or subj is None or ctx.in_quote(subj.idx):
        return None
    return _stance(ctx, cop, subj, topic, noun.idx, (cop.idx, prep.idx + len(prep)))


# a copula's dependents that make it say something else than which side its subject is on
_NOT_SIDE = frozenset({"attr", "acomp", "oprd", "expl", "ccomp", "xcomp", "prep", "agent"})
# names of a place: after a 'where' preposition they tell where, not what about
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _side(ctx: Context, prep: Token, spec: dict[str, frozenset[str]]) -> Quote | None:
    """'The senators are against the plan', 'She was for the pact': a copula whose one
    complement is a side's preposition and its phrase tells which side its subject, a
    person, group or people, is on; the phrase is the content, the copula through the
    preposition the cue. Not a place or time ('He was in Oslo for the opening', 'for
    years', an aside set off by commas), a thing ('It is against the law'), nor 'there'
    ('I will be there for you')."""
    cop = prep.head
    if prep.dep_ != "prep" or cop.lemma_.lower() not in spec["copulas"] or cop.i > prep.i:
        return None
    if any(t.is_punct for t in ctx.doc[cop.i + 1 : prep.i]):
        return None  # 'was, for now, the voice of the town': an aside, not a side
    if any(
        c.i != prep.i and (c.dep_ in _NOT_SIDE or c.lower_ in spec["places"])
        for c in cop.children
    ):
        return None
    about = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    subj = next((c for c in cop.children if c.dep_ == "nsubj" and c.i < cop.i), None)
    if about is None or subj is None or about.ent_type_ in ("DATE", "TIME", "CARDINAL"):
        return None
    if subj.lower_ not in spec["pronouns"] and not _names_actor(subj):
        return None
    return _stance(ctx, cop, subj, about, prep.idx, (cop.idx, prep.idx + len(prep)))


def _held(ctx: Context, verb: Token, spec: dict[str, frozenset[str]]) -> Quote | None:
    """'X has doubts about Y', 'X made the case that Y', 'X made it clear that Y': X
    holds (or states) the view Y. The noun's complement is the content: the object of a
    listed preposition after it (on the noun or the verb), or a that-clause or
    infinitive; with none, no stance is told ('She has a plan', 'They took a look')."""
    subj = subject(verb)
    if subj is None or subj.dep_ == "nsubjpass" or subj.i > verb.i or ctx.in_quote(subj.idx):
        return None
    if subj.lower_ in spec.get("dummies", ()):
        return None
    kids = [c for c in verb.children if c.i > verb.i]
    nouns = spec["nouns"]
    if verb.lemma_.lower() in spec.get("aiming_verbs", ()):
        nouns = nouns | spec.get("aiming_nouns", frozenset())
    noun = next(
        (c for c in kids if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in nouns),
        None,
    )
    clear = next(
        (c for c in kids if c.lower_ in spec.get("adjectives", ()) and c.pos_ == "ADJ"), None
    )
    if noun is not None:
        about, end = _complement(noun, verb, spec)
        told = _after_colon(ctx, noun) if about is None else None
        if told is not None:
            return _stance(ctx, verb, subj, noun, verb.idx, (verb.idx, told[0]), told[1])
    elif clear is not None and verb.lemma_.lower() in spec.get("stating", ()):
        after = [c for c in [*clear.children, *kids] if c.i > clear.i]
        # 'made clear that ...' (a ccomp), 'made it clear that ...' (parsed as an advcl)
        about = next((c for c in after if c.dep_ == "ccomp" or _that_clause(c)), None)
        end = clear.idx + len(clear)
    else:
        return None
    if about is None or ctx.in_quote(about.idx):
        return None
    return _stance(ctx, verb, subj, about, verb.idx, (verb.idx, end))


def _told(ctx: Context, noun: Token) -> Quote | None:
    """'Rubio's response was that ...', 'My impression is that ...': the possessor of a
    noun of view or statement that is the subject of 'be' holds the clause 'be' takes;
    the noun (through 'be' right after it) is the cue. Not a noun phrase ('His plan is a
    tax cut')."""
    be = noun.head
    if noun.dep_ != "nsubj" or be.lemma_.lower() != "be" or be.i < noun.i:
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    clause = next((c for c in be.children if c.dep_ == "ccomp" and c.i > be.i), None)
    if holder is None or clause is None or ctx.in_quote(holder.idx):
        return None
    end = be.idx + len(be) if be.i == noun.right_edge.i + 1 else noun.idx + len(noun)
    return _stance(ctx, noun, holder, clause, be.idx, (noun.idx, end))


def _that_clause(tok: Token) -> bool:
    return tok.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ == "that" for g in tok.children
    )


def _complement(
    noun: Token, verb: Token, spec: dict[str, frozenset[str]]
) -> tuple[Token | None, int]:
    """What a stance noun is about, and where its cue ends: a that-clause or infinitive
    on the noun (or a clause on the verb after it), else the object of the first listed
    preposition after it, on the noun or (from a shorter list: not 'on' or 'for', which
    there tell where or for whom: 'made similar comments on CNBC') on the verb."""
    for c in noun.children:
        if c.dep_ == "acl" and c.i > noun.i and any(
            g.lower_ in ("to", "that") and g.dep_ in ("aux", "mark") for g in c.children
        ):
            return c, noun.idx + len(noun)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > noun.i), None)
    if clause is not None:
        return clause, noun.idx + len(noun)
    for head, preps in ((noun, spec["prepositions"]), (verb, spec.get("verb_prepositions", ()))):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in preps and c.i > noun.i:
                obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
                if obj is not None and not _where(c, obj, spec):
                    return obj, c.idx + len(c)
    return None, 0


def _after_colon(ctx: Context, noun: Token) -> tuple[int, tuple[int, int]] | None:
    """'had one message: ...', 'have two main questions: how ...': a colon right after
    the stance noun (or its phrase) opens what it holds, up to the sentence's end; the
    cue's end (the colon) and that content's range, else None."""
    doc = ctx.doc
    after = (noun.i + 1, noun.right_edge.i + 1)
    colon = next((doc[i] for i in after if i < len(doc) and doc[i].text == ":"), None)
    si = ctx.sentence_index(noun.idx)
    if colon is None or si is None or colon.i + 1 >= len(doc):
        return None
    rng = clip(ctx.text, doc[colon.i + 1].idx, ctx.sentences[si].end, colon.idx)
    if rng is None or any(_telling(ctx, t) for t in doc[colon.i + 1 :] if t.idx < rng[1]):
        return None  # 'hold liberal views: 53% call themselves ...': each tells its own
    return colon.idx, rng


def _telling(ctx: Context, t: Token) -> bool:
    """A cue verb with a subject of its own: a report of its own."""
    return (
        t.pos_ == "VERB"
        and ctx.lex.cue(ctx.lex.lemma(t)) is not None
        and any(c.dep_ == "nsubj" for c in t.children)
    )


def _where(prep: Token, obj: Token, spec: dict[str, frozenset[str]]) -> bool:
    """'took a firm position in Iowa': a place after one of the 'where' prepositions
    tells where the stance was held, not what it is about ('an interest in Zika')."""
    return prep.lower_ in spec.get("where", ()) and obj.ent_type_ in _PLACES


def _experiencer(ctx: Context, verb: Token) -> Quote | None:
    """'X angered Y', 'That worries Y': Y, the object after the verb, feels it about the
    subject X before it. Not with a particle ('rattled off the talking points')."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subj is None or obj is None or not subj.i < verb.i < obj.i:
        return None
    if any(c.dep_ == "prt" for c in verb.children) or ctx.in_quote(obj.idx):
        return None
    return _stance(ctx, verb, obj, subj, verb.idx, (verb.idx, verb.idx + len(verb)))


def _stance(ctx: Context, cue: Token, holder: Token, about: Token, near: int,
            cue_span: tuple[int, int], rng: tuple[int, int] | None = None) -> Quote | None:
    """``holder`` holds a stance on ``about`` (its phrase is the content, clipped around
    ``near``, unless ``rng`` gives it), told through ``cue``; the quote both frames above
    make."""
    found = ctx.source(cue, holder)
    rng = rng or clip(ctx.text, *subtree_range(about), near)
    if found is None or rng is None:
        return None
    _, span, name = found
    ctx.used_cues.add(cue.i)
    return ctx.make_quote(rng, "indirect", cue_span, span, name)


def _poll(ctx: Context, prep: Token, spec: dict[str, frozenset[str]]) -> Quote | None:
    """'In a CNN poll, 40 percent ...' opening a sentence: the poll is the source of the
    rest of its sentence, and a cue there ('40 percent said ...') is left to it, as
    PolNeAR does. Inside a clause ('Clinton led by 9 points in a CNN poll') only a poll
    with an indefinite article or an of-phrase ('the average of recent polls') counts:
    'she trailed in the polls' names no one poll that says so."""
    if prep.dep_ != "prep":
        return None
    poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if poll is None or poll.lemma_.lower() not in spec["nouns"] or ctx.in_quote(prep.idx):
        return None
    if prep.i == prep.sent.start:
        rng = clip(ctx.text, subtree_range(prep)[1], prep.sent.end_char, prep.idx)
        if rng is None or len(ctx.text[rng[0] : rng[1]].split()) < 2:
            return None
    elif _one_of_many(poll, spec):
        lo, hi = subtree_range(prep)
        rng = rest_of_clause(ctx, prep, lo, hi)
        if rng is None:
            return None
    else:
        return None
    return _framed(ctx, poll, rng, (prep.idx, prep.idx + len(prep)))


def _one_of_many(poll: Token, spec: dict[str, frozenset[str]]) -> bool:
    """'a Gallup poll', 'an NBC survey', 'the average of the polls'."""
    kids = list(poll.children)
    return any(c.dep_ == "det" and c.lower_ in spec.get("determiners", ()) for c in kids) or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in kids
    )


def _perspective(ctx: Context, prep: Token, spec: dict[str, frozenset[str]]) -> Quote | None:
    """'In the mayor's view, ...', 'in the words of one aide, ...': the possessor or the
    object of 'of' holds the rest of the clause; the cue runs from 'in' to the noun."""
    if prep.dep_ != "prep":
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in spec["nouns"] or ctx.in_quote(prep.idx):
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        holder = None if of is None else next((o for o in of.children if o.dep_ == "pobj"), None)
    if holder is None:
        return None
    return _framed_rest(ctx, prep, holder, (prep.idx, noun.idx + len(noun)))




def _viewer(ctx: Context, prep: Token, spec: dict[str, frozenset[str]]) -> Quote | None:
    """'To Ms. Lindqvist, the toll is a mistake': a clause opened (after an 'and' or 'but'
    at most) by 'To' + a person, organisation or people and a comma is how it seems to
    them: they are the source of the rest of the clause, 'To' the cue. A thing or a time
    there ('To this day, ...', 'To the surprise of many, ...') is no one's view."""
    if not prep.is_sent_start:  # most 'to's: checked first, on the token's own flag
        before = ctx.doc[prep.i - 1] if prep.i else None
        if before is None or not before.is_sent_start or before.pos_ != "CCONJ":
            return None
    head = prep.head
    if prep.dep_ != "prep" or head.pos_ not in ("VERB", "AUX") or head.i < prep.i:
        return None
    holder = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if holder is None or ctx.in_quote(prep.idx) or prep.i in ctx.used_cues:
        return None
    end = holder.right_edge.i  # the comma after the phrase, which the parser may hang on it
    if ctx.doc[end].text != "," and (end + 1 >= len(ctx.doc) or ctx.doc[end + 1].text != ","):
        return None
    if holder.lower_ not in spec["pronouns"] and not _names_actor(holder):
        return None
    return _framed_rest(ctx, prep, holder, (prep.idx, prep.idx + len(prep)))


_CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp"})


def _names_actor(phrase: Token) -> bool:
    """Does the noun phrase itself, not a clause inside it, name a person, organisation,
    people or place ('White House officials'; not 'the extent that voters know Smith')?"""
    stack = [phrase]
    while stack:
        t = stack.pop()
        if t.ent_type_ in ACTOR_ENTS:
            return True
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSES)
    return False


def _framed_rest(ctx: Context, prep: Token, holder: Token, cue: tuple[int, int]) -> Quote | None:
    """The quote of a framing phrase opened by ``prep``: ``holder`` is the source of the rest
    of the clause after the phrase; None when the phrase leaves nothing of it."""
    lo, hi = subtree_range(prep)
    rng = rest_of_clause(ctx, prep, lo, hi)
    return None if rng is None else _framed(ctx, holder, rng, cue)


def _framed(ctx: Context, holder: Token, rng: tuple[int, int], cue: tuple[int, int]) -> Quote:
    """The quote a framing phrase makes: ``holder``'s phrase is the source of ``rng``."""
    from dateline.quotes.speakers import speaker_name

    src = source_range(holder)
    name = speaker_name(
        holder, src, ctx.mentions, ctx.in_quote, ctx.lex.max_speaker_distance, ctx.ann
    )
    return ctx.make_quote(rng, "indirect", cue, src, name)


def rest_of_clause(ctx: Context, tok: Token, start: int, end: int) -> tuple[int, int] | None:
    """The longer side, outside ``start:end``, of the clause ``tok``'s phrase hangs on
    (within its sentence and paragraph): what 'according to X' or 'in X's view' frames.
    None when that has fewer than two words."""
    si = ctx.sentence_index(tok.idx)
    if si is None:
        return None
    sent = ctx.sentences[si]
    lo, hi = sent.start, sent.end
    head = tok.head
    if head.i != tok.i and head.pos_ in ("VERB", "AUX"):
        while head.dep_ in ("conj", "advcl", "relcl") and head.head.i != head.i:
            head = head.head
        lo, hi = max(lo, subtree_range(head)[0]), min(hi, subtree_range(head)[1])
    sides = [clip(ctx.text, lo, start, tok.idx), clip(ctx.text, end, hi, tok.idx)]
    found = [r for r in sides if r is not None]
    if not found:
        return None
    rng = max(found, key=lambda r: r[1] - r[0])
    return rng if len(ctx.text[rng[0] : rng[1]].split()) >= 2 else None
