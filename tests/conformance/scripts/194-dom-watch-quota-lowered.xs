# with CONTROL quota set watches 2 a domain's 4th watch fails
domain 1
conn D domain 1
CONTROL quota set watches 2
D: WATCH /a t
D: WATCH /b t
D: WATCH /c t
D: WATCH /d t
repeat 5 WATCH /dom0/{i} t
