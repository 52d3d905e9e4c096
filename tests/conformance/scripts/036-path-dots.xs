# '.' and '..' are not path syntax in XenStore: they are bad characters (EINVAL)
WRITE /dot/a "x"
READ "/dot/.\0"
READ "/dot/..\0"
READ "/dot/./a\0"
READ "/dot/../dot/a\0"
READ ".\0"
READ "..\0"
WRITE "/dot/.hidden\0" "x"
MKDIR "/dot/..\0"
DIRECTORY "/dot/.\0"
DIRECTORY /dot
