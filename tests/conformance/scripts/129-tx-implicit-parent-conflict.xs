# creating a node reads its parents: another connection creating the same parent conflicts
TRANSACTION_START "\0" -> t
WRITE tx=$t /tip/p/a "tx"
B: WRITE /tip/p/b "B"
TRANSACTION_END tx=$t T
DIRECTORY /tip/p
TRANSACTION_START "\0" -> t2
WRITE tx=$t2 /tip/q "tx"
B: WRITE /tip/r "B"
TRANSACTION_END tx=$t2 T
DIRECTORY /tip
