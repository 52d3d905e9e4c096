# any '@' name can be watched: OK plus the initial event, then it never fires
WATCH @foo foo
WATCH @introduceDomainX x
WATCH @releaseDomain/sub sub
domain 1
WRITE /foo "x"
WRITE /@foo "x"
