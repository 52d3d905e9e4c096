# a watch on / does not see special events, and '@' watches do not see data writes
WATCH / root
WATCH @introduceDomain intro
domain 4
WRITE /introduced "x"
WRITE /@introduceDomain "a node with an @ name"
