# Checks: the script's directory is sys.path[0]; appending a directory to sys.path makes top-level modules importable.
import sys
print(sys.path[0].endswith("/modules"))
sys.path.insert(0, sys.path[0] + "/sys_path_insert_pkg/lib")
import toolbox
print(toolbox.tool(), toolbox.__name__)
sys.path.pop(0)
print("toolbox" in sys.modules)
