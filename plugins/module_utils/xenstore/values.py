"""How node values (bytes) are shown as text.

A value that is valid UTF-8 without control characters other than TAB, LF and
CR is shown as that text. Any other value is shown escaped as ``xenstore-ls``
and ``xenstore-read`` print it (``\\\\``, ``\\t``, ``\\n``, ``\\r``, ``\\000``-
``\\007`` in octal, other bytes ``\\xNN``), so it stays readable and printable;
comparisons are always made on the bytes.
"""

import re

_PLAIN = re.compile(r"[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*")


def _escape_byte(byte):
    if 0x20 <= byte <= 0x7E and byte != 0x5C:
        return chr(byte)
    if byte in _NAMED:
        return _NAMED[byte]
    if byte <= 7:
        return "\\%03o" % byte
    return "\\x%02x" % byte


_NAMED = {0x5C: "\\\\", 0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}
_ESCAPED = [_escape_byte(byte) for byte in range(256)]


def sanitise(value):
    """``value`` escaped as xenstore-utils print it (sanitise_value)."""
    return "".join(_ESCAPED[byte] for byte in value)


def is_text(value):
    """True if ``value`` is UTF-8 text without unusual control characters."""
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return _PLAIN.fullmatch(text) is not None


def display(value):
    """The text shown for ``value``: itself if plain UTF-8 text, else escaped."""
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError:
        return sanitise(value)
    return text if _PLAIN.fullmatch(text) is not None else sanitise(value)
