# WRITE creates every missing ancestor with an empty value and the parent's perms
WRITE /ip/a/b/c/d "deep"
READ /ip
READ /ip/a
READ /ip/a/b
READ /ip/a/b/c
READ /ip/a/b/c/d
DIRECTORY /ip
DIRECTORY /ip/a/b
GET_PERMS /ip/a/b/c
DIRECTORY /
