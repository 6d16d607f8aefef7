"""Bytes -> text: BOMs, UTF-16, UTF-8, latin-1 fallback, binary detection.

Order matters: a BOM is the strongest evidence, then strict UTF-8 (which
almost never decodes non-UTF-8 text by accident), then latin-1, which decodes
anything, so binary data has to be recognised by its content afterwards.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import BinaryIO

from dateline.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab/newline/carriage return/form feed, DEL, C1 controls
# and the replacement character: rare in text, about a quarter of random bytes.
_CONTROL = re.compile("[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_SAMPLE = 65_536
_CHUNK = 1 << 20
_MAX_CONTROL_SHARE = 0.02
_MIN_CONTROLS = 8


class Undecodable(ValueError):
    """The bytes are not text in any encoding we accept."""


def sniff_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark announces, or None."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return None


def binary_reason(text: str) -> str | None:
    """Why decoded text looks like binary data, or None when it looks like text."""
    if "\x00" in text:
        return "binary content (NUL bytes)"
    sample = text[:_SAMPLE]
    n = len(_CONTROL.findall(sample))
    # A few stray controls (an ESC pasted from a terminal) do not make a text binary.
    if n > _MIN_CONTROLS and n / len(sample) > _MAX_CONTROL_SHARE:
        return "binary content (control characters)"
    return None


def normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_unmarked(raw: bytes) -> str:
    # cp1252 before latin-1: Windows "smart quotes" live where latin-1 has controls.
    for enc in ("utf-8", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def decode_bytes(raw: bytes) -> str:
    """Decode one document; raise :class:`Undecodable` for binary data."""
    enc = sniff_encoding(raw[:4])
    if enc is not None:
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError as exc:
            raise Undecodable(f"undecodable bytes ({enc} with BOM): {exc.reason}") from None
    else:
        text = _decode_unmarked(raw)
    reason = binary_reason(text)
    if reason:
        raise Undecodable(reason)
    return normalise_newlines(text)


def _count_rest(fh: BinaryIO, encoding: str) -> int:
    """Characters left in ``fh`` (streamed in chunks: a huge file is never held whole)."""
    dec = codecs.getincrementaldecoder(encoding)(errors="replace")
    n = 0
    while chunk := fh.read(_CHUNK):
        part = dec.decode(chunk)
        n += len(part) - part.count("\r\n")
    return n + len(dec.decode(b"", final=True))


def read_document(path: str | Path, max_chars: int) -> tuple[str, int | None]:
    """Decode a file, reading at most what ``max_chars`` characters can take.

    Returns the text and, when the file holds more than that, its full length in
    characters (so the article can record ``truncated_from``); raises
    :class:`Undecodable` or OSError.
    """
    cap = max_chars * 4 + 8  # no encoding we accept needs more than 4 bytes a character
    with open(path, "rb") as fh:
        head = fh.read(cap)
        extra = fh.read(1)
        if not extra:
            return decode_bytes(head), None
        enc = sniff_encoding(head[:4]) or "utf-8"
        dec = codecs.getincrementaldecoder(enc)(errors="strict")
        try:
            text = dec.decode(head)
        except UnicodeDecodeError:
            enc, dec = "latin-1", codecs.getincrementaldecoder("latin-1")()
            text = dec.decode(head)
        text = text.lstrip("\ufeff")
        reason = binary_reason(text)
        if reason:
            raise Undecodable(reason)
        text = normalise_newlines(text)
        fh.seek(len(head))
        return text, len(text) + _count_rest(fh, enc)


def read_text_file(path: str | Path) -> str:
    """The text of one file, decoded as above; raise InputError when unreadable."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(str(p), None, f"cannot read: {exc.strerror or exc}") from exc
    try:
        return decode_bytes(raw)
    except Undecodable as exc:
        raise InputError(str(p), None, str(exc)) from exc
