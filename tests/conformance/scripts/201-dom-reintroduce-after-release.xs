# a released domain introduced again starts afresh: no nodes, no ACL entries, a working connection
WATCH @releaseDomain r
open Z
domain 2
conn D domain 2
MKDIR /local/domain/2
SET_PERMS /local/domain/2 n2
D: WRITE data "old"
WRITE /acl "a"
SET_PERMS /acl n0 r2
RELEASE 2
domain 2
open D
GET_PERMS /acl
D: READ /acl
D: READ data
READ /local/domain/2
MKDIR /local/domain/2
SET_PERMS /local/domain/2 n2
D: WRITE data "new"
GET_PERMS /local/domain/2/data
