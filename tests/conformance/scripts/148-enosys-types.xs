# types 15 (WATCH_EVENT), 16 (ERROR), 20 (RESTRICT), 23 and up are ENOSYS; the connection stays usable
15 "\0"
16 "\0"
20 "\0"
23 "\0"
24 "\0"
25 "\0"
26 "\0"
99 "\0"
0xffff "\0"
0x7fffffff "\0"
WATCH_EVENT "/x\0" "t\0"
ERROR "EINVAL\0"
RESTRICT "1\0"
GET_FEATURE "\0"
15
READ /tool/xenstored
