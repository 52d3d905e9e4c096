# a domain gets @releaseDomain events only with read access to its permission list
WATCH @releaseDomain a
open Z
domain 1
domain 2
domain 3
domain 4
conn D domain 1
D: WATCH @releaseDomain dr
RELEASE 2
SET_PERMS @releaseDomain n0 r1
RELEASE 3
SET_PERMS @releaseDomain n0 w1
RELEASE 4
