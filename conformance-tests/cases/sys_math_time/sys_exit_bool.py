# Checks: sys.exit(True) exits with status 1 (bool is an int), and prints nothing.
import sys
sys.exit(True)
