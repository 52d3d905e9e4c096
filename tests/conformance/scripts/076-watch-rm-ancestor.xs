# a watch above the removed node gets one event with the removed path
WRITE /ra/p/q/r "x"
WATCH /ra above
WATCH / root
RM /ra/p/q
RM /ra/p/q
RM /ra/p
