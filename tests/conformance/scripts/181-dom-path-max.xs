# a domain's paths below its home may be 2048 bytes long, relative or absolute
domain 1
conn D domain 1
MKDIR /local/domain/1
SET_PERMS /local/domain/1 n1
D: WRITE "p"*2048 "\0" "edge"
D: WRITE "p"*2049 "\0" "over"
D: READ "/local/domain/1/" "p"*2048 "\0"
D: WRITE "/local/domain/1/" "q"*2049 "\0" "over"
D: WATCH "p"*2048 "\0" t
D: WATCH "p"*2049 "\0" t
