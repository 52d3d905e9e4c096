# with CONTROL quota set permissions 2 a domain may set only 2 entries; dom0 is not limited
domain 1
domain 2
conn D domain 1
CONTROL quota set permissions 2
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
D: WRITE x "v"
D: SET_PERMS x n1 r2
D: SET_PERMS x n1 r2 w2
SET_PERMS /local/domain/1/x n1 r2 w2 b2
GET_PERMS /local/domain/1/x
