# a node created and deleted in the same transaction leaves no trace and fires no event
WATCH /tcd w
TRANSACTION_START "\0" -> t
WRITE tx=$t /tcd/tmp "x"
RM tx=$t /tcd/tmp
TRANSACTION_END tx=$t T
READ /tcd/tmp
DIRECTORY /tcd
