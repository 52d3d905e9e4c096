# after UNWATCH of one of two matching watches only the other fires
WATCH /ud one
WATCH /ud/x two
WRITE /ud/x "both"
UNWATCH /ud one
WRITE /ud/x "two only"
UNWATCH /ud/x two
WRITE /ud/x "none"
