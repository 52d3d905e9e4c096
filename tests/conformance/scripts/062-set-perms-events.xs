# SET_PERMS fires watches on the node (and its ancestors' watches), even with an unchanged list
domain 1
WATCH /pe w
WATCH /pe/a exact
WRITE /pe/a "x"
SET_PERMS /pe/a n0 r1
SET_PERMS /pe/a n0 r1
SET_PERMS /pe n0
SET_PERMS /pe/missing n0
