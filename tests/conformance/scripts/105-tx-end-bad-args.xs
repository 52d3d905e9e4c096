# TRANSACTION_END takes exactly "T" or "F" with one NUL: anything else is EINVAL and the transaction stays
TRANSACTION_START "\0" -> t
WRITE tx=$t /te/a "x"
TRANSACTION_END tx=$t X
TRANSACTION_END tx=$t t
TRANSACTION_END tx=$t TF
TRANSACTION_END tx=$t "T"
TRANSACTION_END tx=$t ""
TRANSACTION_END tx=$t T T
TRANSACTION_END tx=$t "\0"
TRANSACTION_END tx=$t "T\0x"
READ tx=$t /te/a
TRANSACTION_END tx=$t T
READ /te/a
TRANSACTION_END X
