# introducing an introduced domain again is OK
WATCH @introduceDomain i
domain 2
domain 2
IS_DOMAIN_INTRODUCED 2
INTRODUCE 2 0 3
IS_DOMAIN_INTRODUCED 2
