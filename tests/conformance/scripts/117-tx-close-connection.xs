# closing a connection aborts its open transactions
WRITE /tcc/a "orig"
B: TRANSACTION_START "\0" -> t
B: WRITE tx=$t /tcc/a "lost"
B: WRITE tx=$t /tcc/b "lost"
close B
READ /tcc/a
READ /tcc/b
open B
B: TRANSACTION_START "\0" -> t2
B: READ tx=$t2 /tcc/b
B: TRANSACTION_END tx=$t2 T
