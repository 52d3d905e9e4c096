# WATCH replies OK and then fires one initial event with the path as given, existing node or not
WATCH /wi/missing t1
WRITE /wi/exists "x"
WATCH /wi/exists t2
WATCH / root
WATCH @introduceDomain special
WATCH rel/path relative
WATCH "/wi/exists\0" "token with spaces\0"
