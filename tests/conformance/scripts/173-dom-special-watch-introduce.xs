# a domain gets @introduceDomain events only with read access to its permission list
domain 1
conn D domain 1
D: WATCH @introduceDomain di
WATCH @introduceDomain a
domain 2
SET_PERMS @introduceDomain n0 r1
domain 3
SET_PERMS @introduceDomain n0
domain 4
SET_PERMS @introduceDomain n1
domain 5
