# node quota of a domain: lowered to 8 with CONTROL quota set (nodes it creates, nodes dom0 creates below its nodes, nodes dom0 gives it, in a transaction, freed by RM), then the default 1000
# cases: 37
domain 1
domain 2
conn D domain 1
CONTROL quota set nodes 8
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
D: WRITE n0 "x"
D: WRITE n1 "x"
D: WRITE n2 "x"
D: WRITE n3 "x"
D: WRITE n4 "x"
D: WRITE n5 "x"
D: WRITE n6 "x"
D: WRITE n7 "x"
D: MKDIR m
D: RM n0
D: WRITE n0 "x"
D: WRITE n0 "rewrite of an existing node"
D: WRITE n8 "x"
WRITE /local/domain/1/by-dom0 "dom0 is exempt, the node is the domain's"
GET_PERMS /local/domain/1/by-dom0
D: RM n1
D: RM n2
D: WRITE n1 "x"
WRITE /given "x"
SET_PERMS /given n1
D: WRITE n2 "x"
D: RM n3
D: RM n4
D: TRANSACTION_START "\0" -> t
D: WRITE tx=$t t1 "x"
D: WRITE tx=$t t2 "x"
D: WRITE tx=$t t3 "x"
D: TRANSACTION_END tx=$t T
D: DIRECTORY /local/domain/1
D: TRANSACTION_START "\0" -> u
D: WRITE tx=$u t1 "x"
D: TRANSACTION_END tx=$u T
D: DIRECTORY /local/domain/1
CONTROL quota set nodes 1000
repeat 988 WRITE /local/domain/1/bulk/{i:03} ""
D: WRITE more/a "x"
D: WRITE more/b "x"
D: WRITE more/c "x"
D: WRITE more/d "x"
D: RM bulk/000
D: WRITE more/d "x"
D: WRITE more/e "x"
