# C parses a domid with strtol(.., 0): hex, octal and a sign or leading blanks are accepted
domain 3
domain 8
WRITE /pn/a "x"
SET_PERMS /pn/a n0 r0x3
GET_PERMS /pn/a
SET_PERMS /pn/a n0 r010
GET_PERMS /pn/a
SET_PERMS /pn/a n0 r+3
GET_PERMS /pn/a
SET_PERMS /pn/a n0 "r 3\0"
GET_PERMS /pn/a
SET_PERMS /pn/a n00 b03
GET_PERMS /pn/a
