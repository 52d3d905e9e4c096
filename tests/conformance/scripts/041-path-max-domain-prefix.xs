# below /local/domain/<1-5 digits>/ only the rest of the path counts against the 2048 limit
WRITE "/local/domain/5/" "z"*2048 "\0" "edge"
READ "/local/domain/5/" "z"*2048 "\0"
WRITE "/local/domain/5/" "z"*2049 "\0" "over"
WRITE "/local/domain/12345/" "z"*2048 "\0" "five digits"
WRITE "/local/domain/12345/" "z"*2049 "\0" "over"
WRITE "/local/domain/123456/" "z"*2027 "\0" "six digits: whole path 2048"
WRITE "/local/domain/123456/" "z"*2028 "\0" "six digits: whole path 2049"
WRITE "/local/domain/x/" "z"*2032 "\0" "not a domid: whole path 2048"
WRITE "/local/domain/x/" "z"*2033 "\0" "not a domid: whole path 2049"
WRITE "/local/domain/7/a/" "z"*2046 "\0" "edge with a subdirectory"
WRITE "/local/domain/7/a/" "z"*2047 "\0" "over"
DIRECTORY /local/domain
