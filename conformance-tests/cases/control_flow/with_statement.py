# Checks: with statement: __enter__ result binding, __exit__ receiving exception info and suppressing it.
class Ctx:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Ctx("a") as value:
    print("inside", value)
with Ctx("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Ctx("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with Ctx("x") as x, Ctx("y") as y:
    print("both", x, y)
def early():
    with Ctx("ret"):
        return "returned"
print(early())
for i in range(2):
    with Ctx(f"loop{i}"):
        if i == 0:
            continue
        break
