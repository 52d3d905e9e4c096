# malformed permission entries are EINVAL: bad letter, missing or trailing garbage domid, empty entry
domain 1
WRITE /pb/a "x"
SET_PERMS /pb/a x0
SET_PERMS /pb/a R1
SET_PERMS /pb/a n
SET_PERMS /pb/a n0 r
SET_PERMS /pb/a n0 r1x
SET_PERMS /pb/a n0 "\0"
SET_PERMS /pb/a "\0"
SET_PERMS /pb/a n0 1r
SET_PERMS /pb/a nn0
SET_PERMS /pb/a "n0 \0"
SET_PERMS /pb/a
SET_PERMS "/pb/a\0"
GET_PERMS /pb/a
