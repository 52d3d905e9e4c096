# writing the same value again still fires the watch
WRITE /sv "same"
WATCH /sv w
WRITE /sv "same"
WRITE /sv "same"
MKDIR /sv
