# RELEASE ends the domain's connection and removes the nodes it owned, with events
WATCH / root
open Z
domain 2
conn D domain 2
MKDIR /local/domain/2
SET_PERMS /local/domain/2 n0 b2
D: WRITE mine/a "x"
D: WRITE mine/b "y"
WRITE /keep "k"
SET_PERMS /keep n0 r2
D: WATCH /keep dk
RELEASE 2
DIRECTORY /local/domain/2
GET_PERMS /keep
IS_DOMAIN_INTRODUCED 2
