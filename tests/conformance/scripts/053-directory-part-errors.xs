# DIRECTORY_PART needs exactly a path and an offset; bad and missing paths fail like DIRECTORY
WRITE /de/a ""
DIRECTORY_PART /de
DIRECTORY_PART /de 0 0
DIRECTORY_PART "/de\0" "0"
DIRECTORY_PART /de/missing 0
DIRECTORY_PART /nothere/at/all 0
DIRECTORY_PART "/de/\0" 0
DIRECTORY_PART "/de//a\0" 0
DIRECTORY_PART @releaseDomain 0
DIRECTORY_PART "\0" 0
DIRECTORY_PART /de "\0"
DIRECTORY_PART /de/a 0
DIRECTORY_PART /de/a 5
DIRECTORY_PART / 0
DIRECTORY_PART rel 0
