"""Case-blind scans of lower-cased texts (datecheck.blind) find what re.IGNORECASE finds."""

from __future__ import annotations

import re

import pytest

from dateline.datecheck.blind import Words, lowered

_WORDS = ["posted by", "wrote:", "editor's note", "world cup", "next year"]

_TEXTS = [
    "Posted by Lena Varga at 4:05 pm. She WROTE: the final was moved. Editor's Note: fixed.",
    "NEXT YEAR's World  Cup is held in Dorvania; next\nyear it returns.",
    "po\u017fted by a reader",  # long s: IGNORECASE reads 's'
    "POSTED BY \u0130LKA, who wrote: no",  # dotted capital I lowers to two characters
    "next year the Olymp\u0131cs; the World Cup",  # dotless i: IGNORECASE reads 'i'
    "the \u212aelvin sign lowers to k: WORLD CUP",
    "nothing here at all",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_words_find_what_a_case_blind_scan_finds(text):
    words = Words.of(_WORDS, r"\s+")
    blind = re.compile("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _WORDS), re.I)
    assert [m.span() for m in words.finditer(text)] == [m.span() for m in blind.finditer(text)]
    assert (words.search(text) is None) == (blind.search(text) is None)


def test_lowered_only_where_offsets_and_letters_keep():
    assert lowered("Next Year") == "next year"
    assert lowered("\u212aelvin") == "kelvin"  # one character lowered to one
    assert lowered("\u0130stanbul") is None  # 'İ' lowers to two characters
    assert lowered("Olymp\u0131cs") is None and lowered("po\u017fted") is None


def test_words_not_plain_ascii_stay_case_blind():
    words = Words.of(["Fu\u00dfball", "posted by"])
    assert words.low is None
    assert [m.span() for m in words.finditer("FU\u00dfBALL, Posted By")] == [(0, 7), (9, 18)]
