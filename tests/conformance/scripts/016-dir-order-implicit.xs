# implicitly created parents take their place in the list at the moment they are created
WRITE /di/m ""
WRITE /di/k/deep/er ""
WRITE /di/a ""
MKDIR /di/k/other
WRITE /di/b/c ""
DIRECTORY /di
DIRECTORY /di/k
