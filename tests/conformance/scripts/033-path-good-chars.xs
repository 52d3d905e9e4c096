# every allowed character (A-Z a-z 0-9 - _ @) works in names, '@' anywhere but at the start
WRITE /gc/ABCXYZ "upper"
WRITE /gc/abcxyz "lower"
WRITE /gc/0123456789 "digits"
WRITE /gc/-dash- "dash"
WRITE /gc/_under_ "under"
WRITE /gc/at@sign "at"
WRITE /gc/x/@lead "at-lead component"
WRITE /gc/@@ "two at"
WRITE "/gc/-_@Az09\0" "mix"
DIRECTORY /gc
READ /gc/at@sign
READ /gc/x/@lead
READ /gc/@@
GET_PERMS /gc/-dash-
RM /gc/x/@lead
DIRECTORY /gc/x
