# permission matrix for READ by domain 1: other letter, ACL entries, owner (the parent /m is n0)
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
D: READ /m/none
D: READ /m/other-r
D: READ /m/other-w
D: READ /m/other-b
D: READ /m/acl-r
D: READ /m/acl-w
D: READ /m/acl-b
D: READ /m/acl-n
D: READ /m/acl-2
D: READ /m/owned
D: READ /m/owned-r
D: READ /m
