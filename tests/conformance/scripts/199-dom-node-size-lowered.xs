# with CONTROL quota set node-size 100 a domain's value is limited; dom0 is not
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
CONTROL quota set node-size 100
D: WRITE a "v"*67
D: WRITE b "v"*68
D: WRITE c "v"*200
WRITE /local/domain/1/d "v"*200
D: WRITE d "v"
D: SET_PERMS a n1 r1
