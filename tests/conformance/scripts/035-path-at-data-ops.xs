# paths starting with '@' are special names: EINVAL for every data operation
READ @introduceDomain
READ @releaseDomain
READ @foo
READ "@\0"
WRITE @introduceDomain "x"
WRITE @foo "x"
MKDIR @releaseDomain
MKDIR @foo
RM @introduceDomain
RM @foo
DIRECTORY @introduceDomain
DIRECTORY @foo
GET_PERMS @introduceDomain
GET_PERMS @releaseDomain
GET_PERMS @foo
DIRECTORY_PART @introduceDomain 0
READ @introduceDomain/x
DIRECTORY /
