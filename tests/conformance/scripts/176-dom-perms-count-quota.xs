# a domain may set at most 5 permission entries on a node (ENOSPC beyond)
domain 1
domain 2
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
D: WRITE node "x"
D: SET_PERMS node n1 r2 r2 r2 r2
GET_PERMS /local/domain/1/node
D: SET_PERMS node n1 r2 r2 r2 r2 r2
GET_PERMS /local/domain/1/node
D: SET_PERMS node n1 r1 r1 r1 r1 r1 r1 r1
SET_PERMS /local/domain/1/node n1 r2 r2 r2 r2 r2 r2
D: WRITE node/child "inherits 7 entries"
GET_PERMS /local/domain/1/node/child
