# @introduceDomain events reach domain 1 only with READ on its permission list: each list set by dom0, then one INTRODUCE
# cases: 22
WATCH @introduceDomain a
open Z
domain 1
conn D domain 1
D: WATCH @introduceDomain d
D: GET_PERMS @introduceDomain
SET_PERMS @introduceDomain n0
D: GET_PERMS @introduceDomain
domain 2
SET_PERMS @introduceDomain r0
D: GET_PERMS @introduceDomain
domain 3
SET_PERMS @introduceDomain n0 r1
D: GET_PERMS @introduceDomain
domain 4
SET_PERMS @introduceDomain n0 w1
D: GET_PERMS @introduceDomain
domain 5
SET_PERMS @introduceDomain n0 b1
D: GET_PERMS @introduceDomain
domain 6
SET_PERMS @introduceDomain r0 n1
D: GET_PERMS @introduceDomain
domain 7
SET_PERMS @introduceDomain b0 n1
D: GET_PERMS @introduceDomain
domain 8
SET_PERMS @introduceDomain n1
D: GET_PERMS @introduceDomain
domain 9
D: READ @introduceDomain
D: WRITE @introduceDomain "x"
D: UNWATCH @introduceDomain d
D: WATCH @introduceDomain d
