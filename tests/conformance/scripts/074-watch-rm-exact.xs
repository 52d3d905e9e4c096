# RM fires an exact event for every watched node of the removed subtree, none for missing ones
WRITE /wr/a/b/c "1"
WRITE /wr/a/d "2"
WATCH /wr/a/b/c t-c
WATCH /wr/a/b t-b
WATCH /wr/a/d t-d
WATCH /wr/a/nonexistent t-none
WATCH /wr/a/b/c/deeper t-deeper
WATCH /wr/a t-a
WATCH /wr parent
WATCH /wr/other t-other
RM /wr/a
