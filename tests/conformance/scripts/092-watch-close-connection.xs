# closing a connection removes its watches
B: WATCH /cc b
WRITE /cc "B sees it"
close B
WRITE /cc "B is gone"
open B
WRITE /cc "new B has no watch"
B: WATCH /cc b
WRITE /cc "watched again"
