# a long child list comes in chunks of whole names (64-byte entries: the same cut for any generation width)
repeat 100 WRITE "/dc/" "n"*57 "{i:06}\0" ""
DIRECTORY /dc
DIRECTORY_PART /dc 0
DIRECTORY_PART /dc 4032
DIRECTORY_PART /dc 6400
DIRECTORY_PART /dc 6399
DIRECTORY_PART /dc 6336
DIRECTORY_PART /dc 30
DIRECTORY_PART /dc 0
