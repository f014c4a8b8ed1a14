# Checks: sys.argv with no extra arguments is just the script path.
import sys
print(sys.argv, len(sys.argv))
