# after EAGAIN the transaction is gone; a retry in a new transaction succeeds
WRITE /tg/a "1"
TRANSACTION_START "\0" -> t
READ tx=$t /tg/a
WRITE tx=$t /tg/a "tx1"
B: WRITE /tg/a "B"
TRANSACTION_END tx=$t T
WRITE tx=$t /tg/a "late"
TRANSACTION_START "\0" -> t2
READ tx=$t2 /tg/a
WRITE tx=$t2 /tg/a "tx2"
TRANSACTION_END tx=$t2 T
READ /tg/a
