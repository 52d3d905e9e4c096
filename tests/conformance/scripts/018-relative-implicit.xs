# a relative write creates /local, /local/domain and /local/domain/0 implicitly
READ /local
WRITE x/y "v"
DIRECTORY /
DIRECTORY /local
DIRECTORY /local/domain
DIRECTORY /local/domain/0
GET_PERMS /local/domain/0
READ /local/domain/0/x
