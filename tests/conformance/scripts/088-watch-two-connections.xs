# every connection with a matching watch gets the event; the writer's own comes before its reply
WATCH /tc a
B: WATCH /tc b
C: WATCH /tc/x c
C: WATCH /tc c2
WRITE /tc/x "from A"
B: WRITE /tc/y "from B"
C: RM /tc
