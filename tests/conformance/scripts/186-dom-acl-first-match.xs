# the first ACL entry naming the domain wins; the owner always has full access
domain 1
domain 2
conn D domain 1
WRITE /af/rw "v"
SET_PERMS /af/rw n0 r1 w1
WRITE /af/wr "v"
SET_PERMS /af/wr n0 w1 r1
WRITE /af/nb "v"
SET_PERMS /af/nb b0 n1 b1
WRITE /af/own "v"
SET_PERMS /af/own n1 n1
D: READ /af/rw
D: WRITE /af/rw "x"
D: READ /af/wr
D: WRITE /af/wr "x"
D: READ /af/nb
D: WRITE /af/nb "x"
D: READ /af/own
D: WRITE /af/own "x"
