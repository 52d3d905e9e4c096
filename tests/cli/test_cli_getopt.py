"""cli/options.py against glibc's own getopt_long (called through ctypes), on many argument vectors.

Options returned, their arguments, the permuted vector, the final optind and every byte
written to stderr must agree. POSIXLY_CORRECT is tried too.
"""

import ctypes
import os
import random
import tempfile

import pytest

from xenstore.cli.main import LONG_OPTIONS, SHORT_OPTIONS
from xenstore.cli.options import Getopt

LIBC = ctypes.CDLL("libc.so.6")
OPTIND = ctypes.c_int.in_dll(LIBC, "optind")
OPTARG = ctypes.c_char_p.in_dll(LIBC, "optarg")


class COption(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("has_arg", ctypes.c_int),
                ("flag", ctypes.POINTER(ctypes.c_int)), ("val", ctypes.c_int)]


REAL_OPTIONS = [option for option in LONG_OPTIONS if not option.exact]
C_OPTIONS = (COption * (len(REAL_OPTIONS) + 1))(
    *[COption(option.name, option.has_arg, None, ord(option.val)) for option in REAL_OPTIONS],
    COption(None, 0, None, 0))


def glibc_getopt(argv, posixly_correct):
    """(results, permuted argv, optind, stderr bytes) from glibc's getopt_long."""
    if posixly_correct:
        os.environ["POSIXLY_CORRECT"] = "1"
    array = (ctypes.c_char_p * (len(argv) + 1))(*argv, None)
    results = []
    with tempfile.TemporaryFile() as capture:
        saved = os.dup(2)
        os.dup2(capture.fileno(), 2)
        try:
            OPTIND.value = 0                # full re-initialisation, as for a fresh program
            while True:
                found = LIBC.getopt_long(len(argv), array, SHORT_OPTIONS, C_OPTIONS, None)
                if found == -1:
                    break
                results.append((bytes((found,)), OPTARG.value))
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            os.environ.pop("POSIXLY_CORRECT", None)
        capture.seek(0)
        stderr = capture.read()
    return results, [array[index] for index in range(len(argv))], OPTIND.value, stderr


def ours(argv, posixly_correct, options=REAL_OPTIONS):
    messages = []
    vector = list(argv)
    parser = Getopt(vector, SHORT_OPTIONS, options, messages.append, posixly_correct)
    results = list(parser)
    return results, vector, parser.optind, b"".join(messages)


WORDS = [b"-h", b"-f", b"-p", b"-s", b"-t", b"-u", b"-r", b"-R", b"-n", b"-n5", b"-pR", b"-xpn",
         b"-", b"--", b"--he", b"--r", b"--ra", b"--raw", b"--re", b"--number", b"--number=3",
         b"--num", b"--n=", b"--help=1", b"--=x", b"--flat=", b"---x", b"-W", b"-:", b"-;",
         b"-\xc3\xa9", b"--prefix", b"--pre=no", b"--tidy", b"--upto", b"--u", b"--foo",
         b"--foo=bar", b"-ppp", b"-sn", b"/a", b"b", b"/c/d", b"x=y", b"", b"-n-p", b"--d",
         b"--data", b"--database"]


def vectors(count, seed):
    rng = random.Random(seed)
    for _round in range(count):
        yield [b"prog"] + [rng.choice(WORDS) for _index in range(rng.randint(0, 7))]


FIXED = [
    [b"xenstore-read", b"/a", b"-p"],
    [b"read", b"-x", b"/a"],
    [b"xenstore-watch", b"-n"],
    [b"xenstore-ls", b"/a", b"--", b"-p", b"/b"],
    [b"xenstore-read", b"--r", b"/x"],
    [b"xenstore-read", b"--=x"],
    [b"p"],
]


@pytest.mark.parametrize("posixly_correct", [False, True], ids=["permute", "posixly-correct"])
def test_matches_glibc(posixly_correct):
    for argv in FIXED + list(vectors(3000, 17 + posixly_correct)):
        assert ours(argv, posixly_correct) == glibc_getopt(argv, posixly_correct), argv


def test_database_extension_changes_nothing_else():
    """Our exact-only --database leaves every other vector parsed as glibc does."""
    for argv in vectors(3000, 99):
        if any(word.startswith(b"--database") for word in argv):
            continue
        assert ours(argv, False, LONG_OPTIONS) == glibc_getopt(argv, False), argv


def test_database_extension():
    results, vector, optind, messages = ours(
        [b"xenstore-ls", b"/a", b"--database", b"/db", b"-p", b"--database=/other"], False, LONG_OPTIONS)
    assert results == [(b"database", b"/db"), (b"p", None), (b"database", b"/other")]
    assert vector[optind:] == [b"/a"] and messages == b""
    # Abbreviations stay unknown, as for the real tools.
    assert ours([b"x", b"--data", b"/db"], False, LONG_OPTIONS)[3] == b"x: unrecognized option '--data'\n"
