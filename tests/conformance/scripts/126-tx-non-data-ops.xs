# domain and watch requests carrying a valid transaction id are executed immediately
TRANSACTION_START "\0" -> t
GET_DOMAIN_PATH tx=$t 3
IS_DOMAIN_INTRODUCED tx=$t 0
INTRODUCE tx=$t 1 0 1
IS_DOMAIN_INTRODUCED 1
CONTROL tx=$t check
RESET_WATCHES tx=0
TRANSACTION_END tx=$t T
