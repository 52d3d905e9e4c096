# RESUME: dom0 or garbage EINVAL, unknown domain ENOENT, introduced domain OK
RESUME 0
RESUME abc
RESUME 5
domain 5
RESUME 5
RESUME 6
WATCH @releaseDomain r
RESUME 5
