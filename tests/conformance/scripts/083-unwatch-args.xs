# UNWATCH needs exactly a path and a token, and does not check the path's syntax
WATCH /ua t
UNWATCH /ua
UNWATCH /ua t extra
UNWATCH "/ua//\0" t
UNWATCH "/a b\0" t
UNWATCH "\0" t
WRITE /ua "still watched"
