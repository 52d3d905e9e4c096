# bytes after the last NUL of SET_PERMS are ignored
domain 1
WRITE /pt/a "x"
SET_PERMS "/pt/a\0" "n0\0" "r1\0" "junk"
GET_PERMS /pt/a
SET_PERMS "/pt/a\0" "n0\0" "x"
GET_PERMS /pt/a
