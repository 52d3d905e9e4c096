# with CONTROL quota set transactions 1 a domain may still open two transactions, not three
domain 1
conn D domain 1
CONTROL quota set transactions 1
D: TRANSACTION_START "\0" -> t1
D: TRANSACTION_START "\0" -> t2
D: TRANSACTION_START "\0" -> t3
D: TRANSACTION_END tx=$t1 T
D: TRANSACTION_START "\0" -> t4
repeat 4 TRANSACTION_START "\0"
