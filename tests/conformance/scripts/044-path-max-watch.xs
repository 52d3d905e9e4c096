# WATCH paths obey the same 2048-byte limit; '@' names too
WATCH "/" "w"*2047 "\0" t1
WATCH "/" "w"*2048 "\0" t2
WATCH "@" "w"*2047 "\0" t3
WATCH "@" "w"*2048 "\0" t4
WATCH "/local/domain/3/" "w"*2048 "\0" t5
WATCH "/local/domain/3/" "w"*2049 "\0" t6
WATCH "w"*2048 "\0" t7
WATCH "w"*2049 "\0" t8
WRITE "/" "w"*2047 "\0" "fires t1"
