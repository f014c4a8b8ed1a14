# Checks: an exception escaping a with block runs __exit__ first (its output appears before the traceback).
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit sees", exc[0].__name__)
        return False
with Ctx():
    print("inside")
    raise LookupError("escaped the with block")
