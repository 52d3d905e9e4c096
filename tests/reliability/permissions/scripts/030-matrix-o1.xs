# permission matrix, domain 1 against nodes owned by domain 1 itself: READ, READ of a missing child, DIRECTORY, DIRECTORY_PART, GET_PERMS, WATCH and its event, WRITE, MKDIR (existing), WRITE and MKDIR of a new child (and its owner), SET_PERMS (same list), RM of a child, RM
# cases: 320
domain 1
domain 2
domain 3
conn D domain 1
# the parent /pm is dom0's with no access for others: only each node's own list decides
MKDIR /pm
# o1-n-x-x: n1
WRITE /pm/o1-n-x-x "v"
WRITE /pm/o1-n-x-x/c "c"
SET_PERMS /pm/o1-n-x-x/c n1
SET_PERMS /pm/o1-n-x-x n1
D: READ /pm/o1-n-x-x
D: READ /pm/o1-n-x-x/missing
D: DIRECTORY /pm/o1-n-x-x
D: DIRECTORY_PART /pm/o1-n-x-x 0
D: GET_PERMS /pm/o1-n-x-x
D: WATCH /pm/o1-n-x-x w
WRITE /pm/o1-n-x-x "by dom0"
D: UNWATCH /pm/o1-n-x-x w
D: WRITE /pm/o1-n-x-x "by domain 1"
D: MKDIR /pm/o1-n-x-x
D: WRITE /pm/o1-n-x-x/new "x"
GET_PERMS /pm/o1-n-x-x/new
D: MKDIR /pm/o1-n-x-x/newdir
GET_PERMS /pm/o1-n-x-x/newdir
D: SET_PERMS /pm/o1-n-x-x n1
D: RM /pm/o1-n-x-x/c
D: RM /pm/o1-n-x-x
DIRECTORY /pm/o1-n-x-x
# o1-n-n1-x: n1 n1
WRITE /pm/o1-n-n1-x "v"
WRITE /pm/o1-n-n1-x/c "c"
SET_PERMS /pm/o1-n-n1-x/c n1 n1
SET_PERMS /pm/o1-n-n1-x n1 n1
D: READ /pm/o1-n-n1-x
D: READ /pm/o1-n-n1-x/missing
D: DIRECTORY /pm/o1-n-n1-x
D: DIRECTORY_PART /pm/o1-n-n1-x 0
D: GET_PERMS /pm/o1-n-n1-x
D: WATCH /pm/o1-n-n1-x w
WRITE /pm/o1-n-n1-x "by dom0"
D: UNWATCH /pm/o1-n-n1-x w
D: WRITE /pm/o1-n-n1-x "by domain 1"
D: MKDIR /pm/o1-n-n1-x
D: WRITE /pm/o1-n-n1-x/new "x"
GET_PERMS /pm/o1-n-n1-x/new
D: MKDIR /pm/o1-n-n1-x/newdir
GET_PERMS /pm/o1-n-n1-x/newdir
D: SET_PERMS /pm/o1-n-n1-x n1 n1
D: RM /pm/o1-n-n1-x/c
D: RM /pm/o1-n-n1-x
DIRECTORY /pm/o1-n-n1-x
# o1-n-r1-x: n1 r1
WRITE /pm/o1-n-r1-x "v"
WRITE /pm/o1-n-r1-x/c "c"
SET_PERMS /pm/o1-n-r1-x/c n1 r1
SET_PERMS /pm/o1-n-r1-x n1 r1
D: READ /pm/o1-n-r1-x
D: READ /pm/o1-n-r1-x/missing
D: DIRECTORY /pm/o1-n-r1-x
D: DIRECTORY_PART /pm/o1-n-r1-x 0
D: GET_PERMS /pm/o1-n-r1-x
D: WATCH /pm/o1-n-r1-x w
WRITE /pm/o1-n-r1-x "by dom0"
D: UNWATCH /pm/o1-n-r1-x w
D: WRITE /pm/o1-n-r1-x "by domain 1"
D: MKDIR /pm/o1-n-r1-x
D: WRITE /pm/o1-n-r1-x/new "x"
GET_PERMS /pm/o1-n-r1-x/new
D: MKDIR /pm/o1-n-r1-x/newdir
GET_PERMS /pm/o1-n-r1-x/newdir
D: SET_PERMS /pm/o1-n-r1-x n1 r1
D: RM /pm/o1-n-r1-x/c
D: RM /pm/o1-n-r1-x
DIRECTORY /pm/o1-n-r1-x
# o1-n-w1-x: n1 w1
WRITE /pm/o1-n-w1-x "v"
WRITE /pm/o1-n-w1-x/c "c"
SET_PERMS /pm/o1-n-w1-x/c n1 w1
SET_PERMS /pm/o1-n-w1-x n1 w1
D: READ /pm/o1-n-w1-x
D: READ /pm/o1-n-w1-x/missing
D: DIRECTORY /pm/o1-n-w1-x
D: DIRECTORY_PART /pm/o1-n-w1-x 0
D: GET_PERMS /pm/o1-n-w1-x
D: WATCH /pm/o1-n-w1-x w
WRITE /pm/o1-n-w1-x "by dom0"
D: UNWATCH /pm/o1-n-w1-x w
D: WRITE /pm/o1-n-w1-x "by domain 1"
D: MKDIR /pm/o1-n-w1-x
D: WRITE /pm/o1-n-w1-x/new "x"
GET_PERMS /pm/o1-n-w1-x/new
D: MKDIR /pm/o1-n-w1-x/newdir
GET_PERMS /pm/o1-n-w1-x/newdir
D: SET_PERMS /pm/o1-n-w1-x n1 w1
D: RM /pm/o1-n-w1-x/c
D: RM /pm/o1-n-w1-x
DIRECTORY /pm/o1-n-w1-x
# o1-n-b1-x: n1 b1
WRITE /pm/o1-n-b1-x "v"
WRITE /pm/o1-n-b1-x/c "c"
SET_PERMS /pm/o1-n-b1-x/c n1 b1
SET_PERMS /pm/o1-n-b1-x n1 b1
D: READ /pm/o1-n-b1-x
D: READ /pm/o1-n-b1-x/missing
D: DIRECTORY /pm/o1-n-b1-x
D: DIRECTORY_PART /pm/o1-n-b1-x 0
D: GET_PERMS /pm/o1-n-b1-x
D: WATCH /pm/o1-n-b1-x w
WRITE /pm/o1-n-b1-x "by dom0"
D: UNWATCH /pm/o1-n-b1-x w
D: WRITE /pm/o1-n-b1-x "by domain 1"
D: MKDIR /pm/o1-n-b1-x
D: WRITE /pm/o1-n-b1-x/new "x"
GET_PERMS /pm/o1-n-b1-x/new
D: MKDIR /pm/o1-n-b1-x/newdir
GET_PERMS /pm/o1-n-b1-x/newdir
D: SET_PERMS /pm/o1-n-b1-x n1 b1
D: RM /pm/o1-n-b1-x/c
D: RM /pm/o1-n-b1-x
DIRECTORY /pm/o1-n-b1-x
# o1-r-x-x: r1
WRITE /pm/o1-r-x-x "v"
WRITE /pm/o1-r-x-x/c "c"
SET_PERMS /pm/o1-r-x-x/c r1
SET_PERMS /pm/o1-r-x-x r1
D: READ /pm/o1-r-x-x
D: READ /pm/o1-r-x-x/missing
D: DIRECTORY /pm/o1-r-x-x
D: DIRECTORY_PART /pm/o1-r-x-x 0
D: GET_PERMS /pm/o1-r-x-x
D: WATCH /pm/o1-r-x-x w
WRITE /pm/o1-r-x-x "by dom0"
D: UNWATCH /pm/o1-r-x-x w
D: WRITE /pm/o1-r-x-x "by domain 1"
D: MKDIR /pm/o1-r-x-x
D: WRITE /pm/o1-r-x-x/new "x"
GET_PERMS /pm/o1-r-x-x/new
D: MKDIR /pm/o1-r-x-x/newdir
GET_PERMS /pm/o1-r-x-x/newdir
D: SET_PERMS /pm/o1-r-x-x r1
D: RM /pm/o1-r-x-x/c
D: RM /pm/o1-r-x-x
DIRECTORY /pm/o1-r-x-x
# o1-r-n1-x: r1 n1
WRITE /pm/o1-r-n1-x "v"
WRITE /pm/o1-r-n1-x/c "c"
SET_PERMS /pm/o1-r-n1-x/c r1 n1
SET_PERMS /pm/o1-r-n1-x r1 n1
D: READ /pm/o1-r-n1-x
D: READ /pm/o1-r-n1-x/missing
D: DIRECTORY /pm/o1-r-n1-x
D: DIRECTORY_PART /pm/o1-r-n1-x 0
D: GET_PERMS /pm/o1-r-n1-x
D: WATCH /pm/o1-r-n1-x w
WRITE /pm/o1-r-n1-x "by dom0"
D: UNWATCH /pm/o1-r-n1-x w
D: WRITE /pm/o1-r-n1-x "by domain 1"
D: MKDIR /pm/o1-r-n1-x
D: WRITE /pm/o1-r-n1-x/new "x"
GET_PERMS /pm/o1-r-n1-x/new
D: MKDIR /pm/o1-r-n1-x/newdir
GET_PERMS /pm/o1-r-n1-x/newdir
D: SET_PERMS /pm/o1-r-n1-x r1 n1
D: RM /pm/o1-r-n1-x/c
D: RM /pm/o1-r-n1-x
DIRECTORY /pm/o1-r-n1-x
# o1-r-r1-x: r1 r1
WRITE /pm/o1-r-r1-x "v"
WRITE /pm/o1-r-r1-x/c "c"
SET_PERMS /pm/o1-r-r1-x/c r1 r1
SET_PERMS /pm/o1-r-r1-x r1 r1
D: READ /pm/o1-r-r1-x
D: READ /pm/o1-r-r1-x/missing
D: DIRECTORY /pm/o1-r-r1-x
D: DIRECTORY_PART /pm/o1-r-r1-x 0
D: GET_PERMS /pm/o1-r-r1-x
D: WATCH /pm/o1-r-r1-x w
WRITE /pm/o1-r-r1-x "by dom0"
D: UNWATCH /pm/o1-r-r1-x w
D: WRITE /pm/o1-r-r1-x "by domain 1"
D: MKDIR /pm/o1-r-r1-x
D: WRITE /pm/o1-r-r1-x/new "x"
GET_PERMS /pm/o1-r-r1-x/new
D: MKDIR /pm/o1-r-r1-x/newdir
GET_PERMS /pm/o1-r-r1-x/newdir
D: SET_PERMS /pm/o1-r-r1-x r1 r1
D: RM /pm/o1-r-r1-x/c
D: RM /pm/o1-r-r1-x
DIRECTORY /pm/o1-r-r1-x
# o1-r-w1-x: r1 w1
WRITE /pm/o1-r-w1-x "v"
WRITE /pm/o1-r-w1-x/c "c"
SET_PERMS /pm/o1-r-w1-x/c r1 w1
SET_PERMS /pm/o1-r-w1-x r1 w1
D: READ /pm/o1-r-w1-x
D: READ /pm/o1-r-w1-x/missing
D: DIRECTORY /pm/o1-r-w1-x
D: DIRECTORY_PART /pm/o1-r-w1-x 0
D: GET_PERMS /pm/o1-r-w1-x
D: WATCH /pm/o1-r-w1-x w
WRITE /pm/o1-r-w1-x "by dom0"
D: UNWATCH /pm/o1-r-w1-x w
D: WRITE /pm/o1-r-w1-x "by domain 1"
D: MKDIR /pm/o1-r-w1-x
D: WRITE /pm/o1-r-w1-x/new "x"
GET_PERMS /pm/o1-r-w1-x/new
D: MKDIR /pm/o1-r-w1-x/newdir
GET_PERMS /pm/o1-r-w1-x/newdir
D: SET_PERMS /pm/o1-r-w1-x r1 w1
D: RM /pm/o1-r-w1-x/c
D: RM /pm/o1-r-w1-x
DIRECTORY /pm/o1-r-w1-x
# o1-r-b1-x: r1 b1
WRITE /pm/o1-r-b1-x "v"
WRITE /pm/o1-r-b1-x/c "c"
SET_PERMS /pm/o1-r-b1-x/c r1 b1
SET_PERMS /pm/o1-r-b1-x r1 b1
D: READ /pm/o1-r-b1-x
D: READ /pm/o1-r-b1-x/missing
D: DIRECTORY /pm/o1-r-b1-x
D: DIRECTORY_PART /pm/o1-r-b1-x 0
D: GET_PERMS /pm/o1-r-b1-x
D: WATCH /pm/o1-r-b1-x w
WRITE /pm/o1-r-b1-x "by dom0"
D: UNWATCH /pm/o1-r-b1-x w
D: WRITE /pm/o1-r-b1-x "by domain 1"
D: MKDIR /pm/o1-r-b1-x
D: WRITE /pm/o1-r-b1-x/new "x"
GET_PERMS /pm/o1-r-b1-x/new
D: MKDIR /pm/o1-r-b1-x/newdir
GET_PERMS /pm/o1-r-b1-x/newdir
D: SET_PERMS /pm/o1-r-b1-x r1 b1
D: RM /pm/o1-r-b1-x/c
D: RM /pm/o1-r-b1-x
DIRECTORY /pm/o1-r-b1-x
# o1-w-x-x: w1
WRITE /pm/o1-w-x-x "v"
WRITE /pm/o1-w-x-x/c "c"
SET_PERMS /pm/o1-w-x-x/c w1
SET_PERMS /pm/o1-w-x-x w1
D: READ /pm/o1-w-x-x
D: READ /pm/o1-w-x-x/missing
D: DIRECTORY /pm/o1-w-x-x
D: DIRECTORY_PART /pm/o1-w-x-x 0
D: GET_PERMS /pm/o1-w-x-x
D: WATCH /pm/o1-w-x-x w
WRITE /pm/o1-w-x-x "by dom0"
D: UNWATCH /pm/o1-w-x-x w
D: WRITE /pm/o1-w-x-x "by domain 1"
D: MKDIR /pm/o1-w-x-x
D: WRITE /pm/o1-w-x-x/new "x"
GET_PERMS /pm/o1-w-x-x/new
D: MKDIR /pm/o1-w-x-x/newdir
GET_PERMS /pm/o1-w-x-x/newdir
D: SET_PERMS /pm/o1-w-x-x w1
D: RM /pm/o1-w-x-x/c
D: RM /pm/o1-w-x-x
DIRECTORY /pm/o1-w-x-x
# o1-w-n1-x: w1 n1
WRITE /pm/o1-w-n1-x "v"
WRITE /pm/o1-w-n1-x/c "c"
SET_PERMS /pm/o1-w-n1-x/c w1 n1
SET_PERMS /pm/o1-w-n1-x w1 n1
D: READ /pm/o1-w-n1-x
D: READ /pm/o1-w-n1-x/missing
D: DIRECTORY /pm/o1-w-n1-x
D: DIRECTORY_PART /pm/o1-w-n1-x 0
D: GET_PERMS /pm/o1-w-n1-x
D: WATCH /pm/o1-w-n1-x w
WRITE /pm/o1-w-n1-x "by dom0"
D: UNWATCH /pm/o1-w-n1-x w
D: WRITE /pm/o1-w-n1-x "by domain 1"
D: MKDIR /pm/o1-w-n1-x
D: WRITE /pm/o1-w-n1-x/new "x"
GET_PERMS /pm/o1-w-n1-x/new
D: MKDIR /pm/o1-w-n1-x/newdir
GET_PERMS /pm/o1-w-n1-x/newdir
D: SET_PERMS /pm/o1-w-n1-x w1 n1
D: RM /pm/o1-w-n1-x/c
D: RM /pm/o1-w-n1-x
DIRECTORY /pm/o1-w-n1-x
# o1-w-r1-x: w1 r1
WRITE /pm/o1-w-r1-x "v"
WRITE /pm/o1-w-r1-x/c "c"
SET_PERMS /pm/o1-w-r1-x/c w1 r1
SET_PERMS /pm/o1-w-r1-x w1 r1
D: READ /pm/o1-w-r1-x
D: READ /pm/o1-w-r1-x/missing
D: DIRECTORY /pm/o1-w-r1-x
D: DIRECTORY_PART /pm/o1-w-r1-x 0
D: GET_PERMS /pm/o1-w-r1-x
D: WATCH /pm/o1-w-r1-x w
WRITE /pm/o1-w-r1-x "by dom0"
D: UNWATCH /pm/o1-w-r1-x w
D: WRITE /pm/o1-w-r1-x "by domain 1"
D: MKDIR /pm/o1-w-r1-x
D: WRITE /pm/o1-w-r1-x/new "x"
GET_PERMS /pm/o1-w-r1-x/new
D: MKDIR /pm/o1-w-r1-x/newdir
GET_PERMS /pm/o1-w-r1-x/newdir
D: SET_PERMS /pm/o1-w-r1-x w1 r1
D: RM /pm/o1-w-r1-x/c
D: RM /pm/o1-w-r1-x
DIRECTORY /pm/o1-w-r1-x
# o1-w-w1-x: w1 w1
WRITE /pm/o1-w-w1-x "v"
WRITE /pm/o1-w-w1-x/c "c"
SET_PERMS /pm/o1-w-w1-x/c w1 w1
SET_PERMS /pm/o1-w-w1-x w1 w1
D: READ /pm/o1-w-w1-x
D: READ /pm/o1-w-w1-x/missing
D: DIRECTORY /pm/o1-w-w1-x
D: DIRECTORY_PART /pm/o1-w-w1-x 0
D: GET_PERMS /pm/o1-w-w1-x
D: WATCH /pm/o1-w-w1-x w
WRITE /pm/o1-w-w1-x "by dom0"
D: UNWATCH /pm/o1-w-w1-x w
D: WRITE /pm/o1-w-w1-x "by domain 1"
D: MKDIR /pm/o1-w-w1-x
D: WRITE /pm/o1-w-w1-x/new "x"
GET_PERMS /pm/o1-w-w1-x/new
D: MKDIR /pm/o1-w-w1-x/newdir
GET_PERMS /pm/o1-w-w1-x/newdir
D: SET_PERMS /pm/o1-w-w1-x w1 w1
D: RM /pm/o1-w-w1-x/c
D: RM /pm/o1-w-w1-x
DIRECTORY /pm/o1-w-w1-x
# o1-w-b1-x: w1 b1
WRITE /pm/o1-w-b1-x "v"
WRITE /pm/o1-w-b1-x/c "c"
SET_PERMS /pm/o1-w-b1-x/c w1 b1
SET_PERMS /pm/o1-w-b1-x w1 b1
D: READ /pm/o1-w-b1-x
D: READ /pm/o1-w-b1-x/missing
D: DIRECTORY /pm/o1-w-b1-x
D: DIRECTORY_PART /pm/o1-w-b1-x 0
D: GET_PERMS /pm/o1-w-b1-x
D: WATCH /pm/o1-w-b1-x w
WRITE /pm/o1-w-b1-x "by dom0"
D: UNWATCH /pm/o1-w-b1-x w
D: WRITE /pm/o1-w-b1-x "by domain 1"
D: MKDIR /pm/o1-w-b1-x
D: WRITE /pm/o1-w-b1-x/new "x"
GET_PERMS /pm/o1-w-b1-x/new
D: MKDIR /pm/o1-w-b1-x/newdir
GET_PERMS /pm/o1-w-b1-x/newdir
D: SET_PERMS /pm/o1-w-b1-x w1 b1
D: RM /pm/o1-w-b1-x/c
D: RM /pm/o1-w-b1-x
DIRECTORY /pm/o1-w-b1-x
# o1-b-x-x: b1
WRITE /pm/o1-b-x-x "v"
WRITE /pm/o1-b-x-x/c "c"
SET_PERMS /pm/o1-b-x-x/c b1
SET_PERMS /pm/o1-b-x-x b1
D: READ /pm/o1-b-x-x
D: READ /pm/o1-b-x-x/missing
D: DIRECTORY /pm/o1-b-x-x
D: DIRECTORY_PART /pm/o1-b-x-x 0
D: GET_PERMS /pm/o1-b-x-x
D: WATCH /pm/o1-b-x-x w
WRITE /pm/o1-b-x-x "by dom0"
D: UNWATCH /pm/o1-b-x-x w
D: WRITE /pm/o1-b-x-x "by domain 1"
D: MKDIR /pm/o1-b-x-x
D: WRITE /pm/o1-b-x-x/new "x"
GET_PERMS /pm/o1-b-x-x/new
D: MKDIR /pm/o1-b-x-x/newdir
GET_PERMS /pm/o1-b-x-x/newdir
D: SET_PERMS /pm/o1-b-x-x b1
D: RM /pm/o1-b-x-x/c
D: RM /pm/o1-b-x-x
DIRECTORY /pm/o1-b-x-x
# o1-b-n1-x: b1 n1
WRITE /pm/o1-b-n1-x "v"
WRITE /pm/o1-b-n1-x/c "c"
SET_PERMS /pm/o1-b-n1-x/c b1 n1
SET_PERMS /pm/o1-b-n1-x b1 n1
D: READ /pm/o1-b-n1-x
D: READ /pm/o1-b-n1-x/missing
D: DIRECTORY /pm/o1-b-n1-x
D: DIRECTORY_PART /pm/o1-b-n1-x 0
D: GET_PERMS /pm/o1-b-n1-x
D: WATCH /pm/o1-b-n1-x w
WRITE /pm/o1-b-n1-x "by dom0"
D: UNWATCH /pm/o1-b-n1-x w
D: WRITE /pm/o1-b-n1-x "by domain 1"
D: MKDIR /pm/o1-b-n1-x
D: WRITE /pm/o1-b-n1-x/new "x"
GET_PERMS /pm/o1-b-n1-x/new
D: MKDIR /pm/o1-b-n1-x/newdir
GET_PERMS /pm/o1-b-n1-x/newdir
D: SET_PERMS /pm/o1-b-n1-x b1 n1
D: RM /pm/o1-b-n1-x/c
D: RM /pm/o1-b-n1-x
DIRECTORY /pm/o1-b-n1-x
# o1-b-r1-x: b1 r1
WRITE /pm/o1-b-r1-x "v"
WRITE /pm/o1-b-r1-x/c "c"
SET_PERMS /pm/o1-b-r1-x/c b1 r1
SET_PERMS /pm/o1-b-r1-x b1 r1
D: READ /pm/o1-b-r1-x
D: READ /pm/o1-b-r1-x/missing
D: DIRECTORY /pm/o1-b-r1-x
D: DIRECTORY_PART /pm/o1-b-r1-x 0
D: GET_PERMS /pm/o1-b-r1-x
D: WATCH /pm/o1-b-r1-x w
WRITE /pm/o1-b-r1-x "by dom0"
D: UNWATCH /pm/o1-b-r1-x w
D: WRITE /pm/o1-b-r1-x "by domain 1"
D: MKDIR /pm/o1-b-r1-x
D: WRITE /pm/o1-b-r1-x/new "x"
GET_PERMS /pm/o1-b-r1-x/new
D: MKDIR /pm/o1-b-r1-x/newdir
GET_PERMS /pm/o1-b-r1-x/newdir
D: SET_PERMS /pm/o1-b-r1-x b1 r1
D: RM /pm/o1-b-r1-x/c
D: RM /pm/o1-b-r1-x
DIRECTORY /pm/o1-b-r1-x
# o1-b-w1-x: b1 w1
WRITE /pm/o1-b-w1-x "v"
WRITE /pm/o1-b-w1-x/c "c"
SET_PERMS /pm/o1-b-w1-x/c b1 w1
SET_PERMS /pm/o1-b-w1-x b1 w1
D: READ /pm/o1-b-w1-x
D: READ /pm/o1-b-w1-x/missing
D: DIRECTORY /pm/o1-b-w1-x
D: DIRECTORY_PART /pm/o1-b-w1-x 0
D: GET_PERMS /pm/o1-b-w1-x
D: WATCH /pm/o1-b-w1-x w
WRITE /pm/o1-b-w1-x "by dom0"
D: UNWATCH /pm/o1-b-w1-x w
D: WRITE /pm/o1-b-w1-x "by domain 1"
D: MKDIR /pm/o1-b-w1-x
D: WRITE /pm/o1-b-w1-x/new "x"
GET_PERMS /pm/o1-b-w1-x/new
D: MKDIR /pm/o1-b-w1-x/newdir
GET_PERMS /pm/o1-b-w1-x/newdir
D: SET_PERMS /pm/o1-b-w1-x b1 w1
D: RM /pm/o1-b-w1-x/c
D: RM /pm/o1-b-w1-x
DIRECTORY /pm/o1-b-w1-x
# o1-b-b1-x: b1 b1
WRITE /pm/o1-b-b1-x "v"
WRITE /pm/o1-b-b1-x/c "c"
SET_PERMS /pm/o1-b-b1-x/c b1 b1
SET_PERMS /pm/o1-b-b1-x b1 b1
D: READ /pm/o1-b-b1-x
D: READ /pm/o1-b-b1-x/missing
D: DIRECTORY /pm/o1-b-b1-x
D: DIRECTORY_PART /pm/o1-b-b1-x 0
D: GET_PERMS /pm/o1-b-b1-x
D: WATCH /pm/o1-b-b1-x w
WRITE /pm/o1-b-b1-x "by dom0"
D: UNWATCH /pm/o1-b-b1-x w
D: WRITE /pm/o1-b-b1-x "by domain 1"
D: MKDIR /pm/o1-b-b1-x
D: WRITE /pm/o1-b-b1-x/new "x"
GET_PERMS /pm/o1-b-b1-x/new
D: MKDIR /pm/o1-b-b1-x/newdir
GET_PERMS /pm/o1-b-b1-x/newdir
D: SET_PERMS /pm/o1-b-b1-x b1 b1
D: RM /pm/o1-b-b1-x/c
D: RM /pm/o1-b-b1-x
DIRECTORY /pm/o1-b-b1-x
