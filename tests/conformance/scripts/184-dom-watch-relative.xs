# a domain's relative watch reports paths relative to its home
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
D: WATCH dev d
D: WATCH /local/domain/1/dev abs
WRITE /local/domain/1/dev/vif/0 "by dom0"
D: WRITE dev/x "by the domain"
RM /local/domain/1/dev
D: UNWATCH dev d
D: WRITE dev "x"
