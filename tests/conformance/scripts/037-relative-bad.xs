# relative paths are checked like absolute ones once joined to /local/domain/0
READ "a//b\0"
READ "a/\0"
READ "a b\0"
WRITE "./a\0" "x"
MKDIR "a/../b\0"
WRITE rel@ok "fine"
READ rel@ok
READ /local/domain/0/rel@ok
DIRECTORY /local/domain/0
