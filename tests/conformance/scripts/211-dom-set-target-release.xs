# SET_TARGET, then RELEASE of the targeting domain first, then of the target (the safe order)
WATCH @releaseDomain r
open Z
domain 1
domain 2
conn D domain 2
WRITE /tr/of-1 "v"
SET_PERMS /tr/of-1 n1
SET_TARGET 2 1
D: READ /tr/of-1
RELEASE 2
IS_DOMAIN_INTRODUCED 2
IS_DOMAIN_INTRODUCED 1
RELEASE 1
IS_DOMAIN_INTRODUCED 1
READ /tr/of-1
