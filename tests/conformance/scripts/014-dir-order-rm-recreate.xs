# removing a child drops it in place; re-creating it appends it at the end
WRITE /dr/c ""
WRITE /dr/a ""
WRITE /dr/b ""
DIRECTORY /dr
RM /dr/a
DIRECTORY /dr
WRITE /dr/a ""
DIRECTORY /dr
RM /dr/c
MKDIR /dr/c
DIRECTORY /dr
RM /dr/b
RM /dr/a
RM /dr/c
DIRECTORY /dr
WRITE /dr/b ""
WRITE /dr/c ""
DIRECTORY /dr
