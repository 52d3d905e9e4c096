# a domain's transactions: isolation, commit, and EAGAIN against a dom0 change
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
D: WRITE cnt "1"
D: TRANSACTION_START "\0" -> t
D: READ tx=$t cnt
D: WRITE tx=$t cnt "2"
READ /local/domain/1/cnt
D: TRANSACTION_END tx=$t T
READ /local/domain/1/cnt
D: TRANSACTION_START "\0" -> t2
D: READ tx=$t2 cnt
WRITE /local/domain/1/cnt "dom0"
D: WRITE tx=$t2 cnt "3"
D: TRANSACTION_END tx=$t2 T
READ /local/domain/1/cnt
D: TRANSACTION_END tx=$t2 T
