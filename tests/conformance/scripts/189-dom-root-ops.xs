# the root (n0) is neither readable nor writable by a domain
domain 1
conn D domain 1
D: READ /
D: DIRECTORY /
D: GET_PERMS /
D: WRITE /x "v"
D: MKDIR /x
D: RM /tool
D: RM /
D: SET_PERMS / n1
D: READ /tool/xenstored
DIRECTORY /
