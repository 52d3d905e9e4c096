# WRITE creates a node, READ returns its value; an overwrite replaces it
WRITE /wr/a "hello"
READ /wr/a
WRITE /wr/a "bye"
READ /wr/a
WRITE /wr/a "a longer value than before"
READ /wr/a
WRITE /wr/a "x"
READ /wr/a
