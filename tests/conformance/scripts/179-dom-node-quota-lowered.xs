# with CONTROL quota set nodes 5 a domain cannot own more than 5 nodes (ENOSPC)
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n0 b1
CONTROL quota set nodes 5
D: WRITE a "1"
D: WRITE b "2"
D: WRITE c "3"
D: WRITE d "4"
D: WRITE e "5"
D: WRITE f "6"
D: WRITE a "overwrite is fine"
D: RM e
D: WRITE f "6"
D: WRITE g/h "two new nodes"
DIRECTORY /local/domain/1
WRITE /local/domain/1/by-dom0 "dom0 is not limited"
