"""'make sure' and 'make certain' tell what the subject sees to, not a view it holds: no
cue (cues.json ``ensuring``). A copula's 'sure' with a clause is still one."""

from __future__ import annotations

import pytest
from quote_finds import found


@pytest.mark.parametrize(
    "text",
    [
        "Even as backers of the levy tried to revive it, Ms. Lund worked to make sure it "
        "stayed buried.",
        "Pledges are checked to make sure they stay within the legal caps, Dorn said.",
    ],
)
def test_make_sure_is_no_cue(nlp, text):
    assert [f for f in found(nlp, text) if f[1] == "sure"] == []


def test_copula_sure_is_still_a_cue(nlp):
    text = "The coach is not sure the stadium will be ready by March."
    assert ("The coach", "sure", "the stadium will be ready by March") in found(nlp, text)
