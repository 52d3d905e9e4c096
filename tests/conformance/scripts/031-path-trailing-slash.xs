# a trailing '/' is EINVAL (the root '/' itself is fine)
WRITE /ts/a "x"
READ "/ts/a/\0"
READ "/ts/\0"
WRITE "/ts/b/\0" "x"
MKDIR "/ts/c/\0"
RM "/ts/a/\0"
DIRECTORY "/ts/\0"
GET_PERMS "/ts/a/\0"
SET_PERMS "/ts/a/\0" n0
WATCH "/ts/\0" tok
READ "rel/\0"
DIRECTORY /ts
READ /ts/a
