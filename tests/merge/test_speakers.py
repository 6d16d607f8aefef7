"""merge.mention_fields._speakers finds a name's places by its first word (_starts): the names
standing next to a speech verb are the ones a scan of every word position finds."""

from __future__ import annotations

from dateline.merge import rules
from dateline.merge.mention_fields import _sentence_words, _speakers, _starts


def _scanned(sentence: str, names: frozenset[str]) -> frozenset[str]:  # every position
    words = _sentence_words(sentence)
    speech, k = rules().speech_words, int(rules().limits["speaker_window"])
    out = set()
    for n in names:
        parts = tuple(n.split())
        for i in range(len(words) - len(parts) + 1):
            if words[i:i + len(parts)] == parts and speech & set(
                    words[max(0, i - k):i] + words[i + len(parts):i + len(parts) + k]):
                out.add(n)
                break
    return frozenset(out)


SENTENCES = [
    "Ilse Marten met Karin Dahl in Varnow, said Karin Dahl on Friday.",
    "Karin Dahl said the port of Varnow would reopen, Varnow officials said.",
    "Police in Tessel arrested two men near Tessel.",
    "Varnow",
    "",
]
NAMES = frozenset({"ilse marten", "karin dahl", "varnow", "tessel", "nordhaven terminals",
                   "karin", "dahl said"})


def test_speakers_are_the_names_every_position_scan_finds():
    found = set()
    for s in SENTENCES:
        for names in (NAMES, frozenset({"karin dahl"}), frozenset()):
            got = _speakers(s, names)
            assert got == _scanned(s, names)
            found |= got
    assert {"karin dahl", "varnow"} <= found and "tessel" not in found


def test_starts_lists_each_place_of_the_first_word_that_leaves_room():
    words = ("a", "b", "a", "c", "a")
    assert list(_starts(words, ("a", "c"))) == [0, 2]  # not 4: no room for 'c' after it
    assert list(_starts(words, ("a",))) == [0, 2, 4]
    assert list(_starts(words, ("z",))) == []
    assert list(_starts(words, ())) == [0, 1, 2, 3, 4, 5]
