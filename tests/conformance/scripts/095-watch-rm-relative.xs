# removing a subtree reports exact events to relative watches with relative paths
WRITE sub/a/b "x"
WATCH sub/a/b rb
WATCH sub/a ra
WATCH /local/domain/0/sub/a/b ab
RM sub/a
