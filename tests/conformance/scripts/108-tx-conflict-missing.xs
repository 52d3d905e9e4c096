# reading a missing node in the transaction conflicts with its creation by another connection
TRANSACTION_START "\0" -> t
READ tx=$t /tm/a
B: WRITE /tm/a "created"
TRANSACTION_END tx=$t T
TRANSACTION_START "\0" -> t2
READ tx=$t2 /tm/b
B: WRITE /tm/c "other"
TRANSACTION_END tx=$t2 T
