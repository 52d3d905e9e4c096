# RM removes the node with its whole subtree; the parent stays
WRITE /rs/a/b/c "1"
WRITE /rs/a/b/d "2"
WRITE /rs/a/e "3"
WRITE /rs/f "4"
RM /rs/a
READ /rs/a
READ /rs/a/b/c
DIRECTORY /rs
READ /rs/f
RM /rs
DIRECTORY /rs
DIRECTORY /
