# a socket connection resolves relative paths against /local/domain/0
WRITE rel "relative value"
READ rel
READ /local/domain/0/rel
DIRECTORY /local/domain/0
GET_PERMS rel
WRITE rel/child "c"
DIRECTORY rel
MKDIR rel2
DIRECTORY /local/domain/0
RM rel
READ /local/domain/0/rel
READ rel2
SET_PERMS rel2 n0 r0
GET_PERMS /local/domain/0/rel2
