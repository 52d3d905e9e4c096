# GET_PERMS in the transaction conflicts with a permission change by another connection
domain 1
WRITE /tgp/a "x"
TRANSACTION_START "\0" -> t
GET_PERMS tx=$t /tgp/a
B: SET_PERMS /tgp/a n0 r1
TRANSACTION_END tx=$t T
GET_PERMS /tgp/a
