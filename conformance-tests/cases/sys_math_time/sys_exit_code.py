# Checks: sys.exit(3) ends the program with exit status 3, prints nothing to stderr, and skips later code.
import sys
print("about to exit")
sys.exit(3)
print("never printed")
