# '@' inside a path (not first) is an ordinary character, also in relative paths and watches
WRITE /foo@bar "v"
READ /foo@bar
WRITE /foo@bar/@x/y@ "w"
DIRECTORY /foo@bar
WATCH /foo@bar tok
WRITE /foo@bar/@x "z"
RM /foo@bar
WRITE x@y "rel"
READ /local/domain/0/x@y
