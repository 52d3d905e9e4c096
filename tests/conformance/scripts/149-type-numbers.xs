# requests may be given by number; replies carry the request's type, request id and tx id
2 /tool/xenstored
11 "/num/a\0" "v"
1 /num
3 /num/a
10 7
WRITE rid=0 /num/b "rid zero"
READ rid=4294967295 /num/b
READ rid=12345 /num/missing
GET_DOMAIN_PATH rid=7 tx=0 1
