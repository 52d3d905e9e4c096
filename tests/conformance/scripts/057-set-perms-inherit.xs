# new nodes copy their parent's whole permission list; dom0 keeps the parent's owner
domain 1
domain 2
WRITE /pi "p"
SET_PERMS /pi n1 r2
WRITE /pi/a/b "deep"
GET_PERMS /pi/a
GET_PERMS /pi/a/b
MKDIR /pi/m
GET_PERMS /pi/m
SET_PERMS /pi n0 b2
GET_PERMS /pi/a
WRITE /pi/c ""
GET_PERMS /pi/c
