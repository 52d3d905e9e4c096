# a domain can be introduced, released and introduced again; nodes it owned are gone meanwhile
WATCH @introduceDomain i
WATCH @releaseDomain r
open Z
domain 6
WRITE /cyc/x "x"
SET_PERMS /cyc/x n6
RELEASE 6
READ /cyc/x
domain 6
IS_DOMAIN_INTRODUCED 6
WRITE /cyc/y "y"
SET_PERMS /cyc/y n6
GET_PERMS /cyc/y
