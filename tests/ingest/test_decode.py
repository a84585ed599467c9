"""Decoding bytes: UTF-8 with and without BOM, Windows-1252, Latin-1, and refusal of bad input."""

from __future__ import annotations

import pytest

from tacitus.errors import InputError
from tacitus.ingest import decode_bytes


def test_utf8_with_and_without_bom_decode_the_same() -> None:
    text = "“Talks resumed,” the minister said – café"
    assert decode_bytes(text.encode("utf-8")) == text
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == text


def test_windows_1252_curly_quotes_are_read_as_quotes() -> None:
    text = "“We will not retreat,” he said — naïve"
    assert decode_bytes(text.encode("cp1252")) == text


def test_latin1_with_byte_undefined_in_cp1252() -> None:
    text = "Zürich café talks ended on Monday without an agreement, officials said. " * 3
    data = text.encode("latin-1") + b"\x81"
    assert decode_bytes(data).startswith(text)


def test_utf16_with_bom() -> None:
    assert decode_bytes("Kyiv talks".encode("utf-16")) == "Kyiv talks"


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty_input_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="empty"):
        decode_bytes(data, "empty.txt")


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.png")


def test_undecodable_garbage_is_refused() -> None:
    garbage = bytes(range(0x80, 0x100)) * 10
    with pytest.raises(InputError):
        decode_bytes(garbage, "garbage.bin")


def test_control_characters_mean_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(bytes(range(1, 32)) * 20)
