# SET_TARGET needs two introduced domains; dom0 counts as introduced
SET_TARGET 2 1
domain 1
SET_TARGET 2 1
domain 2
SET_TARGET 2 1
SET_TARGET 2 1
SET_TARGET 0 0
SET_TARGET 2
SET_TARGET 1 3
SET_TARGET 3 1
