# before the toolstack makes /local/domain/N the domain can neither read nor create there
domain 1
conn D domain 1
D: WRITE data "x"
D: READ data
D: MKDIR data
D: DIRECTORY /local/domain/1
D: WATCH data w
MKDIR /local/domain/1
D: READ data
SET_PERMS /local/domain/1 n0 w1
D: WRITE data "x"
D: READ data
GET_PERMS /local/domain/1/data
