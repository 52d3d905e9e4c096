# RM of a missing node: OK if its parent exists, ENOENT if the parent is missing too; RM / is EINVAL
WRITE /rm/p ""
RM /rm/p/missing
RM /rm/p/missing/deeper
RM /rm/nothere/at/all
RM /rm/p
RM /rm/p
RM /
READ /tool/xenstored
