# children created in a transaction join the list at commit in the transaction's creation order
WRITE /tdo/first ""
TRANSACTION_START "\0" -> t
WRITE tx=$t /tdo/z ""
WRITE tx=$t /tdo/y ""
B: WRITE /tdo/outside ""
WRITE tx=$t /tdo/x ""
TRANSACTION_END tx=$t T
DIRECTORY /tdo
TRANSACTION_START "\0" -> t2
RM tx=$t2 /tdo/z
WRITE tx=$t2 /tdo/z ""
TRANSACTION_END tx=$t2 T
DIRECTORY /tdo
