# dom0 sets the permission lists of @introduceDomain and @releaseDomain; no event, bad entries EINVAL
WATCH @introduceDomain i
WATCH @releaseDomain r
domain 1
SET_PERMS @introduceDomain n0 r1
SET_PERMS @releaseDomain n0 r1
SET_PERMS @introduceDomain x1
SET_PERMS @introduceDomain
SET_PERMS @releaseDomain n1
SET_PERMS @releaseDomain n0
GET_PERMS @introduceDomain
SET_PERMS tx=4242 @introduceDomain n0
