# permission matrix, domain 1 against nodes owned by domain 2, with domain 3's entry b3 listed first: READ, READ of a missing child, DIRECTORY, DIRECTORY_PART, GET_PERMS, WATCH and its event, WRITE, MKDIR (existing), WRITE and MKDIR of a new child (and its owner), SET_PERMS (same list), RM of a child, RM
# cases: 320
domain 1
domain 2
domain 3
conn D domain 1
# the parent /pm is dom0's with no access for others: only each node's own list decides
MKDIR /pm
# o2-n-x-b3: n2 b3
WRITE /pm/o2-n-x-b3 "v"
WRITE /pm/o2-n-x-b3/c "c"
SET_PERMS /pm/o2-n-x-b3/c n2 b3
SET_PERMS /pm/o2-n-x-b3 n2 b3
D: READ /pm/o2-n-x-b3
D: READ /pm/o2-n-x-b3/missing
D: DIRECTORY /pm/o2-n-x-b3
D: DIRECTORY_PART /pm/o2-n-x-b3 0
D: GET_PERMS /pm/o2-n-x-b3
D: WATCH /pm/o2-n-x-b3 w
WRITE /pm/o2-n-x-b3 "by dom0"
D: UNWATCH /pm/o2-n-x-b3 w
D: WRITE /pm/o2-n-x-b3 "by domain 1"
D: MKDIR /pm/o2-n-x-b3
D: WRITE /pm/o2-n-x-b3/new "x"
GET_PERMS /pm/o2-n-x-b3/new
D: MKDIR /pm/o2-n-x-b3/newdir
GET_PERMS /pm/o2-n-x-b3/newdir
D: SET_PERMS /pm/o2-n-x-b3 n2 b3
D: RM /pm/o2-n-x-b3/c
D: RM /pm/o2-n-x-b3
DIRECTORY /pm/o2-n-x-b3
# o2-n-n1-b3: n2 b3 n1
WRITE /pm/o2-n-n1-b3 "v"
WRITE /pm/o2-n-n1-b3/c "c"
SET_PERMS /pm/o2-n-n1-b3/c n2 b3 n1
SET_PERMS /pm/o2-n-n1-b3 n2 b3 n1
D: READ /pm/o2-n-n1-b3
D: READ /pm/o2-n-n1-b3/missing
D: DIRECTORY /pm/o2-n-n1-b3
D: DIRECTORY_PART /pm/o2-n-n1-b3 0
D: GET_PERMS /pm/o2-n-n1-b3
D: WATCH /pm/o2-n-n1-b3 w
WRITE /pm/o2-n-n1-b3 "by dom0"
D: UNWATCH /pm/o2-n-n1-b3 w
D: WRITE /pm/o2-n-n1-b3 "by domain 1"
D: MKDIR /pm/o2-n-n1-b3
D: WRITE /pm/o2-n-n1-b3/new "x"
GET_PERMS /pm/o2-n-n1-b3/new
D: MKDIR /pm/o2-n-n1-b3/newdir
GET_PERMS /pm/o2-n-n1-b3/newdir
D: SET_PERMS /pm/o2-n-n1-b3 n2 b3 n1
D: RM /pm/o2-n-n1-b3/c
D: RM /pm/o2-n-n1-b3
DIRECTORY /pm/o2-n-n1-b3
# o2-n-r1-b3: n2 b3 r1
WRITE /pm/o2-n-r1-b3 "v"
WRITE /pm/o2-n-r1-b3/c "c"
SET_PERMS /pm/o2-n-r1-b3/c n2 b3 r1
SET_PERMS /pm/o2-n-r1-b3 n2 b3 r1
D: READ /pm/o2-n-r1-b3
D: READ /pm/o2-n-r1-b3/missing
D: DIRECTORY /pm/o2-n-r1-b3
D: DIRECTORY_PART /pm/o2-n-r1-b3 0
D: GET_PERMS /pm/o2-n-r1-b3
D: WATCH /pm/o2-n-r1-b3 w
WRITE /pm/o2-n-r1-b3 "by dom0"
D: UNWATCH /pm/o2-n-r1-b3 w
D: WRITE /pm/o2-n-r1-b3 "by domain 1"
D: MKDIR /pm/o2-n-r1-b3
D: WRITE /pm/o2-n-r1-b3/new "x"
GET_PERMS /pm/o2-n-r1-b3/new
D: MKDIR /pm/o2-n-r1-b3/newdir
GET_PERMS /pm/o2-n-r1-b3/newdir
D: SET_PERMS /pm/o2-n-r1-b3 n2 b3 r1
D: RM /pm/o2-n-r1-b3/c
D: RM /pm/o2-n-r1-b3
DIRECTORY /pm/o2-n-r1-b3
# o2-n-w1-b3: n2 b3 w1
WRITE /pm/o2-n-w1-b3 "v"
WRITE /pm/o2-n-w1-b3/c "c"
SET_PERMS /pm/o2-n-w1-b3/c n2 b3 w1
SET_PERMS /pm/o2-n-w1-b3 n2 b3 w1
D: READ /pm/o2-n-w1-b3
D: READ /pm/o2-n-w1-b3/missing
D: DIRECTORY /pm/o2-n-w1-b3
D: DIRECTORY_PART /pm/o2-n-w1-b3 0
D: GET_PERMS /pm/o2-n-w1-b3
D: WATCH /pm/o2-n-w1-b3 w
WRITE /pm/o2-n-w1-b3 "by dom0"
D: UNWATCH /pm/o2-n-w1-b3 w
D: WRITE /pm/o2-n-w1-b3 "by domain 1"
D: MKDIR /pm/o2-n-w1-b3
D: WRITE /pm/o2-n-w1-b3/new "x"
GET_PERMS /pm/o2-n-w1-b3/new
D: MKDIR /pm/o2-n-w1-b3/newdir
GET_PERMS /pm/o2-n-w1-b3/newdir
D: SET_PERMS /pm/o2-n-w1-b3 n2 b3 w1
D: RM /pm/o2-n-w1-b3/c
D: RM /pm/o2-n-w1-b3
DIRECTORY /pm/o2-n-w1-b3
# o2-n-b1-b3: n2 b3 b1
WRITE /pm/o2-n-b1-b3 "v"
WRITE /pm/o2-n-b1-b3/c "c"
SET_PERMS /pm/o2-n-b1-b3/c n2 b3 b1
SET_PERMS /pm/o2-n-b1-b3 n2 b3 b1
D: READ /pm/o2-n-b1-b3
D: READ /pm/o2-n-b1-b3/missing
D: DIRECTORY /pm/o2-n-b1-b3
D: DIRECTORY_PART /pm/o2-n-b1-b3 0
D: GET_PERMS /pm/o2-n-b1-b3
D: WATCH /pm/o2-n-b1-b3 w
WRITE /pm/o2-n-b1-b3 "by dom0"
D: UNWATCH /pm/o2-n-b1-b3 w
D: WRITE /pm/o2-n-b1-b3 "by domain 1"
D: MKDIR /pm/o2-n-b1-b3
D: WRITE /pm/o2-n-b1-b3/new "x"
GET_PERMS /pm/o2-n-b1-b3/new
D: MKDIR /pm/o2-n-b1-b3/newdir
GET_PERMS /pm/o2-n-b1-b3/newdir
D: SET_PERMS /pm/o2-n-b1-b3 n2 b3 b1
D: RM /pm/o2-n-b1-b3/c
D: RM /pm/o2-n-b1-b3
DIRECTORY /pm/o2-n-b1-b3
# o2-r-x-b3: r2 b3
WRITE /pm/o2-r-x-b3 "v"
WRITE /pm/o2-r-x-b3/c "c"
SET_PERMS /pm/o2-r-x-b3/c r2 b3
SET_PERMS /pm/o2-r-x-b3 r2 b3
D: READ /pm/o2-r-x-b3
D: READ /pm/o2-r-x-b3/missing
D: DIRECTORY /pm/o2-r-x-b3
D: DIRECTORY_PART /pm/o2-r-x-b3 0
D: GET_PERMS /pm/o2-r-x-b3
D: WATCH /pm/o2-r-x-b3 w
WRITE /pm/o2-r-x-b3 "by dom0"
D: UNWATCH /pm/o2-r-x-b3 w
D: WRITE /pm/o2-r-x-b3 "by domain 1"
D: MKDIR /pm/o2-r-x-b3
D: WRITE /pm/o2-r-x-b3/new "x"
GET_PERMS /pm/o2-r-x-b3/new
D: MKDIR /pm/o2-r-x-b3/newdir
GET_PERMS /pm/o2-r-x-b3/newdir
D: SET_PERMS /pm/o2-r-x-b3 r2 b3
D: RM /pm/o2-r-x-b3/c
D: RM /pm/o2-r-x-b3
DIRECTORY /pm/o2-r-x-b3
# o2-r-n1-b3: r2 b3 n1
WRITE /pm/o2-r-n1-b3 "v"
WRITE /pm/o2-r-n1-b3/c "c"
SET_PERMS /pm/o2-r-n1-b3/c r2 b3 n1
SET_PERMS /pm/o2-r-n1-b3 r2 b3 n1
D: READ /pm/o2-r-n1-b3
D: READ /pm/o2-r-n1-b3/missing
D: DIRECTORY /pm/o2-r-n1-b3
D: DIRECTORY_PART /pm/o2-r-n1-b3 0
D: GET_PERMS /pm/o2-r-n1-b3
D: WATCH /pm/o2-r-n1-b3 w
WRITE /pm/o2-r-n1-b3 "by dom0"
D: UNWATCH /pm/o2-r-n1-b3 w
D: WRITE /pm/o2-r-n1-b3 "by domain 1"
D: MKDIR /pm/o2-r-n1-b3
D: WRITE /pm/o2-r-n1-b3/new "x"
GET_PERMS /pm/o2-r-n1-b3/new
D: MKDIR /pm/o2-r-n1-b3/newdir
GET_PERMS /pm/o2-r-n1-b3/newdir
D: SET_PERMS /pm/o2-r-n1-b3 r2 b3 n1
D: RM /pm/o2-r-n1-b3/c
D: RM /pm/o2-r-n1-b3
DIRECTORY /pm/o2-r-n1-b3
# o2-r-r1-b3: r2 b3 r1
WRITE /pm/o2-r-r1-b3 "v"
WRITE /pm/o2-r-r1-b3/c "c"
SET_PERMS /pm/o2-r-r1-b3/c r2 b3 r1
SET_PERMS /pm/o2-r-r1-b3 r2 b3 r1
D: READ /pm/o2-r-r1-b3
D: READ /pm/o2-r-r1-b3/missing
D: DIRECTORY /pm/o2-r-r1-b3
D: DIRECTORY_PART /pm/o2-r-r1-b3 0
D: GET_PERMS /pm/o2-r-r1-b3
D: WATCH /pm/o2-r-r1-b3 w
WRITE /pm/o2-r-r1-b3 "by dom0"
D: UNWATCH /pm/o2-r-r1-b3 w
D: WRITE /pm/o2-r-r1-b3 "by domain 1"
D: MKDIR /pm/o2-r-r1-b3
D: WRITE /pm/o2-r-r1-b3/new "x"
GET_PERMS /pm/o2-r-r1-b3/new
D: MKDIR /pm/o2-r-r1-b3/newdir
GET_PERMS /pm/o2-r-r1-b3/newdir
D: SET_PERMS /pm/o2-r-r1-b3 r2 b3 r1
D: RM /pm/o2-r-r1-b3/c
D: RM /pm/o2-r-r1-b3
DIRECTORY /pm/o2-r-r1-b3
# o2-r-w1-b3: r2 b3 w1
WRITE /pm/o2-r-w1-b3 "v"
WRITE /pm/o2-r-w1-b3/c "c"
SET_PERMS /pm/o2-r-w1-b3/c r2 b3 w1
SET_PERMS /pm/o2-r-w1-b3 r2 b3 w1
D: READ /pm/o2-r-w1-b3
D: READ /pm/o2-r-w1-b3/missing
D: DIRECTORY /pm/o2-r-w1-b3
D: DIRECTORY_PART /pm/o2-r-w1-b3 0
D: GET_PERMS /pm/o2-r-w1-b3
D: WATCH /pm/o2-r-w1-b3 w
WRITE /pm/o2-r-w1-b3 "by dom0"
D: UNWATCH /pm/o2-r-w1-b3 w
D: WRITE /pm/o2-r-w1-b3 "by domain 1"
D: MKDIR /pm/o2-r-w1-b3
D: WRITE /pm/o2-r-w1-b3/new "x"
GET_PERMS /pm/o2-r-w1-b3/new
D: MKDIR /pm/o2-r-w1-b3/newdir
GET_PERMS /pm/o2-r-w1-b3/newdir
D: SET_PERMS /pm/o2-r-w1-b3 r2 b3 w1
D: RM /pm/o2-r-w1-b3/c
D: RM /pm/o2-r-w1-b3
DIRECTORY /pm/o2-r-w1-b3
# o2-r-b1-b3: r2 b3 b1
WRITE /pm/o2-r-b1-b3 "v"
WRITE /pm/o2-r-b1-b3/c "c"
SET_PERMS /pm/o2-r-b1-b3/c r2 b3 b1
SET_PERMS /pm/o2-r-b1-b3 r2 b3 b1
D: READ /pm/o2-r-b1-b3
D: READ /pm/o2-r-b1-b3/missing
D: DIRECTORY /pm/o2-r-b1-b3
D: DIRECTORY_PART /pm/o2-r-b1-b3 0
D: GET_PERMS /pm/o2-r-b1-b3
D: WATCH /pm/o2-r-b1-b3 w
WRITE /pm/o2-r-b1-b3 "by dom0"
D: UNWATCH /pm/o2-r-b1-b3 w
D: WRITE /pm/o2-r-b1-b3 "by domain 1"
D: MKDIR /pm/o2-r-b1-b3
D: WRITE /pm/o2-r-b1-b3/new "x"
GET_PERMS /pm/o2-r-b1-b3/new
D: MKDIR /pm/o2-r-b1-b3/newdir
GET_PERMS /pm/o2-r-b1-b3/newdir
D: SET_PERMS /pm/o2-r-b1-b3 r2 b3 b1
D: RM /pm/o2-r-b1-b3/c
D: RM /pm/o2-r-b1-b3
DIRECTORY /pm/o2-r-b1-b3
# o2-w-x-b3: w2 b3
WRITE /pm/o2-w-x-b3 "v"
WRITE /pm/o2-w-x-b3/c "c"
SET_PERMS /pm/o2-w-x-b3/c w2 b3
SET_PERMS /pm/o2-w-x-b3 w2 b3
D: READ /pm/o2-w-x-b3
D: READ /pm/o2-w-x-b3/missing
D: DIRECTORY /pm/o2-w-x-b3
D: DIRECTORY_PART /pm/o2-w-x-b3 0
D: GET_PERMS /pm/o2-w-x-b3
D: WATCH /pm/o2-w-x-b3 w
WRITE /pm/o2-w-x-b3 "by dom0"
D: UNWATCH /pm/o2-w-x-b3 w
D: WRITE /pm/o2-w-x-b3 "by domain 1"
D: MKDIR /pm/o2-w-x-b3
D: WRITE /pm/o2-w-x-b3/new "x"
GET_PERMS /pm/o2-w-x-b3/new
D: MKDIR /pm/o2-w-x-b3/newdir
GET_PERMS /pm/o2-w-x-b3/newdir
D: SET_PERMS /pm/o2-w-x-b3 w2 b3
D: RM /pm/o2-w-x-b3/c
D: RM /pm/o2-w-x-b3
DIRECTORY /pm/o2-w-x-b3
# o2-w-n1-b3: w2 b3 n1
WRITE /pm/o2-w-n1-b3 "v"
WRITE /pm/o2-w-n1-b3/c "c"
SET_PERMS /pm/o2-w-n1-b3/c w2 b3 n1
SET_PERMS /pm/o2-w-n1-b3 w2 b3 n1
D: READ /pm/o2-w-n1-b3
D: READ /pm/o2-w-n1-b3/missing
D: DIRECTORY /pm/o2-w-n1-b3
D: DIRECTORY_PART /pm/o2-w-n1-b3 0
D: GET_PERMS /pm/o2-w-n1-b3
D: WATCH /pm/o2-w-n1-b3 w
WRITE /pm/o2-w-n1-b3 "by dom0"
D: UNWATCH /pm/o2-w-n1-b3 w
D: WRITE /pm/o2-w-n1-b3 "by domain 1"
D: MKDIR /pm/o2-w-n1-b3
D: WRITE /pm/o2-w-n1-b3/new "x"
GET_PERMS /pm/o2-w-n1-b3/new
D: MKDIR /pm/o2-w-n1-b3/newdir
GET_PERMS /pm/o2-w-n1-b3/newdir
D: SET_PERMS /pm/o2-w-n1-b3 w2 b3 n1
D: RM /pm/o2-w-n1-b3/c
D: RM /pm/o2-w-n1-b3
DIRECTORY /pm/o2-w-n1-b3
# o2-w-r1-b3: w2 b3 r1
WRITE /pm/o2-w-r1-b3 "v"
WRITE /pm/o2-w-r1-b3/c "c"
SET_PERMS /pm/o2-w-r1-b3/c w2 b3 r1
SET_PERMS /pm/o2-w-r1-b3 w2 b3 r1
D: READ /pm/o2-w-r1-b3
D: READ /pm/o2-w-r1-b3/missing
D: DIRECTORY /pm/o2-w-r1-b3
D: DIRECTORY_PART /pm/o2-w-r1-b3 0
D: GET_PERMS /pm/o2-w-r1-b3
D: WATCH /pm/o2-w-r1-b3 w
WRITE /pm/o2-w-r1-b3 "by dom0"
D: UNWATCH /pm/o2-w-r1-b3 w
D: WRITE /pm/o2-w-r1-b3 "by domain 1"
D: MKDIR /pm/o2-w-r1-b3
D: WRITE /pm/o2-w-r1-b3/new "x"
GET_PERMS /pm/o2-w-r1-b3/new
D: MKDIR /pm/o2-w-r1-b3/newdir
GET_PERMS /pm/o2-w-r1-b3/newdir
D: SET_PERMS /pm/o2-w-r1-b3 w2 b3 r1
D: RM /pm/o2-w-r1-b3/c
D: RM /pm/o2-w-r1-b3
DIRECTORY /pm/o2-w-r1-b3
# o2-w-w1-b3: w2 b3 w1
WRITE /pm/o2-w-w1-b3 "v"
WRITE /pm/o2-w-w1-b3/c "c"
SET_PERMS /pm/o2-w-w1-b3/c w2 b3 w1
SET_PERMS /pm/o2-w-w1-b3 w2 b3 w1
D: READ /pm/o2-w-w1-b3
D: READ /pm/o2-w-w1-b3/missing
D: DIRECTORY /pm/o2-w-w1-b3
D: DIRECTORY_PART /pm/o2-w-w1-b3 0
D: GET_PERMS /pm/o2-w-w1-b3
D: WATCH /pm/o2-w-w1-b3 w
WRITE /pm/o2-w-w1-b3 "by dom0"
D: UNWATCH /pm/o2-w-w1-b3 w
D: WRITE /pm/o2-w-w1-b3 "by domain 1"
D: MKDIR /pm/o2-w-w1-b3
D: WRITE /pm/o2-w-w1-b3/new "x"
GET_PERMS /pm/o2-w-w1-b3/new
D: MKDIR /pm/o2-w-w1-b3/newdir
GET_PERMS /pm/o2-w-w1-b3/newdir
D: SET_PERMS /pm/o2-w-w1-b3 w2 b3 w1
D: RM /pm/o2-w-w1-b3/c
D: RM /pm/o2-w-w1-b3
DIRECTORY /pm/o2-w-w1-b3
# o2-w-b1-b3: w2 b3 b1
WRITE /pm/o2-w-b1-b3 "v"
WRITE /pm/o2-w-b1-b3/c "c"
SET_PERMS /pm/o2-w-b1-b3/c w2 b3 b1
SET_PERMS /pm/o2-w-b1-b3 w2 b3 b1
D: READ /pm/o2-w-b1-b3
D: READ /pm/o2-w-b1-b3/missing
D: DIRECTORY /pm/o2-w-b1-b3
D: DIRECTORY_PART /pm/o2-w-b1-b3 0
D: GET_PERMS /pm/o2-w-b1-b3
D: WATCH /pm/o2-w-b1-b3 w
WRITE /pm/o2-w-b1-b3 "by dom0"
D: UNWATCH /pm/o2-w-b1-b3 w
D: WRITE /pm/o2-w-b1-b3 "by domain 1"
D: MKDIR /pm/o2-w-b1-b3
D: WRITE /pm/o2-w-b1-b3/new "x"
GET_PERMS /pm/o2-w-b1-b3/new
D: MKDIR /pm/o2-w-b1-b3/newdir
GET_PERMS /pm/o2-w-b1-b3/newdir
D: SET_PERMS /pm/o2-w-b1-b3 w2 b3 b1
D: RM /pm/o2-w-b1-b3/c
D: RM /pm/o2-w-b1-b3
DIRECTORY /pm/o2-w-b1-b3
# o2-b-x-b3: b2 b3
WRITE /pm/o2-b-x-b3 "v"
WRITE /pm/o2-b-x-b3/c "c"
SET_PERMS /pm/o2-b-x-b3/c b2 b3
SET_PERMS /pm/o2-b-x-b3 b2 b3
D: READ /pm/o2-b-x-b3
D: READ /pm/o2-b-x-b3/missing
D: DIRECTORY /pm/o2-b-x-b3
D: DIRECTORY_PART /pm/o2-b-x-b3 0
D: GET_PERMS /pm/o2-b-x-b3
D: WATCH /pm/o2-b-x-b3 w
WRITE /pm/o2-b-x-b3 "by dom0"
D: UNWATCH /pm/o2-b-x-b3 w
D: WRITE /pm/o2-b-x-b3 "by domain 1"
D: MKDIR /pm/o2-b-x-b3
D: WRITE /pm/o2-b-x-b3/new "x"
GET_PERMS /pm/o2-b-x-b3/new
D: MKDIR /pm/o2-b-x-b3/newdir
GET_PERMS /pm/o2-b-x-b3/newdir
D: SET_PERMS /pm/o2-b-x-b3 b2 b3
D: RM /pm/o2-b-x-b3/c
D: RM /pm/o2-b-x-b3
DIRECTORY /pm/o2-b-x-b3
# o2-b-n1-b3: b2 b3 n1
WRITE /pm/o2-b-n1-b3 "v"
WRITE /pm/o2-b-n1-b3/c "c"
SET_PERMS /pm/o2-b-n1-b3/c b2 b3 n1
SET_PERMS /pm/o2-b-n1-b3 b2 b3 n1
D: READ /pm/o2-b-n1-b3
D: READ /pm/o2-b-n1-b3/missing
D: DIRECTORY /pm/o2-b-n1-b3
D: DIRECTORY_PART /pm/o2-b-n1-b3 0
D: GET_PERMS /pm/o2-b-n1-b3
D: WATCH /pm/o2-b-n1-b3 w
WRITE /pm/o2-b-n1-b3 "by dom0"
D: UNWATCH /pm/o2-b-n1-b3 w
D: WRITE /pm/o2-b-n1-b3 "by domain 1"
D: MKDIR /pm/o2-b-n1-b3
D: WRITE /pm/o2-b-n1-b3/new "x"
GET_PERMS /pm/o2-b-n1-b3/new
D: MKDIR /pm/o2-b-n1-b3/newdir
GET_PERMS /pm/o2-b-n1-b3/newdir
D: SET_PERMS /pm/o2-b-n1-b3 b2 b3 n1
D: RM /pm/o2-b-n1-b3/c
D: RM /pm/o2-b-n1-b3
DIRECTORY /pm/o2-b-n1-b3
# o2-b-r1-b3: b2 b3 r1
WRITE /pm/o2-b-r1-b3 "v"
WRITE /pm/o2-b-r1-b3/c "c"
SET_PERMS /pm/o2-b-r1-b3/c b2 b3 r1
SET_PERMS /pm/o2-b-r1-b3 b2 b3 r1
D: READ /pm/o2-b-r1-b3
D: READ /pm/o2-b-r1-b3/missing
D: DIRECTORY /pm/o2-b-r1-b3
D: DIRECTORY_PART /pm/o2-b-r1-b3 0
D: GET_PERMS /pm/o2-b-r1-b3
D: WATCH /pm/o2-b-r1-b3 w
WRITE /pm/o2-b-r1-b3 "by dom0"
D: UNWATCH /pm/o2-b-r1-b3 w
D: WRITE /pm/o2-b-r1-b3 "by domain 1"
D: MKDIR /pm/o2-b-r1-b3
D: WRITE /pm/o2-b-r1-b3/new "x"
GET_PERMS /pm/o2-b-r1-b3/new
D: MKDIR /pm/o2-b-r1-b3/newdir
GET_PERMS /pm/o2-b-r1-b3/newdir
D: SET_PERMS /pm/o2-b-r1-b3 b2 b3 r1
D: RM /pm/o2-b-r1-b3/c
D: RM /pm/o2-b-r1-b3
DIRECTORY /pm/o2-b-r1-b3
# o2-b-w1-b3: b2 b3 w1
WRITE /pm/o2-b-w1-b3 "v"
WRITE /pm/o2-b-w1-b3/c "c"
SET_PERMS /pm/o2-b-w1-b3/c b2 b3 w1
SET_PERMS /pm/o2-b-w1-b3 b2 b3 w1
D: READ /pm/o2-b-w1-b3
D: READ /pm/o2-b-w1-b3/missing
D: DIRECTORY /pm/o2-b-w1-b3
D: DIRECTORY_PART /pm/o2-b-w1-b3 0
D: GET_PERMS /pm/o2-b-w1-b3
D: WATCH /pm/o2-b-w1-b3 w
WRITE /pm/o2-b-w1-b3 "by dom0"
D: UNWATCH /pm/o2-b-w1-b3 w
D: WRITE /pm/o2-b-w1-b3 "by domain 1"
D: MKDIR /pm/o2-b-w1-b3
D: WRITE /pm/o2-b-w1-b3/new "x"
GET_PERMS /pm/o2-b-w1-b3/new
D: MKDIR /pm/o2-b-w1-b3/newdir
GET_PERMS /pm/o2-b-w1-b3/newdir
D: SET_PERMS /pm/o2-b-w1-b3 b2 b3 w1
D: RM /pm/o2-b-w1-b3/c
D: RM /pm/o2-b-w1-b3
DIRECTORY /pm/o2-b-w1-b3
# o2-b-b1-b3: b2 b3 b1
WRITE /pm/o2-b-b1-b3 "v"
WRITE /pm/o2-b-b1-b3/c "c"
SET_PERMS /pm/o2-b-b1-b3/c b2 b3 b1
SET_PERMS /pm/o2-b-b1-b3 b2 b3 b1
D: READ /pm/o2-b-b1-b3
D: READ /pm/o2-b-b1-b3/missing
D: DIRECTORY /pm/o2-b-b1-b3
D: DIRECTORY_PART /pm/o2-b-b1-b3 0
D: GET_PERMS /pm/o2-b-b1-b3
D: WATCH /pm/o2-b-b1-b3 w
WRITE /pm/o2-b-b1-b3 "by dom0"
D: UNWATCH /pm/o2-b-b1-b3 w
D: WRITE /pm/o2-b-b1-b3 "by domain 1"
D: MKDIR /pm/o2-b-b1-b3
D: WRITE /pm/o2-b-b1-b3/new "x"
GET_PERMS /pm/o2-b-b1-b3/new
D: MKDIR /pm/o2-b-b1-b3/newdir
GET_PERMS /pm/o2-b-b1-b3/newdir
D: SET_PERMS /pm/o2-b-b1-b3 b2 b3 b1
D: RM /pm/o2-b-b1-b3/c
D: RM /pm/o2-b-b1-b3
DIRECTORY /pm/o2-b-b1-b3
