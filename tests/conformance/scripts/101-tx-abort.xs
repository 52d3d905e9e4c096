# TRANSACTION_END F discards every change made in the transaction
WRITE /ta/a "keep"
TRANSACTION_START "\0" -> t
WRITE tx=$t /ta/a "discard"
WRITE tx=$t /ta/new "discard"
RM tx=$t /ta/a
MKDIR tx=$t /ta/dir
TRANSACTION_END tx=$t F
READ /ta/a
READ /ta/new
DIRECTORY /ta
READ tx=$t /ta/a
