# writing an existing node in the transaction conflicts with another connection's write to it
WRITE /tw/a "1"
TRANSACTION_START "\0" -> t
WRITE tx=$t /tw/a "tx"
B: WRITE /tw/a "B"
TRANSACTION_END tx=$t T
READ /tw/a
TRANSACTION_START "\0" -> t2
WRITE tx=$t2 /tw/new "tx"
B: WRITE /tw/new "B"
TRANSACTION_END tx=$t2 T
READ /tw/new
