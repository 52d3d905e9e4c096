# with transaction-nodes lowered a domain's transaction may touch only that many nodes (ENOSPC)
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
CONTROL quota set transaction-nodes 3
D: TRANSACTION_START "\0" -> t
D: WRITE tx=$t a "1"
D: WRITE tx=$t b "2"
D: WRITE tx=$t c "3"
D: WRITE tx=$t d "4"
D: WRITE tx=$t e "5"
D: READ tx=$t a
D: TRANSACTION_END tx=$t T
READ /local/domain/1/a
TRANSACTION_START "\0" -> u
WRITE tx=$u /local/domain/1/a "1"
WRITE tx=$u /local/domain/1/b "2"
WRITE tx=$u /local/domain/1/c "3"
WRITE tx=$u /local/domain/1/d "4"
TRANSACTION_END tx=$u T
