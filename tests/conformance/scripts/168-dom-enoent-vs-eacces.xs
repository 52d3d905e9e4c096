# a domain learns ENOENT only where it could access the nearest existing ancestor, else EACCES
domain 1
conn D domain 1
WRITE /ee/open/x "v"
SET_PERMS /ee/open b0
SET_PERMS /ee n0
WRITE /ee/closed/x "v"
SET_PERMS /ee/closed n0
WRITE /ee/readonly/x "v"
SET_PERMS /ee/readonly r0
D: READ /ee/open/missing
D: READ /ee/open/missing/deeper
D: READ /ee/closed/missing
D: READ /ee/closed/missing/deeper
D: READ /ee/readonly/missing
D: READ /ee/missing
D: READ /nothere/at/all
D: WRITE /ee/readonly/new "v"
D: WRITE /ee/open/new/deeper "v"
D: RM /ee/open/missing
D: RM /ee/open/missing/deeper
D: RM /ee/closed/missing
D: RM /ee/readonly/missing
D: DIRECTORY /ee/closed/missing
D: GET_PERMS /ee/open/missing
D: GET_PERMS /ee/closed/missing
