# the nodes RELEASE deletes fire exact events for watches on them and one event per removed subtree
WATCH /rx/owned/a/b wb
WATCH /rx/owned wo
WATCH /rx/mixed/mine wm
WATCH /rx top
open Z
domain 4
WRITE /rx/owned/a/b "x"
SET_PERMS /rx/owned n4
SET_PERMS /rx/owned/a n4
SET_PERMS /rx/owned/a/b n4
WRITE /rx/mixed/mine "y"
WRITE /rx/mixed/dom0 "z"
SET_PERMS /rx/mixed/mine n4
RELEASE 4
DIRECTORY /rx
DIRECTORY /rx/mixed
