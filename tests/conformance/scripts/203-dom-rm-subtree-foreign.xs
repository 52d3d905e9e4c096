# a domain removing its node removes the whole subtree, including children it could not write
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
D: WRITE dir/own "x"
WRITE /local/domain/1/dir/foreign "y"
SET_PERMS /local/domain/1/dir/foreign n0
D: RM dir/foreign
D: READ dir/foreign
D: RM dir
READ /local/domain/1/dir/foreign
DIRECTORY /local/domain/1
