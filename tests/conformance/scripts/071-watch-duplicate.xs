# the same path and token twice is EEXIST; another token or another path is a separate watch
WATCH /wd a
WATCH /wd a
WATCH /wd b
WATCH /wd/x a
WATCH /local/domain/0/wd a
WATCH wd a
WRITE /wd/x "fires a, b and the /wd/x watch"
WRITE /local/domain/0/wd "fires the absolute and the relative watch"
