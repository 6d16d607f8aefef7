"""What the disagreement readers share: ``disagree.json`` by section, where a figure stands in
its sentence, and how two figures' bounds and a rule's act are read."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from dateline.merge.lexicon import read_data


@lru_cache(maxsize=16)
def disagree_section(name: str) -> Any:
    """A section of ``disagree.json``, read once."""
    return read_data("disagree.json")[name]


FIGURE_WORD = re.compile(r"[a-z]+|%")


# an aside between dashes or brackets ('three million people - a third of the population -
# need aid', '38 people, including two officers, were hurt') says nothing of what the figure
# counts; the words after it do
ASIDE = re.compile(r"\s(?:--?|\u2013|\u2014)\s.*?\s(?:--?|\u2013|\u2014)\s|\([^()]*\)"
                    r"|-LRB-.*?-RRB-|^\s*,\s*(?:including|among them|most of them)\b[^,;:]*,")


def figure_at(figure: str, text: str) -> int:
    """Where a figure stands in its sentence, -1 if absent: standing alone first ('30' in
    'At 10.30 am, 30 were hurt' is not the '30' of 10.30)."""
    if not figure:
        return -1
    alone = re.search(rf"(?<![\d.,]){re.escape(figure)}(?!\d|[.,]\d)", text)
    return alone.start() if alone else text.find(figure)


def ranges_overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def lexicon_act(rule: str | None) -> str:
    """The events lexicon act a mention's entry names: 'v.accuse', 'light:lead+n.accuse' and
    'v.accuse+intent' are 'accuse'."""
    part = next((p for p in (rule or "").split("+") if "." in p), "")
    return part.split(".", 1)[1] if part else ""
