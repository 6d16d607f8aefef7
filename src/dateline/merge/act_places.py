"""Acts of one kind told of two places within one article: 'In Tessel , 2,000 marchers
demand a vote' / 'A Varnow rally of a few hundred also demands autonomy' -- one article's
report of one day's protests, city by city, tells one act in each city however alike the
wording (rules.json ``acts_placed_about``: a pair veto the eject pass reads).
The place is the mention's own place phrase (:attr:`Mention.place`), else the place the
sentence opens with before the trigger (:func:`opening_place`)."""

from __future__ import annotations

import re

from dateline.merge.mention import Mention, once
from dateline.merge.places import place_path, places_apart
from dateline.merge.rules import Rules

#: a name of up to three capitalised words ('Donetsk', 'New Tessel')
_NAME = r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"


def acts_placed_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one article and one type of ``acts_placed_types``, each placed
    (:func:`act_place`) in one country at one depth of its places (two cities or two
    regions of it), the two places apart: two acts. Places of two countries or of two
    depths are left to the place veto and the score ('a rally in Varnow' beside 'protests
    across Tessel' may tell one day's protests and one of them)."""
    if a.article_id != b.article_id or a.type != b.type or a.key == b.key:
        return False
    if a.type not in r.words("acts_placed_types"):
        return False
    pa, pb = act_place(a, r), act_place(b, r)
    if pa is None or pb is None or "/" not in pa:
        return False
    return (pa.split("/", 1)[0] == pb.split("/", 1)[0] and pa.count("/") == pb.count("/")
            and places_apart(pa, pb))


def act_place(m: Mention, r: Rules) -> str | None:
    """The mention's own place, else the place its sentence opens with (kept per mention)."""
    return m.place or once(m, "opening_place", r, opening_place)


def opening_place(m: Mention, r: Rules) -> str | None:
    """The place a sentence opens with before the trigger: an ``acts_placed_preps`` phrase
    closed by a comma ('In Tessel , marchers demand') or a place name between an
    ``acts_placed_determiners`` word and a lower-case word ('A Varnow rally of a few
    hundred demands'); None when the opening names no place :func:`place_path` knows."""
    s = m.sentence or ""
    at = m.start - m.sentence_start if m.sentence_start is not None else -1
    if at <= 0:
        return None
    if not (r.words("acts_placed_preps") and r.words("acts_placed_determiners")):
        return None
    preps = "|".join(re.escape(w) for w in r.words("acts_placed_preps"))
    dets = "|".join(re.escape(w) for w in r.words("acts_placed_determiners"))
    for pattern in (rf"(?i:{preps})\s+(?:the\s+)?{_NAME}\s*,", rf"(?i:{dets})\s+{_NAME}\s+[a-z]"):
        hit = re.match(pattern, s[:at])
        if hit:
            return place_path(hit.group(1))
    return None
