# a domain's commit fires dom0's watches; a domain watcher only sees what it may read
domain 1
domain 2
conn D1 domain 1
conn D2 domain 2
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
WATCH /local/domain/1 dom0
D2: WATCH /local/domain/1 d2
D1: TRANSACTION_START "\0" -> t
D1: WRITE tx=$t private "p"
D1: WRITE tx=$t public "q"
D1: SET_PERMS tx=$t public n1 r2
D1: TRANSACTION_END tx=$t T
D2: READ /local/domain/1/public
D2: READ /local/domain/1/private
