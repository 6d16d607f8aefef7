"""'X said so', 'Y said the same of Z': a pro-form is the reported content (quotes.indirect)."""

from __future__ import annotations

from quote_finds import found as _got


def test_so_after_the_verb_is_the_content(nlp):
    assert ("The harbour master", "thinks", "so") in _got(
        nlp, "The harbour master apparently thinks so, too."
    )


def test_the_same_is_the_content(nlp):
    got = _got(nlp, "Last month, 31 percent said the same.")
    assert ("31 percent", "said", "the same") in got


def test_all_the_same_is_an_adverb(nlp):
    got = _got(nlp, "The ferry will sail all the same, the captain said.")
    assert not any(body == "all the same" for _, _, body in got)
