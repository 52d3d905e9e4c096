# a watch on / sees every change in the tree
WATCH / all
WRITE /r1 "x"
WRITE /r2/a/b "y"
MKDIR /r3
RM /r2
SET_PERMS /r1 n0 r0
WRITE rel "relative write"
