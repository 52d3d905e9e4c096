# a watch event longer than 4096 bytes is dropped (XSA-324); shorter ones still arrive
WATCH "/w\0" "t"*4090 "\0"
WRITE /w "fits: /w plus token is 4094 bytes"
WRITE /w/a "fits: 4096 bytes"
WRITE /w/ab "dropped: 4097 bytes"
WRITE /w/abcdef "dropped"
WATCH /w small
WRITE /w/abcdef "only the small token"
