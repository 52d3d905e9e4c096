# READ of a missing node is ENOENT, whether or not its parent exists
READ /nothere
READ /nothere/child
WRITE /rd/p ""
READ /rd/p/child
READ /rd/p/child/grandchild
READ /rd/q
