# a watch fires for its node and every node below it, not for names merely sharing the prefix
WATCH /wa tok
WRITE /wa "self"
WRITE /wa/b "child"
WRITE /wa/b/c/d "deep"
WRITE /wab "prefix only"
WRITE /w "parent"
MKDIR /wa/m
RM /wa/b/c
WRITE /wa-x "dash sibling"
