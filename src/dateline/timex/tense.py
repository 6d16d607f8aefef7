"""Tense of the verb governing a time expression: past | present | future | None.

Two ways, same answer type:

* :func:`heuristic_tense` works on the raw text (no parser): it looks at the words
  of the same clause, nearest first, for a tense cue ("will", "'ll", "was",
  "said", a regular ``-ed`` form, irregular past forms from ``tense.json``).
* :func:`spacy_tense` uses the parse when the pipeline has run: from the
  expression's head it climbs to the governing verb and reads its tag and its
  auxiliaries (``will meet`` -> future, ``has killed`` -> past).

The resolver uses the answer for expressions without a year ("Tuesday",
"Jan. 19", "in January"): past -> the latest one not after the anchor, future ->
the first one not before it.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from itertools import accumulate, compress, count, zip_longest
from typing import Any

# "U.S." and "a.m." are single words: their dots do not end the clause, nor does the
# point of a decimal ("was 3.7 billion rupees by Monday") or a clock's colon ("9:30")
# quotation marks close a clause too: in '"... will leave (4 a.m. Thursday)," Castro
# said' the reporting verb outside the quote does not date what is quoted
# (the first letter is shared by "U.S." and "said": one branch for both, entered once);
# the "-to" of a compound ("a face-to-face meeting", "hard-to-reach") is a word of its
# own, no infinitive's "to"
_WORD = re.compile(r"[A-Za-z](?:\.[A-Za-z]\.(?:[A-Za-z]\.)*|[A-Za-z]*(?:'[a-z]+)?)"
                   r"|'[a-z]+|''|``|[.:](?![0-9])|[;!?\n\"“”]|-to(?=-[A-Za-z])")
#: _WORD as split's one group: separators and words alternate, so offsets are sums of lengths
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")
_WINDOW = 12  # words looked at on each side
_BOUNDARY = {".", ";", ":", "!", "?", "\n", "''", "``", '"', "“", "”"}


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    raw = resources.files("dateline.timex").joinpath("data", "tense.json").read_text("utf-8")
    lex = json.loads(raw)
    return {k: set(v) if isinstance(v, list) and not k.endswith("_examples") else v
            for k, v in lex.items()}


def _cue(word: str, lex: dict[str, Any], prev: str = "", prev2: str = "",
         nxt: str = "") -> str | None:
    """Tense cue of ``word``; ``prev``/``prev2`` are the (lower-case) words before it
    and ``nxt`` the one after, which tell a noun or an adjective from a verb:
    "announced the plan Aug. 21" ("plan" is a noun, no future), "on a still
    unspecified date" (an adjective), "next to the embassy" (a place, no future)."""
    w = word.lower()
    if w == "'s":
        return "past"  # "Wednesday's ruling": a possessive weekday names a done event
    det = lex["determiners"]
    if w in lex["future"]:
        if w in lex["future_nouns"] and prev in det:
            return None
        if nxt in lex["future_not_before"].get(w, ()):
            return None
        if prev in det and nxt in lex["future_after_determiner"].get(w, ()):
            return None  # "the next morning": counted from the story's day
        after = lex["future_not_after"].get(w, ())
        if prev in after or (prev.endswith("ly") and prev2 in after):
            return None  # "more than expected", "as (previously) planned": a comparison
        return "future"
    if nxt in lex["schedule_before"].get(w, ()):
        return "future"  # "a bail hearing set for Friday": a schedule
    if w in lex["past"]:
        if prev in lex["past_not_after"].get(w, ()):
            return None  # "their last opponent": an adjective
        return "present" if prev in lex["progressive_aux"] else "past"
    if w in lex["present"]:
        if prev in lex["present_not_after"].get(w, ()):
            return None  # "will meet", "did not meet": the auxiliary tells the tense
        return "present"
    if (w.endswith("ed") and len(w) > 4 and w not in lex["not_past"]
            and not _negated_adjective(w, lex)):
        if prev in det or (prev2 in det and (prev.endswith("ly") or prev in lex["adj_adverbs"])):
            return None  # "the recently passed law", "a still unspecified date"
        # "the games are played on May 4": a present passive, a schedule
        return "present" if prev in lex["progressive_aux"] else "past"
    return None


def _negated_adjective(w: str, lex: dict[str, Any]) -> bool:
    """"unpaved lanes", "an unnamed official": an un- word in -ed is mostly an
    adjective (not "uniformed", "understood"); un_verbs lists the verbs ("unveiled")."""
    return (w.startswith("un") and not w.startswith(("uni", "under"))
            and w not in lex["un_verbs"])


def _tokens(text: str, lo: int, hi: int) -> tuple[list[int], list[str]]:
    """Offsets and words of ``text[lo:hi]``; the dot after a title, a month or a
    state abbreviation ("Mr.", "Gen.", "Aug.", "Kan.") is dropped, since it ends no clause. All
    but the dots is C-level work: a split (separator, word, separator, ...) and the
    running sum of the parts' lengths, whose odd items are the words' offsets (no
    match object per word: reading a run of dates' words took as long as resolving it)."""
    parts = _WORD_SPLIT.split(text[lo:hi])
    words = parts[1::2]
    starts = list(accumulate(map(len, parts), initial=lo))[1:2 * len(words):2]
    lex = _lexicon()
    abbrev, places = lex["abbreviations"], lex["place_abbreviations"]
    drop = [k for k in compress(count(), map(".".__eq__, words)) if k
            and starts[k - 1] + len(words[k - 1]) == starts[k]
            and (words[k - 1].lower() in abbrev or words[k - 1] in places)]
    # the dot after a dropped one ("Gen..") is kept either way: the word before it
    # does not touch it and "." is no abbreviation, so the unfiltered lists will do
    if drop:
        gone = set(drop)
        starts = [x for k, x in enumerate(starts) if k not in gone]
        words = [x for k, x in enumerate(words) if k not in gone]
    return starts, words


def _words(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(offset, word) pairs of ``text[lo:hi]`` (see :func:`_tokens`)."""
    return list(zip(*_tokens(text, lo, hi), strict=True))


def heuristic_tense(text: str, start: int, end: int) -> str | None:
    """Tense cue nearest to ``text[start:end]`` within its clause (no parser needed)."""
    lo = max(0, start - 120)
    hi = min(len(text), end + 120)
    left = [w for _, w in _words(text, lo, start)]
    right = [w for _, w in _words(text, end, hi)]
    own = [w for _, w in _words(text, start, end)]
    return _nearest_cue(left[-_WINDOW:], right[:_WINDOW], _month_alone(own))


def future_act(text: str, start: int, end: int) -> bool:
    """Is the act ``text[start:end]`` dates one still ahead when told: a future cue word
    ("will", "plans to"), a threat's or an order's infinitive however far before
    (tense.json threat_words), or a deadline with its act after it ("gave them until
    6 a.m. to leave")? A deadline preposition alone is not ("worked until
    4 a.m.": the act is told as done, the hour its end)."""
    lo = max(0, start - 120)
    hi = min(len(text), end + 120)
    left = [w for _, w in _words(text, lo, start)][-_WINDOW:]
    right = [w for _, w in _words(text, end, hi)][:_WINDOW]
    lex = _lexicon()
    if _prep_future(left, lex) and right[:1] == ["to"]:
        return True
    clause = [w.lower() for w in _clause(left)]
    threat = lex["threat_words"]
    if any(w in threat and "to" in clause[k + 1:k + 4] for k, w in enumerate(clause)):
        return True  # "threatened to launch missiles at the airfield at 06:00" (tense.json)
    return _word_cue(left, right, lex) == "future"


class WindowRun:
    """A run of windows: the last whole window of a call (12 words each side, MARGIN
    characters after), moved along by each call one word on. A call (s, e) with
    ``s - start == step == e - end`` and ``s <= upto`` is answered ``answer`` (its
    window's text comes again one word on): TenseIndex.__call__'s first test, which
    the engine's resolve loop makes too, by these names, with no call."""

    __slots__ = ("start", "end", "offset", "step", "seen", "answer", "upto")

    def __init__(self, start: int, end: int, offset: int, step: int | None, seen: str,
                 answer: str | None) -> None:
        self.start = start
        self.end = end
        self.offset = offset  # start - lo (lo: the window's first word's offset)
        # the next word's offset - lo: None where the window's text is not periodic by it
        self.step = step
        self.seen = seen  # text[lo:hi + MARGIN]
        self.answer = answer
        # the last start whose window lies in the stretch known periodic
        self.upto = start


class TenseIndex:
    """Heuristic tense for many spans of one text: the words are found once, and
    the answer for a window of words already seen is reused (a list of dates or a
    run of "May May May" asks about the same window again and again).

    The memo is keyed on the window's text, from its first word to the word after
    its last (the end of the text where there is none), with the span's offsets in
    it: equal keys hold the same words on each side, since the words of a stretch
    that starts at a word come from that stretch alone (a dot dropped after an
    abbreviation follows a word of the same stretch), and the possessive looked for
    right after the span lies inside it. A slice and one string hash cost less than
    building and hashing the two tuples of words (a fifth of a run of dates' time).

    A run of dates asks one word after another about windows of the same text: a call
    one word on from the last whole window, whose text (and the few characters after
    it) comes again there, has the same words shifted, so the same answer; it needs
    neither the words read nor a key (see ``_run``). That text comes again one word on
    exactly where the text is periodic by that word's length from the window's start
    on: the stretch known periodic is kept, so most calls compare two numbers only."""

    #: Answers kept per text; the table is emptied when it holds more (flat memory).
    MEMO_MAX = 16_384

    #: Characters read at a time, up to the next space (no word holds one, so the words
    #: of text[:b] are the whole text's words that start before b).
    CHUNK = 4096

    #: Characters after a window's end compared as well (see __call__): more than the
    #: word regex reads past a word's end (2: the "a" of "a.b.", a "-to" before "-a")
    #: or past where a try that fails began (4), so the window's last words are told.
    MARGIN = 8

    #: Characters a periodic stretch is checked ahead by at a time (see ``_extend``).
    BLOCK = 512

    def __init__(self, text: str) -> None:
        self._text = text
        # the words are read from the start as far as the calls need (a run of dates
        # that asks once, at its first date, reads a few KB, not all of it)
        self._upto = 0  # text[:_upto] is read
        self._safe = -1  # a call ending before this has all its words read
        self._starts: list[int] = []
        self._words: list[str] = []
        self._memo: dict[tuple[str, int, int], str | None] = {}
        self._at = 0  # the word index of the last call (see __call__)
        # the last call's window when whole (12 words each side, MARGIN characters after)
        self._run: WindowRun | None = None
        # the words read begin at the text's first word, or at a window's first word
        # (the read skipped a run): calls starting before _floor read from the start again
        self._floor = 0

    def _read_to(self, end: int) -> None:
        """Read on until ``_WINDOW`` + 1 words start at or after ``end`` (or the text ends),
        so the words after a span, and the key's end, are those of the whole text."""
        text = self._text
        starts = self._starts
        while self._upto < len(text) and (
                self._upto <= end or len(starts) - bisect.bisect_left(starts, end) <= _WINDOW):
            b = text.find(" ", self._upto + self.CHUNK)
            b = len(text) if b < 0 else b
            more, words = _tokens(text, self._upto, b)
            starts += more
            self._words += words
            self._upto = b
        n = len(starts)
        self._safe = (len(text) + 1 if self._upto >= len(text)
                      else starts[n - _WINDOW - 2] if n >= _WINDOW + 2 else -1)

    def _restart(self, at: int, floor: int) -> None:
        """Read the words again from ``at``, a word of the text (0: its start); calls
        from ``floor`` on find 12 words before them there."""
        self._upto, self._safe, self._at, self._floor = at, -1, 0, floor
        self._starts, self._words = [], []

    def __call__(self, start: int, end: int) -> str | None:
        run = self._run
        if run is not None:
            # a span one word on whose window's text and MARGIN characters after it come
            # again one word on (lo + d is the window's second word): its words come from
            # that text alone (as for the memo), so they are the last window's, shifted
            d = start - run.start
            if d == run.step and end - run.end == d and (
                    start <= run.upto or self._extend(run, start, d)):
                run.start, run.end = start, end
                return run.answer
        if start < self._floor:
            self._restart(0, 0)
        if end >= self._safe:
            if run is not None and run.start - run.offset > self._upto and start >= run.start:
                # a run of windows asked one word after another was never read: read on
                # from its last window's first word, 12 words before its span
                self._restart(run.start - run.offset, run.start)
            self._read_to(end)
        # The first word at or after ``start`` (i) and after ``end`` (j), as bisect_left
        # gives them. Spans are asked mostly in text order, a run of dates one a word:
        # i is mostly the last call's or the next, and j the word after i; checking
        # that costs a few comparisons, a bisect's call more than a third of this call.
        # Else bisects over a few words, not the whole text's: i lies at most
        # start - starts[h - 1] words after the last call's h, and at most end - start
        # words start inside the span. No min()/max(): a builtin's call costs more
        starts = self._starts
        n = len(starts)
        h = was = self._at
        if h < n and starts[h] < start:
            h += 1  # so starts[h - 1] < start
            found = h == n or starts[h] >= start
        else:  # h == n or starts[h] >= start
            found = h == 0 or starts[h - 1] < start
        if found:
            i = self._at = h
        elif 0 < h <= n and starts[h - 1] < start:
            k = h + start - starts[h - 1]
            i = self._at = bisect.bisect_left(starts, start, h, k if k < n else n)
        else:
            i = self._at = bisect.bisect_left(starts, start)
        if i < n and starts[i] < end and (i + 1 == n or starts[i + 1] >= end):
            j = i + 1
        else:
            k = i + end - start
            j = bisect.bisect_left(starts, end, i, k if k < n else n) if k > i else i
        lo = starts[i - _WINDOW] if i >= _WINDOW else starts[0] if i else start
        hi = starts[j + _WINDOW] if j + _WINDOW < n else len(self._text)
        key = (self._text[lo:hi], start - lo, end - lo)
        try:
            cue = self._memo[key]  # one look-up when seen (most calls)
        except KeyError:
            cue = self._read_cue(key, i, j, end)
        if i == was + 1 and i >= _WINDOW and j + _WINDOW < n and (
                hi + self.MARGIN <= len(self._text)):
            # one word on from the last call (a run of dates, not news text): kept
            self._run = self._window_run(start, end, lo, hi, starts[i - _WINDOW + 1] - lo, cue)
        return cue

    def _read_cue(self, key: tuple[str, int, int], i: int, j: int, end: int) -> str | None:
        """The cue of the span of words ``i`` to ``j`` (ending at ``end``) read from the
        words around it, memoised by its window's text (``key``)."""
        left = self._words[max(0, i - _WINDOW):i]
        right = self._words[j:j + _WINDOW]
        if self._text.startswith(("'s", "’s"), end):
            # "Wednesday's ruling": the word regex swallowed the possessive into the
            # expression's own word, so put the cue back (as heuristic_tense sees it)
            right = ["'s", *right]
        cue = _nearest_cue(left, right, _month_alone(self._words[i:j]))
        if len(self._memo) >= self.MEMO_MAX:
            self._memo.clear()
        self._memo[key] = cue
        return cue

    def _window_run(self, start: int, end: int, lo: int, hi: int, d: int,
                    cue: str | None) -> WindowRun:
        """The run a span's window starts, its next window ``d`` on: its text and MARGIN
        characters after it, whose repeat a word on the next call checks."""
        seen = self._text[lo:hi + self.MARGIN]
        # its text comes again d on only where it is periodic by d itself
        return WindowRun(start, end, start - lo, d if seen[d:] == seen[:-d] else None, seen, cue)

    @property
    def run(self) -> WindowRun | None:
        """The last whole window's run (``_run``), or None: a caller asking span after
        span answers a call one word on inside its periodic stretch as __call__ would."""
        return self._run

    def _extend(self, run: WindowRun, start: int, d: int) -> bool:
        """Is the window of ``start``, one word on along the run, inside the text periodic
        by the run's step ``d`` from its first window on? Checks the text ahead a block at
        a time (halved near the stretch's end), keeping how far it is periodic."""
        text, size = self._text, len(run.seen)
        r = run.upto - run.offset + size  # text[lo:r] is periodic by d (lo: the first window's)
        need = start - run.offset + size  # the end of this call's window
        b = self.BLOCK if need - r < self.BLOCK else need - r
        while r < need:
            if b > len(text) - r:
                b = len(text) - r
            if b < need - r:
                break
            if text[r:r + b] == text[r - d:r - d + b]:
                r += b
            else:
                b //= 2
        run.upto = r - size + run.offset
        return r >= need

    def deadline(self, start: int) -> bool:
        """"extended until Monday", "by August": a deadline ahead (see _prep_future)."""
        return _prep_future(self._left(start), _lexicon())

    def done_noun(self, start: int) -> bool:
        """"the singer's death on 25 June": see _done_noun (the parser hangs such a date
        on the verb, so the words tell it)."""
        return _done_noun(self._left(start), _lexicon())

    def _left(self, start: int) -> list[str]:
        """The words before ``start``, at most _WINDOW of them."""
        if start < self._floor:
            self._restart(0, 0)
        if start >= self._safe:
            self._read_to(start)
        i = bisect.bisect_left(self._starts, start)
        return list(self._words[max(0, i - _WINDOW):i])


def _clause(left: list[str]) -> list[str]:
    """The words of ``left`` after the last clause boundary."""
    for k in range(len(left) - 1, -1, -1):
        if left[k] in _BOUNDARY:
            return left[k + 1:]
    return left


def _prep_future(left: list[str], lex: dict[str, Any]) -> bool:
    """"extended until Tuesday", "double by August", "as early as Monday": a deadline
    ahead. Not clause-initial ("Until Thursday, they had not ..."), not with a
    past perfect ("had filed reports by Wednesday") and not a verb's particle before
    "on" ("the convoy passed through on Monday")."""
    clause = [w.lower() for w in _clause(left)]
    tail = clause[-4:]
    cut = len(clause) - len(tail)  # where tail begins in the clause
    on = False  # "on" right after the preposition
    while tail and tail[-1] in ("on", "the", "next", "this"):
        on = tail.pop() == "on"
    if not tail or (on and tail[-1] in lex["particles_before_on"]):
        return False  # "passed through on Monday": a particle, no deadline
    n = 1 if tail[-1] in lex["future_prep"] else (
        3 if " ".join(tail[-3:]) in lex["future_prep"] else 0)
    if tail[-1] == "to" and any(w in lex["postpone_verbs"] for w in clause):
        n = 1  # "was adjourned to February": the new date lies ahead
    if not n or _range_end(tail, n, lex):
        return False
    # the words before the preposition ("but prices could rise as early as")
    before = clause[:cut + len(tail) - n]
    if not [w for w in before if w not in lex["clause_openers"]]:
        return False
    return "had" not in clause and not _could_not(clause, lex)


def _could_not(words: list[str], lex: dict[str, Any]) -> bool:
    """"could not leave until May", "couldn't work through the summer", "did not hear
    of it until Friday": a failure already past, no deadline ahead (lower-case words);
    not in a condition ("if they did not pay by May 1": tense.json conditionals)."""
    if any(w in lex["conditionals"] for w in words):
        return False
    return any(w in lex["past_modals"] and (w.endswith("n't") or nxt in lex["negations"])
               for w, nxt in zip(words, [*words[1:], ""], strict=True))


def _range_end(tail: list[str], n: int, lex: dict[str, Any]) -> bool:
    """"(from) Monday through Wednesday", "from May until June": the end of a range, no
    deadline ("postponed Tuesday until Thursday" keeps its deadline)."""
    if n != 1 or len(tail) < 2 or tail[-2] not in lex["date_words"]:
        return False
    return tail[-1] == "through" or (len(tail) > 2 and tail[-3] == "from")


def _agent_by(left: list[str], right: list[str], lex: dict[str, Any]) -> bool:
    """"flattened by Tuesday's storm", "caused by the May 4 blast": "by" before a
    possessive or attributive expression names an agent, no deadline ("by Friday's
    deadline", tense.json deadline_nouns, keeps it)."""
    k = len(left) - 1
    if k >= 0 and left[k].lower() in lex["determiners"]:
        k -= 1
    if k < 0 or left[k].lower() != "by":
        return False
    if right[:1] == ["'s"]:
        noun = right[1:2]
    elif (k < len(left) - 1 and right and right[0].isalpha() and right[0].islower()
          and right[0] not in lex["not_verb"] and right[0] not in lex["conjunctions"]):
        noun = right[:1]  # "the May 4 blast", not "by the autumn after ..."
    else:
        return False
    return not (noun and noun[0].lower() in lex["deadline_nouns"])


def _by_past_copula(left: list[str], lex: dict[str, Any]) -> bool:
    """"by" marks a deadline ahead, but not when the nearest cue before it is a past
    "was"/"were": "were 3.7 billion rupees by Monday", "were gone by Friday's
    briefing" ("hopes to open the bridge by March" keeps its deadline)."""
    k = len(left) - 1
    while k >= 0 and left[k].lower() in ("on", "the", "next", "this"):
        k -= 1
    if k < 0 or left[k].lower() != "by":
        return False
    for cue, w in zip(_left_cues(left, lex, False), reversed(left), strict=False):
        if cue:
            return cue == "past" and w.lower() in lex["past_aux"]
    return False


def _prep_past(left: list[str], lex: dict[str, Any]) -> bool:
    """"since March", "in Samarra since last February": the day lies behind."""
    tail = [w.lower() for w in left[-3:]]
    while tail and tail[-1] in ("the", "early", "late", "mid", "last"):
        tail.pop()
    return bool(tail) and tail[-1] in lex["past_prep"]


def _clause_initial(left: list[str], lex: dict[str, Any]) -> bool:
    """Nothing but openers and prepositions before the expression in its clause."""
    return all(w.lower() in lex["clause_openers"] or w.lower() in lex["initial_preps"]
               for w in _clause(left))


def _before(words: list[str], k: int) -> tuple[str, str]:
    """The two lower-case words before ``words[k]`` ("" where there are none)."""
    return (words[k - 1].lower() if k >= 1 else "", words[k - 2].lower() if k >= 2 else "")


def _plan_follows(words: list[str], k: int, lex: dict[str, Any]) -> bool:
    """A past auxiliary before a plan ("was/were planning", "was set to"): the
    planned event lies after the past moment, so the day is read as ahead. "about"
    plans only before "to" ("was about to leave", not "were about $1 billion")."""
    if k >= len(words) or words[k - 1].lower() not in lex["past_aux"]:
        return False
    w = words[k].lower()
    return w in lex["plan_words"] and (
        w != "about" or (k + 1 < len(words) and words[k + 1].lower() == "to"))


def _month_alone(own: list[str]) -> bool:
    """A month without a weekday among the expression's words ("in March", "Feb. 3")."""
    lex = _lexicon()
    low = {w.lower() for w in own}
    return bool(low & lex["month_words"]) and not low & lex["weekday_words"]


def _nearest_cue(left: list[str], right: list[str], month: bool = False) -> str | None:
    lex = _lexicon()
    if _prep_future(left, lex) and not _agent_by(left, right, lex):
        return "past" if _by_past_copula(left, lex) else "future"
    if _prep_past(left, lex):
        return "past"
    if right[:1] == ["'s"]:
        return _possessive_cue(left, right[1:], lex)
    k = _coordinated_opening(left, lex)
    if k is not None:
        cue = _word_cue(left[k + 1:], right, lex, month)
        if cue is not None:
            return cue
    k = _time_clause(left, lex)
    if k is not None:
        cue = _word_cue(left[:k], right, lex, month)
        if cue is not None:
            return cue
    return _word_cue(left, right, lex, month)


def _time_clause(left: list[str], lex: dict[str, Any]) -> int | None:
    """"keen to sell as soon as markets opened Monday": the expression ends a time
    clause (tense.json time_clause_openers) whose verb takes the tense of the clause
    it hangs on; the index of the opener's first word."""
    clause = _clause(left)
    low = [w.lower() for w in clause]
    for k in range(len(low) - 4, -1, -1):
        if " ".join(low[k:k + 3]) in lex["time_clause_openers"]:
            return len(left) - len(clause) + k
    return None


def _coordinated_opening(left: list[str], lex: dict[str, Any]) -> int | None:
    """"... will be renewed and on Sunday, the rebels shelled": a preposition after "and"
    or "but" opens the next clause with the expression; the index of that word."""
    k = len(left) - 1
    seen = False
    while k >= 0 and left[k].lower() in lex["initial_preps"]:
        seen = seen or left[k].lower() in ("on", "in", "at", "by")
        k -= 1
    if not seen or k < 1 or left[k].lower() not in ("and", "but"):
        return None
    return k


def _possessive_cue(left: list[str], right: list[str], lex: dict[str, Any]) -> str:
    """"Tuesday's verdict" names a done event. Only a cue right before the day
    ("to win Saturday's race"), a plan word of possessive_future on either side ("will
    attend Thursday's weigh-in", "Sunday's poll will be") or a present before it ("now
    shift their focus to Sunday's regatta") says otherwise; "would", "later" and a
    present after it may belong to another clause ("would seek ways around Tuesday's
    verdict", "who defeated him in May's runoff, has been")."""
    sides = (zip(_left_cues(left, lex, False), reversed(left), strict=False),
             zip(_right_cues(right, left, lex), right, strict=False))
    for n, pair in enumerate(zip_longest(*sides)):
        for side, item in enumerate(pair):
            if item is None:
                continue
            cue, w = item
            if not cue:
                continue
            if (n == 0 and side == 0) or cue == "past" or w.lower() in lex["possessive_future"]:
                return cue
            if cue == "present" and side == 0:
                return cue
            return "past"
    return "past"


def _word_cue(left: list[str], right: list[str], lex: dict[str, Any],
              month: bool = False) -> str | None:
    """The tense of the nearest cue word in the clause around the expression."""
    # "under a June agreement", "the Monday meeting": the expression modifies a noun
    # inside a noun phrase, which an infinitive before it takes as its object
    attributive = (bool(left) and left[-1].lower() in lex["determiners"]
                   and bool(right) and right[0].isalpha() and right[0].islower())
    # nearest cue wins; the left side (the verb usually precedes its adjunct) on ties.
    # Each side's cues are read lazily, so a cue next to the expression ends the search
    lefts = _left_cues(left, lex, attributive, month)
    report = None
    for n, pair in enumerate(zip_longest(lefts, _right_cues(right, left, lex))):
        for side, c in enumerate(pair):
            if c and c.startswith("report "):
                report = report or c[7:]  # ", officials said": only where nothing else tells
            elif c:
                if c == "future" and _past_perfect(left):
                    # "had been scheduled to close at noon Thursday", "had been
                    # due to lapse Sunday night": a plan seen from the past, so the
                    # day is already behind the writer
                    return "past"
                if c == "past" and ((right[n] if side else left[-1 - n]).lower() in lex["done"]
                                    or _done_noun(left, lex)):
                    return "done"  # "died on 25 June": an act over once told (tense.json done)
                return c
    return report


def _done_noun(left: list[str], lex: dict[str, Any]) -> bool:
    """"(resulted in) his death on 14 July": the expression dates a noun of an act over
    once told (tense.json done_nouns) through the preposition right before it."""
    return (len(left) > 1 and left[-1].lower() in ("on", "in")
            and left[-2].lower() in lex["done_nouns"])


def _left_cues(left: list[str], lex: dict[str, Any], attributive: bool,
               month: bool = False) -> Iterator[str | None]:
    """The cue of each word before the expression, nearest first, up to the clause's start;
    ``month``: a month without a weekday, which a commitment's infinitive further off
    may govern (see below)."""
    for k in range(len(left) - 1, -1, -1):
        w = left[k]
        if w in _BOUNDARY:
            break
        nxt = left[k + 1].lower() if k + 1 < len(left) else ""
        cue = _cue(w, lex, *_before(left, k), nxt=nxt)
        if k == len(left) - 1 and w.lower() in lex["day_modifiers"]:
            # "Later Friday, the government called": later in that day, no
            # direction of its own; the verb decides
            cue = None
        if cue == "past" and _plan_follows(left, k + 1, lex):
            cue = "future"  # "were planning a rally on Saturday"
        elif cue == "present" and _progressive(w, nxt, lex):
            cue = "future"  # "the ministers are meeting Monday": a plan
        elif (cue == "past" and _after_future_aux(left, k, lex)
              and not _negated_past_modal(left, k, lex)):
            cue = "future"  # "will be held", "would have"
        elif cue == "future" and _cause(left, k, lex):
            cue = None  # "quit due to illness on Monday": a cause, no plan
        elif (cue is None and k > 0 and not attributive and left[k - 1].lower() == "to"
              and (len(left) - k <= _INFINITIVE_REACH
                   or (month and k > 1 and left[k - 2].lower() in lex["commit_words"]))
              and w.islower() and w not in lex["not_verb"]
              and not (k > 1 and (left[k - 2].lower() in lex["implicative"]
                                  or left[k - 2].lower() in lex["measures"]
                                  or _cause(left, k - 2, lex)))):
            # "set to resume talks Monday"; an infinitive further off ("raised their
            # bids to buy the Ohio-based refiner Wednesday") governs its object, not
            # the day, which then takes the tense of the clause, unless a commitment
            # (commit_words) opens it and the day is a month ("agreed to sell its
            # paper unit to a rival in March"); so does one after a verb that tells
            # it was done ("refused to testify Monday") or after a measure, a
            # market's result ("lost 3.12 points to end at 402.55 Friday")
            cue = "future"
        yield cue


def _right_cues(right: list[str], left: list[str], lex: dict[str, Any]) -> Iterator[str | None]:
    """The cue of each word after the expression, nearest first, up to the clause's end."""
    for k, w in enumerate(right):
        if w in _BOUNDARY or w.lower() in lex["report_participles"]:
            break  # ", saying talks will resume": what is reported is a clause of its own
        nxt = right[k + 1].lower() if k + 1 < len(right) else ""
        # no plan rule on this side: in "at sea since April and was scheduled to
        # dock" the plan belongs to the next clause, not to the expression
        if k and w.lower() in lex["report_verbs"]:
            # "will land on Saturday, aides said": the report frames the clause,
            # whose own cues tell its time; what follows it is reported
            yield "report " + (_cue(w, lex) or "past")
            return
        cue = _cue(w, lex, *_before(right, k), nxt=nxt)
        if w.lower() in lex["narrative_adverbs"] and (
                nxt.endswith(("ed", "wn", "ing")) or nxt in lex["past"]):
            cue = None  # "on Thursday, later withdrawn": what followed, no plan
        if cue == "past" and _plan_follows(right, k + 1, lex):
            # "a rally on Sunday and were intending to camp out": the past auxiliary of
            # a plan dates no day (the plan itself may belong to the next clause)
            cue = None
        if cue == "future" and _cause(right, k, lex):
            cue = None  # "called off on Friday due to rain": a cause, no plan
        elif (cue == "future" and w.lower() in lex["plan_past"] and _clause_initial(left, lex)
              and not (k and right[k - 1].lower() in lex["past_aux"])):
            # "On Friday, the government planned to pay": an adjunct opening the clause
            # dates the planning; "attend the summit on Sunday as planned" keeps its future
            cue = "past"
        yield cue


def _cause(words: list[str], k: int, lex: dict[str, Any]) -> bool:
    """"due to" (tense.json cause_words) giving a cause, no plan: before a noun phrase
    ("due to the storm", "due to injuries", "due to rising costs") or after a particle,
    a degree adverb or a participle ("dropped out due to", "largely due to", "halted
    due to"); "is due to sign", "due to be signed" keep their plan."""
    if (words[k].lower() not in lex["cause_words"] or k + 2 >= len(words)
            or words[k + 1].lower() != "to"):
        return False
    prev = words[k - 1].lower() if k else ""
    if prev in lex["cause_before"] or (
            prev.endswith("ed") and prev not in lex["future"] and prev not in lex["not_past"]):
        return True
    x = words[k + 2]
    low = x.lower()
    return ((low in lex["not_verb"] and low not in lex["future_aux"]) or not x.islower()
            or (low.endswith("s") and not low.endswith(tuple(lex["verb_s_endings"])))
            or (len(low) > 4 and low.endswith(("ing", "ed"))))


def _after_future_aux(words: list[str], k: int, lex: dict[str, Any]) -> bool:
    """A future auxiliary ("will", "be") among the two words before ``words[k]`` in
    its clause: in '"... must be," said the mayor on Friday' the quote's "be" is
    no auxiliary of "said"."""
    for j in range(k - 1, max(0, k - 2) - 1, -1):
        a = words[j].lower()
        if a in _BOUNDARY:
            return False
        if a in lex["future_aux"]:
            return not _done_infinitive(words, j, lex)
    return False


def _done_infinitive(words: list[str], j: int, lex: dict[str, Any]) -> bool:
    """"had to be replaced", "was shown to be faulty": the "be" at ``j`` is a passive
    infinitive after a past form that is no plan (commit_words, plan_words, a past
    auxiliary: "agreed to be questioned", "is set to be signed", "was to be
    screened"), so it tells what was done, nothing ahead."""
    if j < 2 or words[j].lower() != "be" or words[j - 1].lower() != "to":
        return False
    w = words[j - 2].lower()
    if w in lex["commit_words"] or w in lex["plan_words"] or w in lex["past_aux"]:
        return False
    return (w not in lex["future"]
            and (w in lex["past"] or (w.endswith("ed") and len(w) > 4
                                       and w not in lex["not_past"])))


def _negated_past_modal(words: list[str], k: int, lex: dict[str, Any]) -> bool:
    """"could not be reached Wednesday", "Neither he nor ... could be located
    Wednesday": the "be" before ``words[k]`` follows a negated past modal, so it
    tells of a failure already past, no future."""
    j = k - 1
    if j < 1 or words[j].lower() != "be":
        return False
    negated = False
    j -= 1
    while j > 0 and words[j].lower() in lex["negations"]:
        negated, j = True, j - 1
    w = words[j].lower()
    if w not in lex["past_modals"]:
        return False
    if negated or w.endswith("n't"):
        return True
    return any(x.lower() in lex["negations"] for x in _clause(words[:j]))


def _progressive(word: str, nxt: str, lex: dict[str, Any]) -> bool:
    """"are meeting", "is leaving": a present progressive, which news use for a plan."""
    return (word.lower() in lex["progressive_aux"] and len(nxt) > 4 and nxt.endswith("ing")
            and nxt not in lex["not_progressive"])


_INFINITIVE_REACH = 4  # words between "to VERB" and the expression, at most


def _past_perfect(left: list[str]) -> bool:
    """A "had been" (past perfect) in the expression's clause, with no modal after it:
    "he had heard both sides and that the talks would continue on Thursday" keeps
    its future (the "would" clause is not the "had" one)."""
    words = [w.lower() for w in _clause(left)]
    if "had" not in words:
        return False
    after = words[len(words) - 1 - words[::-1].index("had"):]
    # only "had been (due/scheduled/set) to ...": "had agreed to meet on Monday" may
    # still lie ahead of the writer, so an active past perfect decides nothing
    modals = _lexicon()["perfect_modals"]
    return after[1:2] == ["been"] and not any(w in modals for w in after)


def _planned(tok: Any, auxes: list[Any]) -> bool:
    """"is due to open on 11 April", "has been slated for 6 September", "was expected
    on Monday": a passive plan word (tense.json plan_words) puts the day ahead of the
    plan, whatever the tense of its 'be' (parse_be); not a past perfect ("had been
    scheduled to expire Friday": seen from the past, plan_behind_aux), and a word of
    plan_needs_complement ("set") only before an infinitive or "for" ("was set on
    fire on Monday" is done)."""
    lex = _lexicon()
    if tok.tag_ != "VBN" or tok.lower_ not in lex["plan_words"]:
        return False
    words = {a.lower_ for a in auxes}
    if not words & lex["parse_be"] or words & lex["plan_behind_aux"]:
        return False
    return tok.lower_ not in lex["plan_needs_complement"] or any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in tok.children)


def _verb_tense(tok: Any) -> str | None:
    future_aux = _lexicon()["parse_future_aux"]
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if _planned(tok, auxes):
        return "future"
    for a in auxes:
        if a.lower_ in future_aux:
            return "future"
        if a.lower_ == "going" or (a.lower_ == "to" and tok.head.lower_ == "going"):
            return "future"
    done = tok.lower_ in _lexicon()["done"]  # a finite past of it: "done" (tense.json)
    for a in auxes:
        if a.tag_ == "VBD":
            return "done" if done else "past"
        if a.lower_ in ("has", "have") and tok.tag_ == "VBN":
            return "done" if done else "past"
    if tok.tag_ == "VBD":
        return "done" if done else "past"
    if tok.tag_ == "VBN":
        return "past"  # a bare participle ("to be signed", "signed on Monday"): no finite past
    if tok.tag_ in ("VBZ", "VBP"):
        return "present"
    if tok.tag_ == "MD":
        return "future" if tok.lower_ in future_aux else None
    return None


_CLAUSE_OPENERS = ("nsubj", "nsubjpass", "mark", "expl", "csubj")


def _main_clause_verb(verb: Any, span: Any) -> Any:
    """The verb an adjunct really modifies when the parser hangs it on a complement.

    In "lines said on Wednesday they would send cargo" the small model attaches
    "on Wednesday" to "send"; but an adjunct standing between the reporting verb
    and the complement's subject (or "that") lies outside the complement clause, so
    it belongs to "said". Nothing changes when the expression is inside the clause
    ("said the talks would resume on Tuesday")."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.i >= span.start:
        return verb
    openers = [c.i for c in verb.children if c.dep_ in _CLAUSE_OPENERS]
    if openers and span.end <= min(openers):
        return head
    return verb


def spacy_tense(doc: Any, start: int, end: int) -> str | None:
    """Tense from the spaCy parse of ``doc`` for the characters ``start:end``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(8):  # climb to the governing verb
        if tok.pos_ in ("VERB", "AUX") and tok.i not in range(span.start, span.end):
            tok = _main_clause_verb(tok, span)
            t = _verb_tense(tok)
            if t is not None:
                return t
            if tok.dep_ in ("xcomp", "ccomp", "advcl", "conj") and tok.tag_ in ("VB", "VBG"):
                tok = tok.head
                continue
            return None
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None
