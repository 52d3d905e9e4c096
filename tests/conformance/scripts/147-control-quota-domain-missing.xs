# CONTROL quota <domid> for a domain that is not introduced is ENOENT
CONTROL quota 3
CONTROL quota 32752
open Z
domain 3
RELEASE 3
CONTROL quota 3
