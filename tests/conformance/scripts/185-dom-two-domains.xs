# two domains sharing a node through ACL entries
domain 1
domain 2
conn D1 domain 1
conn D2 domain 2
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
D1: WRITE shared "from 1"
D1: SET_PERMS shared n1 r2
D2: READ /local/domain/1/shared
D2: WRITE /local/domain/1/shared "from 2"
D2: WATCH /local/domain/1/shared w2
D1: WRITE shared "again"
D1: SET_PERMS shared n1
D1: WRITE shared "hidden"
D2: READ /local/domain/1/shared
D2: READ shared
