# unknown or malformed CONTROL commands are EINVAL
CONTROL bogus
CONTROL CHECK
CONTROL "\0"
CONTROL "check"
CONTROL ""
CONTROL " check\0"
CONTROL "check \0"
CONTROL quota 5
CONTROL quota 99
CONTROL check
