# rewriting a value, MKDIR or SET_PERMS of an existing child does not reorder the list
WRITE /dw/x ""
WRITE /dw/y ""
WRITE /dw/z ""
WRITE /dw/x "new value"
MKDIR /dw/y
SET_PERMS /dw/x n0 r0
WRITE /dw/x/sub ""
DIRECTORY /dw
