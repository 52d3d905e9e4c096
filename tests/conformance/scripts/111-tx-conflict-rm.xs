# a node read in the transaction and removed by another connection conflicts; so does a removed parent
WRITE /tr/a/b "1"
TRANSACTION_START "\0" -> t
READ tx=$t /tr/a/b
B: RM /tr/a
TRANSACTION_END tx=$t T
WRITE /tr/x "1"
TRANSACTION_START "\0" -> t2
RM tx=$t2 /tr/x
B: WRITE /tr/x "2"
TRANSACTION_END tx=$t2 T
READ /tr/x
