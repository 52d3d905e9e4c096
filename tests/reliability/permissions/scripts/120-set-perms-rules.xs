# SET_PERMS rules for a domain: only the owner (EACCES), never a new owner (EPERM), at most 5 entries (ENOSPC), bad entries (EINVAL), missing nodes (ENOENT or EACCES), in a transaction, relative paths; dom0 unlimited
# cases: 68
domain 1
domain 2
domain 3
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
WRITE /sp/mine "v"
SET_PERMS /sp/mine n1
WRITE /sp/writable "v"
SET_PERMS /sp/writable n0 b1
WRITE /sp/other-b "v"
SET_PERMS /sp/other-b b0
WRITE /sp/of-2 "v"
SET_PERMS /sp/of-2 n2 b1
D: SET_PERMS /sp/mine n1 r2
GET_PERMS /sp/mine
D: SET_PERMS /sp/mine b1
GET_PERMS /sp/mine
D: SET_PERMS /sp/mine r1 n2 w3
GET_PERMS /sp/mine
D: SET_PERMS /sp/mine n1 r0
GET_PERMS /sp/mine
D: SET_PERMS /sp/mine n1 b2 b3 r2 w3
GET_PERMS /sp/mine
D: SET_PERMS /sp/mine n1 b2 b3 r2 w3 n2
GET_PERMS /sp/mine
D: SET_PERMS /sp/mine n1 r2 r2 r2 r2 r2 r2
GET_PERMS /sp/mine
D: SET_PERMS /sp/mine n2
GET_PERMS /sp/mine
D: SET_PERMS /sp/mine n0
GET_PERMS /sp/mine
D: SET_PERMS /sp/mine b0 b1
GET_PERMS /sp/mine
D: SET_PERMS /sp/mine n1 x2
GET_PERMS /sp/mine
D: SET_PERMS /sp/mine n1 r
GET_PERMS /sp/mine
D: SET_PERMS /sp/mine n1 r-1
GET_PERMS /sp/mine
D: SET_PERMS /sp/mine n1 r2x
GET_PERMS /sp/mine
D: SET_PERMS /sp/mine n1 r+2
GET_PERMS /sp/mine
D: SET_PERMS /sp/mine n1 r02
GET_PERMS /sp/mine
D: SET_PERMS /sp/mine w1 n1
GET_PERMS /sp/mine
D: SET_PERMS /sp/mine
D: SET_PERMS /sp/mine "\0"
D: SET_PERMS /sp/writable n0 b1
D: SET_PERMS /sp/writable n1
D: SET_PERMS /sp/writable n2 b1
GET_PERMS /sp/writable
D: SET_PERMS /sp/other-b n0 b1
D: SET_PERMS /sp/other-b n1
D: SET_PERMS /sp/other-b n2 b1
GET_PERMS /sp/other-b
D: SET_PERMS /sp/of-2 n0 b1
D: SET_PERMS /sp/of-2 n1
D: SET_PERMS /sp/of-2 n2 b1
GET_PERMS /sp/of-2
D: SET_PERMS /sp/missing n1
D: SET_PERMS /sp/writable/missing n1
D: SET_PERMS /sp/mine/missing n1
D: SET_PERMS / n1
D: SET_PERMS /local n1
D: WRITE rel "v"
D: SET_PERMS rel n1 r2
GET_PERMS /local/domain/1/rel
D: SET_PERMS rel n2
D: TRANSACTION_START "\0" -> t
D: SET_PERMS tx=$t rel n1 b3
D: SET_PERMS tx=$t rel n0
D: GET_PERMS tx=$t rel
D: TRANSACTION_END tx=$t T
GET_PERMS /local/domain/1/rel
SET_PERMS /sp/mine n1 r2 r2 r2 r2 r2 r2 r2 r2
GET_PERMS /sp/mine
D: WRITE /sp/mine/child "inherits 9 entries"
D: SET_PERMS /sp/mine n1 r2 r2 r2 r2 r2 r2 r2 r2
D: SET_PERMS /sp/mine n1 r2
domain 9
SET_PERMS /sp/of-2 n9
GET_PERMS /sp/of-2
