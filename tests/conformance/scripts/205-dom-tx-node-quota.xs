# C checks a domain's node quota of a transaction at commit (ENOSPC there), not on the writes inside it
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n0 b1
CONTROL quota set nodes 3
D: WRITE a "1"
D: TRANSACTION_START "\0" -> t
D: WRITE tx=$t b "2"
D: WRITE tx=$t c "3"
D: WRITE tx=$t d "4"
D: TRANSACTION_END tx=$t T
DIRECTORY /local/domain/1
D: TRANSACTION_START "\0" -> t2
D: WRITE tx=$t2 b "2"
D: WRITE tx=$t2 c "3"
D: TRANSACTION_END tx=$t2 T
DIRECTORY /local/domain/1
D: TRANSACTION_START "\0" -> t3
D: WRITE tx=$t3 b "2"
D: TRANSACTION_END tx=$t3 T
D: WRITE c "3"
D: WRITE d "4"
DIRECTORY /local/domain/1
