# a domain's own write: its event comes before the reply, like dom0's
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
D: WATCH /local/domain/1 mine
D: WRITE x "v"
D: RM x
D: MKDIR x
D: SET_PERMS x n1 r1
