# values are raw bytes: NULs, high bytes and newlines survive a round trip
WRITE /bin/a "\x00"
READ /bin/a
WRITE /bin/b "\x01\x00\xff" "tail"
READ /bin/b
WRITE /bin/c "line1\nline2\r\n\t"
READ /bin/c
WRITE /bin/d "\0\0\0\0"
READ /bin/d
WRITE /bin/e "\xff"*40
READ /bin/e
