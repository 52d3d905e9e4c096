# nodes dom0 creates below a domain's node are owned and counted for that domain: 1000 by default
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
repeat 997 WRITE /local/domain/1/n/{i:03} ""
D: WRITE last "x"
D: WRITE one-more "x"
D: RM n/000
D: WRITE one-more "x"
GET_PERMS /local/domain/1/n/500
