# ownership of what a domain creates: its own id as owner, the parent's other entries inherited; implicit parents; nodes dom0 creates below a domain's node; in a transaction; after dom0 gives a node away
# cases: 46
domain 1
domain 2
domain 3
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
D: WRITE /local/domain/1/a "x"
GET_PERMS /local/domain/1/a
D: WRITE /local/domain/1/deep/er/node "x"
GET_PERMS /local/domain/1/deep
GET_PERMS /local/domain/1/deep/er
GET_PERMS /local/domain/1/deep/er/node
D: MKDIR /local/domain/1/made
GET_PERMS /local/domain/1/made
WRITE /local/domain/1/by-dom0 "x"
GET_PERMS /local/domain/1/by-dom0
MKDIR /local/domain/1/by-dom0-dir/sub
GET_PERMS /local/domain/1/by-dom0-dir/sub
WRITE /own/open "v"
SET_PERMS /own/open b0
D: WRITE /own/open/child "x"
GET_PERMS /own/open/child
D: WRITE /own/open/a/b "x"
GET_PERMS /own/open/a
GET_PERMS /own/open/a/b
WRITE /own/acl "v"
SET_PERMS /own/acl n0 w1 r2
D: WRITE /own/acl/child "x"
GET_PERMS /own/acl/child
D: WRITE /own/acl/a/b "x"
GET_PERMS /own/acl/a
GET_PERMS /own/acl/a/b
WRITE /own/acl-b "v"
SET_PERMS /own/acl-b n0 b1 r3
D: WRITE /own/acl-b/child "x"
GET_PERMS /own/acl-b/child
D: WRITE /own/acl-b/a/b "x"
GET_PERMS /own/acl-b/a
GET_PERMS /own/acl-b/a/b
WRITE /own/of-2 "v"
SET_PERMS /own/of-2 n2 w1
D: WRITE /own/of-2/child "x"
GET_PERMS /own/of-2/child
D: WRITE /own/of-2/a/b "x"
GET_PERMS /own/of-2/a
GET_PERMS /own/of-2/a/b
WRITE /own/of-2-other-w "v"
SET_PERMS /own/of-2-other-w w2 r3
D: WRITE /own/of-2-other-w/child "x"
GET_PERMS /own/of-2-other-w/child
D: WRITE /own/of-2-other-w/a/b "x"
GET_PERMS /own/of-2-other-w/a
GET_PERMS /own/of-2-other-w/a/b
D: TRANSACTION_START "\0" -> t
D: WRITE tx=$t /own/open/in-tx "x"
D: GET_PERMS tx=$t /own/open/in-tx
D: TRANSACTION_END tx=$t T
GET_PERMS /own/open/in-tx
SET_PERMS /own/open/child n2
D: READ /own/open/child
D: WRITE /own/open/child "mine?"
D: SET_PERMS /own/open/child n1
SET_PERMS /local/domain/1/a n0
D: READ /local/domain/1/a
D: RM /local/domain/1/a
D: DIRECTORY /local/domain/1
