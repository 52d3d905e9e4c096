# C lists children in creation order, not sorted
WRITE /do/c "3"
WRITE /do/a "1"
WRITE /do/b "2"
MKDIR /do/Z
WRITE /do/0 "0"
WRITE /do/_ "u"
WRITE /do/- "d"
DIRECTORY /do
