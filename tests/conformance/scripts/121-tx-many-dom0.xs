# dom0 is not limited to 10 open transactions
repeat 20 TRANSACTION_START "\0" -> t{i}
WRITE tx=$t19 /tmany "last"
TRANSACTION_END tx=$t19 T
TRANSACTION_END tx=$t0 T
READ /tmany
