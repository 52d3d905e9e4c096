# changes by others to nodes the transaction never touched do not conflict
WRITE /tn/a "1"
WRITE /tn/b "1"
TRANSACTION_START "\0" -> t
READ tx=$t /tn/a
WRITE tx=$t /tn/c "tx"
B: WRITE /tn/b "2"
B: WRITE /tn/d "new"
B: RM /tn/b
TRANSACTION_END tx=$t T
READ /tn/c
DIRECTORY /tn
