# RM inside a transaction: invisible outside until commit, then exact events for the subtree
WRITE /tx-rm/a/b "1"
WRITE /tx-rm/a/c "2"
WATCH /tx-rm/a/b wb
WATCH /tx-rm/a wa
WATCH /tx-rm top
TRANSACTION_START "\0" -> t
RM tx=$t /tx-rm/a
READ tx=$t /tx-rm/a/b
B: READ /tx-rm/a/b
DIRECTORY tx=$t /tx-rm
TRANSACTION_END tx=$t T
READ /tx-rm/a/b
