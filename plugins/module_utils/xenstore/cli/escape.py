"""Value escaping of xenstore-utils: ``sanitise_value`` (read, ls) and ``unsanitise_value`` (write).

Both work on bytes and follow tools/xenstore/xs_lib.c of Xen 4.17 exactly, including
the quirks of the ``sscanf`` calls ``unsanitise_value`` makes (reference/xenstore-cli.md
sections 1.5 and 1.6).
"""

_C_SPACE = b" \t\n\v\f\r"
_HEX = b"0123456789abcdefABCDEF"
_SIMPLE = {ord("\t"): b"\\t", ord("\n"): b"\\n", ord("\r"): b"\\r", ord("\\"): b"\\\\"}


def _sanitised_byte(byte):
    if 0x20 <= byte <= 0x7E and byte != 0x5C:
        return bytes((byte,))
    if byte in _SIMPLE:
        return _SIMPLE[byte]
    if byte < 0o10:
        return b"\\%03o" % byte
    return b"\\x%02x" % byte


_TABLE = [_sanitised_byte(byte) for byte in range(256)]


def sanitise(value):
    """The printable form of ``value``: ``\\t \\n \\r \\\\``, ``\\0NN`` below 8, ``\\xNN`` else."""
    return b"".join(_TABLE[byte] for byte in value)


def _scan_unsigned(data, pos, width, base):
    """glibc ``sscanf(data + pos, "%<width>x" or "%<width>o" "%n")``: (value, consumed) or None.

    Leading C-locale whitespace is skipped (not counted in the width), then an optional
    sign, a ``0x`` prefix for base 16 (the ``x`` is consumed but not part of the number),
    and digits; the result is what ``strtoul`` makes of the collected characters.
    """
    start = pos
    while pos < len(data) and data[pos] in _C_SPACE:
        pos += 1
    if pos >= len(data):
        return None                     # input failure: %n is never reached
    digits = _HEX if base == 16 else b"01234567"
    collected = b""
    if data[pos] in b"+-":
        collected += data[pos:pos + 1]
        width -= 1
        pos += 1
    if width and pos < len(data) and data[pos] == ord("0"):
        collected += b"0"
        width -= 1
        pos += 1
        if width and base == 16 and pos < len(data) and data[pos] in b"xX":
            width -= 1
            pos += 1
    while width and pos < len(data) and data[pos] in digits:
        collected += data[pos:pos + 1]
        width -= 1
        pos += 1
    number = collected.lstrip(b"+-")
    if not number:
        return None                     # matching failure: nothing assigned
    value = int(number, base)
    if collected.startswith(b"-"):
        value = -value
    return value & 0xFFFFFFFF, pos - start


def unsanitise(text):
    """The bytes xenstore-write stores for the argument ``text`` (bytes) without ``-R``."""
    out = bytearray()
    pos = 0
    while pos < len(text):
        char = text[pos]
        pos += 1
        if char == 0x5C:                                    # backslash
            if pos >= len(text):                            # trailing: a NUL, then the end
                out.append(0)
                break
            char = text[pos]
            pos += 1
            if char == ord("t"):
                char = 0x09
            elif char == ord("n"):
                char = 0x0A
            elif char == ord("r"):
                char = 0x0D
            elif char == ord("x"):
                scanned = _scan_unsigned(text, pos, 2, 16)
                if scanned is not None:
                    char, consumed = scanned
                    pos += consumed
            elif ord("0") <= char <= ord("7"):
                pos -= 1
                char, consumed = _scan_unsigned(text, pos, 3, 8)
                pos += consumed
        out.append(char & 0xFF)
    return bytes(out)
