# a transaction id belongs to its connection: another connection using it gets ENOENT
TRANSACTION_START "\0" -> t
WRITE tx=$t /to/a "A"
B: READ tx=$t /to/a
B: WRITE tx=$t /to/a "B"
B: TRANSACTION_END tx=$t T
TRANSACTION_END tx=$t T
READ /to/a
