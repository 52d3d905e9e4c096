# permission matrix inside transactions, domain 1 against nodes owned by dom0: READ, READ of a missing child, DIRECTORY, GET_PERMS, WRITE, MKDIR, WRITE and MKDIR of a new child, SET_PERMS, RM of a child, in one transaction per combination, then its commit and the result
# cases: 320
domain 1
domain 2
conn D domain 1
MKDIR /pt
# o0-n-x-x: n0
WRITE /pt/o0-n-x-x "v"
WRITE /pt/o0-n-x-x/c "c"
SET_PERMS /pt/o0-n-x-x/c n0
SET_PERMS /pt/o0-n-x-x n0
D: TRANSACTION_START "\0" -> to0_n_x_x
D: READ tx=$to0_n_x_x /pt/o0-n-x-x
D: READ tx=$to0_n_x_x /pt/o0-n-x-x/missing
D: DIRECTORY tx=$to0_n_x_x /pt/o0-n-x-x
D: GET_PERMS tx=$to0_n_x_x /pt/o0-n-x-x
D: WRITE tx=$to0_n_x_x /pt/o0-n-x-x "in tx"
D: MKDIR tx=$to0_n_x_x /pt/o0-n-x-x
D: WRITE tx=$to0_n_x_x /pt/o0-n-x-x/new "x"
D: GET_PERMS tx=$to0_n_x_x /pt/o0-n-x-x/new
D: MKDIR tx=$to0_n_x_x /pt/o0-n-x-x/newdir
D: SET_PERMS tx=$to0_n_x_x /pt/o0-n-x-x n0
D: RM tx=$to0_n_x_x /pt/o0-n-x-x/c
D: DIRECTORY tx=$to0_n_x_x /pt/o0-n-x-x
D: TRANSACTION_END tx=$to0_n_x_x T
DIRECTORY /pt/o0-n-x-x
GET_PERMS /pt/o0-n-x-x/new
# o0-n-n1-x: n0 n1
WRITE /pt/o0-n-n1-x "v"
WRITE /pt/o0-n-n1-x/c "c"
SET_PERMS /pt/o0-n-n1-x/c n0 n1
SET_PERMS /pt/o0-n-n1-x n0 n1
D: TRANSACTION_START "\0" -> to0_n_n1_x
D: READ tx=$to0_n_n1_x /pt/o0-n-n1-x
D: READ tx=$to0_n_n1_x /pt/o0-n-n1-x/missing
D: DIRECTORY tx=$to0_n_n1_x /pt/o0-n-n1-x
D: GET_PERMS tx=$to0_n_n1_x /pt/o0-n-n1-x
D: WRITE tx=$to0_n_n1_x /pt/o0-n-n1-x "in tx"
D: MKDIR tx=$to0_n_n1_x /pt/o0-n-n1-x
D: WRITE tx=$to0_n_n1_x /pt/o0-n-n1-x/new "x"
D: GET_PERMS tx=$to0_n_n1_x /pt/o0-n-n1-x/new
D: MKDIR tx=$to0_n_n1_x /pt/o0-n-n1-x/newdir
D: SET_PERMS tx=$to0_n_n1_x /pt/o0-n-n1-x n0 n1
D: RM tx=$to0_n_n1_x /pt/o0-n-n1-x/c
D: DIRECTORY tx=$to0_n_n1_x /pt/o0-n-n1-x
D: TRANSACTION_END tx=$to0_n_n1_x T
DIRECTORY /pt/o0-n-n1-x
GET_PERMS /pt/o0-n-n1-x/new
# o0-n-r1-x: n0 r1
WRITE /pt/o0-n-r1-x "v"
WRITE /pt/o0-n-r1-x/c "c"
SET_PERMS /pt/o0-n-r1-x/c n0 r1
SET_PERMS /pt/o0-n-r1-x n0 r1
D: TRANSACTION_START "\0" -> to0_n_r1_x
D: READ tx=$to0_n_r1_x /pt/o0-n-r1-x
D: READ tx=$to0_n_r1_x /pt/o0-n-r1-x/missing
D: DIRECTORY tx=$to0_n_r1_x /pt/o0-n-r1-x
D: GET_PERMS tx=$to0_n_r1_x /pt/o0-n-r1-x
D: WRITE tx=$to0_n_r1_x /pt/o0-n-r1-x "in tx"
D: MKDIR tx=$to0_n_r1_x /pt/o0-n-r1-x
D: WRITE tx=$to0_n_r1_x /pt/o0-n-r1-x/new "x"
D: GET_PERMS tx=$to0_n_r1_x /pt/o0-n-r1-x/new
D: MKDIR tx=$to0_n_r1_x /pt/o0-n-r1-x/newdir
D: SET_PERMS tx=$to0_n_r1_x /pt/o0-n-r1-x n0 r1
D: RM tx=$to0_n_r1_x /pt/o0-n-r1-x/c
D: DIRECTORY tx=$to0_n_r1_x /pt/o0-n-r1-x
D: TRANSACTION_END tx=$to0_n_r1_x T
DIRECTORY /pt/o0-n-r1-x
GET_PERMS /pt/o0-n-r1-x/new
# o0-n-w1-x: n0 w1
WRITE /pt/o0-n-w1-x "v"
WRITE /pt/o0-n-w1-x/c "c"
SET_PERMS /pt/o0-n-w1-x/c n0 w1
SET_PERMS /pt/o0-n-w1-x n0 w1
D: TRANSACTION_START "\0" -> to0_n_w1_x
D: READ tx=$to0_n_w1_x /pt/o0-n-w1-x
D: READ tx=$to0_n_w1_x /pt/o0-n-w1-x/missing
D: DIRECTORY tx=$to0_n_w1_x /pt/o0-n-w1-x
D: GET_PERMS tx=$to0_n_w1_x /pt/o0-n-w1-x
D: WRITE tx=$to0_n_w1_x /pt/o0-n-w1-x "in tx"
D: MKDIR tx=$to0_n_w1_x /pt/o0-n-w1-x
D: WRITE tx=$to0_n_w1_x /pt/o0-n-w1-x/new "x"
D: GET_PERMS tx=$to0_n_w1_x /pt/o0-n-w1-x/new
D: MKDIR tx=$to0_n_w1_x /pt/o0-n-w1-x/newdir
D: SET_PERMS tx=$to0_n_w1_x /pt/o0-n-w1-x n0 w1
D: RM tx=$to0_n_w1_x /pt/o0-n-w1-x/c
D: DIRECTORY tx=$to0_n_w1_x /pt/o0-n-w1-x
D: TRANSACTION_END tx=$to0_n_w1_x T
DIRECTORY /pt/o0-n-w1-x
GET_PERMS /pt/o0-n-w1-x/new
# o0-n-b1-x: n0 b1
WRITE /pt/o0-n-b1-x "v"
WRITE /pt/o0-n-b1-x/c "c"
SET_PERMS /pt/o0-n-b1-x/c n0 b1
SET_PERMS /pt/o0-n-b1-x n0 b1
D: TRANSACTION_START "\0" -> to0_n_b1_x
D: READ tx=$to0_n_b1_x /pt/o0-n-b1-x
D: READ tx=$to0_n_b1_x /pt/o0-n-b1-x/missing
D: DIRECTORY tx=$to0_n_b1_x /pt/o0-n-b1-x
D: GET_PERMS tx=$to0_n_b1_x /pt/o0-n-b1-x
D: WRITE tx=$to0_n_b1_x /pt/o0-n-b1-x "in tx"
D: MKDIR tx=$to0_n_b1_x /pt/o0-n-b1-x
D: WRITE tx=$to0_n_b1_x /pt/o0-n-b1-x/new "x"
D: GET_PERMS tx=$to0_n_b1_x /pt/o0-n-b1-x/new
D: MKDIR tx=$to0_n_b1_x /pt/o0-n-b1-x/newdir
D: SET_PERMS tx=$to0_n_b1_x /pt/o0-n-b1-x n0 b1
D: RM tx=$to0_n_b1_x /pt/o0-n-b1-x/c
D: DIRECTORY tx=$to0_n_b1_x /pt/o0-n-b1-x
D: TRANSACTION_END tx=$to0_n_b1_x T
DIRECTORY /pt/o0-n-b1-x
GET_PERMS /pt/o0-n-b1-x/new
# o0-r-x-x: r0
WRITE /pt/o0-r-x-x "v"
WRITE /pt/o0-r-x-x/c "c"
SET_PERMS /pt/o0-r-x-x/c r0
SET_PERMS /pt/o0-r-x-x r0
D: TRANSACTION_START "\0" -> to0_r_x_x
D: READ tx=$to0_r_x_x /pt/o0-r-x-x
D: READ tx=$to0_r_x_x /pt/o0-r-x-x/missing
D: DIRECTORY tx=$to0_r_x_x /pt/o0-r-x-x
D: GET_PERMS tx=$to0_r_x_x /pt/o0-r-x-x
D: WRITE tx=$to0_r_x_x /pt/o0-r-x-x "in tx"
D: MKDIR tx=$to0_r_x_x /pt/o0-r-x-x
D: WRITE tx=$to0_r_x_x /pt/o0-r-x-x/new "x"
D: GET_PERMS tx=$to0_r_x_x /pt/o0-r-x-x/new
D: MKDIR tx=$to0_r_x_x /pt/o0-r-x-x/newdir
D: SET_PERMS tx=$to0_r_x_x /pt/o0-r-x-x r0
D: RM tx=$to0_r_x_x /pt/o0-r-x-x/c
D: DIRECTORY tx=$to0_r_x_x /pt/o0-r-x-x
D: TRANSACTION_END tx=$to0_r_x_x T
DIRECTORY /pt/o0-r-x-x
GET_PERMS /pt/o0-r-x-x/new
# o0-r-n1-x: r0 n1
WRITE /pt/o0-r-n1-x "v"
WRITE /pt/o0-r-n1-x/c "c"
SET_PERMS /pt/o0-r-n1-x/c r0 n1
SET_PERMS /pt/o0-r-n1-x r0 n1
D: TRANSACTION_START "\0" -> to0_r_n1_x
D: READ tx=$to0_r_n1_x /pt/o0-r-n1-x
D: READ tx=$to0_r_n1_x /pt/o0-r-n1-x/missing
D: DIRECTORY tx=$to0_r_n1_x /pt/o0-r-n1-x
D: GET_PERMS tx=$to0_r_n1_x /pt/o0-r-n1-x
D: WRITE tx=$to0_r_n1_x /pt/o0-r-n1-x "in tx"
D: MKDIR tx=$to0_r_n1_x /pt/o0-r-n1-x
D: WRITE tx=$to0_r_n1_x /pt/o0-r-n1-x/new "x"
D: GET_PERMS tx=$to0_r_n1_x /pt/o0-r-n1-x/new
D: MKDIR tx=$to0_r_n1_x /pt/o0-r-n1-x/newdir
D: SET_PERMS tx=$to0_r_n1_x /pt/o0-r-n1-x r0 n1
D: RM tx=$to0_r_n1_x /pt/o0-r-n1-x/c
D: DIRECTORY tx=$to0_r_n1_x /pt/o0-r-n1-x
D: TRANSACTION_END tx=$to0_r_n1_x T
DIRECTORY /pt/o0-r-n1-x
GET_PERMS /pt/o0-r-n1-x/new
# o0-r-r1-x: r0 r1
WRITE /pt/o0-r-r1-x "v"
WRITE /pt/o0-r-r1-x/c "c"
SET_PERMS /pt/o0-r-r1-x/c r0 r1
SET_PERMS /pt/o0-r-r1-x r0 r1
D: TRANSACTION_START "\0" -> to0_r_r1_x
D: READ tx=$to0_r_r1_x /pt/o0-r-r1-x
D: READ tx=$to0_r_r1_x /pt/o0-r-r1-x/missing
D: DIRECTORY tx=$to0_r_r1_x /pt/o0-r-r1-x
D: GET_PERMS tx=$to0_r_r1_x /pt/o0-r-r1-x
D: WRITE tx=$to0_r_r1_x /pt/o0-r-r1-x "in tx"
D: MKDIR tx=$to0_r_r1_x /pt/o0-r-r1-x
D: WRITE tx=$to0_r_r1_x /pt/o0-r-r1-x/new "x"
D: GET_PERMS tx=$to0_r_r1_x /pt/o0-r-r1-x/new
D: MKDIR tx=$to0_r_r1_x /pt/o0-r-r1-x/newdir
D: SET_PERMS tx=$to0_r_r1_x /pt/o0-r-r1-x r0 r1
D: RM tx=$to0_r_r1_x /pt/o0-r-r1-x/c
D: DIRECTORY tx=$to0_r_r1_x /pt/o0-r-r1-x
D: TRANSACTION_END tx=$to0_r_r1_x T
DIRECTORY /pt/o0-r-r1-x
GET_PERMS /pt/o0-r-r1-x/new
# o0-r-w1-x: r0 w1
WRITE /pt/o0-r-w1-x "v"
WRITE /pt/o0-r-w1-x/c "c"
SET_PERMS /pt/o0-r-w1-x/c r0 w1
SET_PERMS /pt/o0-r-w1-x r0 w1
D: TRANSACTION_START "\0" -> to0_r_w1_x
D: READ tx=$to0_r_w1_x /pt/o0-r-w1-x
D: READ tx=$to0_r_w1_x /pt/o0-r-w1-x/missing
D: DIRECTORY tx=$to0_r_w1_x /pt/o0-r-w1-x
D: GET_PERMS tx=$to0_r_w1_x /pt/o0-r-w1-x
D: WRITE tx=$to0_r_w1_x /pt/o0-r-w1-x "in tx"
D: MKDIR tx=$to0_r_w1_x /pt/o0-r-w1-x
D: WRITE tx=$to0_r_w1_x /pt/o0-r-w1-x/new "x"
D: GET_PERMS tx=$to0_r_w1_x /pt/o0-r-w1-x/new
D: MKDIR tx=$to0_r_w1_x /pt/o0-r-w1-x/newdir
D: SET_PERMS tx=$to0_r_w1_x /pt/o0-r-w1-x r0 w1
D: RM tx=$to0_r_w1_x /pt/o0-r-w1-x/c
D: DIRECTORY tx=$to0_r_w1_x /pt/o0-r-w1-x
D: TRANSACTION_END tx=$to0_r_w1_x T
DIRECTORY /pt/o0-r-w1-x
GET_PERMS /pt/o0-r-w1-x/new
# o0-r-b1-x: r0 b1
WRITE /pt/o0-r-b1-x "v"
WRITE /pt/o0-r-b1-x/c "c"
SET_PERMS /pt/o0-r-b1-x/c r0 b1
SET_PERMS /pt/o0-r-b1-x r0 b1
D: TRANSACTION_START "\0" -> to0_r_b1_x
D: READ tx=$to0_r_b1_x /pt/o0-r-b1-x
D: READ tx=$to0_r_b1_x /pt/o0-r-b1-x/missing
D: DIRECTORY tx=$to0_r_b1_x /pt/o0-r-b1-x
D: GET_PERMS tx=$to0_r_b1_x /pt/o0-r-b1-x
D: WRITE tx=$to0_r_b1_x /pt/o0-r-b1-x "in tx"
D: MKDIR tx=$to0_r_b1_x /pt/o0-r-b1-x
D: WRITE tx=$to0_r_b1_x /pt/o0-r-b1-x/new "x"
D: GET_PERMS tx=$to0_r_b1_x /pt/o0-r-b1-x/new
D: MKDIR tx=$to0_r_b1_x /pt/o0-r-b1-x/newdir
D: SET_PERMS tx=$to0_r_b1_x /pt/o0-r-b1-x r0 b1
D: RM tx=$to0_r_b1_x /pt/o0-r-b1-x/c
D: DIRECTORY tx=$to0_r_b1_x /pt/o0-r-b1-x
D: TRANSACTION_END tx=$to0_r_b1_x T
DIRECTORY /pt/o0-r-b1-x
GET_PERMS /pt/o0-r-b1-x/new
# o0-w-x-x: w0
WRITE /pt/o0-w-x-x "v"
WRITE /pt/o0-w-x-x/c "c"
SET_PERMS /pt/o0-w-x-x/c w0
SET_PERMS /pt/o0-w-x-x w0
D: TRANSACTION_START "\0" -> to0_w_x_x
D: READ tx=$to0_w_x_x /pt/o0-w-x-x
D: READ tx=$to0_w_x_x /pt/o0-w-x-x/missing
D: DIRECTORY tx=$to0_w_x_x /pt/o0-w-x-x
D: GET_PERMS tx=$to0_w_x_x /pt/o0-w-x-x
D: WRITE tx=$to0_w_x_x /pt/o0-w-x-x "in tx"
D: MKDIR tx=$to0_w_x_x /pt/o0-w-x-x
D: WRITE tx=$to0_w_x_x /pt/o0-w-x-x/new "x"
D: GET_PERMS tx=$to0_w_x_x /pt/o0-w-x-x/new
D: MKDIR tx=$to0_w_x_x /pt/o0-w-x-x/newdir
D: SET_PERMS tx=$to0_w_x_x /pt/o0-w-x-x w0
D: RM tx=$to0_w_x_x /pt/o0-w-x-x/c
D: DIRECTORY tx=$to0_w_x_x /pt/o0-w-x-x
D: TRANSACTION_END tx=$to0_w_x_x T
DIRECTORY /pt/o0-w-x-x
GET_PERMS /pt/o0-w-x-x/new
# o0-w-n1-x: w0 n1
WRITE /pt/o0-w-n1-x "v"
WRITE /pt/o0-w-n1-x/c "c"
SET_PERMS /pt/o0-w-n1-x/c w0 n1
SET_PERMS /pt/o0-w-n1-x w0 n1
D: TRANSACTION_START "\0" -> to0_w_n1_x
D: READ tx=$to0_w_n1_x /pt/o0-w-n1-x
D: READ tx=$to0_w_n1_x /pt/o0-w-n1-x/missing
D: DIRECTORY tx=$to0_w_n1_x /pt/o0-w-n1-x
D: GET_PERMS tx=$to0_w_n1_x /pt/o0-w-n1-x
D: WRITE tx=$to0_w_n1_x /pt/o0-w-n1-x "in tx"
D: MKDIR tx=$to0_w_n1_x /pt/o0-w-n1-x
D: WRITE tx=$to0_w_n1_x /pt/o0-w-n1-x/new "x"
D: GET_PERMS tx=$to0_w_n1_x /pt/o0-w-n1-x/new
D: MKDIR tx=$to0_w_n1_x /pt/o0-w-n1-x/newdir
D: SET_PERMS tx=$to0_w_n1_x /pt/o0-w-n1-x w0 n1
D: RM tx=$to0_w_n1_x /pt/o0-w-n1-x/c
D: DIRECTORY tx=$to0_w_n1_x /pt/o0-w-n1-x
D: TRANSACTION_END tx=$to0_w_n1_x T
DIRECTORY /pt/o0-w-n1-x
GET_PERMS /pt/o0-w-n1-x/new
# o0-w-r1-x: w0 r1
WRITE /pt/o0-w-r1-x "v"
WRITE /pt/o0-w-r1-x/c "c"
SET_PERMS /pt/o0-w-r1-x/c w0 r1
SET_PERMS /pt/o0-w-r1-x w0 r1
D: TRANSACTION_START "\0" -> to0_w_r1_x
D: READ tx=$to0_w_r1_x /pt/o0-w-r1-x
D: READ tx=$to0_w_r1_x /pt/o0-w-r1-x/missing
D: DIRECTORY tx=$to0_w_r1_x /pt/o0-w-r1-x
D: GET_PERMS tx=$to0_w_r1_x /pt/o0-w-r1-x
D: WRITE tx=$to0_w_r1_x /pt/o0-w-r1-x "in tx"
D: MKDIR tx=$to0_w_r1_x /pt/o0-w-r1-x
D: WRITE tx=$to0_w_r1_x /pt/o0-w-r1-x/new "x"
D: GET_PERMS tx=$to0_w_r1_x /pt/o0-w-r1-x/new
D: MKDIR tx=$to0_w_r1_x /pt/o0-w-r1-x/newdir
D: SET_PERMS tx=$to0_w_r1_x /pt/o0-w-r1-x w0 r1
D: RM tx=$to0_w_r1_x /pt/o0-w-r1-x/c
D: DIRECTORY tx=$to0_w_r1_x /pt/o0-w-r1-x
D: TRANSACTION_END tx=$to0_w_r1_x T
DIRECTORY /pt/o0-w-r1-x
GET_PERMS /pt/o0-w-r1-x/new
# o0-w-w1-x: w0 w1
WRITE /pt/o0-w-w1-x "v"
WRITE /pt/o0-w-w1-x/c "c"
SET_PERMS /pt/o0-w-w1-x/c w0 w1
SET_PERMS /pt/o0-w-w1-x w0 w1
D: TRANSACTION_START "\0" -> to0_w_w1_x
D: READ tx=$to0_w_w1_x /pt/o0-w-w1-x
D: READ tx=$to0_w_w1_x /pt/o0-w-w1-x/missing
D: DIRECTORY tx=$to0_w_w1_x /pt/o0-w-w1-x
D: GET_PERMS tx=$to0_w_w1_x /pt/o0-w-w1-x
D: WRITE tx=$to0_w_w1_x /pt/o0-w-w1-x "in tx"
D: MKDIR tx=$to0_w_w1_x /pt/o0-w-w1-x
D: WRITE tx=$to0_w_w1_x /pt/o0-w-w1-x/new "x"
D: GET_PERMS tx=$to0_w_w1_x /pt/o0-w-w1-x/new
D: MKDIR tx=$to0_w_w1_x /pt/o0-w-w1-x/newdir
D: SET_PERMS tx=$to0_w_w1_x /pt/o0-w-w1-x w0 w1
D: RM tx=$to0_w_w1_x /pt/o0-w-w1-x/c
D: DIRECTORY tx=$to0_w_w1_x /pt/o0-w-w1-x
D: TRANSACTION_END tx=$to0_w_w1_x T
DIRECTORY /pt/o0-w-w1-x
GET_PERMS /pt/o0-w-w1-x/new
# o0-w-b1-x: w0 b1
WRITE /pt/o0-w-b1-x "v"
WRITE /pt/o0-w-b1-x/c "c"
SET_PERMS /pt/o0-w-b1-x/c w0 b1
SET_PERMS /pt/o0-w-b1-x w0 b1
D: TRANSACTION_START "\0" -> to0_w_b1_x
D: READ tx=$to0_w_b1_x /pt/o0-w-b1-x
D: READ tx=$to0_w_b1_x /pt/o0-w-b1-x/missing
D: DIRECTORY tx=$to0_w_b1_x /pt/o0-w-b1-x
D: GET_PERMS tx=$to0_w_b1_x /pt/o0-w-b1-x
D: WRITE tx=$to0_w_b1_x /pt/o0-w-b1-x "in tx"
D: MKDIR tx=$to0_w_b1_x /pt/o0-w-b1-x
D: WRITE tx=$to0_w_b1_x /pt/o0-w-b1-x/new "x"
D: GET_PERMS tx=$to0_w_b1_x /pt/o0-w-b1-x/new
D: MKDIR tx=$to0_w_b1_x /pt/o0-w-b1-x/newdir
D: SET_PERMS tx=$to0_w_b1_x /pt/o0-w-b1-x w0 b1
D: RM tx=$to0_w_b1_x /pt/o0-w-b1-x/c
D: DIRECTORY tx=$to0_w_b1_x /pt/o0-w-b1-x
D: TRANSACTION_END tx=$to0_w_b1_x T
DIRECTORY /pt/o0-w-b1-x
GET_PERMS /pt/o0-w-b1-x/new
# o0-b-x-x: b0
WRITE /pt/o0-b-x-x "v"
WRITE /pt/o0-b-x-x/c "c"
SET_PERMS /pt/o0-b-x-x/c b0
SET_PERMS /pt/o0-b-x-x b0
D: TRANSACTION_START "\0" -> to0_b_x_x
D: READ tx=$to0_b_x_x /pt/o0-b-x-x
D: READ tx=$to0_b_x_x /pt/o0-b-x-x/missing
D: DIRECTORY tx=$to0_b_x_x /pt/o0-b-x-x
D: GET_PERMS tx=$to0_b_x_x /pt/o0-b-x-x
D: WRITE tx=$to0_b_x_x /pt/o0-b-x-x "in tx"
D: MKDIR tx=$to0_b_x_x /pt/o0-b-x-x
D: WRITE tx=$to0_b_x_x /pt/o0-b-x-x/new "x"
D: GET_PERMS tx=$to0_b_x_x /pt/o0-b-x-x/new
D: MKDIR tx=$to0_b_x_x /pt/o0-b-x-x/newdir
D: SET_PERMS tx=$to0_b_x_x /pt/o0-b-x-x b0
D: RM tx=$to0_b_x_x /pt/o0-b-x-x/c
D: DIRECTORY tx=$to0_b_x_x /pt/o0-b-x-x
D: TRANSACTION_END tx=$to0_b_x_x T
DIRECTORY /pt/o0-b-x-x
GET_PERMS /pt/o0-b-x-x/new
# o0-b-n1-x: b0 n1
WRITE /pt/o0-b-n1-x "v"
WRITE /pt/o0-b-n1-x/c "c"
SET_PERMS /pt/o0-b-n1-x/c b0 n1
SET_PERMS /pt/o0-b-n1-x b0 n1
D: TRANSACTION_START "\0" -> to0_b_n1_x
D: READ tx=$to0_b_n1_x /pt/o0-b-n1-x
D: READ tx=$to0_b_n1_x /pt/o0-b-n1-x/missing
D: DIRECTORY tx=$to0_b_n1_x /pt/o0-b-n1-x
D: GET_PERMS tx=$to0_b_n1_x /pt/o0-b-n1-x
D: WRITE tx=$to0_b_n1_x /pt/o0-b-n1-x "in tx"
D: MKDIR tx=$to0_b_n1_x /pt/o0-b-n1-x
D: WRITE tx=$to0_b_n1_x /pt/o0-b-n1-x/new "x"
D: GET_PERMS tx=$to0_b_n1_x /pt/o0-b-n1-x/new
D: MKDIR tx=$to0_b_n1_x /pt/o0-b-n1-x/newdir
D: SET_PERMS tx=$to0_b_n1_x /pt/o0-b-n1-x b0 n1
D: RM tx=$to0_b_n1_x /pt/o0-b-n1-x/c
D: DIRECTORY tx=$to0_b_n1_x /pt/o0-b-n1-x
D: TRANSACTION_END tx=$to0_b_n1_x T
DIRECTORY /pt/o0-b-n1-x
GET_PERMS /pt/o0-b-n1-x/new
# o0-b-r1-x: b0 r1
WRITE /pt/o0-b-r1-x "v"
WRITE /pt/o0-b-r1-x/c "c"
SET_PERMS /pt/o0-b-r1-x/c b0 r1
SET_PERMS /pt/o0-b-r1-x b0 r1
D: TRANSACTION_START "\0" -> to0_b_r1_x
D: READ tx=$to0_b_r1_x /pt/o0-b-r1-x
D: READ tx=$to0_b_r1_x /pt/o0-b-r1-x/missing
D: DIRECTORY tx=$to0_b_r1_x /pt/o0-b-r1-x
D: GET_PERMS tx=$to0_b_r1_x /pt/o0-b-r1-x
D: WRITE tx=$to0_b_r1_x /pt/o0-b-r1-x "in tx"
D: MKDIR tx=$to0_b_r1_x /pt/o0-b-r1-x
D: WRITE tx=$to0_b_r1_x /pt/o0-b-r1-x/new "x"
D: GET_PERMS tx=$to0_b_r1_x /pt/o0-b-r1-x/new
D: MKDIR tx=$to0_b_r1_x /pt/o0-b-r1-x/newdir
D: SET_PERMS tx=$to0_b_r1_x /pt/o0-b-r1-x b0 r1
D: RM tx=$to0_b_r1_x /pt/o0-b-r1-x/c
D: DIRECTORY tx=$to0_b_r1_x /pt/o0-b-r1-x
D: TRANSACTION_END tx=$to0_b_r1_x T
DIRECTORY /pt/o0-b-r1-x
GET_PERMS /pt/o0-b-r1-x/new
# o0-b-w1-x: b0 w1
WRITE /pt/o0-b-w1-x "v"
WRITE /pt/o0-b-w1-x/c "c"
SET_PERMS /pt/o0-b-w1-x/c b0 w1
SET_PERMS /pt/o0-b-w1-x b0 w1
D: TRANSACTION_START "\0" -> to0_b_w1_x
D: READ tx=$to0_b_w1_x /pt/o0-b-w1-x
D: READ tx=$to0_b_w1_x /pt/o0-b-w1-x/missing
D: DIRECTORY tx=$to0_b_w1_x /pt/o0-b-w1-x
D: GET_PERMS tx=$to0_b_w1_x /pt/o0-b-w1-x
D: WRITE tx=$to0_b_w1_x /pt/o0-b-w1-x "in tx"
D: MKDIR tx=$to0_b_w1_x /pt/o0-b-w1-x
D: WRITE tx=$to0_b_w1_x /pt/o0-b-w1-x/new "x"
D: GET_PERMS tx=$to0_b_w1_x /pt/o0-b-w1-x/new
D: MKDIR tx=$to0_b_w1_x /pt/o0-b-w1-x/newdir
D: SET_PERMS tx=$to0_b_w1_x /pt/o0-b-w1-x b0 w1
D: RM tx=$to0_b_w1_x /pt/o0-b-w1-x/c
D: DIRECTORY tx=$to0_b_w1_x /pt/o0-b-w1-x
D: TRANSACTION_END tx=$to0_b_w1_x T
DIRECTORY /pt/o0-b-w1-x
GET_PERMS /pt/o0-b-w1-x/new
# o0-b-b1-x: b0 b1
WRITE /pt/o0-b-b1-x "v"
WRITE /pt/o0-b-b1-x/c "c"
SET_PERMS /pt/o0-b-b1-x/c b0 b1
SET_PERMS /pt/o0-b-b1-x b0 b1
D: TRANSACTION_START "\0" -> to0_b_b1_x
D: READ tx=$to0_b_b1_x /pt/o0-b-b1-x
D: READ tx=$to0_b_b1_x /pt/o0-b-b1-x/missing
D: DIRECTORY tx=$to0_b_b1_x /pt/o0-b-b1-x
D: GET_PERMS tx=$to0_b_b1_x /pt/o0-b-b1-x
D: WRITE tx=$to0_b_b1_x /pt/o0-b-b1-x "in tx"
D: MKDIR tx=$to0_b_b1_x /pt/o0-b-b1-x
D: WRITE tx=$to0_b_b1_x /pt/o0-b-b1-x/new "x"
D: GET_PERMS tx=$to0_b_b1_x /pt/o0-b-b1-x/new
D: MKDIR tx=$to0_b_b1_x /pt/o0-b-b1-x/newdir
D: SET_PERMS tx=$to0_b_b1_x /pt/o0-b-b1-x b0 b1
D: RM tx=$to0_b_b1_x /pt/o0-b-b1-x/c
D: DIRECTORY tx=$to0_b_b1_x /pt/o0-b-b1-x
D: TRANSACTION_END tx=$to0_b_b1_x T
DIRECTORY /pt/o0-b-b1-x
GET_PERMS /pt/o0-b-b1-x/new
