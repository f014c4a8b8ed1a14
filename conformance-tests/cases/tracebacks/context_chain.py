# Checks: an exception raised while handling another prints "During handling of the above exception..." chains.
def cleanup():
    raise OSError("cleanup failed")
try:
    [1, 2, 3][10]
except IndexError:
    cleanup()
