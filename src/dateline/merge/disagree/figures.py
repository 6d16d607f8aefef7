"""What a reported figure counts and whether it is a claim at all: its counted noun, the unit
after it, the counted thing its sentence tells for a bare figure, and the figures that take no
side (vague, a part, a name, a range's end, a conversion). ``disagree.json`` ``figures``,
``counted`` and ``no_side``."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from dateline.crosscheck import counts_persons
from dateline.merge.disagree.common import ASIDE, FIGURE_WORD, disagree_section, figure_at
from dateline.merge.mention import Number
from dateline.merge.rules import Rules
from dateline.numbers.lexicon import load
from dateline.wordlists import any_of


def counted_thing(n: Number, r: Rules) -> str:
    """What a number counts, reduced to its head word's stem ('injured people' -> 'people')."""
    words = r.tokens(n.counts) or tuple((n.counts or "").lower().split())
    return words[-1] if words else ""


_DECIMAL = re.compile(r"\d\.\d")


@lru_cache(maxsize=1)
def figure_rules() -> tuple[dict[tuple[str, ...], str | None], frozenset[str], int]:
    """``disagree.json`` ``figures``: unit phrases (as words) to their unit, None for a clock
    time; the scale words; the longest phrase."""
    data = disagree_section("figures")
    phrases: dict[tuple[str, ...], str | None] = {
        tuple(FIGURE_WORD.findall(p)): unit for unit, ps in data["units"].items() for p in ps}
    phrases.update((tuple(FIGURE_WORD.findall(p)), None) for p in data["not_figures"])
    return phrases, frozenset(data["scale_words"]), max(len(k) for k in phrases)


def _phrase_from(words: list[str], i: int, phrases: dict[tuple[str, ...], Any],
                 longest: int) -> tuple[str, ...] | None:
    """The longest phrase of ``phrases`` that starts at ``words[i]``, or None."""
    for size in range(min(longest, len(words) - i), 0, -1):
        key = tuple(words[i : i + size])
        if key in phrases:
            return key
    return None


def figure_unit(figure: str, sentence: str | None) -> str | None:
    """The unit a figure without a counted noun is in, read from the words after it in its
    sentence ('3.2 ft' -> 'ft'); '' when none follows; None when it is no tally to compare:
    a clock time, or a decimal with neither unit nor scale ('3.2'). ``data/merge/disagree.json``
    ``figures``, with examples."""
    phrases, scales, longest = figure_rules()
    text = sentence or ""
    at = figure_at(figure, text)
    words = FIGURE_WORD.findall(text[at + len(figure):].lower()) if at >= 0 else []
    own = FIGURE_WORD.findall(figure.lower())
    i = 0
    while i < len(words) and words[i] in scales:
        i += 1
    if (key := _phrase_from(words, i, phrases, longest)) is not None:
        return phrases[key]
    scaled = i > 0 or any(w in scales for w in own)
    return None if _DECIMAL.search(figure) and not scaled else ""


@lru_cache(maxsize=1)
def _thing_rules() -> tuple[dict[tuple[str, ...], str], frozenset[str], tuple[int, int, int, int],
                            int]:
    """``disagree.json`` ``counted``: the words that tell what a bare figure counts, as word
    tuples, each to its thing (a counted noun: 'deaths'); the words that set a figure as a
    tally's value ('rose to'); the near, left, right and right-of-a-noun reach in words; the
    longest phrase."""
    data = disagree_section("counted")
    words = {tuple(FIGURE_WORD.findall(p)): noun
             for noun, ps in data["things"].items() for p in ps}
    reach = (int(data["near"]), int(data["left"]), int(data["right"]), int(data["noun_right"]))
    return words, frozenset(data["tally_words"]), reach, max(len(k) for k in words)


_BREAK = re.compile(r"[.!?]\s|[.!?]$|\n")


def figure_thing(figure: str, sentence: str | None, counted: bool = False) -> str:
    """What a figure with neither counted noun nor unit counts, told by its sentence: a word
    of deaths, cases, injured ... right after it ('18 have died', '13 were hurt') or, failing
    that, the nearest one before it ('the death toll rose to 18', 'the number of confirmed
    cases reached 160', 'killing 13'); '' when none is within reach. The thing is a counted
    noun ('deaths'), so a bare figure joins the figures that count it ('20 deaths').
    ``counted``: the figure holds its counted noun ('200,000 people'), and the words tell
    what befell them ('may have died', 'in need of aid'), looked for a little further on.
    ``data/merge/disagree.json`` ``counted``, with examples."""
    phrases, tally, (near, left, right, noun_right), longest = _thing_rules()
    right = noun_right if counted else right
    text = sentence or ""
    at = figure_at(figure, text)
    if at < 0:
        return ""
    after = ASIDE.sub(" ", text[at + len(figure):])
    before = text[:at]
    cut = _BREAK.search(after)
    after = after[: cut.start()] if cut else after
    after = re.split(r"[,;:()]", after, maxsplit=1)[0]
    starts = [m.end() for m in _BREAK.finditer(before)]
    before = before[starts[-1]:] if starts else before
    if counted:  # the verb right before, taking the persons as its object ('killed 200
        # people'; not 'killed and 12 people were injured')
        clause = FIGURE_WORD.findall(re.split(r"[,;:()]", before)[-1].lower())
        if (thing := _thing_ending(clause[-longest:], phrases, longest, last=True)):
            return thing
    ahead = FIGURE_WORD.findall(after.lower())[:right]
    for i in range(len(ahead)):
        if (key := _phrase_from(ahead, i, phrases, longest)) is not None:
            return phrases[key]
    back = FIGURE_WORD.findall(before.lower())
    # a word further back names the figure's thing only through a tally's value ('the toll
    # of the outbreak rose to 18'), not any figure after it ('a case ... in a girl of 16')
    back = back[-left:] if back and back[-1] in tally else back[-near:] if near else []
    return _thing_ending(back, phrases, longest)


def _thing_ending(back: list[str], phrases: dict[tuple[str, ...], str], longest: int,
                  last: bool = False) -> str:
    """The thing of the phrase of ``back`` that ends nearest its end (``last``: at its end),
    or ''."""
    for end in range(len(back), len(back) - 1 if last else 0, -1):
        for size in range(min(longest, end), 0, -1):
            if (thing := phrases.get(tuple(back[end - size : end]))) is not None:
                return thing
    return ""


@lru_cache(maxsize=1)
def object_thing_words() -> frozenset[str]:
    """``disagree.json`` ``counted.object_things``: what befell counted things (not persons)
    that sets their figures apart ('rockets (intercepted)' against 'rockets' fired)."""
    return frozenset(disagree_section("counted")["object_things"])


def figure_of_persons(n: Number) -> bool:
    """A figure that counts persons ('200,000 people', '12 aid workers'), not a thing that
    itself names what it counts ('20 deaths', '40 injuries')."""
    if not counts_persons(n.counts):
        return False
    phrases, _, _, _ = _thing_rules()
    return tuple(FIGURE_WORD.findall((n.counts or "").lower())[-1:]) not in phrases


def figure_bounds(n: Number) -> tuple[float, float]:
    """The bounds of a figure a number dispute compares (one without is left out first)."""
    bounds = n.bounds()
    if bounds is None:
        raise ValueError(f"a figure without bounds compared: {n.text!r}")
    return bounds


@lru_cache(maxsize=1)
def _side_rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str],
                           re.Pattern[str], re.Pattern[str]]:
    """``disagree.json`` ``no_side``: a vague figure, a part's mark after a figure, a name's
    word before one, a figure in brackets, a figure (digits, or a number word of one to
    ``part_counts``: ``data/numbers/words.json`` ``units``) and the opening of a range
    before its end ('from 50,000 to'), each as one pattern."""
    data = disagree_section("no_side")
    vague = re.compile(rf"^(?!.*\d)(?:.*\s)?(?i:{any_of(data['vague_words'])})\b")
    part = re.compile(rf"^\s*(?i:{any_of(data['part_words'])})\b")
    name = re.compile(rf"\b(?i:{any_of(data['name_words'])})\s*$")
    bracket = re.compile(r"(?:\(|-LRB-)\s*$")
    top = int(data["part_counts"])
    words = [w for w, v in load("words.json")["units"].items() if 1 <= v <= top]
    figure = re.compile(rf"\b(?:\d[\d,.]*|{any_of(words)})\b", re.IGNORECASE)
    range_end = re.compile(rf"\b(?:{any_of(data['range_opens'])})\s+\S+(?:\s+\S+)?\s+"
                           rf"(?:{any_of(data['range_joins'])})\s*$", re.IGNORECASE)
    return vague, part, name, bracket, figure, range_end


def takes_no_side(figure: str, sentence: str | None) -> str:
    """Why a figure can be no rival of another report's, '' if it can: 'vague' ('thousands',
    'millions of barrels': no figure to set against an exact one), 'part' ('four other people
    were rescued', and every figure of a sentence that holds one: 'nine were killed on the
    deck, along with two others', a part of the toll, not the toll), 'name' ('flight 103',
    'gate 4', '0370': a figure that names, not counts), 'range' (the end of a range 'from
    40,000 to no fewer than 150,000': the range is the claim, its ends none) or 'conversion'
    ('60,683 square miles (157,169 square km)', 'GBP 13.5bn)': a figure in brackets restates
    the one before it in another unit). ``disagree.json`` ``no_side``, with examples."""
    vague, part, name, bracket, figures, range_end = _side_rules()
    text = sentence or ""
    if vague.search(figure):
        return "vague"
    digits = re.sub(r"[^\d]", "", figure)
    if len(digits) > 1 and digits[0] == "0" and not re.search(r"0[.,]\d", figure):
        return "name"
    at = figure_at(figure, text)
    if at < 0:
        return ""
    after = text[at + len(figure):]
    if part.search(after) or any(part.search(text[x.end():]) for x in figures.finditer(text)):
        return "part"
    if name.search(text[:at]):
        return "name"
    if range_end.search(text[:at]):
        return "range"
    if bracket.search(text[:at]) or re.match(r"\s*(?:\)|-RRB-)", after) or re.match(
            r"\s*(?:[a-z]+\s+){0,2}(?:\)|-RRB-)", after):
        return "conversion"
    return ""
