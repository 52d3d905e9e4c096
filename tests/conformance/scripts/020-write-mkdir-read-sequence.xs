# a mixed sequence of writes, mkdirs and removals, checked with READ and DIRECTORY at each stage
MKDIR /seq
WRITE /seq/a "1"
MKDIR /seq/b
WRITE /seq/b/c "2"
DIRECTORY /seq
RM /seq/b/c
DIRECTORY /seq/b
WRITE /seq/b "3"
READ /seq/b
RM /seq/a
WRITE /seq/a/a "4"
DIRECTORY /seq
READ /seq/a
READ /seq/a/a
