# Checks: sys.exit with a non-int, non-str object prints its str() to stderr and exits with status 1.
import sys
sys.exit(["not", "an", "int"])
