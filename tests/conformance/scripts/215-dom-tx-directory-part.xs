# a domain's DIRECTORY_PART inside a transaction, and its generation after commit
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
D: WRITE d/a ""
D: DIRECTORY_PART d 0
D: TRANSACTION_START "\0" -> t
D: WRITE tx=$t d/b ""
D: DIRECTORY_PART tx=$t d 0
D: DIRECTORY_PART d 0
D: TRANSACTION_END tx=$t T
D: DIRECTORY_PART d 0
D: DIRECTORY_PART d 2
