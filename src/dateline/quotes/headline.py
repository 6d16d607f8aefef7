"""Title-case headline attributions: "Veteran Organizer Nora Pell Endorses Mayor Dunn".

In a headline whose words are all capitalised the small English model tags the
verb as a proper noun ("Endorses" PROPN, part of one long name), so the verb
finder never sees a cue. Here a capitalised word of such a line that, stripped of
its inflection ("Endorses" -> endorse, "Questioned" -> question), is a listed
cue verb (``cues.json``: groups and mined lemmas, "not_cues" left out) splits
the line: the capitalised words right before it are the source, the rest of the
line the content. Lines where another finder already placed a cue are left alone.
Settings (which words end a source, how title-case a line must be) are the
"headlines" section of the cue lexicon.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Quote
from dateline.quotes.context import Context
from dateline.quotes.syntax import trim

if TYPE_CHECKING:
    from spacy.tokens import Token


def _lemmas(word: str) -> list[str]:
    """Candidate verb lemmas of an inflected word form, most specific first."""
    w = word.lower()
    out = [w]
    if w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("s"):
        out.append(w[:-1])
    if w.endswith("ied"):
        out.append(w[:-3] + "y")
    if w.endswith("ed"):
        out += [w[:-2], w[:-1]]
    return out


def _titled(words: list[str], minor: frozenset[str], share: float, min_words: int) -> bool:
    """Are (nearly) all of the line's words other than minor ones capitalised?"""
    major = [w for w in words if w[:1].isalpha() and w.lower() not in minor]
    if len(major) < min_words:
        return False
    return sum(w[:1].isupper() for w in major) >= share * len(major)


def _verbal(tok: Token, prev: Token, bare_after: frozenset[str]) -> bool:
    """Can ``tok`` be a verb here rather than a noun of a longer name? Not after a
    possessive ("Clinton's Attacks", "His Plan"); an uninflected form only after a
    plural subject, a modal, 'to' or 'not' ("Hedge Funds Support", "Votes To
    Condemn"), where a noun compound ("Terror Suspect", "Daily Show") cannot be."""
    if prev.tag_ in ("POS", "PRP$"):
        return False
    low = tok.lower_
    if low.endswith(("s", "ed")):
        return True
    return prev.lower_ in bare_after or (prev.lower_.endswith("s") and len(prev) > 3)


def _cue_lemma(ctx: Context, tok: Token) -> str | None:
    if not tok.text[:1].isupper() or not tok.is_alpha or tok.pos_ in ("VERB", "AUX"):
        return None
    if not _verbal(tok, tok.doc[tok.i - 1], frozenset(ctx.lex.headlines["bare_after"])):
        return None
    for lemma in _lemmas(tok.text):
        lemma = ctx.lex.fixes.get(lemma, lemma)
        if lemma in ctx.lex.denied:
            return None
        if ctx.lex.cue(lemma) is not None:
            return lemma
    return None


def find_headlines(ctx: Context, found: list[Quote]) -> list[Quote]:
    """Attributions in title-case lines that hold no cue of ``found``."""
    conf = ctx.lex.headlines
    if not conf:
        return []
    minor = frozenset(conf["minor_words"])
    stops = frozenset(conf["source_stops"])
    cues = sorted(q.cue_start for q in found if q.cue_start is not None)
    out: list[Quote] = []
    pos = 0
    text = ctx.text
    for line in text.split("\n"):
        lo, hi = pos, pos + len(line)
        pos = hi + 1
        if len(line) > conf["max_chars"] or any(lo <= c < hi for c in cues):
            continue
        if not _titled(line.split(), minor, conf["title_share"], conf["min_words"]):
            continue
        q = _line_quote(ctx, lo, hi, stops)
        if q is not None:
            out.append(q)
    return out


def _line_quote(ctx: Context, lo: int, hi: int, stops: frozenset[str]) -> Quote | None:
    doc = ctx.doc
    toks = []
    for t in doc[ctx.token_index(lo) :]:
        if t.idx >= hi:
            break
        if t.idx >= lo:
            toks.append(t)
    for j, tok in enumerate(toks):
        if j == 0 or ctx.in_quote(tok.idx) or _cue_lemma(ctx, tok) is None:
            continue
        # the source: capitalised words back to the line start or a clause break
        k = j
        while k > 0:
            prev = toks[k - 1]
            if prev.lower_ in stops or any(ch.isdigit() for ch in prev.text):
                break
            if prev.is_punct and prev.text not in ("-", "\u2019s", "'s"):
                break
            k -= 1
        src = trim(ctx.text, toks[k].idx, tok.idx) if k < j else None
        if src is None or src[0] >= src[1] or not any(t.text[:1].isupper() for t in toks[k:j]):
            continue
        body = trim(ctx.text, tok.idx + len(tok), hi, keep_quotes=True)
        if body[0] >= body[1] or ctx.in_quote(src[0]):
            continue
        head = toks[j - 1]
        from dateline.quotes.speakers import speaker_name

        name = speaker_name(
            head, src, ctx.mentions, ctx.in_quote, ctx.lex.max_speaker_distance, ctx.ann
        )
        return ctx.make_quote(body, "indirect", (tok.idx, tok.idx + len(tok)), src, name)
    return None
