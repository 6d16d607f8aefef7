"""One reading of a sentence's words, shared by the events stage's passes over it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.words import known_verb_lemma, lookup_lemma

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Span, Token


class DocWords:
    """The words of a stretch of a document (``start``, ``end``: token indices) as columns
    read from the document's arrays at once (``Doc.to_array``): each word's lemma and
    lower-cased form as string ids (``lemma_ids``, ``lower_ids``) and as strings
    (``lemmas``: lower-cased), its part of speech, dependency label and tag. Made without a
    spaCy ``Token`` (each would be built and looked up in the document again, issue 4
    speed), and each distinct id is made a string once. Built per article by the events
    stage and dropped with it."""

    __slots__ = ("deps", "lemma_ids", "lemmas", "lower_ids", "lowers", "pos", "start", "tags")

    def __init__(self, doc: Doc, start: int = 0, end: int | None = None) -> None:
        from spacy.attrs import DEP, LEMMA, LOWER, POS, TAG  # (here: merge and timeline
        # import the events package and run without spaCy)

        self.start = start
        rows = doc.to_array([LEMMA, LOWER, POS, DEP, TAG])[start:end]
        lemma_ids, lower_ids, pos, deps, tags = rows.T.tolist() if len(rows) else ([],) * 5
        strings = doc.vocab.strings
        self.lemma_ids: list[int] = lemma_ids
        self.lower_ids: list[int] = lower_ids
        self.lemmas = _named(lemma_ids, strings, lower=True)
        self.lowers = _named(lower_ids, strings)
        self.pos = _named(pos, strings)
        self.deps = _named(deps, strings)
        self.tags = _named(tags, strings)


def _named(ids: list[int], strings: StringStore, lower: bool = False) -> list[str]:
    """The strings of ``ids`` (lower-cased with ``lower``), each distinct id looked up once."""
    look = strings.__getitem__
    name = {i: look(i).lower() for i in set(ids)} if lower else {i: look(i) for i in set(ids)}
    return [name[i] for i in ids]


class SentenceWords:
    """A sentence's words with what each pass over them tests first: the lower-cased lemma
    (``lookup_lemma`` of any word that is no verb), the part of speech, the lower-cased
    form, the dependency label and the tag, read once per sentence from the document's
    arrays (:class:`DocWords`, ``doc_words``: the article's, when the caller has them). Five
    passes read every word of every sentence (terms, verbs, nouns, judgements, occurrences),
    but only the few words their tests pass need a spaCy ``Token`` (:meth:`token`, made once
    per word on first need: building and reading one looks it up in the document again,
    issue 4 speed). Built per sentence and dropped with it: nothing is kept between
    sentences or articles."""

    __slots__ = ("_doc", "_tokens", "deps", "lemma_ids", "lemmas", "lower_ids", "lowers",
                 "pos", "span", "start", "tags")

    def __init__(self, span: Span, doc_words: DocWords | None = None) -> None:
        self.span = span
        self.start = span.start
        self._doc = span.doc
        n = span.end - span.start
        if doc_words is None:
            doc_words = DocWords(span.doc, span.start, span.end)
        cut = slice(span.start - doc_words.start, span.end - doc_words.start)
        self.lemmas = doc_words.lemmas[cut]
        self.pos = doc_words.pos[cut]
        self.lowers = doc_words.lowers[cut]
        self.deps = doc_words.deps[cut]
        self.tags = doc_words.tags[cut]
        self.lemma_ids = doc_words.lemma_ids[cut]
        self.lower_ids = doc_words.lower_ids[cut]
        self._tokens: list[Token | None] = [None] * n

    def token(self, j: int) -> Token:
        """The spaCy token of the sentence's ``j``-th word, made on first need."""
        tok = self._tokens[j]
        if tok is None:
            tok = self._tokens[j] = self._doc[self.start + j]
        return tok

    def lookup(self, j: int) -> str:
        """:func:`lookup_lemma` of the ``j``-th word: a verb's repaired lemma read off the
        repairs kept per spelling, its token made only for one not yet repaired."""
        if self.pos[j] != "VERB":
            return self.lemmas[j]
        known = known_verb_lemma(self.lemma_ids[j], self.lower_ids[j])
        return known if known is not None else lookup_lemma(self.token(j))
