# C: a node first read after another connection changed it shows the new value and does not conflict
WRITE /tl/a "1"
TRANSACTION_START "\0" -> t
WRITE tx=$t /tl/b "x"
B: WRITE /tl/a "2"
READ tx=$t /tl/a
TRANSACTION_END tx=$t T
READ /tl/b
