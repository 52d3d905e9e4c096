# WATCH validates ordinary paths like data operations; any '@' name is accepted
WATCH "/a//b\0" t1
WATCH "/a/\0" t2
WATCH "/a b\0" t3
WATCH "\0" t4
WATCH "a//b\0" t5
WATCH / t6
WATCH @foo t7
WATCH "@\0" t8
WATCH @introduceDomain/sub t9
WATCH "@a b\0" t10
WATCH "@a//\0" t11
WATCH /ok/path t12
WRITE /ok/path "x"
WRITE /a/b "x"
