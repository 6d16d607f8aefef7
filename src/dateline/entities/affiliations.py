"""A person's organisation as the text ties them, kept as attrs 'affiliation' (titles.json
'affiliation': the role words and the links of an apposition)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.entities import resources

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from dateline.entities.record import EntityMention

#: labels of the names a person's role ties them to ('Velmar chief executive Dana Roth')
_AFFILIATING = frozenset({"ORG", "GPE", "NORP"})
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019", "s"})
_ARTICLES = frozenset({"the", "a", "an"})


def affiliations(doc: Doc, named: list[EntityMention]) -> None:
    """A person's organisation, as the text ties them (titles.json 'affiliation'), kept as
    attrs 'affiliation' on every mention of that person: the organisation or state named
    right before the role that precedes the name ('Velmar chief executive Dana Roth',
    "Velmar 's spokesman Ivo Lind"), else in an apposition after it ('Dana Roth, Velmar's
    chief executive', 'Ivo Lind, a senior engineer at Brask Drilling'). The first the text
    gives wins."""
    by_end = {m.end: m for m in named if m.label in _AFFILIATING}
    by_start = {m.start: m for m in named if m.label in _AFFILIATING}
    if not by_end:
        return
    roles, links = resources.affiliation_words()
    found: dict[str, str] = {}
    for m in named:
        if m.label != "PERSON" or m.canonical in found:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        org = (_organisation_before(span, by_end, roles, "title" in m.attrs)
               or _organisation_after(span, by_start, roles, links))
        if org is not None and org.canonical != m.canonical:
            found[m.canonical] = org.canonical
    for m in named:
        if m.label == "PERSON" and m.canonical in found:
            m.attrs["affiliation"] = found[m.canonical]


def _organisation_before(span: Span, by_end: dict[int, EntityMention], roles: frozenset[str],
                         titled: bool) -> EntityMention | None:
    """The name ending right before the role words before ``span`` (or its own title),
    a possessive between them ('Velmar 's spokesman Ivo Lind')."""
    doc, first = span.doc, span.sent.start
    k, seen = span.start - 1, 0
    while k >= first and doc[k].lower_ in roles:
        k, seen = k - 1, seen + 1
    if not (seen or titled) or k < first:
        return None
    if doc[k].lower_ in _POSSESSIVE and k - 1 >= first and doc[k].idx > 0:
        k -= 1
    return by_end.get(doc[k].idx + len(doc[k]))


def _organisation_after(span: Span, by_start: dict[int, EntityMention], roles: frozenset[str],
                        links: frozenset[str]) -> EntityMention | None:
    """The name an apposition after ``span`` gives as the person's: ', Velmar's chief
    executive', ', a senior engineer at Brask Drilling', ', the head of Velmar'."""
    doc, end = span.doc, span.sent.end
    k = span.end
    if k >= end or doc[k].text != ",":
        return None
    k += 1
    if k < end and doc[k].lower_ in _ARTICLES:
        k += 1
    if k >= end:
        return None
    org = by_start.get(doc[k].idx)
    if org is not None:  # ', Velmar's chief executive', ', a Velmar official'
        while k < end and doc[k].idx < org.end:
            k += 1
        if k < end and doc[k].lower_ in _POSSESSIVE:
            k += 1
        return org if k < end and doc[k].lower_ in roles else None
    seen = 0
    while k < end and doc[k].lower_ in roles:
        k, seen = k + 1, seen + 1
    if not seen or k >= end or doc[k].lower_ not in links:
        return None
    k += 1
    if k < end and doc[k].lower_ in _ARTICLES:
        k += 1
    return by_start.get(doc[k].idx) if k < end else None
