# two watches of one connection matching one write give two events, in registration order
WATCH /tm/a/b inner
WATCH /tm/a outer
WATCH / root
WRITE /tm/a/b/c "x"
UNWATCH /tm/a outer
WATCH /tm/a outer
WRITE /tm/a/b/c "y"
