# DIRECTORY lists leaf names; a leaf lists nothing; a missing node is ENOENT
DIRECTORY /
DIRECTORY /tool
DIRECTORY /tool/xenstored
WRITE /db/one "1"
WRITE /db/two "2"
DIRECTORY /db
DIRECTORY /db/one
DIRECTORY /db/missing
DIRECTORY /db/missing/deeper
