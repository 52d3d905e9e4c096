# permission matrix inside transactions, domain 1 against nodes owned by domain 2: READ, READ of a missing child, DIRECTORY, GET_PERMS, WRITE, MKDIR, WRITE and MKDIR of a new child, SET_PERMS, RM of a child, in one transaction per combination, then its commit and the result
# cases: 320
domain 1
domain 2
conn D domain 1
MKDIR /pt
# o2-n-x-x: n2
WRITE /pt/o2-n-x-x "v"
WRITE /pt/o2-n-x-x/c "c"
SET_PERMS /pt/o2-n-x-x/c n2
SET_PERMS /pt/o2-n-x-x n2
D: TRANSACTION_START "\0" -> to2_n_x_x
D: READ tx=$to2_n_x_x /pt/o2-n-x-x
D: READ tx=$to2_n_x_x /pt/o2-n-x-x/missing
D: DIRECTORY tx=$to2_n_x_x /pt/o2-n-x-x
D: GET_PERMS tx=$to2_n_x_x /pt/o2-n-x-x
D: WRITE tx=$to2_n_x_x /pt/o2-n-x-x "in tx"
D: MKDIR tx=$to2_n_x_x /pt/o2-n-x-x
D: WRITE tx=$to2_n_x_x /pt/o2-n-x-x/new "x"
D: GET_PERMS tx=$to2_n_x_x /pt/o2-n-x-x/new
D: MKDIR tx=$to2_n_x_x /pt/o2-n-x-x/newdir
D: SET_PERMS tx=$to2_n_x_x /pt/o2-n-x-x n2
D: RM tx=$to2_n_x_x /pt/o2-n-x-x/c
D: DIRECTORY tx=$to2_n_x_x /pt/o2-n-x-x
D: TRANSACTION_END tx=$to2_n_x_x T
DIRECTORY /pt/o2-n-x-x
GET_PERMS /pt/o2-n-x-x/new
# o2-n-n1-x: n2 n1
WRITE /pt/o2-n-n1-x "v"
WRITE /pt/o2-n-n1-x/c "c"
SET_PERMS /pt/o2-n-n1-x/c n2 n1
SET_PERMS /pt/o2-n-n1-x n2 n1
D: TRANSACTION_START "\0" -> to2_n_n1_x
D: READ tx=$to2_n_n1_x /pt/o2-n-n1-x
D: READ tx=$to2_n_n1_x /pt/o2-n-n1-x/missing
D: DIRECTORY tx=$to2_n_n1_x /pt/o2-n-n1-x
D: GET_PERMS tx=$to2_n_n1_x /pt/o2-n-n1-x
D: WRITE tx=$to2_n_n1_x /pt/o2-n-n1-x "in tx"
D: MKDIR tx=$to2_n_n1_x /pt/o2-n-n1-x
D: WRITE tx=$to2_n_n1_x /pt/o2-n-n1-x/new "x"
D: GET_PERMS tx=$to2_n_n1_x /pt/o2-n-n1-x/new
D: MKDIR tx=$to2_n_n1_x /pt/o2-n-n1-x/newdir
D: SET_PERMS tx=$to2_n_n1_x /pt/o2-n-n1-x n2 n1
D: RM tx=$to2_n_n1_x /pt/o2-n-n1-x/c
D: DIRECTORY tx=$to2_n_n1_x /pt/o2-n-n1-x
D: TRANSACTION_END tx=$to2_n_n1_x T
DIRECTORY /pt/o2-n-n1-x
GET_PERMS /pt/o2-n-n1-x/new
# o2-n-r1-x: n2 r1
WRITE /pt/o2-n-r1-x "v"
WRITE /pt/o2-n-r1-x/c "c"
SET_PERMS /pt/o2-n-r1-x/c n2 r1
SET_PERMS /pt/o2-n-r1-x n2 r1
D: TRANSACTION_START "\0" -> to2_n_r1_x
D: READ tx=$to2_n_r1_x /pt/o2-n-r1-x
D: READ tx=$to2_n_r1_x /pt/o2-n-r1-x/missing
D: DIRECTORY tx=$to2_n_r1_x /pt/o2-n-r1-x
D: GET_PERMS tx=$to2_n_r1_x /pt/o2-n-r1-x
D: WRITE tx=$to2_n_r1_x /pt/o2-n-r1-x "in tx"
D: MKDIR tx=$to2_n_r1_x /pt/o2-n-r1-x
D: WRITE tx=$to2_n_r1_x /pt/o2-n-r1-x/new "x"
D: GET_PERMS tx=$to2_n_r1_x /pt/o2-n-r1-x/new
D: MKDIR tx=$to2_n_r1_x /pt/o2-n-r1-x/newdir
D: SET_PERMS tx=$to2_n_r1_x /pt/o2-n-r1-x n2 r1
D: RM tx=$to2_n_r1_x /pt/o2-n-r1-x/c
D: DIRECTORY tx=$to2_n_r1_x /pt/o2-n-r1-x
D: TRANSACTION_END tx=$to2_n_r1_x T
DIRECTORY /pt/o2-n-r1-x
GET_PERMS /pt/o2-n-r1-x/new
# o2-n-w1-x: n2 w1
WRITE /pt/o2-n-w1-x "v"
WRITE /pt/o2-n-w1-x/c "c"
SET_PERMS /pt/o2-n-w1-x/c n2 w1
SET_PERMS /pt/o2-n-w1-x n2 w1
D: TRANSACTION_START "\0" -> to2_n_w1_x
D: READ tx=$to2_n_w1_x /pt/o2-n-w1-x
D: READ tx=$to2_n_w1_x /pt/o2-n-w1-x/missing
D: DIRECTORY tx=$to2_n_w1_x /pt/o2-n-w1-x
D: GET_PERMS tx=$to2_n_w1_x /pt/o2-n-w1-x
D: WRITE tx=$to2_n_w1_x /pt/o2-n-w1-x "in tx"
D: MKDIR tx=$to2_n_w1_x /pt/o2-n-w1-x
D: WRITE tx=$to2_n_w1_x /pt/o2-n-w1-x/new "x"
D: GET_PERMS tx=$to2_n_w1_x /pt/o2-n-w1-x/new
D: MKDIR tx=$to2_n_w1_x /pt/o2-n-w1-x/newdir
D: SET_PERMS tx=$to2_n_w1_x /pt/o2-n-w1-x n2 w1
D: RM tx=$to2_n_w1_x /pt/o2-n-w1-x/c
D: DIRECTORY tx=$to2_n_w1_x /pt/o2-n-w1-x
D: TRANSACTION_END tx=$to2_n_w1_x T
DIRECTORY /pt/o2-n-w1-x
GET_PERMS /pt/o2-n-w1-x/new
# o2-n-b1-x: n2 b1
WRITE /pt/o2-n-b1-x "v"
WRITE /pt/o2-n-b1-x/c "c"
SET_PERMS /pt/o2-n-b1-x/c n2 b1
SET_PERMS /pt/o2-n-b1-x n2 b1
D: TRANSACTION_START "\0" -> to2_n_b1_x
D: READ tx=$to2_n_b1_x /pt/o2-n-b1-x
D: READ tx=$to2_n_b1_x /pt/o2-n-b1-x/missing
D: DIRECTORY tx=$to2_n_b1_x /pt/o2-n-b1-x
D: GET_PERMS tx=$to2_n_b1_x /pt/o2-n-b1-x
D: WRITE tx=$to2_n_b1_x /pt/o2-n-b1-x "in tx"
D: MKDIR tx=$to2_n_b1_x /pt/o2-n-b1-x
D: WRITE tx=$to2_n_b1_x /pt/o2-n-b1-x/new "x"
D: GET_PERMS tx=$to2_n_b1_x /pt/o2-n-b1-x/new
D: MKDIR tx=$to2_n_b1_x /pt/o2-n-b1-x/newdir
D: SET_PERMS tx=$to2_n_b1_x /pt/o2-n-b1-x n2 b1
D: RM tx=$to2_n_b1_x /pt/o2-n-b1-x/c
D: DIRECTORY tx=$to2_n_b1_x /pt/o2-n-b1-x
D: TRANSACTION_END tx=$to2_n_b1_x T
DIRECTORY /pt/o2-n-b1-x
GET_PERMS /pt/o2-n-b1-x/new
# o2-r-x-x: r2
WRITE /pt/o2-r-x-x "v"
WRITE /pt/o2-r-x-x/c "c"
SET_PERMS /pt/o2-r-x-x/c r2
SET_PERMS /pt/o2-r-x-x r2
D: TRANSACTION_START "\0" -> to2_r_x_x
D: READ tx=$to2_r_x_x /pt/o2-r-x-x
D: READ tx=$to2_r_x_x /pt/o2-r-x-x/missing
D: DIRECTORY tx=$to2_r_x_x /pt/o2-r-x-x
D: GET_PERMS tx=$to2_r_x_x /pt/o2-r-x-x
D: WRITE tx=$to2_r_x_x /pt/o2-r-x-x "in tx"
D: MKDIR tx=$to2_r_x_x /pt/o2-r-x-x
D: WRITE tx=$to2_r_x_x /pt/o2-r-x-x/new "x"
D: GET_PERMS tx=$to2_r_x_x /pt/o2-r-x-x/new
D: MKDIR tx=$to2_r_x_x /pt/o2-r-x-x/newdir
D: SET_PERMS tx=$to2_r_x_x /pt/o2-r-x-x r2
D: RM tx=$to2_r_x_x /pt/o2-r-x-x/c
D: DIRECTORY tx=$to2_r_x_x /pt/o2-r-x-x
D: TRANSACTION_END tx=$to2_r_x_x T
DIRECTORY /pt/o2-r-x-x
GET_PERMS /pt/o2-r-x-x/new
# o2-r-n1-x: r2 n1
WRITE /pt/o2-r-n1-x "v"
WRITE /pt/o2-r-n1-x/c "c"
SET_PERMS /pt/o2-r-n1-x/c r2 n1
SET_PERMS /pt/o2-r-n1-x r2 n1
D: TRANSACTION_START "\0" -> to2_r_n1_x
D: READ tx=$to2_r_n1_x /pt/o2-r-n1-x
D: READ tx=$to2_r_n1_x /pt/o2-r-n1-x/missing
D: DIRECTORY tx=$to2_r_n1_x /pt/o2-r-n1-x
D: GET_PERMS tx=$to2_r_n1_x /pt/o2-r-n1-x
D: WRITE tx=$to2_r_n1_x /pt/o2-r-n1-x "in tx"
D: MKDIR tx=$to2_r_n1_x /pt/o2-r-n1-x
D: WRITE tx=$to2_r_n1_x /pt/o2-r-n1-x/new "x"
D: GET_PERMS tx=$to2_r_n1_x /pt/o2-r-n1-x/new
D: MKDIR tx=$to2_r_n1_x /pt/o2-r-n1-x/newdir
D: SET_PERMS tx=$to2_r_n1_x /pt/o2-r-n1-x r2 n1
D: RM tx=$to2_r_n1_x /pt/o2-r-n1-x/c
D: DIRECTORY tx=$to2_r_n1_x /pt/o2-r-n1-x
D: TRANSACTION_END tx=$to2_r_n1_x T
DIRECTORY /pt/o2-r-n1-x
GET_PERMS /pt/o2-r-n1-x/new
# o2-r-r1-x: r2 r1
WRITE /pt/o2-r-r1-x "v"
WRITE /pt/o2-r-r1-x/c "c"
SET_PERMS /pt/o2-r-r1-x/c r2 r1
SET_PERMS /pt/o2-r-r1-x r2 r1
D: TRANSACTION_START "\0" -> to2_r_r1_x
D: READ tx=$to2_r_r1_x /pt/o2-r-r1-x
D: READ tx=$to2_r_r1_x /pt/o2-r-r1-x/missing
D: DIRECTORY tx=$to2_r_r1_x /pt/o2-r-r1-x
D: GET_PERMS tx=$to2_r_r1_x /pt/o2-r-r1-x
D: WRITE tx=$to2_r_r1_x /pt/o2-r-r1-x "in tx"
D: MKDIR tx=$to2_r_r1_x /pt/o2-r-r1-x
D: WRITE tx=$to2_r_r1_x /pt/o2-r-r1-x/new "x"
D: GET_PERMS tx=$to2_r_r1_x /pt/o2-r-r1-x/new
D: MKDIR tx=$to2_r_r1_x /pt/o2-r-r1-x/newdir
D: SET_PERMS tx=$to2_r_r1_x /pt/o2-r-r1-x r2 r1
D: RM tx=$to2_r_r1_x /pt/o2-r-r1-x/c
D: DIRECTORY tx=$to2_r_r1_x /pt/o2-r-r1-x
D: TRANSACTION_END tx=$to2_r_r1_x T
DIRECTORY /pt/o2-r-r1-x
GET_PERMS /pt/o2-r-r1-x/new
# o2-r-w1-x: r2 w1
WRITE /pt/o2-r-w1-x "v"
WRITE /pt/o2-r-w1-x/c "c"
SET_PERMS /pt/o2-r-w1-x/c r2 w1
SET_PERMS /pt/o2-r-w1-x r2 w1
D: TRANSACTION_START "\0" -> to2_r_w1_x
D: READ tx=$to2_r_w1_x /pt/o2-r-w1-x
D: READ tx=$to2_r_w1_x /pt/o2-r-w1-x/missing
D: DIRECTORY tx=$to2_r_w1_x /pt/o2-r-w1-x
D: GET_PERMS tx=$to2_r_w1_x /pt/o2-r-w1-x
D: WRITE tx=$to2_r_w1_x /pt/o2-r-w1-x "in tx"
D: MKDIR tx=$to2_r_w1_x /pt/o2-r-w1-x
D: WRITE tx=$to2_r_w1_x /pt/o2-r-w1-x/new "x"
D: GET_PERMS tx=$to2_r_w1_x /pt/o2-r-w1-x/new
D: MKDIR tx=$to2_r_w1_x /pt/o2-r-w1-x/newdir
D: SET_PERMS tx=$to2_r_w1_x /pt/o2-r-w1-x r2 w1
D: RM tx=$to2_r_w1_x /pt/o2-r-w1-x/c
D: DIRECTORY tx=$to2_r_w1_x /pt/o2-r-w1-x
D: TRANSACTION_END tx=$to2_r_w1_x T
DIRECTORY /pt/o2-r-w1-x
GET_PERMS /pt/o2-r-w1-x/new
# o2-r-b1-x: r2 b1
WRITE /pt/o2-r-b1-x "v"
WRITE /pt/o2-r-b1-x/c "c"
SET_PERMS /pt/o2-r-b1-x/c r2 b1
SET_PERMS /pt/o2-r-b1-x r2 b1
D: TRANSACTION_START "\0" -> to2_r_b1_x
D: READ tx=$to2_r_b1_x /pt/o2-r-b1-x
D: READ tx=$to2_r_b1_x /pt/o2-r-b1-x/missing
D: DIRECTORY tx=$to2_r_b1_x /pt/o2-r-b1-x
D: GET_PERMS tx=$to2_r_b1_x /pt/o2-r-b1-x
D: WRITE tx=$to2_r_b1_x /pt/o2-r-b1-x "in tx"
D: MKDIR tx=$to2_r_b1_x /pt/o2-r-b1-x
D: WRITE tx=$to2_r_b1_x /pt/o2-r-b1-x/new "x"
D: GET_PERMS tx=$to2_r_b1_x /pt/o2-r-b1-x/new
D: MKDIR tx=$to2_r_b1_x /pt/o2-r-b1-x/newdir
D: SET_PERMS tx=$to2_r_b1_x /pt/o2-r-b1-x r2 b1
D: RM tx=$to2_r_b1_x /pt/o2-r-b1-x/c
D: DIRECTORY tx=$to2_r_b1_x /pt/o2-r-b1-x
D: TRANSACTION_END tx=$to2_r_b1_x T
DIRECTORY /pt/o2-r-b1-x
GET_PERMS /pt/o2-r-b1-x/new
# o2-w-x-x: w2
WRITE /pt/o2-w-x-x "v"
WRITE /pt/o2-w-x-x/c "c"
SET_PERMS /pt/o2-w-x-x/c w2
SET_PERMS /pt/o2-w-x-x w2
D: TRANSACTION_START "\0" -> to2_w_x_x
D: READ tx=$to2_w_x_x /pt/o2-w-x-x
D: READ tx=$to2_w_x_x /pt/o2-w-x-x/missing
D: DIRECTORY tx=$to2_w_x_x /pt/o2-w-x-x
D: GET_PERMS tx=$to2_w_x_x /pt/o2-w-x-x
D: WRITE tx=$to2_w_x_x /pt/o2-w-x-x "in tx"
D: MKDIR tx=$to2_w_x_x /pt/o2-w-x-x
D: WRITE tx=$to2_w_x_x /pt/o2-w-x-x/new "x"
D: GET_PERMS tx=$to2_w_x_x /pt/o2-w-x-x/new
D: MKDIR tx=$to2_w_x_x /pt/o2-w-x-x/newdir
D: SET_PERMS tx=$to2_w_x_x /pt/o2-w-x-x w2
D: RM tx=$to2_w_x_x /pt/o2-w-x-x/c
D: DIRECTORY tx=$to2_w_x_x /pt/o2-w-x-x
D: TRANSACTION_END tx=$to2_w_x_x T
DIRECTORY /pt/o2-w-x-x
GET_PERMS /pt/o2-w-x-x/new
# o2-w-n1-x: w2 n1
WRITE /pt/o2-w-n1-x "v"
WRITE /pt/o2-w-n1-x/c "c"
SET_PERMS /pt/o2-w-n1-x/c w2 n1
SET_PERMS /pt/o2-w-n1-x w2 n1
D: TRANSACTION_START "\0" -> to2_w_n1_x
D: READ tx=$to2_w_n1_x /pt/o2-w-n1-x
D: READ tx=$to2_w_n1_x /pt/o2-w-n1-x/missing
D: DIRECTORY tx=$to2_w_n1_x /pt/o2-w-n1-x
D: GET_PERMS tx=$to2_w_n1_x /pt/o2-w-n1-x
D: WRITE tx=$to2_w_n1_x /pt/o2-w-n1-x "in tx"
D: MKDIR tx=$to2_w_n1_x /pt/o2-w-n1-x
D: WRITE tx=$to2_w_n1_x /pt/o2-w-n1-x/new "x"
D: GET_PERMS tx=$to2_w_n1_x /pt/o2-w-n1-x/new
D: MKDIR tx=$to2_w_n1_x /pt/o2-w-n1-x/newdir
D: SET_PERMS tx=$to2_w_n1_x /pt/o2-w-n1-x w2 n1
D: RM tx=$to2_w_n1_x /pt/o2-w-n1-x/c
D: DIRECTORY tx=$to2_w_n1_x /pt/o2-w-n1-x
D: TRANSACTION_END tx=$to2_w_n1_x T
DIRECTORY /pt/o2-w-n1-x
GET_PERMS /pt/o2-w-n1-x/new
# o2-w-r1-x: w2 r1
WRITE /pt/o2-w-r1-x "v"
WRITE /pt/o2-w-r1-x/c "c"
SET_PERMS /pt/o2-w-r1-x/c w2 r1
SET_PERMS /pt/o2-w-r1-x w2 r1
D: TRANSACTION_START "\0" -> to2_w_r1_x
D: READ tx=$to2_w_r1_x /pt/o2-w-r1-x
D: READ tx=$to2_w_r1_x /pt/o2-w-r1-x/missing
D: DIRECTORY tx=$to2_w_r1_x /pt/o2-w-r1-x
D: GET_PERMS tx=$to2_w_r1_x /pt/o2-w-r1-x
D: WRITE tx=$to2_w_r1_x /pt/o2-w-r1-x "in tx"
D: MKDIR tx=$to2_w_r1_x /pt/o2-w-r1-x
D: WRITE tx=$to2_w_r1_x /pt/o2-w-r1-x/new "x"
D: GET_PERMS tx=$to2_w_r1_x /pt/o2-w-r1-x/new
D: MKDIR tx=$to2_w_r1_x /pt/o2-w-r1-x/newdir
D: SET_PERMS tx=$to2_w_r1_x /pt/o2-w-r1-x w2 r1
D: RM tx=$to2_w_r1_x /pt/o2-w-r1-x/c
D: DIRECTORY tx=$to2_w_r1_x /pt/o2-w-r1-x
D: TRANSACTION_END tx=$to2_w_r1_x T
DIRECTORY /pt/o2-w-r1-x
GET_PERMS /pt/o2-w-r1-x/new
# o2-w-w1-x: w2 w1
WRITE /pt/o2-w-w1-x "v"
WRITE /pt/o2-w-w1-x/c "c"
SET_PERMS /pt/o2-w-w1-x/c w2 w1
SET_PERMS /pt/o2-w-w1-x w2 w1
D: TRANSACTION_START "\0" -> to2_w_w1_x
D: READ tx=$to2_w_w1_x /pt/o2-w-w1-x
D: READ tx=$to2_w_w1_x /pt/o2-w-w1-x/missing
D: DIRECTORY tx=$to2_w_w1_x /pt/o2-w-w1-x
D: GET_PERMS tx=$to2_w_w1_x /pt/o2-w-w1-x
D: WRITE tx=$to2_w_w1_x /pt/o2-w-w1-x "in tx"
D: MKDIR tx=$to2_w_w1_x /pt/o2-w-w1-x
D: WRITE tx=$to2_w_w1_x /pt/o2-w-w1-x/new "x"
D: GET_PERMS tx=$to2_w_w1_x /pt/o2-w-w1-x/new
D: MKDIR tx=$to2_w_w1_x /pt/o2-w-w1-x/newdir
D: SET_PERMS tx=$to2_w_w1_x /pt/o2-w-w1-x w2 w1
D: RM tx=$to2_w_w1_x /pt/o2-w-w1-x/c
D: DIRECTORY tx=$to2_w_w1_x /pt/o2-w-w1-x
D: TRANSACTION_END tx=$to2_w_w1_x T
DIRECTORY /pt/o2-w-w1-x
GET_PERMS /pt/o2-w-w1-x/new
# o2-w-b1-x: w2 b1
WRITE /pt/o2-w-b1-x "v"
WRITE /pt/o2-w-b1-x/c "c"
SET_PERMS /pt/o2-w-b1-x/c w2 b1
SET_PERMS /pt/o2-w-b1-x w2 b1
D: TRANSACTION_START "\0" -> to2_w_b1_x
D: READ tx=$to2_w_b1_x /pt/o2-w-b1-x
D: READ tx=$to2_w_b1_x /pt/o2-w-b1-x/missing
D: DIRECTORY tx=$to2_w_b1_x /pt/o2-w-b1-x
D: GET_PERMS tx=$to2_w_b1_x /pt/o2-w-b1-x
D: WRITE tx=$to2_w_b1_x /pt/o2-w-b1-x "in tx"
D: MKDIR tx=$to2_w_b1_x /pt/o2-w-b1-x
D: WRITE tx=$to2_w_b1_x /pt/o2-w-b1-x/new "x"
D: GET_PERMS tx=$to2_w_b1_x /pt/o2-w-b1-x/new
D: MKDIR tx=$to2_w_b1_x /pt/o2-w-b1-x/newdir
D: SET_PERMS tx=$to2_w_b1_x /pt/o2-w-b1-x w2 b1
D: RM tx=$to2_w_b1_x /pt/o2-w-b1-x/c
D: DIRECTORY tx=$to2_w_b1_x /pt/o2-w-b1-x
D: TRANSACTION_END tx=$to2_w_b1_x T
DIRECTORY /pt/o2-w-b1-x
GET_PERMS /pt/o2-w-b1-x/new
# o2-b-x-x: b2
WRITE /pt/o2-b-x-x "v"
WRITE /pt/o2-b-x-x/c "c"
SET_PERMS /pt/o2-b-x-x/c b2
SET_PERMS /pt/o2-b-x-x b2
D: TRANSACTION_START "\0" -> to2_b_x_x
D: READ tx=$to2_b_x_x /pt/o2-b-x-x
D: READ tx=$to2_b_x_x /pt/o2-b-x-x/missing
D: DIRECTORY tx=$to2_b_x_x /pt/o2-b-x-x
D: GET_PERMS tx=$to2_b_x_x /pt/o2-b-x-x
D: WRITE tx=$to2_b_x_x /pt/o2-b-x-x "in tx"
D: MKDIR tx=$to2_b_x_x /pt/o2-b-x-x
D: WRITE tx=$to2_b_x_x /pt/o2-b-x-x/new "x"
D: GET_PERMS tx=$to2_b_x_x /pt/o2-b-x-x/new
D: MKDIR tx=$to2_b_x_x /pt/o2-b-x-x/newdir
D: SET_PERMS tx=$to2_b_x_x /pt/o2-b-x-x b2
D: RM tx=$to2_b_x_x /pt/o2-b-x-x/c
D: DIRECTORY tx=$to2_b_x_x /pt/o2-b-x-x
D: TRANSACTION_END tx=$to2_b_x_x T
DIRECTORY /pt/o2-b-x-x
GET_PERMS /pt/o2-b-x-x/new
# o2-b-n1-x: b2 n1
WRITE /pt/o2-b-n1-x "v"
WRITE /pt/o2-b-n1-x/c "c"
SET_PERMS /pt/o2-b-n1-x/c b2 n1
SET_PERMS /pt/o2-b-n1-x b2 n1
D: TRANSACTION_START "\0" -> to2_b_n1_x
D: READ tx=$to2_b_n1_x /pt/o2-b-n1-x
D: READ tx=$to2_b_n1_x /pt/o2-b-n1-x/missing
D: DIRECTORY tx=$to2_b_n1_x /pt/o2-b-n1-x
D: GET_PERMS tx=$to2_b_n1_x /pt/o2-b-n1-x
D: WRITE tx=$to2_b_n1_x /pt/o2-b-n1-x "in tx"
D: MKDIR tx=$to2_b_n1_x /pt/o2-b-n1-x
D: WRITE tx=$to2_b_n1_x /pt/o2-b-n1-x/new "x"
D: GET_PERMS tx=$to2_b_n1_x /pt/o2-b-n1-x/new
D: MKDIR tx=$to2_b_n1_x /pt/o2-b-n1-x/newdir
D: SET_PERMS tx=$to2_b_n1_x /pt/o2-b-n1-x b2 n1
D: RM tx=$to2_b_n1_x /pt/o2-b-n1-x/c
D: DIRECTORY tx=$to2_b_n1_x /pt/o2-b-n1-x
D: TRANSACTION_END tx=$to2_b_n1_x T
DIRECTORY /pt/o2-b-n1-x
GET_PERMS /pt/o2-b-n1-x/new
# o2-b-r1-x: b2 r1
WRITE /pt/o2-b-r1-x "v"
WRITE /pt/o2-b-r1-x/c "c"
SET_PERMS /pt/o2-b-r1-x/c b2 r1
SET_PERMS /pt/o2-b-r1-x b2 r1
D: TRANSACTION_START "\0" -> to2_b_r1_x
D: READ tx=$to2_b_r1_x /pt/o2-b-r1-x
D: READ tx=$to2_b_r1_x /pt/o2-b-r1-x/missing
D: DIRECTORY tx=$to2_b_r1_x /pt/o2-b-r1-x
D: GET_PERMS tx=$to2_b_r1_x /pt/o2-b-r1-x
D: WRITE tx=$to2_b_r1_x /pt/o2-b-r1-x "in tx"
D: MKDIR tx=$to2_b_r1_x /pt/o2-b-r1-x
D: WRITE tx=$to2_b_r1_x /pt/o2-b-r1-x/new "x"
D: GET_PERMS tx=$to2_b_r1_x /pt/o2-b-r1-x/new
D: MKDIR tx=$to2_b_r1_x /pt/o2-b-r1-x/newdir
D: SET_PERMS tx=$to2_b_r1_x /pt/o2-b-r1-x b2 r1
D: RM tx=$to2_b_r1_x /pt/o2-b-r1-x/c
D: DIRECTORY tx=$to2_b_r1_x /pt/o2-b-r1-x
D: TRANSACTION_END tx=$to2_b_r1_x T
DIRECTORY /pt/o2-b-r1-x
GET_PERMS /pt/o2-b-r1-x/new
# o2-b-w1-x: b2 w1
WRITE /pt/o2-b-w1-x "v"
WRITE /pt/o2-b-w1-x/c "c"
SET_PERMS /pt/o2-b-w1-x/c b2 w1
SET_PERMS /pt/o2-b-w1-x b2 w1
D: TRANSACTION_START "\0" -> to2_b_w1_x
D: READ tx=$to2_b_w1_x /pt/o2-b-w1-x
D: READ tx=$to2_b_w1_x /pt/o2-b-w1-x/missing
D: DIRECTORY tx=$to2_b_w1_x /pt/o2-b-w1-x
D: GET_PERMS tx=$to2_b_w1_x /pt/o2-b-w1-x
D: WRITE tx=$to2_b_w1_x /pt/o2-b-w1-x "in tx"
D: MKDIR tx=$to2_b_w1_x /pt/o2-b-w1-x
D: WRITE tx=$to2_b_w1_x /pt/o2-b-w1-x/new "x"
D: GET_PERMS tx=$to2_b_w1_x /pt/o2-b-w1-x/new
D: MKDIR tx=$to2_b_w1_x /pt/o2-b-w1-x/newdir
D: SET_PERMS tx=$to2_b_w1_x /pt/o2-b-w1-x b2 w1
D: RM tx=$to2_b_w1_x /pt/o2-b-w1-x/c
D: DIRECTORY tx=$to2_b_w1_x /pt/o2-b-w1-x
D: TRANSACTION_END tx=$to2_b_w1_x T
DIRECTORY /pt/o2-b-w1-x
GET_PERMS /pt/o2-b-w1-x/new
# o2-b-b1-x: b2 b1
WRITE /pt/o2-b-b1-x "v"
WRITE /pt/o2-b-b1-x/c "c"
SET_PERMS /pt/o2-b-b1-x/c b2 b1
SET_PERMS /pt/o2-b-b1-x b2 b1
D: TRANSACTION_START "\0" -> to2_b_b1_x
D: READ tx=$to2_b_b1_x /pt/o2-b-b1-x
D: READ tx=$to2_b_b1_x /pt/o2-b-b1-x/missing
D: DIRECTORY tx=$to2_b_b1_x /pt/o2-b-b1-x
D: GET_PERMS tx=$to2_b_b1_x /pt/o2-b-b1-x
D: WRITE tx=$to2_b_b1_x /pt/o2-b-b1-x "in tx"
D: MKDIR tx=$to2_b_b1_x /pt/o2-b-b1-x
D: WRITE tx=$to2_b_b1_x /pt/o2-b-b1-x/new "x"
D: GET_PERMS tx=$to2_b_b1_x /pt/o2-b-b1-x/new
D: MKDIR tx=$to2_b_b1_x /pt/o2-b-b1-x/newdir
D: SET_PERMS tx=$to2_b_b1_x /pt/o2-b-b1-x b2 b1
D: RM tx=$to2_b_b1_x /pt/o2-b-b1-x/c
D: DIRECTORY tx=$to2_b_b1_x /pt/o2-b-b1-x
D: TRANSACTION_END tx=$to2_b_b1_x T
DIRECTORY /pt/o2-b-b1-x
GET_PERMS /pt/o2-b-b1-x/new
