# permission matrix inside transactions, domain 1 against nodes owned by domain 1 itself: READ, READ of a missing child, DIRECTORY, GET_PERMS, WRITE, MKDIR, WRITE and MKDIR of a new child, SET_PERMS, RM of a child, in one transaction per combination, then its commit and the result
# cases: 320
domain 1
domain 2
conn D domain 1
MKDIR /pt
# o1-n-x-x: n1
WRITE /pt/o1-n-x-x "v"
WRITE /pt/o1-n-x-x/c "c"
SET_PERMS /pt/o1-n-x-x/c n1
SET_PERMS /pt/o1-n-x-x n1
D: TRANSACTION_START "\0" -> to1_n_x_x
D: READ tx=$to1_n_x_x /pt/o1-n-x-x
D: READ tx=$to1_n_x_x /pt/o1-n-x-x/missing
D: DIRECTORY tx=$to1_n_x_x /pt/o1-n-x-x
D: GET_PERMS tx=$to1_n_x_x /pt/o1-n-x-x
D: WRITE tx=$to1_n_x_x /pt/o1-n-x-x "in tx"
D: MKDIR tx=$to1_n_x_x /pt/o1-n-x-x
D: WRITE tx=$to1_n_x_x /pt/o1-n-x-x/new "x"
D: GET_PERMS tx=$to1_n_x_x /pt/o1-n-x-x/new
D: MKDIR tx=$to1_n_x_x /pt/o1-n-x-x/newdir
D: SET_PERMS tx=$to1_n_x_x /pt/o1-n-x-x n1
D: RM tx=$to1_n_x_x /pt/o1-n-x-x/c
D: DIRECTORY tx=$to1_n_x_x /pt/o1-n-x-x
D: TRANSACTION_END tx=$to1_n_x_x T
DIRECTORY /pt/o1-n-x-x
GET_PERMS /pt/o1-n-x-x/new
# o1-n-n1-x: n1 n1
WRITE /pt/o1-n-n1-x "v"
WRITE /pt/o1-n-n1-x/c "c"
SET_PERMS /pt/o1-n-n1-x/c n1 n1
SET_PERMS /pt/o1-n-n1-x n1 n1
D: TRANSACTION_START "\0" -> to1_n_n1_x
D: READ tx=$to1_n_n1_x /pt/o1-n-n1-x
D: READ tx=$to1_n_n1_x /pt/o1-n-n1-x/missing
D: DIRECTORY tx=$to1_n_n1_x /pt/o1-n-n1-x
D: GET_PERMS tx=$to1_n_n1_x /pt/o1-n-n1-x
D: WRITE tx=$to1_n_n1_x /pt/o1-n-n1-x "in tx"
D: MKDIR tx=$to1_n_n1_x /pt/o1-n-n1-x
D: WRITE tx=$to1_n_n1_x /pt/o1-n-n1-x/new "x"
D: GET_PERMS tx=$to1_n_n1_x /pt/o1-n-n1-x/new
D: MKDIR tx=$to1_n_n1_x /pt/o1-n-n1-x/newdir
D: SET_PERMS tx=$to1_n_n1_x /pt/o1-n-n1-x n1 n1
D: RM tx=$to1_n_n1_x /pt/o1-n-n1-x/c
D: DIRECTORY tx=$to1_n_n1_x /pt/o1-n-n1-x
D: TRANSACTION_END tx=$to1_n_n1_x T
DIRECTORY /pt/o1-n-n1-x
GET_PERMS /pt/o1-n-n1-x/new
# o1-n-r1-x: n1 r1
WRITE /pt/o1-n-r1-x "v"
WRITE /pt/o1-n-r1-x/c "c"
SET_PERMS /pt/o1-n-r1-x/c n1 r1
SET_PERMS /pt/o1-n-r1-x n1 r1
D: TRANSACTION_START "\0" -> to1_n_r1_x
D: READ tx=$to1_n_r1_x /pt/o1-n-r1-x
D: READ tx=$to1_n_r1_x /pt/o1-n-r1-x/missing
D: DIRECTORY tx=$to1_n_r1_x /pt/o1-n-r1-x
D: GET_PERMS tx=$to1_n_r1_x /pt/o1-n-r1-x
D: WRITE tx=$to1_n_r1_x /pt/o1-n-r1-x "in tx"
D: MKDIR tx=$to1_n_r1_x /pt/o1-n-r1-x
D: WRITE tx=$to1_n_r1_x /pt/o1-n-r1-x/new "x"
D: GET_PERMS tx=$to1_n_r1_x /pt/o1-n-r1-x/new
D: MKDIR tx=$to1_n_r1_x /pt/o1-n-r1-x/newdir
D: SET_PERMS tx=$to1_n_r1_x /pt/o1-n-r1-x n1 r1
D: RM tx=$to1_n_r1_x /pt/o1-n-r1-x/c
D: DIRECTORY tx=$to1_n_r1_x /pt/o1-n-r1-x
D: TRANSACTION_END tx=$to1_n_r1_x T
DIRECTORY /pt/o1-n-r1-x
GET_PERMS /pt/o1-n-r1-x/new
# o1-n-w1-x: n1 w1
WRITE /pt/o1-n-w1-x "v"
WRITE /pt/o1-n-w1-x/c "c"
SET_PERMS /pt/o1-n-w1-x/c n1 w1
SET_PERMS /pt/o1-n-w1-x n1 w1
D: TRANSACTION_START "\0" -> to1_n_w1_x
D: READ tx=$to1_n_w1_x /pt/o1-n-w1-x
D: READ tx=$to1_n_w1_x /pt/o1-n-w1-x/missing
D: DIRECTORY tx=$to1_n_w1_x /pt/o1-n-w1-x
D: GET_PERMS tx=$to1_n_w1_x /pt/o1-n-w1-x
D: WRITE tx=$to1_n_w1_x /pt/o1-n-w1-x "in tx"
D: MKDIR tx=$to1_n_w1_x /pt/o1-n-w1-x
D: WRITE tx=$to1_n_w1_x /pt/o1-n-w1-x/new "x"
D: GET_PERMS tx=$to1_n_w1_x /pt/o1-n-w1-x/new
D: MKDIR tx=$to1_n_w1_x /pt/o1-n-w1-x/newdir
D: SET_PERMS tx=$to1_n_w1_x /pt/o1-n-w1-x n1 w1
D: RM tx=$to1_n_w1_x /pt/o1-n-w1-x/c
D: DIRECTORY tx=$to1_n_w1_x /pt/o1-n-w1-x
D: TRANSACTION_END tx=$to1_n_w1_x T
DIRECTORY /pt/o1-n-w1-x
GET_PERMS /pt/o1-n-w1-x/new
# o1-n-b1-x: n1 b1
WRITE /pt/o1-n-b1-x "v"
WRITE /pt/o1-n-b1-x/c "c"
SET_PERMS /pt/o1-n-b1-x/c n1 b1
SET_PERMS /pt/o1-n-b1-x n1 b1
D: TRANSACTION_START "\0" -> to1_n_b1_x
D: READ tx=$to1_n_b1_x /pt/o1-n-b1-x
D: READ tx=$to1_n_b1_x /pt/o1-n-b1-x/missing
D: DIRECTORY tx=$to1_n_b1_x /pt/o1-n-b1-x
D: GET_PERMS tx=$to1_n_b1_x /pt/o1-n-b1-x
D: WRITE tx=$to1_n_b1_x /pt/o1-n-b1-x "in tx"
D: MKDIR tx=$to1_n_b1_x /pt/o1-n-b1-x
D: WRITE tx=$to1_n_b1_x /pt/o1-n-b1-x/new "x"
D: GET_PERMS tx=$to1_n_b1_x /pt/o1-n-b1-x/new
D: MKDIR tx=$to1_n_b1_x /pt/o1-n-b1-x/newdir
D: SET_PERMS tx=$to1_n_b1_x /pt/o1-n-b1-x n1 b1
D: RM tx=$to1_n_b1_x /pt/o1-n-b1-x/c
D: DIRECTORY tx=$to1_n_b1_x /pt/o1-n-b1-x
D: TRANSACTION_END tx=$to1_n_b1_x T
DIRECTORY /pt/o1-n-b1-x
GET_PERMS /pt/o1-n-b1-x/new
# o1-r-x-x: r1
WRITE /pt/o1-r-x-x "v"
WRITE /pt/o1-r-x-x/c "c"
SET_PERMS /pt/o1-r-x-x/c r1
SET_PERMS /pt/o1-r-x-x r1
D: TRANSACTION_START "\0" -> to1_r_x_x
D: READ tx=$to1_r_x_x /pt/o1-r-x-x
D: READ tx=$to1_r_x_x /pt/o1-r-x-x/missing
D: DIRECTORY tx=$to1_r_x_x /pt/o1-r-x-x
D: GET_PERMS tx=$to1_r_x_x /pt/o1-r-x-x
D: WRITE tx=$to1_r_x_x /pt/o1-r-x-x "in tx"
D: MKDIR tx=$to1_r_x_x /pt/o1-r-x-x
D: WRITE tx=$to1_r_x_x /pt/o1-r-x-x/new "x"
D: GET_PERMS tx=$to1_r_x_x /pt/o1-r-x-x/new
D: MKDIR tx=$to1_r_x_x /pt/o1-r-x-x/newdir
D: SET_PERMS tx=$to1_r_x_x /pt/o1-r-x-x r1
D: RM tx=$to1_r_x_x /pt/o1-r-x-x/c
D: DIRECTORY tx=$to1_r_x_x /pt/o1-r-x-x
D: TRANSACTION_END tx=$to1_r_x_x T
DIRECTORY /pt/o1-r-x-x
GET_PERMS /pt/o1-r-x-x/new
# o1-r-n1-x: r1 n1
WRITE /pt/o1-r-n1-x "v"
WRITE /pt/o1-r-n1-x/c "c"
SET_PERMS /pt/o1-r-n1-x/c r1 n1
SET_PERMS /pt/o1-r-n1-x r1 n1
D: TRANSACTION_START "\0" -> to1_r_n1_x
D: READ tx=$to1_r_n1_x /pt/o1-r-n1-x
D: READ tx=$to1_r_n1_x /pt/o1-r-n1-x/missing
D: DIRECTORY tx=$to1_r_n1_x /pt/o1-r-n1-x
D: GET_PERMS tx=$to1_r_n1_x /pt/o1-r-n1-x
D: WRITE tx=$to1_r_n1_x /pt/o1-r-n1-x "in tx"
D: MKDIR tx=$to1_r_n1_x /pt/o1-r-n1-x
D: WRITE tx=$to1_r_n1_x /pt/o1-r-n1-x/new "x"
D: GET_PERMS tx=$to1_r_n1_x /pt/o1-r-n1-x/new
D: MKDIR tx=$to1_r_n1_x /pt/o1-r-n1-x/newdir
D: SET_PERMS tx=$to1_r_n1_x /pt/o1-r-n1-x r1 n1
D: RM tx=$to1_r_n1_x /pt/o1-r-n1-x/c
D: DIRECTORY tx=$to1_r_n1_x /pt/o1-r-n1-x
D: TRANSACTION_END tx=$to1_r_n1_x T
DIRECTORY /pt/o1-r-n1-x
GET_PERMS /pt/o1-r-n1-x/new
# o1-r-r1-x: r1 r1
WRITE /pt/o1-r-r1-x "v"
WRITE /pt/o1-r-r1-x/c "c"
SET_PERMS /pt/o1-r-r1-x/c r1 r1
SET_PERMS /pt/o1-r-r1-x r1 r1
D: TRANSACTION_START "\0" -> to1_r_r1_x
D: READ tx=$to1_r_r1_x /pt/o1-r-r1-x
D: READ tx=$to1_r_r1_x /pt/o1-r-r1-x/missing
D: DIRECTORY tx=$to1_r_r1_x /pt/o1-r-r1-x
D: GET_PERMS tx=$to1_r_r1_x /pt/o1-r-r1-x
D: WRITE tx=$to1_r_r1_x /pt/o1-r-r1-x "in tx"
D: MKDIR tx=$to1_r_r1_x /pt/o1-r-r1-x
D: WRITE tx=$to1_r_r1_x /pt/o1-r-r1-x/new "x"
D: GET_PERMS tx=$to1_r_r1_x /pt/o1-r-r1-x/new
D: MKDIR tx=$to1_r_r1_x /pt/o1-r-r1-x/newdir
D: SET_PERMS tx=$to1_r_r1_x /pt/o1-r-r1-x r1 r1
D: RM tx=$to1_r_r1_x /pt/o1-r-r1-x/c
D: DIRECTORY tx=$to1_r_r1_x /pt/o1-r-r1-x
D: TRANSACTION_END tx=$to1_r_r1_x T
DIRECTORY /pt/o1-r-r1-x
GET_PERMS /pt/o1-r-r1-x/new
# o1-r-w1-x: r1 w1
WRITE /pt/o1-r-w1-x "v"
WRITE /pt/o1-r-w1-x/c "c"
SET_PERMS /pt/o1-r-w1-x/c r1 w1
SET_PERMS /pt/o1-r-w1-x r1 w1
D: TRANSACTION_START "\0" -> to1_r_w1_x
D: READ tx=$to1_r_w1_x /pt/o1-r-w1-x
D: READ tx=$to1_r_w1_x /pt/o1-r-w1-x/missing
D: DIRECTORY tx=$to1_r_w1_x /pt/o1-r-w1-x
D: GET_PERMS tx=$to1_r_w1_x /pt/o1-r-w1-x
D: WRITE tx=$to1_r_w1_x /pt/o1-r-w1-x "in tx"
D: MKDIR tx=$to1_r_w1_x /pt/o1-r-w1-x
D: WRITE tx=$to1_r_w1_x /pt/o1-r-w1-x/new "x"
D: GET_PERMS tx=$to1_r_w1_x /pt/o1-r-w1-x/new
D: MKDIR tx=$to1_r_w1_x /pt/o1-r-w1-x/newdir
D: SET_PERMS tx=$to1_r_w1_x /pt/o1-r-w1-x r1 w1
D: RM tx=$to1_r_w1_x /pt/o1-r-w1-x/c
D: DIRECTORY tx=$to1_r_w1_x /pt/o1-r-w1-x
D: TRANSACTION_END tx=$to1_r_w1_x T
DIRECTORY /pt/o1-r-w1-x
GET_PERMS /pt/o1-r-w1-x/new
# o1-r-b1-x: r1 b1
WRITE /pt/o1-r-b1-x "v"
WRITE /pt/o1-r-b1-x/c "c"
SET_PERMS /pt/o1-r-b1-x/c r1 b1
SET_PERMS /pt/o1-r-b1-x r1 b1
D: TRANSACTION_START "\0" -> to1_r_b1_x
D: READ tx=$to1_r_b1_x /pt/o1-r-b1-x
D: READ tx=$to1_r_b1_x /pt/o1-r-b1-x/missing
D: DIRECTORY tx=$to1_r_b1_x /pt/o1-r-b1-x
D: GET_PERMS tx=$to1_r_b1_x /pt/o1-r-b1-x
D: WRITE tx=$to1_r_b1_x /pt/o1-r-b1-x "in tx"
D: MKDIR tx=$to1_r_b1_x /pt/o1-r-b1-x
D: WRITE tx=$to1_r_b1_x /pt/o1-r-b1-x/new "x"
D: GET_PERMS tx=$to1_r_b1_x /pt/o1-r-b1-x/new
D: MKDIR tx=$to1_r_b1_x /pt/o1-r-b1-x/newdir
D: SET_PERMS tx=$to1_r_b1_x /pt/o1-r-b1-x r1 b1
D: RM tx=$to1_r_b1_x /pt/o1-r-b1-x/c
D: DIRECTORY tx=$to1_r_b1_x /pt/o1-r-b1-x
D: TRANSACTION_END tx=$to1_r_b1_x T
DIRECTORY /pt/o1-r-b1-x
GET_PERMS /pt/o1-r-b1-x/new
# o1-w-x-x: w1
WRITE /pt/o1-w-x-x "v"
WRITE /pt/o1-w-x-x/c "c"
SET_PERMS /pt/o1-w-x-x/c w1
SET_PERMS /pt/o1-w-x-x w1
D: TRANSACTION_START "\0" -> to1_w_x_x
D: READ tx=$to1_w_x_x /pt/o1-w-x-x
D: READ tx=$to1_w_x_x /pt/o1-w-x-x/missing
D: DIRECTORY tx=$to1_w_x_x /pt/o1-w-x-x
D: GET_PERMS tx=$to1_w_x_x /pt/o1-w-x-x
D: WRITE tx=$to1_w_x_x /pt/o1-w-x-x "in tx"
D: MKDIR tx=$to1_w_x_x /pt/o1-w-x-x
D: WRITE tx=$to1_w_x_x /pt/o1-w-x-x/new "x"
D: GET_PERMS tx=$to1_w_x_x /pt/o1-w-x-x/new
D: MKDIR tx=$to1_w_x_x /pt/o1-w-x-x/newdir
D: SET_PERMS tx=$to1_w_x_x /pt/o1-w-x-x w1
D: RM tx=$to1_w_x_x /pt/o1-w-x-x/c
D: DIRECTORY tx=$to1_w_x_x /pt/o1-w-x-x
D: TRANSACTION_END tx=$to1_w_x_x T
DIRECTORY /pt/o1-w-x-x
GET_PERMS /pt/o1-w-x-x/new
# o1-w-n1-x: w1 n1
WRITE /pt/o1-w-n1-x "v"
WRITE /pt/o1-w-n1-x/c "c"
SET_PERMS /pt/o1-w-n1-x/c w1 n1
SET_PERMS /pt/o1-w-n1-x w1 n1
D: TRANSACTION_START "\0" -> to1_w_n1_x
D: READ tx=$to1_w_n1_x /pt/o1-w-n1-x
D: READ tx=$to1_w_n1_x /pt/o1-w-n1-x/missing
D: DIRECTORY tx=$to1_w_n1_x /pt/o1-w-n1-x
D: GET_PERMS tx=$to1_w_n1_x /pt/o1-w-n1-x
D: WRITE tx=$to1_w_n1_x /pt/o1-w-n1-x "in tx"
D: MKDIR tx=$to1_w_n1_x /pt/o1-w-n1-x
D: WRITE tx=$to1_w_n1_x /pt/o1-w-n1-x/new "x"
D: GET_PERMS tx=$to1_w_n1_x /pt/o1-w-n1-x/new
D: MKDIR tx=$to1_w_n1_x /pt/o1-w-n1-x/newdir
D: SET_PERMS tx=$to1_w_n1_x /pt/o1-w-n1-x w1 n1
D: RM tx=$to1_w_n1_x /pt/o1-w-n1-x/c
D: DIRECTORY tx=$to1_w_n1_x /pt/o1-w-n1-x
D: TRANSACTION_END tx=$to1_w_n1_x T
DIRECTORY /pt/o1-w-n1-x
GET_PERMS /pt/o1-w-n1-x/new
# o1-w-r1-x: w1 r1
WRITE /pt/o1-w-r1-x "v"
WRITE /pt/o1-w-r1-x/c "c"
SET_PERMS /pt/o1-w-r1-x/c w1 r1
SET_PERMS /pt/o1-w-r1-x w1 r1
D: TRANSACTION_START "\0" -> to1_w_r1_x
D: READ tx=$to1_w_r1_x /pt/o1-w-r1-x
D: READ tx=$to1_w_r1_x /pt/o1-w-r1-x/missing
D: DIRECTORY tx=$to1_w_r1_x /pt/o1-w-r1-x
D: GET_PERMS tx=$to1_w_r1_x /pt/o1-w-r1-x
D: WRITE tx=$to1_w_r1_x /pt/o1-w-r1-x "in tx"
D: MKDIR tx=$to1_w_r1_x /pt/o1-w-r1-x
D: WRITE tx=$to1_w_r1_x /pt/o1-w-r1-x/new "x"
D: GET_PERMS tx=$to1_w_r1_x /pt/o1-w-r1-x/new
D: MKDIR tx=$to1_w_r1_x /pt/o1-w-r1-x/newdir
D: SET_PERMS tx=$to1_w_r1_x /pt/o1-w-r1-x w1 r1
D: RM tx=$to1_w_r1_x /pt/o1-w-r1-x/c
D: DIRECTORY tx=$to1_w_r1_x /pt/o1-w-r1-x
D: TRANSACTION_END tx=$to1_w_r1_x T
DIRECTORY /pt/o1-w-r1-x
GET_PERMS /pt/o1-w-r1-x/new
# o1-w-w1-x: w1 w1
WRITE /pt/o1-w-w1-x "v"
WRITE /pt/o1-w-w1-x/c "c"
SET_PERMS /pt/o1-w-w1-x/c w1 w1
SET_PERMS /pt/o1-w-w1-x w1 w1
D: TRANSACTION_START "\0" -> to1_w_w1_x
D: READ tx=$to1_w_w1_x /pt/o1-w-w1-x
D: READ tx=$to1_w_w1_x /pt/o1-w-w1-x/missing
D: DIRECTORY tx=$to1_w_w1_x /pt/o1-w-w1-x
D: GET_PERMS tx=$to1_w_w1_x /pt/o1-w-w1-x
D: WRITE tx=$to1_w_w1_x /pt/o1-w-w1-x "in tx"
D: MKDIR tx=$to1_w_w1_x /pt/o1-w-w1-x
D: WRITE tx=$to1_w_w1_x /pt/o1-w-w1-x/new "x"
D: GET_PERMS tx=$to1_w_w1_x /pt/o1-w-w1-x/new
D: MKDIR tx=$to1_w_w1_x /pt/o1-w-w1-x/newdir
D: SET_PERMS tx=$to1_w_w1_x /pt/o1-w-w1-x w1 w1
D: RM tx=$to1_w_w1_x /pt/o1-w-w1-x/c
D: DIRECTORY tx=$to1_w_w1_x /pt/o1-w-w1-x
D: TRANSACTION_END tx=$to1_w_w1_x T
DIRECTORY /pt/o1-w-w1-x
GET_PERMS /pt/o1-w-w1-x/new
# o1-w-b1-x: w1 b1
WRITE /pt/o1-w-b1-x "v"
WRITE /pt/o1-w-b1-x/c "c"
SET_PERMS /pt/o1-w-b1-x/c w1 b1
SET_PERMS /pt/o1-w-b1-x w1 b1
D: TRANSACTION_START "\0" -> to1_w_b1_x
D: READ tx=$to1_w_b1_x /pt/o1-w-b1-x
D: READ tx=$to1_w_b1_x /pt/o1-w-b1-x/missing
D: DIRECTORY tx=$to1_w_b1_x /pt/o1-w-b1-x
D: GET_PERMS tx=$to1_w_b1_x /pt/o1-w-b1-x
D: WRITE tx=$to1_w_b1_x /pt/o1-w-b1-x "in tx"
D: MKDIR tx=$to1_w_b1_x /pt/o1-w-b1-x
D: WRITE tx=$to1_w_b1_x /pt/o1-w-b1-x/new "x"
D: GET_PERMS tx=$to1_w_b1_x /pt/o1-w-b1-x/new
D: MKDIR tx=$to1_w_b1_x /pt/o1-w-b1-x/newdir
D: SET_PERMS tx=$to1_w_b1_x /pt/o1-w-b1-x w1 b1
D: RM tx=$to1_w_b1_x /pt/o1-w-b1-x/c
D: DIRECTORY tx=$to1_w_b1_x /pt/o1-w-b1-x
D: TRANSACTION_END tx=$to1_w_b1_x T
DIRECTORY /pt/o1-w-b1-x
GET_PERMS /pt/o1-w-b1-x/new
# o1-b-x-x: b1
WRITE /pt/o1-b-x-x "v"
WRITE /pt/o1-b-x-x/c "c"
SET_PERMS /pt/o1-b-x-x/c b1
SET_PERMS /pt/o1-b-x-x b1
D: TRANSACTION_START "\0" -> to1_b_x_x
D: READ tx=$to1_b_x_x /pt/o1-b-x-x
D: READ tx=$to1_b_x_x /pt/o1-b-x-x/missing
D: DIRECTORY tx=$to1_b_x_x /pt/o1-b-x-x
D: GET_PERMS tx=$to1_b_x_x /pt/o1-b-x-x
D: WRITE tx=$to1_b_x_x /pt/o1-b-x-x "in tx"
D: MKDIR tx=$to1_b_x_x /pt/o1-b-x-x
D: WRITE tx=$to1_b_x_x /pt/o1-b-x-x/new "x"
D: GET_PERMS tx=$to1_b_x_x /pt/o1-b-x-x/new
D: MKDIR tx=$to1_b_x_x /pt/o1-b-x-x/newdir
D: SET_PERMS tx=$to1_b_x_x /pt/o1-b-x-x b1
D: RM tx=$to1_b_x_x /pt/o1-b-x-x/c
D: DIRECTORY tx=$to1_b_x_x /pt/o1-b-x-x
D: TRANSACTION_END tx=$to1_b_x_x T
DIRECTORY /pt/o1-b-x-x
GET_PERMS /pt/o1-b-x-x/new
# o1-b-n1-x: b1 n1
WRITE /pt/o1-b-n1-x "v"
WRITE /pt/o1-b-n1-x/c "c"
SET_PERMS /pt/o1-b-n1-x/c b1 n1
SET_PERMS /pt/o1-b-n1-x b1 n1
D: TRANSACTION_START "\0" -> to1_b_n1_x
D: READ tx=$to1_b_n1_x /pt/o1-b-n1-x
D: READ tx=$to1_b_n1_x /pt/o1-b-n1-x/missing
D: DIRECTORY tx=$to1_b_n1_x /pt/o1-b-n1-x
D: GET_PERMS tx=$to1_b_n1_x /pt/o1-b-n1-x
D: WRITE tx=$to1_b_n1_x /pt/o1-b-n1-x "in tx"
D: MKDIR tx=$to1_b_n1_x /pt/o1-b-n1-x
D: WRITE tx=$to1_b_n1_x /pt/o1-b-n1-x/new "x"
D: GET_PERMS tx=$to1_b_n1_x /pt/o1-b-n1-x/new
D: MKDIR tx=$to1_b_n1_x /pt/o1-b-n1-x/newdir
D: SET_PERMS tx=$to1_b_n1_x /pt/o1-b-n1-x b1 n1
D: RM tx=$to1_b_n1_x /pt/o1-b-n1-x/c
D: DIRECTORY tx=$to1_b_n1_x /pt/o1-b-n1-x
D: TRANSACTION_END tx=$to1_b_n1_x T
DIRECTORY /pt/o1-b-n1-x
GET_PERMS /pt/o1-b-n1-x/new
# o1-b-r1-x: b1 r1
WRITE /pt/o1-b-r1-x "v"
WRITE /pt/o1-b-r1-x/c "c"
SET_PERMS /pt/o1-b-r1-x/c b1 r1
SET_PERMS /pt/o1-b-r1-x b1 r1
D: TRANSACTION_START "\0" -> to1_b_r1_x
D: READ tx=$to1_b_r1_x /pt/o1-b-r1-x
D: READ tx=$to1_b_r1_x /pt/o1-b-r1-x/missing
D: DIRECTORY tx=$to1_b_r1_x /pt/o1-b-r1-x
D: GET_PERMS tx=$to1_b_r1_x /pt/o1-b-r1-x
D: WRITE tx=$to1_b_r1_x /pt/o1-b-r1-x "in tx"
D: MKDIR tx=$to1_b_r1_x /pt/o1-b-r1-x
D: WRITE tx=$to1_b_r1_x /pt/o1-b-r1-x/new "x"
D: GET_PERMS tx=$to1_b_r1_x /pt/o1-b-r1-x/new
D: MKDIR tx=$to1_b_r1_x /pt/o1-b-r1-x/newdir
D: SET_PERMS tx=$to1_b_r1_x /pt/o1-b-r1-x b1 r1
D: RM tx=$to1_b_r1_x /pt/o1-b-r1-x/c
D: DIRECTORY tx=$to1_b_r1_x /pt/o1-b-r1-x
D: TRANSACTION_END tx=$to1_b_r1_x T
DIRECTORY /pt/o1-b-r1-x
GET_PERMS /pt/o1-b-r1-x/new
# o1-b-w1-x: b1 w1
WRITE /pt/o1-b-w1-x "v"
WRITE /pt/o1-b-w1-x/c "c"
SET_PERMS /pt/o1-b-w1-x/c b1 w1
SET_PERMS /pt/o1-b-w1-x b1 w1
D: TRANSACTION_START "\0" -> to1_b_w1_x
D: READ tx=$to1_b_w1_x /pt/o1-b-w1-x
D: READ tx=$to1_b_w1_x /pt/o1-b-w1-x/missing
D: DIRECTORY tx=$to1_b_w1_x /pt/o1-b-w1-x
D: GET_PERMS tx=$to1_b_w1_x /pt/o1-b-w1-x
D: WRITE tx=$to1_b_w1_x /pt/o1-b-w1-x "in tx"
D: MKDIR tx=$to1_b_w1_x /pt/o1-b-w1-x
D: WRITE tx=$to1_b_w1_x /pt/o1-b-w1-x/new "x"
D: GET_PERMS tx=$to1_b_w1_x /pt/o1-b-w1-x/new
D: MKDIR tx=$to1_b_w1_x /pt/o1-b-w1-x/newdir
D: SET_PERMS tx=$to1_b_w1_x /pt/o1-b-w1-x b1 w1
D: RM tx=$to1_b_w1_x /pt/o1-b-w1-x/c
D: DIRECTORY tx=$to1_b_w1_x /pt/o1-b-w1-x
D: TRANSACTION_END tx=$to1_b_w1_x T
DIRECTORY /pt/o1-b-w1-x
GET_PERMS /pt/o1-b-w1-x/new
# o1-b-b1-x: b1 b1
WRITE /pt/o1-b-b1-x "v"
WRITE /pt/o1-b-b1-x/c "c"
SET_PERMS /pt/o1-b-b1-x/c b1 b1
SET_PERMS /pt/o1-b-b1-x b1 b1
D: TRANSACTION_START "\0" -> to1_b_b1_x
D: READ tx=$to1_b_b1_x /pt/o1-b-b1-x
D: READ tx=$to1_b_b1_x /pt/o1-b-b1-x/missing
D: DIRECTORY tx=$to1_b_b1_x /pt/o1-b-b1-x
D: GET_PERMS tx=$to1_b_b1_x /pt/o1-b-b1-x
D: WRITE tx=$to1_b_b1_x /pt/o1-b-b1-x "in tx"
D: MKDIR tx=$to1_b_b1_x /pt/o1-b-b1-x
D: WRITE tx=$to1_b_b1_x /pt/o1-b-b1-x/new "x"
D: GET_PERMS tx=$to1_b_b1_x /pt/o1-b-b1-x/new
D: MKDIR tx=$to1_b_b1_x /pt/o1-b-b1-x/newdir
D: SET_PERMS tx=$to1_b_b1_x /pt/o1-b-b1-x b1 b1
D: RM tx=$to1_b_b1_x /pt/o1-b-b1-x/c
D: DIRECTORY tx=$to1_b_b1_x /pt/o1-b-b1-x
D: TRANSACTION_END tx=$to1_b_b1_x T
DIRECTORY /pt/o1-b-b1-x
GET_PERMS /pt/o1-b-b1-x/new
