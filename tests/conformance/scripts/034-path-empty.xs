# an empty path string is EINVAL for every operation taking a path
READ "\0"
WRITE "\0" "x"
MKDIR "\0"
RM "\0"
DIRECTORY "\0"
GET_PERMS "\0"
SET_PERMS "\0" n0
DIRECTORY_PART "\0" 0
WATCH "\0" tok
DIRECTORY /
