"""Read the SemEval-2015 Task 4 (TimeLine) corpus for Track A: each document's text
rebuilt from its CAT tokens (each CAT sentence a paragraph of its own), its DCT, and
where each token lies in that text, so a character offset of dateline's maps back to
the task's ``<docid>-<sentence>-<token>`` mentions.
"""

from __future__ import annotations

import bisect
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "'s", "n't", "'", "%",
                             "'re", "'ve", "'ll", "'d", "'m"})
NO_SPACE_AFTER = frozenset({"(", "[", "$"})


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    sentence: int
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    text: str
    dct: date | None
    tokens: tuple[Token, ...]  # in text order

    def token_at(self, offset: int) -> Token | None:
        """The token whose span holds ``offset`` (or starts right after it)."""
        starts = [t.start for t in self.tokens]
        k = bisect.bisect_right(starts, offset) - 1
        if k >= 0 and self.tokens[k].start <= offset < self.tokens[k].end:
            return self.tokens[k]
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens that overlap the span ``[start, end)``."""
        return [t for t in self.tokens if t.start < end and start < t.end]

    def mention(self, offset: int) -> str | None:
        """``<docid>-<sentence>-<token>`` of the token at ``offset``."""
        tok = self.token_at(offset)
        return None if tok is None else f"{self.doc_id}-{tok.sentence}-{tok.text}"


def read_cat(path: Path) -> Document:
    root = ET.parse(path).getroot()
    doc_id = root.get("doc_id") or path.name.split("_")[0].split("-")[0]
    dct: date | None = None
    for tx in root.iter("TIMEX3"):
        if tx.get("functionInDocument") == "CREATION_TIME":
            m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", tx.get("value") or "")
            if m:
                dct = date(int(m[1]), int(m[2]), int(m[3]))
    parts: list[str] = []
    tokens: list[Token] = []
    pos = 0
    prev_sent: int | None = None
    prev_text = ""
    for el in root.iter("token"):
        word = el.text or ""
        sent = int(el.get("sentence") or 0)
        if prev_sent is None:
            sep = ""
        elif sent != prev_sent:
            # a blank line ends a sentence in dateline, so its sentences are the task's;
            # CAT keeps no paragraphs, and one paragraph of the whole body would date
            # each sentence by the last date of any sentence before it
            sep = "\n\n"
        elif word in NO_SPACE_BEFORE or prev_text in NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        pos += len(sep)
        tokens.append(Token(pos, pos + len(word), sent, word))
        parts.append(word)
        pos += len(word)
        prev_sent, prev_text = sent, word
    return Document(doc_id, "".join(parts), dct, tuple(tokens))


def read_corpus(folder: Path) -> list[Document]:
    return [read_cat(p) for p in sorted(folder.glob("*.xml"))]
