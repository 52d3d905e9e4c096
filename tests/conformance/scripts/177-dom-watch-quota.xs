# a domain may hold 128 watches, the check counts before adding: the 130th is E2BIG
domain 1
conn D domain 1
repeat 129 D: WATCH /wq/{i:03} t
D: WATCH /wq/extra t
D: WATCH /wq/extra2 t
D: UNWATCH /wq/000 t
D: WATCH /wq/extra t
D: WATCH /wq/000 t
