# CONTROL check answers OK; any argument is EINVAL
CONTROL check
WRITE /chk/a "x"
CONTROL check
CONTROL check x
READ /chk/a
