# a node read in the transaction and changed by another connection makes the commit EAGAIN
WRITE /tc/a "1"
TRANSACTION_START "\0" -> t
READ tx=$t /tc/a
B: WRITE /tc/a "2"
WRITE tx=$t /tc/other "x"
TRANSACTION_END tx=$t T
READ /tc/a
READ /tc/other
READ tx=$t /tc/a
