# the generation changes when the node or its child list changes, not when a child's value changes
WRITE /dg/a ""
DIRECTORY_PART /dg 0
WRITE /dg/a "child value"
DIRECTORY_PART /dg 0
WRITE /dg/b ""
DIRECTORY_PART /dg 0
MKDIR /dg/b
DIRECTORY_PART /dg 0
WRITE /dg "own value"
DIRECTORY_PART /dg 0
SET_PERMS /dg n0 r0
DIRECTORY_PART /dg 0
RM /dg/a
DIRECTORY_PART /dg 0
RM /dg/missing
DIRECTORY_PART /dg 0
WRITE /dg/b/deep ""
DIRECTORY_PART /dg 0
DIRECTORY_PART /dg/b 0
