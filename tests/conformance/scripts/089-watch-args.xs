# WATCH needs exactly a path and a token; a third (depth) argument is EINVAL in 4.17
WATCH /wa
WATCH /wa tok depth
WATCH /wa tok 1
WATCH "/wa\0" "tok"
WATCH "/wa"
WATCH /wa "\0"
WATCH /wa "\0"
WRITE /wa "x"
