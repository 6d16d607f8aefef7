"""Word lists every stage reads the same way: regex pieces made from the data files' lists
(each word escaped, the longest first, so a longer phrase wins over a word it begins with:
'last updated at' over 'last updated'), and the personal pronouns a clause's teller or doer
may be."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: the personal pronouns that stand for a person or a group of people as a clause's subject
#: ('he said', 'we announced'): a speaker, a doer, a teller
PERSONAL_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})

#: the spaCy entity types that name someone who can act or speak: a person, an
#: organisation, a people (nationality, group) or a state or place standing for its government
ACTOR_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def any_of(words: Iterable[str]) -> str:
    """The words as one regex alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of the words, as whole words, in any case."""
    return re.compile(rf"\b(?:{any_of(words)})\b", re.IGNORECASE)
