"""Mention.target_of: the organisation the article ties a target person to (entities attrs
'affiliation'), read alike from an Annotation and from a store, and one party with that
organisation for 'targets apart' (parties.targets_differ)."""

from __future__ import annotations

import dateline
from dateline.merge import mentions_from_annotation, rules
from dateline.merge.store import store_mentions
from dateline.merge.vetoes import targets_apart
from dateline.store import Store

TEXT = ("date 2025-03-06\nSenators accused Brask Drilling chief executive Dana Roth of evasion on "
        "Thursday. In three hours of questions, senators accused Brask Drilling of cutting "
        "corners.")


def test_a_person_target_keeps_the_organisation_the_article_ties_them_to(tmp_path):
    ann = dateline.annotate(TEXT)
    people = [e for e in ann.entities if e.canonical == "Dana Roth"]
    assert people and dict(people[0].attrs).get("affiliation") == "Brask Drilling", ann.entities
    got = {m.target: m for m in mentions_from_annotation(ann) if m.trigger == "accused"}
    assert set(got) == {"Dana Roth", "Brask Drilling"}, got
    person, firm = got["Dana Roth"], got["Brask Drilling"]
    assert person.target_of == "Brask Drilling" and firm.target_of is None
    assert not targets_apart(person, firm, rules())
    with Store(tmp_path / "s.duckdb") as store:
        store.write([ann])
        stored = {m.target: m for m in store_mentions(store.con) if m.trigger == "accused"}
    assert stored["Dana Roth"].target_of == "Brask Drilling"
    assert stored["Brask Drilling"].target_of is None
