# UNWATCH removes exactly the (path, token) watch; an unknown pair is ENOENT
WATCH /uw a
WATCH /uw b
WRITE /uw "both"
UNWATCH /uw a
WRITE /uw "only b"
UNWATCH /uw a
UNWATCH /uw c
UNWATCH /other b
UNWATCH /uw b
WRITE /uw "none"
WATCH /uw a
WRITE /uw "a again"
