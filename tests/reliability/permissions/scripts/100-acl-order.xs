# ACL lookup: the first entry naming the caller wins, the owner always has full access whatever its letter or later entries, entries naming dom0 or other domains do not matter to domain 1
# cases: 52
domain 1
domain 2
domain 3
conn D domain 1
MKDIR /ao
# r1-then-w1: n0 r1 w1
WRITE /ao/r1-then-w1 "v"
SET_PERMS /ao/r1-then-w1 n0 r1 w1
D: READ /ao/r1-then-w1
D: WRITE /ao/r1-then-w1 "w"
D: SET_PERMS /ao/r1-then-w1 n0 r1 w1
D: DIRECTORY /ao/r1-then-w1
# w1-then-r1: n0 w1 r1
WRITE /ao/w1-then-r1 "v"
SET_PERMS /ao/w1-then-r1 n0 w1 r1
D: READ /ao/w1-then-r1
D: WRITE /ao/w1-then-r1 "w"
D: SET_PERMS /ao/w1-then-r1 n0 w1 r1
D: DIRECTORY /ao/w1-then-r1
# n1-then-b1: b0 n1 b1
WRITE /ao/n1-then-b1 "v"
SET_PERMS /ao/n1-then-b1 b0 n1 b1
D: READ /ao/n1-then-b1
D: WRITE /ao/n1-then-b1 "w"
D: SET_PERMS /ao/n1-then-b1 b0 n1 b1
D: DIRECTORY /ao/n1-then-b1
# b1-then-n1: n0 b1 n1
WRITE /ao/b1-then-n1 "v"
SET_PERMS /ao/b1-then-n1 n0 b1 n1
D: READ /ao/b1-then-n1
D: WRITE /ao/b1-then-n1 "w"
D: SET_PERMS /ao/b1-then-n1 n0 b1 n1
D: DIRECTORY /ao/b1-then-n1
# owner-n1-acl: n1 n1
WRITE /ao/owner-n1-acl "v"
SET_PERMS /ao/owner-n1-acl n1 n1
D: READ /ao/owner-n1-acl
D: WRITE /ao/owner-n1-acl "w"
D: SET_PERMS /ao/owner-n1-acl n1 n1
D: DIRECTORY /ao/owner-n1-acl
# owner-with-r1: n1 r1
WRITE /ao/owner-with-r1 "v"
SET_PERMS /ao/owner-with-r1 n1 r1
D: READ /ao/owner-with-r1
D: WRITE /ao/owner-with-r1 "w"
D: SET_PERMS /ao/owner-with-r1 n1 r1
D: DIRECTORY /ao/owner-with-r1
# acl-for-owner-2: n2 b2
WRITE /ao/acl-for-owner-2 "v"
SET_PERMS /ao/acl-for-owner-2 n2 b2
D: READ /ao/acl-for-owner-2
D: WRITE /ao/acl-for-owner-2 "w"
D: SET_PERMS /ao/acl-for-owner-2 n2 b2
D: DIRECTORY /ao/acl-for-owner-2
# acl-for-dom0: n2 b0
WRITE /ao/acl-for-dom0 "v"
SET_PERMS /ao/acl-for-dom0 n2 b0
D: READ /ao/acl-for-dom0
D: WRITE /ao/acl-for-dom0 "w"
D: SET_PERMS /ao/acl-for-dom0 n2 b0
D: DIRECTORY /ao/acl-for-dom0
# other-b-own-n: b0 n1
WRITE /ao/other-b-own-n "v"
SET_PERMS /ao/other-b-own-n b0 n1
D: READ /ao/other-b-own-n
D: WRITE /ao/other-b-own-n "w"
D: SET_PERMS /ao/other-b-own-n b0 n1
D: DIRECTORY /ao/other-b-own-n
# other-r-own-w: r0 w1
WRITE /ao/other-r-own-w "v"
SET_PERMS /ao/other-r-own-w r0 w1
D: READ /ao/other-r-own-w
D: WRITE /ao/other-r-own-w "w"
D: SET_PERMS /ao/other-r-own-w r0 w1
D: DIRECTORY /ao/other-r-own-w
# other-w-own-r: w0 r1
WRITE /ao/other-w-own-r "v"
SET_PERMS /ao/other-w-own-r w0 r1
D: READ /ao/other-w-own-r
D: WRITE /ao/other-w-own-r "w"
D: SET_PERMS /ao/other-w-own-r w0 r1
D: DIRECTORY /ao/other-w-own-r
# five-entries: n0 n2 n3 n0 r1
WRITE /ao/five-entries "v"
SET_PERMS /ao/five-entries n0 n2 n3 n0 r1
D: READ /ao/five-entries
D: WRITE /ao/five-entries "w"
D: SET_PERMS /ao/five-entries n0 n2 n3 n0 r1
D: DIRECTORY /ao/five-entries
# dup-foreign: n0 b3 b3 b2 n1
WRITE /ao/dup-foreign "v"
SET_PERMS /ao/dup-foreign n0 b3 b3 b2 n1
D: READ /ao/dup-foreign
D: WRITE /ao/dup-foreign "w"
D: SET_PERMS /ao/dup-foreign n0 b3 b3 b2 n1
D: DIRECTORY /ao/dup-foreign
