# a request whose payload is 4097 bytes makes C drop the socket connection (no reply)
WRITE "/v\0" "y"*4093
WRITE "/v\0" "y"*4094
B: READ /v
B: WRITE "/w\0" "z"*4093
B: READ /w
