"""events.parties: one party test, read three ways (who can refuse, whom a reported duty
binds, who can force another). Each row: a subject and whether each policy takes it."""

from __future__ import annotations

import pytest

from dateline.events.parties import COMPELLER, DUTY_BOUND, REFUSER, is_party

#: (sentence, REFUSER, DUTY_BOUND, COMPELLER) for the subject of 'declined'
ROWS = [
    ("He declined.", True, False, False),  # a person pronoun refuses; it binds no duty alone
    ("You declined.", True, False, False),
    ("The company declined.", True, True, False),  # a definite description: no compeller
    ("Its lender declined.", True, True, False),  # owned
    ("The Belvorian bank declined.", True, True, False),  # named
    ("A company declined.", True, False, False),  # indefinite: binds no duty
    ("Dorvan firms declined.", True, False, False),  # a bare plural of a firm's kind
    ("Both sides declined.", True, True, False),  # obligations parties
    ("The junta declined.", True, True, True),  # compulsions doers
    ("Kessland declined.", True, True, True),  # a name
    ("The ministry met on Monday. It declined.", True, True, True),  # 'it': the ministry
    ("Sales declined.", False, False, False),  # things that fall
    ("Investors declined.", False, False, False),
]


@pytest.mark.parametrize(("text", "refuser", "duty", "compeller"), ROWS)
def test_party_policies(nlp, text, refuser, duty, compeller):
    doc = nlp(text)
    subj = next(t for t in doc if t.dep_ == "nsubj" and t.head.lower_ == "declined")
    got = (is_party(subj, REFUSER), is_party(subj, DUTY_BOUND), is_party(subj, COMPELLER))
    assert got == (refuser, duty, compeller)
