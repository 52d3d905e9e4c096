# permission errors inside a domain's transaction do not spoil its commit
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
WRITE /secret "s"
D: TRANSACTION_START "\0" -> t
D: READ tx=$t /secret
D: WRITE tx=$t /secret "x"
D: WRITE tx=$t ok "fine"
D: TRANSACTION_END tx=$t T
READ /local/domain/1/ok
READ /secret
