# RM of a top-level node: events for its watches, the / watch and nothing for unrelated watches
WRITE /rr/a "x"
WRITE /ss/a "y"
WATCH / root
WATCH /rr/a a
WATCH /ss ss
RM /rr
RM /ss/a
