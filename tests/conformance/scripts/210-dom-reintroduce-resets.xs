# INTRODUCE of an introduced domain resets its connection: its watches and transactions are dropped
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
D: WATCH w tok
D: TRANSACTION_START "\0" -> t
D: WRITE tx=$t x "in tx"
domain 1
WRITE /local/domain/1/w "is the watch still there?"
D: READ tx=$t x
D: READ x
D: WATCH w tok
D: WRITE y "the connection still works"
