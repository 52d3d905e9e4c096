# RESET_WATCHES (sent outside the transaction) also ends the connection's transactions
WRITE /trw/a "1"
TRANSACTION_START "\0" -> t
WRITE tx=$t /trw/a "2"
WATCH /trw w
RESET_WATCHES "\0"
READ tx=$t /trw/a
TRANSACTION_END tx=$t T
READ /trw/a
WRITE /trw/a "3"
