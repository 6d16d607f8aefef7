"""TimeML in and out.

:func:`read_tml` gives the plain text of ``<TEXT>`` (markup removed, entities
decoded), the DCT and the gold TIMEX3s with offsets into that plain text.
:func:`render_tml` writes the same file with the TIMEX3s of ``<TEXT>`` replaced
by ours: every byte outside the inserted tags is the original byte (other
markup such as ``<EVENT>`` is kept; if one of our tags would cross it, that
document's other in-TEXT markup is dropped so the XML stays well-formed).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from dateline.errors import InputError
from dateline.model import Timex

_SEG = re.compile(r"(<[^>]*>)|(&#?[A-Za-z0-9]+;)|([^<&]+)|(&)")
_ATTR = re.compile(r'([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"')
_TEXT_OPEN = re.compile(r"<TEXT>", re.IGNORECASE)
_TEXT_CLOSE = re.compile(r"</TEXT>", re.IGNORECASE)
_DCT = re.compile(r"<DCT>.*?value=\"([0-9]{4}-[0-9]{2}-[0-9]{2})", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class Segment:
    kind: str  # "tag" | "text" | "entity"
    raw: str
    start: int  # plain-text offsets
    end: int


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class TimemlDoc:
    path: str
    raw: str
    inner_start: int  # raw offsets of the <TEXT> content
    inner_end: int
    segments: tuple[Segment, ...]
    text: str
    dct: date | None
    gold: tuple[GoldTimex, ...]
    #: what reading it needed: bytes that were not UTF-8, XML that is not well-formed
    warnings: tuple[str, ...] = ()


def _is_timex_tag(raw: str) -> bool:
    return re.match(r"</?TIMEX3\b", raw, re.IGNORECASE) is not None


def _segments(inner: str) -> tuple[list[Segment], str]:
    segs: list[Segment] = []
    plain: list[str] = []
    pos = 0
    for m in _SEG.finditer(inner):
        raw = m.group()
        if m.group(1):
            segs.append(Segment("tag", raw, pos, pos))
            continue
        if m.group(2):
            ch = html.unescape(raw)
            if len(ch) != 1:
                ch = raw  # unknown entity: keep it verbatim as text
                segs.append(Segment("text", raw, pos, pos + len(raw)))
            else:
                segs.append(Segment("entity", raw, pos, pos + 1))
        else:
            ch = raw
            segs.append(Segment("text", raw, pos, pos + len(raw)))
        plain.append(ch)
        pos += len(ch)
    return segs, "".join(plain)


def _gold(segs: list[Segment], text: str) -> list[GoldTimex]:
    out: list[GoldTimex] = []
    open_: tuple[int, dict[str, str]] | None = None
    for s in segs:
        if s.kind != "tag" or not _is_timex_tag(s.raw):
            continue
        if s.raw.startswith("</"):
            if open_ is not None:
                st, attrs = open_
                out.append(GoldTimex(st, s.start, text[st:s.start], attrs.get("type", ""),
                                     attrs.get("value", ""), attrs.get("mod") or None))
            open_ = None
        else:
            open_ = (s.start, dict(_ATTR.findall(s.raw)))
    return out


def parse_tml(raw: str, path: str = "<tml>") -> TimemlDoc:
    mo, mc = _TEXT_OPEN.search(raw), _TEXT_CLOSE.search(raw)
    if mo is None or mc is None or mc.start() < mo.end():
        raise InputError(path, None, "no <TEXT> element")
    inner = raw[mo.end():mc.start()]
    segs, text = _segments(inner)
    dm = _DCT.search(raw)
    dct = None
    if dm:
        try:
            dct = date.fromisoformat(dm.group(1))
        except ValueError:
            dct = None
    gold = tuple(_gold(segs, text))
    problem = xml_problem(raw)
    return TimemlDoc(path, raw, mo.end(), mc.start(), tuple(segs), text, dct, gold,
                     (problem,) if problem else ())


def xml_problem(raw: str) -> str | None:
    """Why a document is not well-formed XML (it is read leniently all the same: the
    text of <TEXT> and the TIMEX3 tags in it), or None."""
    try:
        ET.fromstring(raw.lstrip("\ufeff"))
    except ET.ParseError as exc:
        return f"not well-formed XML ({exc}): read leniently"
    return None


_DCT_OPEN = re.compile(r"<DCT\b", re.IGNORECASE)


def dct_problem(doc: TimemlDoc) -> str | None:
    """What is wrong with a document's DCT, in words, or None: none at all or none with a
    YYYY-MM-DD value (its relative dates cannot be resolved), or several (the first is
    used)."""
    n = len(_DCT_OPEN.findall(doc.raw, 0, doc.inner_start))
    if n == 0:
        return "no <DCT>: relative dates left unresolved"
    if doc.dct is None:
        return "the <DCT> holds no YYYY-MM-DD date: relative dates left unresolved"
    if n > 1:
        return f"{n} <DCT> elements: the first ({doc.dct.isoformat()}) is used"
    return None


def read_tml(path: str | Path) -> TimemlDoc:
    """A .tml file, its bytes decoded as every input file is (a BOM, UTF-16, a stray
    byte, a Latin-1 file: :func:`dateline.ingest.decode.read_text_noted`); the decoding's
    warning and any XML problem are the document's ``warnings``."""
    from dateline.ingest.decode import read_text_noted

    p = Path(path)
    raw, note = read_text_noted(p)
    doc = parse_tml(raw, str(p))
    return replace(doc, warnings=(note, *doc.warnings)) if note else doc


def _timex_tag(t: Timex) -> str:
    attrs: list[tuple[str, str | None]] = [
        ("tid", t.tid), ("type", t.type), ("value", t.value),
        ("mod", t.mod), ("quant", t.quant), ("freq", t.freq),
    ]
    body = " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs if v)
    return f"<TIMEX3 {body}>"


def _render_inner(segs: Iterable[Segment], timexes: Iterable[Timex], keep_tags: bool) -> str:
    opens: dict[int, list[Timex]] = {}
    closes: dict[int, int] = {}
    for t in timexes:
        if t.end <= t.start:
            continue
        opens.setdefault(t.start, []).append(t)
        closes[t.end] = closes.get(t.end, 0) + 1
    out: list[str] = []
    closed_at: set[int] = set()

    def flush(pos: int, with_opens: bool) -> None:
        if pos in closes and pos not in closed_at:
            out.append("</TIMEX3>" * closes[pos])
            closed_at.add(pos)
        if with_opens:
            for t in opens.pop(pos, ()):
                out.append(_timex_tag(t))

    for s in segs:
        if s.kind == "tag":
            flush(s.start, with_opens=False)
            if keep_tags and not _is_timex_tag(s.raw):
                out.append(s.raw)
            continue
        if s.kind == "entity":
            flush(s.start, with_opens=True)
            out.append(s.raw)
            continue
        cut = s.start
        for p in range(s.start, s.end):
            if p in closes or p in opens:
                out.append(s.raw[cut - s.start:p - s.start])
                cut = p
                flush(p, with_opens=True)
        out.append(s.raw[cut - s.start:])
    if segs:
        flush(max(s.end for s in segs), with_opens=False)
    return "".join(out)


def render_tml(doc: TimemlDoc, timexes: Iterable[Timex]) -> str:
    """The document with our TIMEX3s in ``<TEXT>`` (gold TIMEX3s there removed)."""
    tx = list(timexes)
    outside = doc.raw[:doc.inner_start] + doc.raw[doc.inner_end:]
    taken = set(re.findall(r'\btid="([^"]*)"', outside))
    if any(t.tid in taken for t in tx):  # e.g. a DCT with tid="t1": renumber ours
        nums = [int(m) for m in re.findall(r"t(\d+)", " ".join(taken))] or [0]
        tx = [replace(t, tid=f"t{max(nums) + i}") for i, t in enumerate(tx, start=1)]
    inner = _render_inner(doc.segments, tx, keep_tags=True)
    try:
        ET.fromstring(f"<TEXT>{inner}</TEXT>")
    except ET.ParseError:
        inner = _render_inner(doc.segments, tx, keep_tags=False)
    return doc.raw[:doc.inner_start] + inner + doc.raw[doc.inner_end:]


def tag_folder(in_dir: str | Path, out_dir: str | Path, use_spacy: bool = False,
               nlp: Any = None,
               report: Callable[[Path, str, bool], None] | None = None) -> int:
    """``dateline timeml IN_DIR OUT_DIR [--spacy]``: tag every ``*.tml``; returns the count.

    Without ``use_spacy`` the engine runs alone (parser-free tense heuristic);
    with it, spaCy's tags decide the tense of governing verbs. With ``report``, a file
    that cannot be read is skipped and reported (``report(path, error, True)``) and one
    read with a warning or a missing or doubled DCT is tagged and reported
    (``report(path, problem, False)``); without it the first unreadable file raises.
    """
    from dateline.timex import tag

    src, dst = Path(in_dir), Path(out_dir)
    if not src.is_dir():
        raise InputError(str(src), None, "not a directory")
    dst.mkdir(parents=True, exist_ok=True)
    if use_spacy and nlp is None:
        from dateline.config import Settings
        from dateline.pipeline import load_nlp

        nlp = load_nlp(Settings().model)
    n = 0
    for path in sorted(src.glob("*.tml")):
        try:
            doc = read_tml(path)
        except InputError as exc:
            if report is None:
                raise
            report(path, str(exc), True)
            continue
        if report is not None:
            for problem in (*doc.warnings, dct_problem(doc)):
                if problem:
                    report(path, problem, False)
        sdoc = nlp(doc.text) if use_spacy and nlp is not None else None
        found = tag(doc.text, doc.dct, sdoc)
        (dst / path.name).write_text(render_tml(doc, found), encoding="utf-8")
        n += 1
    return n
