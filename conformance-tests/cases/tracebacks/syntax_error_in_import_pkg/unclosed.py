# A module that does not compile: a bracket is never closed.
LIMITS = {
    "low": 1,
    "high": (10,
