# relative paths of domain 1 are below /local/domain/1 (home n0 r1): every operation with a relative path, watch events reported relative, malformed relative paths
# cases: 30
domain 1
domain 2
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n0 r1
MKDIR /local/domain/1/data
SET_PERMS /local/domain/1/data n1
D: GET_DOMAIN_PATH 1
D: GET_DOMAIN_PATH 2
D: WATCH data/x rel
D: WATCH /local/domain/1/data/x abs
D: WRITE data/x "v"
D: READ data/x
READ /local/domain/1/data/x
D: MKDIR data/dir/sub
D: DIRECTORY data
D: DIRECTORY_PART data 0
D: GET_PERMS data/x
D: SET_PERMS data/x n1 r2
D: GET_PERMS data/x
D: WRITE data/x/y "below"
WRITE /local/domain/1/data/x/z "by dom0"
D: RM data/x
D: READ data/x
D: UNWATCH data/x rel
D: UNWATCH data/x abs
D: UNWATCH /local/domain/1/data/x abs
D: WRITE top "v"
D: READ top
D: READ "\0"
D: READ "data/\0"
D: READ "data//x\0"
D: READ "./data\0"
D: READ "../2\0"
D: WRITE "data/bad char\0" "v"
D: WATCH "\0" empty
D: DIRECTORY /local/domain/1
WRITE rel-dom0 "dom0's relative path is below /local/domain/0"
READ /local/domain/0/rel-dom0
