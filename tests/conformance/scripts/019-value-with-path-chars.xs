# a value may hold any bytes, including '/', '@' and NUL-separated words
WRITE /vp/a "/not/a/path"
READ /vp/a
WRITE /vp/b "@introduceDomain"
READ /vp/b
WRITE /vp/c "one\0two\0three\0"
READ /vp/c
DIRECTORY /vp
