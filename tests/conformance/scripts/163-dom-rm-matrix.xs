# permission matrix for RM by domain 1 (a leaf node each)
domain 1
domain 2
conn D domain 1
WRITE /m/none "v"
WRITE /m/other-r "v"
SET_PERMS /m/other-r r0
WRITE /m/other-w "v"
SET_PERMS /m/other-w w0
WRITE /m/other-b "v"
SET_PERMS /m/other-b b0
WRITE /m/acl-r "v"
SET_PERMS /m/acl-r n0 r1
WRITE /m/acl-w "v"
SET_PERMS /m/acl-w n0 w1
WRITE /m/acl-b "v"
SET_PERMS /m/acl-b n0 b1
WRITE /m/acl-n "v"
SET_PERMS /m/acl-n b0 n1
WRITE /m/acl-2 "v"
SET_PERMS /m/acl-2 n0 b2
WRITE /m/owned "v"
SET_PERMS /m/owned n1
WRITE /m/owned-r "v"
SET_PERMS /m/owned-r r1
D: RM /m/none
D: RM /m/other-r
D: RM /m/other-w
D: RM /m/other-b
D: RM /m/acl-r
D: RM /m/acl-w
D: RM /m/acl-b
D: RM /m/acl-n
D: RM /m/acl-2
D: RM /m/owned
D: RM /m/owned-r
DIRECTORY /m
