# a node a domain creates is owned by it: the parent's list is copied and its owner replaced
domain 1
domain 2
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n0 b1
D: WRITE /local/domain/1/a "x"
GET_PERMS /local/domain/1/a
D: WRITE /local/domain/1/deep/er/node "x"
GET_PERMS /local/domain/1/deep
GET_PERMS /local/domain/1/deep/er
GET_PERMS /local/domain/1/deep/er/node
WRITE /shared "s"
SET_PERMS /shared r2 b1 w2
D: MKDIR /shared/made-by-1
GET_PERMS /shared/made-by-1
WRITE /local/domain/1/a/by-dom0 "dom0 keeps the parent's owner"
GET_PERMS /local/domain/1/a/by-dom0
