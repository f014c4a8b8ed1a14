# Checks: `raise ... from None` hides the context in the printed traceback.
try:
    {}["key"]
except KeyError:
    raise ValueError("a clean error without context") from None
