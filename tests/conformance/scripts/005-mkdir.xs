# MKDIR creates an empty node (and parents); MKDIR of an existing node is OK and changes nothing
MKDIR /mk/new
READ /mk/new
DIRECTORY /mk
MKDIR /mk/x/y/z
DIRECTORY /mk/x
READ /mk/x/y
WRITE /mk/val "keep me"
MKDIR /mk/val
READ /mk/val
MKDIR /mk/new
DIRECTORY /mk
GET_PERMS /mk/x/y/z
