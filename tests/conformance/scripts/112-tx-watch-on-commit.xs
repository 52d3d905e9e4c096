# watches fire only at commit, not while the transaction is open, not on abort or EAGAIN
WATCH /tw w
B: WATCH /tw b
TRANSACTION_START "\0" -> t
WRITE tx=$t /tw/a "x"
MKDIR tx=$t /tw/b
TRANSACTION_END tx=$t T
TRANSACTION_START "\0" -> t2
WRITE tx=$t2 /tw/c "aborted"
TRANSACTION_END tx=$t2 F
TRANSACTION_START "\0" -> t3
READ tx=$t3 /tw/a
WRITE tx=$t3 /tw/d "conflicted"
B: WRITE /tw/a "B"
TRANSACTION_END tx=$t3 T
