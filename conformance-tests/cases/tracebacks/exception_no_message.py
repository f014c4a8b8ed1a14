# Checks: an uncaught exception without arguments prints just the type name.
class Empty(Exception):
    pass
raise Empty
