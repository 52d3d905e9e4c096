# MKDIR, SET_PERMS and GET_PERMS inside a transaction
domain 1
TRANSACTION_START "\0" -> t
MKDIR tx=$t /tp/a/b
GET_PERMS tx=$t /tp/a/b
SET_PERMS tx=$t /tp/a n0 r1
GET_PERMS tx=$t /tp/a
MKDIR tx=$t /tp/a/c
GET_PERMS tx=$t /tp/a/c
B: GET_PERMS /tp/a
TRANSACTION_END tx=$t T
GET_PERMS /tp/a
GET_PERMS /tp/a/c
GET_PERMS /tp/a/b
