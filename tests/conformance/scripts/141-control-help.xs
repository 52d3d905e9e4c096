# CONTROL help lists the commands of C xenstored 4.17
CONTROL help
CONTROL help x
