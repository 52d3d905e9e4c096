# watch quota of a domain (128, E2BIG above: the 130th fails), room made by UNWATCH, the same path with other tokens counting, RESET_WATCHES; lowered to 3
# cases: 142
domain 1
conn D domain 1
repeat 131 D: WATCH /w/{i:03} t
D: UNWATCH /w/000 t
D: WATCH /w/extra t
D: WATCH /w/extra u
D: RESET_WATCHES
CONTROL quota set watches 3
D: WATCH /x t0
D: WATCH /x t1
D: WATCH /x t2
D: WATCH /x t3
D: WATCH /x t4
D: WATCH /x t5
WRITE /x "fires every watch that was accepted"
CONTROL quota set watches 128
