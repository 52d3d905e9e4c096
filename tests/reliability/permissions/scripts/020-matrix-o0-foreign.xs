# permission matrix, domain 1 against nodes owned by dom0, with domain 3's entry b3 listed first: READ, READ of a missing child, DIRECTORY, DIRECTORY_PART, GET_PERMS, WATCH and its event, WRITE, MKDIR (existing), WRITE and MKDIR of a new child (and its owner), SET_PERMS (same list), RM of a child, RM
# cases: 320
domain 1
domain 2
domain 3
conn D domain 1
# the parent /pm is dom0's with no access for others: only each node's own list decides
MKDIR /pm
# o0-n-x-b3: n0 b3
WRITE /pm/o0-n-x-b3 "v"
WRITE /pm/o0-n-x-b3/c "c"
SET_PERMS /pm/o0-n-x-b3/c n0 b3
SET_PERMS /pm/o0-n-x-b3 n0 b3
D: READ /pm/o0-n-x-b3
D: READ /pm/o0-n-x-b3/missing
D: DIRECTORY /pm/o0-n-x-b3
D: DIRECTORY_PART /pm/o0-n-x-b3 0
D: GET_PERMS /pm/o0-n-x-b3
D: WATCH /pm/o0-n-x-b3 w
WRITE /pm/o0-n-x-b3 "by dom0"
D: UNWATCH /pm/o0-n-x-b3 w
D: WRITE /pm/o0-n-x-b3 "by domain 1"
D: MKDIR /pm/o0-n-x-b3
D: WRITE /pm/o0-n-x-b3/new "x"
GET_PERMS /pm/o0-n-x-b3/new
D: MKDIR /pm/o0-n-x-b3/newdir
GET_PERMS /pm/o0-n-x-b3/newdir
D: SET_PERMS /pm/o0-n-x-b3 n0 b3
D: RM /pm/o0-n-x-b3/c
D: RM /pm/o0-n-x-b3
DIRECTORY /pm/o0-n-x-b3
# o0-n-n1-b3: n0 b3 n1
WRITE /pm/o0-n-n1-b3 "v"
WRITE /pm/o0-n-n1-b3/c "c"
SET_PERMS /pm/o0-n-n1-b3/c n0 b3 n1
SET_PERMS /pm/o0-n-n1-b3 n0 b3 n1
D: READ /pm/o0-n-n1-b3
D: READ /pm/o0-n-n1-b3/missing
D: DIRECTORY /pm/o0-n-n1-b3
D: DIRECTORY_PART /pm/o0-n-n1-b3 0
D: GET_PERMS /pm/o0-n-n1-b3
D: WATCH /pm/o0-n-n1-b3 w
WRITE /pm/o0-n-n1-b3 "by dom0"
D: UNWATCH /pm/o0-n-n1-b3 w
D: WRITE /pm/o0-n-n1-b3 "by domain 1"
D: MKDIR /pm/o0-n-n1-b3
D: WRITE /pm/o0-n-n1-b3/new "x"
GET_PERMS /pm/o0-n-n1-b3/new
D: MKDIR /pm/o0-n-n1-b3/newdir
GET_PERMS /pm/o0-n-n1-b3/newdir
D: SET_PERMS /pm/o0-n-n1-b3 n0 b3 n1
D: RM /pm/o0-n-n1-b3/c
D: RM /pm/o0-n-n1-b3
DIRECTORY /pm/o0-n-n1-b3
# o0-n-r1-b3: n0 b3 r1
WRITE /pm/o0-n-r1-b3 "v"
WRITE /pm/o0-n-r1-b3/c "c"
SET_PERMS /pm/o0-n-r1-b3/c n0 b3 r1
SET_PERMS /pm/o0-n-r1-b3 n0 b3 r1
D: READ /pm/o0-n-r1-b3
D: READ /pm/o0-n-r1-b3/missing
D: DIRECTORY /pm/o0-n-r1-b3
D: DIRECTORY_PART /pm/o0-n-r1-b3 0
D: GET_PERMS /pm/o0-n-r1-b3
D: WATCH /pm/o0-n-r1-b3 w
WRITE /pm/o0-n-r1-b3 "by dom0"
D: UNWATCH /pm/o0-n-r1-b3 w
D: WRITE /pm/o0-n-r1-b3 "by domain 1"
D: MKDIR /pm/o0-n-r1-b3
D: WRITE /pm/o0-n-r1-b3/new "x"
GET_PERMS /pm/o0-n-r1-b3/new
D: MKDIR /pm/o0-n-r1-b3/newdir
GET_PERMS /pm/o0-n-r1-b3/newdir
D: SET_PERMS /pm/o0-n-r1-b3 n0 b3 r1
D: RM /pm/o0-n-r1-b3/c
D: RM /pm/o0-n-r1-b3
DIRECTORY /pm/o0-n-r1-b3
# o0-n-w1-b3: n0 b3 w1
WRITE /pm/o0-n-w1-b3 "v"
WRITE /pm/o0-n-w1-b3/c "c"
SET_PERMS /pm/o0-n-w1-b3/c n0 b3 w1
SET_PERMS /pm/o0-n-w1-b3 n0 b3 w1
D: READ /pm/o0-n-w1-b3
D: READ /pm/o0-n-w1-b3/missing
D: DIRECTORY /pm/o0-n-w1-b3
D: DIRECTORY_PART /pm/o0-n-w1-b3 0
D: GET_PERMS /pm/o0-n-w1-b3
D: WATCH /pm/o0-n-w1-b3 w
WRITE /pm/o0-n-w1-b3 "by dom0"
D: UNWATCH /pm/o0-n-w1-b3 w
D: WRITE /pm/o0-n-w1-b3 "by domain 1"
D: MKDIR /pm/o0-n-w1-b3
D: WRITE /pm/o0-n-w1-b3/new "x"
GET_PERMS /pm/o0-n-w1-b3/new
D: MKDIR /pm/o0-n-w1-b3/newdir
GET_PERMS /pm/o0-n-w1-b3/newdir
D: SET_PERMS /pm/o0-n-w1-b3 n0 b3 w1
D: RM /pm/o0-n-w1-b3/c
D: RM /pm/o0-n-w1-b3
DIRECTORY /pm/o0-n-w1-b3
# o0-n-b1-b3: n0 b3 b1
WRITE /pm/o0-n-b1-b3 "v"
WRITE /pm/o0-n-b1-b3/c "c"
SET_PERMS /pm/o0-n-b1-b3/c n0 b3 b1
SET_PERMS /pm/o0-n-b1-b3 n0 b3 b1
D: READ /pm/o0-n-b1-b3
D: READ /pm/o0-n-b1-b3/missing
D: DIRECTORY /pm/o0-n-b1-b3
D: DIRECTORY_PART /pm/o0-n-b1-b3 0
D: GET_PERMS /pm/o0-n-b1-b3
D: WATCH /pm/o0-n-b1-b3 w
WRITE /pm/o0-n-b1-b3 "by dom0"
D: UNWATCH /pm/o0-n-b1-b3 w
D: WRITE /pm/o0-n-b1-b3 "by domain 1"
D: MKDIR /pm/o0-n-b1-b3
D: WRITE /pm/o0-n-b1-b3/new "x"
GET_PERMS /pm/o0-n-b1-b3/new
D: MKDIR /pm/o0-n-b1-b3/newdir
GET_PERMS /pm/o0-n-b1-b3/newdir
D: SET_PERMS /pm/o0-n-b1-b3 n0 b3 b1
D: RM /pm/o0-n-b1-b3/c
D: RM /pm/o0-n-b1-b3
DIRECTORY /pm/o0-n-b1-b3
# o0-r-x-b3: r0 b3
WRITE /pm/o0-r-x-b3 "v"
WRITE /pm/o0-r-x-b3/c "c"
SET_PERMS /pm/o0-r-x-b3/c r0 b3
SET_PERMS /pm/o0-r-x-b3 r0 b3
D: READ /pm/o0-r-x-b3
D: READ /pm/o0-r-x-b3/missing
D: DIRECTORY /pm/o0-r-x-b3
D: DIRECTORY_PART /pm/o0-r-x-b3 0
D: GET_PERMS /pm/o0-r-x-b3
D: WATCH /pm/o0-r-x-b3 w
WRITE /pm/o0-r-x-b3 "by dom0"
D: UNWATCH /pm/o0-r-x-b3 w
D: WRITE /pm/o0-r-x-b3 "by domain 1"
D: MKDIR /pm/o0-r-x-b3
D: WRITE /pm/o0-r-x-b3/new "x"
GET_PERMS /pm/o0-r-x-b3/new
D: MKDIR /pm/o0-r-x-b3/newdir
GET_PERMS /pm/o0-r-x-b3/newdir
D: SET_PERMS /pm/o0-r-x-b3 r0 b3
D: RM /pm/o0-r-x-b3/c
D: RM /pm/o0-r-x-b3
DIRECTORY /pm/o0-r-x-b3
# o0-r-n1-b3: r0 b3 n1
WRITE /pm/o0-r-n1-b3 "v"
WRITE /pm/o0-r-n1-b3/c "c"
SET_PERMS /pm/o0-r-n1-b3/c r0 b3 n1
SET_PERMS /pm/o0-r-n1-b3 r0 b3 n1
D: READ /pm/o0-r-n1-b3
D: READ /pm/o0-r-n1-b3/missing
D: DIRECTORY /pm/o0-r-n1-b3
D: DIRECTORY_PART /pm/o0-r-n1-b3 0
D: GET_PERMS /pm/o0-r-n1-b3
D: WATCH /pm/o0-r-n1-b3 w
WRITE /pm/o0-r-n1-b3 "by dom0"
D: UNWATCH /pm/o0-r-n1-b3 w
D: WRITE /pm/o0-r-n1-b3 "by domain 1"
D: MKDIR /pm/o0-r-n1-b3
D: WRITE /pm/o0-r-n1-b3/new "x"
GET_PERMS /pm/o0-r-n1-b3/new
D: MKDIR /pm/o0-r-n1-b3/newdir
GET_PERMS /pm/o0-r-n1-b3/newdir
D: SET_PERMS /pm/o0-r-n1-b3 r0 b3 n1
D: RM /pm/o0-r-n1-b3/c
D: RM /pm/o0-r-n1-b3
DIRECTORY /pm/o0-r-n1-b3
# o0-r-r1-b3: r0 b3 r1
WRITE /pm/o0-r-r1-b3 "v"
WRITE /pm/o0-r-r1-b3/c "c"
SET_PERMS /pm/o0-r-r1-b3/c r0 b3 r1
SET_PERMS /pm/o0-r-r1-b3 r0 b3 r1
D: READ /pm/o0-r-r1-b3
D: READ /pm/o0-r-r1-b3/missing
D: DIRECTORY /pm/o0-r-r1-b3
D: DIRECTORY_PART /pm/o0-r-r1-b3 0
D: GET_PERMS /pm/o0-r-r1-b3
D: WATCH /pm/o0-r-r1-b3 w
WRITE /pm/o0-r-r1-b3 "by dom0"
D: UNWATCH /pm/o0-r-r1-b3 w
D: WRITE /pm/o0-r-r1-b3 "by domain 1"
D: MKDIR /pm/o0-r-r1-b3
D: WRITE /pm/o0-r-r1-b3/new "x"
GET_PERMS /pm/o0-r-r1-b3/new
D: MKDIR /pm/o0-r-r1-b3/newdir
GET_PERMS /pm/o0-r-r1-b3/newdir
D: SET_PERMS /pm/o0-r-r1-b3 r0 b3 r1
D: RM /pm/o0-r-r1-b3/c
D: RM /pm/o0-r-r1-b3
DIRECTORY /pm/o0-r-r1-b3
# o0-r-w1-b3: r0 b3 w1
WRITE /pm/o0-r-w1-b3 "v"
WRITE /pm/o0-r-w1-b3/c "c"
SET_PERMS /pm/o0-r-w1-b3/c r0 b3 w1
SET_PERMS /pm/o0-r-w1-b3 r0 b3 w1
D: READ /pm/o0-r-w1-b3
D: READ /pm/o0-r-w1-b3/missing
D: DIRECTORY /pm/o0-r-w1-b3
D: DIRECTORY_PART /pm/o0-r-w1-b3 0
D: GET_PERMS /pm/o0-r-w1-b3
D: WATCH /pm/o0-r-w1-b3 w
WRITE /pm/o0-r-w1-b3 "by dom0"
D: UNWATCH /pm/o0-r-w1-b3 w
D: WRITE /pm/o0-r-w1-b3 "by domain 1"
D: MKDIR /pm/o0-r-w1-b3
D: WRITE /pm/o0-r-w1-b3/new "x"
GET_PERMS /pm/o0-r-w1-b3/new
D: MKDIR /pm/o0-r-w1-b3/newdir
GET_PERMS /pm/o0-r-w1-b3/newdir
D: SET_PERMS /pm/o0-r-w1-b3 r0 b3 w1
D: RM /pm/o0-r-w1-b3/c
D: RM /pm/o0-r-w1-b3
DIRECTORY /pm/o0-r-w1-b3
# o0-r-b1-b3: r0 b3 b1
WRITE /pm/o0-r-b1-b3 "v"
WRITE /pm/o0-r-b1-b3/c "c"
SET_PERMS /pm/o0-r-b1-b3/c r0 b3 b1
SET_PERMS /pm/o0-r-b1-b3 r0 b3 b1
D: READ /pm/o0-r-b1-b3
D: READ /pm/o0-r-b1-b3/missing
D: DIRECTORY /pm/o0-r-b1-b3
D: DIRECTORY_PART /pm/o0-r-b1-b3 0
D: GET_PERMS /pm/o0-r-b1-b3
D: WATCH /pm/o0-r-b1-b3 w
WRITE /pm/o0-r-b1-b3 "by dom0"
D: UNWATCH /pm/o0-r-b1-b3 w
D: WRITE /pm/o0-r-b1-b3 "by domain 1"
D: MKDIR /pm/o0-r-b1-b3
D: WRITE /pm/o0-r-b1-b3/new "x"
GET_PERMS /pm/o0-r-b1-b3/new
D: MKDIR /pm/o0-r-b1-b3/newdir
GET_PERMS /pm/o0-r-b1-b3/newdir
D: SET_PERMS /pm/o0-r-b1-b3 r0 b3 b1
D: RM /pm/o0-r-b1-b3/c
D: RM /pm/o0-r-b1-b3
DIRECTORY /pm/o0-r-b1-b3
# o0-w-x-b3: w0 b3
WRITE /pm/o0-w-x-b3 "v"
WRITE /pm/o0-w-x-b3/c "c"
SET_PERMS /pm/o0-w-x-b3/c w0 b3
SET_PERMS /pm/o0-w-x-b3 w0 b3
D: READ /pm/o0-w-x-b3
D: READ /pm/o0-w-x-b3/missing
D: DIRECTORY /pm/o0-w-x-b3
D: DIRECTORY_PART /pm/o0-w-x-b3 0
D: GET_PERMS /pm/o0-w-x-b3
D: WATCH /pm/o0-w-x-b3 w
WRITE /pm/o0-w-x-b3 "by dom0"
D: UNWATCH /pm/o0-w-x-b3 w
D: WRITE /pm/o0-w-x-b3 "by domain 1"
D: MKDIR /pm/o0-w-x-b3
D: WRITE /pm/o0-w-x-b3/new "x"
GET_PERMS /pm/o0-w-x-b3/new
D: MKDIR /pm/o0-w-x-b3/newdir
GET_PERMS /pm/o0-w-x-b3/newdir
D: SET_PERMS /pm/o0-w-x-b3 w0 b3
D: RM /pm/o0-w-x-b3/c
D: RM /pm/o0-w-x-b3
DIRECTORY /pm/o0-w-x-b3
# o0-w-n1-b3: w0 b3 n1
WRITE /pm/o0-w-n1-b3 "v"
WRITE /pm/o0-w-n1-b3/c "c"
SET_PERMS /pm/o0-w-n1-b3/c w0 b3 n1
SET_PERMS /pm/o0-w-n1-b3 w0 b3 n1
D: READ /pm/o0-w-n1-b3
D: READ /pm/o0-w-n1-b3/missing
D: DIRECTORY /pm/o0-w-n1-b3
D: DIRECTORY_PART /pm/o0-w-n1-b3 0
D: GET_PERMS /pm/o0-w-n1-b3
D: WATCH /pm/o0-w-n1-b3 w
WRITE /pm/o0-w-n1-b3 "by dom0"
D: UNWATCH /pm/o0-w-n1-b3 w
D: WRITE /pm/o0-w-n1-b3 "by domain 1"
D: MKDIR /pm/o0-w-n1-b3
D: WRITE /pm/o0-w-n1-b3/new "x"
GET_PERMS /pm/o0-w-n1-b3/new
D: MKDIR /pm/o0-w-n1-b3/newdir
GET_PERMS /pm/o0-w-n1-b3/newdir
D: SET_PERMS /pm/o0-w-n1-b3 w0 b3 n1
D: RM /pm/o0-w-n1-b3/c
D: RM /pm/o0-w-n1-b3
DIRECTORY /pm/o0-w-n1-b3
# o0-w-r1-b3: w0 b3 r1
WRITE /pm/o0-w-r1-b3 "v"
WRITE /pm/o0-w-r1-b3/c "c"
SET_PERMS /pm/o0-w-r1-b3/c w0 b3 r1
SET_PERMS /pm/o0-w-r1-b3 w0 b3 r1
D: READ /pm/o0-w-r1-b3
D: READ /pm/o0-w-r1-b3/missing
D: DIRECTORY /pm/o0-w-r1-b3
D: DIRECTORY_PART /pm/o0-w-r1-b3 0
D: GET_PERMS /pm/o0-w-r1-b3
D: WATCH /pm/o0-w-r1-b3 w
WRITE /pm/o0-w-r1-b3 "by dom0"
D: UNWATCH /pm/o0-w-r1-b3 w
D: WRITE /pm/o0-w-r1-b3 "by domain 1"
D: MKDIR /pm/o0-w-r1-b3
D: WRITE /pm/o0-w-r1-b3/new "x"
GET_PERMS /pm/o0-w-r1-b3/new
D: MKDIR /pm/o0-w-r1-b3/newdir
GET_PERMS /pm/o0-w-r1-b3/newdir
D: SET_PERMS /pm/o0-w-r1-b3 w0 b3 r1
D: RM /pm/o0-w-r1-b3/c
D: RM /pm/o0-w-r1-b3
DIRECTORY /pm/o0-w-r1-b3
# o0-w-w1-b3: w0 b3 w1
WRITE /pm/o0-w-w1-b3 "v"
WRITE /pm/o0-w-w1-b3/c "c"
SET_PERMS /pm/o0-w-w1-b3/c w0 b3 w1
SET_PERMS /pm/o0-w-w1-b3 w0 b3 w1
D: READ /pm/o0-w-w1-b3
D: READ /pm/o0-w-w1-b3/missing
D: DIRECTORY /pm/o0-w-w1-b3
D: DIRECTORY_PART /pm/o0-w-w1-b3 0
D: GET_PERMS /pm/o0-w-w1-b3
D: WATCH /pm/o0-w-w1-b3 w
WRITE /pm/o0-w-w1-b3 "by dom0"
D: UNWATCH /pm/o0-w-w1-b3 w
D: WRITE /pm/o0-w-w1-b3 "by domain 1"
D: MKDIR /pm/o0-w-w1-b3
D: WRITE /pm/o0-w-w1-b3/new "x"
GET_PERMS /pm/o0-w-w1-b3/new
D: MKDIR /pm/o0-w-w1-b3/newdir
GET_PERMS /pm/o0-w-w1-b3/newdir
D: SET_PERMS /pm/o0-w-w1-b3 w0 b3 w1
D: RM /pm/o0-w-w1-b3/c
D: RM /pm/o0-w-w1-b3
DIRECTORY /pm/o0-w-w1-b3
# o0-w-b1-b3: w0 b3 b1
WRITE /pm/o0-w-b1-b3 "v"
WRITE /pm/o0-w-b1-b3/c "c"
SET_PERMS /pm/o0-w-b1-b3/c w0 b3 b1
SET_PERMS /pm/o0-w-b1-b3 w0 b3 b1
D: READ /pm/o0-w-b1-b3
D: READ /pm/o0-w-b1-b3/missing
D: DIRECTORY /pm/o0-w-b1-b3
D: DIRECTORY_PART /pm/o0-w-b1-b3 0
D: GET_PERMS /pm/o0-w-b1-b3
D: WATCH /pm/o0-w-b1-b3 w
WRITE /pm/o0-w-b1-b3 "by dom0"
D: UNWATCH /pm/o0-w-b1-b3 w
D: WRITE /pm/o0-w-b1-b3 "by domain 1"
D: MKDIR /pm/o0-w-b1-b3
D: WRITE /pm/o0-w-b1-b3/new "x"
GET_PERMS /pm/o0-w-b1-b3/new
D: MKDIR /pm/o0-w-b1-b3/newdir
GET_PERMS /pm/o0-w-b1-b3/newdir
D: SET_PERMS /pm/o0-w-b1-b3 w0 b3 b1
D: RM /pm/o0-w-b1-b3/c
D: RM /pm/o0-w-b1-b3
DIRECTORY /pm/o0-w-b1-b3
# o0-b-x-b3: b0 b3
WRITE /pm/o0-b-x-b3 "v"
WRITE /pm/o0-b-x-b3/c "c"
SET_PERMS /pm/o0-b-x-b3/c b0 b3
SET_PERMS /pm/o0-b-x-b3 b0 b3
D: READ /pm/o0-b-x-b3
D: READ /pm/o0-b-x-b3/missing
D: DIRECTORY /pm/o0-b-x-b3
D: DIRECTORY_PART /pm/o0-b-x-b3 0
D: GET_PERMS /pm/o0-b-x-b3
D: WATCH /pm/o0-b-x-b3 w
WRITE /pm/o0-b-x-b3 "by dom0"
D: UNWATCH /pm/o0-b-x-b3 w
D: WRITE /pm/o0-b-x-b3 "by domain 1"
D: MKDIR /pm/o0-b-x-b3
D: WRITE /pm/o0-b-x-b3/new "x"
GET_PERMS /pm/o0-b-x-b3/new
D: MKDIR /pm/o0-b-x-b3/newdir
GET_PERMS /pm/o0-b-x-b3/newdir
D: SET_PERMS /pm/o0-b-x-b3 b0 b3
D: RM /pm/o0-b-x-b3/c
D: RM /pm/o0-b-x-b3
DIRECTORY /pm/o0-b-x-b3
# o0-b-n1-b3: b0 b3 n1
WRITE /pm/o0-b-n1-b3 "v"
WRITE /pm/o0-b-n1-b3/c "c"
SET_PERMS /pm/o0-b-n1-b3/c b0 b3 n1
SET_PERMS /pm/o0-b-n1-b3 b0 b3 n1
D: READ /pm/o0-b-n1-b3
D: READ /pm/o0-b-n1-b3/missing
D: DIRECTORY /pm/o0-b-n1-b3
D: DIRECTORY_PART /pm/o0-b-n1-b3 0
D: GET_PERMS /pm/o0-b-n1-b3
D: WATCH /pm/o0-b-n1-b3 w
WRITE /pm/o0-b-n1-b3 "by dom0"
D: UNWATCH /pm/o0-b-n1-b3 w
D: WRITE /pm/o0-b-n1-b3 "by domain 1"
D: MKDIR /pm/o0-b-n1-b3
D: WRITE /pm/o0-b-n1-b3/new "x"
GET_PERMS /pm/o0-b-n1-b3/new
D: MKDIR /pm/o0-b-n1-b3/newdir
GET_PERMS /pm/o0-b-n1-b3/newdir
D: SET_PERMS /pm/o0-b-n1-b3 b0 b3 n1
D: RM /pm/o0-b-n1-b3/c
D: RM /pm/o0-b-n1-b3
DIRECTORY /pm/o0-b-n1-b3
# o0-b-r1-b3: b0 b3 r1
WRITE /pm/o0-b-r1-b3 "v"
WRITE /pm/o0-b-r1-b3/c "c"
SET_PERMS /pm/o0-b-r1-b3/c b0 b3 r1
SET_PERMS /pm/o0-b-r1-b3 b0 b3 r1
D: READ /pm/o0-b-r1-b3
D: READ /pm/o0-b-r1-b3/missing
D: DIRECTORY /pm/o0-b-r1-b3
D: DIRECTORY_PART /pm/o0-b-r1-b3 0
D: GET_PERMS /pm/o0-b-r1-b3
D: WATCH /pm/o0-b-r1-b3 w
WRITE /pm/o0-b-r1-b3 "by dom0"
D: UNWATCH /pm/o0-b-r1-b3 w
D: WRITE /pm/o0-b-r1-b3 "by domain 1"
D: MKDIR /pm/o0-b-r1-b3
D: WRITE /pm/o0-b-r1-b3/new "x"
GET_PERMS /pm/o0-b-r1-b3/new
D: MKDIR /pm/o0-b-r1-b3/newdir
GET_PERMS /pm/o0-b-r1-b3/newdir
D: SET_PERMS /pm/o0-b-r1-b3 b0 b3 r1
D: RM /pm/o0-b-r1-b3/c
D: RM /pm/o0-b-r1-b3
DIRECTORY /pm/o0-b-r1-b3
# o0-b-w1-b3: b0 b3 w1
WRITE /pm/o0-b-w1-b3 "v"
WRITE /pm/o0-b-w1-b3/c "c"
SET_PERMS /pm/o0-b-w1-b3/c b0 b3 w1
SET_PERMS /pm/o0-b-w1-b3 b0 b3 w1
D: READ /pm/o0-b-w1-b3
D: READ /pm/o0-b-w1-b3/missing
D: DIRECTORY /pm/o0-b-w1-b3
D: DIRECTORY_PART /pm/o0-b-w1-b3 0
D: GET_PERMS /pm/o0-b-w1-b3
D: WATCH /pm/o0-b-w1-b3 w
WRITE /pm/o0-b-w1-b3 "by dom0"
D: UNWATCH /pm/o0-b-w1-b3 w
D: WRITE /pm/o0-b-w1-b3 "by domain 1"
D: MKDIR /pm/o0-b-w1-b3
D: WRITE /pm/o0-b-w1-b3/new "x"
GET_PERMS /pm/o0-b-w1-b3/new
D: MKDIR /pm/o0-b-w1-b3/newdir
GET_PERMS /pm/o0-b-w1-b3/newdir
D: SET_PERMS /pm/o0-b-w1-b3 b0 b3 w1
D: RM /pm/o0-b-w1-b3/c
D: RM /pm/o0-b-w1-b3
DIRECTORY /pm/o0-b-w1-b3
# o0-b-b1-b3: b0 b3 b1
WRITE /pm/o0-b-b1-b3 "v"
WRITE /pm/o0-b-b1-b3/c "c"
SET_PERMS /pm/o0-b-b1-b3/c b0 b3 b1
SET_PERMS /pm/o0-b-b1-b3 b0 b3 b1
D: READ /pm/o0-b-b1-b3
D: READ /pm/o0-b-b1-b3/missing
D: DIRECTORY /pm/o0-b-b1-b3
D: DIRECTORY_PART /pm/o0-b-b1-b3 0
D: GET_PERMS /pm/o0-b-b1-b3
D: WATCH /pm/o0-b-b1-b3 w
WRITE /pm/o0-b-b1-b3 "by dom0"
D: UNWATCH /pm/o0-b-b1-b3 w
D: WRITE /pm/o0-b-b1-b3 "by domain 1"
D: MKDIR /pm/o0-b-b1-b3
D: WRITE /pm/o0-b-b1-b3/new "x"
GET_PERMS /pm/o0-b-b1-b3/new
D: MKDIR /pm/o0-b-b1-b3/newdir
GET_PERMS /pm/o0-b-b1-b3/newdir
D: SET_PERMS /pm/o0-b-b1-b3 b0 b3 b1
D: RM /pm/o0-b-b1-b3/c
D: RM /pm/o0-b-b1-b3
DIRECTORY /pm/o0-b-b1-b3
