# a relative path is joined to /local/domain/0/ first: 2048 relative bytes work, 2049 do not
WRITE "r"*2048 "\0" "edge"
READ "r"*2048 "\0"
READ "/local/domain/0/" "r"*2048 "\0"
WRITE "r"*2049 "\0" "over"
MKDIR "s"*2049 "\0"
WRITE "d/" "r"*2046 "\0" "edge in a subdirectory"
WRITE "d/" "r"*2047 "\0" "over"
DIRECTORY /local/domain/0/d
