# nodes created by dom0 under the root are n0; GET_PERMS lists the entries NUL-terminated
WRITE /pd/a "x"
GET_PERMS /pd/a
GET_PERMS /pd
MKDIR /pd/m
GET_PERMS /pd/m
GET_PERMS /pd/missing
GET_PERMS /missing/parent
GET_PERMS rel
