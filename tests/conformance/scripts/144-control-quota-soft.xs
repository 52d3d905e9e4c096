# CONTROL quota-soft shows and sets the soft memory quota
CONTROL quota-soft
CONTROL quota-soft set memory 12345
CONTROL quota-soft
CONTROL quota-soft set memory 0
CONTROL quota-soft set nodes 5
CONTROL quota-soft set memory
CONTROL quota-soft bogus
CONTROL quota-soft 0
CONTROL quota
