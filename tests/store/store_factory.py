"""Build Annotation records directly (no spaCy) with offsets that really point into the text."""

from __future__ import annotations

from datetime import date

from dateline.model import (
    Annotation,
    Article,
    DateCheck,
    DateEvidence,
    Entity,
    Event,
    EventTime,
    Quantity,
    Quote,
    Sentence,
    Timex,
    content_hash,
)


def make(
    aid: str,
    sentences: list[str],
    events: list[dict] | None = None,
    dct: date | None = date(2024, 2, 7),
    source: str | None = "Wire",
    title: str | None = None,
    verdict: str | None = "consistent",
) -> Annotation:
    """An article of ``sentences``; each event dict names its sentence, trigger word and time value.

    Every sentence's capitalised first word becomes an entity mention, the first
    digit run a quantity, and a quoted stretch a quote, so every table gets rows.
    """
    text, sents, pos = "", [], 0
    for i, s in enumerate(sentences):
        if i:
            text += " "
            pos += 1
        sents.append(Sentence(i, pos, pos + len(s), s))
        text += s
        pos += len(s)
    ents, quants, quotes, timexes = [], [], [], []
    for s in sents:
        first = s.text.split()[0].strip(".,")
        ents.append(Entity(s.start, s.start + len(first), first, "ORG", first, s.index,
                           (("kind", "test"),)))
        digits = next((w for w in s.text.split() if w.strip(".,").isdigit()), None)
        if digits:
            w = digits.strip(".,")
            at = s.start + s.text.index(w)
            quants.append(Quantity(at, at + len(w), w, float(w), False, None, None, "things",
                                   s.index))
        if '"' in s.text:
            a = s.start + s.text.index('"')
            b = s.start + s.text.index('"', a - s.start + 1) + 1
            quotes.append(Quote(a, b, text[a:b], first, "said", "direct", s.start,
                                s.start + len(first), None, None, None, s.index))
    evs = []
    for k, e in enumerate(events or []):
        s = sents[e.get("sentence", 0)]
        trig = e["trigger"]
        at = s.start + s.text.index(trig)
        tid = None
        if e.get("time"):
            tid = f"t{len(timexes) + 1}"
            timexes.append(Timex(tid, s.start, s.start + 1, text[s.start], "DATE", e["time"],
                                 sentence=s.index, anchor="dct", rule="test"))
        evs.append(Event(
            id=f"e{k + 1}", type=e.get("type", "ASSAULT"), trigger=trig, start=at,
            end=at + len(trig), sentence=s.index, actor=e.get("actor"), target=e.get("target"),
            location=e.get("location"),
            time=EventTime(e.get("time"), tid, "sentence", e.get("time_end")),
            quantities=(0,) if quants else (), negated=e.get("negated", False),
            links=tuple(e.get("links", ())),
        ))
    dc = None if verdict is None else DateCheck(
        verdict, (DateEvidence(0, 1, text[0], "test evidence"),), date(2024, 1, 1), None
    )
    art = Article(id=aid, text=text, dct=dct, dct_source="field", title=title or f"Title {aid}",
                  url=f"https://example.org/{aid}", source=source, path="corpus.jsonl",
                  line=1, content_hash=content_hash(text), warnings=("w1",))
    return Annotation(article=art, sentences=tuple(sents), timexes=tuple(timexes),
                      entities=tuple(ents), events=tuple(evs), quotes=tuple(quotes),
                      quantities=tuple(quants), datecheck=dc)


def simple(i: int, actor: str = "Rebels", when: str | None = "2024-02-05") -> Annotation:
    """A small article with one event; ``i`` varies id and wording."""
    return make(
        f"art{i:06d}",
        [f"{actor} attacked the base {i} times on Monday.", 'Officials said "it was bad".'],
        [{"trigger": "attacked", "actor": actor, "target": "Army", "time": when}],
    )
