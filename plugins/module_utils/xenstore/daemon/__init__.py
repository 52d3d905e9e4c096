"""bin/xenstored: the xenstored wire protocol served from the engine over Unix sockets."""
