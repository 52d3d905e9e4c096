# a domain's relative paths are below /local/domain/<its id>
domain 3
conn D domain 3
MKDIR /local/domain/3
SET_PERMS /local/domain/3 n3
D: GET_DOMAIN_PATH 3
D: WRITE data "mine"
D: READ data
READ /local/domain/3/data
D: MKDIR dir/sub
D: DIRECTORY /local/domain/3
D: GET_PERMS data
D: RM dir
D: DIRECTORY /local/domain/3
D: READ "\0"
D: READ "bad//rel\0"
D: DIRECTORY_PART /local/domain/3 0
