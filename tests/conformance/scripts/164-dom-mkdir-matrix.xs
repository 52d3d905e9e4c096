# permission matrix for MKDIR of an existing node by domain 1 (needs write on it)
domain 1
domain 2
conn D domain 1
WRITE /m/none "v"
WRITE /m/other-r "v"
SET_PERMS /m/other-r r0
WRITE /m/other-w "v"
SET_PERMS /m/other-w w0
WRITE /m/other-b "v"
SET_PERMS /m/other-b b0
WRITE /m/acl-r "v"
SET_PERMS /m/acl-r n0 r1
WRITE /m/acl-w "v"
SET_PERMS /m/acl-w n0 w1
WRITE /m/acl-b "v"
SET_PERMS /m/acl-b n0 b1
WRITE /m/acl-n "v"
SET_PERMS /m/acl-n b0 n1
WRITE /m/acl-2 "v"
SET_PERMS /m/acl-2 n0 b2
WRITE /m/owned "v"
SET_PERMS /m/owned n1
WRITE /m/owned-r "v"
SET_PERMS /m/owned-r r1
D: MKDIR /m/none
D: MKDIR /m/other-r
D: MKDIR /m/other-w
D: MKDIR /m/other-b
D: MKDIR /m/acl-r
D: MKDIR /m/acl-w
D: MKDIR /m/acl-b
D: MKDIR /m/acl-n
D: MKDIR /m/acl-2
D: MKDIR /m/owned
D: MKDIR /m/owned-r
READ /m/other-w
READ /m/acl-w
READ /m/owned
