# CONTROL quota without arguments shows the global quota settings
CONTROL quota
CONTROL quota-soft
