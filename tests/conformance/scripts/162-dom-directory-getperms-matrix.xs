# permission matrix for DIRECTORY and GET_PERMS by domain 1 (both need read)
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
D: DIRECTORY /m/none
D: GET_PERMS /m/none
D: DIRECTORY /m/other-r
D: GET_PERMS /m/other-r
D: DIRECTORY /m/other-w
D: GET_PERMS /m/other-w
D: DIRECTORY /m/other-b
D: GET_PERMS /m/other-b
D: DIRECTORY /m/acl-r
D: GET_PERMS /m/acl-r
D: DIRECTORY /m/acl-w
D: GET_PERMS /m/acl-w
D: DIRECTORY /m/acl-b
D: GET_PERMS /m/acl-b
D: DIRECTORY /m/acl-n
D: GET_PERMS /m/acl-n
D: DIRECTORY /m/acl-2
D: GET_PERMS /m/acl-2
D: DIRECTORY /m/owned
D: GET_PERMS /m/owned
D: DIRECTORY /m/owned-r
D: GET_PERMS /m/owned-r
