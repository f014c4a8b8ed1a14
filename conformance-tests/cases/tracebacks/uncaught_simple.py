# Checks: an uncaught exception at module level: stdout so far, traceback on stderr, exit status 1.
print("before the error")
x = 1 / 0
print("never printed")
