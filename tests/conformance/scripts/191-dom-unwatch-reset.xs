# a domain's UNWATCH and RESET_WATCHES
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
D: WATCH a ta
D: WATCH b tb
D: UNWATCH a ta
D: UNWATCH a ta
WRITE /local/domain/1/a "no event"
WRITE /local/domain/1/b "event"
D: RESET_WATCHES "\0"
WRITE /local/domain/1/b "no event"
D: WATCH b tb
