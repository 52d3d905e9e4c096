# tokens are returned byte for byte, whatever characters they hold
WATCH /tb "a b\tc\0"
WATCH /tb "\xff\x01\0"
WATCH /tb "/path/like\0"
WATCH /tb "@special\0"
WRITE /tb "x"
