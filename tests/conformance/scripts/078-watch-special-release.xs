# @releaseDomain fires on RELEASE (a newer socket connection Z keeps C's event order stable)
WATCH @releaseDomain rel
WATCH @introduceDomain intro
open Z
domain 3
RELEASE 3
RELEASE 3
domain 3
RELEASE 3
