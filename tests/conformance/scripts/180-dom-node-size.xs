# a domain's node record may not reach 2048 bytes: header, permissions, value and child names count
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
D: WRITE a "v"*2014
D: WRITE b "v"*2015
D: WRITE c "v"*2016
D: WRITE d "v"*2100
READ /local/domain/1/c
D: SET_PERMS b n1 r1
D: WRITE b "v"*2007
D: SET_PERMS b n1 r1
D: WRITE b "v"*2008
D: WRITE b "v"*2007
D: WRITE a/x "child name makes the parent too big"
D: WRITE a "v"*2013
D: WRITE a/x "fits now"
D: WRITE a/y "no longer fits"
WRITE /local/domain/1/big "v"*3000
