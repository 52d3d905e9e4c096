# writes in a transaction are visible inside it, invisible outside until commit
WRITE /tb/a "old"
TRANSACTION_START "\0" -> t
READ tx=$t /tb/a
WRITE tx=$t /tb/a "new"
WRITE tx=$t /tb/b "created"
READ tx=$t /tb/a
READ tx=$t /tb/b
READ /tb/a
READ /tb/b
B: READ /tb/a
DIRECTORY tx=$t /tb
DIRECTORY /tb
TRANSACTION_END tx=$t T
READ /tb/a
READ /tb/b
DIRECTORY /tb
