"""The xenstore-utils command-line tools (bin/xenstore and its xenstore-* links) over the client API."""
