# a header announcing 5000 bytes closes the connection; other connections are unaffected
B: WRITE /before "b"
WRITE len=5000 "/x\0" "y"
B: READ /x
B: READ /before
open A
READ /before
