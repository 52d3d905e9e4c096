# a domain's watch only fires for nodes it may read
domain 1
conn D domain 1
WRITE /ef/secret "x"
WRITE /ef/public "x"
SET_PERMS /ef/public r0
WRITE /ef/acl "x"
SET_PERMS /ef/acl n0 r1
WRITE /ef/wonly "x"
SET_PERMS /ef/wonly n0 w1
D: WATCH / all
D: WATCH /ef ef
WRITE /ef/secret "y"
WRITE /ef/public "y"
WRITE /ef/acl "y"
WRITE /ef/wonly "y"
WRITE /ef/secret/child "new below an unreadable node"
WRITE /ef/public/child "new below a readable node"
WRITE /ef/new "new below the unreadable /ef"
