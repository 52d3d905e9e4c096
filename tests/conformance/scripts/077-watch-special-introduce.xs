# @introduceDomain fires on INTRODUCE of a domain, not on data writes
WATCH @introduceDomain intro
B: WATCH @introduceDomain introB
WATCH / root
domain 1
WRITE /x "no special event"
domain 2
IS_DOMAIN_INTRODUCED 2
