# RELEASE deletes the nodes the domain owns (one event per removed subtree); ACL entries naming it stay
WATCH / root
open Z
domain 3
domain 4
WRITE /rel/owned/child "x"
SET_PERMS /rel/owned n3
SET_PERMS /rel/owned/child n3 r4
WRITE /rel/acl "y"
SET_PERMS /rel/acl n0 r3 w4 b3
WRITE /rel/other "z"
SET_PERMS /rel/other n4 r3
RELEASE 3
READ /rel/owned
READ /rel/owned/child
GET_PERMS /rel/acl
GET_PERMS /rel/other
DIRECTORY /rel
