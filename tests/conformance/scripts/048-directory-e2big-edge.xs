# a DIRECTORY reply of exactly 4096 bytes is sent; one more child makes it E2BIG
repeat 256 WRITE /big/child-{i:09} ""
DIRECTORY /big
WRITE /big/x ""
DIRECTORY /big
DIRECTORY_PART /big 4090
RM /big/x
DIRECTORY /big
GET_PERMS /big
