# two transactions of one connection conflict with each other like any two
WRITE /t2/a "0"
TRANSACTION_START "\0" -> t1
TRANSACTION_START "\0" -> t2
READ tx=$t1 /t2/a
READ tx=$t2 /t2/a
WRITE tx=$t1 /t2/a "1"
WRITE tx=$t2 /t2/a "2"
TRANSACTION_END tx=$t1 T
TRANSACTION_END tx=$t2 T
READ /t2/a
