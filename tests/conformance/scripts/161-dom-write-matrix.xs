# permission matrix for WRITE of existing nodes by domain 1
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
D: WRITE /m/none "by 1"
D: WRITE /m/other-r "by 1"
D: WRITE /m/other-w "by 1"
D: WRITE /m/other-b "by 1"
D: WRITE /m/acl-r "by 1"
D: WRITE /m/acl-w "by 1"
D: WRITE /m/acl-b "by 1"
D: WRITE /m/acl-n "by 1"
D: WRITE /m/acl-2 "by 1"
D: WRITE /m/owned "by 1"
D: WRITE /m/owned-r "by 1"
READ /m/none
READ /m/other-r
READ /m/other-w
READ /m/other-b
READ /m/acl-r
READ /m/acl-w
READ /m/acl-b
READ /m/acl-n
READ /m/acl-2
READ /m/owned
READ /m/owned-r
GET_PERMS /m/acl-w
