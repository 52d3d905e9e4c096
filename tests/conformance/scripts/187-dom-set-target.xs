# SET_TARGET gives a domain the rights of its target on the target's nodes
domain 1
domain 2
conn D domain 2
WRITE /st/of-1 "v"
SET_PERMS /st/of-1 n1
WRITE /st/acl-1 "v"
SET_PERMS /st/acl-1 n0 r1
D: READ /st/of-1
SET_TARGET 2 1
D: READ /st/of-1
D: WRITE /st/of-1 "by 2"
D: READ /st/acl-1
D: SET_PERMS /st/of-1 n1 r2
GET_PERMS /st/of-1
D: WRITE /st/of-1/child "x"
GET_PERMS /st/of-1/child
D: SET_PERMS /st/of-1 n2
