# operations on the root: READ and GET_PERMS work, WRITE, MKDIR and SET_PERMS of / as dom0
READ /
GET_PERMS /
MKDIR /
WRITE / "rootval"
READ /
DIRECTORY /
SET_PERMS / n0 r0
GET_PERMS /
GET_PERMS /tool
WRITE /newchild "x"
GET_PERMS /newchild
RM /
