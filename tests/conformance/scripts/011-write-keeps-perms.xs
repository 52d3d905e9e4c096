# overwriting a value keeps the node's permissions; a child write does not touch the parent's
WRITE /wk/a "1"
SET_PERMS /wk/a n0 r0
WRITE /wk/a "2"
GET_PERMS /wk/a
WRITE /wk/a/child "c"
GET_PERMS /wk/a
GET_PERMS /wk/a/child
READ /wk/a
