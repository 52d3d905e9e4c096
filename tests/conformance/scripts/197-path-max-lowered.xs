# CONTROL quota set path-max lowers the path limit for domains and dom0 alike
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
CONTROL quota set path-max 10
D: WRITE "a"*10 "\0" "ten"
D: WRITE "a"*11 "\0" "eleven"
WRITE "/local/domain/1/" "b"*10 "\0" "dom0 ten below a domain"
WRITE "/local/domain/1/" "b"*11 "\0" "dom0 eleven below a domain"
WRITE "/" "c"*9 "\0" "dom0 ten in total"
WRITE "/" "c"*10 "\0" "dom0 eleven in total"
WRITE "/x/y/z/w/v/u" "\0" "dom0 twelve in total"
WRITE "c"*10 "\0" "dom0 relative"
D: WATCH "a"*11 "\0" t
