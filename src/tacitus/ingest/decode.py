"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 / Latin-1.

News archives are mostly UTF-8, but older Western feeds are Windows-1252 (curly quotes in bytes
0x80-0x9F) or Latin-1. Binary files (images, archives, PDFs) must be refused, not decoded into
mojibake, so that a folder with a stray picture produces a clear Failure instead of an article.
"""

from __future__ import annotations

import codecs

from ..errors import InputError

__all__ = ["decode_bytes", "looks_binary"]

# Bytes that Windows-1252 leaves undefined; when one occurs the text cannot be cp1252.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
# Control characters that ordinary text may contain.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
# Above this share of control characters a "text" is really binary data.
_MAX_CONTROL_SHARE = 0.01
# Above this share of non-ASCII bytes, a non-UTF-8 input is not Western European text.
_MAX_HIGH_BYTE_SHARE = 0.3


def _label(name: str) -> str:
    """Return how a message names the input."""
    return repr(name) if name else "the input"


def _control_share(text: str) -> float:
    """Return the share of characters that are control characters (C0 or C1) but not whitespace."""
    if not text:
        return 0.0
    controls = sum(
        1 for ch in text if (ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F) and ch not in _TEXT_CONTROLS
    )
    return controls / len(text)


def looks_binary(data: bytes) -> bool:
    """Return True when ``data`` (or a prefix of it) is binary rather than text.

    NUL bytes are the surest sign (no text encoding we read uses them, UTF-16 excepted, which is
    recognised by its byte order mark before this test).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in data:
        return True
    sample = data[:65536]
    return _control_share(sample.decode("latin-1")) > _MAX_CONTROL_SHARE


def _decode_legacy(data: bytes, name: str) -> str:
    """Decode non-UTF-8 bytes as Windows-1252, Latin-1, or (rarely) what charset-normalizer finds."""
    high = sum(1 for byte in data if byte >= 0x80)
    if high / len(data) <= _MAX_HIGH_BYTE_SHARE:
        # cp1252 and Latin-1 agree on 0xA0-0xFF; cp1252 maps 0x80-0x9F to quotes and dashes where
        # Latin-1 has invisible C1 controls, so cp1252 is the better reading whenever it applies.
        if not _CP1252_UNDEFINED.intersection(data):
            return data.decode("cp1252")
        return data.decode("latin-1")
    # Mostly non-ASCII: maybe another legacy encoding; accept only a confident, coherent guess.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.chaos < 0.1:
        return str(best)
    raise InputError(
        f"{_label(name)} is not readable text (not UTF-8, Windows-1252 or Latin-1); "
        "convert it to UTF-8 or remove it from the input"
    )


def decode_bytes(data: bytes, name: str = "") -> str:
    """Decode the bytes of an article or corpus file into text.

    Tries UTF-8 (a leading BOM is removed), UTF-16 when it starts with a BOM, then Windows-1252 and
    Latin-1. Raises InputError for binary content (NUL bytes, control characters, undecodable
    garbage) and for empty or whitespace-only input; ``name`` is used in the message.
    """
    if not data or not data.strip():
        raise InputError(f"{_label(name)} is empty; give a file that contains article text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{_label(name)} has a UTF-16 byte order mark but is not UTF-16 ({exc.reason})") from exc
        return _checked(text, name)
    if b"\x00" in data:
        raise InputError(f"{_label(name)} is a binary file (it contains NUL bytes), not article text; remove it from the input")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data, name)
    return _checked(text, name)


def _checked(text: str, name: str) -> str:
    """Refuse decoded text that is empty or full of control characters."""
    if not text.strip():
        raise InputError(f"{_label(name)} is empty; give a file that contains article text")
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise InputError(
            f"{_label(name)} looks binary (control characters in the text), not article text; remove it from the input"
        )
    return text
