# a SET_PERMS event reaches a domain that could read the node before or after the change
domain 1
conn D domain 1
WRITE /es/a "x"
D: WATCH /es/a w
SET_PERMS /es/a n0 r1
SET_PERMS /es/a n0 r1
SET_PERMS /es/a n0
SET_PERMS /es/a n0
SET_PERMS /es/a r0
SET_PERMS /es/a w0
