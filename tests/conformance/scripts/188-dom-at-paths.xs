# a domain may watch special names but not use them as data paths
domain 1
conn D domain 1
D: READ @introduceDomain
D: WRITE @foo "x"
D: GET_PERMS @releaseDomain
D: WATCH @introduceDomain i
D: WATCH @releaseDomain r
D: WATCH @anything a
