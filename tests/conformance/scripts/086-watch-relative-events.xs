# a relative watch reports relative event paths, also for deep writes and removals
WATCH rw rel
WATCH /local/domain/0/rw abs
WRITE rw/x "relative write"
WRITE /local/domain/0/rw/y "absolute write"
RM rw/x
RM /local/domain/0/rw
WATCH "" empty-relative
