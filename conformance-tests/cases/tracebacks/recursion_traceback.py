# Checks: an uncaught RecursionError prints a collapsed traceback ("[Previous line repeated N more times]").
def down(n):
    return down(n + 1)
down(0)
