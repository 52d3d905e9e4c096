# the 2048-byte limit applies to READ, MKDIR, RM, DIRECTORY, GET_PERMS and SET_PERMS alike
READ "/" "q"*2047 "\0"
READ "/" "q"*2048 "\0"
MKDIR "/" "q"*2047 "\0"
MKDIR "/" "q"*2048 "\0"
DIRECTORY "/" "q"*2047 "\0"
DIRECTORY "/" "q"*2048 "\0"
GET_PERMS "/" "q"*2047 "\0"
GET_PERMS "/" "q"*2048 "\0"
SET_PERMS "/" "q"*2047 "\0" n0 r0
SET_PERMS "/" "q"*2048 "\0" n0
DIRECTORY_PART "/" "q"*2048 "\0" 0
RM "/" "q"*2048 "\0"
RM "/" "q"*2047 "\0"
READ "/" "q"*2047 "\0"
