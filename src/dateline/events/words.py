"""The words a lexicon is looked up by: verb lemmas repaired where the lemmatizer
mangles them, nouns' keys (a hyphenated whole word), modifier and sentence words."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.kids import kids_of

if TYPE_CHECKING:
    from spacy.tokens import Token


SUFFIX_STRIPS = (("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("s", ""))


def repaired_lemma(tok: Token, known: Callable[[str], bool]) -> str:
    """The token's lemma, repaired when the lemmatizer mangles an inflected verb
    ("staged" -> "stag"): the plain -ed/-ing/-s strip that names a ``known`` word wins."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return lemma
    if known(lemma):
        # "raped" -> "rap": a short consonant-vowel-consonant verb doubles its last letter
        # before -ed/-ing ("rapped"), so an undoubled form is of the verb in -e ("rape")
        low = tok.lower_
        if (low in (lemma + "ed", lemma + "ing") and _cvc(lemma) and known(lemma + "e")):
            return lemma + "e"
        return lemma
    low = tok.lower_
    for suffix, add in SUFFIX_STRIPS:
        if low.endswith(suffix):
            cand = low[: -len(suffix)] + add
            if known(cand):
                return cand
    # "unbanned" -> "unbanne": a doubled last consonant before -ed/-ing is the verb's own
    for suffix in ("ed", "ing"):
        stem = low[: -len(suffix)]
        if (low.endswith(suffix) and len(stem) >= 3 and stem[-1] == stem[-2]
                and stem[-1] not in VOWELS and known(stem[:-1])):
            return stem[:-1]
    return lemma


VOWELS = frozenset("aeiou")


def _cvc(word: str) -> bool:
    """A one-syllable word ending consonant-vowel-consonant ('rap', 'stag'), whose last
    letter an English -ed/-ing form doubles; w, x and y never double."""
    return (len(word) >= 3 and word[-1] not in VOWELS | {"w", "x", "y"}
            and word[-2] in VOWELS and word[-3] not in VOWELS
            and sum(ch in VOWELS for ch in word) == 1)


def _in_lexicon(word: str) -> bool:
    return word in lexicon.verbs() or word in lexicon.roles().light


def opens_sentence(tok: Token) -> bool:
    """Whether the token is its sentence's first word (``tok.i == tok.sent.start``), read off
    its sentence-start flag: ``Token.sent`` builds the sentence's span, walking back to the
    first word flagged as a start (the document's first word is always one), for each call."""
    return tok.i == 0 or bool(tok.is_sent_start)


def noun_lemma(tok: Token) -> str:
    """A noun's lemma; a sentence-initial plural the tagger took for a name ('Rockets were
    fired', 'Militiamen dragged ...': PROPN, lemma the word itself) is read as the common
    noun it is."""
    low = tok.lower_
    if tok.pos_ == "PROPN" and opens_sentence(tok) and tok.lemma_.lower() == low:
        if low.endswith("men") and len(low) > 5:
            return low[:-3] + "man"
        if low.endswith("s"):
            return low[:-1]
    return tok.lemma_.lower()


_VERB_LEMMAS: dict[tuple[int, int], str] = {}  # (lemma, lower) ids of a VERB -> repaired lemma


VERB_LEMMAS_MAX = 100_000  # spellings kept before the table starts afresh (bounded memory)


def lookup_lemma(tok: Token) -> str:
    """The lemma a lexicon verb is looked up by (see :func:`repaired_lemma`); a verb's
    repair, which tries the lexicon several times, is kept per spelling (the lexicon is
    fixed for the process)."""
    if tok.pos_ != "VERB":
        return tok.lemma_.lower()
    return cached_repair(tok, _VERB_LEMMAS, _in_lexicon)


def known_verb_lemma(lemma: int, lower: int) -> str | None:
    """:func:`lookup_lemma` of a verb by the string ids of its lemma and lower-cased form
    when its repair is already kept (no token read), else None."""
    return _VERB_LEMMAS.get((lemma, lower))


#: repaired lemmas of the words governing an act, per spelling (see :func:`governing_lemma`)
_GOVERNING_LEMMAS: dict[tuple[int, int], str] = {}


def governing_lemma(tok: Token) -> str:
    """The lemma context reads a word governing an act by: a verb the lemmatizer mangles
    into another word ('hoped' -> 'hop', so 'he hoped to sign' read no intent) is repaired to
    the intent, aspect or report word (roles.json) its plain -ed/-ing/-s strip names."""
    if tok.pos_ != "VERB":
        return tok.lemma_.lower()
    return cached_repair(tok, _GOVERNING_LEMMAS, _governing_word)


def _governing_word(word: str) -> bool:
    r = lexicon.roles()
    return word in r.intent or word in r.aspect or word in r.report


def cached_repair(tok: Token, cache: dict[tuple[int, int], str],
                  known: Callable[[str], bool]) -> str:
    """:func:`repaired_lemma` of a verb kept in ``cache`` per spelling, keyed by the string
    ids of its lemma and lower-cased form (``lemma``, ``lower``: one id per string, and
    read without making the strings, which the verbs' many lookups would do each time),
    for a ``known`` that is fixed for the process; the cache starts afresh past
    VERB_LEMMAS_MAX spellings (bounded memory)."""
    key = (tok.lemma, tok.lower)
    got = cache.get(key)
    if got is None:
        if len(cache) > VERB_LEMMAS_MAX:
            cache.clear()
        got = cache[key] = repaired_lemma(tok, known)
    return got


def hyphenated(tok: Token) -> str | None:
    """The whole word of a hyphenated noun the tokenizer split ('cease-fire' is cease, -,
    fire, the head 'fire'), lower-cased: 'cease-fire'; None where the token ends no such word."""
    i = tok.i
    if i < 2:
        return None
    hy = tok.doc[i - 1]  # the word before the hyphen is read only after one
    if hy.text != "-" or hy.whitespace_:
        return None
    first = tok.doc[i - 2]
    if first.whitespace_ or not first.is_alpha:
        return None
    return f"{first.lower_}-{tok.lower_}"


def noun_key(tok: Token) -> str:
    """The noun lexicon's key for a noun: the whole hyphenated word where the lexicon lists
    it ('declared a cease-fire': the tokenizer's head 'fire' is gunfire), else its lemma."""
    whole = hyphenated(tok)
    if whole is not None:
        whole = whole[: len(whole) - len(tok.lower_)] + tok.lemma_.lower()  # 'cease-fires'
        if whole in lexicon.nouns():
            return whole
    return lookup_lemma(tok)


def modifier_words(tok: Token) -> set[str]:
    """Words of the token's modifiers (compound, amod, nmod, nummod, poss), each as written,
    lemma, hyphen parts and whole hyphenated word, for lexicon modifier conditions."""
    out = set()
    for c in kids_of(tok):
        if c.dep_ in ("compound", "amod", "nmod", "nummod", "poss"):
            out.add(c.lower_)
            out.add(c.lemma_.lower())
            out.update(p.lower() for p in c.text.split("-"))
            # the parser splits "live-fire" into live/amod of fire/compound: the whole word
            sub = list(c.subtree)
            if any(t.text == "-" for t in sub):
                out.add("".join(t.lower_ for t in sub))
            # "a joint training exercise": the parser hangs the adjective on the compound
            if c.dep_ == "compound":
                out.update(w for g in kids_of(c) if g.dep_ == "amod"
                           for w in (g.lower_, g.lemma_.lower()))
            # "pre-emptive strikes": the parser may hang pre, - and emptive each on the noun
            if c.text == "-" and _joins_hyphen(c):
                doc = c.doc
                out.add(f"{doc[c.i - 1].lower_}-{doc[c.i + 1].lower_}")
    return out


def _joins_hyphen(dash: Token) -> bool:
    """A hyphen written between two words with no space ('pre-emptive'), within the doc."""
    doc = dash.doc
    return (0 < dash.i < len(doc) - 1 and not doc[dash.i - 1].whitespace_
            and not dash.whitespace_ and doc[dash.i + 1].is_alpha)


def sentence_lemmas(tok: Token) -> set[str]:
    """Lemmas (and lower-cased words) of the token's sentence, for context conditions."""
    return lemmas_of(tok.sent)


def lemmas_of(words: Iterable[Token]) -> set[str]:
    """Lemmas and lower-cased words (a trailing apostrophe cut) of some tokens."""
    out = set()
    for t in words:
        out.add(t.lemma_.lower())
        out.add(t.lower_.rstrip("'"))
    return out
