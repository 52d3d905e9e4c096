# requests reserved to privileged connections are EACCES for a domain; GET_DOMAIN_PATH is not
domain 1
domain 2
conn D domain 1
D: INTRODUCE 2 0 1
D: RELEASE 2
D: IS_DOMAIN_INTRODUCED 1
D: IS_DOMAIN_INTRODUCED 2
D: RESUME 1
D: SET_TARGET 1 2
D: CONTROL check
D: CONTROL help
D: CONTROL quota
D: CONTROL bogus
D: GET_DOMAIN_PATH 2
D: RESET_WATCHES "\0"
D: 99 "\0"
D: 20 "\0"
IS_DOMAIN_INTRODUCED 2
