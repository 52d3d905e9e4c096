# the tree a fresh daemon starts with: /, /tool and /tool/xenstored, all empty and n0
READ /
READ /tool
READ /tool/xenstored
GET_PERMS /
GET_PERMS /tool
GET_PERMS /tool/xenstored
DIRECTORY /
DIRECTORY /tool
DIRECTORY /tool/xenstored
READ /local
DIRECTORY /local/domain
