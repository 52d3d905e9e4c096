# UNWATCH canonicalises relative paths the same way as WATCH
WATCH rel tok
UNWATCH /local/domain/0/rel tok
WRITE rel "no event"
WATCH /local/domain/0/rel2 tok
UNWATCH rel2 tok
WRITE rel2 "no event"
WATCH @introduceDomain s
UNWATCH @introduceDomain s
domain 1
