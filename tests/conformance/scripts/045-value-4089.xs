# large values: 4089 bytes below a short path, and a WRITE whose payload is exactly 4096 bytes
WRITE "/big\0" "x"*4089
READ /big
WRITE "/v\0" "y"*4093
READ /v
WRITE "/v\0" "0123456789abcdef"*255 "0123456789abc"
READ /v
GET_PERMS /v
DIRECTORY /
