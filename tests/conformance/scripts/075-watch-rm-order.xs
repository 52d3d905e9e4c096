# the events of a subtree removal, with several watches per node and several connections
WRITE /ro/x/1/a "a"
WRITE /ro/x/1/b "b"
WRITE /ro/x/2 "2"
WRITE /ro/x/3/c/d "d"
WATCH /ro/x/3/c/d d
WATCH /ro/x/1/b b
WATCH /ro/x/1 one
WATCH /ro/x/2 two
WATCH /ro/x/1/a a
WATCH /ro/x/3 three
WATCH /ro/x x
B: WATCH /ro/x/1/a Ba
B: WATCH /ro Bro
RM /ro/x
