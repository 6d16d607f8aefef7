"""When a statement was made, if the text says so ("In a radio interview last July, ...").

The time of a statement is a DATE/TIME timex in the sentence of its cue that is
not part of what was said and modifies the cue verb or its clause ("said on
Tuesday", "In a radio interview last July, he said"): a date of another clause in
that sentence ("..., he said, the deadliest day since the truce began in
January") dates that clause's event, not the statement (``frames`` tells them
apart). A direct quote whose own sentence gives no time may
take it from the sentence just before, in the same paragraph, when that sentence
names the same speaker (the common "In an interview on X, Y said ... . "..." he
said." pattern) and the timex frames that sentence rather than belonging to what
it reports ("Y said the sides will meet on Monday." dates the meeting, not the
next quote: ``reported`` tells them apart). Anything else: None, never the
article date.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from dateline.model import Sentence, Timex

_TYPES = ("DATE", "TIME")


def _in_any(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _nearest(
    timexes: Sequence[Timex],
    lo: int,
    hi: int,
    anchor: int,
    exclude: Sequence[tuple[int, int]],
    reported: Callable[[Timex], bool] | None = None,
) -> Timex | None:
    best: Timex | None = None
    i = bisect.bisect_left(timexes, lo, key=lambda t: t.start)
    for tx in timexes[i:]:
        if tx.start >= hi:
            break
        if tx.type not in _TYPES or tx.end > hi:
            continue
        if _in_any(tx.start, tx.end, exclude):
            continue
        if reported is not None and reported(tx):
            continue
        if best is None or abs(tx.start - anchor) < abs(best.start - anchor):
            best = tx
    return best


def _negate(test: Callable[[Timex], bool] | None) -> Callable[[Timex], bool] | None:
    return None if test is None else (lambda tx: not test(tx))


def statement_time(
    text: str,
    timexes: Sequence[Timex],
    sentence: Sentence | None,
    previous: Sentence | None,
    cue_start: int | None,
    exclude: Sequence[tuple[int, int]],
    speaker: str | None,
    reported: Callable[[Timex], bool] | None = None,
    frames: Callable[[Timex], bool] | None = None,
) -> str | None:
    """The timex value dating the statement, or None when the text does not give one.

    ``timexes`` must be sorted by start (the Context sorts them once). ``reported``
    says whether a timex of the previous sentence is part of that sentence's reported
    content (a quote or a cue's complement clause); such a timex never dates this one.
    ``frames`` says whether a timex of the cue's own sentence modifies the cue's clause;
    others are passed over there.
    """
    if not timexes or sentence is None:
        return None
    anchor = cue_start if cue_start is not None else sentence.start
    found = _nearest(
        timexes, sentence.start, sentence.end, anchor, exclude, _negate(frames)
    )
    if found is not None:
        return found.value
    if frames is not None and _nearest(timexes, sentence.start, sentence.end, anchor, exclude):
        return None  # the sentence dates its other clauses: the one before is no nearer
    if previous is None or not speaker:
        return None
    same_paragraph = "\n" not in text[previous.end : sentence.start]
    last_name = speaker.split()[-1]
    if same_paragraph and last_name in previous.text:
        found = _nearest(timexes, previous.start, previous.end, previous.end, exclude, reported)
        return found.value if found is not None else None
    return None
