# SET_PERMS stores the list as given (owner first, then ACL entries) for introduced domains
domain 1
domain 2
domain 3
WRITE /sp/a "x"
SET_PERMS /sp/a n0 r1 w2 b3
GET_PERMS /sp/a
SET_PERMS /sp/a r1
GET_PERMS /sp/a
SET_PERMS /sp/a b2 n1 r3
GET_PERMS /sp/a
SET_PERMS /sp/a w0
GET_PERMS /sp/a
READ /sp/a
SET_PERMS /sp/missing n0
SET_PERMS /missing/parent n0
SET_PERMS rel n0
