# commit events: one per touched path in first-access order; a node created and removed fires nothing
WRITE /w2/x "x"
WATCH /w2 w
TRANSACTION_START "\0" -> t
WRITE tx=$t /w2/x/y "y"
WRITE tx=$t /w2/x/z "z"
RM tx=$t /w2/x/y
SET_PERMS tx=$t /w2/x n0
TRANSACTION_END tx=$t T
TRANSACTION_START "\0" -> t2
WRITE tx=$t2 /w2/b "1"
WRITE tx=$t2 /w2/a "1"
WRITE tx=$t2 /w2/b "2"
WRITE tx=$t2 /w2/c/d "1"
TRANSACTION_END tx=$t2 T
