# dom0 is not limited in the number of permission entries per node
domain 1
domain 2
WRITE /pm/a "x"
SET_PERMS /pm/a n0 r1 w2 b1 r2 w1 b2 r1 w2 b1 r2 w1
GET_PERMS /pm/a
WRITE /pm/a/child ""
GET_PERMS /pm/a/child
