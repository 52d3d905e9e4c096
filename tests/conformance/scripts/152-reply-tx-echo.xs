# C echoes the request's tx id in every reply, errors included, and for WATCH/UNWATCH
TRANSACTION_START "\0" -> t
WRITE tx=$t /echo/a "x"
READ tx=$t /echo/missing
READ tx=$t "/bad//path\0"
WATCH tx=$t /echo w
UNWATCH tx=$t /echo w
UNWATCH tx=$t /echo w
GET_DOMAIN_PATH tx=$t 1
TRANSACTION_START tx=$t "\0"
TRANSACTION_END tx=$t T
