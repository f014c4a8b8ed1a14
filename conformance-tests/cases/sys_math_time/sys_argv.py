# Checks: sys.argv holds the script path as given and the extra command-line arguments (from sys_argv.args).
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0], sys.argv[1:])
print(" ".join(reversed(sys.argv[1:])))
