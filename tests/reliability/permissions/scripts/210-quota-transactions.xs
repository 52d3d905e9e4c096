# transaction quota of a domain (10 open, the 12th start fails with ENOSPC), room made by ending one; lowered to 2; nodes per transaction (1024 by default, lowered to 4: ENOSPC, then the commit fails)
# cases: 1071
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
repeat 12 D: TRANSACTION_START "\0" -> t{i}
D: TRANSACTION_START "\0"
D: TRANSACTION_END tx=$t3 F
D: TRANSACTION_START "\0" -> again
D: TRANSACTION_START "\0"
D: RESET_WATCHES
CONTROL quota set transactions 2
repeat 5 D: TRANSACTION_START "\0" -> s{i}
D: RESET_WATCHES
CONTROL quota set transactions 10
CONTROL quota set transaction-nodes 4
D: TRANSACTION_START "\0" -> n
D: WRITE tx=$n a "x"
D: WRITE tx=$n b "x"
D: WRITE tx=$n c "x"
D: WRITE tx=$n d "x"
D: WRITE tx=$n e "x"
D: WRITE tx=$n f "x"
D: TRANSACTION_END tx=$n T
D: DIRECTORY /local/domain/1
D: TRANSACTION_START "\0" -> r
D: READ tx=$r /local
D: READ tx=$r /local/domain
D: READ tx=$r /tool
D: READ tx=$r /tool/xenstored
D: READ tx=$r /local/domain/1
D: TRANSACTION_END tx=$r T
CONTROL quota set transaction-nodes 1024
MKDIR /tn
SET_PERMS /tn r0
repeat 1030 WRITE /tn/{i:04} ""
D: TRANSACTION_START "\0" -> big
repeat 1030 D: READ tx=$big /tn/{i:04}
D: TRANSACTION_END tx=$big T
