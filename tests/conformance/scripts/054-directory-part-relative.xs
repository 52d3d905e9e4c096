# DIRECTORY_PART resolves relative paths; the generation is per node
WRITE rel/one ""
WRITE rel/two ""
DIRECTORY_PART rel 0
DIRECTORY_PART /local/domain/0/rel 0
DIRECTORY_PART rel 4
DIRECTORY_PART /local/domain/0 0
WRITE rel/three ""
DIRECTORY_PART rel 0
