# TRANSACTION_START inside a transaction is EBUSY; the open transaction stays usable
TRANSACTION_START "\0" -> t
TRANSACTION_START tx=$t "\0"
WRITE tx=$t /tn/a "x"
TRANSACTION_END tx=$t T
READ /tn/a
TRANSACTION_START tx=424242 "\0"
