"""find_candidates builds each Candidate without its __init__: the same object."""

from dataclasses import fields

from dateline.timex.candidates import Candidate, find_candidates
from dateline.timex.rules import ruleset


def test_built_candidates_equal_constructed_ones() -> None:
    text = ("On Jan. 19 the talks, set for March 3-5, 2024, were moved to next Tuesday; "
            "by mid-April, two weeks later, and since 1998 ") * 3
    found = find_candidates(text, ruleset())
    assert len(found) > 20
    for c in found:
        assert type(c) is Candidate
        made = Candidate(*(getattr(c, f.name) for f in fields(Candidate)))
        assert c == made and c.groups == made.groups
