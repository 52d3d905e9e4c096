# DIRECTORY and DIRECTORY_PART inside a transaction list the transaction's children
WRITE /tdp/a ""
TRANSACTION_START "\0" -> t
WRITE tx=$t /tdp/b ""
DIRECTORY tx=$t /tdp
DIRECTORY_PART tx=$t /tdp 0
DIRECTORY_PART /tdp 0
RM tx=$t /tdp/a
DIRECTORY tx=$t /tdp
TRANSACTION_END tx=$t T
DIRECTORY /tdp
DIRECTORY_PART /tdp 0
