"""Bytes -> text: BOMs, UTF-16, UTF-8, latin-1 fallback, binary detection.

Order matters: a BOM is the strongest evidence, then strict UTF-8 (which
almost never decodes non-UTF-8 text by accident), then UTF-8 with a few bad bytes
(:func:`damaged_utf8`), then cp1252 and latin-1, which decodes anything, so binary
data has to be recognised by its content afterwards.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import BinaryIO

from dateline.errors import InputError
from dateline.model import Reject

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# NUL, C0 controls other than tab/newline/carriage return/form feed, DEL, C1 controls
# and the replacement character: rare in text, about a quarter of random bytes.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_SAMPLE = 65_536
_CHUNK = 1 << 20
_MAX_CONTROL_SHARE = 0.02
_MIN_CONTROLS = 8
_MAX_SHORT_SHARE = 0.2  # a short text this much NUL and control is binary, unless one alone


def cannot_read(exc: OSError) -> str:
    """Why a file could not be opened or read, as every reader says it ('cannot read:
    Permission denied')."""
    return f"cannot read: {exc.strerror or exc}"


class Undecodable(ValueError):
    """The bytes are not text in any encoding we accept."""


def unreadable(name: str, exc: OSError | Undecodable) -> Reject:
    """The file ``name`` rejected: it could not be read (:func:`cannot_read`), or its bytes
    are no text (the reason :class:`Undecodable` gives)."""
    return Reject(name, None, cannot_read(exc) if isinstance(exc, OSError) else str(exc))


def sniff_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark announces, or None."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return None


def binary_reason(text: str) -> str | None:
    """Why decoded text looks like binary data, or None when it looks like text.

    The share of NUL and control characters decides: a few stray ones (an ESC pasted
    from a terminal, NUL bytes left by a broken copy) do not make a text binary; the
    reader strips them (:func:`strip_nuls`) and says so."""
    sample = text[:_SAMPLE]
    found = _CONTROL.findall(sample)
    n = len(found)
    share = n / len(sample) if sample else 0.0
    if (n > 1 and share > _MAX_SHORT_SHARE) or (n > _MIN_CONTROLS
                                                and share > _MAX_CONTROL_SHARE):
        nuls = found.count("\x00")
        return f"binary content ({'NUL bytes' if 2 * nuls >= n else 'control characters'})"
    return None


def strip_nuls(text: str) -> tuple[str, str | None]:
    """The text without NUL characters, and a warning saying how many were removed."""
    n = text.count("\x00")
    if not n:
        return text, None
    return text.replace("\x00", ""), f"{n} NUL byte{'' if n == 1 else 's'} removed"


def normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def damaged_utf8(raw: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few bytes that are not: the text with U+FFFD for each bad sequence
    and how many there were, or None when the bytes are not mostly UTF-8.

    One stray byte must not make a UTF-8 file cp1252 as a whole (every curly quote and
    accented letter would turn into mojibake, silently). A cp1252 or latin-1 text has
    almost no valid multi-byte UTF-8 sequences, so more of them than bad ones means
    UTF-8 that was damaged (a truncated copy, two files joined, one bad byte)."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    return (text, bad) if good > bad else None


def damage_note(bad: int) -> str:
    s = "" if bad == 1 else "s"
    return f"{bad} byte sequence{s} not valid UTF-8 in UTF-8 text, read as U+FFFD"


def fallback_note(encoding: str) -> str:
    return f"not UTF-8: read as {encoding}"


def decode_unmarked(raw: bytes) -> tuple[str, str | None]:
    """Bytes with no BOM: the text and a warning when they were not UTF-8 (bad UTF-8
    bytes replaced, or the whole read as cp1252 or latin-1)."""
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    damaged = damaged_utf8(raw)
    if damaged is not None:
        return damaged[0], damage_note(damaged[1])
    # cp1252 before latin-1: Windows "smart quotes" live where latin-1 has controls.
    try:
        return raw.decode("cp1252"), fallback_note("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1"), fallback_note("latin-1")


def decode_noted(raw: bytes) -> tuple[str, str | None]:
    """One document's text (by its BOM, else :func:`decode_unmarked`; newlines normalised)
    and a warning for the reader when the bytes were not UTF-8; raise :class:`Undecodable`
    for binary data."""
    enc = sniff_encoding(raw[:4])
    note = None
    if enc is not None:
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError as exc:
            raise Undecodable(f"undecodable bytes ({enc} with BOM): {exc.reason}") from None
    else:
        text, note = decode_unmarked(raw)
    reason = binary_reason(text)
    if reason:
        raise Undecodable(reason)
    return normalise_newlines(text), note


#: Python's stdin (UTF-8 locale) decodes with 'surrogateescape': each byte that is not
#: UTF-8 becomes a lone surrogate U+DC80..U+DCFF, which no encoder takes later
_ESCAPED = re.compile("[\udc80-\udcff]")


def unescape(text: str, encoding: str | None) -> tuple[str, str | None]:
    """Text a stream decoded with 'surrogateescape' (stdin), its bad bytes read as a file's
    would be (:func:`decode_unmarked`: a stray byte in UTF-8 becomes U+FFFD, a cp1252 text
    is cp1252), and the warning that gives; unchanged when it holds no escaped byte."""
    if not _ESCAPED.search(text):
        return text, None
    try:
        raw = text.encode(encoding or "utf-8", "surrogateescape")
    except (UnicodeEncodeError, LookupError):
        return _ESCAPED.sub("\ufffd", text), damage_note(len(_ESCAPED.findall(text)))
    return decode_unmarked(raw)


def _count_rest(fh: BinaryIO, encoding: str) -> int:
    """Characters left in ``fh`` (streamed in chunks: a huge file is never held whole)."""
    dec = codecs.getincrementaldecoder(encoding)(errors="replace")
    n = 0
    while chunk := fh.read(_CHUNK):
        part = dec.decode(chunk)
        n += len(part) - part.count("\r\n")
    return n + len(dec.decode(b"", final=True))


def read_document(path: str | Path, max_chars: int) -> tuple[str, int | None, str | None]:
    """Decode a file, reading at most what ``max_chars`` characters can take.

    Returns the text, when the file holds more than that its full length in
    characters (so the article can record ``truncated_from``), and a warning when
    the bytes were not UTF-8 (some replaced, or read as latin-1); raises
    :class:`Undecodable` or OSError.
    """
    cap = max_chars * 4 + 8  # no encoding we accept needs more than 4 bytes a character
    with open(path, "rb") as fh:
        head = fh.read(cap)
        extra = fh.read(1)
        if not extra:
            text, note = decode_noted(head)
            return text, None, note
        note = None
        enc = sniff_encoding(head[:4]) or "utf-8"
        dec = codecs.getincrementaldecoder(enc)(errors="strict")
        try:
            text = dec.decode(head)
        except UnicodeDecodeError:
            damaged = damaged_utf8(head)
            if damaged is not None:  # the head decides; the rest is only counted
                dec = codecs.getincrementaldecoder(enc)(errors="replace")
                text, note = dec.decode(head), damage_note(damaged[1])
            else:
                enc, dec = "latin-1", codecs.getincrementaldecoder("latin-1")()
                text, note = dec.decode(head), fallback_note("latin-1")
        text = text.lstrip("\ufeff")
        reason = binary_reason(text)
        if reason:
            raise Undecodable(reason)
        text = normalise_newlines(text)
        fh.seek(len(head))
        return text, len(text) + _count_rest(fh, enc), note


def read_text_noted(path: str | Path) -> tuple[str, str | None]:
    """The text of one file, decoded as above, and the warning its decoding gave (bytes
    that were not UTF-8); raise InputError when unreadable or binary."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(str(p), None, cannot_read(exc)) from exc
    try:
        return decode_noted(raw)
    except Undecodable as exc:
        raise InputError(str(p), None, str(exc)) from exc


def read_text_file(path: str | Path) -> str:
    """The text of one file, decoded as above; raise InputError when unreadable."""
    return read_text_noted(path)[0]
