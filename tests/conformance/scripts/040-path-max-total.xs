# outside /local/domain/N/ a path may be 2048 bytes long in total: 2048 works, 2049 is EINVAL
WRITE "/" "x"*2047 "\0" "edge"
READ "/" "x"*2047 "\0"
WRITE "/" "x"*2048 "\0" "over"
READ "/" "x"*2048 "\0"
WRITE "/pm/" "y"*2044 "\0" "edge"
READ "/pm/" "y"*2044 "\0"
MKDIR "/pm/" "y"*2045 "\0"
WRITE "/pm/" "y"*2045 "\0" "over"
DIRECTORY /pm
GET_PERMS "/pm/" "y"*2044 "\0"
RM "/pm/" "y"*2044 "\0"
DIRECTORY /pm
