# permission matrix for creating a child (WRITE and MKDIR) by domain 1: write on the parent is needed
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
D: WRITE /m/none/child "new"
D: MKDIR /m/none/dir
D: WRITE /m/other-r/child "new"
D: MKDIR /m/other-r/dir
D: WRITE /m/other-w/child "new"
D: MKDIR /m/other-w/dir
D: WRITE /m/other-b/child "new"
D: MKDIR /m/other-b/dir
D: WRITE /m/acl-r/child "new"
D: MKDIR /m/acl-r/dir
D: WRITE /m/acl-w/child "new"
D: MKDIR /m/acl-w/dir
D: WRITE /m/acl-b/child "new"
D: MKDIR /m/acl-b/dir
D: WRITE /m/acl-n/child "new"
D: MKDIR /m/acl-n/dir
D: WRITE /m/acl-2/child "new"
D: MKDIR /m/acl-2/dir
D: WRITE /m/owned/child "new"
D: MKDIR /m/owned/dir
D: WRITE /m/owned-r/child "new"
D: MKDIR /m/owned-r/dir
GET_PERMS /m/other-w/child
GET_PERMS /m/other-b/child
GET_PERMS /m/acl-w/child
GET_PERMS /m/acl-b/child
GET_PERMS /m/owned/child
GET_PERMS /m/owned-r/child
