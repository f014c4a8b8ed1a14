# Checks: an uncaught exception whose __str__ itself raises is printed as "<exception str() failed>".
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("str is broken")
raise Weird("unused")
