"""cli/escape.py and the C number parsing of the tools, against glibc (ctypes) and reference 1.5/1.6."""

import ctypes
import random

import pytest

from xenstore.cli.escape import sanitise, unsanitise
from xenstore.wire import c_atoi, c_strtoul

LIBC = ctypes.CDLL("libc.so.6")
LIBC.atoi.argtypes = [ctypes.c_char_p]
LIBC.strtoul.argtypes = [ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int]
LIBC.strtoul.restype = ctypes.c_ulong


def test_sanitise_reference_example():
    raw = b"a\x01b\\c\td\ne\rf\x1bg\x7fh\x80i\xff"
    assert sanitise(raw) == rb"a\001b\\c\td\ne\rf\x1bg\x7fh\x80i\xff"


def test_sanitise_every_byte():
    for byte in range(256):
        shown = sanitise(bytes((byte,)))
        if 0x20 <= byte <= 0x7E and byte != 0x5C:
            assert shown == bytes((byte,))
        elif byte in (9, 10, 13, 0x5C):
            assert shown == {9: rb"\t", 10: rb"\n", 13: rb"\r", 0x5C: b"\\\\"}[byte]
        elif byte < 8:
            assert shown == b"\\%03o" % byte
        else:
            assert shown == b"\\x%02x" % byte


@pytest.mark.parametrize("text, stored", [
    (rb"x\ty\nz\\w\x41\101\7\08\q\x4g\xzz", b"x\ty\nz\\wAA\x07\x008q\x04gxzz"),
    (b"trail\\", b"trail\x00"),
    (rb"\x0041", b"\x0041"),
    (rb"\x0x41", b"\x0041"),
    (rb"\x-1", b"\xff"),
    (rb"\x 5", b"\x05"),
    (rb"\x", b"x"),
    (rb"\777", b"\xff"),
    (b"", b""),
])
def test_unsanitise_reference_examples(text, stored):
    assert unsanitise(text) == stored


def _reference_unsanitise(text):
    """unsanitise_value() of xs_lib.c, with glibc's own sscanf for the numbers."""
    buffer = ctypes.create_string_buffer(text)
    base = ctypes.addressof(buffer)
    out, pos = bytearray(), 0
    while True:
        char = text[pos] if pos < len(text) else 0
        pos += 1
        if char == 0:
            break
        if char == 0x5C:
            char = text[pos] if pos < len(text) else 0
            pos += 1
            simple = {ord("t"): 9, ord("n"): 10, ord("r"): 13, 0x5C: 0x5C}
            if char in simple:
                char = simple[char]
            elif char == ord("x") or ord("0") <= char <= ord("7"):
                if char != ord("x"):
                    pos -= 1
                value, consumed = ctypes.c_uint(char), ctypes.c_int(0)
                LIBC.sscanf(ctypes.c_char_p(base + pos), b"%2x%n" if char == ord("x") else b"%3o%n",
                            ctypes.byref(value), ctypes.byref(consumed))
                pos += consumed.value
                char = value.value
            elif char == 0:
                pos -= 1
        out.append(char & 0xFF)
    return bytes(out)


def test_unsanitise_matches_glibc_sscanf():
    rng = random.Random(5)
    alphabet = b"\\\\\\xX0123456789abcdefgAFG+- \t\nnrt"
    for _round in range(20000):
        text = bytes(rng.choice(alphabet) for _index in range(rng.randint(0, 9)))
        assert unsanitise(text) == _reference_unsanitise(text), text


def test_atoi_matches_glibc():
    rng = random.Random(3)
    words = [b"", b"0", b"-0", b"+7", b" 12", b"\t-3x", b"abc", b"010", b"0x10", b"2147483648",
             b"-2147483649", b"4294967301", b"99999999999999999999", b"-99999999999999999999",
             b"9223372036854775807", b"9223372036854775808", b"- 1", b"+-1", b"\v\f\r\n5"]
    for _round in range(3000):
        words.append(bytes(rng.choice(b" +-0123456789x") for _index in range(rng.randint(0, 22))))
    for word in words:
        assert c_atoi(word) == LIBC.atoi(word), word


def test_strtoul_base_0_matches_glibc():
    """How libxenstore reads a transaction id."""
    rng = random.Random(5)
    words = [b"", b"0", b"0x10", b"0X1f", b"010", b"08", b"-1", b"+5", b"-0x10", b"0x", b" \t7",
             b"99999999999999999999999", b"-99999999999999999999999", b"18446744073709551615",
             b"18446744073709551616", b"abc"]
    for _round in range(3000):
        words.append(bytes(rng.choice(b" +-0123456789abcdefxX") for _index in range(rng.randint(0, 24))))
    for word in words:
        assert c_strtoul(word) == LIBC.strtoul(word, None, 0), word
