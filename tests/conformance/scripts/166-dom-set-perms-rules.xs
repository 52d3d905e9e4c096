# a domain may set perms on nodes it owns but not change the owner (EPERM); non-owners get EACCES
domain 1
domain 2
conn D domain 1
WRITE /sr/owned "v"
SET_PERMS /sr/owned n1
WRITE /sr/writable "v"
SET_PERMS /sr/writable n0 b1
D: SET_PERMS /sr/owned n1 r2
GET_PERMS /sr/owned
D: SET_PERMS /sr/owned b1
GET_PERMS /sr/owned
D: SET_PERMS /sr/owned n2
D: SET_PERMS /sr/owned n0 b1
GET_PERMS /sr/owned
D: SET_PERMS /sr/writable n0 b1
D: SET_PERMS /sr/writable n1
D: SET_PERMS /sr/missing n1
D: SET_PERMS /sr/owned x1
D: SET_PERMS /sr/owned
GET_PERMS /sr/writable
