# CONTROL quota set changes a quota; unknown names, values below 1 and wrong arity are EINVAL
CONTROL quota set nodes 5
CONTROL quota set watches 7
CONTROL quota set transactions 3
CONTROL quota set outstanding 4
CONTROL quota set transaction-nodes 99
CONTROL quota set memory 100000
CONTROL quota set node-size 1000
CONTROL quota set path-max 1000
CONTROL quota set permissions 2
CONTROL quota
CONTROL quota set nodes 0
CONTROL quota set nodes -1
CONTROL quota set nodes abc
CONTROL quota set bogus 5
CONTROL quota set nodes
CONTROL quota set
CONTROL quota set nodes 5 6
CONTROL quota
