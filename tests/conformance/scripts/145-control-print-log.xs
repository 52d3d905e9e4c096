# CONTROL print and log: their argument rules
CONTROL print hello
CONTROL print "\0"
CONTROL print
CONTROL print a b
CONTROL log on
CONTROL log off
CONTROL log
CONTROL log maybe
CONTROL log on off
CONTROL logfile
CONTROL memreport
