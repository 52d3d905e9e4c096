# '//' inside a path is EINVAL for every operation taking a path
WRITE /ds/a/b "x"
READ "/ds//a\0"
WRITE "/ds//a\0" "x"
MKDIR "/ds//a\0"
RM "/ds//a\0"
DIRECTORY "/ds//a\0"
GET_PERMS "/ds//a\0"
SET_PERMS "/ds//a\0" n0
DIRECTORY_PART "/ds//a\0" 0
WATCH "/ds//a\0" tok
UNWATCH "/ds//a\0" tok
READ "//\0"
READ "//ds\0"
READ "ds//x\0"
DIRECTORY /ds
