"""A small made-up corpus built as Annotation records (no spaCy), stored with Store.write.

Offsets really point into the text. One article carries script payloads in its
title, text and entity names, to prove they show as text and never run.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dateline.model import (
    Annotation,
    Article,
    DateCheck,
    DateEvidence,
    Entity,
    Event,
    EventTime,
    Sentence,
    Timex,
    content_hash,
)

XSS_TITLE = "<img src=x onerror=\"window.__xss=1;document.title='pwned'\">Alert"
XSS_SENTENCE = (
    "Mallory <script>window.__xss=2;document.title='pwned'</script> attacked "
    "the </script><img src=y onerror=\"window.__xss=3\"> depot."
)
XSS_ACTOR = "Mallory<script>window.__xss=4</script>"


def article(aid, sentences, events, dct, title, source, verdict="consistent", url=None):
    """An Annotation of ``sentences``; each event is (sentence, trigger, type, time, actor,
    target[, negated]); each time value gets a TIMEX3 on the sentence's first word."""
    text, sents, pos = "", [], 0
    for i, s in enumerate(sentences):
        if i:
            text += " "
            pos += 1
        sents.append(Sentence(i, pos, pos + len(s), s))
        text += s
        pos += len(s)
    timexes, evs, ents = [], [], []
    for k, (si, trig, typ, when, actor, target, *neg) in enumerate(events):
        s = sents[si]
        at = s.start + s.text.index(trig)
        first = s.text.split()[0]
        tid = f"t{k + 1}"
        timexes.append(Timex(tid, s.start, s.start + len(first), first, "DATE", when,
                             sentence=si, anchor="dct", rule="test"))
        for name in (actor, target):
            if name and name in s.text:
                a = s.start + s.text.index(name)
                ents.append(Entity(a, a + len(name), name, "ORG", name, si))
        evs.append(Event(f"e{k + 1}", typ, trig, at, at + len(trig), si, actor=actor,
                         target=target, time=EventTime(when, tid, "sentence"),
                         negated=bool(neg and neg[0])))
    dc = DateCheck(verdict, (DateEvidence(0, 1, text[0], "made-up evidence"),)
                   if verdict != "consistent" else ())
    art = Article(aid, text, dct, "header", title, url, source, f"/corpus/{aid}.txt", None,
                  content_hash(text))
    return Annotation(art, tuple(sents), tuple(timexes), tuple(ents), tuple(evs), (), (), dc)


def corpus() -> list[Annotation]:
    return [
        article("wire-1", [
            "Monday Acme Corp sued Globex over the patent.",
            "Tuesday Globex met Acme Corp negotiators in Geneva.",
        ], [
            (0, "sued", "ACCUSE", "2024-01-15", "Acme Corp", "Globex"),
            (1, "met", "CONSULT", "2024-01-16", "Globex", "Acme Corp"),
        ], date(2024, 1, 17), "Acme sues Globex", "Wire One", url="https://example.org/a?x=1&y=2"),
        article("paper-2", [
            "Friday Initech protested against Acme Corp outside the plant.",
            "March Globex aided Initech with supplies.",
        ], [
            (0, "protested", "PROTEST", "2024-02-02", "Initech", "Acme Corp"),
            (1, "aided", "AID", "2024-03", "Globex", "Initech"),
        ], date(2024, 2, 3), "Protest at the plant", "Daily Paper", verdict="contradicted",
            url="javascript:alert(1)"),
        article("blog-3", [
            "Monday Acme Corp did not sue Globex, a spokesman said.",
        ], [
            (0, "sue", "ACCUSE", "2024-01-15", "Acme Corp", "Globex", True),
        ], date(2024, 1, 18), "Denial", "Blog Three", verdict="suspicious"),
        article("evil-4", [XSS_SENTENCE], [
            (0, "attacked", "ASSAULT", "2024-02-20", XSS_ACTOR, "depot"),
        ], date(2024, 2, 21), XSS_TITLE, "<b>Evil</b> & Co"),
    ]


def make_store(path: Path) -> Path:
    from dateline.store import Store

    with Store(path) as st:
        st.write(corpus())
    return path


def redated(ann: Annotation, estimated: date) -> Annotation:
    """``ann`` as ``run --reanchor`` stores a contradicted article it re-dated: the DCT is
    the estimated date and a warning keeps the stated one (datecheck.reanchor's words)."""
    from dataclasses import replace

    from dateline.datecheck import REANCHORED

    a = ann.article
    assert a.dct is not None
    note = (f"{REANCHORED} stated date {a.dct.isoformat()} is contradicted by the content; "
            f"timexes re-resolved against estimated date {estimated.isoformat()}")
    return replace(ann, article=replace(a, dct=estimated, warnings=(*a.warnings, note)))


def redated_corpus() -> list[Annotation]:
    """The corpus with paper-2 (contradicted: stated 2024-02-03) re-dated to 2024-02-05;
    blog-3 stays suspicious, nothing else is contradicted."""
    return [redated(a, date(2024, 2, 5)) if a.article.id == "paper-2" else a for a in corpus()]


def make_redated_store(path: Path) -> Path:
    from dateline.store import Store

    with Store(path) as st:
        st.write(redated_corpus())
    return path
