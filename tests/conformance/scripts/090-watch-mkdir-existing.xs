# MKDIR of an existing node fires nothing; RM of a missing node fires nothing
WRITE /me/a "x"
WATCH /me w
MKDIR /me/a
MKDIR /me
RM /me/missing
MKDIR /me/b
RM /me/b
