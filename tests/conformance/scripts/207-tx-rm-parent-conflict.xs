# a transaction writing below a node that another connection removes conflicts
WRITE /trp/p/a "1"
TRANSACTION_START "\0" -> t
WRITE tx=$t /trp/p/b "tx"
B: RM /trp/p
TRANSACTION_END tx=$t T
READ /trp/p/b
DIRECTORY /trp
