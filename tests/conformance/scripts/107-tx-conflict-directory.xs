# a DIRECTORY in the transaction conflicts with a child added by another connection
WRITE /td/a ""
TRANSACTION_START "\0" -> t
DIRECTORY tx=$t /td
B: WRITE /td/b ""
TRANSACTION_END tx=$t T
TRANSACTION_START "\0" -> t2
DIRECTORY tx=$t2 /td
B: WRITE /td/b "value change only"
TRANSACTION_END tx=$t2 T
