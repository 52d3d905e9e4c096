# RESET_WATCHES drops every watch of the connection, not other connections' watches
WATCH /rw a
WATCH /rw/x b
WATCH @introduceDomain c
B: WATCH /rw other
RESET_WATCHES "\0"
WRITE /rw/x "only B"
domain 1
UNWATCH /rw a
WATCH /rw a
WRITE /rw "a again"
RESET_WATCHES
RESET_WATCHES "anything\0at all\0"
