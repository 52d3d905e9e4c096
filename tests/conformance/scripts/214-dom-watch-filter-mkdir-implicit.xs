# a domain watching / sees its own creations and readable ones, not nodes created in unreadable places
domain 1
domain 2
conn D1 domain 1
conn D2 domain 2
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
MKDIR /local/domain/2
SET_PERMS /local/domain/2 n2
D1: WATCH / all1
D2: WATCH / all2
D1: WRITE a/b/c "created by 1"
D2: WRITE a/b/c "created by 2"
D1: SET_PERMS a n1 r2
D1: WRITE a/b/d "1: readable by 2 at /local/domain/1/a only"
D1: RM a
WRITE /local/domain/1/e "dom0 writes in 1's home"
