"""GNU ``getopt_long`` as glibc 2.36 implements it, on bytes, with its exact messages.

The xenstore-utils tools parse their options with it, so permutation (options after
operands), ``--`` , abbreviated long options, ``--name=value`` and the diagnostics
(``invalid option -- 'x'``, ``unrecognized option '--foo'``, ``option '--r' is
ambiguous; possibilities: '--recurse' '--raw'`` ...) must all behave the same.
Diagnostics name ``argv[0]`` of the vector parsed and go out as they are met, so a
caller that stops early (a usage error) never prints the later ones.
"""

import collections

PERMUTE, REQUIRE_ORDER, RETURN_IN_ORDER = "permute", "require_order", "return_in_order"

NO_ARGUMENT, REQUIRED_ARGUMENT, OPTIONAL_ARGUMENT = 0, 1, 2

# ``exact``: an extension of ours that only matches when spelt out in full, so it never
# makes an abbreviation of a real option ambiguous nor turns a typo into an option.
LongOption = collections.namedtuple("LongOption", "name has_arg val exact")


def long_option(name, has_arg, val, exact=False):
    """A ``struct option`` row (name and val as bytes)."""
    return LongOption(name, has_arg, val, exact)


class Getopt:
    """Successive ``getopt_long`` calls over one vector (``argv`` list of bytes, permuted in place).

    ``next()`` returns (option, optarg): option is the val byte string of the option found,
    ``b"?"`` (or ``b":"``) after a diagnostic, or None at the end; then ``optind`` indexes
    the first operand of ``argv``.
    """

    def __init__(self, argv, shortopts, longopts, report, posixly_correct=False):
        self.argv = argv
        self.longopts = list(longopts)
        self.report = report
        self.optind = 1
        self.optopt = None
        self._nextchar = b""
        self._first_nonopt = self._last_nonopt = 1
        if shortopts.startswith(b"-"):
            self._ordering, shortopts = RETURN_IN_ORDER, shortopts[1:]
        elif shortopts.startswith(b"+"):
            self._ordering, shortopts = REQUIRE_ORDER, shortopts[1:]
        elif posixly_correct:
            self._ordering = REQUIRE_ORDER
        else:
            self._ordering = PERMUTE
        self.shortopts = shortopts
        self._print_errors = not shortopts.startswith(b":")

    def __iter__(self):
        while True:
            found = self.next()
            if found[0] is None:
                return
            yield found

    def _error(self, text):
        if self._print_errors:
            self.report(self.argv[0] + b": " + text + b"\n")

    def _exchange(self):
        """Swap [first_nonopt, last_nonopt) with [last_nonopt, optind): options come first."""
        argv = self.argv
        bottom, middle, top = self._first_nonopt, self._last_nonopt, self.optind
        argv[bottom:top] = argv[middle:top] + argv[bottom:middle]
        self._first_nonopt += self.optind - self._last_nonopt
        self._last_nonopt = self.optind

    def _is_nonoption(self, arg):
        return not arg.startswith(b"-") or arg == b"-"

    def next(self):
        """The next option as (val, optarg); (None, None) once the options are over."""
        argv = self.argv
        argc = len(argv)
        if argc < 1:
            return None, None
        if not self._nextchar:
            if self._last_nonopt > self.optind:
                self._last_nonopt = self.optind
            if self._first_nonopt > self.optind:
                self._first_nonopt = self.optind
            if self._ordering == PERMUTE:
                if self._first_nonopt != self._last_nonopt and self._last_nonopt != self.optind:
                    self._exchange()
                elif self._last_nonopt != self.optind:
                    self._first_nonopt = self.optind
                while self.optind < argc and self._is_nonoption(argv[self.optind]):
                    self.optind += 1
                self._last_nonopt = self.optind
            if self.optind != argc and argv[self.optind] == b"--":
                self.optind += 1
                if self._first_nonopt != self._last_nonopt and self._last_nonopt != self.optind:
                    self._exchange()
                elif self._first_nonopt == self._last_nonopt:
                    self._first_nonopt = self.optind
                self._last_nonopt = argc
                self.optind = argc
            if self.optind == argc:
                if self._first_nonopt != self._last_nonopt:
                    self.optind = self._first_nonopt
                return None, None
            if self._is_nonoption(argv[self.optind]):
                if self._ordering == REQUIRE_ORDER:
                    return None, None
                self.optind += 1
                return b"\x01", argv[self.optind - 1]
            if self.longopts and argv[self.optind][1:2] == b"-":
                self._nextchar = argv[self.optind][2:]
                return self._long_option(b"--")
            self._nextchar = argv[self.optind][1:]
        return self._short_option()

    def _long_option(self, prefix):
        argv = self.argv
        text = self._nextchar
        name, equals, value = text.partition(b"=")
        found = None
        for option in self.longopts:
            if option.name == name:
                found = option
                break
        if found is None:
            candidates = [option for option in self.longopts
                          if option.name.startswith(name) and not option.exact]
            if candidates:
                first = candidates[0]
                ambiguous = [option for option in candidates[1:]
                             if (option.has_arg, option.val) != (first.has_arg, first.val)]
                if ambiguous:
                    listed = [option for option in candidates
                              if option is first or option in ambiguous]
                    self._error(b"option '" + prefix + text + b"' is ambiguous; possibilities:"
                                + b"".join(b" '" + prefix + option.name + b"'" for option in listed))
                    self._nextchar = b""
                    self.optind += 1
                    self.optopt = None
                    return b"?", None
                found = first
        if found is None:
            self._error(b"unrecognized option '" + prefix + text + b"'")
            self._nextchar = b""
            self.optind += 1
            self.optopt = None
            return b"?", None
        self.optind += 1
        self._nextchar = b""
        optarg = None
        if equals:
            if found.has_arg:
                optarg = value
            else:
                self._error(b"option '" + prefix + found.name + b"' doesn't allow an argument")
                self.optopt = found.val
                return b"?", None
        elif found.has_arg == REQUIRED_ARGUMENT:
            if self.optind < len(argv):
                optarg = argv[self.optind]
                self.optind += 1
            else:
                self._error(b"option '" + prefix + found.name + b"' requires an argument")
                self.optopt = found.val
                return (b":" if not self._print_errors else b"?"), None
        return found.val, optarg

    def _short_option(self):
        argv = self.argv
        char = self._nextchar[:1]
        self._nextchar = self._nextchar[1:]
        position = self.shortopts.find(char)
        if not self._nextchar:
            self.optind += 1
        if position < 0 or char in (b":", b";"):
            self._error(b"invalid option -- '" + char + b"'")
            self.optopt = char
            return b"?", None
        spec = self.shortopts[position + 1:position + 3]
        optarg = None
        if spec.startswith(b":"):
            if spec == b"::":
                if self._nextchar:
                    optarg = self._nextchar
                    self.optind += 1
            elif self._nextchar:
                optarg = self._nextchar
                self.optind += 1
            elif self.optind == len(argv):
                self._error(b"option requires an argument -- '" + char + b"'")
                self.optopt = char
                char = b"?" if self._print_errors else b":"
            else:
                optarg = argv[self.optind]
                self.optind += 1
            self._nextchar = b""
        return char, optarg
