# node size quota (2048, the whole record: header, permissions, value, child names): values around the limit with 1, 2 and 5 entries, child names growing the parent, SET_PERMS growing it; lowered to 100; dom0 exempt
# cases: 50
domain 1
domain 2
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
D: WRITE one "v"*2010
D: WRITE one "v"*2011
D: WRITE one "v"*2012
D: WRITE one "v"*2013
D: WRITE one "v"*2014
D: WRITE one "v"*2015
D: WRITE one "v"*2016
D: WRITE one "v"*2017
D: WRITE two "v"
D: SET_PERMS two n1 r2
D: WRITE two "v"*2002
D: WRITE two "v"*2003
D: WRITE two "v"*2004
D: WRITE two "v"*2005
D: WRITE two "v"*2006
D: WRITE two "v"*2007
D: WRITE two "v"*2008
D: WRITE two "v"*2009
D: WRITE five "v"
D: SET_PERMS five n1 r2 r2 r2 r2
D: WRITE five "v"*1978
D: WRITE five "v"*1979
D: WRITE five "v"*1980
D: WRITE five "v"*1981
D: WRITE five "v"*1982
D: WRITE five "v"*1983
D: WRITE five "v"*1984
D: WRITE five "v"*1985
D: WRITE parent "v"*2000
D: WRITE parent/abcdefgh "x"
D: WRITE parent/abcdefghijklmn "x"
D: WRITE parent/ab "x"
D: RM parent/abcdefgh
D: WRITE parent/abcdefghijklmn "x"
D: WRITE grow "v"*2005
D: SET_PERMS grow n1 r2
D: SET_PERMS grow n1
D: MKDIR big/dir
WRITE /local/domain/1/dom0 "v"*3000
D: WRITE dom0 "v"
CONTROL quota set node-size 100
D: WRITE small "v"*60
D: WRITE small "v"*62
D: WRITE small "v"*64
D: WRITE small "v"*66
D: WRITE small "v"*68
D: WRITE small "v"*70
D: WRITE small "v"*72
D: WRITE small "v"*74
D: WRITE small "v"*76
D: WRITE small "v"*78
CONTROL quota set node-size 2048
