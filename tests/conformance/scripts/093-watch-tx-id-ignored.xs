# WATCH and UNWATCH ignore the header's transaction id, even an unknown one, and echo it
WATCH tx=77 /wt a
UNWATCH tx=77 /wt a
TRANSACTION_START "\0" -> t
WATCH tx=$t /wt b
WRITE tx=$t /wt "in transaction"
WRITE /wt/outside "outside"
TRANSACTION_END tx=$t T
UNWATCH tx=55 /wt b
UNWATCH tx=55 /wt b
