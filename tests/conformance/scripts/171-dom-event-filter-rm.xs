# events of a removal go to a domain only for nodes it could read before they went
domain 1
conn D domain 1
WRITE /er/pub/a "x"
SET_PERMS /er/pub r0
SET_PERMS /er/pub/a r0
WRITE /er/priv/a "x"
WRITE /er/mixed/a "x"
SET_PERMS /er/mixed r0
D: WATCH /er/pub/a wa
D: WATCH /er/pub wp
D: WATCH /er/priv/a xa
D: WATCH /er/priv xp
D: WATCH /er/mixed/a ma
D: WATCH /er/mixed mp
D: WATCH /er top
RM /er/pub
RM /er/priv
RM /er/mixed
