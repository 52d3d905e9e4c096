# a domain may open 10 transactions (the check is strictly above the quota: the 12th start fails)
domain 1
conn D domain 1
repeat 12 D: TRANSACTION_START "\0" -> t{i}
D: TRANSACTION_START "\0"
D: TRANSACTION_END tx=$t0 F
D: TRANSACTION_START "\0" -> again
D: TRANSACTION_START "\0"
