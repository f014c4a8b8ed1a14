# Checks: SystemExit is a BaseException that can be caught; code attribute for ints, strings and None; not caught by `except Exception`.
import sys
for arg in [0, 2, "text", None]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e), repr(e.code))
try:
    try:
        sys.exit(4)
    except Exception:
        print("wrongly caught by Exception")
except SystemExit as e:
    print("SystemExit passed through except Exception:", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)
