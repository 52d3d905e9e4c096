# a domain's connection reset (close and reopen) drops its watches and transactions
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
D: WATCH w tok
D: TRANSACTION_START "\0" -> t
D: WRITE tx=$t x "in tx"
close D
open D
WRITE /local/domain/1/w "no watch any more"
D: READ x
D: WATCH w tok
D: TRANSACTION_START "\0" -> t2
D: READ tx=$t2 x
D: TRANSACTION_END tx=$t2 T
