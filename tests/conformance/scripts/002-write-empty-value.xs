# an empty value is stored and read back as a zero-length reply
WRITE /ev/a ""
READ /ev/a
WRITE /ev/b "something"
WRITE /ev/b ""
READ /ev/b
DIRECTORY /ev
