# @releaseDomain events reach domain 1 only with READ on its permission list: each list set by dom0, then one RELEASE
# cases: 22
WATCH @releaseDomain a
open Z
domain 1
domain 2
domain 3
domain 4
domain 5
domain 6
domain 7
domain 8
domain 9
conn D domain 1
D: WATCH @releaseDomain d
D: GET_PERMS @releaseDomain
SET_PERMS @releaseDomain n0
D: GET_PERMS @releaseDomain
RELEASE 2
SET_PERMS @releaseDomain r0
D: GET_PERMS @releaseDomain
RELEASE 3
SET_PERMS @releaseDomain n0 r1
D: GET_PERMS @releaseDomain
RELEASE 4
SET_PERMS @releaseDomain n0 w1
D: GET_PERMS @releaseDomain
RELEASE 5
SET_PERMS @releaseDomain n0 b1
D: GET_PERMS @releaseDomain
RELEASE 6
SET_PERMS @releaseDomain r0 n1
D: GET_PERMS @releaseDomain
RELEASE 7
SET_PERMS @releaseDomain b0 n1
D: GET_PERMS @releaseDomain
RELEASE 8
SET_PERMS @releaseDomain n1
D: GET_PERMS @releaseDomain
RELEASE 9
D: READ @releaseDomain
D: WRITE @releaseDomain "x"
D: UNWATCH @releaseDomain d
D: WATCH @releaseDomain d
