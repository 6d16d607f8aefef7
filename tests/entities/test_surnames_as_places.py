"""entities.document._surnames_as_places: a lone surname the recogniser tags as a place
('Denver told lawmakers', tagged GPE, after 'Ruth Denver') is the person the document named
before it, unless the text uses it as a place."""

from __future__ import annotations

import dateline


def _entities(text):
    ann = dateline.annotate(f"date 2010-05-03\n{text}")
    return [(e.text, e.label, e.canonical, dict(e.attrs)) for e in ann.entities]


def test_a_surname_tagged_a_place_after_its_full_name_is_the_person():
    ents = _entities("Velmar chief executive Ruth Denver apologised on Monday. Denver told "
                     "lawmakers the company would pay.")
    lone = next(e for e in ents if e[0] == "Denver")
    assert lone[1:3] == ("PERSON", "Ruth Denver")
    assert lone[3]["relabelled_from"] == "GPE"


def test_the_object_of_a_place_preposition_stays_a_place():
    ents = _entities("Velmar chief executive Ruth Denver apologised on Monday. Officials in "
                     "Denver said the company would pay.")
    lone = next(e for e in ents if e[0] == "Denver")
    assert lone[1:3] == ("GPE", "Denver")


def test_a_surname_before_its_full_name_stays_as_tagged():
    ents = _entities("Denver told lawmakers the company would pay. Velmar chief executive "
                     "Ruth Denver apologised on Monday.")
    lone = [e for e in ents if e[0] == "Denver"]
    assert lone and all(e[2] == "Denver" for e in lone)
