# DIRECTORY_PART needs read access like DIRECTORY
domain 1
conn D domain 1
WRITE /ddp/open/a ""
SET_PERMS /ddp/open r0
WRITE /ddp/closed/a ""
D: DIRECTORY_PART /ddp/open 0
D: DIRECTORY_PART /ddp/closed 0
D: DIRECTORY_PART /ddp/closed/missing 0
D: DIRECTORY_PART /ddp/open/missing 0
