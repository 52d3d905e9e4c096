# C queues the events of a request before its reply
WATCH /oo mine
B: WATCH /oo theirs
WRITE /oo "A writes"
B: WRITE /oo "B writes"
MKDIR /oo/d
RM /oo/d
SET_PERMS /oo n0
