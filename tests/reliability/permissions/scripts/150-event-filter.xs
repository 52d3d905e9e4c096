# XSA-115: a domain's watch fires only for nodes it may read, or whose parent it may read (checked before removal for RM, with the old and the new list for SET_PERMS), on writes, mkdir, rm, set_perms and transaction commits
# cases: 82
domain 1
domain 2
conn D domain 1
MKDIR /ef
WRITE /ef/none/node "v"
SET_PERMS /ef/none n0
SET_PERMS /ef/none/node n0
WRITE /ef/node-r/node "v"
SET_PERMS /ef/node-r n0
SET_PERMS /ef/node-r/node r0
WRITE /ef/node-acl-r1/node "v"
SET_PERMS /ef/node-acl-r1 n0
SET_PERMS /ef/node-acl-r1/node n0 r1
WRITE /ef/node-acl-w1/node "v"
SET_PERMS /ef/node-acl-w1 n0
SET_PERMS /ef/node-acl-w1/node n0 w1
WRITE /ef/node-acl-n1/node "v"
SET_PERMS /ef/node-acl-n1 n0
SET_PERMS /ef/node-acl-n1/node r0 n1
WRITE /ef/node-b-acl-2/node "v"
SET_PERMS /ef/node-b-acl-2 n0
SET_PERMS /ef/node-b-acl-2/node n0 b2
WRITE /ef/parent-r/node "v"
SET_PERMS /ef/parent-r r0
SET_PERMS /ef/parent-r/node n0
WRITE /ef/parent-acl-r1/node "v"
SET_PERMS /ef/parent-acl-r1 n0 r1
SET_PERMS /ef/parent-acl-r1/node n0
WRITE /ef/parent-w1/node "v"
SET_PERMS /ef/parent-w1 n0 w1
SET_PERMS /ef/parent-w1/node n0
WRITE /ef/owned/node "v"
SET_PERMS /ef/owned n0
SET_PERMS /ef/owned/node n1
WRITE /ef/parent-owned/node "v"
SET_PERMS /ef/parent-owned n1
SET_PERMS /ef/parent-owned/node n0
WRITE /ef/both/node "v"
SET_PERMS /ef/both r0
SET_PERMS /ef/both/node r0
D: WATCH / all
# none
WRITE /ef/none/node "w"
WRITE /ef/none/node/kid "new child"
MKDIR /ef/none/made
TRANSACTION_START "\0" -> tnone
WRITE tx=$tnone /ef/none/node "tx"
TRANSACTION_END tx=$tnone T
RM /ef/none/node/kid
# node-r
WRITE /ef/node-r/node "w"
WRITE /ef/node-r/node/kid "new child"
MKDIR /ef/node-r/made
TRANSACTION_START "\0" -> tnode_r
WRITE tx=$tnode_r /ef/node-r/node "tx"
TRANSACTION_END tx=$tnode_r T
RM /ef/node-r/node/kid
# node-acl-r1
WRITE /ef/node-acl-r1/node "w"
WRITE /ef/node-acl-r1/node/kid "new child"
MKDIR /ef/node-acl-r1/made
TRANSACTION_START "\0" -> tnode_acl_r1
WRITE tx=$tnode_acl_r1 /ef/node-acl-r1/node "tx"
TRANSACTION_END tx=$tnode_acl_r1 T
RM /ef/node-acl-r1/node/kid
# node-acl-w1
WRITE /ef/node-acl-w1/node "w"
WRITE /ef/node-acl-w1/node/kid "new child"
MKDIR /ef/node-acl-w1/made
TRANSACTION_START "\0" -> tnode_acl_w1
WRITE tx=$tnode_acl_w1 /ef/node-acl-w1/node "tx"
TRANSACTION_END tx=$tnode_acl_w1 T
RM /ef/node-acl-w1/node/kid
# node-acl-n1
WRITE /ef/node-acl-n1/node "w"
WRITE /ef/node-acl-n1/node/kid "new child"
MKDIR /ef/node-acl-n1/made
TRANSACTION_START "\0" -> tnode_acl_n1
WRITE tx=$tnode_acl_n1 /ef/node-acl-n1/node "tx"
TRANSACTION_END tx=$tnode_acl_n1 T
RM /ef/node-acl-n1/node/kid
# node-b-acl-2
WRITE /ef/node-b-acl-2/node "w"
WRITE /ef/node-b-acl-2/node/kid "new child"
MKDIR /ef/node-b-acl-2/made
TRANSACTION_START "\0" -> tnode_b_acl_2
WRITE tx=$tnode_b_acl_2 /ef/node-b-acl-2/node "tx"
TRANSACTION_END tx=$tnode_b_acl_2 T
RM /ef/node-b-acl-2/node/kid
# parent-r
WRITE /ef/parent-r/node "w"
WRITE /ef/parent-r/node/kid "new child"
MKDIR /ef/parent-r/made
TRANSACTION_START "\0" -> tparent_r
WRITE tx=$tparent_r /ef/parent-r/node "tx"
TRANSACTION_END tx=$tparent_r T
RM /ef/parent-r/node/kid
# parent-acl-r1
WRITE /ef/parent-acl-r1/node "w"
WRITE /ef/parent-acl-r1/node/kid "new child"
MKDIR /ef/parent-acl-r1/made
TRANSACTION_START "\0" -> tparent_acl_r1
WRITE tx=$tparent_acl_r1 /ef/parent-acl-r1/node "tx"
TRANSACTION_END tx=$tparent_acl_r1 T
RM /ef/parent-acl-r1/node/kid
# parent-w1
WRITE /ef/parent-w1/node "w"
WRITE /ef/parent-w1/node/kid "new child"
MKDIR /ef/parent-w1/made
TRANSACTION_START "\0" -> tparent_w1
WRITE tx=$tparent_w1 /ef/parent-w1/node "tx"
TRANSACTION_END tx=$tparent_w1 T
RM /ef/parent-w1/node/kid
# owned
WRITE /ef/owned/node "w"
WRITE /ef/owned/node/kid "new child"
MKDIR /ef/owned/made
TRANSACTION_START "\0" -> towned
WRITE tx=$towned /ef/owned/node "tx"
TRANSACTION_END tx=$towned T
RM /ef/owned/node/kid
# parent-owned
WRITE /ef/parent-owned/node "w"
WRITE /ef/parent-owned/node/kid "new child"
MKDIR /ef/parent-owned/made
TRANSACTION_START "\0" -> tparent_owned
WRITE tx=$tparent_owned /ef/parent-owned/node "tx"
TRANSACTION_END tx=$tparent_owned T
RM /ef/parent-owned/node/kid
# both
WRITE /ef/both/node "w"
WRITE /ef/both/node/kid "new child"
MKDIR /ef/both/made
TRANSACTION_START "\0" -> tboth
WRITE tx=$tboth /ef/both/node "tx"
TRANSACTION_END tx=$tboth T
RM /ef/both/node/kid
# permissions changing under the watch: old or new list readable
SET_PERMS /ef/none/node r0
SET_PERMS /ef/none/node n0
SET_PERMS /ef/node-r/node n0
SET_PERMS /ef/node-acl-w1/node n0 b1
SET_PERMS /ef/node-acl-w1/node n0 w1
# removals: exact events for the subtree's nodes as they were readable before
WRITE /ef/tree/pub/a "x"
WRITE /ef/tree/priv/b "x"
SET_PERMS /ef/tree r0
SET_PERMS /ef/tree/pub r0
SET_PERMS /ef/tree/pub/a r0
D: WATCH /ef/tree/pub/a wa
D: WATCH /ef/tree/priv/b wb
D: WATCH /ef/tree/priv wp
RM /ef/tree
RM /ef/none
RM /ef/node-r
RM /ef/node-acl-r1
RM /ef/node-acl-w1
RM /ef/node-acl-n1
RM /ef/node-b-acl-2
RM /ef/parent-r
RM /ef/parent-acl-r1
RM /ef/parent-w1
RM /ef/owned
RM /ef/parent-owned
RM /ef/both
