# a write creating parents fires one event with the written path, matching watches on the new parents
WATCH /wp/a exact-a
WATCH /wp/a/b exact-b
WATCH /wp top
WRITE /wp/a/b/c "x"
WRITE /wp/a/b/c "same value again"
