# SET_PERMS inside a transaction is visible only in it until commit
domain 1
WRITE /ptx/a "x"
TRANSACTION_START "\0" -> t
SET_PERMS tx=$t /ptx/a n0 r1
GET_PERMS tx=$t /ptx/a
B: GET_PERMS /ptx/a
TRANSACTION_END tx=$t T
B: GET_PERMS /ptx/a
